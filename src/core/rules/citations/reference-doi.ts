import { isValidDoi } from '../../references';
import type { Rule } from '../../rule';

export const referenceDoi: Rule = {
  code: 'reference-doi',
  defaultSeverity: 'warning',
  description: 'A reference entry carries a DOI that is not of the form 10.<digits>/<suffix>.',
  run({ model, report }) {
    const entries = model.references?.entries ?? [];
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e];
      if (!entry.doi || isValidDoi(entry.doi.value)) continue;
      report({ start: entry.doi.start, end: entry.doi.end, message: `Reference ${entry.number} has a malformed DOI "${entry.doi.value}"; a DOI looks like 10.2215/CJN.00530108` });
    }
  },
};
