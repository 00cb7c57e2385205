import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');
export const INJECTION_PATH = join(ROOT, 'syntaxes', 'casereport.injection.tmLanguage.json');
export const INJECTION_SCOPE = 'text.casereport.markdown.injection';

let onigReady: Promise<void> | undefined;

function loadOniguruma(): Promise<void> {
  onigReady ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  })();
  return onigReady;
}

/** VS Code's own Markdown grammar, when a VS Code (or code-server) install is around. */
export function findVsCodeMarkdownGrammar(): string | undefined {
  const candidates = [process.env.VSCODE_MARKDOWN_GRAMMAR ?? ''];
  const cache = join(ROOT, '.cache', 'e2e');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)) {
      candidates.push(join(cache, dir, 'node_modules', 'code-server', 'lib', 'vscode', 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'));
    }
  }
  candidates.push('/usr/share/code/resources/app/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');
  return candidates.find((path) => path !== '' && existsSync(path));
}

/** A grammar registry that injects ours into Markdown, as `injectTo: text.html.markdown` does in VS Code. */
export async function loadGrammar(basePath: string): Promise<IGrammar> {
  await loadOniguruma();
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === 'text.html.markdown') return parseRawGrammar(readFileSync(basePath, 'utf8'), basePath);
      if (scopeName === INJECTION_SCOPE) return parseRawGrammar(readFileSync(INJECTION_PATH, 'utf8'), INJECTION_PATH);
      // Embedded languages (YAML, HTML, code blocks) get an empty stub: their own scopes do not
      // matter here, only that Markdown's rules that include them still apply.
      return parseRawGrammar(JSON.stringify({ scopeName, patterns: [] }), `${scopeName}.json`);
    },
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error(`could not load ${basePath}`);
  return grammar;
}

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

export function tokenize(grammar: IGrammar, text: string): Token[] {
  const tokens: Token[] = [];
  let state = INITIAL;
  text.split(/\r?\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) tokens.push({ line: index, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    state = result.ruleStack;
  });
  return tokens;
}
