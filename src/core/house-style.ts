import type { SeveritySetting } from './types';
import type { CitationForm } from './citations';

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
}

/** The default: the rheumatology magazine of ../shared/spec/house-style.md. */
export const MAGAZINE: HouseStyle = {
  name: 'magazine',
  categories: [
    'Axial Spondyloarthritis',
    'Gout and Crystalline Arthritis',
    'Myositis',
    'Osteoarthritis and Bone Disorders',
    'Pain Syndromes',
    'Pediatric Conditions',
    'Psoriatic Arthritis',
    'Rheumatoid Arthritis',
    "Sjögren's Disease",
    'Systemic Lupus Erythematosus',
    'Systemic Sclerosis',
    'Vasculitis',
    'Other Rheumatic Conditions',
  ],
  articleTypes: {
    'case-report': { label: 'Case report', titlePrefix: 'Case Report' },
    'case-series': { label: 'Case series', titlePrefix: 'Case Series' },
    'image-report': { label: 'Image report', titlePrefix: 'Image Report' },
  },
  referenceHeadings: ['References'],
  requiredSections: [
    { name: 'Introduction', synonyms: ['Background'] },
    { name: 'Case Presentation', synonyms: ['Case Report', 'Patient Information', 'Case Description', 'Case'] },
    { name: 'Discussion', synonyms: [] },
  ],
  limits: { words: 2000, abstractWords: 150, references: 20, figuresAndTables: 6, authors: 6, titleCharacters: 120, wordsPerPage: 350 },
  citationForms: ['superscript', 'html', 'bracket'],
  rules: {},
  titleMentionsCaseReport: false,
};
