import type { HouseStyleSpec } from './types';

/** A brief report: the magazine's style at half the length, with fewer references and floats. */
export const BRIEF: HouseStyleSpec = {
  name: 'brief',
  extends: 'magazine',
  limits: { words: 1000, abstractWords: 150, references: 15, figuresAndTables: 3 },
};
