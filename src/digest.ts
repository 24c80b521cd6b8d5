import { createHash } from 'node:crypto';

const digests = new WeakMap<Uint8Array, string>();

/**
 * The sha256 of some bytes, in hex, computed once per buffer: the loader keys its parse cache on
 * each data file's digest and the manifest records the same digest (19 MB hashed once, not twice).
 */
export function sha256Hex(bytes: Uint8Array): string {
  let hex = digests.get(bytes);
  if (hex === undefined) digests.set(bytes, (hex = createHash('sha256').update(bytes).digest('hex')));
  return hex;
}
