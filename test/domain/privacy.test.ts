import assert from 'node:assert/strict';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { flagged, hits, ruleSuites } from './helpers';

/** Each rule: realistic sentences that must be flagged (with the exact text), and at least 20 that must not. */
const suite = ruleSuites({ minNegatives: 20 });

suite(
  'phi-date',
  [
    ['She was admitted on March 3, 2017 with fever.', ['March 3, 2017']],
    ['He presented on 03/03/2017 with chest pain.', ['03/03/2017']],
    ['The biopsy was performed on 2017-03-03.', ['2017-03-03']],
    ['At her visit on 5 June 2018 the ulcer had healed.', ['5 June 2018']],
    ['Symptoms began on Sept. 14 and worsened over a week.', ['Sept. 14']],
    ['In March 2017 she noticed painless hematuria.', ['March 2017']],
    ['He was discharged on the 3rd of March.', ['3rd of March']],
    ['Rituximab was given on 14.03.18 and 28.03.18.', ['14.03.18', '28.03.18']],
    ['| Jan 12, 2019 | Admission |', ['Jan 12, 2019']],
    ['The rash appeared on December 24th, 2016.', ['December 24th, 2016']],
    ['Discharged 14-Mar-2018 on oral prednisone.', ['14-Mar-2018']],
    ['Biopsy (Mar-14-18) showed vasculitis.', ['Mar-14-18']],
    ['The patient presented at the emergency department on March 3, 2017.', ['March 3, 2017']],
    ['She received IVIG on March 3, 2017 for thrombocytopenia.', ['March 3, 2017']],
    ['She was admitted on March 3, 2017. The case was presented at the ACR Annual Meeting in 2019.', ['March 3, 2017']],
    ['She was admitted on May 2, 2019, a week after the meeting.', ['May 2, 2019']],
    ['She presented with a week of fever on March 3, 2017.', ['March 3, 2017']],
    ['The patient was presented at our tumor board on March 3, 2017.', ['March 3, 2017']],
    // a hard-wrapped paragraph breaks the date across lines
    ['She was admitted on March\n3, 2019 with a rash.', ['March\n3, 2019']],
    ['At her visit on 5\n   June 2018 the ulcer had healed.', ['5\n   June 2018']],
    ['In March\r\n2017 she noticed painless hematuria.', ['March\r\n2017']],
    ['She was admitted on March 3, 2017.\nThe case was presented at the ACR Annual Meeting in 2019.', ['March 3, 2017']],
    ['She was admitted on March 3, 2017 with fever.\n\nPresented at the ACR Annual Meeting in 2019.', ['March 3, 2017']],
  ],
  [
    'Two months later the ulcers had begun to granulate.',
    'A 45-year-old woman was diagnosed with lupus in 2018.',
    'On hospital day 3 a skin biopsy was performed.',
    'Her blood pressure was 120/80 mm Hg.',
    'Antinuclear antibodies were positive at a titer of 1:640.',
    'The platelet count was 150-450 × 10⁹/L on repeat testing.',
    'Creatinine rose from 0.9 to 1.4 mg/dL within 48 hours.',
    'She had taken methotrexate 15 mg weekly for 3 years.',
    'Symptoms had been present for 6 to 8 weeks.',
    'Follow-up visits took place at 3, 6 and 12 months.',
    'Between 2015 and 2018 she had three flares.',
    'The patient may have had a viral prodrome.',
    'In the following spring she returned with arthralgia.',
    'Hemoglobin A1c was 7.2% and LDL 3.4 mmol/L.',
    'About 2/3 of patients respond within 12 weeks.',
    'Her HLA-B27 status was negative and HLA-B*58:01 was not tested.',
    'Tacrolimus trough levels were 5-8 ng/mL.',
    'An ECG showed a QTc of 460 ms on day 2.',
    'ICD-10 code M32.14 was recorded for lupus nephritis.',
    'The CT scan at week 6 showed 2.5 × 1.8 cm consolidation.',
    'Guidelines from 2019 recommend hydroxychloroquine for all patients.',
    'She was seen again one year later, in the summer.',
    'Grade 3/4 neutropenia occurred in 12% of patients in the trial.',
    'Version 2.1.10 of the software was used for the analysis.',
    'Grade 2-3 fatigue lasted 14-21 days.',
    'The March-April flare was milder.',
    'Presented at the American College of Rheumatology Annual Meeting, November 8-13, 2019; Atlanta, GA.',
    'This case was presented as a poster at the EULAR Congress, June 12-15, 2019, in Madrid.',
    'An abstract of this case was presented at the Annual Scientific Meeting of the BSR, May 2-4, 2019.',
    'Received: March 3, 2020; accepted: May 2, 2020.',
    '**Received** March 3, 2020 **Accepted** May 2, 2020 **Published online** June 1, 2020',
    'Accepted for publication June 12, 2019.',
    'Presented at the American Society of Nephrology Kidney Week, November 2-5, 2017, New Orleans, LA.',
    'Presented in part at Digestive Disease Week; May 18-21, 2019; San Diego, CA.',
    // a line break is no date's inside when a blank line or a list item comes between
    'Symptoms began in March.\n\n3 weeks later she improved.',
    'Follow-up visits were in May\n- 12 patients attended',
    'Received: March\n3, 2020; accepted: May 2, 2020.',
    // a publication note whose paragraph is hard-wrapped, the note and its date on different lines
    'Presented at the American College of Rheumatology Annual Meeting,\nNovember 8-13, 2019; Atlanta, GA.',
    'Presented at the American Society\nof Nephrology Kidney Week, November\n2-5, 2017, New Orleans, LA.',
    'Received: March 3, 2020; accepted:\nMay 2, 2020.',
    'This case was\n  presented at the Annual Scientific\n  Meeting of the BSR, May 2-4, 2019.',
    '**Published\nonline** June 1, 2020',
  ],
);

suite(
  'phi-age',
  [
    ['A 92-year-old woman presented with jaw claudication.', ['92-year-old']],
    ['The patient, aged 94, lived alone.', ['aged 94']],
    ['He was 91 years old at diagnosis.', ['91 years old']],
    ['A 97 yo man was found on the floor.', ['97 yo']],
    ['She was 103 years of age and independent.', ['103 years of age']],
    ['At the age of 95 she developed gout.', ['age of 95']],
    ['A ninety-two-year-old man was admitted.', ['ninety-two-year-old']],
    ['| Age | 96 y/o |', ['96 y/o']],
    ['A man (92 years) presented with gout.', ['92 years']],
    // a hard-wrapped paragraph breaks the age across lines
    ['She was a woman aged\n94 at the time.', ['aged\n94']],
    ['He was 91\n  years old at diagnosis.', ['91\n  years old']],
    ['She was 103 years\nof age and independent.', ['103 years\nof age']],
  ],
  [
    'A 45-year-old woman presented with a malar rash.',
    'A woman in her 40s presented with Raynaud phenomenon.',
    'A man in his 90s was referred with polymyalgia.',
    'The patient, aged 90 or older, lived alone.',
    'Patients aged 90 years or older were excluded.',
    'Oxygen saturation was 92% on room air.',
    'The heart rate was 96 beats per minute.',
    'She received aspirin 100 mg daily.',
    'Follow-up at 90 days showed remission.',
    'A 9-year-old boy had fever for 10 days.',
    'A 19-year-old man developed myositis.',
    'Her mother had died at 89 years old.',
    'The patient, aged 89, lived independently.',
    'The 95% confidence interval was 1.2-3.4.',
    'Ferritin was 950 ng/mL and CRP 94 mg/L.',
    'Of 120 patients in the series, 92 were women.',
    'She walked 100 meters without pain.',
    'Stage 4 chronic kidney disease was present.',
    'A 90-day course of antibiotics was completed.',
    'The 100-year history of colchicine began in the 1930s.',
    'ESR was 98 mm/h at presentation.',
    'She was aged 60 at diagnosis of Sjögren disease.',
    'Of patients aged 90 years or older (n = 12), half had gout.',
    'Follow-up (90 days) was complete in all patients.',
    'The patient, aged 90\nor older, lived alone.',
    'Patients aged 90 years\nor older were excluded.',
    'Follow-up at 90\ndays showed remission.',
    'A man in his 90s was referred.\n\n95 years of registry data were reviewed.',
  ],
);

suite(
  'phi-contact',
  [
    ['Her husband can be reached at (718) 555-0192.', ['(718) 555-0192']],
    ['Call the clinic at 617-555-0148 for results.', ['617-555-0148']],
    ['Images were sent to wound.team@stmarys-example.org for review.', ['wound.team@stmarys-example.org']],
    ['Contact <j.doe@hospital.example.com> for the slides.', ['j.doe@hospital.example.com']],
    ['The daughter (phone +44 20 7946 0958) gave the history.', ['+44 20 7946 0958']],
    ['Fax: 212 555 0199 to request the records.', ['212 555 0199']],
    ['Her pager #44718 was listed on the consent form.', ['44718']],
    ['Her son, reachable at 555-0192, confirmed the history.', ['555-0192']],
  ],
  [
    'Platelets were 150-450 × 10⁹/L and WBC 4.5-11.0 × 10⁹/L.',
    'Her blood pressure was 142/88 mm Hg.',
    'Hemoglobin fell from 12.3 to 8.1 g/dL.',
    'She received 300-400 mg of ibuprofen per dose.',
    'The trial NCT01234567 enrolled 210 patients.',
    'The CD4 count was 350 cells/μL.',
    'The HLA-B*58:01 allele was absent.',
    'ICD-10 M32.14 was coded at discharge.',
    'Heparin 5,000 units was given every 12 hours.',
    'The ANA titer was 1:1280 in a speckled pattern.',
    'Creatine kinase was 4,820 U/L on admission.',
    'She reported pain of 8/10 on a visual analogue scale.',
    'A 2.1 × 1.4 × 0.9 cm nodule was excised.',
    'Phone calls at 1, 2 and 4 weeks checked her adherence.',
    'The patient was contacted by telephone two weeks later.',
    'Between 2015-2018 she had three admissions.',
    'Urine protein was 3.2 g per 24 hours.',
    'The manufacturer, Pfizer Inc, supplied the drug.',
    'Serum IgG4 was 135 mg/dL (range 4-86 mg/dL).',
    'Reference ranges: sodium 135-145 mmol/L, potassium 3.5-5.1 mmol/L.',
    'Fax machines were not used in the study.',
    'She used an @home monitoring app for glucose.',
    'Reached at 6 months, the target was maintained.',
    'We called at 2 weeks to check adherence.',
    // a paragraph's end is not inside a number
    'Change in score: +4 3\n\n2019 2020 registry years are listed below.',
  ],
);

suite(
  'phi-identifier',
  [
    ['Her medical record number (MRN 00482913) was on the referral.', ['00482913']],
    ['He was admitted (MRN: 7730418) two years earlier.', ['7730418']],
    ['The record from the referring hospital (account no. 55102-8831) was reviewed.', ['55102-8831']],
    ['A copy with social security number 078-05-1120 was scanned.', ['078-05-1120']],
    ['The SSN 123-45-6789 appeared on the form.', ['123-45-6789']],
    ['Pathology accession number S18-04521 confirmed vasculitis.', ['S18-04521']],
    ['His Medicare number 1EG4-TE5-MK73 was listed.', ['1EG4-TE5-MK73']],
    ['Her NHS number 943 476 5919 was on the letter.', ['943 476 5919']],
    ['The pacemaker serial number 7742190 was recorded.', ['7742190']],
    ['Referral letter MRN-4481920 was attached.', ['4481920']],
    // a hard-wrapped paragraph breaks the cue or its number across lines
    ['Her medical record\nnumber was 7730418 on the letter.', ['7730418']],
    ['A woman presented with fever. Her MRN\nwas 45678901.', ['45678901']],
    ['The MRN:\r\n    8830418 was written on the form.', ['8830418']],
  ],
  [
    'Her medical records were reviewed retrospectively.',
    'There was no record of prior skin disease.',
    'The medical record number was removed before submission.',
    'She gave an account of her symptoms in her own words.',
    'Serial imaging showed regression of the lesion.',
    'Serial creatinine measurements were stable at 1.1 mg/dL.',
    'The 2017-2018 influenza season was severe.',
    'Platelets were 150-450 × 10⁹/L.',
    'She was patient number 3 in our series.',
    'The trial NCT01234567 enrolled 210 patients.',
    'The dose was 5,000 units every 12 hours.',
    'Her blood pressure was 120/80 mm Hg.',
    'ICD-10 code M32.14 was recorded.',
    'HLA-DRB1*04:01 was present.',
    'Factor V Leiden G1691A was not detected.',
    'A JAK2 V617F mutation was found.',
    'Taking into account her age, we chose a lower dose.',
    'The case number in our series was small.',
    'Her license to drive was suspended after the seizure.',
    'Antibodies to PR3 were 124 IU/mL.',
    'Policy changes in 2019 made the drug available.',
    'The device was removed after 6 weeks.',
    'The form had a box for the MRN.\n\n2048 forms were reviewed.',
    'The form had a box for the MRN\n\n2048 forms were reviewed.',
  ],
);

suite(
  'phi-name',
  [
    ['Mrs. Alvarez reported worsening dyspnea.', ['Mrs. Alvarez']],
    ['She was seen by Dr. Chen in the rheumatology clinic.', ['Dr. Chen']],
    ['Mr O’Brien declined the biopsy.', ['Mr O’Brien']],
    ['Ms. Nakamura-Lee was started on prednisone.', ['Ms. Nakamura-Lee']],
    ['Her rheumatologist, Dr. Haddad, added colchicine.', ['Dr. Haddad']],
    ["Prof. Müller's team reviewed the slides.", ['Prof. Müller']],
    ['Mr. and Mrs. Garcia brought their son to clinic.', ['Mrs. Garcia']],
    ['She was referred by Dr. de la Cruz from the clinic.', ['Dr. de la Cruz']],
    ['Mr. J.D. presented with a 3-week history of fever.', ['Mr. J.D.']],
    ['Mrs. K. was admitted with chest pain.', ['Mrs. K.']],
    ['Mr. S.U.A., a farmer, had a purpuric rash.', ['Mr. S.U.A.']],
    ['Mr. J. D. declined a kidney biopsy.', ['Mr. J. D.']],
    ['Mr JD was started on prednisone 60 mg daily.', ['Mr JD']],
    ['He was referred by Dr. J. Smith for haematuria.', ['Dr. J. Smith']],
    ['The patient (Mrs. K.) consented to publication.', ['Mrs. K.']],
    // a hard-wrapped paragraph breaks the name across lines
    ['She was seen in clinic by Dr.\nChen on arrival.', ['Dr.\nChen']],
    ['She was referred by Dr. de la\n  Cruz from the clinic.', ['Dr. de la\n  Cruz']],
  ],
  [
    'A woman with multiple sclerosis (MS) presented with weakness.',
    'MRS showed an elevated lactate peak.',
    'The patient declined the biopsy.',
    'Mr. A, a 45-year-old man, presented with fever.',
    'She was diagnosed with Sjögren disease.',
    'Sjögren syndrome was confirmed by lip biopsy.',
    'The Mayo Clinic criteria were fulfilled.',
    'Behçet disease was considered but pathergy was negative.',
    'She had Hashimoto thyroiditis since her 30s.',
    'Raynaud phenomenon began in her 20s.',
    'The Dr. and the nurse examined the wound.',
    'She did not want to miss Monday dialysis.',
    'Still disease was suspected because of the salmon-colored rash.',
    'He was treated at St. Mary Hospital.',
    'Ms and MS are different abbreviations.',
    'Kikuchi disease was seen on the lymph node biopsy.',
    'A Schirmer test was abnormal at 3 mm in 5 minutes.',
    'Drs. and nurses from three teams attended the meeting.',
    'The Mini-Mental State Examination score was 24/30.',
    'Gottron papules were present over the knuckles.',
    'Figure 2. Skin biopsy (hematoxylin-eosin). Courtesy of Dr. Adeyemi.',
    'Images were kindly provided by Dr. Haddad of the dermatology department.',
    'We call him Mr. A. He was a retired teacher.',
    'The patient is referred to as Mr. A.',
    'Mr. A, 45 years old, had fever; Mr. B had none.',
    'ANCA against MPO (MPO-ANCA) were positive.',
    'She was treated at the NIH Clinical Center.',
    'We call him Mr. A.\nHe was a retired teacher.',
    'The notes were signed by the Dr\n\nChen syndrome was not considered.',
  ],
);

describe('privacy rules: scope', () => {
  it('never looks at the frontmatter date or author e-mails', () => {
    assert.deepEqual(hits('phi-date', 'Nothing here.\n'), []);
    assert.deepEqual(hits('phi-contact', 'Nothing here.\n'), []);
  });
  it('reads the title and abstract, which are printed, but no other frontmatter field', () => {
    const text = '---\ntitle: Gout in a 94-Year-Old Man\nauthors:\n  - name: Dr. Chen Li\n    email: chen@example.org\ndate: 2018-05-17\nissue: May 2018\nabstract: >\n  A 92-year-old man was admitted on March 3, 2017\n  and given colchicine .6 mg.\n---\n\nText.\n';
    const { findings } = checkText(text, defaultConfig(), { fileExists: () => true });
    const mine = findings.filter((f) => /^(phi|dose)-/.test(f.code)).map((f) => `${f.code} ${text.slice(f.start, f.end)} @${f.range.start.line + 1}:${f.range.start.character + 1}`);
    assert.deepEqual(mine, ['phi-age 94-Year-Old @2:18', 'phi-age 92-year-old @9:5', 'phi-date March 3, 2017 @9:37', 'dose-zero .6 mg @10:24']);
  });
  it('reads the running title, which the exported manuscript prints in every page header', () => {
    const text = '---\ntitle: Lupus and the lung\nrunningTitle: Mrs. Alvarez and her lungs\nauthors:\n  - name: Ana Ruiz\n---\n\nText.\n';
    const { findings } = checkText(text, defaultConfig(), { fileExists: () => true });
    assert.deepEqual(findings.filter((f) => f.code.startsWith('phi-')).map((f) => `${f.code} ${text.slice(f.start, f.end)} @${f.range.start.line + 1}`), ['phi-name Mrs. Alvarez @3']);
  });
  it('never looks at reference entries (dates, page ranges, author names)', () => {
    const body = 'Calciphylaxis is rare.^1^\n\n## References\n\n1. Chen D, Dr. Smith. Published March 3, 2017. Mayo Clin Proc. 2017;92(3):1139-1143. Contact 617-555-0148.\n';
    for (const code of ['phi-date', 'phi-name', 'phi-contact', 'phi-identifier']) assert.deepEqual(hits(code, body), [], code);
  });
  it('skips acknowledgments and author sections for names', () => {
    assert.deepEqual(flagged('phi-name', '## Acknowledgments\n\nWe thank Dr. Chen for the pathology images.\n'), []);
    assert.deepEqual(flagged('phi-name', '## Case Presentation\n\nShe was seen by Dr. Chen.\n\n## Acknowledgments\n\nWe thank Dr. Chen.\n'), ['Dr. Chen']);
  });
  it('honours the allow-list (casereport.privacy.allow), case-insensitively', () => {
    const config = defaultConfig({ privacy: { allow: ['Dr. Sjögren', 'march 2020'] } });
    assert.deepEqual(flagged('phi-name', 'The syndrome described by Dr. Sjögren was confirmed.', config), []);
    assert.deepEqual(flagged('phi-date', 'In March 2020 the guidance changed.', config), []);
    assert.deepEqual(flagged('phi-name', 'The syndrome described by Dr. Sjögren was confirmed.'), ['Dr. Sjögren']);
  });
  it('ignores code spans and HTML comments', () => {
    assert.deepEqual(flagged('phi-date', 'Write dates like `March 3, 2017` never. <!-- admitted 03/03/2017 -->'), []);
  });
  it('reports exact 1-based columns', () => {
    const [hit] = hits('phi-date', 'Admitted on March 3, 2017 with fever.\n');
    assert.deepEqual([hit.line, hit.column, hit.endColumn], [8, 13, 26]);
  });
});
