import assert from 'node:assert/strict';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { fixAll } from '../../src/core/fix-all';
import { applyFixes } from '../../src/core/fix';
import { FRONTMATTER, hits } from './helpers';

const list = (entry: string) => `Text.^1^\n\n## References\n\n1. ${entry}\n`;
const flaggedIn = (entry: string) => hits('reference-format', list(entry)).map((h) => h.text);

/** Real-shaped AMA 11th edition entries: none may be flagged. */
const AMA_ENTRIES = [
  'Lempke LB, Schmidt JD, Lynall RC. Athletic trainers\' concussion-assessment and concussion-management practices. J Athl Train. 2020;55(1):17-26. doi:10.4085/1062-6050-322-18',
  'Jennette JC, Falk RJ, Bacon PA, et al. 2012 revised International Chapel Hill Consensus Conference nomenclature of vasculitides. *Arthritis Rheum*. 2013;65(1):1-11. doi:10.1002/art.37715',
  'Guillevin L, Pagnoux C, Seror R, Mahr A, Mouthon L, Le Toumelin P. The Five-Factor Score revisited. *Medicine (Baltimore)*. 2011;90(1):19-27. doi:10.1097/MD.0b013e318205a4c6',
  'Gagnier JJ, Kienle G, Altman DG, Moher D, Sox H, Riley D; CARE Group. The CARE guidelines: consensus-based clinical case reporting guideline development. *J Med Case Rep*. 2013;7:223. doi:10.1186/1752-1947-7-223',
  'Dennert RM, van Paassen P, Schalla S, et al. Cardiac involvement in Churg-Strauss syndrome. *Arthritis Rheum*. 2010;62(2):627-634. doi:10.1002/art.27263',
  'Sablé-Fourtassou R, Cohen P, Mahr A, et al. Antineutrophil cytoplasmic antibodies and the Churg-Strauss syndrome. *Ann Intern Med*. 2005;143(9):632-638. doi:10.7326/0003-4819-143-9-200511010-00006',
  'Wechsler ME, Akuthota P, Jayne D, et al. Mepolizumab or placebo for eosinophilic granulomatosis with polyangiitis. *N Engl J Med*. 2017;376(20):1921-1932. doi:10.1056/NEJMoa1702079',
  'Kim J. Pediatric concussion outcomes. Pediatrics. 2016;137(2):e20152488. doi:10.1542/peds.2015-2488',
  'Roe JP III, Coe RT Jr, Lee K. Outcomes after arthroplasty. JAMA Surg. 2019;154(6):e190123. doi:10.1001/jamasurg.2019.0123',
  'Coe RT Jr, Smith AB, Jones CD, et al. Colchicine toxicity with clarithromycin. JAMA Intern Med. 2021;181(3):411-413. doi:10.1001/jamainternmed.2020.1234',
  'Chung SA, Langford CA, Maz M, et al. 2021 American College of Rheumatology/Vasculitis Foundation guideline for the management of antineutrophil cytoplasmic antibody-associated vasculitis. *Arthritis Rheumatol*. 2021;73(8):1366-1383. doi:10.1002/art.41773',
  'Hellmich B, Sanchez-Alamo B, Schirmer JH, et al. EULAR recommendations for the management of ANCA-associated vasculitis: 2022 update. *Ann Rheum Dis*. 2024;83(1):30-47. doi:10.1136/ard-2022-223764',
  'Smith A, Jones B. Rash after rituximab. *Nat Med*. Published online July 7, 2016. doi:10.1038/nm.4135',
  'Iverson C, Christiansen S, Flanagin A, et al. *AMA Manual of Style: A Guide for Authors and Editors*. 11th ed. Oxford University Press; 2020.',
  'Firestein GS, Budd RC, Gabriel SE, McInnes IB, O\'Dell JR, eds. *Kelley and Firestein\'s Textbook of Rheumatology*. 11th ed. Elsevier; 2021.',
  'Merkel PA. Vasculitis. In: Hochberg MC, Gravallese EM, Silman AJ, Smolen JS, Weinblatt ME, Weisman MH, eds. *Rheumatology*. 7th ed. Elsevier; 2019:1380-1395.',
  'Stone JH. Giant cell arteritis. In: Goldman L, Schafer AI, eds. *Goldman-Cecil Medicine*. 26th ed. Elsevier; 2020:1850-1855.',
  'Centers for Disease Control and Prevention. Lyme disease: data and surveillance. Updated August 29, 2022. Accessed March 1, 2024. https://www.cdc.gov/lyme/datasurveillance/index.html',
  'World Health Organization. Coronavirus disease (COVID-19) pandemic. Published 2023. Accessed January 5, 2024. https://www.who.int/emergencies/diseases/novel-coronavirus-2019',
  'American College of Rheumatology. Gout. Accessed May 2, 2024. https://rheumatology.org/patients/gout',
  'US Food and Drug Administration. Xeljanz (tofacitinib) label. Revised February 2022. Accessed March 3, 2024. https://www.accessdata.fda.gov/drugsatfda_docs/label/2022/203214s028lbl.pdf',
  'National Institute for Health and Care Excellence. Gout: diagnosis and management. NICE guideline NG219. Published June 15, 2022. Accessed April 1, 2024. https://www.nice.org.uk/guidance/ng219',
  'Kitching AR, Anders HJ, Basu N, et al. ANCA-associated vasculitis. *Nat Rev Dis Primers*. 2020;6(1):71. doi:10.1038/s41572-020-0204-y',
  'Steinfeld J, Bradford ES, Brown J, et al. Evaluation of clinical benefit from treatment with mepolizumab. *J Allergy Clin Immunol*. 2019;143(6):2170-2177. doi:10.1016/j.jaci.2018.11.041',
  'Robson JC, Grayson PC, Ponte C, et al. 2022 American College of Rheumatology/European Alliance of Associations for Rheumatology classification criteria for granulomatosis with polyangiitis. *Ann Rheum Dis*. 2022;81(3):315-320. doi:10.1136/annrheumdis-2021-220795',
  'Nakamura T, Ng A, Wu L. Hypokalemic paralysis in Sjögren syndrome. *Intern Med*. 2018;57(4):585-588. doi:10.2169/internalmedicine.9318-17',
  'de Souza AW, da Silva NP, de Carvalho JF. Takayasu arteritis in Brazil. *Rev Bras Reumatol*. 2012;52(5):767-771.',
  'Al-Khatib SM, O\'Neill WW, MacKenzie R. Myocarditis in lupus. *Circulation*. 2015;131(suppl 2):A123.',
  'McDonald JH, DeBakey ME. Aortic dissection in giant cell arteritis. *J Vasc Surg*. 1998;27(3):456-460. doi:10.1016/s0741-5214(98)70320-5',
  'Smolen JS, Landewé RBM, Bergstra SA, et al. EULAR recommendations for the management of rheumatoid arthritis. *Ann Rheum Dis*. 2023;82(1):3-18. doi:10.1136/ard-2022-223356',
  'Cochrane Musculoskeletal Group; Smith K. Colchicine for acute gout. *Cochrane Database Syst Rev*. 2014;(8):CD006190. doi:10.1002/14651858.CD006190.pub2',
  'Lee M, Patel R. SARS-CoV-2 vaccination and vasculitis. *medRxiv*. Preprint posted online May 3, 2021. doi:10.1101/2021.05.01.21256432',
  'Brown T. Statin myopathy presenting as polymyalgia. Abstract presented at: American College of Rheumatology Convergence; November 10-15, 2023; San Diego, CA.',
  'Zhang Y, Li X, Wang H. Anti-MDA5 dermatomyositis with rapidly progressive interstitial lung disease. *Front Immunol*. 2022;13:945325. doi:10.3389/fimmu.2022.945325',
  'Harris RA, Jones LK. Calciphylaxis in patients without kidney failure. *JAAD Case Rep*. 2019;5(7):612-615. doi:10.1016/j.jdcr.2019.05.010 PMID:31312700',
  'Ponte C, Grayson PC, Robson JC, et al. 2022 ACR/EULAR classification criteria for giant cell arteritis. *Arthritis Rheumatol*. 2022;74(12):1881-1889. doi:10.1002/art.42325',
  'Tedeschi SK. Clinical features of calcium pyrophosphate deposition. *Rheum Dis Clin North Am*. 2021;47(4):577-592. doi:10.1016/j.rdc.2021.07.003',
  'Dejaco C, Ramiro S, Bond M, et al. EULAR recommendations for the use of imaging in large vessel vasculitis in clinical practice: 2023 update. *Ann Rheum Dis*. 2024;83(6):741-751. doi:10.1136/ard-2023-224543',
  'Wallace ZS, Miloslavsky EM. Management of ANCA associated vasculitis. *BMJ*. 2020;368:m421. doi:10.1136/bmj.m421',
  'Keller SF, Mandell BF. Management and cure of gouty arthritis. *Med Clin North Am*. 2021;105(2):297-310.',
  'Li Q. Lupus nephritis in pregnancy. *Lupus Sci Med*. 2023;10(1):e000912. doi:10.1136/lupus-2023-000912',
  'Ramos-Casals M, Brito-Zerón P, Bombardieri S, et al. EULAR recommendations for the management of Sjögren\'s syndrome. *Ann Rheum Dis*. 2020;79(1):3-18.',
  'Bhattacharya S, Smith JA. Rare causes of pericarditis. *Heart*. Published online March 2, 2024. doi:10.1136/heartjnl-2023-323456',
  'Kim J. *Clinical Nephrology*. Springer; 2019. doi:10.1007/978-3-030-12345-6',
  'Smith AB, Jones CD. Kidney biopsy data set. Zenodo; 2021. doi:10.5281/zenodo.1234567',
  'Jennette JC, Falk RJ. Small-vessel vasculitis. In: Firestein GS, Budd RC, eds. *Kelley and Firestein\'s Textbook of Rheumatology*. Elsevier; 2021:1597-1612. doi:10.1016/B978-0-323-63920-0.00090-3',
  'National Kidney Foundation. *KDOQI Clinical Practice Guideline for Hemodialysis Adequacy*. National Kidney Foundation; 2015. doi:10.1053/j.ajkd.2015.07.015',
  'Agency for Healthcare Research and Quality. Treatment of gout. Comparative Effectiveness Review No. 176. Published 2016. Accessed March 1, 2024. https://effectivehealthcare.ahrq.gov/products/gout/research',
];

describe('reference-format', () => {
  it('has at least 40 real-shaped AMA entries', () => assert.ok(AMA_ENTRIES.length >= 40));
  for (const entry of AMA_ENTRIES) {
    it(`leaves alone "${entry.slice(0, 70)}"`, () => assert.deepEqual(flaggedIn(entry), []));
  }

  const positives: [string, string, string][] = [
    ['authors with periods', 'Smith, J.A., Jones, B.C. Lupus myocarditis. *Lupus*. 2019;28(4):512-518.', 'Smith, J.A., Jones, B.C'],
    ['initials first', 'J. A. Smith, B. Jones. Lupus myocarditis. *Lupus*. 2019;28(4):512-518.', 'J. A. Smith, B. Jones'],
    ['a comma between surname and initials', 'Smith, JA, Jones, BC. Lupus myocarditis. *Lupus*. 2019;28(4):512-518.', 'Smith, JA, Jones, BC'],
    ['seven authors', 'Kim J, Lee S, Park H, Choi Y, Jung K, Kang M, Yoon D. Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420.', 'Choi Y, Jung K, Kang M, Yoon D'],
    ['six authors before et al', 'Kim J, Lee S, Park H, Choi Y, Jung K, Kang M, et al. Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420.', 'Choi Y, Jung K, Kang M, et al'],
    ['et al with its own period', 'Kim J, Lee S, Park H, et al., Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420.', 'et al.'],
    ['DOI in capitals', 'Kim J. Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420. DOI:10.1002/art.41500', 'DOI:10.1002/art.41500'],
    ['a space after doi:', 'Kim J. Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420. doi: 10.1002/art.41500', 'doi: 10.1002/art.41500'],
    ['a URL-form DOI', 'Kim J. Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420. https://doi.org/10.1002/art.41500', 'https://doi.org/10.1002/art.41500'],
    ['a period after the DOI', 'Kim J. Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420. doi:10.1002/art.41500.', 'doi:10.1002/art.41500.'],
    ['a journal name with periods', 'Kim J. Gout flares. N. Engl. J. Med. 2021;384(3):412-420.', 'N. Engl. J. Med.'],
    ['no volume and pages', 'Kim J. Gout flares. *Arthritis Rheumatol*. 2021. doi:10.1002/art.41500', '2021'],
  ];
  for (const [what, entry, text] of positives) {
    it(`flags ${what}`, () => assert.deepEqual(flaggedIn(entry), [text]));
  }

  const fixed: [string, string][] = [
    ['Smith, J.A., Jones, B.C. Lupus myocarditis. *Lupus*. 2019;28(4):512-518.', 'Smith JA, Jones BC. Lupus myocarditis. *Lupus*. 2019;28(4):512-518.'],
    ['J. A. Smith, B. Jones. Lupus myocarditis. *Lupus*. 2019;28(4):512-518.', 'Smith JA, Jones B. Lupus myocarditis. *Lupus*. 2019;28(4):512-518.'],
    ['Kim J, Lee S, Park H, Choi Y, Jung K, Kang M, Yoon D. Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420.', 'Kim J, Lee S, Park H, et al. Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420.'],
    ['Kim J, Lee S, Park H, Choi Y, Jung K, Kang M, et al. Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420.', 'Kim J, Lee S, Park H, et al. Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420.'],
    ['Kim J. Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420. DOI: https://doi.org/10.1002/art.41500.', 'Kim J. Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420. doi:10.1002/art.41500'],
    ['Kim J, Lee S, Park H, et al., Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420.', 'Kim J, Lee S, Park H, et al, Gout flares. *Arthritis Rheumatol*. 2021;73(3):412-420.'],
  ];
  for (const [before, after] of fixed) {
    it(`fix writes "${after.slice(0, 50)}"`, () => {
      const text = FRONTMATTER + list(before);
      const [hit] = hits('reference-format', list(before));
      assert.equal(applyFixes(text, hit.fixes).text.includes(after), true, applyFixes(text, hit.fixes).text);
    });
  }

  it('journal periods: a quick fix, not applied unattended', () => {
    const [hit] = hits('reference-format', list('Kim J. Gout flares. N. Engl. J. Med. 2021;384(3):412-420.'));
    assert.equal(hit.fixes[0].safe, false);
    assert.match(applyFixes(FRONTMATTER + list('Kim J. Gout flares. N. Engl. J. Med. 2021;384(3):412-420.'), hit.fixes).text, /N Engl J Med\. 2021;/);
  });

  it('fix --write is idempotent: a second run changes nothing', () => {
    const entries = [
      'Smith, J.A., Jones, B.C., Lee, K., Park, H., Choi, Y., Jung, K., Kang, M. Lupus myocarditis. *Lupus*. 2019;28(4):512-518. DOI: https://doi.org/10.1177/0961203319828523.',
      'J. A. Smith, B. Jones. Gout. *Arthritis Rheumatol*. 2021;73(3):412-420. doi: 10.1002/art.41500',
    ];
    const text = `${FRONTMATTER}Text.^1,2^\n\n## References\n\n${entries.map((e, i) => `${i + 1}. ${e}`).join('\n')}\n`;
    const once = fixAll(text, defaultConfig(), { fileExists: () => true }).text;
    assert.match(once, /1\. Smith JA, Jones BC, Lee K, et al\. Lupus myocarditis\. \*Lupus\*\. 2019;28\(4\):512-518\. doi:10\.1177\/0961203319828523\n/);
    assert.match(once, /2\. Smith JA, Jones B\. Gout\. \*Arthritis Rheumatol\*\. 2021;73\(3\):412-420\. doi:10\.1002\/art\.41500\n/);
    assert.equal(fixAll(once, defaultConfig(), { fileExists: () => true }).text, once);
    assert.deepEqual(checkText(once, defaultConfig(), { fileExists: () => true }).findings.filter((f) => f.code === 'reference-format'), []);
  });
});
