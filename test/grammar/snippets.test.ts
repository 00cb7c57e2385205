import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';

const ROOT = join(__dirname, '..', '..');
const snippets: Record<string, { prefix: string[]; body: string[]; description: string; scope: string }> = JSON.parse(
  readFileSync(join(ROOT, 'snippets', 'casereport.code-snippets'), 'utf8'),
);

/** Tab stops in the order they appear: `$1`, `${2:default}`, `${3|a,b|}`. */
function tabStops(body: string): number[] {
  return [...body.matchAll(/\$(?:\{(\d+)[:|}]|(\d+))/g)].map((m) => Number(m[1] ?? m[2]));
}

const VARIABLES: Record<string, string> = { CURRENT_MONTH_NAME: 'May', CURRENT_YEAR: '2026', CURRENT_MONTH: '05', CURRENT_DATE: '17' };

/** What the snippet inserts when the author tabs through, accepting every default and first choice. */
function expand(body: string): string {
  let text = body;
  for (let i = 0; i < 5; i++) {
    text = text
      .replace(/\$\{\d+\|((?:[^|\\]|\\.)*?)(?:,(?:[^|\\]|\\.)*)*\|\}/g, (_, first: string) => first.replace(/\\,/g, ','))
      .replace(/\$\{\d+:((?:[^{}]|\{[^{}]*\})*)\}/g, '$1')
      .replace(/\$([A-Z_]+)/g, (_, name: string) => VARIABLES[name] ?? '')
      .replace(/\$\{?\d+\}?/g, '');
  }
  return text;
}

describe('snippets/casereport.code-snippets', () => {
  it('is wired into package.json for Markdown', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.ok(pkg.contributes.snippets.some((s: { language: string; path: string }) => s.language === 'markdown' && s.path === './snippets/casereport.code-snippets'));
  });

  it('says where to find them: quick suggestions are off in Markdown, so Ctrl+Space (README and the skeleton)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const paragraph = readme.slice(readme.indexOf('- **Snippets**'), readme.indexOf('\n- **', readme.indexOf('- **Snippets**') + 1));
    for (const snippet of Object.values(snippets)) assert.ok(paragraph.includes(`\`${snippet.prefix[0]}\``), `README names the prefix ${snippet.prefix[0]}`);
    assert.match(paragraph, /Ctrl\+Space/);
    assert.match(paragraph, /editor\.quickSuggestions/);
    assert.match(snippets['Case report skeleton'].description, /Ctrl\+Space/);
  });

  it('has every snippet the issue asks for, each for Markdown with a description', () => {
    const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
    for (const wanted of ['casereport', 'author', 'figure', 'table', 'cite', 'pullquote', 'pagebreak', 'consent', 'timeline']) assert.ok(prefixes.includes(wanted), wanted);
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.equal(snippet.scope, 'markdown', name);
      assert.ok(snippet.description.length > 10, name);
    }
  });

  it('numbers tab stops 1, 2, 3, ... in reading order and ends with $0', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const body = snippet.body.join('\n');
      const firsts = [...new Set(tabStops(body).filter((n) => n > 0))];
      assert.deepEqual(firsts, firsts.map((_, i) => i + 1), `${name}: ${firsts.join(',')}`);
      assert.ok(/\$0/.test(body), `${name} has no final $0`);
    }
  });

  it('offers the house style categories as a choice in the skeleton', () => {
    const body = snippets['Case report skeleton'].body.join('\n');
    const category = /category: \$\{\d+\|(.*)\|\}/.exec(body);
    assert.ok(category);
    const choices = category[1].split(/(?<!\\),/).map((c) => c.replace(/\\,/g, ','));
    assert.deepEqual(choices, defaultConfig().houseStyle.categories);
  });

  it('expands the skeleton into a report the checker finds well formed', () => {
    const text = expand(snippets['Case report skeleton'].body.join('\n'));
    const { model, findings } = checkText(text, defaultConfig(), { fileExists: () => true });
    assert.equal(model.references?.entries.length, 1);
    assert.equal(model.citations.length, 1);
    assert.equal(model.tables[0]?.number, 1);
    assert.ok(model.frontmatter?.data, 'frontmatter parses');
    const structural = findings.filter((f) => /^(citation|reference|references|figure|table|frontmatter)-/.test(f.code) || f.severity === 'error');
    assert.deepEqual(structural.map((f) => `${f.code}: ${f.message}`), []);
  });

  it('expands figure, table, citation, pull quote and page break into what the model reads', () => {
    const figure = expand(snippets['Case report figure'].body.join('\n'));
    const table = expand(snippets['Case report table'].body.join('\n'));
    const timeline = expand(snippets['Case report timeline table'].body.join('\n'));
    const text = `---\ntitle: T\nauthors:\n  - name: A\n---\n\nSee Figure 1 and Table 1.${expand(snippets['Case report citation'].body.join(''))}\n\n${figure}\n\n${table}\n\n${timeline.replace('Table 1', 'Table 2')}\n`;
    const { model } = checkText(text, defaultConfig(), { fileExists: () => true });
    assert.equal(model.figures[0]?.number, 1);
    assert.equal(model.figures[0]?.caption, 'Caption in a full sentence.');
    assert.deepEqual(model.tables.map((t) => t.number), [1, 2]);
    assert.deepEqual(model.citations[0]?.numbers, [1]);
    assert.equal(expand(snippets['Case report pull quote'].body.join('\n')).split('\n')[0], '> [!PULLQUOTE]');
    assert.equal(expand(snippets['Case report page break'].body.join('\n')).trim(), '<!-- pagebreak -->');
  });
});
