import { constants } from 'node:os';

/** Something to undo if the process ends before the run does: `force` synchronously, `graceful` first when there is time. */
interface ExitTask {
  force: () => void;
  graceful?: () => Promise<void>;
}

const tasks = new Set<ExitTask>();

/**
 * Registers what to undo should the process end early: `force` runs synchronously on exit (a
 * thrown error, process.exit) and on SIGINT, SIGTERM or SIGHUP once exitOnSignals is set; on a
 * signal, `graceful` is tried first for up to 3 s. SIGKILL runs nothing: what must not outlive the
 * process has to die with it by itself (Chromium's pipe), and the next run removes the rest.
 *
 * @returns a function that unregisters the task, for when the run undid it itself.
 */
export function onExit(force: () => void, graceful?: () => Promise<void>): () => void {
  const task = { force, graceful };
  tasks.add(task);
  return () => tasks.delete(task);
}

function forceAll(): void {
  for (const task of [...tasks].reverse()) {
    tasks.delete(task);
    try {
      task.force();
    } catch {
      // the others must run all the same
    }
  }
}

process.on('exit', forceAll);

let installed = false;

/**
 * Makes SIGINT, SIGTERM and SIGHUP end the process after undoing the registered tasks, with exit
 * code 128 + the signal's number (130 for SIGINT, 143 for SIGTERM), as the shell reports a signal.
 *
 * @param say prints a line saying which signal ended the run.
 */
export function exitOnSignals(say: (signal: NodeJS.Signals) => void): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      say(signal);
      const graceful = [...tasks].flatMap((t) => (t.graceful ? [t.graceful().catch(() => undefined)] : []));
      const deadline = new Promise((r) => setTimeout(r, 3_000).unref());
      void Promise.race([Promise.all(graceful), deadline]).then(() => {
        forceAll();
        process.exit(128 + constants.signals[signal]);
      });
    });
  }
}
