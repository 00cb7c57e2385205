import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { DocumentService } from '../../src/core/service/document-service';
import { applyEdits } from '../../src/core/fix';
import { citationInsertion, keyCompletionContext } from '../../src/core/service/library-keys';
import type { Method, Params, Request, Result } from '../../src/core/service/protocol';
import { BIB, MemoryFiles, REPORT_PATH, memoryHost, report } from './helpers';

let id = 1;
function ask<M extends Method>(service: DocumentService, method: M, params: Params<M>): Result<M> {
  const response = service.handle({ id: id++, method, params } as Request);
  if (!('result' in response)) throw new Error(JSON.stringify(response));
  return response.result as Result<M>;
}

const uri = 'file:///cases/lupus/case.md';

/** A service with the report analyzed (version 1) over a library at /cases/lupus/refs.bib. */
function serve(text: string, bib = BIB): DocumentService {
  const service = new DocumentService(memoryHost(new MemoryFiles({ '/cases/lupus/refs.bib': bib })));
  ask(service, 'analyze', { uri, version: 1, text, path: REPORT_PATH, config: defaultConfig(), included: false });
  return service;
}

/** The completion labels at the end of `before` (the text's first occurrence of it). */
function keysAfter(text: string, before: string): { typed: string; labels: string[] } | undefined {
  const offset = text.indexOf(before) + before.length;
  const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  const completions = ask(serve(text), 'completion', { uri, version: 1, offset, linePrefix: line });
  return completions && { typed: completions.typed, labels: completions.items.map((i) => i.label) };
}

describe('editor help for citation keys (through the analysis service)', () => {
  describe('hover on a key', () => {
    const text = report('Calciphylaxis is rare [@nigwekar2008; @kalajian2009, p. 452] and @muller2015 treated it [@nobody2020].');

    it('shows the AMA entry of the key under the cursor, italic journal included', () => {
      const offset = text.indexOf('kalajian2009') + 3;
      const hover = ask(serve(text), 'hover', { uri, version: 1, offset });
      assert.ok(hover);
      assert.equal(text.slice(hover.span.start, hover.span.end), '@kalajian2009');
      assert.equal(hover.markdown, '**@kalajian2009**\n\nKalajian AH, Malhotra PS, Callen JP. Calciphylaxis in a Patient with Systemic Lupus Erythematosus. *Archives of Dermatology*. 2009;145(4):451-458. doi:10.1001/archdermatol.2008.602');
    });

    it('on a bare key too, and names the library for a key it lacks', () => {
      const service = serve(text);
      const bare = ask(service, 'hover', { uri, version: 1, offset: text.indexOf('@muller2015') + 1 });
      assert.match(bare!.markdown, /^\*\*@muller2015\*\*\n\nMüller J, Østergaard S\. Sodium Thiosulfate in Calciphylaxis\. \*Nephrol Dial Transplant\*\./);
      const unknown = ask(service, 'hover', { uri, version: 1, offset: text.indexOf('nobody2020') });
      assert.equal(unknown!.markdown, '**@nobody2020**: *not in the library (refs.bib).*');
    });

    it('leaves other text to the other hovers', () => {
      assert.equal(ask(serve(text), 'hover', { uri, version: 1, offset: text.indexOf('rare') }), undefined);
    });
  });

  describe('go to definition on a key', () => {
    it('opens the library file at the line of the entry', () => {
      const text = report('Treated with thiosulfate [@nigwekar2008; @muller2015].');
      const found = ask(serve(text), 'definition', { uri, version: 1, offset: text.indexOf('muller2015') + 2 });
      assert.ok(found);
      assert.equal(text.slice(found.origin.start, found.origin.end), '@muller2015');
      assert.deepEqual(found.files, [{ path: '/cases/lupus/refs.bib', line: BIB.split('\n').findIndex((l) => l.startsWith('@article{muller2015')) }]);
      assert.deepEqual(found.targets, []);
    });

    it('has no target for a key the library lacks', () => {
      const text = report('Treated [@nobody2020].');
      assert.equal(ask(serve(text), 'definition', { uri, version: 1, offset: text.indexOf('nobody') }), undefined);
    });
  });

  describe('completion of keys', () => {
    it('after [@ offers every key, with authors and year, title and the AMA entry', () => {
      const text = report('Rare [@');
      const offset = text.indexOf('[@') + 2;
      const completions = ask(serve(text), 'completion', { uri, version: 1, offset, linePrefix: 'Rare [@' });
      assert.ok(completions);
      assert.equal(completions.incomplete, true);
      assert.deepEqual(completions.items.map((i) => i.label), ['firestein2017', 'kalajian2009', 'muller2015', 'nigwekar2008']);
      const nigwekar = completions.items.find((i) => i.label === 'nigwekar2008')!;
      assert.equal(nigwekar.description, 'Nigwekar SU, Wolf M, Sterns RH, Hix JK, 2008');
      assert.equal(nigwekar.detail, 'Calciphylaxis from Nonuremic Causes: A Systematic Review');
      assert.match(nigwekar.documentation, /^Nigwekar SU, Wolf M, Sterns RH, Hix JK\. Calciphylaxis from Nonuremic Causes: A Systematic Review\. Clin J Am Soc Nephrol\. 2008;3\(4\):1139-1143\./);
      assert.equal(completions.items.find((i) => i.label === 'firestein2017')!.description, 'Firestein GS, Budd RC, 2017');
    });

    it('matches what was typed against the key, an author, the year or a title word', () => {
      assert.deepEqual(keysAfter(report('Rare [@kal'), '[@kal'), { typed: 'kal', labels: ['kalajian2009'] });
      assert.deepEqual(keysAfter(report('Rare [@nigwekar2008; @call'), '@call'), { typed: 'call', labels: ['kalajian2009'] });
      assert.deepEqual(keysAfter(report('Rare [@thio'), '[@thio'), { typed: 'thio', labels: ['muller2015'] });
      assert.deepEqual(keysAfter(report('Rare [@2017'), '[@2017'), { typed: '2017', labels: ['firestein2017'] });
      assert.deepEqual(keysAfter(report('Rare [@ostergaard'), '[@ostergaard'), { typed: 'ostergaard', labels: ['muller2015'] });
      assert.deepEqual(keysAfter(report('Rare [@calciph'), '[@calciph'), { typed: 'calciph', labels: ['kalajian2009', 'muller2015', 'nigwekar2008'] });
      assert.deepEqual(keysAfter(report('Rare [@zzz'), '[@zzz'), { typed: 'zzz', labels: [] });
    });

    it('opens only inside a bracket: not after an e-mail, a closed bracket, an image or in code', () => {
      assert.deepEqual(keyCompletionContext('Rare [@'), { typed: '' });
      assert.deepEqual(keyCompletionContext('Rare [see @nig'), { typed: 'nig' });
      assert.deepEqual(keyCompletionContext('Rare [-@nig'), { typed: 'nig' });
      assert.deepEqual(keyCompletionContext('Rare [@a; @'), { typed: '' });
      assert.equal(keyCompletionContext('write to j.kim@'), undefined);
      assert.equal(keyCompletionContext('Rare [@a]; @'), undefined);
      assert.equal(keyCompletionContext('as @nig'), undefined);
      assert.equal(keyCompletionContext('![@'), undefined);
      assert.equal(keysAfter(report('Run `x [@nig` here'), '[@nig'), undefined);
    });

    it('closes the bracket it completes in, unless a ] on the line already closes it', () => {
      /** The closing text a completion at `|` would add after the key. */
      const closeAt = (body: string) => {
        const text = report(body.replace('|', ''));
        const offset = text.indexOf(body.slice(0, body.indexOf('|'))) + body.indexOf('|');
        const linePrefix = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
        const completions = ask(serve(text), 'completion', { uri, version: 1, offset, linePrefix });
        assert.ok(completions, `completions at ${body}`);
        return completions.close;
      };
      assert.equal(closeAt('Calciphylaxis is rare [@kal| outside dialysis.'), ']');
      assert.equal(closeAt('Calciphylaxis is rare [@|'), ']');
      assert.equal(closeAt('Rare [@nigwekar2008; @|'), ']');
      assert.equal(closeAt('Rare [@| and treatable [@muller2015].'), ']', 'a later citation on the line does not close this one');
      assert.equal(closeAt('Rare [@kal|].'), undefined);
      assert.equal(closeAt('Rare [@nigwekar2008; @|, p. 3] here.'), undefined);
      assert.equal(closeAt('Rare [see @|; @muller2015].'), undefined);
    });

    it('leaves the reference-number completion as it was', () => {
      const text = report('Rare.[1\n\n## References\n\n1. Kim J. A case. N Engl J Med. 2020;1:1.', 'title: x');
      assert.deepEqual(keysAfter(text, 'Rare.[1')?.labels, ['1']);
    });
  });

  describe('Insert Citation', () => {
    function insert(text: string, cursor: string, key: string): string {
      const offset = text.indexOf(cursor) + cursor.length;
      const pick = ask(serve(text), 'citationPick', { uri, version: 1, offset });
      const edit = citationInsertion(key, offset, pick.bracketEnd, text);
      return applyEdits(text, [edit]).text;
    }

    it('lists the library by key with authors, year and title', () => {
      const pick = ask(serve(report('Rare.')), 'citationPick', { uri, version: 1, offset: 0 });
      assert.deepEqual(
        pick.items.map((i) => [i.key, i.authors, i.year, i.title]),
        [
          ['firestein2017', 'Firestein GS, Budd RC', '2017', "Kelley and Firestein's Textbook of Rheumatology"],
          ['kalajian2009', 'Kalajian AH, Malhotra PS, Callen JP', '2009', 'Calciphylaxis in a Patient with Systemic Lupus Erythematosus'],
          ['muller2015', 'Müller J, Østergaard S', '2015', 'Sodium Thiosulfate in Calciphylaxis'],
          ['nigwekar2008', 'Nigwekar SU, Wolf M, Sterns RH, Hix JK', '2008', 'Calciphylaxis from Nonuremic Causes: A Systematic Review'],
        ],
      );
    });

    it('inserts [@key] at the cursor, or adds ; @key inside the key citation the cursor is in', () => {
      assert.match(insert(report('Rare outside dialysis. More.'), 'Rare outside dialysis', 'kalajian2009'), /Rare outside dialysis \[@kalajian2009\]\. More\./);
      assert.match(insert(report('Rare [@nigwekar2008, p. 3] here.'), '[@nigw', 'kalajian2009'), /Rare \[@nigwekar2008, p\. 3; @kalajian2009\] here\./);
      // Just after the `]` or before the `[` adds to that citation: `[@a][@b]` would read as a link.
      assert.match(insert(report('Rare [@nigwekar2008] here.'), '[@nigwekar2008]', 'kalajian2009'), /Rare \[@nigwekar2008; @kalajian2009\] here\./);
      assert.match(insert(report('Rare [@nigwekar2008] here.'), 'Rare ', 'kalajian2009'), /Rare \[@nigwekar2008; @kalajian2009\] here\./);
      assert.equal(citationInsertion('odd key', 4, undefined, 'Rare outside dialysis.').newText, ' [@{odd key}]');
    });

    it('spaces the citation as Pandoc writes it after a word: one space, never two', () => {
      const text = report('Rare outside dialysis. More.');
      const at = (cursor: string) => insert(text, cursor, 'kalajian2009').slice(text.indexOf('Rare'));
      // After a word: the space Pandoc's `Blah blah [@doe99]` has (was `dialysis[@kalajian2009]`).
      assert.equal(at('Rare outside dialysis'), 'Rare outside dialysis [@kalajian2009]. More.\n');
      // After the space already there: no second one; before the next word: a space after.
      assert.equal(at('Rare outside '), 'Rare outside [@kalajian2009] dialysis. More.\n');
      // After punctuation: a space, as after a word (the preview sets it after the period).
      assert.equal(at('Rare outside dialysis.'), 'Rare outside dialysis. [@kalajian2009] More.\n');
      // At the end of the paragraph.
      assert.equal(at('More.'), 'Rare outside dialysis. More. [@kalajian2009]\n');
      // At the start of a line, and after an opening parenthesis: nothing before.
      const line = report('Rare.\n\nMore (see also) here.');
      assert.match(insert(line, 'Rare.\n\n', 'kalajian2009'), /\n\n\[@kalajian2009\] More \(see also\) here\./);
      assert.match(insert(line, 'More (', 'kalajian2009'), /More \(\[@kalajian2009\] see also\) here\./);
    });
  });
});
