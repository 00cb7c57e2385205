import { preset, type HouseStyle } from '../house-style';
import type { DocumentModel } from '../model';
import type { SectionHead } from '../sections';
import { findTimelineFloat, normalizeSectionName } from '../rules/structure/shared';
import { DOSE_QUANTITY } from '../rules/dose/scan';
import { abstractText } from '../counts';
import { CARE_ITEMS, type CareItemDefinition } from './items';

const CARE_PRESET = preset('care')!;
import { isMap, isScalar } from 'yaml';

/** present: found; missing: not found; review: something is there, the author has to judge it. */
export type CareStatus = 'present' | 'missing' | 'review';

export interface CareEvidence {
  kind: 'heading' | 'run-in' | 'frontmatter' | 'table' | 'figure' | 'text';
  /** What was found, for the tree: `## Discussion`, `frontmatter consent`, `Table 2. Timeline ...`. */
  label: string;
  start: number;
  end: number;
  /** 0-based. */
  line: number;
}

export interface CareSubItemResult {
  id: string;
  text: string;
  status: CareStatus;
  evidence?: CareEvidence;
}

export interface CareItemResult extends CareItemDefinition {
  status: CareStatus;
  evidence?: CareEvidence;
  note?: string;
  subResults: CareSubItemResult[];
}

interface Section {
  head: SectionHead;
  start: number;
  end: number;
}

type SectionKey = 'abstract' | 'introduction' | 'patient' | 'findings' | 'timeline' | 'diagnosis' | 'therapy' | 'followUp' | 'discussion' | 'conclusion' | 'perspective' | 'consent';

/** The CARE sections by the name the `care` house style requires them under. */
const REQUIRED_AS: Partial<Record<SectionKey, string>> = {
  introduction: 'Introduction',
  patient: 'Patient Information',
  findings: 'Clinical Findings',
  timeline: 'Timeline',
  diagnosis: 'Diagnostic Assessment',
  therapy: 'Therapeutic Intervention',
  followUp: 'Follow-up and Outcomes',
  discussion: 'Discussion',
  perspective: 'Patient Perspective',
  consent: 'Informed Consent',
};

/**
 * Headings the checklist also accepts for a section, beyond the names and synonyms the house
 * styles give it: the `care` preset's, and the effective house style's (see sectionNames).
 */
const MORE_NAMES: Record<SectionKey, string[]> = {
  abstract: ['Abstract', 'Summary'],
  introduction: [],
  patient: ['Case', 'Case History', 'Presentation', 'History', 'Case Summary'],
  findings: ['Findings', 'Physical Findings'],
  timeline: ['Clinical Timeline', 'Chronology'],
  diagnosis: ['Workup', 'Differential Diagnosis'],
  therapy: ['Intervention', 'Therapy', 'Treatment and Outcome'],
  followUp: ['Clinical Course', 'Course'],
  discussion: [],
  conclusion: ['Conclusion', 'Conclusions', 'Learning Points', 'Take-away Lessons', 'Key Messages', 'Lessons'],
  perspective: ["The Patient's Perspective", "Patient's Voice"],
  consent: ['Consent for Publication', 'Ethics'],
};

/**
 * The headings that count as each CARE section: the `care` preset's names and synonyms, those of
 * every section of the effective house style that shares a name with it, and MORE_NAMES. So a
 * heading that satisfies `section-missing` satisfies the checklist item too.
 */
function sectionNames(houseStyle: HouseStyle): Record<SectionKey, Set<string>> {
  const names = {} as Record<SectionKey, Set<string>>;
  const required = [...CARE_PRESET.requiredSections, ...houseStyle.requiredSections];
  for (const key of Object.keys(MORE_NAMES) as SectionKey[]) {
    const set = new Set(MORE_NAMES[key].map(normalizeSectionName));
    const care = REQUIRED_AS[key];
    if (care !== undefined) set.add(normalizeSectionName(care));
    // A section is this one when any of its names is: the preset's first, then the house style's.
    for (const section of required) {
      const all = [section.name, ...section.synonyms].map(normalizeSectionName);
      if (care !== undefined && all.some((name) => set.has(name))) for (const name of all) set.add(name);
    }
    names[key] = set;
  }
  return names;
}

/** Evaluates the 13 CARE items for a report: what is there, where, and what the author should look at. */
export function evaluateCare(model: DocumentModel, houseStyle: HouseStyle): CareItemResult[] {
  const sections = sectionsOf(model);
  const names = sectionNames(houseStyle);
  const find = (key: SectionKey) => sections.find((s) => names[key].has(normalizeSectionName(s.head.text)));
  const ev = new Evidence(model);
  const bodyEnd = model.references ? model.source.lineStarts[model.references.startLine] : model.text.length;
  const bodyStart = model.source.lineStarts[Math.min(model.bodyStartLine, model.source.lineCount - 1)];
  const whole = { start: bodyStart, end: bodyEnd };

  const results: CareItemResult[] = [];
  const item = (number: number, status: CareStatus, evidence?: CareEvidence, subResults: CareSubItemResult[] = [], note?: string) => {
    const definition = CARE_ITEMS[number - 1];
    results.push({ ...definition, status, evidence, note, subResults });
  };
  const subs = (number: number, checks: ((span: { start: number; end: number }) => CareEvidence | undefined)[], span: { start: number; end: number } | undefined) =>
    CARE_ITEMS[number - 1].subItems.map((s, i): CareSubItemResult => {
      const evidence = span ? checks[i](span) : undefined;
      return { ...s, status: evidence ? 'present' : span ? 'review' : 'missing', evidence };
    });

  // 1 Title
  const title = ev.frontmatter('title');
  if (!title) item(1, 'missing', undefined, [], 'Add a `title` to the frontmatter.');
  else if (houseStyle.titleMentionsCaseReport && !/case report/i.test(String(model.frontmatter?.data?.title))) item(1, 'review', title, [], 'The house style asks the title to end with "case report".');
  else item(1, 'present', title, [], houseStyle.titleMentionsCaseReport ? undefined : 'This house style does not put "case report" in the title.');

  // 2 Key words
  const keywords = model.frontmatter?.data?.keywords;
  const keywordEvidence = ev.frontmatter('keywords');
  if (!Array.isArray(keywords) || keywords.length === 0) item(2, 'missing', keywordEvidence, [], 'Add 2 to 5 `keywords` to the frontmatter, including "case report".');
  else if (keywords.length < 2 || keywords.length > 5) item(2, 'review', keywordEvidence, [], `${keywords.length} key words; CARE asks for 2 to 5.`);
  else if (!keywords.some((k) => /case report/i.test(String(k)))) item(2, 'review', keywordEvidence, [], 'Include "case report" among the key words.');
  else item(2, 'present', keywordEvidence);

  // 3 Abstract: frontmatter `abstract` (structured keys count as sub-items) or an Abstract section.
  const abstractSection = find('abstract');
  const abstractEvidence = ev.frontmatter('abstract') ?? (abstractSection && ev.head(abstractSection.head));
  const structure = abstractKeys(model, abstractSection, sections);
  const abstractParts = [/background|introduction|unique|context|objective/i, /case|presentation|findings|symptom|patient/i, /diagnos|intervention|treatment|management|outcome|results?/i, /conclusion|lesson|take[- ]?away|learning|discussion/i];
  const abstractSubs = CARE_ITEMS[2].subItems.map((s, i): CareSubItemResult => {
    const key = structure.find((k) => abstractParts[i].test(k.label));
    return { ...s, status: key ? 'present' : abstractEvidence ? 'review' : 'missing', evidence: key };
  });
  item(3, abstractEvidence && abstractText(model)?.trim() ? 'present' : 'missing', abstractEvidence, abstractSubs, abstractEvidence ? undefined : 'Add an `abstract` to the frontmatter or an Abstract section.');

  // 4 Introduction, with reference to the literature
  const intro = find('introduction');
  if (!intro) item(4, 'missing');
  else if (!model.citations.some((c) => c.start >= intro.start && c.end <= intro.end)) item(4, 'review', ev.head(intro.head), [], 'The introduction cites no literature.');
  else item(4, 'present', ev.head(intro.head));

  // 5 Patient information
  const patient = find('patient');
  item(
    5,
    patient ? 'present' : 'missing',
    patient && ev.head(patient.head),
    subs(5, [
      (s) => ev.text(s, /\b\d{1,3}[- ](?:year|month|week|day)s?[- ]old\b|\bin (?:his|her|their) (?:early |mid-?|late )?\d0s\b|\b(?:man|woman|male|female|boy|girl|infant|neonate)\b/i),
      (s) => ev.text(s, /\bpresent(?:ed|ing|s)\b|\bcomplain|\bsymptoms?\b|\breferred\b|\bconcerns?\b|\bbrought\b|\badmitted\b/i),
      (s) => ev.text(s, /\bhistory\b|\bfamily\b|\bsmok|\balcohol\b|\bsocial\b|\boccupation/i),
      (s) => ev.text(s, /\bpreviously\b|\bprior\b|\btreated with\b|\bhad been (?:treated|started|given|taking|on|admitted)\b|\bunderwent\b|\bhad received\b/i),
    ], patient),
  );

  // 6 Clinical findings: a section, or an examination paragraph in the case presentation.
  const findings = find('findings');
  const exam = findings ? ev.head(findings.head) : ev.text(patient ?? whole, /\bon (?:physical )?exam(?:ination)?\b|\b(?:physical )?exam(?:ination)? (?:revealed|showed|was notable)/i);
  item(6, exam ? 'present' : 'missing', exam);

  // 7 Timeline: a section, or a table or figure captioned as a timeline.
  const timelineSection = find('timeline');
  const timelineFloat = findTimelineFloat(model);
  const timeline = timelineSection ? ev.head(timelineSection.head) : timelineFloat && ev.at(timelineFloat.labelStart ?? timelineFloat.start, timelineFloat.labelEnd ?? timelineFloat.end, timelineFloat.kind, `${timelineFloat.label ?? timelineFloat.kind} ${timelineFloat.caption}`.trim());
  item(7, timeline ? 'present' : 'missing', timeline, [], timeline ? undefined : 'Add a timeline table ("Table N. Timeline of ...") or a Timeline section.');

  // 8 Diagnostic assessment
  const diagnosis = find('diagnosis');
  const diagnosisSpan = diagnosis ?? patient ?? whole;
  const diagnosisText = diagnosis ? ev.head(diagnosis.head) : ev.text(diagnosisSpan, /\bdiagnos(?:is|ed)\b/i);
  item(8, diagnosis ? 'present' : diagnosisText ? 'review' : 'missing', diagnosisText, subs(8, [
    (s) => ev.text(s, /\blaborator|\bimaging\b|\bbiops|\b(?:CT|MRI|PET|ECG|EKG)\b|\bultrasound|\bradiograph|\bserolog|\bcultures?\b/i),
    (s) => ev.text(s, /\bchalleng|\bdifficult|\bdelay|\bmimic|\bconfound|\bmisdiagnos/i),
    (s) => ev.text(s, /\bdifferential\b|\bconsidered\b|\bruled out\b|\bexcluded\b/i),
    (s) => ev.text(s, /\bprognos/i),
  ], diagnosisText ? diagnosisSpan : undefined), diagnosis ? undefined : diagnosisText ? 'No Diagnostic Assessment section; the diagnosis is described in the text.' : undefined);

  // 9 Therapeutic intervention
  const therapy = find('therapy');
  const therapySpan = therapy ?? patient;
  const therapyEvidence = therapy ? ev.head(therapy.head) : patient && ev.text(patient, /\btreated with\b|\bwas started on\b|\breceived\b|\badministered\b|\binitiated\b/i);
  item(9, therapy ? 'present' : therapyEvidence ? 'review' : 'missing', therapyEvidence, subs(9, [
    (s) => ev.text(s, /\btreated with\b|\bstarted\b|\breceived\b|\badministered\b|\btherapy\b|\bsurgery\b|\bsurgical\b|\binitiated\b/i),
    (s) => ev.text(s, new RegExp(DOSE_QUANTITY.source, 'u')),
    (s) => ev.text(s, /\bswitched\b|\bchanged\b|\bincreased\b|\bdecreased\b|\btapered\b|\bdiscontinued\b|\bstopped\b|\badjusted\b|\breplaced\b|\bwithdrawn\b/i),
  ], therapyEvidence ? therapySpan : undefined));

  // 10 Follow-up and outcomes
  const followUp = find('followUp');
  item(10, followUp ? 'present' : 'missing', followUp && ev.head(followUp.head), subs(10, [
    (s) => ev.text(s, /\bimprov|\bresol|\brecover|\bremission\b|\bworsen|\bfree of\b|\bdied\b|\bsymptom-free\b/i),
    (s) => ev.text(s, /\brepeat(?:ed)?\b|\bfollow-up (?:imaging|test|laborator|biopsy)|\bnormali[sz]ed\b|\b(?:CT|MRI|ultrasound|levels?|counts?)\b/i),
    (s) => ev.text(s, /\badheren|\bcomplian|\btolerat/i),
    (s) => ev.text(s, /\badverse\b|\bside effects?\b|\bcomplications?\b|\bunanticipated\b|\bunexpected\b/i),
  ], followUp));

  // 11 Discussion
  const discussion = find('discussion');
  const conclusion = find('conclusion');
  const cites = (s: { start: number; end: number }) => {
    const c = model.citations.find((m) => m.start >= s.start && m.end <= s.end);
    return c && ev.at(c.start, c.end, 'text', `citation ${model.text.slice(c.start, c.end)}`);
  };
  item(11, discussion ? 'present' : 'missing', discussion && ev.head(discussion.head), subs(11, [
    (s) => ev.text(s, /\bstrengths?\b|\blimitations?\b/i),
    cites,
    (s) => ev.text(s, /\bbecause\b|\bsuggests?\b|\bsupports?\b|\bwe believe\b|\brationale\b|\bconsistent with\b|\bexplain/i),
    (s) => (conclusion ? ev.head(conclusion.head) : ev.text(s, /\blessons?\b|\btake-?away\b|\blearning points?\b|\bclinicians should\b|\bshould\b/i)),
  ], discussion));

  // 12 Patient perspective
  const perspective = find('perspective');
  item(12, perspective ? 'present' : 'missing', perspective && ev.head(perspective.head));

  // 13 Informed consent: the frontmatter `consent`, a Consent section, or a sentence saying so.
  const consentSection = find('consent');
  const consent = ev.frontmatter('consent') ?? (consentSection && ev.head(consentSection.head)) ?? ev.text(whole, /\binformed consent\b|\bconsent (?:was|for publication)\b|\bconsented\b/i);
  item(13, consent ? 'present' : 'missing', consent, [], consent ? undefined : 'Add `consent:` to the frontmatter or a Consent section.');
  return results;
}

/** Sections by their heads: a heading runs to the next heading of its level or higher; a run-in head to the next head. */
function sectionsOf(model: DocumentModel): Section[] {
  const heads = model.heads;
  return heads.map((head, i) => {
    const next = heads.slice(i + 1).find((h) => head.kind === 'run-in' || (h.kind === 'heading' && h.level <= head.level));
    return { head, start: head.start, end: next ? next.start : model.text.length };
  });
}

/** The parts of a structured abstract: keys of a frontmatter mapping, or run-in heads inside the Abstract section. */
function abstractKeys(model: DocumentModel, section: Section | undefined, sections: Section[]): CareEvidence[] {
  const fm = model.frontmatter;
  const node = fm?.document.get('abstract', true);
  const ev = new Evidence(model);
  if (fm && isMap(node)) {
    return node.items.flatMap((pair) => (isScalar(pair.key) && pair.key.range ? [ev.at(fm.contentStart + pair.key.range[0], fm.contentStart + pair.key.range[1], 'frontmatter', `abstract ${String(pair.key.value)}`)] : []));
  }
  if (fm && isScalar(node) && typeof node.value === 'string' && node.range) {
    // A structured abstract written as one string: "Background: ... Case presentation: ... Conclusion: ..."
    const raw = model.text.slice(fm.contentStart + node.range[0], fm.contentStart + node.range[1]);
    const labels: CareEvidence[] = [];
    const label = /(?:^|[.>|]\s+|\n\s*)(\p{Lu}[\p{L} ,-]{2,50}?):/gu;
    let m: RegExpExecArray | null;
    while ((m = label.exec(raw)) !== null) {
      const start = fm.contentStart + node.range[0] + m.index + m[0].length - m[1].length - 1;
      labels.push(ev.at(start, start + m[1].length, 'frontmatter', `abstract ${m[1]}`));
    }
    return labels;
  }
  if (!section) return [];
  return sections.filter((s) => s.head.kind === 'run-in' && s.start > section.start && s.start < section.end).map((s) => ev.head(s.head));
}

class Evidence {
  constructor(private readonly model: DocumentModel) {}

  at(start: number, end: number, kind: CareEvidence['kind'], label: string): CareEvidence {
    return { kind, label, start, end, line: this.model.source.positionAt(start).line };
  }

  head(head: SectionHead): CareEvidence {
    return this.at(head.start, head.end, head.kind, head.kind === 'heading' ? `${'#'.repeat(head.level)} ${head.text}` : `**${head.text}:**`);
  }

  frontmatter(key: string): CareEvidence | undefined {
    const fm = this.model.frontmatter;
    const value = fm?.data?.[key];
    if (!fm || value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
    const node = fm.document.contents;
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
    return this.at(fm.contentStart + pair.key.range[0], fm.contentStart + pair.key.range[1], 'frontmatter', `frontmatter ${key}`);
  }

  /** The first match of the pattern in the span of prose, as evidence with the words around it. */
  text(span: { start: number; end: number }, re: RegExp): CareEvidence | undefined {
    const slice = this.model.prose.slice(span.start, span.end);
    const flags = re.flags.replace('g', '');
    const m = new RegExp(re.source, flags).exec(slice);
    if (!m) return undefined;
    const start = span.start + m.index;
    const line = this.model.source.positionAt(start).line;
    const lineText = this.model.source.lineText(line);
    const column = start - this.model.source.lineStarts[line];
    const from = Math.max(0, column - 30);
    const snippet = `${from > 0 ? '…' : ''}${lineText.slice(from, column + m[0].length + 30).trim()}${column + m[0].length + 30 < lineText.length ? '…' : ''}`;
    return this.at(start, start + m[0].length, 'text', snippet);
  }
}
