/** The CARE case report checklist (2013): 13 items, with their sub-items. */
export interface CareItemDefinition {
  number: number;
  topic: string;
  description: string;
  subItems: { id: string; text: string }[];
}

const sub = (number: number, texts: string[]) => texts.map((text, i) => ({ id: `${number}${String.fromCharCode(97 + i)}`, text }));

export const CARE_ITEMS: CareItemDefinition[] = [
  { number: 1, topic: 'Title', description: 'The diagnosis or intervention of main focus, followed by "case report"', subItems: [] },
  { number: 2, topic: 'Key words', description: '2 to 5 key words, including "case report"', subItems: [] },
  {
    number: 3,
    topic: 'Abstract',
    description: 'Structured or unstructured summary of the case',
    subItems: sub(3, ['What is unique about this case', 'Main symptoms and important clinical findings', 'Main diagnoses, interventions and outcomes', 'Conclusion: the main take-away lessons']),
  },
  { number: 4, topic: 'Introduction', description: 'Why this case is unique, with reference to the literature', subItems: [] },
  {
    number: 5,
    topic: 'Patient information',
    description: 'De-identified patient information',
    subItems: sub(5, ['De-identified demographics', 'Main concerns and symptoms', 'Medical, family and psychosocial history', 'Relevant past interventions and their outcomes']),
  },
  { number: 6, topic: 'Clinical findings', description: 'Relevant physical examination findings', subItems: [] },
  { number: 7, topic: 'Timeline', description: 'The episode of care as a timeline (a table or figure)', subItems: [] },
  {
    number: 8,
    topic: 'Diagnostic assessment',
    description: 'How the diagnosis was reached',
    subItems: sub(8, ['Diagnostic methods (examination, laboratory testing, imaging, questionnaires)', 'Diagnostic challenges', 'Diagnosis, with the differential diagnoses considered', 'Prognostic characteristics, where applicable']),
  },
  {
    number: 9,
    topic: 'Therapeutic intervention',
    description: 'What was done',
    subItems: sub(9, ['Types of intervention (pharmacologic, surgical, preventive, self-care)', 'Administration of the intervention (dose, strength, duration)', 'Changes in the intervention, with the rationale']),
  },
  {
    number: 10,
    topic: 'Follow-up and outcomes',
    description: 'The clinical course after the intervention',
    subItems: sub(10, ['Clinician- and patient-assessed outcomes', 'Important follow-up test results', 'Adherence to and tolerability of the intervention', 'Adverse and unanticipated events']),
  },
  {
    number: 11,
    topic: 'Discussion',
    description: 'Interpretation of the case',
    subItems: sub(11, ['Strengths and limitations of the management of this case', 'Discussion of the relevant medical literature', 'Rationale for the conclusions', 'The main take-away lessons']),
  },
  { number: 12, topic: 'Patient perspective', description: "The patient's own account of the treatment received, when possible", subItems: [] },
  { number: 13, topic: 'Informed consent', description: 'Did the patient give informed consent? Provide it if requested', subItems: [] },
];
