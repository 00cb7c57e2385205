import { MAGAZINE, type HouseStyle } from './house-style';
import type { SeveritySetting } from './types';

/** Everything a check depends on besides the text. */
export interface CheckConfig {
  houseStyle: HouseStyle;
  /** Per-rule severity from the user's settings; wins over the house style. */
  rules: Record<string, SeveritySetting>;
  citations: { brackets: boolean };
  privacy: { allow: string[] };
}

export function defaultConfig(overrides: Partial<CheckConfig> = {}): CheckConfig {
  return { houseStyle: MAGAZINE, rules: {}, citations: { brackets: true }, privacy: { allow: [] }, ...overrides };
}
