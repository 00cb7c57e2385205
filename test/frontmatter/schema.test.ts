import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { fixAll } from '../../src/core/fix-all';
import { MAGAZINE, PRESETS } from '../../src/core/house-styles';
import { brief, checkFrontmatter, report, VALID, withLine } from './helpers';

/** One finding expected: its position, code and severity, and its message. */
function only(yamlLines: string[], where: string, message: string | RegExp, style = MAGAZINE): void {
  const findings = checkFrontmatter(report(yamlLines), style);
  assert.deepEqual(findings.map(brief), [where], findings.map((f) => f.message).join('\n'));
  if (typeof message === 'string') assert.equal(findings[0].message, message);
  else assert.match(findings[0].message, message);
}

describe('frontmatter-schema: each schema keyword at its exact range', () => {
  it('accepts the complete frontmatter of conventions section 2', () => {
    assert.deepEqual(checkFrontmatter(report(VALID)).map(brief), []);
  });

  it('required (top level): on the opening ---', () => {
    only(withLine('title:'), '1:1-4 frontmatter-schema error', 'The frontmatter has no `title`: add `title: ...`');
    const noAuthors = VALID.filter((l) => !/^(authors:|  )/.test(l) || l.startsWith('  Calciphylaxis'));
    only(noAuthors, '1:1-4 frontmatter-schema error', /no `authors`/);
  });

  it('required (an author without a name): on that author line', () => {
    only(withLine('  - name: Irene Blanco', '  - degrees: [MD, MS]').filter((l, i, all) => !(l === '    degrees: [MD, MS]' && all[i - 1] === '  - degrees: [MD, MS]')), '11:5-22 frontmatter-schema error', 'Author 2 has no `name`: every author needs one');
  });

  it('additionalProperties: unknown keys are warnings on the key, with a suggestion', () => {
    only([...VALID, 'notes: ask Dr. Blanco about figure 2'], '22:1-6 frontmatter-schema warning', '`notes` is not a frontmatter key the checker knows (it is ignored)');
    only(withLine('    affiliation:', '    affilation: Montefiore Medical Center'), '7:5-15 frontmatter-schema warning', '`affilation` in author 1 is not a frontmatter key the checker knows; did you mean `affiliation`?');
  });

  it('many unknown keys are one finding', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `note${i}: x`);
    only([...VALID, ...keys], '22:1-6 frontmatter-schema warning', /`note0` and 499 other keys/);
  });

  it('format email: on the value', () => {
    only(withLine('    email:', '    email: jkim@'), '8:12-17 frontmatter-schema error', '`email` must be an e-mail address, got `jkim@`');
  });

  it('format date: wrong shape and impossible dates', () => {
    only(withLine('date:', 'date: 17 May 2018'), '14:7-18 frontmatter-schema error', '`date` must be a date like 2018-05-17, got `17 May 2018`');
    only(withLine('date:', 'date: 2018-02-30'), '14:7-17 frontmatter-schema error', '`date` must be a real date: `2018-02-30` does not exist');
  });

  it('pattern: ORCID and issue', () => {
    only(withLine('    orcid:', '    orcid: 0000-0002-1825'), '9:12-26 frontmatter-schema error', '`orcid` must be an ORCID iD like 0000-0002-1825-0097, got `0000-0002-1825`');
    only(withLine('issue:', 'issue: 05/2018'), '13:8-15 frontmatter-schema error', '`issue` must be a month and year like May 2018, got `05/2018`');
  });

  it('an ORCID URL gets a safe fix to the bare iD', () => {
    const findings = checkFrontmatter(report(withLine('    orcid:', '    orcid: https://orcid.org/0000-0002-1825-0097')));
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /without the https:\/\/orcid.org\/ address/);
    assert.deepEqual(findings[0].fixes.map((f) => [f.safe, f.edits[0].newText]), [[true, '0000-0002-1825-0097']]);
  });

  it('ORCID check digit', () => {
    only(withLine('    orcid:', '    orcid: 0000-0002-1825-0096'), '9:12-31 frontmatter-schema error', /check digit/);
    assert.deepEqual(checkFrontmatter(report(withLine('    orcid:', '    orcid: 0000-0002-1694-233X'))).map(brief), []);
  });

  it('minItems / maxItems: keywords 2 to 5', () => {
    only(withLine('keywords:', 'keywords: [lupus]'), '17:11-18 frontmatter-schema error', '`keywords` needs 2 to 5 keywords (CARE item 2); found 1');
    only(withLine('keywords:', 'keywords: [a, b, c, d, e, f]'), '17:11-29 frontmatter-schema error', /found 6/);
  });

  it('minItems on a block list: on its key', () => {
    const lines = withLine('keywords:', 'keywords:');
    lines.splice(lines.indexOf('keywords:') + 1, 0, '  - lupus');
    only(lines, '17:1-9 frontmatter-schema error', /found 1/);
  });

  it('type: a list written as text, with a fix', () => {
    const findings = checkFrontmatter(report(withLine('    degrees: [MD]', '    degrees: MD, MS')));
    assert.deepEqual(findings.map(brief), ['6:14-20 frontmatter-schema error']);
    assert.equal(findings[0].message, '`degrees` must be a list like [MD, MS], got `MD, MS`');
    assert.equal(findings[0].fixes[0].edits[0].newText, '[MD, MS]');
  });

  it('type: an author written as plain text', () => {
    only(withLine('  - name: Irene Blanco', '  - Irene Blanco').filter((l) => l !== '    degrees: [MD, MS]'), '11:5-17 frontmatter-schema error', /Each author must be a mapping/);
  });

  it('type: booleans and empty values', () => {
    only(withLine('    corresponding:', '    corresponding: yes'), '10:20-23 frontmatter-schema error', '`corresponding` must be true or false, got `yes`');
    only(withLine('    email:', '    email:'), '8:5-10 frontmatter-schema error', '`email` is empty: write a value or remove the line');
    only(withLine('title:', 'title: 2018'), '2:8-12 frontmatter-schema error', '`title` must be text, got the number 2018: put it in quotes');
  });

  it('empty required keys say what to add', () => {
    const noAuthors = VALID.filter((l) => !/^(authors:|  )/.test(l) || l.startsWith('  Calciphylaxis'));
    noAuthors.splice(2, 0, 'authors:');
    only(noAuthors, '4:1-8 frontmatter-schema error', '`authors` is empty: add at least one author as `- name: ...` on the next line');
    only(withLine('title:', 'title:'), '2:1-6 frontmatter-schema error', '`title` is empty: every case report needs one');
  });

  it('minLength: an empty title', () => {
    only(withLine('title:', 'title: ""'), '2:8-10 frontmatter-schema error', '`title` is empty');
  });

  it('a frontmatter that is a list, a single value or empty: one finding', () => {
    assert.deepEqual(checkFrontmatter('---\n- a list\n- of things\n---\n').map(brief), ['2:1-9 frontmatter-schema error']);
    assert.deepEqual(checkFrontmatter('---\njust text\n---\n').map(brief), ['2:1-10 frontmatter-schema error']);
    assert.deepEqual(checkFrontmatter('---\n---\nText\n').map(brief), ['1:1-4 frontmatter-schema error']);
  });
});

describe('frontmatter-schema: values from the house style', () => {
  it('category: did you mean, by a word, initials, accents or a typo (a warning: the user may write for another journal)', () => {
    only(withLine('category:', 'category: Lupus'), '15:11-16 frontmatter-schema warning', "`category` must be one of the house style's categories; did you mean 'Systemic Lupus Erythematosus'?");
    only(withLine('category:', 'category: SLE'), '15:11-14 frontmatter-schema warning', /did you mean 'Systemic Lupus Erythematosus'\?/);
    only(withLine('category:', "category: Sjogren's disease"), '15:11-28 frontmatter-schema warning', /did you mean 'Sjögren's Disease'\?/);
    only(withLine('category:', 'category: Vasculitus'), '15:11-21 frontmatter-schema warning', /did you mean 'Vasculitis'\?/);
    only(withLine('category:', 'category: Cardiology'), '15:11-21 frontmatter-schema warning', "`category` must be one of the house style's categories, not `Cardiology`");
  });

  it('category: an error when the house style marks its list strict (strictCategories)', () => {
    only(withLine('category:', 'category: Lupus'), '15:11-16 frontmatter-schema error', /did you mean 'Systemic Lupus Erythematosus'\?/, { ...MAGAZINE, strictCategories: true });
    only(withLine('category:', 'category: Cardiology'), '15:11-21 frontmatter-schema error', "`category` must be one of the house style's categories, not `Cardiology`", { ...MAGAZINE, strictCategories: true });
  });

  it('category: the fix writes the house style value', () => {
    const [finding] = checkFrontmatter(report(withLine('category:', 'category: lupus')));
    assert.deepEqual(finding.fixes.map((f) => f.edits[0].newText), ['Systemic Lupus Erythematosus']);
  });

  it('category: any value when the house style lists none (care)', () => {
    assert.deepEqual(checkFrontmatter(report(withLine('category:', 'category: Cardiology')), PRESETS.care).map(brief), []);
  });

  it('articleType: one of the house style types', () => {
    only(withLine('articleType:', 'articleType: case report'), '3:14-25 frontmatter-schema error', /did you mean 'case-report'\?/);
  });
});

describe('frontmatter-schema with CRLF and a BOM', () => {
  it('reports at the same columns', () => {
    const text = `\ufeff${report(withLine('    email:', '    email: jkim@'), '\r\n')}`;
    const findings = checkFrontmatter(text);
    assert.deepEqual(findings.map(brief), ['8:12-17 frontmatter-schema error']);
    assert.equal(findings[0].message, '`email` must be an e-mail address, got `jkim@`');
  });

  it('a clean CRLF frontmatter has no finding', () => {
    assert.deepEqual(checkFrontmatter(report(VALID, '\r\n')).map(brief), []);
  });
});

describe('frontmatter fixes through casereport fix', () => {
  it('applies the safe ORCID fix and leaves the others to the author', () => {
    const text = report(withLine('    orcid:', '    orcid: https://orcid.org/0000-0002-1825-0097').map((l) => (l.startsWith('category:') ? 'category: Lupus' : l)));
    const fixed = fixAll(text, defaultConfig(), { fileExists: () => true });
    assert.match(fixed.text, /\n {4}orcid: 0000-0002-1825-0097\n/);
    assert.match(fixed.text, /\ncategory: Lupus\n/, 'a category guess is never applied unattended');
  });
});

describe('frontmatter-schema: block values of the wrong kind', () => {
  it('a single author written as a mapping: on its first line', () => {
    const text = report(['title: A', 'authors:', '  name: Joey Kim', '  degrees: [MD]']);
    const findings = checkFrontmatter(text);
    assert.deepEqual(findings.map(brief), ['4:3-17 frontmatter-schema error']);
    assert.equal(findings[0].message, '`authors` must be a list of authors, each starting with `- name:`');
  });
});
