import assert from 'node:assert/strict';
import { FRONTMATTER, fixed, flagged, hits, ruleSuites } from './helpers';

const suite = ruleSuites();

suite(
  'dose-abbreviation',
  [
    ['Insulin was given as 10 U of regular insulin before meals.', ['U']],
    ['Heparin 80 U/kg was given as a bolus.', ['U']],
    ['She injected 4u of insulin glargine at night.', ['u']],
    ['Vitamin D3 50,000 IU weekly was prescribed.', ['IU']],
    ['Prednisone 5 mg QD was continued.', ['QD']],
    ['Hydroxychloroquine 200 mg daily (QD) was restarted.', ['QD']],
    ['Aspirin 81 mg q.d. was started.', ['q.d.']],
    ['Aspirin 81 mg q.d was started.', ['q.d']],
    ['Filgrastim 300 mcg qod for three doses.', ['qod']],
    ['Methotrexate was given Q.O.D. by mistake.', ['Q.O.D.']],
    ['For pain she received MS 15 mg every 4 hours.', ['MS']],
    ['He received 4 mg of MS intravenously.', ['MS']],
    ['MSO4 2 mg IV was given once.', ['MSO4']],
    ['MgSO4 2 g IV was infused over one hour.', ['MgSO4']],
    ['Her anti-Xa level was low, so she was given heparin 1,000 U as a bolus.', ['U']],
    ['Insulin glargine was increased from 4.5 to 6 U at night.', ['U']],
    ['Magnesium was replaced with MgSO₄ 4 g.', ['MgSO₄']],
    ['She took cholecalciferol 1,000 i.u. daily.', ['i.u.']],
    ['Ergocalciferol 50,000 I.U. weekly was prescribed.', ['I.U.']],
    ['Vitamin D 1000i.u every morning.', ['i.u']],
    ['He was given vitamin D 2,000 iu. Then calcium was added.', ['iu']],
    ['Vitamin D was given as 800 I.U', ['I.U']],
  ],
  [
    'She had multiple sclerosis (MS) for 10 years.',
    'MS was diagnosed in 2010 after optic neuritis.',
    'The patient traveled from the U.S. to Mexico.',
    'Creatine kinase was 4,820 U/L.',
    'Alkaline phosphatase was 310 IU/L.',
    'Anti-PR3 antibodies were 124 IU/mL.',
    'Heparin 5,000 units was given every 12 hours.',
    'Vitamin D 1,000 International Units daily was continued.',
    'Prednisone 5 mg daily was continued.',
    'The MS clinic followed her every 6 months.',
    'She underwent an MRI of the spine at 3 T.',
    'Group A streptococcus was isolated.',
    'The MS 4 trial enrolled 200 patients.',
    'Uveitis (U) was graded 2+ on slit-lamp examination.',
    'A QD-alpha variant was not detected.',
    'She was in the U.K. for 2 months.',
    'Serum magnesium (Mg) was 1.4 mg/dL.',
    'Alkaline phosphatase was 310 i.u./L.',
    'Anti-TPO antibodies were 450 IU/mL (reference, <35).',
    'She lived in Iuka, Mississippi.',
    'Anti-histone antibodies were 3.1 U (reference, <1.0 U).',
    'Anti-CCP antibodies were 250 U, well above the normal range.',
    'Anti-PR3 was elevated at 45 U on the ELISA.',
  ],
);

suite(
  'dose-zero',
  [
    ['Prednisone was tapered to 5.0 mg daily.', ['5.0 mg']],
    ['Colchicine .6 mg daily was added.', ['.6 mg']],
    ['Levothyroxine 75.0 mcg daily was continued.', ['75.0 mcg']],
    ['Warfarin 2.50 mg was given on alternate days.', ['2.50 mg']],
    ['Enoxaparin 1.0 mg/kg twice daily was started.', ['1.0 mg']],
    ['Ceftriaxone 2.0 g IV daily was given.', ['2.0 g']],
    ['Morphine 0.5-1.0 mg IV every 2 hours.', ['1.0 mg']],
    ['| Methotrexate | 15.0 mg weekly |', ['15.0 mg']],
  ],
  [
    'The lesion measured 2.0 cm in diameter.',
    'Hemoglobin was 12.0 g/dL on admission.',
    'Creatinine was 1.0 mg/dL.',
    'Potassium was 4.0 mmol/L.',
    'C-reactive protein was 10.0 mg/L.',
    'The 24-hour urine protein was 3.0 g.',
    'Her weight was 70.0 kg.',
    'Colchicine 0.6 mg twice daily was continued.',
    'Prednisone 7.5 mg daily was given.',
    'Tacrolimus levels were 8.0 ng/mL.',
    'Temperature was 38.0 °C.',
    'Albumin was 3.0 g/dL.',
    'Version 1.0 of the protocol was used.',
    'eGFR was 60.0 mL/min/1.73 m².',
    'The drain output was 100.0 mL per day.',
  ],
);

suite(
  'dose-spacing',
  [
    ['Prednisone 10mg daily was started.', ['10mg']],
    ['Allopurinol 100mg and colchicine 0.6mg were given.', ['100mg', '0.6mg']],
    ['Vitamin D 1,000IU daily.', ['1,000IU']],
    ['Saline 500mL was infused.', ['500mL']],
    ['Cyclophosphamide 500mg/m2 every 2 weeks.', ['500mg']],
    ['Vitamin D 1000i.u every morning.', ['1000i.u']],
  ],
  [
    'Prednisone 10 mg daily was started.',
    'A 10-mg tablet was prescribed.',
    'CYP3A4 and P-glycoprotein inhibitors raise levels.',
    'Vitamin D3 1,000 IU daily.',
    'Grade 2 neutropenia occurred.',
    'The 4G network was unavailable.',
    'She had 3 mg of lorazepam.',
    'HbA1c was 7.2%.',
    'IgG4-related disease was suspected.',
    'The 5mm nodule was stable.',
  ],
);

describe('dose fixes', () => {
  it('writes units, International Units, daily, every other day and the drug names out', () => {
    assert.equal(fixed('dose-abbreviation', 'Give 10 U of insulin.'), 'Give 10 units of insulin.');
    assert.equal(fixed('dose-abbreviation', 'Give 1 U of insulin.'), 'Give 1 unit of insulin.');
    assert.equal(fixed('dose-abbreviation', 'Give 10U of insulin.'), 'Give 10 units of insulin.');
    assert.equal(fixed('dose-abbreviation', 'Vitamin D 50,000 IU weekly.'), 'Vitamin D 50,000 International Units weekly.');
    assert.equal(fixed('dose-abbreviation', 'Vitamin D 1,000 i.u. daily.'), 'Vitamin D 1,000 International Units daily.');
    assert.equal(fixed('dose-abbreviation', 'Vitamin D 1000i.u daily.'), 'Vitamin D 1000 International Units daily.');
    assert.equal(fixed('dose-abbreviation', 'She took vitamin D 2,000 I.U. Then calcium.'), 'She took vitamin D 2,000 International Units. Then calcium.');
    assert.equal(fixed('dose-abbreviation', 'Aspirin 81 mg q.d.\nNext line.'), 'Aspirin 81 mg daily.\nNext line.');
    assert.equal(fixed('dose-abbreviation', 'Prednisone 5 mg QD and aspirin qod.'), 'Prednisone 5 mg daily and aspirin every other day.');
    assert.equal(fixed('dose-abbreviation', 'MgSO4 2 g and MSO4 2 mg.'), 'Magnesium sulfate 2 g and morphine sulfate 2 mg.');
    assert.equal(fixed('dose-abbreviation', 'He was given MgSO4 2 g. MSO4 2 mg followed.\n\n| MgSO4 | 2 g |'), 'He was given magnesium sulfate 2 g. Morphine sulfate 2 mg followed.\n\n| Magnesium sulfate | 2 g |');
    assert.equal(fixed('dose-abbreviation', 'MS 15 mg every 4 hours.'), 'Morphine sulfate 15 mg every 4 hours.');
  });
  it('says what each abbreviation is mistaken for', () => {
    assert.match(hits('dose-abbreviation', 'Prednisone 5 mg QD.')[0].message, /^"QD" is on the Joint Commission "Do Not Use" list: it is mistaken as QID \(four times daily\), or q\.i\.d\.; write "daily"$/);
    assert.match(hits('dose-abbreviation', 'Give 10 U of insulin.')[0].message, /mistaken as a 0 or a 4/);
    assert.match(hits('dose-abbreviation', 'MgSO4 2 g.')[0].message, /mistaken as morphine sulfate; write "magnesium sulfate"/);
  });
  it('marks the MS fix as needing review (not applied unattended), the others as safe', () => {
    assert.equal(hits('dose-abbreviation', 'MS 15 mg every 4 hours.')[0].fixes[0].safe, false);
    assert.equal(hits('dose-abbreviation', 'Give 10 U of insulin.')[0].fixes[0].safe, true);
  });
  it('removes trailing zeros and adds leading zeros', () => {
    assert.equal(fixed('dose-zero', 'Prednisone 5.0 mg, warfarin 2.50 mg, colchicine .6 mg.'), 'Prednisone 5 mg, warfarin 2.5 mg, colchicine 0.6 mg.');
    assert.equal(fixed('dose-zero', 'Enoxaparin 1.0 mg/kg.'), 'Enoxaparin 1 mg/kg.');
  });
  it('adds the space', () => {
    assert.equal(fixed('dose-spacing', 'Prednisone 10mg and 0.6mg.'), 'Prednisone 10 mg and 0.6 mg.');
  });
  it('reports exact columns', () => {
    const [hit] = hits('dose-zero', 'Prednisone was tapered to 5.0 mg daily.\n');
    assert.deepEqual([hit.line, hit.column, hit.endColumn], [8, 27, 33]);
  });
  it('never reads the reference list', () => {
    assert.deepEqual(flagged('dose-zero', 'Text.^1^\n\n## References\n\n1. Smith A. Prednisone 5.0 mg QD in 10mg doses. J Test. 2010;1:1-2.\n'), []);
  });
});
