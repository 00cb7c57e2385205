// Runs `npm ci` when node_modules is missing or older than package-lock.json, so that
// `npm run demo` and `npm test` work on a fresh clone. Plain Node: nothing installed is needed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json'); // written by npm after every install

function stale() {
  if (!existsSync(installed)) return 'node_modules is missing';
  if (statSync(installed).mtimeMs + 1000 < statSync(lock).mtimeMs) return 'package-lock.json changed since the last install';
  return undefined;
}

const reason = stale();
if (reason) {
  console.log(`${reason}: running npm ci`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
