/**
 * House styles: what a house style holds (types.ts) and the built-in presets. Reading a
 * house-style file (load.ts: YAML, schema validation) is imported on its own where it is needed.
 */
export type { ArticleType, ExportStyle, HouseStyle, HouseStyleLimits, HouseStyleSpec, RequiredSection } from './types';
export { MAGAZINE } from './magazine';
export { PRESETS, PRESET_NAMES, preset } from './presets';
