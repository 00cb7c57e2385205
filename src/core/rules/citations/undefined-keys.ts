import { libraryComplete } from '../../bibliography/library';
import { orList, suggest } from '../../frontmatter/suggest';
import type { RuleContext } from '../../rule';
import type { Fix } from '../../types';

/**
 * citation-undefined for a report that cites by key: each citation naming keys the library lacks,
 * with the closest keys it has. Nothing when no library was read in full (bibliography-missing or
 * bibliography-syntax says why): the key may well be in the file that failed.
 */
export function reportUndefinedKeys({ model, library, host, report }: RuleContext): void {
  if (!host.library || library.sources.length === 0 || !libraryComplete(library)) return;
  let keys: string[] | undefined;
  for (const citation of model.keyCitations) {
    const unknown = citation.items.filter((item) => !library.entries.has(item.key));
    if (unknown.length === 0) continue;
    keys ??= [...library.entries.keys()];
    const names = [...new Set(unknown.map((item) => item.key))];
    const fixes: Fix[] = [];
    const hints: string[] = [];
    for (const key of names) {
      const close = suggest(key, keys);
      if (close.length > 0) hints.push(names.length === 1 ? `did you mean ${orList(close, '')}?` : `for ${key}, did you mean ${orList(close, '')}?`);
      for (const item of unknown.filter((i) => i.key === key && close.length > 0)) {
        const braced = model.text[item.keyStart + 1] === '{';
        fixes.push({ title: `Cite ${close[0]}`, safe: false, edits: [{ start: item.keyStart + 1, end: item.keyEnd, newText: braced || !/^[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*$/u.test(close[0]) ? `{${close[0]}}` : close[0] }] });
      }
    }
    const subject = names.length === 1 ? `The key ${names[0]} is` : `The keys ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are`;
    // One unknown key: point at it; several: at the whole citation.
    const span = unknown.length === 1 ? { start: unknown[0].keyStart, end: unknown[0].keyEnd } : citation;
    report({
      start: span.start,
      end: span.end,
      message: `${subject} not in the library${hints.length > 0 ? `; ${hints.join(' ')}` : ''}`,
      fixes,
    });
  }
}
