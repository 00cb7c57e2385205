import type { HouseStyleSpec } from './types';

/**
 * A CARE-checklist journal (Gagnier et al., CARE guidelines 2013/2017): every CARE section required,
 * a structured abstract, the words "case report" in the title, about 2,000 words. Such journals
 * cover every specialty, so any `category` is accepted.
 */
export const CARE: HouseStyleSpec = {
  name: 'care',
  extends: 'magazine',
  categories: [],
  requiredSections: [
    { name: 'Introduction', synonyms: ['Background'] },
    { name: 'Patient Information', synonyms: ['Case Presentation', 'Case Report', 'Case Description', 'Presenting Concerns'] },
    { name: 'Clinical Findings', synonyms: ['Physical Examination', 'Examination', 'Clinical Examination'] },
    { name: 'Timeline', synonyms: ['Time Line'] },
    { name: 'Diagnostic Assessment', synonyms: ['Diagnosis', 'Diagnostic Workup', 'Investigations', 'Diagnostic Evaluation'] },
    { name: 'Therapeutic Intervention', synonyms: ['Therapeutic Interventions', 'Treatment', 'Management', 'Interventions'] },
    { name: 'Follow-up and Outcomes', synonyms: ['Follow-up and Outcome', 'Outcome and Follow-up', 'Outcomes and Follow-up', 'Follow-up', 'Outcome', 'Outcomes'] },
    { name: 'Discussion', synonyms: [] },
    { name: 'Patient Perspective', synonyms: ["Patient's Perspective", 'Patient Perspectives'] },
    { name: 'Informed Consent', synonyms: ['Consent', 'Patient Consent'] },
  ],
  limits: { words: 2000, abstractWords: 250 },
  structuredAbstract: true,
  rules: { 'dose-error-prone': 'info' },
  titleMentionsCaseReport: true,
};
