import type { DocumentModel } from '../model';

/**
 * The one cache of what is derived from a model: the texts the rules share (text/body.ts,
 * text/privacy.ts, text/body-words.ts) and what several rules compute from the model once (where
 * the digit runs are, the dose quantities, the abbreviations, the numbering of cited keys). Each is
 * made on first use, under its name, and lives exactly as long as the model: nothing here outlives
 * it, and no rule keeps a cache of its own.
 */
const byModel = new WeakMap<DocumentModel, Map<string, unknown>>();

/** The value named `name` for this model, made by `make` the first time it is asked for. */
export function derived<T>(model: DocumentModel, name: string, make: () => T): T {
  let values = byModel.get(model);
  if (!values) byModel.set(model, (values = new Map()));
  if (values.has(name)) return values.get(name) as T;
  const value = make();
  values.set(name, value);
  return value;
}
