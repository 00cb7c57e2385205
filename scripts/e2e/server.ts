// Starts code-server on loopback only, with its own user-data and extensions folders, and stops it
// (its whole process group) when asked or when this process goes away.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import type { CodeServerInstall } from './install';
import { spawnTracked, stopGroup } from './processes';

/** User settings for a quiet, deterministic workbench: no trust prompt, telemetry, tips or AI panes. */
export const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  // Typed text must land exactly as typed.
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoSurround': 'never',
  'editor.formatOnType': false,
  'files.autoSave': 'off',
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServerFolders {
  userDataDir: string;
  extensionsDir: string;
}

/** Creates the user-data folder with the settings above (plus `extra`). */
export function prepareUserData(folders: ServerFolders, extra: Record<string, unknown> = {}): void {
  mkdirSync(join(folders.userDataDir, 'User'), { recursive: true });
  mkdirSync(folders.extensionsDir, { recursive: true });
  writeFileSync(join(folders.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...extra }, null, 2));
}

function codeServerEnv(install: CodeServerInstall): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(npm_|VSCODE_|ELECTRON_)/i.test(key)) env[key] = value;
  env.PATH = `${dirname(install.node)}:${env.PATH ?? ''}`;
  return env;
}

/** Common flags: never read or write ~/.config/code-server, never phone home. */
function baseArgs(install: CodeServerInstall, folders: ServerFolders): string[] {
  return [
    install.entry,
    '--config', join(folders.userDataDir, 'code-server.yaml'),
    '--disable-telemetry',
    '--disable-update-check',
    '--extensions-dir', folders.extensionsDir,
    '--user-data-dir', folders.userDataDir,
  ];
}

/** Installs a .vsix into the extensions folder the way a user would (`--install-extension`). */
export function installVsix(install: CodeServerInstall, folders: ServerFolders, vsix: string): void {
  writeFileSync(join(folders.userDataDir, 'code-server.yaml'), 'auth: none\ncert: false\n');
  const result = spawnSync(install.node, [...baseArgs(install, folders), '--install-extension', vsix, '--force'], {
    env: codeServerEnv(install),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0 || !/successfully installed/i.test(result.stdout)) {
    throw new Error(`installing ${vsix} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

export interface RunningServer {
  url: string;
  port: number;
  pid: number;
  /** Everything code-server printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts code-server on 127.0.0.1 and resolves once it listens. */
export async function startCodeServer(install: CodeServerInstall, folders: ServerFolders, options: { folder?: string; port?: number } = {}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  writeFileSync(join(folders.userDataDir, 'code-server.yaml'), 'auth: none\ncert: false\n');
  const args = [...baseArgs(install, folders), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-workspace-trust', '--disable-getting-started-override'];
  if (options.folder) args.push(options.folder);
  const child = spawnTracked(install.node, args, { env: codeServerEnv(install), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const pid = child.pid;
  if (pid === undefined) throw new Error('code-server did not start');
  const stop = () => stopGroup(pid);
  let started = () => {};
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`code-server did not listen within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('HTTP server listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    const fail = (error: Error) => {
      clearTimeout(timer);
      void stop().finally(() => reject(error));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    const onEarlyExit = (code: number | null, signal: NodeJS.Signals | null) => fail(new Error(`code-server exited (${signal ?? code}) before listening:\n${output}`));
    child.once('exit', onEarlyExit);
    started = () => child.off('exit', onEarlyExit);
  });
  started();
  return { url: `http://127.0.0.1:${port}/`, port, pid, output: () => output, stop };
}
