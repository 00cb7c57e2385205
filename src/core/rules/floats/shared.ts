import type { Float, FloatKind, Mention } from '../../figures';
import type { DocumentModel } from '../../model';
import { SortedNumbers } from '../../sorted-numbers';
import { derived } from '../../text/derived';

export function floatsOf(model: DocumentModel, kind: FloatKind): Float[] {
  return kind === 'figure' ? model.figures : model.tables;
}

/** What the float rules read of one kind of float, made once per model (five rules read it). */
export interface FloatIndex {
  /** The floats with a number in their label, in document order. */
  numbered: (Float & { number: number })[];
  /** The numbers those labels give. */
  defined: SortedNumbers;
  /** The mentions of this kind, in document order. */
  mentions: Mention[];
}

export function floatIndex(model: DocumentModel, kind: FloatKind): FloatIndex {
  return derived(model, `float index ${kind}`, () => {
    const numbered = floatsOf(model, kind).filter((f): f is Float & { number: number } => f.number !== undefined);
    const numbers = new Float64Array(numbered.length);
    for (let i = 0; i < numbered.length; i++) numbers[i] = numbered[i].number;
    return { numbered, defined: new SortedNumbers(numbers), mentions: model.mentions.filter((m) => m.kind === kind) };
  });
}
