import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { run } from '../../src/cli/main';
import { ensurePreviewAssets } from './assets';

const ECHO = join(__dirname, '..', '..', 'examples', 'images', 'figure-1-echocardiogram.png');

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

/**
 * A suite's Chromium and temporary folder (named from `prefix`): the preview's assets built,
 * the browser launched and the folder made in `before`; closed and removed in `after`.
 */
export function browserAndFolder(prefix: string): { readonly browser: Browser; readonly dir: string } {
  let browser: Browser | undefined;
  let dir: string | undefined;
  before(async function () {
    ensurePreviewAssets();
    browser = await launchChromium(this);
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    get browser() {
      return browser!;
    },
    get dir() {
      return dir!;
    },
  };
}

/**
 * `casereport render` of `markdown`, written as case.md in `dir` beside the example's
 * echocardiogram (images/echo.png), opened from its file with every other request refused.
 */
export async function openRendered(browser: Browser, dir: string, markdown: string): Promise<{ page: Page; out: string; stderr: string; exit: number }> {
  mkdirSync(join(dir, 'images'), { recursive: true });
  copyFileSync(ECHO, join(dir, 'images', 'echo.png'));
  writeFileSync(join(dir, 'case.md'), markdown);
  const out = join(dir, 'case.html');
  let stderr = '';
  const exit = run(['render', '-o', out, join(dir, 'case.md')], { stdout: () => undefined, stderr: (t) => (stderr += t) });
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.goto(`file://${out}`);
  return { page, out, stderr, exit };
}

/** The images the page could not draw (the start of each tag). */
export function brokenImages(page: Page): Promise<string[]> {
  return page.locator('img').evaluateAll((images) => images.filter((img) => !(img as HTMLImageElement).complete || (img as HTMLImageElement).naturalWidth === 0).map((img) => img.outerHTML.slice(0, 80)));
}
