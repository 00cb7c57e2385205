// A structured abstract (the frontmatter `abstract` as a mapping of labelled parts, or one string
// with run-in labels) is accepted by the schema and set the same way by every output: one
// paragraph per part, its label a bold run-in head, in the preview/render (hence PDF and Export
// HTML) and in the Word manuscript; its text is read by the checks like a plain abstract.
import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../src/core/config';
import { buildDocx } from '../../src/core/export';
import { MAGAZINE } from '../../src/core/house-styles';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { checkText } from '../../src/core/check';
import { DocxFile } from '../export/docx-reader';
import { checkFrontmatter, report, VALID } from '../frontmatter/helpers';
import { render } from './helpers';

const MAPPING = [
  'abstract:',
  '  Introduction: Cardiac involvement is the leading cause of death in *eosinophilic* granulomatosis.',
  '  Case Presentation: >',
  '    A woman in her 40s presented with tamponade',
  '    and eosinophilia.',
  '  Conclusion: Unexplained pericardial effusion should prompt a search for vasculitis.',
];
const PARTS = [
  ['Introduction', 'Cardiac involvement is the leading cause of death in eosinophilic granulomatosis.'],
  ['Case Presentation', 'A woman in her 40s presented with tamponade and eosinophilia.'],
  ['Conclusion', 'Unexplained pericardial effusion should prompt a search for vasculitis.'],
];
const ONE_STRING = ['abstract: >', '  Background: EGPA is rare. Case presentation: A woman had tamponade.', '  Conclusions: Think of EGPA.'];

function withAbstract(lines: string[]): string {
  return `---\ntitle: Tamponade\nauthors:\n  - name: Ann Lee\n${lines.join('\n')}\n---\n\n## Introduction\n\nText.\n`;
}

/** The abstract's paragraphs as the page shows them: [label, text] (tags removed). */
function renderedParts(text: string): string[][] {
  const { html } = render(text);
  const abstract = /<div class="cr-abstract">([\s\S]*?)<\/div>/.exec(html)?.[1];
  assert.ok(abstract, 'no abstract on the page');
  return [...abstract.matchAll(/<p>(?:<strong class="cr-abstract-head">([^<]*):<\/strong> )?([\s\S]*?)<\/p>/g)].map((m) => [m[1] ?? '', m[2].replace(/<[^>]+>/g, '')]);
}

async function wordParts(text: string): Promise<string[][]> {
  const config = defaultConfig();
  const { bytes } = await buildDocx(parseDocument(text, parseOptions(config), '/r/case.md'), { config });
  const paragraphs = new DocxFile(bytes).paragraphs();
  const start = paragraphs.findIndex((p) => p.text === 'Abstract');
  const end = paragraphs.findIndex((p, i) => i > start && /^Heading/.test(p.style ?? ''));
  return paragraphs.slice(start + 1, end).map((p) => (p.runs[0].bold ? [p.runs[0].text.replace(/: $/, ''), p.runs.slice(1).map((r) => r.text).join('')] : ['', p.text]));
}

describe('structured abstract: schema, preview, Word', () => {
  it('the schema accepts a mapping of labelled parts', () => {
    const lines = [...VALID.slice(0, VALID.indexOf('abstract: >')), ...MAPPING, ...VALID.slice(VALID.indexOf('abstract: >') + 2)];
    assert.deepEqual(checkFrontmatter(report(lines)).map((f) => f.message), []);
  });

  it('the schema says what is wrong inside the mapping, not that the abstract is not text', () => {
    const messages = (lines: string[]) => checkFrontmatter(report([...VALID.slice(0, VALID.indexOf('abstract: >')), ...lines, ...VALID.slice(VALID.indexOf('abstract: >') + 2)]), MAGAZINE).map((f) => f.message);
    assert.deepEqual(messages(['abstract:', '  Background: EGPA is rare.', '  Case Presentation: 5']), ['`Case Presentation` must be text, got the number 5: put it in quotes']);
    assert.deepEqual(messages(['abstract:', '  Background:', '    early: x']), ['`Background` must be text, got a mapping of keys']);
    assert.deepEqual(messages(['abstract: [EGPA is rare, It was fatal]']), ['`abstract` must be text, or a mapping of labelled parts like `Background: ...`, got a list']);
  });

  it('the page sets each part as a paragraph, its label a bold run-in head', () => {
    assert.deepEqual(renderedParts(withAbstract(MAPPING)), PARTS);
    const { html } = render(withAbstract(MAPPING));
    assert.match(html, /<p><strong class="cr-abstract-head">Introduction:<\/strong> Cardiac involvement is the leading cause of death in <em>eosinophilic<\/em> granulomatosis\.<\/p>/);
  });

  it('the page cuts a structured abstract written as one string at its labels, as Word does', async () => {
    const parts = [['Background', 'EGPA is rare.'], ['Case presentation', 'A woman had tamponade.'], ['Conclusions', 'Think of EGPA.']];
    assert.deepEqual(renderedParts(withAbstract(ONE_STRING)), parts);
    assert.deepEqual(await wordParts(withAbstract(ONE_STRING)), parts);
  });

  it('Word and the page set the same parts; a plain abstract stays one unlabelled paragraph in both', async () => {
    assert.deepEqual(await wordParts(withAbstract(MAPPING)), renderedParts(withAbstract(MAPPING)));
    const plain = withAbstract(['abstract: >', '  Cardiac involvement is rare. We describe two findings: tamponade and myocarditis.']);
    assert.deepEqual(renderedParts(plain), [['', 'Cardiac involvement is rare. We describe two findings: tamponade and myocarditis.']]);
    assert.deepEqual(await wordParts(plain), renderedParts(plain));
  });

  it('the checks read every part, as printed text: a name and a date in the case presentation are reported', () => {
    const text = withAbstract(['abstract:', '  Background: EGPA is rare.', '  Case Presentation: Mr. John Smith was admitted on March 3, 2021.']);
    const findings = checkText(text, defaultConfig(), { fileExists: () => true }).findings.filter((f) => f.code.startsWith('phi-'));
    assert.deepEqual(findings.map((f) => [f.code, text.slice(f.start, f.end)]), [['phi-name', 'Mr. John'], ['phi-date', 'March 3, 2021']]);
  });
});
