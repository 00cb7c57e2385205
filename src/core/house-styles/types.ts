import type { SeveritySetting } from '../types';
import type { CitationForm } from '../citations';

/** A section the house style requires, found by its name or any synonym (case-insensitive). */
export interface RequiredSection {
  name: string;
  synonyms: string[];
}

export interface HouseStyleLimits {
  words: number;
  abstractWords: number;
  references: number;
  figuresAndTables: number;
  authors: number;
  titleCharacters: number;
  wordsPerPage: number;
}

/** How `casereport export` sets the manuscript (the house style's `export` section). */
export interface ExportStyle {
  paper: 'letter' | 'a4';
  /** On every side: `1in`, `2.5cm`, `25mm`. */
  margin: string;
  font: string;
  /** Points. */
  fontSize: number;
  /** 1, 1.5 or 2 (double). */
  lineSpacing: number;
  lineNumbers: boolean;
  pageNumbers: boolean;
  /** The frontmatter `runningTitle` in the page header. */
  runningTitle: boolean;
  /** The figure images after the legends (false: the journal takes them as separate files). */
  embedFigures: boolean;
}

export interface ArticleType {
  label: string;
  /** Shown before the title in the preview: "Case Report". */
  titlePrefix: string;
}

/** The effective house style: a preset, possibly extended by a `.casereport.json` file. */
export interface HouseStyle {
  name: string;
  categories: string[];
  articleTypes: Record<string, ArticleType>;
  referenceHeadings: string[];
  requiredSections: RequiredSection[];
  limits: HouseStyleLimits;
  citationForms: CitationForm[];
  rules: Record<string, SeveritySetting>;
  /** CARE item 1: the title names the article as a case report (some journals forbid it). */
  titleMentionsCaseReport: boolean;
  /** A `category` outside `categories` is an error (default: a warning with the closest suggestion). */
  strictCategories?: boolean;
  /** How doses write micrograms: `mcg` (ISMP, the default; `dose-error-prone` reports µg) or `µg` (AMA). */
  micrograms?: 'mcg' | 'µg';
  /** The abstract must be structured (Background, Case Presentation, Conclusions), as CARE journals ask. */
  structuredAbstract?: boolean;
  /** Terms the privacy rules never flag (eponyms, places that are not the patient's). */
  privacyAllow?: string[];
  /** Abbreviations readers know, used without expansion (AMA: DNA, RNA, HIV, AIDS; a journal's choice). */
  knownAbbreviations: string[];
  /** The journal asks for a list of abbreviations: `casereport fix` writes and updates an `Abbreviations` section. */
  abbreviationList: boolean;
  export: ExportStyle;
}

/**
 * A house-style file (`.casereport.json` / `.casereport.yaml`, schemas/house-style.schema.json) or a
 * preset: what it changes in the style it `extends`. Mappings merge key by key; lists replace.
 */
export interface HouseStyleSpec {
  name?: string;
  /** A preset name (`magazine`, `care`, `brief`) or a house-style file's path relative to this one. */
  extends?: string;
  categories?: string[];
  articleTypes?: Record<string, { label?: string; titlePrefix: string }>;
  referenceHeadings?: string[];
  requiredSections?: (string | { name: string; synonyms?: string[] })[];
  limits?: Partial<HouseStyleLimits>;
  citationForms?: CitationForm[];
  structuredAbstract?: boolean;
  titleMentionsCaseReport?: boolean;
  strictCategories?: boolean;
  micrograms?: 'mcg' | 'µg';
  privacyAllow?: string[];
  knownAbbreviations?: string[];
  abbreviationList?: boolean;
  export?: Partial<ExportStyle>;
  rules?: Record<string, SeveritySetting>;
}
