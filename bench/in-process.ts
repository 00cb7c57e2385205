/**
 * In-process measures on one generated report: the engine (model parse, all rules, preview render,
 * a full preview update for an edit) beside a bare markdown-it parse and render of the same text
 * and markdownlint's default rules. Medians of repeated runs after a warm-up.
 */
import { existsSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { runRules } from '../src/core/check';
import { defaultConfig } from '../src/core/config';
import { parseDocument, type DocumentModel } from '../src/core/model';
import { parseOptions } from '../src/core/parse-options';
import type { Host } from '../src/core/rule';
import { renderArticle } from '../src/core/render/article';
import { measureRoundRobin, prepared, type Timing, type TimingOptions } from './timing';

export interface InProcessResult {
  bytes: number;
  lines: number;
  words: number;
  findings: number;
  markdownItParse: Timing;
  markdownItRender: Timing;
  markdownlint: Timing;
  markdownlintFindings: number;
  modelParse: Timing;
  rules: Timing;
  /** Model parse and all rules: what `check` and the diagnostics do. */
  check: Timing;
  /** The article HTML from an already parsed model. */
  renderFromModel: Timing;
  /** Model parse and the article HTML: what the preview does for a text. */
  preview: Timing;
  /** One keystroke in the middle of the text, then parse, all rules and the article again. */
  previewUpdate: Timing;
  /** Heap the model keeps alive, and that divided by the document's UTF-8 size. */
  modelBytes: number;
  modelBytesPerDocumentByte: number;
}

type LintSync = (options: { strings: Record<string, string>; config: Record<string, unknown> }) => Record<string, unknown[]>;

let markdownlint: LintSync | undefined;
/** markdownlint 0.37 is ESM only: loaded once, before measuring. */
export async function loadMarkdownlint(): Promise<void> {
  const specifier = 'markdownlint/sync'; // not resolvable under the project's CommonJS module setting
  const module = (await import(specifier)) as { lint: LintSync };
  markdownlint = module.lint;
}

const host: Host = { fileExists: (path) => existsSync(path) };

export function measureInProcess(text: string, path: string, words: number, options: TimingOptions = {}): InProcessResult {
  if (!markdownlint) throw new Error('call loadMarkdownlint() first');
  const lint = markdownlint;
  const config = defaultConfig();
  // A bare markdown-it with the project's options (CommonMark, GFM tables, HTML allowed), no plugins.
  const bare = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

  const model = parseDocument(text, parseOptions(config), path);
  const findings = runRules(model, config, host).length;
  const middle = nearParagraphMiddle(text);

  const lintResult = lint({ strings: { doc: text }, config: { default: true } });
  let keystroke = 0;
  const edited = () => text.slice(0, middle) + 'abcdefghij'[keystroke++ % 10] + text.slice(middle);
  const timings = measureRoundRobin(
    {
      markdownItParse: () => bare.parse(text, {}),
      markdownItRender: () => bare.render(text),
      markdownlint: () => lint({ strings: { doc: text }, config: { default: true } }),
      modelParse: () => parseDocument(text, parseOptions(config), path),
      // On a fresh model each time (parsed untimed): the rules also build the texts they share.
      rules: prepared(() => parseDocument(text, parseOptions(config), path), (fresh: DocumentModel) => runRules(fresh, config, host)),
      check: () => runRules(parseDocument(text, parseOptions(config), path), config, host),
      renderFromModel: () => renderArticle(model, { config }),
      preview: () => renderArticle(parseDocument(text, parseOptions(config), path), { config }),
      previewUpdate: () => {
        const next = parseDocument(edited(), parseOptions(config), path);
        runRules(next, config, host);
        renderArticle(next, { config });
      },
    },
    options,
  );
  const result: InProcessResult = {
    bytes: Buffer.byteLength(text),
    lines: model.source.lineCount,
    words,
    findings,
    markdownlintFindings: lintResult.doc.length,
    ...timings,
    ...modelMemory(text, config, path),
  };
  return result;
}

/** An offset inside prose near the middle of the text, where an author would be typing. */
function nearParagraphMiddle(text: string): number {
  const at = text.indexOf(' the ', text.length >> 1);
  return at === -1 ? text.length >> 1 : at + 1;
}

declare const gc: (() => void) | undefined;
const retained: unknown[] = [];

/** Heap retained by one model (tokens, prose, citations, ...), measured with `--expose-gc`. */
function modelMemory(text: string, config: ReturnType<typeof defaultConfig>, path: string): { modelBytes: number; modelBytesPerDocumentByte: number } {
  if (typeof gc !== 'function') return { modelBytes: NaN, modelBytesPerDocumentByte: NaN };
  // Several models at once, so that small documents rise above the heap's noise.
  const copies = Math.max(1, Math.min(50, Math.floor(2_000_000 / text.length)));
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    // Copies of the text, so the models' strings are not shared with the caller's.
    for (let c = 0; c < copies; c++) retained.push(parseDocument((' ' + text).slice(1), parseOptions(config), path));
    gc();
    samples.push((process.memoryUsage().heapUsed - before) / copies);
    retained.length = 0;
  }
  const modelBytes = Math.min(...samples);
  return { modelBytes, modelBytesPerDocumentByte: modelBytes / Buffer.byteLength(text) };
}
