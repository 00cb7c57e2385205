import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { dirname, isRemote, resolveTarget } from '../../src/core/paths';

describe('paths (figure files without Node path)', () => {
  it('tells remote URLs from local paths, Windows drives included', () => {
    assert.equal(isRemote('https://example.org/a.png'), true);
    assert.equal(isRemote('//cdn.example.org/a.png'), true);
    assert.equal(isRemote('data:image/png;base64,AAAA'), true);
    assert.equal(isRemote('images/a.png'), false);
    assert.equal(isRemote('C:\\images\\a.png'), false);
    assert.equal(isRemote('c:/images/a.png'), false);
  });

  it('takes the folder of a POSIX or Windows path', () => {
    assert.equal(dirname('/work/report/case.md'), '/work/report');
    assert.equal(dirname('C:\\work\\case.md'), 'C:\\work');
    assert.equal(dirname('case.md'), '.');
    assert.equal(dirname('/case.md'), '/');
  });

  it('resolves image targets: relative, dot segments, percent-encoding, query and hash', () => {
    assert.equal(resolveTarget('/work/report', 'images/ct.png'), '/work/report/images/ct.png');
    assert.equal(resolveTarget('/work/report', './images/../figs/ct.png'), '/work/report/figs/ct.png');
    assert.equal(resolveTarget('/work/report', 'images/chest%20ct.png?v=2#top'), '/work/report/images/chest ct.png');
    assert.equal(resolveTarget('/work/report', '/abs/ct.png'), '/abs/ct.png');
    assert.equal(resolveTarget('C:\\work\\report', 'images\\ct.png'), 'C:\\work\\report\\images\\ct.png');
    assert.equal(resolveTarget('/work/report', 'bad%zz.png'), '/work/report/bad%zz.png');
  });

  it('reads the target of `<path with spaces>` and a titled image', () => {
    const model = parseDocument('![Figure 1. A.](<images/chest ct.png>)\n\n![Figure 2. B.](images/b.png "Title")\n', parseOptions(defaultConfig()));
    assert.deepEqual(model.figures.map((f) => f.src), ['images/chest ct.png', 'images/b.png']);
  });

  it('reads the target of a reference-style image', () => {
    const model = parseDocument('![Figure 1. A rash.][rash]\n\n[rash]: images/rash.png\n', parseOptions(defaultConfig()));
    assert.deepEqual(model.figures.map((f) => [f.number, f.src]), [[1, 'images/rash.png']]);
  });
});

describe('section heads', () => {
  it('finds headings, bold run-in heads ending in a colon or period, and bold lines alone', () => {
    const model = parseDocument(
      '---\ntitle: T\nauthors: [A]\n---\n\n## Case Presentation\n\n**Background:** Lupus is common.\n\n**Pathogenesis**: unclear.\n\n__Outcome.__ She recovered.\n\n**Bold opening** without a colon is prose.\n\n**Discussion**\nA bold line alone opens a section.\n',
      parseOptions(defaultConfig()),
    );
    assert.deepEqual(model.heads.map((h) => [h.kind, h.text, h.line + 1]), [
      ['heading', 'Case Presentation', 6],
      ['run-in', 'Background', 8],
      ['run-in', 'Pathogenesis', 10],
      ['run-in', 'Outcome', 12],
      ['run-in', 'Discussion', 16],
    ]);
  });
});
