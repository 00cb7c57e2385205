/**
 * A stand-in for the `vscode` module, enough to load the bundled extension in plain Node, activate
 * it, open a document and type into it. Every API call is recorded; event registrations keep their
 * listeners so the benchmark can fire them; unknown API returns a recording proxy.
 */
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';

/** The top-level names of the `vscode` API, read from its type declarations. */
function vscodeNames(): string[] {
  const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set<string>();
  for (const match of declarations.matchAll(/^\t(?:export )?(?:class|namespace|enum|const|function|let) (\w+)/gm)) names.add(match[1]);
  return [...names];
}

export interface FakeDocument {
  uri: { scheme: string; fsPath: string; path: string; toString(): string; with(change: { path?: string }): unknown };
  fileName: string;
  languageId: string;
  version: number;
  isClosed: boolean;
  isDirty: boolean;
  lineCount: number;
  getText(): string;
  positionAt(offset: number): { line: number; character: number };
  offsetAt(position: { line: number; character: number }): number;
  lineAt(line: number): { text: string; range: unknown };
}

export class FakeVscode {
  /** Every API path called, in order (e.g. `languages.registerHoverProvider`). */
  readonly calls: string[] = [];
  readonly listeners = new Map<string, ((event: unknown) => unknown)[]>();
  readonly documents: FakeDocument[] = [];
  /** How often the extension asked for document text: none before the first document opens. */
  textReads = 0;
  activeEditor: { document: FakeDocument; selection: unknown; visibleRanges: unknown[] } | undefined;
  readonly published = new Map<string, { version: number; count: number }>();
  /** Language feature providers as registered (`registerCodeLensProvider`, ...). */
  readonly providers: { kind: string; provider: unknown }[] = [];
  /** Functions that answer an API call the test decides (`window.showWarningMessage`), recorded in `calls` too. */
  readonly answers = new Map<string, (...args: unknown[]) => unknown>();
  /** Values the test decides for API properties (`env.remoteName`, `env.uiKind`), by path. */
  readonly values = new Map<string, unknown>();
  readonly api: unknown;

  constructor() {
    // A plain object with the module's top-level names, so that bundlers' ESM interop (which copies
    // own property names) sees them; each is a recording proxy.
    const api: Record<string, unknown> = {};
    for (const name of vscodeNames()) {
      Object.defineProperty(api, name, { enumerable: true, get: () => (this.values.has(name) ? this.values.get(name) : this.special(name) ?? this.proxy(name)) });
    }
    this.api = api;
  }

  /** Makes `require('vscode')` return the fake, for the bundle about to be loaded. */
  install(): () => void {
    const moduleWithResolve = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
    const original = moduleWithResolve._resolveFilename;
    const id = '/virtual/vscode.js';
    const fake = new Module(id);
    fake.exports = this.api;
    fake.loaded = true;
    (require.cache as Record<string, NodeModule>)[id] = fake as unknown as NodeModule;
    moduleWithResolve._resolveFilename = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? id : original.call(this, request, ...rest);
    };
    return () => {
      moduleWithResolve._resolveFilename = original;
      delete (require.cache as Record<string, NodeModule>)[id];
    };
  }

  fire(event: string, payload: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  openDocument(path: string, text: string): FakeDocument {
    let content = text;
    const fake = this;
    const lineStarts = () => {
      const starts = [0];
      for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
      return starts;
    };
    let starts = lineStarts();
    const document: FakeDocument & { setText(text: string): void } = {
      uri: { scheme: 'file', fsPath: path, path, toString: () => `file://${path}`, with: (change: { path?: string }) => ({ scheme: 'file', fsPath: change.path ?? path, path: change.path ?? path, toString: () => `file://${change.path ?? path}` }) },
      fileName: path,
      languageId: 'markdown',
      version: 1,
      isClosed: false,
      isDirty: false,
      get lineCount() {
        return starts.length;
      },
      getText() {
        fake.textReads++;
        return content;
      },
      positionAt(offset: number) {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
          const mid = (low + high + 1) >> 1;
          if (starts[mid] <= offset) low = mid;
          else high = mid - 1;
        }
        return { line: low, character: offset - starts[low] };
      },
      offsetAt(position) {
        return (starts[position.line] ?? content.length) + position.character;
      },
      lineAt(line: number) {
        const end = line + 1 < starts.length ? starts[line + 1] - 1 : content.length;
        return { text: content.slice(starts[line], end), range: {} };
      },
      setText(next: string) {
        content = next;
        starts = lineStarts();
        this.version++;
        this.isDirty = true;
      },
    };
    this.documents.push(document);
    this.activeEditor = { document, selection: { active: { line: 0, character: 0 } }, visibleRanges: [] };
    this.fire('workspace.onDidOpenTextDocument', document);
    this.fire('window.onDidChangeActiveTextEditor', this.activeEditor);
    return document;
  }

  private proxy(path: string): unknown {
    const fake = this;
    const target = function () {
      /* callable and constructible */
    };
    const assigned = new Map<string | symbol, unknown>();
    return new Proxy(target, {
      set(_target, property, value) {
        assigned.set(property, value);
        return true;
      },
      get(_target, property) {
        if (assigned.has(property)) return assigned.get(property);
        if (typeof property === 'symbol' || property === 'then') return undefined;
        const next = path ? `${path}.${property}` : property;
        if (fake.values.has(next)) return fake.values.get(next);
        return fake.special(next) ?? fake.proxy(next);
      },
      apply(_target, _this, args) {
        fake.calls.push(path);
        const name = path.slice(path.lastIndexOf('.') + 1);
        if (path.startsWith('languages.register')) fake.providers.push({ kind: name, provider: args[1] });
        if (/^onDid|^onWill/.test(name) && typeof args[0] === 'function') {
          const list = fake.listeners.get(path) ?? [];
          list.push(args[0] as (event: unknown) => unknown);
          fake.listeners.set(path, list);
          return { dispose: () => list.splice(list.indexOf(args[0] as (event: unknown) => unknown) >>> 0, 1) };
        }
        return fake.proxy(`${path}()`);
      },
      construct(_target, args) {
        fake.calls.push(`new ${path}`);
        return { __type: path, args, dispose() {} };
      },
    });
  }

  private special(path: string): unknown {
    const answer = this.answers.get(path);
    if (answer) {
      return (...args: unknown[]) => {
        this.calls.push(path);
        return answer(...args);
      };
    }
    switch (path) {
      case 'workspace.textDocuments':
        return this.documents;
      case 'workspace.workspaceFolders':
        return []; // a window without a folder (undefined would fall through to a proxy, which is not iterable)
      case 'workspace.getConfiguration':
        return () => ({ get: (_key: string, fallback?: unknown) => fallback, has: () => false, inspect: () => undefined, update: async () => undefined });
      case 'window.activeTextEditor':
        return this.activeEditor;
      case 'window.visibleTextEditors':
        return this.activeEditor ? [this.activeEditor] : [];
      case 'languages.match':
        return () => 0;
      case 'languages.createDiagnosticCollection':
        return () => this.diagnosticCollection();
      case 'EventEmitter':
        return class {
          private readonly handlers: ((value: unknown) => void)[] = [];
          event = (handler: (value: unknown) => void) => {
            this.handlers.push(handler);
            return { dispose: () => undefined };
          };
          fire(value: unknown) {
            for (const handler of this.handlers) handler(value);
          }
          dispose() {}
        };
      case 'Range':
        return FakeRange;
      case 'Uri.parse':
      case 'Uri.file':
        return (value: string) => ({ toString: () => value, fsPath: value, path: value, scheme: 'file' });
      case 'Uri.joinPath':
        return (base: { fsPath: string }, ...parts: string[]) => {
          const path = join(base.fsPath, ...parts);
          return { toString: () => `file://${path}`, fsPath: path, path, scheme: 'file', with: () => ({ toString: () => `file://${path}` }) };
        };
      default:
        return undefined;
    }
  }

  private diagnosticCollection(): unknown {
    const published = this.published;
    return {
      set: (uri: { toString(): string }, diagnostics: unknown[]) => {
        const document = this.documents.find((d) => d.uri.toString() === uri.toString());
        published.set(uri.toString(), { version: document?.version ?? -1, count: diagnostics.length });
      },
      delete: (uri: { toString(): string }) => published.delete(uri.toString()),
      clear: () => published.clear(),
      dispose: () => undefined,
    };
  }
}

type Position = { line: number; character: number };
const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Enough of `vscode.Range` for the code action providers: construction and intersection. */
class FakeRange {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? { line: a, character: b as number } : a;
    this.end = typeof a === 'number' ? { line: c!, character: d! } : (b as Position);
  }
  intersection(other: FakeRange): FakeRange | undefined {
    const start = before(this.start, other.start) ? other.start : this.start;
    const end = before(this.end, other.end) ? this.end : other.end;
    return before(end, start) ? undefined : new FakeRange(start, end);
  }
}
