import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { findVsCodeMarkdownGrammar, INJECTION_PATH, INJECTION_SCOPE, loadGrammar, tokenize, type Token } from './tokenize';

const REPORT = `---
title: Refractory Calciphylaxis in Lupus
authors:
  - name: Joey Kim
note: not a citation ^1^ nor Figure 1
---

## Introduction

Calciphylaxis is a cutaneous ischemic disease.^1^ It is seen in connective tissue disease.^3,4^
Pasted citations look like this.<sup>2</sup> Vancouver style [5, 6–8] is also read.
The wound (Figure 1) and the CT (Figs. 2 and 3) are shown; laboratory values are in Table 1.
An exponent such as 10^3^ cells/mm^3^ is not a citation, nor is [the link](https://example.org) or ![alt](x.png).

![Figure 1. Necrotic ulcer on the thigh, as reported previously.^2^](images/ulcer.png)

![**Figure 2A.** Chest CT, see also Figure 3.](images/ct.png "CT")

Table 1. Laboratory values on admission

| Test | Value |
| --- | --- |
| INR | 3.1 |

> [!PULLQUOTE]
> The most important aspect of treating patients with calciphylaxis remains wound management.

<!-- pagebreak -->

Inline \`code ^9^ and Figure 9\` is left alone.

\`\`\`markdown
Fenced text.^9^ See Table 9.
\`\`\`

<!-- a comment ^9^ about Figure 9 -->

## References

1. Nigwekar SU, Wolf M, Sterns RH, Hix JK. Calciphylaxis from nonuremic causes. Clin J Am Soc Nephrol. 2008;3(4):1139-1143.
`;

/** The scopes of the token where `needle` starts, on the first line containing `lineText`. */
function scopesAt(tokens: Token[], lineText: string, needle: string): string[] {
  const lines = REPORT.split('\n');
  const line = lines.findIndex((l) => l.includes(lineText));
  assert.ok(line !== -1, `no line with ${lineText}`);
  const column = lines[line].indexOf(needle, lines[line].indexOf(lineText));
  assert.ok(column !== -1, `no ${needle} on line ${line}`);
  let at = 0;
  for (const token of tokens.filter((t) => t.line === line)) {
    if (column >= at && column < at + token.text.length) return token.scopes;
    at += token.text.length;
  }
  throw new Error(`no token at ${line}:${column}`);
}

const has = (scopes: string[], prefix: string) => scopes.some((s) => s === prefix || s.startsWith(`${prefix}.`));
const ours = (scopes: string[]) => scopes.some((s) => s.endsWith('.casereport'));

function describeWith(name: string, basePath: () => string | undefined): void {
  describe(`injection grammar over ${name}`, function () {
    let grammar: IGrammar;
    let tokens: Token[];

    before(async function () {
      const path = basePath();
      if (!path) return this.skip();
      grammar = await loadGrammar(path);
      tokens = tokenize(grammar, REPORT);
    });

    it('scopes the three citation forms, with their numbers', () => {
      assert.ok(has(scopesAt(tokens, 'ischemic disease.^1^', '^1^'), 'punctuation.definition.citation.begin'));
      assert.ok(has(scopesAt(tokens, 'ischemic disease.^1^', '1^'), 'constant.numeric.citation'));
      assert.ok(has(scopesAt(tokens, 'tissue disease.^3,4^', '4^'), 'meta.citation.superscript'));
      assert.ok(has(scopesAt(tokens, 'tissue disease.^3,4^', ',4'), 'punctuation.separator.citation'));
      assert.ok(has(scopesAt(tokens, '<sup>2</sup>', '2</sup>'), 'constant.numeric.citation'));
      assert.ok(has(scopesAt(tokens, '<sup>2</sup>', 'sup>2'), 'entity.name.tag'));
      assert.ok(has(scopesAt(tokens, '[5, 6–8]', '8]'), 'constant.numeric.citation'));
      assert.ok(has(scopesAt(tokens, '[5, 6–8]', '–8'), 'punctuation.separator.range'));
      assert.ok(has(scopesAt(tokens, '[5, 6–8]', '[5'), 'meta.citation.bracket'));
    });

    it('leaves exponents, links and images that are not figures alone', () => {
      assert.ok(!ours(scopesAt(tokens, 'An exponent', '3^ cells')));
      assert.ok(!ours(scopesAt(tokens, 'An exponent', '^3^ is not')));
      assert.ok(!ours(scopesAt(tokens, 'An exponent', '3^ is not')));
      assert.ok(!ours(scopesAt(tokens, 'An exponent', 'the link')));
      assert.ok(!ours(scopesAt(tokens, 'An exponent', 'alt]')));
    });

    it('scopes figure labels inside image alt text, and citations in captions', () => {
      const label = scopesAt(tokens, '![Figure 1.', 'Figure 1.');
      assert.ok(has(label, 'entity.name.label.figure'), label.join(' '));
      assert.ok(has(scopesAt(tokens, '![Figure 1.', '1. Necrotic'), 'constant.numeric.figure'));
      assert.ok(has(scopesAt(tokens, '![Figure 1.', 'Necrotic'), 'string.other.link.description.markdown'));
      assert.ok(has(scopesAt(tokens, '![Figure 1.', '2^]'), 'constant.numeric.citation'));
      assert.ok(has(scopesAt(tokens, '![Figure 1.', 'images/ulcer'), 'markup.underline.link.image.markdown'));
      assert.ok(has(scopesAt(tokens, '![**Figure 2A.**', 'Figure 2A'), 'entity.name.label.figure'));
      assert.ok(has(scopesAt(tokens, '![**Figure 2A.**', 'A.**'), 'constant.character.panel.figure'));
      assert.ok(has(scopesAt(tokens, '![**Figure 2A.**', 'Figure 3'), 'meta.mention.figure'));
      assert.ok(has(scopesAt(tokens, '![**Figure 2A.**', 'images/ct'), 'markup.underline.link.image.markdown'));
      assert.ok(has(scopesAt(tokens, '![**Figure 2A.**', '"CT"'), 'string.other.link.description.title.markdown'));
    });

    it('scopes table labels and figure and table mentions', () => {
      assert.ok(has(scopesAt(tokens, 'Table 1. Laboratory', 'Table 1.'), 'entity.name.label.table'));
      assert.ok(has(scopesAt(tokens, 'The wound (Figure 1)', 'Figure 1'), 'meta.mention.figure'));
      assert.ok(has(scopesAt(tokens, 'The wound (Figure 1)', '1)'), 'constant.numeric.mention.figure'));
      assert.ok(has(scopesAt(tokens, 'The wound (Figure 1)', '3)'), 'constant.numeric.mention.figure'));
      assert.ok(has(scopesAt(tokens, 'The wound (Figure 1)', 'Figs.'), 'meta.mention.figure'));
      assert.ok(has(scopesAt(tokens, 'The wound (Figure 1)', 'Table 1'), 'meta.mention.table'));
    });

    it('scopes page breaks and pull-quote alerts', () => {
      assert.ok(has(scopesAt(tokens, '<!-- pagebreak -->', 'pagebreak'), 'keyword.control.pagebreak'));
      assert.ok(has(scopesAt(tokens, '<!-- pagebreak -->', '<!--'), 'meta.separator.pagebreak'));
      assert.ok(has(scopesAt(tokens, '> [!PULLQUOTE]', 'PULLQUOTE'), 'keyword.other.alert.pullquote'));
      assert.ok(!ours(scopesAt(tokens, 'The most important aspect', 'important')));
    });

    it('stays out of code spans, fenced code, comments and the frontmatter', () => {
      assert.ok(!ours(scopesAt(tokens, 'Inline `code', '^9^')));
      assert.ok(!ours(scopesAt(tokens, 'Inline `code', 'Figure 9')));
      assert.ok(!ours(scopesAt(tokens, 'Fenced text.^9^', '^9^')));
      assert.ok(!ours(scopesAt(tokens, 'Fenced text.^9^', 'Table 9')));
      assert.ok(!ours(scopesAt(tokens, '<!-- a comment', '^9^')));
      assert.ok(!ours(scopesAt(tokens, '<!-- a comment', 'Figure 9')));
      assert.ok(!ours(scopesAt(tokens, 'note: not a citation', '^1^')));
    });
  });
}

describe('syntaxes/casereport.injection.tmLanguage.json', () => {
  it('is wired into package.json as an injection into Markdown', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const entry = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === INJECTION_SCOPE);
    assert.ok(entry, 'grammar contribution missing');
    assert.deepEqual(entry.injectTo, ['text.html.markdown']);
    assert.equal(join(__dirname, '..', '..', entry.path), INJECTION_PATH);
  });
});

describeWith('a minimal Markdown base grammar', () => join(__dirname, 'minimal-markdown.tmLanguage.json'));
describeWith("VS Code's Markdown grammar", findVsCodeMarkdownGrammar);
