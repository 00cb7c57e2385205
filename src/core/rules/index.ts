import type { Rule } from '../rule';
import { citationRules } from './citations';
import { floatRules } from './floats';

/** Every rule, in the order of the catalogue in conventions.md section 7. */
export const ALL_RULES: Rule[] = [...citationRules, ...floatRules];

export function findRule(code: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.code === code);
}
