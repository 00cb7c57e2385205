import * as vscode from 'vscode';
import type { Count } from '../core';
import type { AnalysisCache } from './analysis';
import { debounceMs } from './settings';

const number = (n: number) => n.toLocaleString('en-US');

/** "1,412 / 2,000 words" for the active case report; warning colours over the limit; every count in the tooltip. */
export class WordCountStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('casereport.words', vscode.StatusBarAlignment.Right, 100);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache) {
    this.item.name = 'Case report word count';
    this.item.command = 'casereport.careChecklist.focus';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document !== vscode.window.activeTextEditor?.document) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.update(), debounceMs());
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('casereport')) this.update();
      }),
    ];
    this.update();
  }

  /** Recounts the active editor's document (in the analysis worker) and shows the counts if it is still active and unchanged. */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      this.item.hide();
      return;
    }
    const version = document.version;
    this.cache.query(document, 'counts', {}).then(
      (counts) => {
        if (this.disposed || vscode.window.activeTextEditor?.document !== document || document.version !== version) return;
        this.show(counts ?? []);
      },
      (error: unknown) => console.error('casereport: word count failed', error),
    );
  }

  private show(counts: Count[]): void {
    if (counts.length === 0) {
      // Not a case report.
      this.item.hide();
      return;
    }
    const words = counts[0];
    const over = counts.filter((c) => c.value !== undefined && c.value > c.limit);
    const wordsOver = (words.value ?? 0) > words.limit;
    // The item is about words: it turns to the warning colour when the body is too long; any other
    // count over its limit adds a warning icon, and the tooltip says which.
    const othersOver = over.some((c) => c.name !== 'words');
    this.item.text = `$(book) ${number(words.value ?? 0)} / ${number(words.limit)} words${othersOver ? ' $(warning)' : ''}`;
    this.item.backgroundColor = wordsOver ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip = tooltip(counts, wordsOver);
    this.item.accessibilityInformation = { label: `${number(words.value ?? 0)} of ${number(words.limit)} words${over.length ? `; over the limit: ${over.map((c) => c.label.toLowerCase()).join(', ')}` : ''}` };
    this.item.show();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function tooltip(counts: Count[], wordsOver: boolean): vscode.MarkdownString {
  const rows = counts.map((c) => {
    const value = c.value === undefined ? '—' : number(c.value);
    const flag = c.value !== undefined && c.value > c.limit ? ' $(warning)' : '';
    return `| ${c.label} | ${value} | ${number(c.limit)}${flag} |`;
  });
  const md = new vscode.MarkdownString(
    [
      '**Case report counts** (house style limits)',
      '',
      '| | count | limit |',
      '| --- | ---: | ---: |',
      ...rows,
      '',
      wordsOver ? 'The body is over the word limit.' : 'Body words exclude the frontmatter, abstract, headings, captions, tables and references.',
    ].join('\n'),
    true,
  );
  return md;
}
