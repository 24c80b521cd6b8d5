import { spawn } from 'node:child_process';

/**
 * Waits for the run to end, however it ends, then cleans up after its Chromium. Chromium exits by
 * itself when its pipe closes, but not when it is stopped (SIGSTOP, a frozen machine) at that
 * moment, and nothing of a run killed with SIGKILL removes the profile. After the run's process is
 * gone and 2 s have let Chromium exit, this kills whatever still runs with the run's profile (only
 * those: they are found by `--user-data-dir=PROFILE` in /proc/PID/cmdline), then removes the profile.
 * The paths are passed in the environment, not the command line, so that `pgrep -f PROFILE` finds
 * Chromium only.
 */
const SCRIPT = `
while kill -0 "$SSC_RUN" 2>/dev/null; do sleep 0.5; done
sleep 2
for f in /proc/[0-9]*/cmdline; do
  if grep -qa -- "--user-data-dir=$SSC_PROFILE" "$f" 2>/dev/null; then p=\${f#/proc/}; kill -9 "\${p%/cmdline}" 2>/dev/null; fi
done
sleep 0.5
rm -rf "$SSC_PROFILE"
`;

/** Starts the watchdog of this run's Chromium profile, detached, so that it outlives the run. */
export function watchProfile(profile: string): void {
  try {
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', SSC_RUN: String(process.pid), SSC_PROFILE: profile };
    spawn('/bin/sh', ['-c', SCRIPT], { detached: true, stdio: 'ignore', env }).unref();
  } catch {
    // without it, the next run removes the profile (removeStaleProfiles)
  }
}
