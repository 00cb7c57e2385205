/**
 * Generates realistic case reports of a given length for the benchmark: YAML frontmatter, CARE
 * sections (headings and run-in heads), prose with citations in every recognised form
 * (superscript `^1^`, `^2-5^`, `^1,3-5^`; HTML `<sup>1,2</sup>`; Vancouver `[3]`, `[3, 5–7]`),
 * figures with captions, captioned GFM tables, figure/table mentions, a little code, comments and
 * links, and an AMA reference list. Deterministic: the same size always gives the same text.
 *
 * Citations follow AMA order of first citation, every reference is cited and every figure and
 * table is labelled and mentioned, so the text is what a careful author writes: the benchmark
 * measures the rules on a clean report, not on a page of errors.
 */

import { seededRandom } from '../test/support/seeded-random';

export interface ReportSpec {
  name: string;
  words: number;
  references: number;
}

export const REPORTS: ReportSpec[] = [
  { name: 'small', words: 2_000, references: 20 },
  { name: 'medium', words: 20_000, references: 180 },
  { name: 'large', words: 230_000, references: 1_500 },
];

export interface GeneratedReport {
  spec: ReportSpec;
  text: string;
  /** Words of prose in the body (headings, paragraphs, captions, table cells, references). */
  words: number;
  figures: number;
  tables: number;
  /** Image paths the report links to, relative to the file (the benchmark creates them). */
  images: string[];
}

const VOCABULARY = (
  'patient presented with progressive painful violaceous plaques over the lower extremities and abdomen ' +
  'laboratory evaluation revealed elevated parathyroid hormone calcium phosphate product normal renal function ' +
  'biopsy demonstrated medial calcification of small arterioles with intimal hyperplasia and thrombosis ' +
  'treatment included intravenous sodium thiosulfate wound care hyperbaric oxygen and discontinuation of warfarin ' +
  'systemic lupus erythematosus antiphospholipid antibodies complement levels were low during the flare ' +
  'imaging showed diffuse bilateral opacities consistent with alveolar hemorrhage and pleural effusions ' +
  'the multidisciplinary team discussed prognosis with the family and documented informed consent ' +
  'rheumatology dermatology nephrology and surgery followed the patient throughout the admission ' +
  'inflammatory markers including erythrocyte sedimentation rate and C-reactive protein remained elevated ' +
  'we describe the clinical course diagnostic challenges and outcome at twelve months of follow-up ' +
  'hyperparathyroidism calciphylaxis immunosuppression glucocorticoids hydroxychloroquine mycophenolate ' +
  'thrombocytopenia hypoalbuminemia cyclophosphamide plasmapheresis echocardiography glomerulonephritis ' +
  'histopathological subcutaneous microvasculature hypercoagulability anticoagulation differential ' +
  'retrospectively characteristically polymorphonuclear granulomatous vasculitis leukocytoclastic ' +
  'methylprednisolone antineutrophil cytoplasmic immunofluorescence electrocardiographic supratherapeutic ' +
  'corticosteroid-refractory hemodialysis-dependent intravenously postoperatively arteriosclerotic ' +
  'nephrocalcinosis thromboprophylaxis microangiopathic dermatopathology interdisciplinary'
).split(' ');

const SURNAMES = ['Nigwekar', 'Wolf', 'Sterns', 'Hix', 'Kim', 'Alvarez', 'Chen', 'Okafor', 'Schmidt', 'Tanaka', 'Rossi', 'Dubois', 'Novak', 'Singh', 'Haddad', 'Larsen'];
const JOURNALS = ['Clin J Am Soc Nephrol', 'Arthritis Rheumatol', 'Ann Rheum Dis', 'J Am Acad Dermatol', 'Lupus', 'N Engl J Med', 'JAMA Dermatol', 'Rheumatology (Oxford)'];

export function generateReport(spec: ReportSpec): GeneratedReport {
  // The body's word budget is corrected a few times so that the total lands within a few percent.
  let best = build(spec, Math.max(500, spec.words - spec.references * 24));
  let attempt = best;
  for (let i = 0; i < 4 && Math.abs(attempt.words - spec.words) > spec.words * 0.01; i++) {
    const bodyWritten = attempt.words - attempt.referenceWords;
    const budget = Math.max(300, Math.round((attempt.bodyBudget * (spec.words - attempt.referenceWords)) / bodyWritten));
    attempt = build(spec, budget);
    if (Math.abs(attempt.words - spec.words) < Math.abs(best.words - spec.words)) best = attempt;
  }
  const { bodyBudget: _budget, referenceWords: _references, ...report } = best;
  return report;
}

function build(spec: ReportSpec, bodyWords: number): GeneratedReport & { bodyBudget: number; referenceWords: number } {
  const rand = seededRandom(spec.words * 31 + spec.references);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const int = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
  let words = 0;
  const countWords = (text: string) => {
    words += text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
    return text;
  };

  const out: string[] = [];
  out.push(
    '---',
    `title: "Refractory Calciphylaxis in Lupus: A ${spec.name} benchmark report"`,
    'articleType: case-report',
    'authors:',
    '  - name: Joey Kim',
    '    degrees: [MD]',
    '    affiliation: Montefiore Medical Center',
    '    email: jkim@example.org',
    '    corresponding: true',
    '  - name: Ana Alvarez',
    '    degrees: [MD, PhD]',
    '    affiliation: Montefiore Medical Center',
    'issue: May 2018',
    'date: 2018-05-17',
    'category: Systemic Lupus Erythematosus',
    'keywords: [calciphylaxis, lupus, case report]',
    'consent: Written informed consent was obtained from the patient.',
    'conflicts: None declared.',
    '---',
    '',
  );

  const sections = ['Introduction', 'Case Presentation', 'Discussion', 'Conclusion', 'Patient Perspective', 'Informed Consent'];
  const paragraphWords = 90;
  const paragraphs = Math.max(sections.length, Math.round(bodyWords / paragraphWords));
  // One figure and one table per ~1,500 body words, at least two of each.
  const figureCount = Math.max(2, Math.round(bodyWords / 1500));
  const tableCount = Math.max(2, Math.round(bodyWords / 3000));

  let nextCitation = 1; // the next reference number not yet cited (AMA: cite in order)
  let figure = 0;
  let table = 0;
  let formTurn = 0;
  const images: string[] = [];

  /** A citation marker, citing new numbers in order or repeating earlier ones. */
  const marker = (): string => {
    const fresh = Math.min(int(1, 3), spec.references - nextCitation + 1);
    let numbers: number[];
    if (fresh <= 0 || (nextCitation > 4 && rand() < 0.25)) {
      const n = int(1, nextCitation - 1);
      numbers = [n];
    } else {
      numbers = [];
      for (let i = 0; i < fresh; i++) numbers.push(nextCitation++);
    }
    const content = (dash: string, separator: string) =>
      numbers.length >= 3 ? `${numbers[0]}${dash}${numbers[numbers.length - 1]}` : numbers.join(separator);
    const form = formTurn++ % 6;
    switch (form) {
      case 0:
      case 1:
      case 2:
        return `^${content('-', ',')}^`;
      case 3:
        return `<sup>${content('\u2013', ',')}</sup>`;
      case 4:
        return `[${content('\u2013', ', ')}]`;
      default:
        return `^${content('\u2013', ',')}^`;
    }
  };

  const sentence = (cite: boolean): string => {
    const length = int(10, 22);
    const parts: string[] = [];
    for (let i = 0; i < length; i++) parts.push(pick(VOCABULARY));
    parts[0] = parts[0][0].toUpperCase() + parts[0].slice(1);
    const text = countWords(parts.join(' '));
    return cite ? `${text}.${marker()}` : `${text}.`;
  };

  const paragraph = (): string => {
    const sentences: string[] = [];
    let count = 0;
    while (count < paragraphWords) {
      const s = sentence(rand() < 0.45);
      count += s.split(' ').length;
      sentences.push(s);
    }
    // Sprinkle the inline constructs a real draft has.
    const r = rand();
    if (r < 0.05) sentences.push(countWords('The dose was 0.5 mg/kg and the `INR` target was 2-3.'));
    else if (r < 0.08) sentences.push(countWords('See the [guideline](https://example.org/guide?id=12) for details.'));
    else if (r < 0.1) sentences.push('<!-- TODO: check this paragraph with the attending -->');
    return sentences.join(' ');
  };

  const figureBlock = (): string[] => {
    figure++;
    const path = `images/figure-${figure}.png`;
    images.push(path);
    const caption = countWords(`Figure ${figure}. ${sentence(false)}`);
    return [`As shown in Figure ${figure}, the findings progressed.`, '', `![${caption}](${path})`, ''];
  };

  const tableBlock = (): string[] => {
    table++;
    const rows = ['| Test | Admission | Day 7 | Reference range |', '| --- | ---: | ---: | --- |'];
    for (let i = 0; i < 6; i++) rows.push(`| ${pick(VOCABULARY)} | ${int(1, 300)} | ${int(1, 300)} | ${int(1, 50)}-${int(51, 300)} |`);
    countWords(rows.join(' '));
    return [countWords(`Laboratory values are summarised in Table ${table}.`), '', countWords(`Table ${table}. Laboratory values during admission, part ${table}`), ...rows, ''];
  };

  const perSection = Math.ceil(paragraphs / sections.length);
  const figureEvery = Math.max(1, Math.floor(paragraphs / figureCount));
  const tableEvery = Math.max(1, Math.floor(paragraphs / tableCount));
  let written = 0;
  for (const [index, section] of sections.entries()) {
    if (index % 2 === 0) out.push(`## ${countWords(section)}`, '');
    for (let p = 0; p < perSection && written < paragraphs; p++, written++) {
      if (p === 0 && index % 2 === 1) out.push(`**${countWords(section)}:** ${paragraph()}`, '');
      else out.push(paragraph(), '');
      if (written % figureEvery === figureEvery - 1 && figure < figureCount) out.push(...figureBlock());
      if (written % tableEvery === tableEvery - 1 && table < tableCount) out.push(...tableBlock());
      if (written % 40 === 17) out.push('```text', 'CBC: WBC 11.2, Hb 9.8, Plt 210 ^1^ [2]', '```', '');
    }
  }
  while (figure < figureCount) out.push(...figureBlock());
  while (table < tableCount) out.push(...tableBlock());
  // Cite whatever the prose did not reach, in order, so that every reference is cited.
  while (nextCitation <= spec.references) {
    const from = nextCitation;
    const to = Math.min(spec.references, from + 2);
    nextCitation = to + 1;
    out.push(`${countWords('Further reports describe similar courses')}.^${from === to ? from : `${from}-${to}`}^`, '');
  }

  const bodyWritten = words;
  out.push('## References', '');
  for (let n = 1; n <= spec.references; n++) {
    const authors = [pick(SURNAMES), pick(SURNAMES), pick(SURNAMES)].map((s) => `${s} ${String.fromCharCode(65 + int(0, 25))}${String.fromCharCode(65 + int(0, 25))}`).join(', ');
    const title = countWords(`${sentence(false).slice(0, -1)}: report ${n}`);
    const year = int(1990, 2023);
    const doi = n % 3 === 0 ? '' : ` doi:10.${int(1000, 9999)}/case.${year}.${n}`;
    out.push(`${n}. ${countWords(authors)}. ${title}. ${pick(JOURNALS)}. ${year};${int(1, 60)}(${int(1, 12)}):${n * 3}-${n * 3 + 9}.${doi}`);
  }
  out.push('');
  return { spec, text: out.join('\n'), words, figures: figure, tables: table, images, bodyBudget: bodyWords, referenceWords: words - bodyWritten };
}

/** Hard-wraps the paragraphs at `width` columns, as authors who write in Vim or Emacs do. */
export function hardWrap(text: string, width = 80): string {
  let inFrontmatter = false;
  let inFence = false;
  return text
    .split('\n')
    .flatMap((line, index) => {
      if (index === 0 && line === '---') inFrontmatter = true;
      else if (inFrontmatter && line === '---') {
        inFrontmatter = false;
        return [line];
      }
      if (line.startsWith('```')) inFence = !inFence;
      if (inFrontmatter || inFence || line.length <= width || !/^[A-Za-z*]/.test(line)) return [line];
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        const openBracket = current.lastIndexOf('[') > current.lastIndexOf(']');
        if (current !== '' && current.length + 1 + word.length > width && !openBracket) {
          out.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      if (current !== '') out.push(current);
      return out;
    })
    .join('\n');
}

/** A hard-wrapped report of about `lines` lines (the editing simulation's "10,000-line report"). */
export function generateLongReport(lines: number): GeneratedReport {
  const probe = hardWrap(generateReport({ name: 'long', words: 20_000, references: 150 }).text).split('\n').length;
  const words = Math.round((20_000 * lines) / probe);
  const make = (count: number) => {
    const report = generateReport({ name: 'long', words: count, references: Math.min(1500, Math.round(count / 120)) });
    return { ...report, text: hardWrap(report.text) };
  };
  const first = make(words);
  const actual = first.text.split('\n').length;
  return Math.abs(actual - lines) < lines * 0.02 ? first : make(Math.round((words * lines) / actual));
}
