import type { Rule } from '../../rule';
import { limitAbstract, limitAuthors, limitFigures, limitReferences, limitTitle, limitWords } from './limits';
import { sectionMissing } from './section-missing';

export const structureRules: Rule[] = [sectionMissing, limitWords, limitAbstract, limitReferences, limitFigures, limitAuthors, limitTitle];
