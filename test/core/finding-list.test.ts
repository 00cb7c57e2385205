import assert from 'node:assert/strict';
import fc from 'fast-check';
import { byPosition, type Reported } from '../../src/core/check';
import { FindingList, type Written } from '../../src/core/finding-list';

/** Said of a number: two ways of saying, so that a code can come in two kinds. */
const sayA = (about: unknown) => `A ${String(about)}`;
const sayB = (about: unknown) => `B ${String(about)}`;

const reported: fc.Arbitrary<Reported> = fc
  .record({
    code: fc.constantFrom('figure-order', 'figure-file', 'citation-order', 'a-rule'),
    severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<Reported['severity']>,
    start: fc.nat(6),
    length: fc.nat(2),
    words: fc.oneof(fc.string({ maxLength: 4 }), fc.record({ say: fc.constantFrom(sayA, sayB), about: fc.nat(9) })),
  })
  .map(({ code, severity, start, length, words }) => ({
    code,
    severity,
    start,
    end: start + length,
    fixes: [],
    ...(typeof words === 'string' ? { message: words } : { message: undefined, say: words.say, about: words.about }),
  }));

/** What a writer reads of a finding. */
function read(f: Written | Reported) {
  return [f.code, f.severity, f.start, f.end, f.message ?? f.say!(f.about)];
}

/** What a writer reads of each finding of the list, in order. */
function readAll(list: FindingList) {
  const all: ReturnType<typeof read>[] = [];
  list.eachRead((f) => all.push(read(f)));
  return all;
}

function listed(findings: readonly Reported[]): FindingList {
  const list = new FindingList();
  for (const f of findings) list.add(f.code, f.severity, f.start, f.end, f);
  return list;
}

describe('FindingList: the findings of check as the command line keeps them', () => {
  it('comes in the order of the stable sort byPosition, each finding as it was reported', () => {
    fc.assert(
      fc.property(fc.array(reported, { maxLength: 40 }), (findings) => {
        const list = listed(findings);
        assert.equal(list.length, findings.length);
        assert.deepEqual(readAll(list), [...findings].sort(byPosition).map(read));
        assert.equal(list.has('error'), findings.some((f) => f.severity === 'error'));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps and orders more findings than a block holds: runs reported one after another are merged (e7: two of 100,000)', () => {
    // Three rules' runs, each in document order, interleaved by position, and one finding out of order.
    const run = (code: string, count: number, step: number, offset: number): Reported[] =>
      Array.from({ length: count }, (_, i) => ({ code, severity: 'warning' as const, message: `${code} ${i}`, start: offset + i * step, end: offset + i * step + 1, fixes: [] }));
    const findings = [...run('figure-order', 9000, 3, 0), ...run('figure-file', 10_000, 2, 1), { ...run('a-rule', 1, 0, 5)[0] }, ...run('citation-order', 5000, 3, 0)];
    const list = listed(findings);
    assert.equal(list.length, findings.length);
    assert.deepEqual(readAll(list), [...findings].sort(byPosition).map(read));
  });

  it('merges a long run with a few findings reported apart from it, wherever they fall in it (ties included)', () => {
    const finding = (code: string, start: number, end: number, i: number): Reported => ({ code, severity: 'warning', message: `${code} ${i}`, start, end, fixes: [] });
    fc.assert(
      fc.property(fc.array(fc.nat(400), { minLength: 1, maxLength: 300 }), fc.array(fc.tuple(fc.nat(400), fc.nat(1)), { maxLength: 6 }), (starts, apart) => {
        const long = [...starts].sort((a, b) => a - b).map((start, i) => finding('figure-order', start, start + 1, i));
        const others = apart.map(([start, length], i) => finding(i % 2 === 0 ? 'a-rule' : 'section-missing', start, start + length, i));
        const findings = [...long, ...others];
        assert.deepEqual(readAll(listed(findings)), [...findings].sort(byPosition).map(read));
      }),
      { numRuns: 300 },
    );
  });
});
