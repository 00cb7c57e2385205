// Builds and packages the extension exactly as it ships (`npm run package` -> casereport.vsix).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './install';

export const VSIX = join(ROOT, 'casereport.vsix');

export function packageExtension(): string {
  const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0 || !existsSync(VSIX)) {
    throw new Error(`npm run package failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return VSIX;
}

/** The folder name VS Code gives the installed extension: publisher.name-version. */
export function extensionId(): string {
  const manifest = require(join(ROOT, 'package.json')) as { publisher: string; name: string; version: string };
  return `${manifest.publisher}.${manifest.name}-${manifest.version}`;
}
