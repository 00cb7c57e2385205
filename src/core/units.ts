/**
 * Units of measure as case reports write them after a number: the one vocabulary the citation
 * scan (a number followed by a unit is a value, not a citation), the dose rules and unit-format
 * share.
 */

/** Unit symbols and words that follow a number, as written (case matters: `mL`, `ml` both listed). */
export const UNIT_SYMBOLS: ReadonlySet<string> = new Set([
  // mass and amount
  'g', 'gm', 'kg', 'mg', 'mcg', 'µg', 'μg', 'ug', 'ng', 'pg', 'fg',
  'mol', 'mmol', 'µmol', 'μmol', 'umol', 'nmol', 'pmol', 'mEq', 'mOsm',
  'U', 'IU', 'mU', 'mIU', 'µIU', 'μIU', 'kU', 'units', 'unit',
  // volume
  'L', 'l', 'dL', 'dl', 'mL', 'ml', 'µL', 'μL', 'uL', 'nL', 'fL', 'fl', 'cc',
  // length, area
  'm', 'cm', 'mm', 'µm', 'μm', 'um', 'nm', 'km',
  // pressure, temperature, time, rate, energy, radiation, other
  'mmHg', 'Hg', 'cmH2O', 'kPa', 'Pa', 'atm', '°C', '°F', '℃',
  'h', 'hr', 'hrs', 'min', 's', 'sec', 'ms', 'd', 'wk', 'wks', 'mo', 'y', 'yr', 'yrs',
  'bpm', 'Hz', 'kHz', 'MHz', 'kcal', 'cal', 'J', 'kJ', 'W', 'V', 'mV', 'µV', 'μV', 'Gy', 'cGy', 'mGy', 'Sv', 'mSv', 'Bq', 'MBq', 'mCi', 'kDa', 'Da',
  'T', 'ppm', '%', '‰', 'cells', 'copies', 'beats', 'breaths', 'mosm', 'mOsm/kg',
]);

/** Count words that carry a denominator: `cells/µL`, `copies/mL`. */
const COUNT_WORDS = new Set(['cells', 'copies', 'beats', 'breaths', 'events', 'colonies', 'CFU', 'cfu', 'particles', 'mm3', 'HPF', 'hpf']);

/**
 * Is `token` (one word as written after a number, trailing punctuation allowed) a unit of measure:
 * a symbol (`mg`, `IU`), or a symbol or count word with a denominator (`IU/L`, `cells/µL`, `mg/dL`)?
 */
export function isUnitToken(token: string): boolean {
  const word = token.replace(/[).,;:\]]+$/, '');
  if (UNIT_SYMBOLS.has(word)) return true;
  const slash = word.indexOf('/');
  if (slash <= 0) return false;
  const head = word.slice(0, slash);
  return UNIT_SYMBOLS.has(head) || COUNT_WORDS.has(head) || /^×?10\^?\d+$/.test(head);
}
