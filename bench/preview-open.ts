/**
 * Opening the preview in a real VS Code (code-server, through the end-to-end harness): the time from
 * running a preview command (Enter in the command palette) to the webview's first contentful paint,
 * on the example report. Measured for "Case Report: Open Preview to the Side" and, as the floor
 * VS Code itself sets on this machine, for its built-in "Markdown: Open Preview to the Side" on the
 * same file, by the same method, the two taking turns so that both see the same load. The report is
 * open and checked first (its findings are in the Problems panel), as when an author opens the
 * preview of the report they are writing. Each open closes the preview before the next: the first
 * of each is the cold one (the webview machinery's, or the built-in extension's, first use in the
 * window), the rest show the usual cost.
 *
 * Run on its own: `npx tsx bench/preview-open.ts [opens]` (prints JSON on its last line); bench/run.ts
 * runs it when the end-to-end cache is there. Uses the .vsix of CASEREPORT_E2E_VSIX, else packages one.
 */
import { loadavg } from 'node:os';
import type { Frame } from 'playwright-core';
import { startSession, stopSession, createWorkspace, REPORT } from '../test/e2e/support/session';
import { Workbench, waitUntil } from '../test/e2e/support/workbench';
import { median } from './timing';

/**
 * Milliseconds from the command to each step of opening a webview, on the browser's clock. Every
 * step but the last is VS Code's: it creates the panel and its host frame (pre/index.html), whose
 * script starts once that page is loaded, signals it is ready and gets the page the extension wrote
 * (`webview.html`), then loads a content frame, writes the page into it and shows it at its load
 * event; the content frame paints.
 */
export interface PreviewOpen {
  /** ... to the webview's first contentful paint (the article). */
  articleMs: number;
  /** ... to the moment the frame holding the content began loading. */
  pageMs: number;
  /** ... to the moment VS Code's webview host frame (the content frame's parent) began loading. */
  hostMs: number;
  /** ... to the host frame's script starting (its page loaded). */
  hostScriptMs?: number;
  /** ... to the host frame receiving the extension's page. */
  contentMs?: number;
}

export interface PreviewOpens {
  /** In the order measured: the first is the cold one. */
  opens: PreviewOpen[];
  /** Medians of the opens after the first. */
  articleMs: number;
  pageMs: number;
  hostMs: number;
  hostScriptMs?: number;
  contentMs?: number;
}

export interface PreviewOpenResult extends PreviewOpens {
  /** VS Code's own Markdown preview of the same file, measured the same way. */
  builtin: PreviewOpens;
  /** The machine's 1-minute load average before and after. */
  load: { start: number; end: number };
}

interface Previewer {
  command: string;
  /** Present in the content frame once it shows the document. */
  content: string;
}

const CASE_REPORT: Previewer = { command: 'Case Report: Open Preview to the Side', content: '#cr-root .cr-article .cr-title' };
const BUILT_IN: Previewer = { command: 'Markdown: Open Preview to the Side', content: '.markdown-body > :not(.code-line)' };

/**
 * When the frame that shows the content began loading and first painted (its first contentful
 * paint), and the steps of its parent (VS Code's webview host frame), in Date.now() time (the
 * browser's performance.timeOrigin is on the same clock), so the times are the webview's own and
 * not when a poll happened to look.
 */
async function arrival(workbench: Workbench, previewer: Previewer, start: number): Promise<PreviewOpen> {
  // The host frame's own marks (webview/index.html/scriptStart, .../content/started), the first of each.
  const hostMarks = (frame: Frame) =>
    frame.evaluate(() => {
      const marks: Record<string, number> = {};
      for (const mark of performance.getEntriesByType('mark')) marks[mark.name.replace(/^webview\/index\.html\//, '')] ??= performance.timeOrigin + mark.startTime;
      return { origin: performance.timeOrigin, marks };
    });
  return waitUntil(
    async () => {
      for (const frame of workbench.page.frames()) {
        if (frame === workbench.page.mainFrame()) continue;
        try {
          const marks = await frame.evaluate((selector) => {
            if (!document.querySelector(selector)) return undefined;
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            return paint ? { page: performance.timeOrigin, article: performance.timeOrigin + paint.startTime } : undefined;
          }, previewer.content);
          if (!marks) continue;
          const parent = frame.parentFrame();
          const host = parent ? await hostMarks(parent) : { origin: marks.page, marks: {} as Record<string, number> };
          const since = (time: number | undefined) => (time === undefined ? undefined : time - start);
          return {
            articleMs: marks.article - start,
            pageMs: marks.page - start,
            hostMs: host.origin - start,
            hostScriptMs: since(host.marks.scriptStart),
            contentMs: since(host.marks['content/started']),
          };
        } catch {
          // a frame detached while we looked
        }
      }
      return undefined;
    },
    () => `the preview (${previewer.command}) shows nothing`,
    30_000,
    20,
  );
}

async function openOnce(workbench: Workbench, previewer: Previewer): Promise<PreviewOpen> {
  await workbench.page.keyboard.press('F1');
  const input = workbench.page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${previewer.command}`);
  await workbench.page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${previewer.command}"]`);
  const start = Date.now();
  await workbench.page.keyboard.press('Enter');
  const opened = await arrival(workbench, previewer, start);
  // Both previews keep the focus in the editor: close the preview by its tab.
  const tab = workbench.page.locator('.tabs-container .tab', { hasText: 'Preview' }).first();
  await tab.click();
  await workbench.page.keyboard.press('Control+W');
  await waitUntil(
    async () => ((await workbench.page.locator('.tabs-container .tab', { hasText: 'Preview' }).count()) === 0 ? true : undefined),
    () => 'the preview did not close',
  );
  await workbench.focusEditor();
  return opened;
}

function summary(opens: PreviewOpen[]): PreviewOpens {
  const warm = opens.length > 1 ? opens.slice(1) : opens;
  const of = (step: (o: PreviewOpen) => number | undefined) => {
    const times = warm.map(step).filter((t): t is number => t !== undefined);
    return times.length > 0 ? median(times) : undefined;
  };
  return {
    opens,
    articleMs: of((o) => o.articleMs)!,
    pageMs: of((o) => o.pageMs)!,
    hostMs: of((o) => o.hostMs)!,
    hostScriptMs: of((o) => o.hostScriptMs),
    contentMs: of((o) => o.contentMs),
  };
}

export async function measurePreviewOpen(opens = 5): Promise<PreviewOpenResult> {
  await startSession();
  const start = loadavg()[0];
  try {
    const workbench = await Workbench.open(createWorkspace());
    try {
      await workbench.openReport(REPORT);
      const ours: PreviewOpen[] = [];
      const builtin: PreviewOpen[] = [];
      for (let i = 0; i < opens; i++) {
        ours.push(await openOnce(workbench, CASE_REPORT));
        builtin.push(await openOnce(workbench, BUILT_IN));
      }
      return { ...summary(ours), builtin: summary(builtin), load: { start, end: loadavg()[0] } };
    } finally {
      await workbench.close();
    }
  } finally {
    await stopSession();
  }
}

/** The medians, step by step, as bench/run.ts prints them. */
export function previewOpenSummary(result: PreviewOpenResult): string {
  const ms = (t: number | undefined) => (t === undefined ? '?' : String(Math.round(t)));
  const row = (name: string, r: PreviewOpens) =>
    `${name}: ${ms(r.articleMs)} ms to the first paint (median of the opens after the first; first open ${ms(r.opens[0]?.articleMs)} ms). Steps: VS Code's webview host frame loading at ${ms(r.hostMs)}, its script at ${ms(r.hostScriptMs)}, the page handed to it at ${ms(r.contentMs)}, the content frame loading at ${ms(r.pageMs)}, painted at ${ms(r.articleMs)}`;
  return [`load average ${result.load.start.toFixed(1)} at the start, ${result.load.end.toFixed(1)} at the end`, row('Case Report preview', result), row("VS Code's built-in Markdown preview", result.builtin)].join('\n');
}

if (require.main === module) {
  measurePreviewOpen(Number(process.argv[2] ?? 5))
    .then((result) => {
      process.stdout.write(`\n${previewOpenSummary(result)}\n`);
      process.stdout.write(`\n${JSON.stringify(result)}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
