import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CslItem } from '../../src/core/bibliography/csl';
import { amaMissing, formatAmaEntry } from '../../src/core/bibliography/ama';
import { amaName, namesOf } from '../../src/core/bibliography/ama/names';

/** Field values as libraries hand them over: good, empty, spaced, punctuated, wrongly typed. */
const text = fc.constantFrom<unknown>('Lupus nephritis', '<i>S aureus</i> in <i>vitro', 'The<i> Candida </i>book', '</i> <i> </i>', 'Is it lupus?', '"I was not told."', 'Ends with a period.', 'Colon at the end:', '  spaced  \n out ', '', ' ', 'Wiley & Sons, Inc.', 'N. Engl. J. Med.', 'β-Blockers', '王小明', 42, null, {}, ['x']);
const dates = fc.constantFrom<unknown>({ 'date-parts': [[2020, 7, 7]] }, { 'date-parts': [[2020]] }, { 'date-parts': [['2020', '13', '40']] }, { 'date-parts': [[]] }, { raw: '2016-07-07' }, { literal: 'n.d.' }, {}, 'junk');
const names = fc.array(
  fc.record(
    { family: text, given: text, suffix: fc.constantFrom<unknown>('Jr.', 'III', '', undefined), literal: text, 'non-dropping-particle': fc.constantFrom<unknown>('van', ' ', undefined), 'dropping-particle': fc.constantFrom<unknown>('de', '', 3, undefined) },
    { requiredKeys: [] },
  ),
  { maxLength: 9 },
);
const item = fc.record(
  {
    type: fc.constantFrom('article-journal', 'book', 'chapter', 'webpage', 'report', 'paper-conference', 'thesis', 'article-newspaper', 'article-magazine', 'article', 'dataset', 'software', 'document', 'nonsense'),
    author: names,
    editor: names,
    title: text,
    'container-title': text,
    'container-title-short': text,
    'collection-title': text,
    'event-title': text,
    publisher: text,
    issued: dates,
    accessed: dates,
    'available-date': dates,
    'original-date': dates,
    volume: text,
    issue: text,
    page: fc.constantFrom<unknown>('1139-43', '98–9', 'e123', '', '12-', '-', ' , ', 5),
    number: text,
    edition: fc.constantFrom<unknown>('1', '2', 'third', 'Revised', '', 3),
    DOI: fc.constantFrom<unknown>('10.1/x', 'https://doi.org/10.2/y.', '', undefined),
    URL: fc.constantFrom<unknown>('https://example.org/a', 'https://doi.org/10.3/z%28', 'https://doi.org/10.4/%E0%A4%A', ' ', undefined),
    version: text,
    genre: fc.constantFrom<unknown>('phdthesis', 'mathesis', 'Report', '', undefined),
    status: fc.constantFrom<unknown>('inpress', 'ahead of print', undefined),
  },
  { requiredKeys: ['type'] },
);

describe('AMA entries from any item (property) [slow]', () => {
  it('never show undefined or raw objects, never double a period or a space, and end with a period, a DOI or a URL', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(item, (fields) => {
        const csl = { id: 'x', ...fields } as unknown as CslItem;
        const { text: entry, runs } = formatAmaEntry(csl);
        assert.equal(runs.map((r) => r.text).join(''), entry);
        for (const run of runs) if (run.italic) assert.match(run.text, /^\S(?:[\s\S]*\S)?$/, `italic run "${run.text}" begins or ends with a space`);
        assert.doesNotMatch(entry, /undefined|null|NaN|\[object|\.\.(?!\.)|\s\s|\s[.,;:]|^[\s.,;:]|\s$|,\s*\.|;\s*\.|[-:;]\.|:-/, entry);
        if (entry) assert.match(entry, /[.?!]["'”’»]*$|doi:\S+$|https?:\S+$/, entry);
        assert.ok(Array.isArray(amaMissing(csl)));
      }),
      { numRuns: 1000 },
    );
  });

  it('the names that print are told without formatting them: exactly those amaName gives text for', () => {
    fc.assert(
      fc.property(names, (list) => {
        assert.deepEqual(namesOf(list), list.filter((name) => amaName(name as never) !== ''));
      }),
      { numRuns: 1000 },
    );
  });
});
