import type { Rule } from '../../rule';

/**
 * `@smith2020` without brackets is Pandoc's in-text citation ("Smith says"), which a numbered AMA
 * report does not use: the author almost always meant `[@smith2020]`.
 */
export const citationUnbracketed: Rule = {
  code: 'citation-unbracketed',
  defaultSeverity: 'warning',
  description: 'A citation key written without brackets (`@smith2020`) that names a library entry; cite it as `[@smith2020]`.',
  run({ model, library, report }) {
    for (const bare of model.bareKeys) {
      if (!library.entries.has(bare.key)) continue;
      const written = model.text.slice(bare.start, bare.end);
      const start = model.text[bare.start - 1] === '-' ? bare.start - 1 : bare.start;
      report({
        start,
        end: bare.end,
        message: `${written} names an entry of the library but is not in brackets, so it is not numbered; write [${written}]`,
        fixes: [{ title: `Write [${written}]`, safe: false, edits: [{ start: bare.start, end: bare.end, newText: `[${written}]` }] }],
      });
    }
  },
};
