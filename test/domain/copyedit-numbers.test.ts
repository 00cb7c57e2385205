import assert from 'node:assert/strict';
import { fixed, hits, ruleSuites } from './helpers';

/** Each rule: realistic sentences that must be flagged (with the exact text), and at least 25 that must not. */
const suite = ruleSuites({ minNegatives: 25 });

suite(
  'style-age',
  [
    ['A 60-year old woman presented with a malar rash.', ['60-year old']],
    ['A 60 year old man was admitted with fever.', ['60 year old']],
    ['We describe a 45 year-old with rheumatoid arthritis.', ['45 year-old']],
    ['The 52-years-old patient had a history of gout.', ['52-years-old']],
    ['A 6-month old infant was referred for fever.', ['6-month old']],
    ['A previously healthy 34 years old woman developed arthralgia.', ['34 years old']],
    ['| 1 | 71 year old female | Vasculitis |', ['71 year old']],
    ['An 18-year old man and a 3 week-old neonate were seen.', ['18-year old', '3 week-old']],
    ['Her 8 year old daughter also had rashes.', ['8 year old']],
  ],
  [
    'A 60-year-old woman presented with a malar rash.',
    'The patient was 60 years old at diagnosis.',
    'She was 60 years old when the rash began.',
    'He had had lupus for 60 years.',
    'Over the following 2 years her renal function was stable.',
    'A woman in her 60s presented with fever.',
    'Methotrexate 15 mg weekly was given for 3 years.',
    'A 5-year follow-up showed no relapse.',
    'The 10-year survival of EGPA exceeds 80%.',
    'At 60 years old, she started hydroxychloroquine.',
    'The 60-year-olds in the cohort had more comorbidities.',
    'Patients older than 50 years had more relapses.',
    'She was diagnosed with Sjögren disease at age 45.',
    'A 92-year-old man presented with jaw claudication.',
    'The rash had been present for 3 weeks, and old lesions had scarred.',
    'Creatinine was 1.4 mg/dL 2 days later; old records showed 0.9 mg/dL.',
    'Prednisone 40 mg daily was tapered over 6 weeks.',
    'Her mother, 85 years old, had rheumatoid arthritis.',
    'He reported symptoms for 2 years. Old photographs showed a malar rash.',
    'Mr. Yuk stickers were on the cabinet at home.',
    'Two months later the ulcers had begun to granulate.',
    'A 3-day course of methylprednisolone 1 g was given.',
    '| Age | 60 years |',
    'Ages ranged from 18 to 65 years old in the trial.',
    'The child was 6 months old when the fever started.',
    '## References\n\n1. Smith J, Roe A. A 60 year old problem revisited. J Rheumatol. 2001;28(1):1-2.',
  ],
);

suite(
  'unit-format',
  [
    ['Normal saline 500 ml was infused over 2 hours.', ['ml']],
    ['Creatinine was 1.2 mg/dl and BUN 24 mg/dl.', ['dl', 'dl']],
    ['Sodium was 128 mmol/l and potassium 3.1 mmol/l.', ['l', 'l']],
    ['| Hemoglobin (g/dl) | 9.8 | 12-16 |', ['dl']],
    ['Leukocytes were 11.2 x 10^9^/l and platelets 98 x 10⁹/l.', ['l', 'l']],
    ['CD4 count was 200 cells/µl.', ['µl']],
    ['eGFR was 42 ml/min/1.73 m2.', ['ml']],
    ['Lidocaine 1% 10 cc was infiltrated.', ['cc']],
    ['She received 5cc of the contrast agent.', ['cc']],
    ['MCV was 102 fl.', ['fl']],
    ['Blood pressure was 170/100mmHg on arrival.', ['100mmHg']],
    ['Blood pressure was 170/100 mmHg on arrival.', ['mmHg']],
    ['Her temperature was 38.9°C and the lesion measured 3cm.', ['38.9°C', '3cm']],
    ['The QTc was 480ms after hydroxychloroquine.', ['480ms']],
    ['Pain resolved over 48h.', ['48h']],
    ['Ferritin was 1,250 ng/ml.', ['ml']],
  ],
  [
    'Normal saline 500 mL was infused over 2 hours.',
    'Creatinine was 1.2 mg/dL and BUN 24 mg/dL.',
    'Sodium was 128 mmol/L and potassium 3.1 mmol/L.',
    '| Hemoglobin, g/dL | 9.8 | 12-16 |',
    'Leukocytes were 11.2 × 10^9^/L and platelets 98 × 10⁹/L.',
    'CD4 count was 200 cells/µL.',
    'eGFR was 42 mL/min/1.73 m2.',
    'Blood pressure was 170/100 mm Hg on arrival.',
    'Her temperature was 38.9 °C and the lesion measured 3 cm.',
    'The QTc was 480 ms after hydroxychloroquine.',
    'A 24-hour urine collection showed 3.2 g of protein.',
    'A 24h urine collection showed 3.2 g of protein.',
    'A 3-mm nodule was seen in the right upper lobe.',
    'Machine learning (ML) models were not used.',
    'CC: chest pain for 2 days.',
    'Patients with and/or without nephritis were included.',
    'She had 2 children, and lives with her husband.',
    'Methotrexate 15 mg weekly and folic acid 1 mg daily were given.',
    'Rituximab 375 mg/m^2^ was given weekly for 4 doses.',
    'Acetaminophen (APAP) was avoided; the cc of her letter went to her GP.',
    'The FL-1 channel showed a shift on flow cytometry.',
    'Dose was 5 mL/kg/h of albumin.',
    'She drank 8 fl oz of water with each dose.',
    'Hydroxychloroquine 200 mg b.i.d. was continued.',
    'Stage III CKD; Mr. Yuk stickers; Sjögren disease.',
    'Titers were 1:640 in a speckled pattern.',
    'The patient was treated in Illinois and Idaho.',
    'Wegener granulomatosis (GPA) was the old name.',
    '## References\n\n1. Hoffman F, Litt D. Serum sodium in mmol/l: a history. J Clin Chem. 2001;3(1):1-2.',
  ],
);

suite(
  'dose-spacing',
  [
    ['She weighed 70kg at admission.', ['70kg']],
    ['Ferritin was 5ng/mL and B12 150pg/mL.', ['5ng', '150pg']],
    ['Creatinine was 112µmol/L.', ['112µmol']],
    ['She received 2L of normal saline.', ['2L']],
    ['Cyclophosphamide 500mg/m2 every 2 weeks.', ['500mg']],
  ],
  [
    'She weighed 70 kg at admission.',
    'Ferritin was 5 ng/mL and B12 150 pg/mL.',
    'Creatinine was 112 µmol/L.',
    'A 10-mg tablet was prescribed.',
    'CYP3A4 and P-glycoprotein inhibitors raise levels.',
    'IgG4-related disease was excluded.',
    'HLA-B27 and HLA-B*58:01 were negative.',
    'Type 2 diabetes and stage 3a CKD were present.',
    'Vitamin D3 1,000 IU daily.',
    'Levels of IL6 and TNFα were raised.',
    'Complement C3 and C4 were low.',
    'The L5 and S1 roots were compressed.',
    'The 2nd and 3rd toes were swollen.',
    'A T2-weighted image showed edema.',
    'The G6PD level was normal.',
    'Oxygen was given at 4 L/min by nasal cannula.',
    'In the 2L setting she received rituximab; 3L therapy was not needed.',
    'Anti-Ro52 and anti-La antibodies were positive.',
    'Factor V Leiden was absent.',
    'GLP-1 agonists were avoided.',
    'The PR3-ANCA titer was 45 IU/mL.',
    'She had a Mallampati 2 airway.',
    'Vancomycin 15 mg/kg was given.',
    'Apixaban 5 mg twice daily was started.',
    'Hemoglobin 9.8 g/dL, platelets 98 × 10^9^/L.',
    '## References\n\n1. Smith J. 5mg of prednisone. J Rheumatol. 2001;28(1):1-2.',
  ],
);

describe('style-age, unit-format and dose-spacing fixes', () => {
  it('style-age writes 60-year-old', () => {
    assert.equal(fixed('style-age', 'A 60-year old woman and a 6 month old boy.'), 'A 60-year-old woman and a 6-month-old boy.');
    assert.equal(fixed('style-age', 'The 52-years-old patient.'), 'The 52-year-old patient.');
  });
  it('unit-format writes the upper-case L, mL for cc, mm Hg and the missing space', () => {
    assert.equal(fixed('unit-format', 'Saline 500 ml, creatinine 1.2 mg/dl, sodium 128 mmol/l, WBC 11 x 10^9^/l.'), 'Saline 500 mL, creatinine 1.2 mg/dL, sodium 128 mmol/L, WBC 11 x 10^9^/L.');
    assert.equal(fixed('unit-format', 'Lidocaine 10 cc and 5cc.'), 'Lidocaine 10 mL and 5 mL.');
    assert.equal(fixed('unit-format', 'BP 170/100mmHg, then 150/90 mmHg; T 38.9°C; 3cm.'), 'BP 170/100 mm Hg, then 150/90 mm Hg; T 38.9 °C; 3 cm.');
  });
  it('dose-spacing inserts the space for every unit it covers', () => {
    assert.equal(fixed('dose-spacing', 'She weighed 70kg; ferritin 5ng/mL; creatinine 112µmol/L; 2L saline.'), 'She weighed 70 kg; ferritin 5 ng/mL; creatinine 112 µmol/L; 2 L saline.');
  });
  it('reports exact columns', () => {
    const [age] = hits('style-age', 'A 60-year old woman.\n');
    assert.deepEqual([age.line, age.column, age.endColumn], [8, 3, 14]);
    const [unit] = hits('unit-format', 'Creatinine 1.2 mg/dl.\n');
    assert.deepEqual([unit.line, unit.column, unit.endColumn], [8, 19, 21]);
  });
});
