import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { BlockState, parseBlocks, sharedMarkdownIt, type Token } from '../../src/core/markdown';
import { markdownFiles } from '../helpers/fixtures';

/**
 * The model's parse leaves each inline token's children to the first reader (the checker never
 * reads them): read, they are exactly what markdown-it's whole parse makes, on every fixture and
 * example and on generated Markdown (emphasis in image alt texts, escapes, link definitions,
 * citations, HTML, tables).
 */
const ROOT = join(__dirname, '..', '..');

/** markdown-it's Token fields, in its order. */
const FIELDS = Object.keys(new MarkdownIt.Token('inline', '', 0)) as (keyof Token)[];

/** A token as plain data, every field of markdown-it's Token read (own or the prototype's), its children through whatever gives them. */
function plain(token: Token): Record<string, unknown> {
  return Object.fromEntries(FIELDS.map((key) => [key, key === 'children' ? (token.children?.map(plain) ?? null) : token[key]]));
}

function same(text: string): void {
  const eager = sharedMarkdownIt().parse(text, {});
  const lazy = parseBlocks(text, {});
  assert.equal(JSON.stringify(lazy.map(plain)), JSON.stringify(eager.map(plain)));
}

describe('the model parse defers inline children', () => {
  it('reads the same tokens as a whole parse on every fixture and example', () => {
    const files = [...markdownFiles(join(ROOT, 'test', 'fixtures')), ...markdownFiles(join(ROOT, 'examples'))];
    assert.ok(files.length > 20);
    for (const file of files) same(readFileSync(file, 'utf8'));
  });

  it('reads the same tokens on generated Markdown', () => {
    const pieces = ['Seen.^1^', '^2-4^', '<sup>3</sup>', '[5]', '[@smith2020]', '![Figure 1. *Skin* `x`](f.png)', '[a][ref]', '\n\n[ref]: https://example.org "T"\n\n', '\\*', '**bold**', '_it_', '~~s~~', '<b>x</b>', '`code`', '\n\n| a | b |\n| --- | --- |\n| *1* | ^2^ |\n\n', '\n\n# Head *x*\n\n', '\n\n- item ^3^\n', ' ', 'word', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => same(parts.join(''))),
      { numRuns: 300, seed: 7 },
    );
  });

  it('reads the paragraphs markdown-it reads: one line or more, indented, lazy, in lists and quotes', () => {
    const pieces = ['text', ' word', '\t', '  ', '    ', '\n', '\n\n', '\r\n', '\r', ' \t \n', '![Figure 1. F.](f.png)', '> ', '- ', '1. ', '>\t', '-\t', '10)\t', '   ', '# ', '---', '===', '```', '| a |\n| - |', '<div>', '[x]: /u', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => same(parts.join(''))),
      { numRuns: 2000, seed: 13 },
    );
  });

  it('reads the same tokens when they outnumber the list made for them, and when lists read it as it fills', () => {
    // A token and a half per line are made room for: a wide table makes ten and more per line; the
    // list rule reads the tokens (their number, the paragraphs to hide) before, between and after.
    const row = (cells: string[]) => `| ${cells.join(' | ')} |\n`;
    const table = row(Array.from({ length: 12 }, (_, i) => `c${i}`)) + row(Array(12).fill('---')) + Array.from({ length: 40 }, (_, r) => row(Array.from({ length: 12 }, (_, i) => `${r}.${i}`))).join('');
    const list = '- a\n- b\n\n  more\n- c\n';
    same(`${list}\n${table}\n${list}\n1. x\n2. y\n\n${table}\nlast\n`);
    same(`text\n\n${table}`);
  });

  it('closes every top-level paragraph with one frozen token, and the others with tokens of their own', () => {
    const tokens = parseBlocks('one\n\ntwo\nlines\n\n> quoted\n\n- tight\n- list\n\nthree\n', {});
    const closes = tokens.filter((t) => t.type === 'paragraph_close');
    const top = closes.filter((t) => t.level === 0);
    assert.equal(top.length, 3);
    assert.ok(top.every((t) => t === top[0]) && Object.isFrozen(top[0]));
    assert.equal(parseBlocks('another\n', {}).find((t) => t.type === 'paragraph_close'), top[0]);
    const nested = closes.filter((t) => t.level > 0);
    assert.equal(new Set(nested).size, nested.length);
    assert.ok(nested.some((t) => t.hidden) && !nested.every((t) => t.hidden));
    assert.throws(() => {
      top[0].hidden = true;
    }, TypeError);
    assert.throws(() => {
      top[0].map = [0, 1];
    }, TypeError);
    assert.equal(top[0].hidden, false);
    assert.equal(top[0].map, null);
  });

  it('parses children once, and keeps children set by a reader', () => {
    const [, inline] = parseBlocks('Seen.^1^ here\n', {});
    const first = inline.children;
    assert.equal(inline.children, first);
    assert.deepEqual(first?.map((t) => t.type), ['text', 'cr_cite', 'text']);
    inline.children = [];
    assert.deepEqual(inline.children, []);
  });

  it('keeps a token a markdown-it Token, its fields plain data', () => {
    const tokens = parseBlocks('# Seen *here*\n\n- a\n- b\n\n```js\nx\n```\n', {});
    const eager = sharedMarkdownIt().parse('# Seen *here*\n\n- a\n- b\n\n```js\nx\n```\n', {});
    tokens.forEach((token, i) => {
      assert.ok(token instanceof MarkdownIt.Token);
      for (const key of FIELDS) if (key !== 'children') assert.deepEqual(token[key], eager[i][key], `${token.type}.${key}`);
    });
    const [, inline] = tokens;
    assert.equal(inline.attrGet('x'), null);
    inline.attrSet('x', '1');
    assert.equal(inline.attrGet('x'), '1');
    assert.equal(tokens[0].attrGet('x'), null);
  });

  it('reads the line tables markdown-it reads, a line at a time', () => {
    const md = sharedMarkdownIt();
    const plainTable = (table: unknown) => (ArrayBuffer.isView(table) ? Array.from(table as Int32Array) : table);
    const tables = (state: InstanceType<typeof MarkdownIt.StateBlock>) => [state.bMarks, state.eMarks, state.tShift, state.sCount, state.bsCount, state.lineMax];
    fc.assert(
      fc.property(fc.stringMatching(/^[a \t\n>\-`]{0,40}$/), (text) => {
        assert.deepEqual(tables(new BlockState(text, md, {})).map(plainTable), tables(new MarkdownIt.StateBlock(text, md, {}, [])));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('makes a one-line paragraph’s map and content when read, once, and keeps what a reader sets', () => {
    const text = '> quoted *a*\n\n  indented\r\n\nlast';
    const tokens = parseBlocks(text, {});
    const eager = sharedMarkdownIt().parse(text, {});
    const paragraphs = tokens.filter((t) => t.type === 'paragraph_open' || t.type === 'inline');
    assert.deepEqual(paragraphs.map((t) => t.map), eager.filter((t) => t.type === 'paragraph_open' || t.type === 'inline').map((t) => t.map));
    for (const token of paragraphs) assert.equal(token.map, token.map);
    const inlines = tokens.filter((t) => t.type === 'inline');
    assert.deepEqual(inlines.map((t) => t.content), ['quoted *a*', 'indented', 'last']);
    const [open] = tokens;
    open.map = [7, 9];
    assert.deepEqual(open.map, [7, 9]);
    inlines[2].content = 'changed';
    assert.equal(inlines[2].content, 'changed');
    assert.deepEqual(inlines[2].children?.map((t) => t.content), ['changed']);
  });

  it('parses the children when read after an empty list was assigned (as block rules do), not after another list or null', () => {
    const [, inline] = parseBlocks('Seen *here*\n', {});
    inline.children = [];
    assert.deepEqual(inline.children?.map((t) => t.type), ['text', 'em_open', 'text', 'em_close']);
    const [, other] = parseBlocks('Seen *here*\n', {});
    other.children = null;
    assert.equal(other.children, null);
    assert.equal(other.content, 'Seen *here*');
    const [, third] = parseBlocks('Seen *here*\n', {});
    const given = [new MarkdownIt.Token('text', '', 0)];
    third.children = given;
    assert.equal(third.children, given);
  });
});
