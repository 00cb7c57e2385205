// The system pieces the end-to-end tests and the demo need, checked up front so that a missing
// one produces a single message saying what to install, not a stack trace from deep inside.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The browser binary: CHROME_PATH when set, else Debian's chromium. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH || DEFAULT_CHROMIUM;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && executable(join(dir, command)));
}

export interface Requirements {
  /** A browser is needed to drive VS Code (tests), not to serve it (demo). */
  browser: boolean;
  /** Building code-server's native modules needs Kerberos headers and a C++ toolchain (first install only). */
  buildTools: boolean;
}

/** The Debian packages that are missing, with the reason for each; empty when all is there. */
export function missingPieces(needs: Requirements): string[] {
  const missing: string[] = [];
  if (needs.browser && !executable(chromiumPath())) {
    missing.push(
      process.env.CHROME_PATH
        ? `CHROME_PATH=${process.env.CHROME_PATH} is not an executable browser`
        : `chromium (no browser at ${DEFAULT_CHROMIUM}; or set CHROME_PATH to a Chromium/Chrome binary)`,
    );
  }
  if (needs.buildTools) {
    if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/krb5.h')) missing.push('libkrb5-dev (Kerberos headers for code-server\'s native modules)');
    if (!onPath('make') || !onPath('g++')) missing.push('build-essential (make and g++ to build code-server\'s native modules)');
    if (!onPath('python3')) missing.push('python3 (used by node-gyp)');
  }
  return missing;
}

/** Exits with one clear message when a system piece is missing. */
export function requireSystemPieces(needs: Requirements): void {
  const missing = missingPieces(needs);
  if (missing.length === 0) return;
  const packages = missing.map((line) => line.split(' ')[0]).filter((name) => !name.includes('='));
  const lines = [
    'Missing system packages for the VS Code end-to-end setup:',
    ...missing.map((line) => `  - ${line}`),
    packages.length > 0 ? `Install them with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}` : '',
  ];
  throw new PrerequisiteError(lines.filter(Boolean).join('\n'));
}

export class PrerequisiteError extends Error {}
