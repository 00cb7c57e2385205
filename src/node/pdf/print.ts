// Printing a page to PDF through playwright-core and a browser already on the machine. Node only;
// loaded only when a PDF export runs (loadPdfPrinter), so neither the CLI's other commands nor the
// extension's activation pay for playwright-core.
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import type { HouseStyle } from '../../core';
import { findBrowser, type BrowserMachine } from './browser';

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

/**
 * The PDF of a self-contained HTML page. Nothing is fetched: every request the page would make is
 * aborted (its images are data URIs, which make none). The paper and page numbers come from the
 * page's `@page` rules; `paper` is the fallback size.
 */
export async function printPdf(html: string, options: { browser: string; paper: HouseStyle['export']['paper'] }): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: options.browser, headless: true });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format: options.paper === 'a4' ? 'A4' : 'Letter' });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
  }
}

export { findBrowser };
