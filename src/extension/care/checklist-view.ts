import * as vscode from 'vscode';
import { careChecklistMarkdown, type CareEvidence, type CareItemResult, type CareStatus, type CareSubItemResult } from '../../core';
import type { AnalysisCache } from '../analysis';
import { debounceMs } from '../settings';

export const CARE_VIEW_ID = 'casereport.careChecklist';
export const COPY_COMMAND = 'casereport.care.copyMarkdown';
export const REVEAL_COMMAND = 'casereport.care.reveal';
/** True while the active editor holds a case report: shows the view and the copy command. */
export const ACTIVE_CONTEXT = 'casereport.activeCaseReport';

type Node = { kind: 'item'; item: CareItemResult } | { kind: 'sub'; sub: CareSubItemResult; parent: CareItemResult };

const ICON: Record<CareStatus, vscode.ThemeIcon> = {
  present: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  review: new vscode.ThemeIcon('question', new vscode.ThemeColor('editorWarning.foreground')),
  missing: new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('editorWarning.foreground')),
};
const STATUS_TEXT: Record<CareStatus, string> = { present: 'present', review: 'check', missing: 'missing' };

/**
 * The CARE checklist of the active case report in the Explorer: the 13 items with their
 * sub-items, each present, missing or to check, with the evidence found; clicking jumps to it.
 */
export class CareChecklistProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private results: CareItemResult[] = [];
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache) {
    this.subscriptions = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('casereport')) this.update();
      }),
    ];
    this.update();
  }

  /** The active case report's checklist, recomputed from the shared analysis. */
  async update(): Promise<void> {
    clearTimeout(this.timer);
    const document = vscode.window.activeTextEditor?.document;
    const results = document ? await this.cache.query(document, 'care', {}).catch(logged) : [];
    // A newer update (another editor, another version) has the last word.
    if (results === undefined || this.disposed || vscode.window.activeTextEditor?.document !== document) return;
    const caseReport = results.length > 0;
    this.document = caseReport ? document : undefined;
    this.results = results;
    void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT, caseReport);
    this.changed.fire(undefined);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), debounceMs());
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.results.map((item) => ({ kind: 'item', item }));
    if (node.kind === 'item') return node.item.subResults.map((sub) => ({ kind: 'sub', sub, parent: node.item }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'item') {
      const { item } = node;
      const tree = new vscode.TreeItem(`${item.number}. ${item.topic}`, item.subResults.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      tree.id = `care-${item.number}`;
      tree.iconPath = ICON[item.status];
      tree.description = describe(item.status, item.evidence);
      tree.tooltip = tooltip(`${item.number}. ${item.topic}`, item.description, item.status, item.evidence, item.note);
      tree.command = this.reveal(item.evidence);
      tree.contextValue = `care-${item.status}`;
      return tree;
    }
    const { sub } = node;
    const tree = new vscode.TreeItem(`${sub.id.replace(/^\d+/, '')}) ${sub.text}`, vscode.TreeItemCollapsibleState.None);
    tree.id = `care-${sub.id}`;
    tree.iconPath = ICON[sub.status];
    tree.description = describe(sub.status, sub.evidence);
    tree.tooltip = tooltip(`${sub.id}`, sub.text, sub.status, sub.evidence, sub.status === 'review' ? 'Not recognised automatically: check that the text covers it.' : undefined);
    tree.command = this.reveal(sub.evidence);
    return tree;
  }

  private reveal(evidence: CareEvidence | undefined): vscode.Command | undefined {
    if (!evidence || !this.document) return undefined;
    return { title: 'Go to evidence', command: REVEAL_COMMAND, arguments: [this.document.uri, evidence.start, evidence.end] };
  }

  /** The checklist as a Markdown table, for the submission form. */
  markdown(): string | undefined {
    if (!this.document || this.results.length === 0) return undefined;
    return careChecklistMarkdown(this.results, vscode.workspace.asRelativePath(this.document.uri));
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}

/** A failed analysis is logged; the view keeps what it showed. */
function logged(error: unknown): undefined {
  console.error('casereport: CARE checklist failed', error);
  return undefined;
}

function describe(status: CareStatus, evidence: CareEvidence | undefined): string {
  if (!evidence) return STATUS_TEXT[status];
  const label = evidence.label.length > 48 ? `${evidence.label.slice(0, 47).trimEnd()}…` : evidence.label;
  return `${label} · line ${evidence.line + 1}`;
}

function tooltip(title: string, text: string, status: CareStatus, evidence: CareEvidence | undefined, note: string | undefined): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${title}** — ${STATUS_TEXT[status]}\n\n`);
  md.appendText(text);
  if (evidence) md.appendMarkdown(`\n\nFound: `).appendText(`${evidence.label} (line ${evidence.line + 1})`);
  if (note) md.appendMarkdown('\n\n').appendText(note);
  return md;
}

export function registerCareChecklist(context: vscode.ExtensionContext, cache: AnalysisCache): CareChecklistProvider {
  const provider = new CareChecklistProvider(cache);
  const view = vscode.window.createTreeView(CARE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: vscode.Uri, start: number, end: number) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
      const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand(COPY_COMMAND, async () => {
      await provider.update();
      const markdown = provider.markdown();
      if (!markdown) {
        void vscode.window.showInformationMessage('Open a case report (a Markdown file whose frontmatter has a title and authors) to copy its CARE checklist.');
        return;
      }
      await vscode.env.clipboard.writeText(markdown);
      void vscode.window.showInformationMessage('CARE checklist copied as a Markdown table.');
    }),
  );
  return provider;
}
