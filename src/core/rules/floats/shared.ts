import type { Float, FloatKind, Mentions } from '../../figures';
import type { DocumentModel } from '../../model';
import { repeatedIn, sortAscending, SortedNumbers } from '../../sorted-numbers';
import { derived } from '../../text/derived';

export function floatsOf(model: DocumentModel, kind: FloatKind): Float[] {
  return kind === 'figure' ? model.figures : model.tables;
}

/**
 * What the float rules read of one kind of float, made once per model (five rules read it). Its
 * lists are the model's own when nothing is left out of them: read them, never change them.
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
  /** The indices of the mentions that name a number no label gives, ascending (asked once for both rules that need it). */
  partlyUndefined: readonly number[];
}

export function floatIndex(model: DocumentModel, kind: FloatKind): FloatIndex {
  return derived(model, `float index ${kind}`, () => {
    const numbered = kept(floatsOf(model, kind), (f): f is Float & { number: number } => f.number !== undefined);
    const ascending = new Float64Array(numbered.length);
    for (let i = 0; i < numbered.length; i++) ascending[i] = numbered[i].number;
    sortAscending(ascending);
    const defined = new SortedNumbers(ascending.slice());
    const mentions = model.mentions.ofKind(kind);
    const partlyUndefined: number[] = [];
    for (let m = 0; m < mentions.length; m++) {
      for (let i = 0; i < mentions.count(m); i++) {
        if (defined.has(mentions.number(m, i))) continue;
        partlyUndefined.push(m);
        break;
      }
    }
    return { numbered, ascending, defined, repeated: repeatedIn(ascending), mentions, partlyUndefined };
  });
}

/**
 * The items that pass `test`: the list itself when every one does (every figure numbered: no copy
 * of 100,000), else a copy of those that do. Counted first in an indexed loop, then copied into a
 * list of that length.
 */
function kept<T, S extends T>(items: readonly T[], test: (item: T) => item is S): S[];
function kept<T>(items: readonly T[], test: (item: T) => boolean): T[];
function kept<T>(items: readonly T[], test: (item: T) => boolean): T[] {
  let count = 0;
  for (let i = 0; i < items.length; i++) if (test(items[i])) count++;
  if (count === items.length) return items as T[];
  const passed = new Array<T>(count);
  count = 0;
  for (let i = 0; i < items.length; i++) if (test(items[i])) passed[count++] = items[i];
  return passed;
}
