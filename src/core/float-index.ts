import type { Float, FloatKind, Mentions } from './figures';
import type { DocumentModel } from './model';
import { repeatedIn, sortAscending, SortedNumbers } from './sorted-numbers';
import { derived } from './text/derived';

export function floatsOf(model: DocumentModel, kind: FloatKind): Float[] {
  return kind === 'figure' ? model.figures : model.tables;
}

/**
 * What the float rules read of one kind of float, made once per model (five rules read it, and the
 * counts their repeated numbers). Its lists are the model's own when nothing is left out of them:
 * read them, never change them.
 */
export interface FloatIndex {
  /** The floats with a number in their label, in document order. */
  numbered: readonly (Float & { number: number })[];
  /** The numbers those labels give, ascending, a number given twice there twice. */
  ascending: Float64Array;
  /** The numbers those labels give. */
  defined: SortedNumbers;
  /** The numbers more than one of those labels gives. */
  repeated: SortedNumbers;
  /** The mentions of this kind, in document order. */
  mentions: Mentions;
  /** The numbers those mentions name. */
  mentioned: SortedNumbers;
  /** The indices of the mentions that name a number no label gives, ascending (asked once for both rules that need it). */
  partlyUndefined: readonly number[];
}

export function floatIndex(model: DocumentModel, kind: FloatKind): FloatIndex {
  return derived(model, `float index ${kind}`, () => {
    // Each label's number read once (a figure reads it from the model's columns), in one pass.
    const floats = floatsOf(model, kind);
    const given = new Float64Array(floats.length);
    let count = 0;
    for (let f = 0; f < floats.length; f++) {
      const n = floats[f].number;
      if (n !== undefined) given[count++] = n;
    }
    const numbered = count === floats.length ? (floats as (Float & { number: number })[]) : floats.filter((f): f is Float & { number: number } => f.number !== undefined);
    const ascending = sortAscending(count === floats.length ? given : given.slice(0, count));
    const defined = new SortedNumbers(ascending.slice());
    const mentions = model.mentions.ofKind(kind);
    const mentioned = new SortedNumbers(mentions.allNumbers());
    // The mentions are asked one by one only when a number they name is no label's.
    const partlyUndefined = defined.hasEvery(mentioned) ? [] : partlyUndefinedOf(mentions, defined);
    return { numbered, ascending, defined, repeated: repeatedIn(ascending), mentions, mentioned, partlyUndefined };
  });
}

/** The indices of the mentions that name a number not `defined`, ascending. */
function partlyUndefinedOf(mentions: Mentions, defined: SortedNumbers): number[] {
  const partlyUndefined: number[] = [];
  for (let m = 0; m < mentions.length; m++) {
    for (let i = 0; i < mentions.count(m); i++) {
      if (defined.has(mentions.number(m, i))) continue;
      partlyUndefined.push(m);
      break;
    }
  }
  return partlyUndefined;
}
