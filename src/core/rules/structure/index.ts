import type { Rule } from '../../rule';
import { limitAbstract } from './limit-abstract';
import { limitAuthors } from './limit-authors';
import { limitFigures } from './limit-figures';
import { limitReferences } from './limit-references';
import { limitTitle } from './limit-title';
import { limitWords } from './limit-words';
import { placeholderText } from './placeholder-text';
import { sectionMissing } from './section-missing';

export const structureRules: Rule[] = [sectionMissing, placeholderText, limitWords, limitAbstract, limitReferences, limitFigures, limitAuthors, limitTitle];
