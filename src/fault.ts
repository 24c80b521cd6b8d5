/**
 * Test hook of the fault-injection suite (test/reliability/): `SSC_REPORT_FAULT` names points of a
 * run, comma-separated, and the run kills itself with SIGKILL on reaching one, as `kill -9` or a
 * power cut would at that instant. Unset (as in every normal run) it does nothing. The points are
 * `before-<stage>` for each stage of run-report.ts, and in publish.ts `writing` (half the files
 * staged), `staged`, `after-rename-1` (the old report moved aside, the new not yet in place) and
 * `after-rename-2` (the new report in place, the old not yet removed), where `after-rename-1` is
 * after the one-step exchange when the swap is made that way; `no-exchange` makes publish use two
 * renames; `freeze-print` stops Chromium (SIGSTOP) before it prints, to test the print deadline.
 */
export function faultArmed(point: string): boolean {
  const points = process.env.SSC_REPORT_FAULT;
  return points?.split(',').includes(point) ?? false;
}

/** Dies at once, without cleaning anything up, if `point` is armed. */
export function fault(point: string): void {
  if (!faultArmed(point)) return;
  process.kill(process.pid, 'SIGKILL');
  // SIGKILL to oneself is delivered before kill(2) returns; this only makes sure nothing runs on.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_000);
}
