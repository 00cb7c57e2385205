import type { DocumentModel } from '../model';
import type { Fix } from '../types';
import { renumberFloats } from './floats';
import { FLOATS_TITLE, type RenumberOutcome } from './outcome';
import { renumberReferences } from './references';

export { renumberFloats } from './floats';
export { FIGURES_TITLE, FLOATS_TITLE, firstAppearanceOrder, REFERENCES_TITLE, TABLES_TITLE, type RenumberOutcome } from './outcome';
export { renumberReferences } from './references';

/** Figures and tables together, as one fix; a blocked kind is reported while the other still renumbers. */
export function renumberFiguresAndTables(model: DocumentModel): { fix?: Fix; blocked: string[] } {
  return combine([renumberFloats(model, 'figure'), renumberFloats(model, 'table')], FLOATS_TITLE);
}

/** Everything `casereport fix` renumbers: references, figures and tables, in one fix. */
export function renumberEverything(model: DocumentModel): { fix?: Fix; blocked: string[] } {
  return combine([renumberReferences(model), renumberFloats(model, 'figure'), renumberFloats(model, 'table')], 'Renumber references, figures and tables');
}

function combine(outcomes: RenumberOutcome[], title: string): { fix?: Fix; blocked: string[] } {
  const edits = outcomes.flatMap((o) => (o.status === 'changed' ? o.fix.edits : []));
  const blocked = outcomes.flatMap((o) => (o.status === 'blocked' ? [o.reason] : []));
  return { fix: edits.length > 0 ? { title, safe: true, edits } : undefined, blocked };
}
