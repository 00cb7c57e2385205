/**
 * Opening the preview in a real VS Code (code-server, through the end-to-end harness): the time from
 * running "Case Report: Open Preview to the Side" (Enter in the command palette) to the article's
 * title being in the webview, on the example report. The report is open and checked first (its
 * findings are in the Problems panel), as when an author opens the preview of the report they are
 * writing. Each open closes the preview before the next: the first is the cold one (the webview
 * machinery's first use in the window), the rest show the usual cost.
 *
 * Run on its own: `npx tsx bench/preview-open.ts [opens]` (prints JSON on its last line); bench/run.ts
 * runs it when the end-to-end cache is there. Uses the .vsix of CASEREPORT_E2E_VSIX, else packages one.
 */
import { startSession, stopSession, createWorkspace, REPORT } from '../test/e2e/support/session';
import { Workbench, waitUntil } from '../test/e2e/support/workbench';

export interface PreviewOpen {
  /** Milliseconds from the command to the article's title in the webview. */
  articleMs: number;
  /** ... to the moment the webview's content frame began loading. */
  pageMs: number;
}

export interface PreviewOpenResult {
  /** In the order measured: the first is the window's first webview. */
  opens: PreviewOpen[];
}

/**
 * When the webview that shows the article began loading and first painted text (its first
 * contentful paint: the article, as the shell has no text of its own), in Date.now() time (the
 * browser's performance.timeOrigin is on the same clock), so the time is the webview's own and not
 * when a poll happened to look.
 */
async function arrival(workbench: Workbench): Promise<{ page: number; article: number }> {
  return waitUntil(
    async () => {
      for (const frame of workbench.page.frames()) {
        try {
          const marks = await frame.evaluate(() => {
            if (!document.querySelector('#cr-root .cr-article .cr-title')) return undefined;
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            return paint ? { page: performance.timeOrigin, article: performance.timeOrigin + paint.startTime } : undefined;
          });
          if (marks) return marks;
        } catch {
          // a frame detached while we looked
        }
      }
      return undefined;
    },
    () => 'the preview shows no article',
    30_000,
    20,
  );
}

async function openOnce(workbench: Workbench): Promise<PreviewOpen> {
  const title = 'Case Report: Open Preview to the Side';
  await workbench.page.keyboard.press('F1');
  const input = workbench.page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await workbench.page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`);
  const start = Date.now();
  await workbench.page.keyboard.press('Enter');
  const { page, article } = await arrival(workbench);
  // Close the preview (its group is active after the open? not with preserveFocus: close it by its tab).
  const tab = workbench.page.locator('.tabs-container .tab', { hasText: 'Preview' }).first();
  await tab.click();
  await workbench.page.keyboard.press('Control+W');
  await workbench.page.waitForSelector('.editor-group-container >> nth=1', { state: 'detached' }).catch(() => undefined);
  await waitUntil(
    async () => ((await workbench.page.locator('.tabs-container .tab', { hasText: 'Preview' }).count()) === 0 ? true : undefined),
    () => 'the preview did not close',
  );
  await workbench.focusEditor();
  return { articleMs: article - start, pageMs: page - start };
}

export async function measurePreviewOpen(opens = 5): Promise<PreviewOpenResult> {
  await startSession();
  try {
    const workbench = await Workbench.open(createWorkspace());
    try {
      await workbench.openReport(REPORT);
      const measured: PreviewOpen[] = [];
      for (let i = 0; i < opens; i++) measured.push(await openOnce(workbench));
      return { opens: measured };
    } finally {
      await workbench.close();
    }
  } finally {
    await stopSession();
  }
}

if (require.main === module) {
  measurePreviewOpen(Number(process.argv[2] ?? 5))
    .then((result) => {
      process.stdout.write(`\n${JSON.stringify(result)}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
