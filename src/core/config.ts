import { MAGAZINE, type HouseStyle } from './house-styles';
import type { SeveritySetting } from './types';

/** Everything a check depends on besides the text. */
export interface CheckConfig {
  houseStyle: HouseStyle;
  /** Per-rule severity from the user's settings; wins over the house style. */
  rules: Record<string, SeveritySetting>;
  citations: { brackets: boolean };
  privacy: { allow: string[] };
}

/**
 * A configuration: the house style (default `magazine`) with the user's overrides. The privacy
 * allow-list joins the house style's `privacyAllow` and the `casereport.privacy.allow` setting.
 */
export function defaultConfig(overrides: Partial<CheckConfig> = {}): CheckConfig {
  const houseStyle = overrides.houseStyle ?? MAGAZINE;
  const allow = [...new Set([...(houseStyle.privacyAllow ?? []), ...(overrides.privacy?.allow ?? [])])];
  return { houseStyle, rules: {}, citations: { brackets: true }, ...overrides, privacy: { allow } };
}
