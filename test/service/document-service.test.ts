import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRules } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { applyEdits } from '../../src/core/fix';
import { fixAll } from '../../src/core/fix-all';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { DocumentService, RequestQueue } from '../../src/core/service/document-service';
import type { DocumentInput, Request, Response } from '../../src/core/service/protocol';
import { FRONTMATTER } from '../renumber/helpers';

const host = { fileExists: () => true };
const EXAMPLE = join(__dirname, '..', '..', 'examples', 'egpa-cardiac-tamponade.md');
const REPORT = readFileSync(EXAMPLE, 'utf8');
const OUT_OF_ORDER = `${FRONTMATTER}Calciphylaxis is rare.^2^ Lupus.^1^ See Figure 1.

![Figure 1. Ulcer on the thigh.](images/ulcer.png)

## References

1. Alpha A. First.
2. Beta B. Second.
`;

function input(text: string, version = 1, extra: Partial<DocumentInput> = {}): DocumentInput {
  return { uri: 'file:///r/case.md', version, text, path: EXAMPLE, config: defaultConfig(), included: false, ...extra };
}

let nextId = 1;
function ask(service: DocumentService, method: Request['method'], params: unknown): Response {
  return service.handle({ id: nextId++, method, params } as Request);
}
const result = (response: Response) => {
  if (!('result' in response)) throw new Error(`no result: ${JSON.stringify(response)}`);
  return response.result as never;
};

describe('analysis service (what the worker thread answers)', () => {
  it('checks a case report with exactly the findings of the rules', () => {
    const service = new DocumentService(host);
    const analyzed = result(ask(service, 'analyze', input(REPORT))) as { caseReport: boolean; findings: unknown[] };
    const expected = runRules(parseDocument(REPORT, parseOptions(defaultConfig()), EXAMPLE), defaultConfig(), host);
    assert.equal(analyzed.caseReport, true);
    assert.ok(expected.length > 0, 'the example report has its intentional findings');
    assert.deepEqual(analyzed.findings, expected);
  });

  it('parses other Markdown files for the preview but reports nothing on them, unless a glob includes them', () => {
    const service = new DocumentService(host);
    const notes = 'Meeting notes: see ref 3 [1].\n';
    assert.deepEqual(result(ask(service, 'analyze', input(notes))), { caseReport: false, findings: [] });
    assert.deepEqual(result(ask(service, 'counts', { uri: 'file:///r/case.md', version: 1 })), []);
    assert.match((result(ask(service, 'render', { uri: 'file:///r/case.md', version: 1, images: {}, sourceLines: false })) as { html: string }).html, /Meeting notes/);
    const included = result(ask(service, 'analyze', input(notes, 2, { included: true }))) as { caseReport: boolean; findings: { code: string }[] };
    assert.equal(included.caseReport, true);
    assert.ok(included.findings.some((f) => f.code === 'section-missing'));
  });

  it('answers stale for a version it does not have, and never goes back to an older one', () => {
    const service = new DocumentService(host);
    result(ask(service, 'analyze', input(REPORT, 5)));
    assert.deepEqual(ask(service, 'lenses', { uri: 'file:///r/case.md', version: 4 }), { id: nextId - 1, stale: true });
    assert.deepEqual(ask(service, 'analyze', input(REPORT, 3)), { id: nextId - 1, stale: true });
    assert.deepEqual(ask(service, 'hover', { uri: 'file:///r/other.md', version: 1, offset: 0 }), { id: nextId - 1, stale: true });
    ask(service, 'close', { uri: 'file:///r/case.md' });
    assert.deepEqual(ask(service, 'lenses', { uri: 'file:///r/case.md', version: 5 }), { id: nextId - 1, stale: true });
  });

  it('checks a version again with the settings it comes with', () => {
    const service = new DocumentService(host);
    const before = result(ask(service, 'analyze', input(REPORT))) as { findings: { code: string }[] };
    const off = defaultConfig();
    off.rules = { ...off.rules, 'phi-age': 'off', 'phi-date': 'off', 'phi-contact': 'off', 'phi-identifier': 'off', 'phi-name': 'off', 'phi-place': 'off' };
    const after = result(ask(service, 'analyze', input(REPORT, 1, { config: off }))) as { findings: { code: string }[] };
    assert.deepEqual(after.findings, runRules(parseDocument(REPORT, parseOptions(off), EXAMPLE), off, host));
    assert.ok(before.findings.length >= after.findings.length);
  });

  it('parses a version again when its parse options change: Vancouver brackets off', () => {
    const service = new DocumentService(host);
    const text = `${FRONTMATTER}Lupus is rare [1].

## References

1. Alpha A. First.
`;
    const codes = (config = defaultConfig()) => (result(ask(service, 'analyze', input(text, 1, { config }))) as { findings: { code: string }[] }).findings.map((f) => f.code);
    assert.ok(!codes().includes('reference-uncited'));
    assert.ok(codes(defaultConfig({ citations: { brackets: false } })).includes('reference-uncited'));
    assert.ok(!codes().includes('reference-uncited'));
  });

  it('answers frontmatter hovers and completion from the parsed version, for any Markdown file', () => {
    const service = new DocumentService(host);
    const text = '---\ntitle: A case\ncategory: \n---\n\nText.\n';
    result(ask(service, 'analyze', input(text, 1, { included: false })));
    const hover = result(ask(service, 'frontmatterHover', { uri: 'file:///r/case.md', version: 1, offset: text.indexOf('title') + 2 })) as { markdown: string; span: { start: number; end: number } };
    assert.deepEqual(hover.span, { start: text.indexOf('title'), end: text.indexOf('title') + 5 });
    assert.match(hover.markdown, /title/i);
    assert.equal(result(ask(service, 'frontmatterHover', { uri: 'file:///r/case.md', version: 1, offset: text.indexOf('Text') })), undefined);
    const offset = text.indexOf('category: ') + 'category: '.length;
    const labels = (result(ask(service, 'frontmatterCompletion', { uri: 'file:///r/case.md', version: 1, offset })) as { label: string }[]).map((c) => c.label);
    assert.ok(labels.includes('Systemic Lupus Erythematosus'), labels.join(', '));
    assert.deepEqual(result(ask(service, 'frontmatterCompletion', { uri: 'file:///r/case.md', version: 1, offset: text.indexOf('Text') })), []);
  });

  it('gives Fix all as one edit that makes the text what `casereport fix` writes', () => {
    const service = new DocumentService(host);
    result(ask(service, 'analyze', input(OUT_OF_ORDER)));
    const edit = result(ask(service, 'fixAll', { uri: 'file:///r/case.md', version: 1 })) as { start: number; end: number; newText: string };
    assert.equal(applyEdits(OUT_OF_ORDER, [edit]).text, fixAll(OUT_OF_ORDER, defaultConfig(), host, EXAMPLE).text);
    assert.ok(edit.end - edit.start < OUT_OF_ORDER.length, 'only the part that changes');
    result(ask(service, 'analyze', input(applyEdits(OUT_OF_ORDER, [edit]).text, 2)));
    assert.equal(result(ask(service, 'fixAll', { uri: 'file:///r/case.md', version: 2 })), undefined, 'nothing left to fix');
  });

  it('plans renumbering, and says when nothing would change', () => {
    const service = new DocumentService(host);
    result(ask(service, 'analyze', input(OUT_OF_ORDER)));
    const planned = result(ask(service, 'renumber', { uri: 'file:///r/case.md', version: 1, what: 'references' })) as { fix: { edits: never[] } };
    assert.match(applyEdits(OUT_OF_ORDER, planned.fix.edits).text, /rare\.\^1\^ Lupus\.\^2\^/);
    assert.deepEqual(Object.keys(result(ask(service, 'renumber', { uri: 'file:///r/case.md', version: 1, what: 'floats' }))), ['unchanged']);
  });

  it('names the local images it met, and uses the URIs it is given for them', () => {
    const service = new DocumentService(host);
    result(ask(service, 'analyze', input(OUT_OF_ORDER)));
    const first = result(ask(service, 'render', { uri: 'file:///r/case.md', version: 1, images: {}, sourceLines: true })) as { html: string; unresolved: string[]; title: string };
    assert.deepEqual(first.unresolved, ['images/ulcer.png']);
    assert.equal(first.title, 'Case Report: Calciphylaxis in lupus');
    const second = result(ask(service, 'render', { uri: 'file:///r/case.md', version: 1, images: { 'images/ulcer.png': 'https://webview/ulcer.png' }, sourceLines: true })) as { html: string; unresolved: string[] };
    assert.deepEqual(second.unresolved, []);
    assert.match(second.html, /src="https:\/\/webview\/ulcer\.png"/);
  });

  it('answers the same render question again without rendering (a preview opened again), and a new question or a new analysis with a render', () => {
    let lookups = 0;
    const service = new DocumentService({ fileExists: () => (lookups++, true) });
    result(ask(service, 'analyze', input(OUT_OF_ORDER)));
    const at = { uri: 'file:///r/case.md', version: 1 };
    const images = { 'images/ulcer.png': 'https://webview/ulcer.png' };
    const render = (params: object) => result(ask(service, 'render', { ...at, sourceLines: true, lazyImages: true, ...params })) as { html: string };
    const first = render({ images });
    const asked = lookups;
    assert.ok(asked > 0, 'the render looked the figure file up');
    assert.equal(render({ images: { ...images } }), first, 'the same answer');
    assert.equal(lookups, asked, 'not rendered again');
    assert.doesNotMatch(render({ images: {} }).html, /webview\/ulcer/, 'other images: rendered again');
    assert.equal(lookups, asked + 1);
    assert.doesNotMatch(render({ images, lazyImages: false }).html, /loading="lazy"/, 'other options: rendered again');
    ask(service, 'clear', {});
    result(ask(service, 'analyze', input(OUT_OF_ORDER)));
    const before = lookups;
    render({ images });
    assert.ok(lookups > before, 'a new analysis (the house style or a file changed) renders again');
  });

  it('names the figure files a report depends on, and sees one added once the extension clears its analyses', () => {
    const onDisk = new Set<string>();
    const service = new DocumentService({ fileExists: (path) => onDisk.has(path) });
    const path = '/cases/lupus/case.md';
    const analyze = () => result(ask(service, 'analyze', input(OUT_OF_ORDER, 1, { path }))) as { findings: { code: string }[]; files?: string[] };
    const render = () => (result(ask(service, 'render', { uri: 'file:///r/case.md', version: 1, images: {}, sourceLines: false })) as { html: string }).html;
    const missing = analyze();
    assert.deepEqual(missing.files, ['/cases/lupus/images/ulcer.png']);
    assert.ok(missing.findings.some((f) => f.code === 'figure-file'));
    assert.match(render(), /<span class="cr-image-missing"[^>]*>images\/ulcer\.png not found<\/span><figcaption>/);
    onDisk.add('/cases/lupus/images/ulcer.png');
    ask(service, 'clear', {});
    assert.deepEqual(analyze().findings.filter((f) => f.code === 'figure-file'), []);
    assert.match(render(), /<img src="images\/ulcer\.png"/);
  });

  it('answers hover, definition, references, completion and CodeLens from the same parse', () => {
    const service = new DocumentService(host);
    result(ask(service, 'analyze', input(OUT_OF_ORDER)));
    const at = { uri: 'file:///r/case.md', version: 1 };
    const cite = OUT_OF_ORDER.indexOf('^2^') + 1;
    const hover = result(ask(service, 'hover', { ...at, offset: cite })) as { markdown: string };
    assert.equal(hover.markdown, '**2.** Beta B. Second.');
    const definition = result(ask(service, 'definition', { ...at, offset: cite })) as { targets: { span: { start: number } }[] };
    assert.equal(definition.targets[0].span.start, OUT_OF_ORDER.indexOf('2. Beta'));
    const entry = OUT_OF_ORDER.indexOf('1. Alpha');
    const references = result(ask(service, 'references', { ...at, offset: entry, includeDeclaration: false })) as { start: number }[];
    assert.deepEqual(references.map((s) => s.start), [OUT_OF_ORDER.indexOf('^1^') + 1]);
    const lenses = result(ask(service, 'lenses', at)) as { number: number; places: unknown[] }[];
    assert.deepEqual(lenses.map((l) => [l.number, l.places.length]), [[1, 1], [2, 1]]);
    const typing = OUT_OF_ORDER.indexOf(' Lupus');
    const completion = result(ask(service, 'completion', { ...at, offset: typing, linePrefix: 'Calciphylaxis is rare.^' })) as { items: { label: string }[] };
    assert.deepEqual(completion.items.map((i) => i.label), ['1', '2']);
  });
});

describe('analysis request queue', () => {
  function queue() {
    const replies: Response[] = [];
    const tasks: (() => void)[] = [];
    const service = new DocumentService(host);
    const q = new RequestQueue(service, (r) => replies.push(r), (run) => tasks.push(run));
    const drain = () => {
      while (tasks.length > 0) tasks.shift()!();
    };
    return { q, replies, drain };
  }

  it('skips an analysis, and the questions about it, when a newer version is already waiting', () => {
    const { q, replies, drain } = queue();
    q.push({ id: 1, method: 'analyze', params: input(REPORT, 1) });
    q.push({ id: 2, method: 'counts', params: { uri: 'file:///r/case.md', version: 1 } });
    q.push({ id: 3, method: 'analyze', params: input(REPORT, 2) });
    q.push({ id: 4, method: 'counts', params: { uri: 'file:///r/case.md', version: 2 } });
    drain();
    assert.deepEqual(replies.slice(0, 2), [
      { id: 1, stale: true },
      { id: 2, stale: true },
    ]);
    assert.ok('result' in replies[2] && 'result' in replies[3]);
    assert.equal(replies.length, 4);
  });

  it('answers one request per task, so newer requests can arrive in between', () => {
    const { q, replies, drain } = queue();
    q.push({ id: 1, method: 'analyze', params: input(REPORT, 1) });
    q.push({ id: 2, method: 'analyze', params: input(REPORT, 1, { uri: 'file:///r/other.md' }) });
    assert.equal(replies.length, 0, 'nothing is done inside push');
    drain();
    assert.deepEqual(replies.map((r) => r.id), [1, 2]);
    assert.ok(replies.every((r) => 'result' in r));
  });

  it('reports an error as a response instead of dying', () => {
    const { q, replies, drain } = queue();
    q.push({ id: 1, method: 'analyze', params: { ...input(REPORT), config: undefined as never } });
    drain();
    assert.ok('error' in replies[0]);
  });
});
