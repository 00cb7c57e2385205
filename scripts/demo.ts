// `npm run demo`: builds and packages the extension, installs it into a fresh VS Code
// (code-server, the same one the end-to-end tests drive) and serves the examples/ workspace on
// 127.0.0.1. Prints the URL; Ctrl+C stops everything it started.
//
// Options (environment): PORT (default 8765, or a free port when taken), CASEREPORT_E2E_CACHE.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { packageExtension } from './e2e/extension';
import { CODE_SERVER_VERSION, ROOT, VSCODE_VERSION, ensureCodeServer } from './e2e/install';
import { PrerequisiteError } from './e2e/prerequisites';
import { cleanupAll, onCleanup, setInterruptExitCode } from './e2e/processes';
import { freePort, installVsix, prepareUserData, startCodeServer } from './e2e/server';

const EXAMPLES = join(ROOT, 'examples');
const REPORT = 'egpa-cardiac-tamponade.md';

function portAvailable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function choosePort(): Promise<number> {
  const wanted = Number(process.env.PORT || 8765);
  return (await portAvailable(wanted)) ? wanted : freePort();
}

async function main(): Promise<void> {
  setInterruptExitCode(0);
  const install = await ensureCodeServer();
  console.log('Building and packaging the extension (npm run package)...');
  const vsix = packageExtension();
  const root = mkdtempSync(join(tmpdir(), 'casereport-demo-'));
  onCleanup(() => rmSync(root, { recursive: true, force: true }));
  const folders = { userDataDir: join(root, 'user-data'), extensionsDir: join(root, 'extensions') };
  prepareUserData(folders, { 'workbench.startupEditor': 'none' });
  installVsix(install, folders, vsix);
  const server = await startCodeServer(install, folders, { folder: EXAMPLES, port: await choosePort() });
  const url = `${server.url}?folder=${encodeURIComponent(EXAMPLES)}`;
  console.log(
    [
      '',
      `Case Report Writer is running in VS Code ${VSCODE_VERSION} (code-server ${CODE_SERVER_VERSION}):`,
      '',
      `    ${url}`,
      '',
      `Open ${REPORT} from the Explorer: its findings are in the Problems panel (Ctrl+Shift+M),`,
      'quick fixes under Ctrl+. and the journal preview in the editor title bar. The workspace is',
      'examples/ itself, so edits are saved there. Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  // Serve until Ctrl+C (processes.ts stops code-server and removes the temporary folder), or
  // until code-server dies on its own.
  await new Promise<void>((resolve) => {
    const check = setInterval(() => {
      try {
        process.kill(server.pid, 0);
      } catch {
        clearInterval(check);
        resolve();
      }
    }, 1000);
  });
  throw new Error(`code-server stopped unexpectedly:\n${server.output().split('\n').slice(-20).join('\n')}`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof PrerequisiteError ? error.message : error);
  await cleanupAll();
  process.exit(1);
});
