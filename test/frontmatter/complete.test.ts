import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { completeFrontmatter, hoverFrontmatterKey } from '../../src/core/frontmatter/complete';
import { suggest } from '../../src/core/frontmatter/suggest';
import { MAGAZINE, PRESETS } from '../../src/core/house-styles';

/** Completion labels at the `|` in the text. */
function labels(text: string, style = MAGAZINE): string[] {
  const offset = text.indexOf('|');
  return completeFrontmatter(text.replace('|', ''), offset, style, new Date(2018, 4, 17)).map((c) => c.label);
}

describe('frontmatter completion', () => {
  it('offers the keys not yet written, required first, with their descriptions', () => {
    const items = completeFrontmatter('---\ntitle: A\nti\n---\n', 15, MAGAZINE).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.ok(!items.some((i) => i.label === 'title'));
    assert.equal(items[0].label, 'authors');
    assert.match(items[0].documentation ?? '', /byline order/);
    assert.deepEqual([items[0].replaceStart, items[0].replaceEnd], [13, 15]);
  });

  it('works while the frontmatter is still unclosed, and not after it', () => {
    assert.ok(labels('---\n|').includes('title'));
    assert.deepEqual(labels('---\ntitle: A\n---\n|'), []);
    assert.deepEqual(labels('# No frontmatter\n|'), []);
  });

  it('offers author keys inside an author, without the ones it has', () => {
    assert.deepEqual(labels('---\nauthors:\n  - name: A\n    email: a@b.org\n    |\n---\n'), ['degrees', 'affiliation', 'orcid', 'corresponding']);
    assert.ok(labels('---\nauthors:\n  - name: A\n  - |\n---\n').includes('name'));
  });

  it('offers the house style categories and article types', () => {
    assert.deepEqual(labels('---\ncategory: |\n---\n'), MAGAZINE.categories);
    assert.deepEqual(labels('---\narticleType: |\n---\n'), ['case-report', 'case-series', 'image-report']);
    assert.deepEqual(labels('---\ncategory: |\n---\n', PRESETS.care), []);
  });

  it('replaces the whole value of a category', () => {
    const text = '---\ncategory: Lupus  # to check\n---\n';
    const [first] = completeFrontmatter(text, text.indexOf('Lupus') + 2, MAGAZINE);
    assert.equal(text.slice(first.replaceStart, first.replaceEnd), 'Lupus');
  });

  it('offers common degrees in flow and block lists', () => {
    assert.ok(labels('---\nauthors:\n  - name: A\n    degrees: [MD, |]\n---\n').includes('PhD'));
    assert.ok(labels('---\nauthors:\n  - name: A\n    degrees:\n      - |\n---\n').includes('MBBS'));
  });

  it('offers today for date and this month for issue', () => {
    assert.deepEqual(labels('---\ndate: |\n---\n'), ['2018-05-17']);
    assert.deepEqual(labels('---\nissue: |\n---\n'), ['May 2018']);
  });

  it('works with CRLF line endings', () => {
    assert.deepEqual(labels('---\r\ncategory: |\r\n---\r\n'), MAGAZINE.categories);
  });
});

describe('frontmatter hover', () => {
  const yaml = 'title: A\nauthors:\n  - name: B\n    orcid: 0000-0002-1825-0097\ncategory: Vasculitis\nnotes: x\n';
  const document = parseDocument(yaml);

  it('shows the schema description of a top-level key', () => {
    const hover = hoverFrontmatterKey(document, 2, MAGAZINE)!;
    assert.deepEqual([hover.start, hover.end], [0, 5]);
    assert.match(hover.markdown, /^\*\*title\*\* \(required\)/);
  });

  it('shows an author key, and the categories on `category`', () => {
    assert.match(hoverFrontmatterKey(document, yaml.indexOf('orcid') + 1, MAGAZINE)!.markdown, /ORCID iD/);
    assert.match(hoverFrontmatterKey(document, yaml.indexOf('category') + 1, MAGAZINE)!.markdown, /Systemic Lupus Erythematosus/);
  });

  it('shows nothing on values and unknown keys', () => {
    assert.equal(hoverFrontmatterKey(document, yaml.indexOf('Vasculitis') + 1, MAGAZINE), undefined);
    assert.equal(hoverFrontmatterKey(document, yaml.indexOf('notes') + 1, MAGAZINE), undefined);
  });
});

describe('did you mean', () => {
  const categories = MAGAZINE.categories;
  it('finds a category by one of its words, initials, accents and typos', () => {
    assert.deepEqual(suggest('Lupus', categories), ['Systemic Lupus Erythematosus']);
    assert.deepEqual(suggest('SLE', categories), ['Systemic Lupus Erythematosus']);
    assert.deepEqual(suggest('RA', categories), ['Rheumatoid Arthritis']);
    assert.deepEqual(suggest('sjogrens disease', categories), ["Sjögren's Disease"]);
    assert.deepEqual(suggest('Vasculitus', categories), ['Vasculitis']);
    assert.deepEqual(suggest('gout', categories), ['Gout and Crystalline Arthritis']);
  });

  it('lists ties and stays quiet when nothing is close', () => {
    assert.deepEqual(suggest('Arthritis', categories), ['Psoriatic Arthritis', 'Rheumatoid Arthritis']);
    assert.deepEqual(suggest('Cardiology', categories), []);
    assert.deepEqual(suggest('x', categories), []);
  });
});
