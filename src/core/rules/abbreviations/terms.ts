/**
 * What counts as an abbreviation in a case report, and what only looks like one. An abbreviation
 * has two or more capitals, at least as many capitals as lowercase letters, and may carry digits
 * (`ESRD`, `IgG4`, `PaCO2`, `HbA1c`, `eGFR`, `NSAIDs`); camel-case names (`McDonald`, `PubMed`) do
 * not. Not abbreviations, whatever their capitals: roman numerals (`class IV`), units (`IU`, `HU`,
 * `MBq`), chemical formulas (`CO2`, `NaHCO3`), protein variants (`V617F`), TNM stages (`T2N0M0`)
 * and academic degrees (`MD`, `PhD`).
 */

/** Capitals, lowercase letters and digits of a word. */
function letterCounts(word: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (const c of word) {
    if (c !== c.toLowerCase()) upper++;
    else if (c !== c.toUpperCase()) lower++;
  }
  return { upper, lower };
}

/** Two or more capitals, no fewer capitals than lowercase letters, starting with a letter (`mRNA`, `eGFR`, `IgG4`). */
export function looksLikeAbbreviation(word: string): boolean {
  if (!/^\p{L}/u.test(word)) return false;
  const { upper, lower } = letterCounts(word);
  return upper >= 2 && upper >= lower;
}

/** The word without a plural or possessive ending: `NSAIDs`, `ANCAs`, `ESRD's` -> the abbreviation. */
export function baseForm(word: string): string {
  const possessive = /^(.+?)['’]s?$/.exec(word);
  const stem = possessive ? possessive[1] : word;
  // A plural `s` after a capital or digit (`ANCAs`, `CD4s`); `HbS`, `PaCO2` keep theirs.
  if (/[A-Z0-9]s$/.test(stem) && looksLikeAbbreviation(stem.slice(0, -1)) && !/^Hb/.test(stem)) return stem.slice(0, -1);
  return stem;
}

const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
/** Words after which `IV` is the numeral (stage IV), not the route (intravenous). */
const NUMBERED = /\b(?:class|stage|type|grade|phase|factor|level|nerve|part|category|group|Mobitz|tier|zone|collagen|chapter|NYHA|and|or|to)\s*$/i;

/** A roman numeral (`II`, `III`, `XII`); `IV` only after a word that numbers (`class IV`), or beside another numeral (`III-IV`). */
export function isRomanNumeral(word: string, before: string, after: string): boolean {
  if (!ROMAN.test(word)) return false;
  if (word !== 'IV') return true;
  return NUMBERED.test(before) || /[-–/]\s*$/.test(before) && ROMAN.test(/([IVX]+)\s*[-–/]\s*$/.exec(before)?.[1] ?? '') || /^\s*[-–/]\s*[IVX]+\b/.test(after);
}

/** Units of measure and symbols written with two or more capitals. */
export const UNITS: ReadonlySet<string> = new Set(['IU', 'mIU', 'MIU', 'kIU', 'HU', 'MBq', 'GBq', 'kBq', 'TBq', 'MHz', 'GHz', 'kHz', 'MU', 'MeV', 'MV', 'kVp', 'mSv', 'MPa', 'GPa', 'kPa', 'mOsm', 'MDa', 'kDa', 'ELU', 'EU', 'PFU', 'CFU', 'TCID50', 'MOI', 'LogMAR', 'logMAR']);

/** Academic degrees and post-nominal letters: titles, not abbreviations to expand. */
export const DEGREES: ReadonlySet<string> = new Set(['MD', 'PhD', 'DO', 'MBBS', 'MBChB', 'BSc', 'MSc', 'MPH', 'MBA', 'MS', 'MA', 'BS', 'BA', 'RN', 'NP', 'PA', 'PharmD', 'DNP', 'FRCP', 'FRCPC', 'FACP', 'FACC', 'FACR', 'MRCP', 'FRACP', 'DPhil', 'MSN', 'BSN', 'ELS', 'MHS', 'MSCI', 'DrPH', 'ScD', 'MBBCh']);

const ELEMENTS = new Set(
  'H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr'.split(' '),
);
/** Blood-gas and respiratory quantities read like formulas (`PaO2`, `SaO2`, `FiO2`): they are abbreviations. */
const GAS_QUANTITY = /^(?:Pa|PA|Pv|Sa|Sv|Sp|Fi|Et|PET|Pet|Sc|Ct)(?:O2|CO2)$/;

/** A chemical formula: element symbols with counts, at least one count (`CO2`, `H2O`, `NaHCO3`, `CaCl2`); also `NaCl`, `KCl`, `HCl`. */
export function isFormula(word: string): boolean {
  if (GAS_QUANTITY.test(word)) return false;
  if (word === 'NaCl' || word === 'KCl' || word === 'HCl' || word === 'NaOH' || word === 'KOH') return true;
  if (!/\d/.test(word)) return false;
  let at = 0;
  while (at < word.length) {
    const two = word.slice(at, at + 2);
    if (/^[A-Z][a-z]$/.test(two) && ELEMENTS.has(two)) at += 2;
    else if (ELEMENTS.has(word[at])) at += 1;
    else return false;
    while (at < word.length && /\d/.test(word[at])) at++;
  }
  return true;
}

/**
 * Dose, route and frequency abbreviations (`BID`, `PO`, `SC`, `QHS`, `MSO4`): the dose rules ask
 * for the words instead, so defining them is not the repair.
 */
export const DOSING: ReadonlySet<string> = new Set(['QD', 'QOD', 'MSO4', 'SC', 'SQ', 'TIW', 'QHS', 'HS', 'BID', 'TID', 'QID', 'PRN', 'PO', 'QAM', 'QPM', 'QW', 'QOW']);

/** A gene or enzyme symbol with digits inside and after letters (`CYP3A4`, `UGT1A1`, `COL4A5`). */
export function isGeneSymbol(word: string): boolean {
  return /^\p{Lu}{2,}\d+\p{Lu}+\d+$/u.test(word);
}

const STATES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON QC BC AB NS MB SK NB NL PE'.split(' '));

/** A US state or Canadian province after its city (`Atlanta, GA`), as in a meeting note or an affiliation. */
export function isPlace(word: string, before: string): boolean {
  return STATES.has(word) && /\p{Lu}\p{Ll}+,[ \t]*$/u.test(before);
}

/** An amino-acid substitution (`V617F`, `R882H`, `JAK2V617F`) or a TNM stage (`T2N0M0`, `pT1bN0`). */
export function isVariantOrStage(word: string): boolean {
  if (/(?:^|[A-Z0-9])[A-Z]\d{2,5}[A-Z]$/.test(word) && /\d/.test(word)) return true;
  return /^[pcy]?T(?:[0-4]|is|x)[a-d]?(?:N[0-3x][a-c]?)?(?:M[01x])?$/.test(word) && /N|M/.test(word.slice(1));
}

/** Words near a symbol that make it a gene or a variant: gene symbols are names, not abbreviations. */
const GENE_CONTEXT = /\b(?:genes?|mutations?|mutated|mutant|variants?|alleles?|fusions?|rearrangements?|deletions?|duplications?|amplifications?|polymorphisms?|genotyp\w*|wild-type|heterozygous|homozygous|exons?|introns?|pathogenic|germline|somatic|missense|nonsense|frameshift|sequencing|transcripts?|loci|locus|haplotypes?)\b/i;

/**
 * Is the word, with the text just before and after it, a gene symbol (`JAK2 V617F`, `mutations in
 * NOD2`, `the MEFV gene`)? Only symbols without lowercase letters, and only a few words away.
 */
export function inGeneContext(word: string, before: string, after: string): boolean {
  if (/\p{Ll}/u.test(word)) return false;
  const near = `${before.slice(-30)} ${after.slice(0, 30)}`;
  if (GENE_CONTEXT.test(near)) return true;
  // Followed by a variant: `BRAF V600E`, `KRAS p.G12C`, `c.1799T>A`.
  return /^\s+(?:p\.)?[A-Z]\d{2,5}[A-Z*]\b|^\s+c\.\d/.test(after);
}
