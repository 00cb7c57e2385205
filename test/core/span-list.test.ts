import assert from 'node:assert/strict';
import fc from 'fast-check';
import { blankSpans } from '../../src/core/mask';
import { SpanList } from '../../src/core/span-list';
import type { Span } from '../../src/core/types';

/** Spans of a text of `length` characters: any order, overlapping, empty, past the end. */
const spansOf = (length: number) =>
  fc.array(fc.tuple(fc.nat(length + 2), fc.nat(8)).map(([start, size]): Span => ({ start, end: start + size })), { maxLength: 12 });
/** Spans anywhere, negative starts too (byStart sorts them another way). */
const anySpans = fc.array(fc.tuple(fc.integer({ min: -5, max: 2 ** 31 - 10 }), fc.nat(8)).map(([start, size]): Span => ({ start, end: start + size })), { maxLength: 12 });
const texts = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '\u00e9', '\u{1f600}'), { maxLength: 40 }).map((parts) => parts.join(''));

describe('SpanList', () => {
  it('holds the spans pushed, in their order, and as objects when asked', () => {
    fc.assert(
      fc.property(spansOf(50), (spans) => {
        const list = new SpanList(1);
        for (const span of spans) list.push(span.start, span.end);
        assert.equal(list.length, spans.length);
        assert.deepEqual(list.toArray(), spans);
        assert.deepEqual(SpanList.of(spans).toArray(), spans);
      }),
    );
  });

  it('byStart sorts as a stable sort by start does, and is the list itself when in that order', () => {
    fc.assert(
      fc.property(fc.oneof(spansOf(50), anySpans), (spans) => {
        const list = SpanList.of(spans);
        const sorted = list.byStart();
        assert.deepEqual(sorted.toArray(), [...spans].sort((a, b) => a.start - b.start));
        const inOrder = spans.every((span, i) => i === 0 || span.start >= spans[i - 1].start);
        assert.equal(sorted === list, inOrder);
      }),
    );
  });

  it('blankSpans of a SpanList blanks every character a span holds but line breaks (the sparse and the dense paths, any text)', () => {
    const blankedByHand = (text: string, spans: Span[]) =>
      Array.from({ length: text.length }, (_, i) => (text[i] !== '\n' && text[i] !== '\r' && spans.some((s) => s.start <= i && i < s.end) ? ' ' : text[i])).join('');
    fc.assert(
      fc.property(
        texts.chain((text) => fc.tuple(fc.constant(text), spansOf(text.length))),
        ([text, spans]) => {
          assert.equal(blankSpans(text, SpanList.of(spans)), blankedByHand(text, spans));
          // Many characters per span: the join of slices, not the bytes.
          const long = text + 'x'.repeat(1000 * (spans.length + 1));
          assert.equal(blankSpans(long, SpanList.of(spans)), blankedByHand(long, spans));
        },
      ),
    );
  });
});
