// Launches the system Chromium (CHROME_PATH overrides) through playwright-core, headless, with
// nothing that reaches the network on its own.
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './prerequisites';
import { onCleanup } from './processes';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const unregister = onCleanup(() => browser.close());
  browser.once('disconnected', unregister);
  return browser;
}
