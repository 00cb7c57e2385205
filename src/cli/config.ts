import type { CheckConfig } from '../core/config';
import { defaultConfig } from '../core/config';
import type { ParsedArgs } from './args';

/** The configuration a CLI run checks with. */
export function configFor(_file: string, _args: ParsedArgs): CheckConfig {
  return defaultConfig();
}
