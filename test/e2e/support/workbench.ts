// Drives the VS Code workbench in the browser the way a user does: explorer, keyboard, Problems
// panel. Every wait is on a selector or a state, with a deadline; nothing sleeps a fixed time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { session } from './session';

/** One location listed by the references peek (1-based, as the status bar shows it). */
export interface Place {
  line: number;
  column: number;
}

export interface Problem {
  severity: 'error' | 'warning' | 'info';
  code: string;
  line: number;
  column: number;
  message: string;
  file: string;
}

let active: Workbench | undefined;

/** The workbench of the running test, for the screenshot taken after it (hooks.ts). */
export function activeWorkbench(): Workbench | undefined {
  return active;
}

/** Polls `probe` until it returns something other than undefined, or fails with `describe()`. */
export async function waitUntil<T>(probe: () => Promise<T | undefined>, describe: () => string | Promise<string>, timeoutMs = 30_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${await describe()}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    readonly folder: string,
  ) {}

  /** Opens the folder in a new browser context and waits for the explorer to list it. */
  static async open(folder: string): Promise<Workbench> {
    const { browser, server } = session();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const workbench = new Workbench(page, context, folder);
    active = workbench;
    await page.goto(`${server.url}?folder=${encodeURIComponent(folder)}`);
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    return workbench;
  }

  async close(): Promise<void> {
    if (active === this) active = undefined;
    await this.context.close();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  /** Opens a file from the explorer (double-click: a pinned editor) and focuses its text. */
  async openFile(name: string): Promise<void> {
    await this.page.dblclick(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`);
    await this.page.waitForSelector(`.tabs-container .tab.active[aria-label^="${name}"]`);
    await this.focusEditor();
  }

  /**
   * Opens a case report and waits until its findings are published: from then on the extension
   * is active and its hover, completion and code-action providers are registered.
   */
  async openReport(name: string): Promise<void> {
    await this.openFile(name);
    await this.showProblems();
    await waitUntil(
      async () => ((await this.problems()).some((p) => p.file === name) ? true : undefined),
      () => `no findings for ${name}: is the extension active?`,
      60_000, // the first report of a run starts the extension host and the analysis worker
    );
    await this.focusEditor();
  }

  /**
   * Waits until VS Code's built-in Markdown language features have started: the breadcrumbs show
   * an outline element, which their language server computes. They register their code-action
   * providers just before, and VS Code cancels every code-action request that is in flight when
   * the set of providers for a document changes (getCodeActions); a save in those first seconds
   * runs editor.codeActionsOnSave with no actions and writes the file unfixed.
   */
  async waitForMarkdownLanguageFeatures(): Promise<void> {
    await this.page.waitForSelector('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item:not(.file)', { timeout: 30_000 });
  }

  async focusEditor(): Promise<void> {
    // The viewport (overflow guard), not the view-lines layer, which scrolls under it.
    const viewport = this.page.locator('.editor-group-container.active .monaco-editor .overflow-guard').first();
    await viewport.waitFor();
    await viewport.click({ position: { x: 120, y: 10 } });
    await this.page.waitForSelector('.editor-group-container.active .monaco-editor.focused');
  }

  /**
   * Asks VS Code for something at the cursor (Ctrl+., a hover, suggestions) until `shown` is on
   * screen. These requests are answered asynchronously by several providers, and VS Code may drop
   * one silently: an explicit Ctrl+. still waiting for its providers is replaced by the automatic
   * (lightbulb) request that a cursor move or a change of markers schedules, half a second later,
   * and no menu opens. So when `shown` has not appeared after a while, whatever did open is closed
   * (`close`) and the request is made again, each attempt waiting longer, until `timeoutMs`.
   */
  private async askUntil(what: string, ask: () => Promise<void>, shown: Locator, close: () => Promise<void>, timeoutMs = 60_000, firstWaitMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let seen = '';
    for (let wait = firstWaitMs; ; wait *= 2) {
      await ask();
      try {
        await shown.waitFor({ timeout: Math.max(1_000, Math.min(wait, deadline - Date.now())) });
        return;
      } catch (error) {
        if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
      }
      seen = await this.openOverlays();
      if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what} (the cursor at ${await this.cursor()}; on screen: ${seen || 'nothing'})`);
      await close();
    }
  }

  /** What the editor shows over the text: the action menu's rows, a message, suggestions, a hover. */
  private async openOverlays(): Promise<string> {
    const texts = await this.page
      .locator('.action-widget:visible, .monaco-editor-overlaymessage:visible, .suggest-widget.visible, .monaco-hover:visible')
      .allInnerTexts()
      .catch(() => []);
    return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' | ');
  }

  /** Closes the action menu, a "no code actions" message, the suggest widget or a hover, if one is open. */
  private async closeOverlays(): Promise<void> {
    const open = this.page.locator('.action-widget:visible, .monaco-editor-overlaymessage:visible, .suggest-widget.visible, .monaco-hover:visible');
    if ((await open.count()) === 0) return;
    await this.page.keyboard.press('Escape');
    await open.first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  }

  /** Opens the suggest widget (Ctrl+Space) and waits for a row containing `text` (asked again if it does not come). */
  async suggest(text: string) {
    const row = this.page.locator('.suggest-widget.visible .monaco-list-row', { hasText: text }).first();
    await this.askUntil(`no suggestion "${text}"`, () => this.page.keyboard.press('Control+Space'), row, () => this.closeOverlays());
    return row;
  }

  /** Shows the hover at the cursor (Show or Focus Hover) and waits until it contains `text`; returns it. */
  async hoverAtCursorShowing(text: string) {
    const hover = this.page.locator('.monaco-hover:visible', { hasText: text }).first();
    await this.askUntil(`no hover showing "${text}"`, () => this.runCommand('Show or Focus Hover'), hover, () => this.closeOverlays());
    return hover;
  }

  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    const wanted = `>${title}`;
    const row = this.page.locator(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`);
    // A loaded palette may set its own ">" after opening, over the title typed (seen as a palette
    // listing every command): the title is typed again until the command is listed.
    await waitUntil(
      async () => {
        if ((await input.inputValue().catch(() => wanted)) !== wanted) await input.fill(wanted);
        return (await row.count()) > 0 ? true : undefined;
      },
      async () => `the command palette lists "${title}" (its input reads "${await input.inputValue().catch(() => '?')}")`,
      30_000,
      250,
    );
    await this.page.keyboard.press('Enter');
    // The palette closes, or gives its place to the command's own quick input (a save dialog).
    const widget = this.page.locator('.quick-input-widget:not(.quick-input-widget-closing)');
    await waitUntil(
      async () => (!(await widget.isVisible()) || !(await input.inputValue().catch(() => '')).startsWith('>') ? true : undefined),
      () => `the command palette still shows "${title}" after Enter`,
    );
  }

  /** Moves the cursor with Go to Line (1-based line and column). */
  async goTo(line: number, column = 1): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`); // ":" is Go to Line's prefix in the quick input
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector('.quick-input-widget', { state: 'hidden' });
    await waitUntil(
      async () => ((await this.cursor()) === `Ln ${line}, Col ${column}` ? true : undefined),
      async () => `cursor at ${await this.cursor()}, wanted Ln ${line}, Col ${column}`,
    );
  }

  /** Puts the cursor at the end of a logical line (End would stop at the wrap in wrapped Markdown). */
  async goToEndOf(line: number, text: string): Promise<void> {
    await this.goTo(line, text.split(/\r?\n/)[line - 1].length + 1);
  }

  /** Rests the mouse on the character right after the cursor, as a user hovering it would. */
  async hoverAtCursor(): Promise<void> {
    const cursor = this.page.locator('.editor-group-container.active .monaco-editor.focused .cursors-layer .cursor').first();
    await cursor.waitFor();
    const box = await cursor.boundingBox();
    if (!box) throw new Error('the cursor has no position on screen');
    await this.page.mouse.move(box.x + 4, box.y + box.height / 2);
  }

  /**
   * Opens the quick-fix menu at the cursor (Ctrl+.) and applies the action titled `title`. It is
   * asked once the Markdown language features are up (waitForMarkdownLanguageFeatures): a request
   * made while they register their code-action providers is cancelled and lists nothing. A menu
   * that opens without the action, or no menu at all, is closed and asked again (askUntil).
   *
   * The menu closes as soon as the action is chosen, before its edit is in the document (a deferred
   * fix is built by the analysis worker first): wait for what the edit changes (e.g. the Problems
   * panel) before saving.
   */
  async applyQuickFix(title: string): Promise<void> {
    await this.waitForMarkdownLanguageFeatures();
    const row = this.page.locator('.action-widget .monaco-list-row.action:not(.option-disabled)', { hasText: title }).first();
    await this.askUntil(`Ctrl+. does not offer "${title}"`, () => this.page.keyboard.press('Control+.'), row, () => this.closeOverlays());
    await row.click();
    await this.page.waitForSelector('.action-widget', { state: 'hidden' });
  }

  /**
   * Opens the quick-fix menu at the cursor (Ctrl+.) and returns what it shows: its enabled rows
   * and the message VS Code shows instead of a menu, once either mentions `expected`. Closes it.
   */
  async quickFixMenu(expected: string): Promise<{ rows: string[]; message: string }> {
    await this.waitForMarkdownLanguageFeatures();
    const shown = this.page.locator('.action-widget:visible, .monaco-editor-overlaymessage:visible', { hasText: expected }).first();
    await this.askUntil(`Ctrl+. shows nothing mentioning "${expected}"`, () => this.page.keyboard.press('Control+.'), shown, () => this.closeOverlays());
    const rows = await this.page.locator('.action-widget .monaco-list-row.action:not(.option-disabled)').allInnerTexts();
    const message = (await this.page.locator('.monaco-editor-overlaymessage:visible').allInnerTexts()).join(' ').trim();
    await this.closeOverlays();
    return { rows: rows.map((r) => r.trim()), message };
  }

  /** Waits until the cursor is at `line`, `column` (after a jump such as Go to Definition). */
  async waitForCursor(line: number, column: number): Promise<void> {
    const want = `Ln ${line}, Col ${column}`;
    await waitUntil(
      async () => ((await this.cursor()).startsWith(want) ? true : undefined),
      async () => `cursor at ${await this.cursor()}, wanted ${want}`,
    );
  }

  /**
   * The open references peek (Peek References, or a CodeLens that shows references): the count
   * in its title and every location it lists, once all are listed.
   */
  async referencesPeek(): Promise<{ count: number; places: Place[] }> {
    const peek = this.page.locator('.peekview-widget.reference-zone-widget.results-loaded');
    await peek.waitFor();
    const title = (await peek.locator('.head .meta').innerText()).trim();
    const count = Number(/\((\d+)\)/.exec(title)?.[1] ?? NaN);
    let places: Place[] = [];
    await waitUntil(
      async () => {
        const labels = await peek.locator('.monaco-list-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
        places = labels.flatMap((label) => {
          const at = / on line (\d+) at column (\d+)$/.exec(label);
          return at ? [{ line: Number(at[1]), column: Number(at[2]) }] : [];
        });
        return places.length === count ? places : undefined;
      },
      () => `the peek titled "${title}" lists ${places.length} locations`,
    );
    return { count, places };
  }

  /**
   * The CodeLens shown right above a (1-based) line: the line is revealed, and the lens is the one
   * whose bottom edge is closest above the line's number in the gutter.
   */
  async codeLensAbove(line: number): Promise<{ text: string; element: ReturnType<Page['locator']> }> {
    await this.goTo(line);
    const editor = '.editor-group-container.active .monaco-editor';
    const number = this.page.locator(`${editor} .margin-view-overlays .line-numbers`, { hasText: new RegExp(`^${line}$`) }).first();
    await number.waitFor();
    return waitUntil(
      async () => {
        const lineBox = await number.boundingBox();
        if (!lineBox) return undefined;
        const lenses = this.page.locator(`${editor} .codelens-decoration[monaco-visible-content-widget="true"]`);
        let best: { text: string; element: ReturnType<Page['locator']>; gap: number } | undefined;
        for (let i = 0; i < (await lenses.count()); i++) {
          const lens = lenses.nth(i);
          const box = await lens.boundingBox();
          if (!box) continue;
          const gap = lineBox.y - (box.y + box.height);
          if (gap >= -1 && gap < lineBox.height && (!best || gap < best.gap)) best = { text: (await lens.innerText()).trim(), element: lens, gap };
        }
        return best && { text: best.text, element: best.element };
      },
      () => `no CodeLens is shown above line ${line}`,
    );
  }

  /**
   * Expands the CARE Checklist view in the Explorer and returns its top-level rows (label and
   * description, as shown), once the checklist of the active report is listed.
   */
  async careChecklist(): Promise<{ label: string; description: string }[]> {
    // The folder tree is collapsed so that the checklist has the room to show every item (rows
    // outside a list's viewport are not rendered).
    const folders = this.page.locator('.pane', { has: this.page.locator('.explorer-folders-view') }).locator('.pane-header');
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const pane = this.page.locator('.pane', { has: this.page.locator('.pane-header', { hasText: 'CARE Checklist' }) });
    const header = pane.locator('.pane-header');
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const rows = pane.locator('.pane-body .monaco-list-row[aria-level="1"]');
    await rows.first().waitFor();
    return rows.evaluateAll((elements) =>
      elements.map((row) => ({
        label: (row.querySelector('.label-name')?.textContent ?? '').trim(),
        description: (row.querySelector('.label-description')?.textContent ?? '').trim(),
      })),
    );
  }

  /** The status bar's "Ln X, Col Y". */
  async cursor(): Promise<string> {
    const label = this.page.locator('#status\\.editor\\.selection').first();
    return ((await label.textContent()) ?? '').trim();
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }

  /**
   * Saves the active editor and returns the file's text on disk. An edit that lands while the save
   * runs leaves the editor dirty: then it is saved again.
   */
  async save(name: string): Promise<string> {
    const saved = this.page.locator(`.tabs-container .tab.active[aria-label^="${name}"]:not(.dirty)`);
    await this.askUntil(`${name} is still unsaved`, () => this.page.keyboard.press('Control+S'), saved, async () => undefined, 45_000, 10_000);
    return readFileSync(join(this.folder, name), 'utf8');
  }

  /** Shows the Problems panel (View: Focus Problems). */
  async showProblems(): Promise<void> {
    if (await this.page.locator('.markers-panel').isVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.waitForSelector('.markers-panel');
  }

  /** Every marker row the Problems panel shows, parsed. */
  async problems(): Promise<Problem[]> {
    const rows = await this.page.$$eval('.markers-panel .monaco-list-row', (elements) =>
      elements.map((element) => ({ label: element.getAttribute('aria-label') ?? '', text: (element as HTMLElement).innerText })),
    );
    const problems: Problem[] = [];
    let file = '';
    for (const row of rows) {
      const header = /problems? in file (.+?) of folder/.exec(row.label);
      if (header) {
        file = header[1];
        continue;
      }
      const position = /\[Ln (\d+), Col (\d+)\]/.exec(row.text);
      const severity = /^(Error|Warning|Info)/.exec(row.label);
      const code = /\(?([a-z]+(?:-[a-z]+)+)\)?\s*\[Ln/.exec(row.text.replace(/\n/g, ' '));
      if (!position || !severity) continue;
      problems.push({
        severity: severity[1].toLowerCase() as Problem['severity'],
        code: code ? code[1] : '',
        line: Number(position[1]),
        column: Number(position[2]),
        message: row.text.split('\n')[0],
        file,
      });
    }
    return problems;
  }

  /** Waits until the Problems panel shows exactly `expected` ("code@line" strings, any order). */
  async waitForProblems(expected: string[], timeoutMs = 30_000): Promise<Problem[]> {
    const want = [...expected].sort().join(', ');
    let seen = '';
    return waitUntil(
      async () => {
        const problems = await this.problems();
        seen = problems.map((p) => `${p.code}@${p.line}`).sort().join(', ');
        return seen === want ? problems : undefined;
      },
      () => `Problems panel shows [${seen}], expected [${want}]`,
      timeoutMs,
    );
  }

  /** The webview frame whose document matches `selector` (webviews are nested iframes). */
  async webviewFrame(selector: string, timeoutMs = 20_000): Promise<Frame> {
    return waitUntil(
      async () => {
        for (const frame of this.page.frames()) {
          if (frame === this.page.mainFrame()) continue;
          try {
            if (await frame.$(selector)) return frame;
          } catch {
            // frame detached while we looked
          }
        }
        return undefined;
      },
      () => `no webview shows ${selector}`,
      timeoutMs,
    );
  }
}
