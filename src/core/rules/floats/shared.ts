import type { Float, FloatKind, Mention } from '../../figures';
import type { DocumentModel } from '../../model';
import { derived } from '../../text/derived';

export function floatsOf(model: DocumentModel, kind: FloatKind): Float[] {
  return kind === 'figure' ? model.figures : model.tables;
}

/** What the float rules read of one kind of float, made once per model (five rules read it). */
export interface FloatIndex {
  /** The floats with a number in their label, in document order. */
  numbered: (Float & { number: number })[];
  /** The numbers those labels give. */
  defined: Set<number>;
  /** The mentions of this kind, in document order. */
  mentions: Mention[];
}

export function floatIndex(model: DocumentModel, kind: FloatKind): FloatIndex {
  return derived(model, `float index ${kind}`, () => {
    const numbered = floatsOf(model, kind).filter((f): f is Float & { number: number } => f.number !== undefined);
    const defined = new Set<number>();
    for (const float of numbered) defined.add(float.number);
    return { numbered, defined, mentions: model.mentions.filter((m) => m.kind === kind) };
  });
}
