import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { MAGAZINE, PRESETS } from '../../src/core/house-styles';
import { fixed as safeFixed, flagged, hits, ruleSuite } from './helpers';

/** The optional ISMP set is on in the care preset. */
const CARE = defaultConfig({ houseStyle: PRESETS.care });
const CODE = 'dose-error-prone';

const POSITIVES: [string, string[]][] = [
  ['Enoxaparin 40 mg SC daily was started for prophylaxis.', ['SC']],
  ['Methotrexate 15 mg SQ weekly replaced the oral dose.', ['SQ']],
  ['Adalimumab 40 mg sub q every other week was continued.', ['sub q']],
  ['Insulin glargine was injected SC at night.', ['SC']],
  ['Naloxone 4 mg IN was given by the paramedics.', ['IN']],
  ['Zolpidem 5 mg hs was prescribed for insomnia.', ['hs']],
  ['Epoetin alfa 4,000 units TIW was given at dialysis.', ['TIW']],
  ['Timolol 0.5% 1 drop OU twice daily was continued.', ['OU']],
  ['Prednisolone acetate 1% 1 drop OD every 2 hours was started.', ['OD']],
  ['Amlodipine 5 mg OD was continued.', ['OD']],
  ['Hydroxychloroquine 200 mg o.d. was restarted.', ['o.d.']],
  ['Folic acid 1 mg q1d was added.', ['q1d']],
  ['Prednisone was D/C on day 5.', ['D/C']],
  ['She took MTX 15 mg weekly and APAP 650 mg as needed.', ['MTX', 'APAP']],
  ['Liothyronine (T3 25 mcg daily) was added.', ['T3']],
  ['HCTZ 25 mg daily was stopped because of hyponatremia.', ['HCTZ']],
  ['Levofloxacin 500 mg daily x7d was prescribed.', ['x7d']],
  ['Heparin 100000 units was given in error.', ['100000']],
  ['Cyanocobalamin 1000 µg IM monthly was started.', ['µg']],
];

const NEGATIVES = [
  'Enoxaparin 40 mg subcutaneously daily was started for prophylaxis.',
  'She lived in Indianapolis, IN, and worked as a teacher.',
  'SC and JD wrote the manuscript; AS reviewed the pathology.',
  'The biopsy was performed in the clinic IN 2019 under local anesthesia.',
  'Zolpidem 5 mg qhs was prescribed for insomnia.',
  'She took an OD of acetaminophen 2 years earlier.',
  'Ankylosing spondylitis (AS) was excluded by MRI of the sacroiliac joints.',
  'Free T3 2.1 pg/mL, free T4 3.2 ng/dL and TSH 0.01 mIU/L were measured.',
  '| T3 | 2.1 pg/mL | 2.3-4.2 |',
  'HCT 32% and hemoglobin 10.1 g/dL.',
  'Tacrolimus (TAC) trough was 8 ng/mL.',
  'Methotrexate was stopped; MTX-related pneumonitis was considered.',
  'Dexamethasone 4 mg IV every 6 hours was given.',
  'Heparin 10,000 units was given in error.',
  'Vitamin B12 was 150 µg/L and folate 4 ng/mL.',
  'A 3D reconstruction of the CT showed the abscess.',
  'Hydroxychloroquine 200 mg daily was restarted.',
  'The HS-CRP was 12 mg/L.',
  'Hidradenitis suppurativa (HS) lesions were present in both axillae.',
  'OS was 24 months in the cohort described by Smith et al.',
  'The OD at 450 nm was 1.2 on ELISA.',
  'Timolol 0.5% 1 drop in the right eye twice daily.',
  'Sjögren disease and Mr. Yuk stickers; Hashimoto thyroiditis.',
  'The patient was discharged on day 10.',
  'Insulin lispro 4 units SC-free pumps were not used.',
  'Platelets were 150 × 10^9^/L and leukocytes 11 000/µL.',
  'The sample was diluted 1:100000 before testing.',
  '## References\n\n1. Smith SC, Jones IN. Enoxaparin 40 mg SC daily. J Thromb. 2001;3(1):1-2.',
];

ruleSuite(CODE, POSITIVES, NEGATIVES, { config: CARE, minNegatives: 25 });

describe(`${CODE}: presets, fixes and columns`, () => {
  it('is off in the magazine preset and on in care (an optional set)', () => {
    assert.deepEqual(flagged(CODE, POSITIVES[0][0]), []);
    assert.deepEqual(flagged(CODE, POSITIVES[0][0], defaultConfig({ houseStyle: MAGAZINE, rules: { [CODE]: 'info' } })), ['SC']);
    assert.equal(hits(CODE, POSITIVES[0][0], CARE).length, 1);
  });

  it('leaves µg alone when the house style writes micrograms as µg (AMA)', () => {
    const amaStyle = defaultConfig({ houseStyle: { ...PRESETS.care, micrograms: 'µg' } });
    assert.deepEqual(flagged(CODE, 'Cyanocobalamin 1000 µg IM monthly was started.', amaStyle), []);
  });

  it('fixes what has one reading, keeping the sentence period', () => {
    const fixed = (sentence: string) => safeFixed(CODE, sentence, { config: CARE, safeOnly: true });
    assert.equal(fixed('Enoxaparin 40 mg SC daily; MTX 15 mg weekly; x7d; heparin 100000 units; B12 1000 µg.'), 'Enoxaparin 40 mg subcutaneously daily; methotrexate 15 mg weekly; for 7 days; heparin 100,000 units; B12 1000 mcg.');
    assert.equal(fixed('Hydroxychloroquine 200 mg o.d.\nNext.'), 'Hydroxychloroquine 200 mg daily.\nNext.');
    // hs (bedtime or half-strength) and D/C (discharge or discontinue) are for the author to choose.
    assert.equal(fixed('Zolpidem 5 mg hs. Prednisone was D/C.'), 'Zolpidem 5 mg hs. Prednisone was D/C.');
  });

  it('reports exact columns', () => {
    const [hit] = hits(CODE, 'Enoxaparin 40 mg SC daily.\n', CARE);
    assert.deepEqual([hit.line, hit.column, hit.endColumn], [8, 18, 20]);
  });
});
