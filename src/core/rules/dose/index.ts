import type { Rule } from '../../rule';
import { doseAbbreviation } from './dose-abbreviation';
import { doseErrorProne } from './dose-error-prone';
import { doseSpacing } from './dose-spacing';
import { doseZero } from './dose-zero';
import { styleAge } from './style-age';
import { unitFormat } from './unit-format';

/** Medication safety, then the AMA copy editor's numbers and units. */
export const doseRules: Rule[] = [doseAbbreviation, doseZero, doseSpacing, doseErrorProne, styleAge, unitFormat];
