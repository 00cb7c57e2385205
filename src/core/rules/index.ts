import type { Rule } from '../rule';
import { citationRules } from './citations';
import { floatRules } from './floats';
import { frontmatterRules } from './frontmatter';

/** Every rule, in the order of the catalogue in conventions.md section 7. */
export const ALL_RULES: Rule[] = [...citationRules, ...floatRules, ...frontmatterRules];

export function findRule(code: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.code === code);
}
