import type { Rule } from '../../rule';
import type { Fix } from '../../types';
import type { AbbreviationDefinition } from './scan';
import { atSentenceStart, firstUndefined, longFormAt, partName, readParts, usesKey, type Need } from './reading';

export const abbreviationUndefined: Rule = {
  code: 'abbreviation-undefined',
  defaultSeverity: 'warning',
  description: 'An abbreviation is used before it is defined as `expanded term (ABBR)`, or never defined, in the abstract or in the text.',
  run({ model, config, report }) {
    const known = new Set(config.houseStyle.knownAbbreviations);
    const parts = readParts(model);
    for (const reading of parts) {
      const other = parts.find((p) => p !== reading)!;
      const first = firstUndefined(
        reading.uses.filter((use) => use.place !== 'heading'),
        reading.defined,
        known,
      );
      for (const [key, { need }] of first) {
        const count = reading.uses.filter((use) => usesKey(use, key)).length;
        const times = count > 1 ? ` (used ${count} times)` : '';
        const later = reading.defined.byKey.get(key)?.[0];
        const elsewhere = other.defined.byKey.get(key)?.find((d) => d.long);
        if (later) {
          const line = model.source.positionAt(later.abbreviation.start).line + 1;
          report({
            start: need.start,
            end: need.end,
            message: `"${key}" is used before it is defined (line ${line})${times}: define it at its first use`,
            fixes: moveDefinition(model.text, need, later),
          });
        } else {
          const where = partName(reading.part);
          const hint = elsewhere ? `; it is defined in ${partName(other.part)}, but ${where} must define it again` : `: write the term in full at its first use, followed by (${key})`;
          report({
            start: need.start,
            end: need.end,
            message: `"${key}" is not defined in ${where}${times}${hint}`,
            fixes: elsewhere ? insertDefinition(model.text, need, elsewhere) : [],
          });
        }
      }
    }
  },
};

/** Written exactly as the key at the use (no plural or possessive after it): the long form can go there. */
function bare(text: string, need: Need): boolean {
  return !/^[s'’\p{L}\p{N}]/u.test(text.slice(need.end, need.end + 1));
}

/** `ESRD ... end-stage renal disease (ESRD)` -> `end-stage renal disease (ESRD) ... ESRD`. */
function moveDefinition(text: string, need: Need, definition: AbbreviationDefinition): Fix[] {
  if (!definition.long || !definition.parenthesis || !bare(text, need) || text.slice(definition.abbreviation.start, definition.abbreviation.end) !== need.key) return [];
  const long = longFormAt(definition.long.text, atSentenceStart(text, definition.whole.start), atSentenceStart(text, need.start));
  return [
    {
      title: `Define ${need.key} here and use the abbreviation at the later definition`,
      safe: false,
      edits: [
        { start: need.start, end: need.end, newText: `${long} (${need.key})` },
        { start: definition.whole.start, end: definition.whole.end, newText: need.key },
      ],
    },
  ];
}

/** The abstract's definition copied into the text at the first use, or the other way round. */
function insertDefinition(text: string, need: Need, definition: AbbreviationDefinition): Fix[] {
  if (!definition.long || !bare(text, need)) return [];
  const long = longFormAt(definition.long.text, atSentenceStart(text, definition.whole.start), atSentenceStart(text, need.start));
  return [{ title: `Define ${need.key} here: ${long} (${need.key})`, safe: false, edits: [{ start: need.start, end: need.end, newText: `${long} (${need.key})` }] }];
}
