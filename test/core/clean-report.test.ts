import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { diskHost } from '../helpers/fixtures';

/**
 * The realistic report in test/fixtures/clean must give zero findings (test/fixtures.test.ts checks
 * that); this makes sure the zero is earned: the model really sees what the report contains.
 */
describe('the clean case report', () => {
  const path = join(__dirname, '..', 'fixtures', 'clean', 'lupus-alveolar-hemorrhage.md');
  const { model, findings } = checkText(readFileSync(path, 'utf8'), defaultConfig(), diskHost, path);

  it('has no findings', () => assert.deepEqual(findings.map((f) => `${f.range.start.line + 1} ${f.code}: ${f.message}`), []));

  it('cites every reference in order, in all three forms', () => {
    assert.deepEqual(new Set(model.citations.map((c) => c.form)), new Set(['superscript', 'html', 'bracket']));
    const first: number[] = [];
    for (const c of model.citations) for (const n of c.numbers) if (!first.includes(n)) first.push(n);
    assert.deepEqual(first, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.deepEqual(model.references?.entries.map((e) => e.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.ok(model.references?.entries.every((e) => e.doi !== undefined));
  });

  it('has three figures with files, one captioned table, and mentions of each', () => {
    assert.deepEqual(model.figures.map((f) => f.number), [1, 2, 3]);
    assert.deepEqual(model.tables.map((t) => [t.number, t.caption]), [[1, 'Laboratory values on admission to hospital']]);
    assert.deepEqual(new Set(model.mentions.list().map((m) => `${m.kind} ${m.numbers.join(',')}`)), new Set(['figure 1', 'figure 2', 'figure 3', 'table 1']));
  });

  it('keeps exponents and percentage ranges out of the citations', () => {
    const exponents = [...model.text.matchAll(/(?:10|mg\/m)(\^[0-9]\^)/g)].map((m) => ({ index: m.index! + m[0].length - m[1].length }));
    assert.equal(exponents.length, 3);
    for (const e of exponents) assert.ok(!model.citations.some((c) => c.start === e.index));
  });
});
