import type { Rule } from '../../rule';
import { citationCompress } from './citation-compress';
import { citationDuplicate } from './citation-duplicate';
import { citationOrder } from './citation-order';
import { citationPunctuation } from './citation-punctuation';
import { citationRange } from './citation-range';
import { citationUndefined } from './citation-undefined';
import { citationUnformatted } from './citation-unformatted';
import { referenceDoi } from './reference-doi';
import { referenceFormat } from './reference-format';
import { referenceDuplicate } from './reference-duplicate';
import { referenceNumbering } from './reference-numbering';
import { referenceUncited } from './reference-uncited';
import { referencesMissing } from './references-missing';

export const citationRules: Rule[] = [
  referencesMissing,
  citationUndefined,
  referenceUncited,
  citationOrder,
  citationRange,
  citationDuplicate,
  citationCompress,
  citationPunctuation,
  citationUnformatted,
  referenceNumbering,
  referenceDuplicate,
  referenceDoi,
  referenceFormat,
];
