import { ALL_RULES } from '.';

/**
 * Every rule's code, in the order of ALL_RULES, for code that needs the codes without running the
 * rules: the extension host checks the `rules` of a house-style file with it, while the rules run
 * in the analysis worker. The host's bundle gets this module as a literal list computed from the
 * rules at build time (scripts/rule-codes.mjs), so it does not load the rules themselves.
 */
export const RULE_CODES: readonly string[] = ALL_RULES.map((rule) => rule.code);
