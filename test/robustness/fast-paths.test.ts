import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkText } from '../../src/core/check';
import { listNumbers } from '../../src/core/citations';
import { defaultConfig } from '../../src/core/config';
import { findMentions } from '../../src/core/figures';
import { eachEarlyUse, numberGroups, type EarlyUse } from '../../src/core/first-use-order';
import { blankSpans, SPARSE } from '../../src/core/mask';
import { countWords } from '../../src/core/words';
import { spliceText } from '../../src/core/splice';
import { groupDigits } from '../../src/core/group-digits';
import { AGE_START, PATTERNS as AGE_PATTERNS, STARTS as AGE_STARTS, ageStarts } from '../../src/core/rules/privacy/phi-age';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { digitRuns, digitRunsBlanked, digitRunsWhere, hintStarts, hintStartsBefore, matches, matchesAt, mergeStarts, SHORT_RUN } from '../../src/core/scan/matches';
import { byStart, mergeByStart, withoutOverlaps } from '../../src/core/scan/spans';
import { contactText, privacyText } from '../../src/core/text/privacy';
import { PATTERNS as DATE_PATTERNS, dateStarts } from '../../src/core/rules/privacy/phi-date';
import { PATTERNS as IDENTIFIER_PATTERNS, identifierStarts } from '../../src/core/rules/privacy/phi-identifier';
import { PATTERNS as PHONE_PATTERNS, phoneStarts } from '../../src/core/rules/privacy/phi-contact';
import { NAME, nameStarts } from '../../src/core/rules/privacy/phi-name';
import { WORD_GAP } from '../../src/core/rules/privacy/wrap';
import { numberStarts, QUANTITY } from '../../src/core/rules/dose/scan';
import { bodyText } from '../../src/core/text/body';
import { PATTERNS as DOSE_ABBREVIATIONS, literalStarts, qStarts } from '../../src/core/rules/dose/dose-abbreviation';
import { LONG_NUMBER } from '../../src/core/rules/dose/dose-error-prone';
import { AGE } from '../../src/core/rules/dose/style-age';
import { AFTER_NUMBER, RUN_IN } from '../../src/core/rules/dose/unit-format';
import { comparable } from '../../src/core/rules/citations/reference-duplicate';
import type { Span } from '../../src/core/types';

/**
 * The performance work replaced simple code by faster code in a few places. Each fast path is
 * checked here against the straightforward version it replaced, on generated input.
 */
const host = { fileExists: () => true };

/** The original blanking: a regular expression over each span's text. */
function blankSpansSimple(text: string, spans: Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    out += text.slice(at, start) + text.slice(start, span.end).replace(/[^\r\n]/g, ' ');
    at = span.end;
  }
  return out + text.slice(at);
}

/** The original citation-order check: for each marker, filter every cited number (quadratic). */
function citationOrderSimple(markers: number[][]): string[] {
  const firstMarker = new Map<number, number>();
  markers.forEach((numbers, index) => {
    for (const n of numbers) if (!firstMarker.has(n)) firstMarker.set(n, index);
  });
  const cited = [...firstMarker.keys()].sort((a, b) => a - b);
  const messages: string[] = [];
  markers.forEach((numbers, index) => {
    const introduced = [...new Set(numbers)].filter((n) => firstMarker.get(n) === index);
    if (introduced.length === 0) return;
    const highest = Math.max(...introduced);
    const skipped = cited.filter((n) => n < highest && firstMarker.get(n)! > index);
    if (skipped.length === 0) return;
    const early = Math.min(...introduced.filter((n) => n > skipped[0]));
    // The message names five of them at most, then how many more (issue 13: bounded messages).
    messages.push(`${index}: ${early} before ${skipped.length > 5 ? `${skipped.slice(0, 5).join(', ')} and ${skipped.length - 5} more` : listNumbers(skipped)}`);
  });
  return messages;
}

/** Each expression tried only at its starts finds what a full scan of the text finds. */
/**
 * The North American starts as phoneStarts finds them, written plainly: the runs of three digits,
 * and of one or four that begin with 1, followed by a space, dot, hyphen, line break or
 * parenthesis, each after the `+` or `(` that opens it. (That no other run starts a number,
 * hintedEqualsFull checks against the full scan.)
 */
function naStarts(text: string): number[] {
  const runs = [...text.matchAll(/(?<![0-9])[0-9]+(?=[ .\-\r\n()])/g)].filter((m) => m[0].length === 3 || (m[0][0] === '1' && (m[0].length === 1 || m[0].length === 4)));
  return runs.flatMap((m) => (text[m.index - 1] === '+' || text[m.index - 1] === '(' ? [m.index - 1, m.index] : [m.index]));
}

function hintedEqualsFull(text: string, checks: [RegExp, ArrayLike<number>][]): void {
  for (const [re, starts] of checks) {
    const full = [...matches(re, text)].map((m) => `${m.index}:${m[0]}`);
    const hinted = [...matchesAt(re, text, starts)].map((m) => `${m.index}:${m[0]}`);
    assert.deepEqual(hinted, full, `${JSON.stringify(text)} ${re.source.slice(0, 40)}`);
  }
}

describe('fast paths agree with the simple code they replaced', function () {
  // Property tests of 100 to 1,000 runs each: a few seconds idle, over 10 s each on the shared machine under load.
  this.timeout(60_000);
  it('blankSpans blanks exactly like a per-span regular expression', () => {
    const text = fc.stringMatching(/^[a-z \r\n\u2013`]{0,80}$/);
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.array(fc.tuple(fc.nat(t.length), fc.nat(t.length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })), { maxLength: 6 }))),
        ([t, spans]) => {
          assert.equal(blankSpans(t, spans), blankSpansSimple(t, spans));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('spliceText assembles what joining the slices and new texts assembles, in ASCII (as bytes) and beyond', () => {
    const plain = (text: string, edits: { start: number; end: number; newText: string }[]) => {
      let out = '';
      let at = 0;
      for (const edit of edits) {
        out += text.slice(at, edit.start) + edit.newText;
        at = edit.end;
      }
      return out + text.slice(at);
    };
    const newText = fc.constantFrom('', '.', '^1^', ' ', 'é', '\u2013', '\ud83d\ude00', '\r\n', '\u007f', '\u0080');
    const text = fc.stringMatching(/^[a-z \r\n^.\u007f\u00e9\u2013]{0,60}$/);
    const cuts = (t: string) => fc.uniqueArray(fc.nat(t.length), { maxLength: 10 }).map((points) => points.sort((a, b) => a - b));
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), cuts(t), fc.array(newText, { minLength: 10, maxLength: 10 }))),
        ([t, points, texts]) => {
          // Consecutive cut points pair up as edits (start, end); an odd one out is an insertion.
          const edits = [];
          for (let i = 0; i < points.length; i += 2) edits.push({ start: points[i], end: points[i + 1] ?? points[i], newText: texts[i] });
          const got = spliceText(t, { starts: edits.map((e) => e.start), ends: edits.map((e) => e.end), newTexts: edits.map((e) => e.newText) });
          assert.equal(got, plain(t, edits));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('blankSpans blanks ASCII texts (as bytes, or joined when the spans are sparse) and others alike, after a head, spans in any order and past the end', () => {
    // A long tail of words makes the same spans sparse: the text is then blanked by a join.
    const tail = fc.constantFrom('', `\n${'word '.repeat(SPARSE * 2)}`, `\r\n${'word\u00e9 \r\nw\n'.repeat(SPARSE)}`);
    const text = fc.tuple(fc.oneof(fc.stringMatching(/^[a-z \r\n`]{0,80}$/), fc.stringMatching(/^[a-z \r\n\u00e9\u2013\ud83d\ude00`]{0,80}$/)), tail).map(([t, rest]) => t + rest);
    const offset = (t: string) => fc.integer({ min: -2, max: t.length + 2 });
    const span = (t: string) => fc.tuple(offset(t), offset(t)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.array(span(t), { maxLength: 8 }), fc.option(fc.nat(t.length + 2), { nil: undefined }))),
        ([t, spans, cut]) => {
          if (cut === undefined) assert.equal(blankSpans(t, spans), blankSpansSimple(t, spans));
          else {
            // A head is the text's first characters as the caller blanked them (here: as blankSpans does).
            const head = blankSpansSimple(t.slice(0, cut), spans.map((s) => ({ start: s.start, end: Math.min(s.end, cut) })));
            assert.equal(blankSpans(t, spans, head), head + blankSpansSimple(t, spans).slice(head.length));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('blankSpans handles spans longer than its cached run of spaces', () => {
    const text = `${'a'.repeat(700)}\r\n${'b'.repeat(300)}`;
    assert.equal(blankSpans(text, [{ start: 5, end: 1000 }]), blankSpansSimple(text, [{ start: 5, end: 1000 }]));
  });

  it('citation-order reports what the quadratic version reported', () => {
    const markers = fc.array(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(markers, (list) => {
        const body = list.map((numbers) => `Sentence text.^${numbers.join(',')}^`).join('\n\n');
        const references = Array.from({ length: 12 }, (_, i) => `${i + 1}. Author ${i + 1}. Title ${i + 1}. J Test. 2001;${i + 1}:1-2.`).join('\n');
        const text = `---\ntitle: T\nauthors:\n  - name: A\n---\n\n${body}\n\n## References\n\n${references}\n`;
        const { model, findings } = checkText(text, defaultConfig(), host);
        const byStart = new Map(model.citations.map((m, index) => [m.start, index]));
        const got = findings
          .filter((f) => f.code === 'citation-order')
          .map((f) => {
            const [, early, rest] = /^Reference (\d+) is cited before references? (.*?), which/.exec(f.message)!;
            return `${byStart.get(f.start)}: ${early} before ${rest}`;
          });
        assert.deepEqual(got, citationOrderSimple(model.citations.map((m) => m.numbers)));
      }),
      { numRuns: 300 },
    );
  });

  it('eachEarlyUse (typed arrays, no Map) finds what filtering every number finds, on sparse, huge and repeated numbers', () => {
    const number = fc.oneof(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 2 ** 40 }), fc.constantFrom(1e200, 2 ** 53 + 2));
    const groups = fc.array(fc.array(number, { maxLength: 5 }), { maxLength: 16 });
    fc.assert(
      fc.property(groups, (list) => {
        const uses: EarlyUse[] = [];
        eachEarlyUse(numberGroups(list), (use) => uses.push(use));
        const got = uses.map((use) => `${use.index}: ${use.early} before ${use.count > use.named.length ? `${use.named.join(', ')} and ${use.count - use.named.length} more` : listNumbers(use.named)}`);
        assert.deepEqual(got, citationOrderSimple(list));
      }),
      { numRuns: 1000 },
    );
  });

  it('reference-duplicate compares ASCII and non-ASCII entries alike', () => {
    const entry = (text: string, n: number) => `${n}. ${text}`;
    const text = (a: string, b: string) => `---\ntitle: T\nauthors:\n  - name: A\n---\n\nCited.^1,2^\n\n## References\n\n${entry(a, 1)}\n${entry(b, 2)}\n`;
    const duplicates = (a: string, b: string) => checkText(text(a, b), defaultConfig(), host).findings.filter((f) => f.code === 'reference-duplicate').length;
    assert.equal(duplicates('Smith J. Lupus nephritis. Lupus. 2001;1:2-3.', 'SMITH J, lupus  nephritis, Lupus 2001;1:2-3'), 1);
    assert.equal(duplicates('Müller K. Sjögren disease. Ann. 2001;1:2.', 'MÜLLER K — sjögren disease. Ann 2001;1:2'), 1);
    assert.equal(duplicates('Muller K. Sjogren disease. Ann. 2001;1:2.', 'Müller K. Sjögren disease. Ann. 2001;1:2.'), 0);
    assert.equal(duplicates('Smith J. Lupus nephritis. Lupus. 2001;1:2-3.', 'Smith J. Lupus nephritis. Lupus. 2002;1:2-3.'), 0);
  });

  it('mentions inside their own caption are dropped exactly as a scan over every caption dropped them', () => {
    const piece = fc.constantFrom(
      '![Figure 1. As Figure 1 shows](a.png)', '![Figure 2. Unlike Figure 1](b.png)', '![Figure 3. Figures 3 and 4](c.png)', '![No label, Figure 2](d.png)',
      'See Figure 1.', 'Figure 2 and Table 1.', '\n\nTable 1. Labs as in Table 1\n| a | b |\n| - | - |\n| 1 | 2 |\n\n', '\n\nTable 2. Unlike Table 1\n| a |\n| - |\n| 1 |\n\n', ' text ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = `---\ntitle: T\nauthors:\n  - name: A\n---\n\n${pieces.join('')}\n`;
        const { model } = checkText(text, defaultConfig(), host);
        const expected = findMentions(model.prose).list().filter((mention) => {
          const owners = mention.kind === 'figure' ? model.figures : model.tables;
          return !owners.some((f) => f.number !== undefined && mention.start >= f.captionStart && mention.end <= f.captionEnd && mention.numbers.every((n) => n === f.number));
        });
        assert.deepEqual(model.mentions.list(), expected);
      }),
      { numRuns: 300 },
    );
  });

  it('groupDigits writes a number as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.maxSafeInteger(), fc.maxSafeInteger().map((n) => -n), fc.double({ noNaN: true }), fc.constantFrom(0, -0, 999, 1000, 12_345, 2 ** 53, Infinity)), (n) => {
        assert.equal(groupDigits(n), n.toLocaleString('en-US'), String(n));
      }),
      { numRuns: 3000 },
    );
    assert.equal(groupDigits(1_234_567), '1,234,567');
  });

  it('countWords counts what the WORD regular expression matches', () => {
    const WORD = /[\p{L}\p{N}]+(?:['’.\-–/][\p{L}\p{N}]+)*/gu;
    const alphabet = fc.constantFrom('a', 'Z', '7', 'é', 'ß', '漢', '٣', '𝐀', '😀', '\ud800', '\udc00', ' ', '\n', "'", '’', '.', '-', '–', '/', ',', '_', '\u00a0');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        assert.equal(countWords(text), (text.match(WORD) ?? []).length, JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
    assert.equal(countWords("The patient's follow-up: 10.5 mg/dL – twice."), 6);
  });

  it('phi-contact finds e-mail addresses around the @ signs exactly as a scan of the whole text did', () => {
    const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu;
    const piece = fc.constantFrom('a', 'jkim', 'é', '.', '_', '+', '-', '@', '@@', 'example', '.org', '.co.uk', ' ', '\n', 'x'.repeat(70), 'mail ', '<', '>', ':');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), (body) => {
        const text = `Contact ${body} end.`;
        const config = defaultConfig();
        const model = parseDocument(text, parseOptions(config));
        const scanned = contactText(model, config.privacy.allow);
        const expected = [...scanned.matchAll(EMAIL)].filter((m) => /\p{L}{2,}/u.test(m[0].slice(m[0].lastIndexOf('.') + 1))).map((m) => `${m.index}-${m.index + m[0].length}`);
        const got = checkText(text, config, host).findings.filter((f) => f.code === 'phi-contact').map((f) => `${f.start}-${f.end}`);
        assert.deepEqual(got, expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('dose-abbreviation finds "MS" where the look-behind-first expression found it', () => {
    const MS = /(?<![\p{L}\p{N}])MS(?=[ \t\u00a0]+(?:(?:IR|ER|SR)[ \t\u00a0]+)?\d{1,5}(?:\.\d{1,3})?(?:[ \t]*[-–][ \t]*\d{1,5}(?:\.\d{1,3})?)?[ \t\u00a0]?(?:mg|mcg|µg|μg|milligrams?)(?![\p{L}]))|(?<=\d[ \t\u00a0]?(?:mg|mcg|µg|μg)[ \t\u00a0]+(?:of[ \t\u00a0]+)?)MS(?![\p{L}\p{N}])/gu;
    const piece = fc.constantFrom('MS', 'MS ', 'AMS', 'MSc', ' ', '15', '4', ' mg', 'mg', ' of ', 'IR ', '-', '2.5', 'mcg', 'x', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }).map((a) => a.join('')), (body) => {
        const text = `Given ${body} today.`;
        const config = defaultConfig();
        const model = parseDocument(text, parseOptions(config));
        const expected = [...bodyText(model).matchAll(MS)].map((m) => m.index);
        const got = checkText(text, config, host).findings.filter((f) => f.code === 'dose-abbreviation' && text.slice(f.start, f.end) === 'MS').map((f) => f.start);
        assert.deepEqual(got, expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('phi-date finds what its expressions found before they opened with a look-ahead', () => {
    // The expressions and the filtering of phi-date as they were, as the oracle.
    const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
    const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
    const YEAR = '(?:1[89]|20)\\d{2}';
    const B = '(?<![\\p{L}\\p{N}])';
    const E = '(?![\\p{L}\\p{N}])';
    const named = [
      new RegExp(`${B}(?:${DAY}-${MONTH}|${MONTH}-${DAY})-(?:${YEAR}|\\d{2})${E}`, 'gu'),
      new RegExp(`${B}${MONTH}\\.?${WORD_GAP}${DAY}(?:,?${WORD_GAP}${YEAR})?${E}(?![.,]\\d)`, 'gu'),
      new RegExp(`${B}${DAY}(?:${WORD_GAP}of)?${WORD_GAP}${MONTH}(?:\\.(?=${WORD_GAP}?\\d))?(?:,?${WORD_GAP}${YEAR})?${E}`, 'gu'),
      new RegExp(`${B}${MONTH}\\.?,?${WORD_GAP}(?:of${WORD_GAP})?${YEAR}${E}`, 'gu'),
    ];
    const NUMERIC = /(?<![\p{L}\p{N}.,/-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}]|[/.-]\d)/gu;
    const ISO = /(?<![\p{L}\p{N}.,/-])((?:1[89]|20)\d{2})([/.-])(\d{1,2})\2(\d{1,2})(?![\p{L}\p{N}]|[/.-]\d)/gu;
    const oracle = (text: string) => {
      const found: Span[] = [];
      for (const re of named) for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length });
      for (const m of text.matchAll(NUMERIC)) {
        const [a, b] = [Number(m[1]), Number(m[3])];
        const dotted = m[2] === '.' && !(m[1].length === 2 && m[3].length === 2) && m[4].length !== 4;
        if (!dotted && a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12)) found.push({ start: m.index, end: m.index + m[0].length });
      }
      for (const m of text.matchAll(ISO)) {
        const [month, day] = [Number(m[3]), Number(m[4])];
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) found.push({ start: m.index, end: m.index + m[0].length });
      }
      return withoutOverlaps(found).map((f) => `${f.start}-${f.end}`);
    };
    const piece = fc.constantFrom('March', 'Mar', 'May', 'Sept', 'Dec', '.', ',', ' ', '3', '03', '14', '31', '2017', '18', 'rd', ' of ', '-', '/', 'x', 'é', '1999', '2018-03-14', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }).map((a) => a.join('')), (body) => {
        const text = `On ${body} it began.`;
        const config = defaultConfig();
        const expected = oracle(privacyText(parseDocument(text, parseOptions(config)), config.privacy.allow));
        const got = checkText(text, config, host).findings.filter((f) => f.code === 'phi-date').map((f) => `${f.start}-${f.end}`);
        assert.deepEqual(got, expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('phi-age expressions match the same with and without their opening look-ahead', () => {
    const without = AGE_PATTERNS.map((re) => new RegExp(re.source.replace(AGE_START, '').replace(/^\(\?=a\)/, ''), re.flags));
    assert.ok(without.every((re, i) => re.source !== AGE_PATTERNS[i].source), 'every expression opens with a look-ahead');
    const piece = fc.constantFrom('92', '104', '9', '1', 'ninety', 'Ninety-two', 'NINETY', 'one hundred', 'Hundred', ' ', '-', 'year', 'years', 'old', 'yo', 'y/o', '(', ')', ',', 'aged', 'Age', 'AGED', 'age of', ':', 'of age', 'x', 'é', '.', '+');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (text) => {
        AGE_PATTERNS.forEach((re, i) => {
          const a = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0]}`);
          const b = [...text.matchAll(without[i])].map((m) => `${m.index}:${m[0]}`);
          assert.deepEqual(a, b, `${JSON.stringify(text)} pattern ${i}`);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('phi-age expressions tried only at digit runs and hint words find what a full scan finds', () => {
    const piece = fc.constantFrom('92', '104', '119', '9', '1', '0', '1992', 'ninety', 'Ninety-two', 'NINETY', 'one hundred', 'Bone hundred', 'Hundred', 'hundred and ten', ' ', '-', 'year', 'years', 'old', 'yo', 'y/o', '(', ')', ',', 'aged', 'Age', 'AGED', 'page', 'age of', ':', 'of age', 'x', 'é', '.', '+', 'or older', '٩', '\u00a0', 'ſ', 'K', '\n', '\r\n', '\t', '‐', '–', 'Y', 'YO', 'Years');
    // And, more often, what may follow an age in digits (the starts keep only the runs it follows).
    const after = fc.constantFrom('92', '104', ' ', '\u00a0', '\t', '\n', '\r\n', '-', '‐', '–', 'y', 'Y', 'years', 'yrs', 'yo', 'old', '(', ')', ',', '.', 'x', '-year-old', '‐year‐old', '–yr–old', ' years old', '\nyears of age', '\tyo', 'Y/O', ' y)');
    for (const pieces of [piece, after]) {
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 14 }).map((a) => a.join('')), (text) => {
          const starts = ageStarts(text, digitRuns(text));
          AGE_PATTERNS.forEach((re, i) => {
            const full = [...matches(re, text)].map((m) => `${m.index}:${m[0]}`);
            const hinted = [...matchesAt(re, text, starts[AGE_STARTS[i]])].map((m) => `${m.index}:${m[0]}`);
            assert.deepEqual(hinted, full, `${JSON.stringify(text)} pattern ${i}`);
          });
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('phi-date expressions tried only at digit runs and month names find what a full scan finds', () => {
    const piece = fc.constantFrom('3', '14', '03', '2018', '18', '1999', '/', '.', '-', ' ', ', ', 'of ', 'the ', '3rd', '21st', 'March', 'Mar', 'Mar.', 'Sept', 'June', 'May', 'Dec', 'DEC', 'Marfan', 'x', 'é', '2.1', 'a', '١', '\u00a0', '\t', '\n', '\r\n', '\n   ', '^', '^1^', 'nd', 'st', 'th', 'r', '\r');
    // And, more often, what may follow a day or a year in digits (the starts keep only the runs it follows).
    const after = fc.constantFrom('3', '14', '2018', '1999', '/', '.', '-', ' ', '\n', 'Mar', 'Sep', 'Dec', 'June', 'mar', 'rd', 'th', ',', 'x', '-Jan-2018', '-Feb-18', '-Mar-', '-Apr-19', '-May-2020', '-Jun-', '-Jul-', '-Aug-', '-Sep-18', '-Oct-', '-Nov-', '-Dec-2019', '-03-14', '/3/2018', '.03.18', '-12-', '.', '-12-3', '/11/14', '.9.1');
    for (const pieces of [piece, after]) {
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 14 }).map((a) => a.join('')), (text) => {
          const starts = dateStarts(text, digitRuns(text));
          for (const [re, kind] of DATE_PATTERNS) {
            const full = [...matches(re, text)].map((m) => `${m.index}:${m[0]}`);
            const hinted = [...matchesAt(re, text, starts[kind])].map((m) => `${m.index}:${m[0]}`);
            assert.deepEqual(hinted, full, `${JSON.stringify(text)} ${re.source.slice(0, 40)}`);
          }
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('phi-identifier expressions tried only near digit runs find what a full scan finds', () => {
    const piece = fc.constantFrom(
      'MRN', 'mrn', 'MR#', 'SSN', 'ſſn', 'UHID', 'CRN', 'medical record', 'Records', 'record  number', 'hospital no.', 'chart #', 'case ID', 'patient identifier',
      'account number', 'acct.', 'social security', 'Social\tSecurity number', 'health insurance no', 'policy #', 'Medicare number', 'NHS no.', 'licence num.', 'serial number', 'device #', 'accession no',
      ' ', '  ', '\t', ':', '#', '-', '(', ' was ', ' is ', ' of ', '0048', '2913', '12', '123-45-6789', '123', '45', '6789', 'AB', 'x', 'é', '\n', 'K', ' '.repeat(30), '\r\n', '   \n        ', '^', '^1^', '1', 'a', '\u212a', 'ſ', '.', '\u00a0',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }).map((a) => a.join('')), (text) => {
        const starts = identifierStarts(text);
        hintedEqualsFull(text, [[IDENTIFIER_PATTERNS.cued, starts.cued], [IDENTIFIER_PATTERNS.ssn, starts.ssn]]);
      }),
      { numRuns: 3000 },
    );
  });

  it('phi-contact phone expressions tried only at and near digit runs find what a full scan finds', () => {
    const piece = fc.constantFrom(
      'phone', 'Telephone', 'TEL.', 'tel', 'fax', 'mobile', 'pager', 'beeper', 'call', 'called', 'called her  at', 'call them at', 'reachable at', 'reached at', 'contact at', 'contacted\tat', 'dial', 'dialling',
      ' number', ' no.', ' #', ':', ' at ', ' is ', ' ', '   ', '+', '(', ')', '1', '718', '555', '0192', '-', '.', '+44', '20', '7946', '0958', '(0)', '\u00a0', '/', 'x', 'é', '٣', '\n', ' '.repeat(20), '^', '^1^', ',', '\r\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }).map((a) => a.join('')), (text) => {
        const starts = phoneStarts(text);
        assert.deepEqual(starts.na, naStarts(text));
        hintedEqualsFull(text, [[PHONE_PATTERNS.na, starts.na], [PHONE_PATTERNS.intl, starts.intl], [PHONE_PATTERNS.labelled, starts.labelled]]);
      }),
      { numRuns: 3000 },
    );
  });

  it('hintStartsBefore finds exactly the hint matches that start shortly before an anchor', () => {
    const text = fc.stringMatching(/^[ab1 ]{0,60}$/);
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 8 }), (t, before) => {
        const hint = /ab|b a/g;
        const anchors = digitRuns(t).starts;
        const expected = hintStarts(hint, t).filter((at) => anchors.some((d) => at < d && at >= d - before));
        assert.deepEqual(hintStartsBefore(hint, t, anchors, before, 3), expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches falls back to a full scan where the starts are dense, with the same matches', () => {
    const re = /(?<![\p{N}])\d{2}-\d/gu;
    const text = '12-3 45-6 x 78-9'.repeat(20);
    const { starts } = digitRuns(text);
    const full = [...matches(re, text)].map((m) => m.index);
    assert.ok(starts.length * 16 > text.length, 'dense');
    assert.deepEqual([...matches(re, text, starts)].map((m) => m.index), full);
    assert.deepEqual([...matchesAt(re, text, starts)].map((m) => m.index), full);
    const sparse = text + ' '.repeat(20 * text.length);
    assert.deepEqual([...matches(re, sparse, digitRuns(sparse).starts)].map((m) => m.index), full);
  });

  it('byStart: the list itself when it is in order by start, else a sorted copy', () => {
    const span = fc.tuple(fc.nat(30), fc.nat(5)).map(([start, width]) => ({ start, end: start + width }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
        const before = JSON.stringify(spans);
        const sorted = byStart(spans);
        assert.deepEqual(sorted, [...spans].sort((a, b) => a.start - b.start));
        assert.equal(JSON.stringify(spans), before, 'the list is not changed');
        const inOrder = spans.every((s, i) => i === 0 || spans[i - 1].start <= s.start);
        assert.equal(sorted === spans, inOrder);
      }),
    );
  });

  it('mergeByStart: lists each by start merged as a stable sort of them joined puts them, a list alone as it is', () => {
    const span = fc.tuple(fc.nat(30), fc.nat(5)).map(([start, width]) => ({ start, end: start + width }));
    const list = fc.array(span, { maxLength: 8 }).map((spans) => [...spans].sort((a, b) => a.start - b.start));
    fc.assert(
      fc.property(fc.array(list, { maxLength: 5 }), (lists) => {
        const merged = mergeByStart(lists);
        assert.deepEqual(merged, lists.flat().sort((a, b) => a.start - b.start));
        const filled = lists.filter((l) => l.length > 0);
        if (filled.length === 1) assert.equal(merged, filled[0]);
      }),
    );
  });

  it('digitRuns, digitRunsWhere and mergeStarts', () => {
    const spans = (runs: { starts: Int32Array; ends: Int32Array }) => Array.from(runs.starts, (start, i) => [start, runs.ends[i]]);
    assert.deepEqual(spans(digitRuns('a12 3x45٣6')), [[1, 3], [4, 5], [6, 8], [9, 10]]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('0', '9', '12', 'a', ' ', '/', ':', '٣', '𝟘', '\n'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const runs = [...text.matchAll(/\d+/g)];
        assert.deepEqual(spans(digitRuns(text)), runs.map((m) => [m.index, m.index + m[0].length]));
        assert.deepEqual(Array.from(digitRuns(text).short), runs.flatMap((m, i) => (m[0].length <= SHORT_RUN ? [i] : [])));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('0', '9', '12', '1234', '12345', 'a', ' ', '-', '/', '٣', '\n'), { maxLength: 30 }), fc.integer({ min: 0, max: 4 }), fc.boolean(), fc.integer({ min: 1, max: SHORT_RUN }), (parts, most, longer, asking) => {
        const text = parts.join('');
        const runs = digitRuns(text);
        // A question about the runs of at most `asking` digits; `longer` is the answer for the others.
        const question = (length: number, _first: number, next: number) => length <= most || next === 45;
        const all = [...text.matchAll(/[0-9]+/g)];
        const expected = all.filter((m) => (m[0].length > asking ? longer : question(m[0].length, m[0].charCodeAt(0), text.charCodeAt(m.index + m[0].length)))).map((m) => m.index);
        let asked = 0;
        const kept = digitRunsWhere(text, runs, (length, first, next) => (asked++, question(length, first, next)), longer, asking);
        assert.deepEqual(Array.from(kept), expected);
        // The runs of at most `asking` digits only are asked.
        assert.equal(asked, all.filter((m) => m[0].length <= asking).length);
        // Every run kept: the runs themselves, not a copy.
        if (longer && expected.length === runs.starts.length) assert.equal(kept, runs.starts);
      }),
    );
    // The runs of a blanked text, from the runs of the text it was blanked from.
    const runsOf = (runs: { starts: Int32Array; ends: Int32Array; short: Int32Array }) => ({ starts: Array.from(runs.starts), ends: Array.from(runs.ends), short: Array.from(runs.short) });
    // The most runs of a text tried: enough to cross several of the windows digitRunsBlanked compares at once (64 runs).
    let mostRuns = 0;
    fc.assert(
      fc.property(
        // Repeated up to 60 times: texts of a few runs to several hundred.
        fc.tuple(fc.array(fc.constantFrom('0', '9', '12', '12345', 'a', ' ', '-', '\n', '٣'), { maxLength: 40 }), fc.integer({ min: 1, max: 60 })).chain(([parts, times]) => {
          const text = parts.join('').repeat(times);
          return fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length + 1), fc.nat(6)).map(([start, width]) => ({ start, end: start + width })), { maxLength: 8 }));
        }),
        ([text, spans]) => {
          const blanked = blankSpans(text, spans);
          const runs = digitRuns(text);
          mostRuns = Math.max(mostRuns, runs.starts.length);
          const found = digitRunsBlanked(blanked, text, runs);
          assert.deepEqual(runsOf(found), runsOf(digitRuns(blanked)), JSON.stringify([text, spans]));
          // No run cut or blanked: the runs themselves.
          assert.equal(found === runs, blanked.replace(/[^0-9]/g, ' ') === text.replace(/[^0-9]/g, ' '));
        },
      ),
      { numRuns: 300 },
    );
    assert.ok(mostRuns > 2 * 64, `the texts tried had at most ${mostRuns} runs`);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(50)), fc.uniqueArray(fc.nat(50)), (a, b) => {
        const sort = (l: number[]) => [...l].sort((x, y) => x - y);
        assert.deepEqual(mergeStarts(sort(a), sort(b)), sort([...new Set([...a, ...b])]));
      }),
    );
  });
  it('dose, unit and age expressions tried only at number starts, at q and at their opening letters find what a full scan finds', () => {
    const piece = fc.constantFrom(
      '10', '4', '1.0', '.5', '0.5', '1,000', '2.50', '12345678', ' ', '\u00a0', '\t', 'U', 'u', 'IU', 'U/L', 'U/kg', 'U.S.', 'mg', 'mcg', 'µg', 'g', 'mL', 'units', 'mmol', '/kg', '/day', '/dL',
      'QD', 'qd', 'Q.D.', 'q.d', 'QOD', 'q.o.d.', 'MS', 'MSO4', 'MgSO₄', 'MSO₄', 'MMS', 'AMS', 'MS IR', ' ER ', '.', ',', '-', 'x', 'é', '٣', 'D3', '\n', ' of ',
      '^', '^1^', 'ml', 'cc', 'dl', 'cm', 'mmHg', 'mm Hg', '°C', '℃', 'h', 'min', ' later', 'year', 'day', 's', ' old', '-old', '60', '123456', '1,000,000', '-year-old', ' years old', ' -month- old', ' U', ' mg', ' IU',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }).map((a) => a.join('')), (text) => {
        const starts = numberStarts(text);
        const qs = qStarts(text);
        const checks: [RegExp, number[]][] = [[QUANTITY, starts], [AFTER_NUMBER, starts], [RUN_IN, starts], [AGE, starts], [LONG_NUMBER, starts], ...DOSE_ABBREVIATIONS.map((p): [RegExp, number[]] => [p.re, p.starts === 'numbers' ? starts : p.starts === 'q' ? qs : literalStarts(text, p.starts.literal)])];
        for (const [re, at] of checks) {
          const full = [...matches(re, text)].map((m) => `${m.index}:${m[0]}`);
          const hinted = [...matchesAt(re, text, at)].map((m) => `${m.index}:${m[0]}`);
          assert.deepEqual(hinted, full, `${JSON.stringify(text)} ${re.source.slice(0, 40)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });
  /** Strings made of the given parts in order, each picked from its options: matches and near misses of one expression. */
  const seq = (...parts: string[][]) => fc.tuple(...parts.map((options) => fc.constantFrom(...options))).map((a) => a.join(''));
  const WS = ['', ' ', '  ', '   ', '\t', ' \t ', '    ', '\n', '   \r\n        ', ' \n\n', '\n         '];
  const FILLER = ['', ' ', 'x ', 'é', '1 ', '\n', '(', '-'];
  it('phi-identifier: cues at their longest, with every separator, still found near the digits', () => {
    const cued = seq(
      FILLER,
      ['health  insurance   identifier', 'Health\tinsurance\tnum.', 'medical   records   identifier', 'social   security   identifier', 'beneficiary   number', 'accession   no.', 'MRN', 'mr#', 'ſocial ſecurity', 'Medicaid  #', 'patient ID', 'record'],
      WS, ['', 'was', 'is', 'of', ':', '#', '-', '('], WS, ['', ':', '#'], WS,
      ['', 'A', 'AB', 'ABCD', 'ABCDE', 'mrn ', 'ID '], ['', '-', ' '],
      ['0048', '00482913', '12', '1234-5678', '12 34', '1A2B3C', '123-45-6789', '9'],
      FILLER,
    );
    fc.assert(
      fc.property(fc.array(cued, { minLength: 1, maxLength: 3 }).map((a) => a.join('')), (text) => {
        const starts = identifierStarts(text);
        hintedEqualsFull(text, [[IDENTIFIER_PATTERNS.cued, starts.cued], [IDENTIFIER_PATTERNS.ssn, starts.ssn]]);
      }),
      { numRuns: 4000 },
    );
  });

  it('phi-contact: telephone numbers in every form, labels at their longest, found from the digit runs', () => {
    const phone = seq(
      FILLER,
      ['', 'phone', 'telephone number', 'tel.', 'Fax #', 'called them   at', 'called  her\tat', 'contacted   at', 'reachable at', 'dialling', 'pager no.'],
      WS, ['', ':', '#'], WS, ['', 'at   ', 'is  ', 'at'],
      ['', '+', '+1', '+1 ', '1-', '1.', '1', '(', '+('],
      ['(718)', '(718) ', '(718)\u00a0', '718-', '718.', '718 ', '718', '44 20 7946 0958', '49 (0)30 1234567', '(0)'],
      ['555', '55', ''], ['-', '.', ' ', ''], ['0192', '019', '01923', ''],
      FILLER,
    );
    fc.assert(
      fc.property(fc.array(phone, { minLength: 1, maxLength: 3 }).map((a) => a.join('')), (text) => {
        const starts = phoneStarts(text);
        assert.deepEqual(starts.na, naStarts(text));
        hintedEqualsFull(text, [[PHONE_PATTERNS.na, starts.na], [PHONE_PATTERNS.intl, starts.intl], [PHONE_PATTERNS.labelled, starts.labelled]]);
      }),
      { numRuns: 4000 },
    );
  });
  it('the longest cue and label before the digits are still tried (the windows are wide enough)', () => {
    // Every optional part at its longest: the first digit 99 characters after the start of the cue
    // (its gaps each a line break of a wrapped paragraph between the most spaces and indentation), 101 after the label.
    const gap = '   \r\n        ';
    const cued = ['health', 'insurance', 'identifier', 'was', ':', 'ABCD-1234567'].join(gap);
    const labelled = ['called', 'them', 'at', 'number', ':', 'at', '+(555) 0192'].join(gap);
    assert.equal(cued.indexOf('1'), 99);
    assert.equal(labelled.indexOf('5'), 101);
    for (const before of ['', 'x ', 'Her ']) {
      const a = before + cued;
      assert.deepEqual([...matchesAt(IDENTIFIER_PATTERNS.cued, a, identifierStarts(a).cued)].map((m) => m.index), [before.length]);
      const b = before + labelled;
      assert.deepEqual([...matchesAt(PHONE_PATTERNS.labelled, b, phoneStarts(b).labelled)].map((m) => m.index), [before.length]);
    }
  });
  it('phi-name tried only at the first letters of an honorific finds what a full scan finds', () => {
    const piece = fc.constantFrom('Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Dr', 'Prof', 'Professor', 'Mme', 'Mlle', 'MS', 'MRS', 'DR', 'Mrx', 'AMr', '.', '. ', ' ', '\u00a0', '\t', 'van ', 'de la ', 'O’', "D'", 'Chen', 'Alvarez-Ruiz', 'Émile', 'a', 'é', '1', '\n', '-', '\r\n', '\n  ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (text) => {
        hintedEqualsFull(text, [[NAME, nameStarts(text)]]);
      }),
      { numRuns: 3000 },
    );
  });
  it('reference-duplicate finds what comparing the comparable strings of every entry found', function () {
    // About 5 s of CPU; it overran the 10 s default twice under the shared machine's load.
    this.timeout(60_000);
    // The rule as it was: a map keyed by each entry's comparable text.
    const oracle = (entries: { number: number; text: string; doi?: { value: string } }[]) => {
      const byDoi = new Map<string, number>();
      const byText = new Map<string, number>();
      const found: string[] = [];
      for (const entry of entries) {
        const doi = entry.doi?.value.toLowerCase();
        const text = comparable(entry.text);
        const earlier = (doi !== undefined ? byDoi.get(doi) : undefined) ?? (text !== '' ? byText.get(text) : undefined);
        if (earlier !== undefined) {
          found.push(`${entry.number}:${earlier}`);
          continue;
        }
        if (doi !== undefined) byDoi.set(doi, entry.number);
        if (text !== '') byText.set(text, entry.number);
      }
      return found;
    };
    const piece = fc.constantFrom('Smith J', 'SMITH j', 'smith-j', 'Müller K', 'MÜLLER k', 'Sjögren', 'sjogren', 'Lupus', 'lupus', ' ', '. ', ', ', '—', '–', '-', '2001;1:2', '2001', ';1:2', 'K', 'ſ', 'İ', '..', 'doi:10.1/x', 'doi:10.1/X', 'doi:10.2/y');
    const entry = fc.array(piece, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), (texts) => {
        const list = texts.map((t, i) => `${i + 1}. ${t}`).join('\n');
        const cites = texts.map((_, i) => i + 1).join(',');
        const doc = `---\ntitle: T\nauthors:\n  - name: A\n---\n\nCited.^${cites}^\n\n## References\n\n${list}\n`;
        const { model, findings } = checkText(doc, defaultConfig(), host);
        const got = findings.filter((f) => f.code === 'reference-duplicate').map((f) => {
          const [, n, earlier] = /^Reference (\d+) duplicates reference (\d+)/.exec(f.message)!;
          return `${n}:${earlier}`;
        });
        assert.deepEqual(got, oracle(model.references?.entries ?? []));
      }),
      { numRuns: 1500 },
    );
  });
});
