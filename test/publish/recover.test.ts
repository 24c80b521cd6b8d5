import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as msg from '../../src/messages';
import { recoverLeftovers } from '../../src/publish/recover';

const dead = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

function folder(path: string, text: string): void {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'report.html'), text);
}

describe('recoverLeftovers', () => {
  let tmp: string;
  let out: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'ssc-recover-'));
    out = join(tmp, 'out');
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('puts back the previous report of a run killed between the renames, and removes its new one', () => {
    const pid = dead();
    folder(join(tmp, `.out-old-${pid}`), 'previous');
    folder(join(tmp, `.out-new-${pid}-abcdef`), 'new');
    writeFileSync(join(tmp, `.out.lock.${pid}.tmp`), '');
    const notes = recoverLeftovers(out);
    expect(readdirSync(tmp)).toEqual(['out']);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe('previous');
    const [old, staging] = [join(tmp, `.out-old-${pid}`), join(tmp, `.out-new-${pid}-abcdef`)];
    expect(notes).toEqual([msg.restoredOutput(out, old), msg.removedLeftover(staging)]);
  });

  it('removes an old report already replaced, and a staging folder of an earlier release (no PID)', () => {
    const pid = dead();
    folder(out, 'new');
    folder(join(tmp, `.out-old-${pid}`), 'previous');
    folder(join(tmp, '.out-new-Xy12ab'), 'half');
    recoverLeftovers(out);
    expect(readdirSync(tmp)).toEqual(['out']);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe('new');
  });

  it('leaves alone what a live run is writing, and the leftovers of other folders', () => {
    folder(join(tmp, `.out-new-${process.pid}-abcdef`), 'mine');
    folder(join(tmp, `.out-new-1-abcdef`), 'init never publishes, but is alive');
    folder(join(tmp, `.outer-old-${dead()}`), 'another folder');
    folder(join(tmp, `.out-2005-old-${dead()}`), 'another folder');
    expect(recoverLeftovers(out)).toEqual([]);
    expect(readdirSync(tmp).length).toBe(4);
  });
});
