// Runs `npm ci` when node_modules is missing or does not match package-lock.json, so that
// `npm run demo` and `npm test` work on a fresh clone. Plain Node: nothing installed is needed.
// The comparison is by content (every locked package installed at its locked version), not by
// file times, which a checkout or an archive sets arbitrarily.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const modules = join(root, 'node_modules');
const installedLock = join(modules, '.package-lock.json'); // npm's record of what it installed

function mismatch() {
  if (!existsSync(installedLock)) return 'node_modules is missing';
  const wanted = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages ?? {};
  const installed = JSON.parse(readFileSync(installedLock, 'utf8')).packages ?? {};
  for (const [path, entry] of Object.entries(wanted)) {
    if (path === '' || entry.optional || entry.link) continue; // the project itself; platform-specific optionals
    if (installed[path]?.version !== entry.version) return `${path} ${entry.version} is not installed`;
  }
  return undefined;
}

const reason = mismatch();
if (reason) {
  if (existsSync(modules) && lstatSync(modules).isSymbolicLink()) {
    console.error(`${reason}, but node_modules is a symbolic link: not touching it; run npm ci where it points`);
    process.exit(1);
  }
  console.log(`${reason}: running npm ci`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
