import type { Rule } from '../../rule';
import { frontmatterMissing } from './missing';
import { frontmatterSchema } from './schema';
import { frontmatterSyntax } from './syntax';

/** The frontmatter rules of conventions.md section 7. */
export const frontmatterRules: Rule[] = [frontmatterMissing, frontmatterSyntax, frontmatterSchema];
