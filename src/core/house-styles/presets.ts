import type { HouseStyle } from './types';
import { BRIEF } from './brief';
import { CARE } from './care';
import { MAGAZINE } from './magazine';
import { mergeHouseStyle } from './merge';

/** The built-in house styles, each resolved over the one it extends. */
export const PRESETS: Readonly<Record<string, HouseStyle>> = {
  magazine: MAGAZINE,
  care: mergeHouseStyle(MAGAZINE, CARE),
  brief: mergeHouseStyle(MAGAZINE, BRIEF),
};

export const PRESET_NAMES: readonly string[] = Object.keys(PRESETS);

export function preset(name: string): HouseStyle | undefined {
  return Object.prototype.hasOwnProperty.call(PRESETS, name) ? PRESETS[name] : undefined;
}
