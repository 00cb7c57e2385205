import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { FileWatcher } from './file-watcher';
import { log } from './log';
import { defaultConfig, preset, PRESET_NAMES, HOUSE_STYLE_FILE_NAMES, resolveHouseStyle, RULE_CODES, type CheckConfig, type HouseStyle, type HouseStyleFiles, type HouseStyleProblem, type ResolvedHouseStyle, type SeveritySetting } from '../core';

/** House-style files read from disk; a missing or unreadable one is absent. */
const diskFiles: HouseStyleFiles = {
  readFile(path) {
    try {
      return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
};

/** Effective house styles by folder; cleared whenever a house-style file changes. */
const houseStyles = new Map<string, ResolvedHouseStyle>();
/** The keys of `houseStyles` whose files and problems are logged and shown (publishHouseStyle). */
const published = new Set<string>();
let problemsCollection: vscode.DiagnosticCollection | undefined;

/**
 * The check configuration for a document: the user's settings over its effective house style.
 * No side effect but the cache of house styles (publishHouseStyle shows their problems). Plain data: VS Code hands out setting objects as read-only proxies, which cannot be posted to
 * the analysis worker, so they are copied.
 */
export function configFor(document: vscode.TextDocument): CheckConfig {
  const settings = vscode.workspace.getConfiguration('casereport', document.uri);
  return defaultConfig({
    houseStyle: houseStyleFor(document),
    rules: { ...settings.get<Record<string, SeveritySetting>>('rules', {}) },
    citations: { brackets: settings.get<boolean>('citations.brackets', true) },
    privacy: { allow: [...settings.get<string[]>('privacy.allow', [])] },
  });
}

/**
 * The house style of a document: the nearest `.casereport.json`/`.yaml` in its folder or above,
 * else the preset named by the `casereport.houseStyle` setting (default `magazine`).
 */
function houseStyleFor(document: vscode.TextDocument): HouseStyle {
  const fallback = fallbackName(document);
  return resolvedFor(document, fallback)?.style ?? preset(fallback) ?? preset('magazine')!;
}

/**
 * Shows where the document's house style comes from: once per folder (until a house-style file
 * changes), the files in the log and their problems on those files.
 */
export function publishHouseStyle(document: vscode.TextDocument): void {
  const fallback = fallbackName(document);
  const resolved = resolvedFor(document, fallback);
  if (!resolved) return;
  const folder = dirname(document.uri.fsPath);
  const key = `${fallback}|${folder}`;
  if (published.has(key)) return;
  published.add(key);
  log.info(
    resolved.files.length > 0
      ? `House style for ${folder}: ${resolved.files.join(' < ')}${resolved.problems.length > 0 ? ` (${resolved.problems.length} problem(s), shown on the file)` : ''}`
      : `House style for ${folder}: the "${fallback}" preset`,
  );
  publishProblems(resolved);
}

function fallbackName(document: vscode.TextDocument): string {
  return vscode.workspace.getConfiguration('casereport', document.uri).get<string>('houseStyle', 'magazine');
}

/** The effective house style of a file on disk (cached by folder); undefined for other documents. */
function resolvedFor(document: vscode.TextDocument, fallback: string): ResolvedHouseStyle | undefined {
  if (document.uri.scheme !== 'file') return undefined;
  const key = `${fallback}|${dirname(document.uri.fsPath)}`;
  let resolved = houseStyles.get(key);
  if (!resolved) {
    resolved = resolveHouseStyle({ documentPath: document.uri.fsPath, fallback: PRESET_NAMES.includes(fallback) ? fallback : 'magazine', files: diskFiles, knownRules: RULE_CODES });
    houseStyles.set(key, resolved);
  }
  return resolved;
}

/**
 * Problems in house-style files, shown on those files. VS Code already validates `.casereport.json`
 * against the schema (contributes.jsonValidation), so for JSON only what the schema cannot know is
 * added (a missing `extends` target, a loop, an unknown rule); YAML files get everything, since the
 * schema only reaches them with the YAML extension installed.
 */
function publishProblems(resolved: ResolvedHouseStyle): void {
  if (!problemsCollection) return;
  for (const file of resolved.files) {
    const mine = resolved.problems.filter((p) => p.file === file && (!/\.json$/i.test(file) || !p.fromSchema));
    problemsCollection.set(vscode.Uri.file(file), mine.map(toDiagnostic));
  }
}

function toDiagnostic(problem: HouseStyleProblem): vscode.Diagnostic {
  const { start, end } = problem.range;
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(start.line, start.character, end.line, end.character),
    problem.message,
    problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'casereport';
  return diagnostic;
}

function isHouseStyleFile(uri: vscode.Uri): boolean {
  return (HOUSE_STYLE_FILE_NAMES as readonly string[]).some((name) => uri.path.endsWith(`/${name}`));
}

/**
 * Picks up edits to house-style files without a reload: when one is created, changed (saved) or
 * deleted, the cached styles and analyses are dropped and every open report is checked again.
 */
export function watchHouseStyles(onChange: () => void): vscode.Disposable {
  problemsCollection = vscode.languages.createDiagnosticCollection('casereport-house-style');
  const changed = () => {
    houseStyles.clear();
    published.clear();
    problemsCollection?.clear();
    onChange();
  };
  const files = new FileWatcher(changed);
  // One pattern per workspace folder: a bare glob got no events for a file rewritten outside the
  // editor (code-server 1.139, seen end to end), only the save below.
  const watchFolder = (folder: vscode.WorkspaceFolder) => files.watchPattern(new vscode.RelativePattern(folder, `**/{${HOUSE_STYLE_FILE_NAMES.join(',')}}`));
  for (const folder of vscode.workspace.workspaceFolders ?? []) watchFolder(folder);
  const collection = problemsCollection;
  return vscode.Disposable.from(
    files,
    vscode.workspace.onDidChangeWorkspaceFolders((event) => event.added.forEach(watchFolder)),
    // Files outside the workspace folders are not watched; a save in the editor still counts.
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (isHouseStyleFile(document.uri)) changed();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('casereport.houseStyle')) {
        houseStyles.clear();
        published.clear();
      }
    }),
    collection,
    { dispose: () => ((problemsCollection = undefined), houseStyles.clear(), published.clear()) },
  );
}

export function debounceMs(): number {
  return vscode.workspace.getConfiguration('casereport').get<number>('validate.debounceMs', 250);
}
