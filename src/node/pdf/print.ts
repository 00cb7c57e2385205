// Printing a page to PDF with a Chromium-family browser already on the machine, spoken to directly
// over the Chrome DevTools Protocol: no browser driver is shipped, so the .vsix and the CLI bundle
// carry all the printing needs. Node only; loaded only when a PDF export runs.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HouseStyle } from '../../core';
import { findBrowser, type BrowserMachine } from './browser';
import type { DevToolsPipe } from './devtools';
import { startBrowser } from './launch';

/** This machine, for findBrowser. */
export function thisMachine(): BrowserMachine {
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    isFile(path) {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
  };
}

/** Paper sizes in inches (the page's own `@page` size wins: preferCSSPageSize). */
const PAPER: Record<HouseStyle['export']['paper'], { paperWidth: number; paperHeight: number }> = {
  letter: { paperWidth: 8.5, paperHeight: 11 },
  a4: { paperWidth: 8.27, paperHeight: 11.7 },
};

/** How long printing may take, from starting the browser to the PDF's last byte. */
const PRINT_DEADLINE_MS = 5 * 60 * 1000;

/**
 * The PDF of a self-contained HTML page, printed by the browser at `browser` in a fresh temporary
 * profile (removed afterwards). Nothing is fetched: every request the page would make is refused
 * (its images are data URIs, which make none), and its scripts do not run. The paper and page
 * numbers come from the page's `@page` rules; `paper` is the fallback size. A failure says so in
 * one line naming the browser and why.
 */
export async function printPdf(html: string, options: { browser: string; paper: HouseStyle['export']['paper'] }): Promise<Uint8Array> {
  const profile = mkdtempSync(join(tmpdir(), 'casereport-pdf-'));
  try {
    const browser = startBrowser(options.browser, profile);
    const timer = setTimeout(() => browser.pipe.close(new Error(`did not print within ${PRINT_DEADLINE_MS / 60000} minutes`)), PRINT_DEADLINE_MS);
    try {
      return await print(browser.pipe, html, options.paper);
    } finally {
      clearTimeout(timer);
      await browser.stop();
    }
  } catch (error) {
    throw new Error(`the PDF was not printed: ${options.browser} failed (${((error as Error).message ?? String(error)).split('\n')[0]})`);
  } finally {
    // A browser's helper processes may hold the profile's files a moment after it quits (Windows).
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

async function print(pipe: DevToolsPipe, html: string, paper: HouseStyle['export']['paper']): Promise<Uint8Array> {
  const { targetId } = await pipe.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await pipe.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  const page = <T = Record<string, unknown>>(method: string, params?: Record<string, unknown>) => pipe.send<T>(method, params, sessionId);
  // Every request is refused before it leaves (a remote image stays the placeholder naming its host).
  pipe.on('Fetch.requestPaused', ({ requestId }, from) => {
    if (from === sessionId) page('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }).catch(() => undefined);
  });
  await page('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
  await page('Emulation.setScriptExecutionDisabled', { value: true });
  await page('Page.enable');
  // The page's load event after the document is written (its images decoded), not the blank page's.
  const loaded = new Promise<void>((resolve, reject) => {
    let written = false;
    pipe.on('Page.documentOpened', (_, from) => void (written ||= from === sessionId));
    pipe.on('Page.loadEventFired', (_, from) => {
      if (written && from === sessionId) resolve();
    });
    pipe.onClose(reject);
  });
  loaded.catch(() => undefined); // awaited below; a failure before then is the failing command's
  const { frameTree } = await page<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree');
  await page('Page.setDocumentContent', { frameId: frameTree.frame.id, html });
  await loaded;
  const { data } = await page<{ data: string }>('Page.printToPDF', {
    ...PAPER[paper],
    preferCSSPageSize: true,
    printBackground: true,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
  });
  const pdf = Buffer.from(data, 'base64');
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

export { findBrowser };
