import type { Rule } from '../../rule';
import { bibliographyMissing } from './bibliography-missing';
import { bibliographySyntax } from './bibliography-syntax';
import { citationMixed } from './citation-mixed';
import { citationUnbracketed } from './citation-unbracketed';
import { referenceIncomplete } from './reference-incomplete';

/** The reference-library rules (citation keys), in the order of the catalogue. */
export const bibliographyRules: Rule[] = [bibliographyMissing, bibliographySyntax, referenceIncomplete, citationMixed, citationUnbracketed];
