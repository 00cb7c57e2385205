import type { DocumentModel } from './model';
import { stubEntryFix } from './renumber/stub-entry';
import type { Fix } from './types';

/** A fix with its edits: a deferred one built now on the model it was found in, any other as it is. */
export function resolveFix(model: DocumentModel, fix: Fix): Fix {
  if (!fix.deferred) return fix;
  switch (fix.deferred.kind) {
    case 'stub-entries':
      return { ...(stubEntryFix(model, fix.deferred.numbers) ?? { edits: [] }), title: fix.title, safe: false };
  }
}
