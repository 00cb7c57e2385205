// Every process the end-to-end tests and the demo start is tracked here and stopped on the way
// out: on a normal exit, a thrown error, a failing test, Ctrl+C (SIGINT) or SIGTERM.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

type Cleanup = () => void | Promise<void>;

const groups = new Set<number>();
const cleanups = new Set<Cleanup>();
let handlersInstalled = false;
let interruptExitCode = 130;

/** The exit status after Ctrl+C: 130 for tests (interrupted), 0 for the demo (the normal way out). */
export function setInterruptExitCode(code: number): void {
  interruptExitCode = code;
}

/** Kills a whole process group (the child and everything it spawned), ignoring groups already gone. */
export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group, then SIGKILL if it has not gone within `graceMs`. */
export async function stopGroup(pid: number, graceMs = 5000): Promise<void> {
  killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
  groups.delete(pid);
}

/** Spawns a child in its own process group so that it and its children can be stopped together. */
export function spawnTracked(command: string, args: string[], options: SpawnOptions): ChildProcess {
  installHandlers();
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid !== undefined) {
    const pid = child.pid;
    groups.add(pid);
    child.once('exit', () => {
      // The leader exited; stragglers in its group (if any) are still killed at exit.
      if (!groupAlive(pid)) groups.delete(pid);
    });
  }
  return child;
}

/** Registers an async cleanup (close a browser, remove a temporary folder) run before exit. */
export function onCleanup(cleanup: Cleanup): () => void {
  installHandlers();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Runs the registered cleanups and stops every tracked group. Safe to call more than once. */
export async function cleanupAll(): Promise<void> {
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    try {
      await cleanup();
    } catch (error) {
      console.error(`cleanup failed: ${(error as Error).message}`);
    }
  }
  await Promise.all([...groups].map((pid) => stopGroup(pid)));
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // Last resort on any exit path: synchronous SIGKILL of whatever is still tracked.
  process.on('exit', () => {
    for (const pid of groups) killGroup(pid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      void cleanupAll().finally(() => process.exit(signal === 'SIGINT' ? interruptExitCode : 143));
    });
  }
}
