// One code-server and one Chromium for the whole run; each test gets its own temporary copy of
// the example workspace and its own browser context (see workbench.ts).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../scripts/e2e/browser';
import { packageExtension } from '../../../scripts/e2e/extension';
import { ROOT, ensureCodeServer } from '../../../scripts/e2e/install';
import { requireSystemPieces } from '../../../scripts/e2e/prerequisites';
import { cleanupAll, onCleanup } from '../../../scripts/e2e/processes';
import { installVsix, prepareUserData, startCodeServer, type RunningServer } from '../../../scripts/e2e/server';

export const EXAMPLES = join(ROOT, 'examples');
export const REPORT = 'egpa-cardiac-tamponade.md';
export const RESULTS = join(ROOT, 'test-results', 'e2e');

export interface Session {
  server: RunningServer;
  browser: Browser;
  /** Temporary root holding user data, extensions and every test's workspace. */
  root: string;
}

let current: Session | undefined;

export function session(): Session {
  if (!current) throw new Error('the end-to-end session is not running (run through test/e2e/.mocharc.json)');
  return current;
}

export async function startSession(): Promise<void> {
  requireSystemPieces({ browser: true, buildTools: false });
  const install = await ensureCodeServer();
  // CASEREPORT_E2E_VSIX: test a .vsix packaged elsewhere (e.g. from a clean checkout) instead of this tree's.
  const vsix = process.env.CASEREPORT_E2E_VSIX || packageExtension();
  const root = mkdtempSync(join(tmpdir(), 'casereport-e2e-'));
  onCleanup(() => rmSync(root, { recursive: true, force: true }));
  const folders = { userDataDir: join(root, 'user-data'), extensionsDir: join(root, 'extensions') };
  prepareUserData(folders);
  installVsix(install, folders, vsix);
  const server = await startCodeServer(install, folders);
  const browser = await launchBrowser();
  mkdirSync(RESULTS, { recursive: true });
  current = { server, browser, root };
}

export async function stopSession(): Promise<void> {
  current = undefined;
  await cleanupAll();
}

let workspaces = 0;

/**
 * A fresh copy of examples/ for one test, with the report (or any file) rewritten by `edits`,
 * so that every test starts from a realistic report and none sees another's changes.
 */
export function createWorkspace(edits: Record<string, (text: string) => string> = {}, extraFiles: Record<string, string> = {}): string {
  const dir = join(session().root, 'workspaces', `ws-${++workspaces}`);
  cpSync(EXAMPLES, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing: the example report no longer contains what the test expects`);
    writeFileSync(path, after);
  }
  for (const [file, text] of Object.entries(extraFiles)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true }); // e.g. .vscode/settings.json
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/** Replaces exactly one occurrence of `search`, failing loudly if the example changed. */
export function replaceOnce(search: string, replacement: string): (text: string) => string {
  return (text) => {
    const index = text.indexOf(search);
    if (index < 0 || text.indexOf(search, index + 1) >= 0) throw new Error(`expected exactly one "${search}" in the example report`);
    return text.slice(0, index) + replacement + text.slice(index + search.length);
  };
}

/** The 1-based line of the only line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const lines = text.split(/\r?\n/);
  const found = lines.flatMap((line, index) => (line.includes(needle) ? [index + 1] : []));
  if (found.length !== 1) throw new Error(`expected exactly one line containing "${needle}", found ${found.length}`);
  return found[0];
}

export function exampleText(file = REPORT): string {
  return readFileSync(join(EXAMPLES, file), 'utf8');
}
