import assert from 'node:assert/strict';
import { brief, checkFrontmatter, report, VALID } from './helpers';

/** Exactly one finding, with this position and code. */
function one(text: string, where: string, message?: RegExp): void {
  const findings = checkFrontmatter(text);
  assert.deepEqual(findings.map(brief), [where], findings.map((f) => f.message).join('\n'));
  if (message) assert.match(findings[0].message, message);
}

describe('frontmatter-syntax: where the parser stopped', () => {
  it('a tab used as indentation', () => {
    one('---\ntitle: A\nauthors:\n\t- name: B\n---\n', '4:1-2 frontmatter-syntax error', /tabs/);
  });

  it('an unclosed block: on the opening ---', () => {
    one('---\ntitle: A\nauthors:\n  - name: B\n\n## Introduction\n', '1:1-4 frontmatter-syntax error', /never closed/);
  });

  it('a colon inside an unquoted value', () => {
    one('---\ntitle: Case Report: Calciphylaxis\nauthors:\n  - name: B\n---\n', '2:8-9 frontmatter-syntax error', /put the whole value in quotes/);
  });

  it('an unclosed quote', () => {
    one('---\ntitle: "Calciphylaxis\nauthors:\n  - name: B\n---\n', '5:1-1 frontmatter-syntax error', /opens on line 2 is never closed/);
  });

  it('a key given twice', () => {
    one('---\ntitle: A\ntitle: B\nauthors:\n  - name: B\n---\n', '3:1-6 frontmatter-syntax error', /`title` appears twice/);
  });

  it('an unclosed flow list', () => {
    const findings = checkFrontmatter('---\ntitle: A\nkeywords: [lupus, calciphylaxis\nauthors:\n  - name: B\n---\n');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].code, 'frontmatter-syntax');
  });

  it('CRLF line endings: the same position', () => {
    one('---\r\ntitle: A\r\nauthors:\r\n\t- name: B\r\n---\r\n', '4:1-2 frontmatter-syntax error');
  });
});

describe('bad input stays harmless: one clear finding each', () => {
  it('a YAML alias bomb', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    one(report(['title: A', 'authors:', '  - name: B', ...lines]), '6:8-10 frontmatter-syntax error', /aliases/);
  });

  it('10,000 keys on their own lines', () => {
    const keys = Array.from({ length: 10000 }, (_, i) => `k${i}: ${i}`);
    one(report(['title: A', 'authors: [{name: B}]', ...keys]), '1:1-4 frontmatter-syntax error', /within its first 2,000 lines/);
  });

  it('10,000 keys in one flow mapping', () => {
    const keys = Array.from({ length: 10000 }, (_, i) => `k${i.toString(36)}`).join(', ');
    one(report(['title: A', 'authors: [{name: B}]', `x: {${keys}}`]), '1:1-4 frontmatter-syntax error', /too large to read \(57 KB/);
  });

  it('1,500 keys: too many to parse quickly', () => {
    const keys = Array.from({ length: 1500 }, (_, i) => `k${i}: ${i}`);
    one(report(['title: A', 'authors: [{name: B}]', ...keys]), '1:1-4 frontmatter-syntax error', /more than 1,000 keys/);
  });

  it('hundreds of unknown keys: one warning', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `k${i.toString(36)}`).join(', ');
    one(`---\n{title: A, authors: [{name: B}], ${keys}}\n---\n`, '2:34-36 frontmatter-schema warning', /`k0` and 299 other keys/);
  });

  it('a 1 MB string', () => {
    one(report([`title: "${'a'.repeat(1 << 20)}"`, 'authors: [{name: B}]']), '1:1-4 frontmatter-syntax error', /too large/);
  });

  it('brackets nested 10,000 deep', () => {
    one(report(['title: A', 'authors: [{name: B}]', `x: ${'['.repeat(10000)}${']'.repeat(10000)}`]), '1:1-4 frontmatter-syntax error', /nests/);
  });

  it('a frontmatter that is a list', () => {
    one('---\n- a list\n---\n', '2:1-9 frontmatter-schema error', /not a list/);
  });

  it('tabs inside values are fine', () => {
    assert.deepEqual(checkFrontmatter(report([...VALID.filter((l) => !l.startsWith('conflicts')), 'conflicts: "None\tdeclared."'])).map(brief), []);
  });
});

describe('frontmatter-missing', () => {
  it('on line 1 of a file without frontmatter, with a fix that adds one', () => {
    const findings = checkFrontmatter('# Calciphylaxis in Lupus\n\nText.\n');
    assert.deepEqual(findings.map(brief), ['1:1-25 frontmatter-missing error']);
    assert.equal(findings[0].fixes[0].edits[0].newText, '---\ntitle: "Calciphylaxis in Lupus"\nauthors:\n  - name: \n---\n');
  });

  it('an empty file', () => {
    assert.deepEqual(checkFrontmatter('').map(brief), ['1:1-1 frontmatter-missing error']);
  });

  it('a frontmatter pushed down by a blank line is named as such', () => {
    const [finding] = checkFrontmatter('\n---\ntitle: A\n---\n');
    assert.equal(finding.code, 'frontmatter-missing');
    assert.match(finding.message, /very first line/);
  });

  it('not with a frontmatter, even an unclosed one', () => {
    assert.deepEqual(checkFrontmatter(report(VALID)).map(brief), []);
    assert.ok(checkFrontmatter('---\ntitle: A\n').every((f) => f.code !== 'frontmatter-missing'));
  });
});
