import type { Float, FloatKind, Mention } from '../../figures';
import type { DocumentModel } from '../../model';

export function floatsOf(model: DocumentModel, kind: FloatKind): Float[] {
  return kind === 'figure' ? model.figures : model.tables;
}

export function numbered(model: DocumentModel, kind: FloatKind): (Float & { number: number })[] {
  return floatsOf(model, kind).filter((f): f is Float & { number: number } => f.number !== undefined);
}

export function mentionsOf(model: DocumentModel, kind: FloatKind): Mention[] {
  return model.mentions.filter((m) => m.kind === kind);
}
