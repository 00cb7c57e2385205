import type { HouseStyle } from './types';

/** The default: the rheumatology magazine whose published case reports set the preview (README, House styles). */
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
  // The ISMP error-prone abbreviations are an optional set: off here, on in the care preset.
  rules: { 'dose-error-prone': 'off' },
  titleMentionsCaseReport: false,
  structuredAbstract: false,
  // AMA leaves the list to the journal; these are the terms its journals and most others print unexpanded.
  knownAbbreviations: ['AIDS', 'DNA', 'RNA', 'mRNA', 'cDNA', 'HIV', 'HLA', 'IgA', 'IgD', 'IgE', 'IgG', 'IgM', 'CD', 'COVID-19', 'SARS-CoV-2', 'US', 'UK', 'USA', 'CARE'],
  abbreviationList: false,
  // The manuscript most journals ask for: Letter, 1-inch margins, 12-point Times, double-spaced, line numbers.
  export: { paper: 'letter', margin: '1in', font: 'Times New Roman', fontSize: 12, lineSpacing: 2, lineNumbers: true, pageNumbers: true, runningTitle: true, embedFigures: true },
};
