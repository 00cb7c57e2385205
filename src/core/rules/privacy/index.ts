import type { Rule } from '../../rule';
import { phiAge } from './phi-age';
import { phiContact } from './phi-contact';
import { phiDate } from './phi-date';
import { phiIdentifier } from './phi-identifier';
import { phiName } from './phi-name';

export const privacyRules: Rule[] = [phiDate, phiAge, phiContact, phiIdentifier, phiName];
