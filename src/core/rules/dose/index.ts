import type { Rule } from '../../rule';
import { doseAbbreviation } from './dose-abbreviation';
import { doseSpacing } from './dose-spacing';
import { doseZero } from './dose-zero';

export const doseRules: Rule[] = [doseAbbreviation, doseZero, doseSpacing];
