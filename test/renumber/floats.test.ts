import assert from 'node:assert/strict';
import { renumberFloats } from '../../src/core/renumber';
import { apply, FRONTMATTER, parse } from './helpers';

const figures = (text: string) => apply(text, (model) => renumberFloats(model, 'figure'));
const tables = (text: string) => apply(text, (model) => renumberFloats(model, 'table'));

describe('renumber figures and tables in order of first mention', () => {
  it('rewrites labels and every mention, keeping panel letters and words', () => {
    const before = `${FRONTMATTER}The CT (Figure 2A) and the biopsy (Fig. 1) agree; see also Figure 2B and Figures 1 and 2.\n\n![Figure 1. Biopsy.](biopsy.png)\n\n![**Figure 2A.** CT.](ct-a.png)\n\n![Figure 2B. CT later.](ct-b.png)\n`;
    const after = figures(before);
    assert.match(after, /The CT \(Figure 1A\) and the biopsy \(Fig\. 2\) agree; see also Figure 1B and Figures 1 and 2\./);
    assert.match(after, /!\[Figure 2\. Biopsy\.\]\(biopsy\.png\)/);
    assert.match(after, /!\[\*\*Figure 1A\.\*\* CT\.\]\(ct-a\.png\)/);
    assert.match(after, /!\[Figure 1B\. CT later\.\]\(ct-b\.png\)/);
    assert.equal(figures(after), after);
  });

  it('writes a reordered list of numbers again, ascending, ranges kept for three or more', () => {
    const images = [1, 2, 3, 4].map((n) => `![Figure ${n}. Image ${n}.](f${n}.png)`).join('\n\n');
    const before = `${FRONTMATTER}First Figure 4, then Figures 1-3, then Figures 3 and 4.\n\n${images}\n`;
    const after = figures(before);
    // 4->1, 1->2, 2->3, 3->4
    assert.match(after, /First Figure 1, then Figures 2-4, then Figures 1 and 4\./);
    assert.equal(figures(after), after);
  });

  it('rewrites numbers of five digits and more whole', () => {
    const before = `${FRONTMATTER}First Figure 10002, then Figures 10001 and 10002.\n\n![Figure 10001. Early.](a.png)\n\n![Figure 10002. Late.](b.png)\n`;
    const after = figures(before);
    assert.match(after, /First Figure 1, then Figures 1 and 2\./);
    assert.match(after, /!\[Figure 2\. Early\.\]\(a\.png\)\n\n!\[Figure 1\. Late\.\]\(b\.png\)/);
    assert.equal(figures(after), after);
  });

  it('renumbers tables by their caption label and leaves unmentioned ones after the rest', () => {
    const before = `${FRONTMATTER}Laboratory values are in Table 2.\n\nTable 1. Medications\n\n| Drug | Dose |\n| --- | --- |\n| Warfarin | 5 mg |\n\nTable 2. Laboratory values\n\n| Test | Value |\n| --- | --- |\n| INR | 3.1 |\n`;
    const after = tables(before);
    assert.match(after, /Laboratory values are in Table 1\./);
    assert.match(after, /Table 2\. Medications/);
    assert.match(after, /Table 1\. Laboratory values/);
  });

  it('touches only the numbers of a mention, never the prose after it', () => {
    const before = `${FRONTMATTER}The rash (Figure 2, 3 days later) faded by Fig. 1 and Figures 1 to 2.\r\n\r\n![Figure 1. Day 1.](a.png)\r\n\r\n![Figure 2. Day 4.](b.png)\r\n`;
    const after = figures(before);
    assert.match(after, /The rash \(Figure 1, 3 days later\) faded by Fig\. 2 and Figures 1 to 2\./);
    assert.match(after, /!\[Figure 2\. Day 1\.\]\(a\.png\)\r\n\r\n!\[Figure 1\. Day 4\.\]/);
  });

  it('refuses when a mention names a figure that does not exist', () => {
    const outcome = renumberFloats(parse(`${FRONTMATTER}See Figure 3.\n\n![Figure 1. Only.](a.png)\n`), 'figure');
    assert.equal(outcome.status, 'blocked');
  });

  it('changes nothing when figures are already in order of first mention', () => {
    const text = `${FRONTMATTER}See Figure 1 and Figures 2-4.\n\n${[1, 2, 3, 4].map((n) => `![Figure ${n}. x.](f${n}.png)`).join('\n\n')}\n`;
    assert.equal(renumberFloats(parse(text), 'figure').status, 'unchanged');
  });
});
