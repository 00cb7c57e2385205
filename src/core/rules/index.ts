import type { Rule } from '../rule';
import { bibliographyRules } from './bibliography';
import { citationRules } from './citations';
import { doseRules } from './dose';
import { floatRules } from './floats';
import { privacyRules } from './privacy';
import { structureRules } from './structure';
import { frontmatterRules } from './frontmatter';
import { abbreviationRules } from './abbreviations';

/** Every rule, in the order of the catalogue in docs/rules.md. */
export const ALL_RULES: Rule[] = [...citationRules, ...bibliographyRules, ...floatRules, ...frontmatterRules, ...structureRules, ...privacyRules, ...doseRules, ...abbreviationRules];

export function findRule(code: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.code === code);
}
