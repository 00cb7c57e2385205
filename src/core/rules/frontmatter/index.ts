import type { Rule } from '../../rule';
import { frontmatterMissing } from './missing';
import { frontmatterSchema } from './schema';
import { frontmatterSyntax } from './syntax';

/** The frontmatter rules (docs/rules.md). */
export const frontmatterRules: Rule[] = [frontmatterMissing, frontmatterSyntax, frontmatterSchema];
