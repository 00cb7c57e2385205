import type { Rule } from '../../rule';
import { limitAbstract, limitAuthors, limitFigures, limitReferences, limitTitle, limitWords } from './limits';
import { placeholderText } from './placeholder-text';
import { sectionMissing } from './section-missing';

export const structureRules: Rule[] = [sectionMissing, placeholderText, limitWords, limitAbstract, limitReferences, limitFigures, limitAuthors, limitTitle];
