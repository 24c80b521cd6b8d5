/**
 * The smallest and largest of some numbers, or null if there are none. A loop, not
 * Math.min(...xs): spreading 300,000 values overflows the call stack.
 */
export function extent(xs: Iterable<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return lo <= hi ? [lo, hi] : null;
}
