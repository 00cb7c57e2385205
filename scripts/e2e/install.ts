// Installs a pinned code-server (a real VS Code served to a browser) and, when the system Node is
// not the one code-server needs, a local Node from the npm package `node`, into a cache folder
// ignored by git. Each install lives in a folder named for its version and is reused whenever it
// is complete: the cold install (about two minutes) happens once per machine and version.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { requireSystemPieces } from './prerequisites';

export const CODE_SERVER_VERSION = '4.139.1';
export const VSCODE_VERSION = '1.139.1'; // what this code-server serves
export const NODE_MAJOR = 24; // what this code-server requires
export const NODE_VERSION = '24.21.0';

export const ROOT = join(__dirname, '..', '..');
export const CACHE_DIR = process.env.CASEREPORT_E2E_CACHE || join(ROOT, '.cache', 'e2e');

export interface CodeServerInstall {
  /** The Node binary to run code-server with. */
  node: string;
  /** code-server's entry script. */
  entry: string;
  version: string;
}

const STAMP = '.complete';

/** An environment for a nested npm: without the npm_* variables of an enclosing `npm run`. */
function npmEnvironment(nodeBinDir?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  if (nodeBinDir) env.PATH = `${nodeBinDir}:${env.PATH ?? ''}`;
  return env;
}

function runLogged(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = openSync(logFile, 'a');
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', log, log] });
    child.on('error', (error) => {
      closeSync(log);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      closeSync(log);
      if (code === 0) resolve();
      else {
        const tail = readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
        reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}) in ${cwd}; last lines of ${logFile}:\n${tail}`));
      }
    });
  });
}

/** A lock file so that two runs (say, the demo and the tests) never install into one folder at once. */
async function withLock<T>(name: string, action: () => Promise<T>): Promise<T> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const lock = join(CACHE_DIR, `${name}.lock`);
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      writeFileSync(lock, String(process.pid));
      break;
    } catch {
      const holder = Number(readFileSync(lock, 'utf8') || 0);
      let alive = false;
      try {
        if (holder) process.kill(holder, 0);
        alive = holder > 0;
      } catch {
        alive = false;
      }
      if (!alive) {
        rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another process (pid ${holder}) holds ${lock}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await action();
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      // already removed
    }
  }
}

/** Installs `dependencies` into `dir` with npm unless a previous install there completed. */
async function ensurePackages(dir: string, dependencies: Record<string, string>, what: string, nodeBinDir?: string): Promise<void> {
  if (existsSync(join(dir, STAMP))) return;
  await withLock(dir.split('/').pop() as string, async () => {
    if (existsSync(join(dir, STAMP))) return; // installed by whoever held the lock
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'casereport-e2e-cache', private: true, dependencies }, null, 2));
    const started = Date.now();
    console.log(`Installing ${what} into ${dir} (once; later runs reuse it)...`);
    await runLogged('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], dir, npmEnvironment(nodeBinDir), join(dir, 'install.log'));
    writeFileSync(join(dir, STAMP), `${new Date().toISOString()}\n`);
    console.log(`Installed ${what} in ${Math.round((Date.now() - started) / 1000)} s.`);
  });
}

/** The path of a Node whose major version is NODE_MAJOR: this process's own, or a cached one. */
export async function ensureNode(): Promise<string> {
  if (Number(process.versions.node.split('.')[0]) === NODE_MAJOR) return process.execPath;
  const dir = join(CACHE_DIR, `node-${NODE_VERSION}`);
  await ensurePackages(dir, { node: NODE_VERSION }, `Node ${NODE_VERSION} (code-server needs Node ${NODE_MAJOR})`);
  const node = join(dir, 'node_modules', '.bin', 'node');
  if (!existsSync(node)) throw new Error(`the npm package node@${NODE_VERSION} installed no binary at ${node}`);
  return node;
}

/** A complete code-server install, built with Node NODE_MAJOR. */
export async function ensureCodeServer(): Promise<CodeServerInstall> {
  const node = await ensureNode();
  const dir = join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}-node${NODE_MAJOR}`);
  if (!existsSync(join(dir, STAMP))) requireSystemPieces({ browser: false, buildTools: true });
  await ensurePackages(dir, { 'code-server': CODE_SERVER_VERSION }, `code-server ${CODE_SERVER_VERSION}`, dirname(node));
  const entry = join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) throw new Error(`code-server is incomplete: ${entry} is missing; delete ${dir} and run again`);
  return { node, entry, version: CODE_SERVER_VERSION };
}
