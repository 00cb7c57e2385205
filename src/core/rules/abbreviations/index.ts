import type { Rule } from '../../rule';
import { abbreviationHeading } from './abbreviation-heading';
import { abbreviationRedefined } from './abbreviation-redefined';
import { abbreviationUndefined } from './abbreviation-undefined';
import { abbreviationUnused } from './abbreviation-unused';

export const abbreviationRules: Rule[] = [abbreviationUndefined, abbreviationRedefined, abbreviationUnused, abbreviationHeading];
