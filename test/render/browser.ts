import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium as the issue prescribes, for a suite's `before` hook. Where it is not
 * installed the suite says so and is skipped, except in CI (CI=true), where `.ci/run` installs it:
 * there a missing browser fails instead of silently skipping what only a browser can check.
 */
export async function launchChromium(context: Mocha.Context): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    const message = `Chromium is not installed (${CHROMIUM}; set CHROME_PATH or install the Debian package "chromium")`;
    if (process.env.CI) throw new Error(message);
    console.warn(`    ${message}: skipped.`);
    context.skip();
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
