import { isMap, isScalar } from 'yaml';
import { preset, type HouseStyle } from '../house-styles';
import type { DocumentModel } from '../model';
import { sectionsHeaded, type Section, type SectionHead } from '../sections';
import { findTimelineFloat, frontmatterSpan, normalizeSectionName } from '../rules/structure/shared';
import { DOSE_QUANTITY } from '../rules/dose/scan';
import { abstractParts } from '../abstract';
import { abstractText } from '../counts';
import type { Span } from '../types';
import { CARE_ITEMS, type CareItemDefinition } from './items';

const CARE_PRESET = preset('care')!;

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

/** What one item's judge says; the item's definition comes from CARE_ITEMS. */
interface Verdict {
  status: CareStatus;
  evidence?: CareEvidence;
  subResults?: CareSubItemResult[];
  note?: string;
}

/** What every judge reads: the report, its sections by CARE name, and ways to find evidence. */
class CareReport {
  readonly ev: Evidence;
  readonly sections: Section[];
  /** The body, frontmatter and reference list left out. */
  readonly whole: Span;
  private readonly names: Record<SectionKey, Set<string>>;

  constructor(
    readonly model: DocumentModel,
    readonly houseStyle: HouseStyle,
  ) {
    this.ev = new Evidence(model);
    this.sections = sectionsHeaded(model.heads, model.text.length, () => true);
    this.names = sectionNames(houseStyle);
    const bodyEnd = model.references ? model.source.lineStarts[model.references.startLine] : model.text.length;
    const bodyStart = model.source.lineStarts[Math.min(model.bodyStartLine, model.source.lineCount - 1)];
    this.whole = { start: bodyStart, end: bodyEnd };
  }

  /** The first section whose head is one of the CARE section's names. */
  find(key: SectionKey): Section | undefined {
    return this.sections.find((s) => this.names[key].has(normalizeSectionName(s.head.text)));
  }

  /** An item judged by its section: present when the section is there (its heading the evidence), each sub-item checked in it. */
  bySection(number: number, key: SectionKey, checks: ((span: Span) => CareEvidence | undefined)[]): Verdict {
    const section = this.find(key);
    return { status: section ? 'present' : 'missing', evidence: section && this.ev.head(section.head), subResults: this.subs(number, checks, section) };
  }

  /** The item's sub-items, each checked in the span: present when its check finds evidence, else review (missing without a span). */
  subs(number: number, checks: ((span: Span) => CareEvidence | undefined)[], span: Span | undefined): CareSubItemResult[] {
    return CARE_ITEMS[number - 1].subItems.map((s, i): CareSubItemResult => {
      const evidence = span ? checks[i](span) : undefined;
      return { ...s, status: evidence ? 'present' : span ? 'review' : 'missing', evidence };
    });
  }
}

/** The parts of a structured abstract, in the order of item 3's sub-items. */
const ABSTRACT_PARTS = [/background|introduction|unique|context|objective/i, /case|presentation|findings|symptom|patient/i, /diagnos|intervention|treatment|management|outcome|results?/i, /conclusion|lesson|take[- ]?away|learning|discussion/i];

/** How each of the 13 items is judged, by item number. */
const JUDGES: Record<number, (report: CareReport) => Verdict> = {
  // 1 Title
  1: ({ ev, model, houseStyle }) => {
    const title = ev.frontmatter('title');
    if (!title) return { status: 'missing', note: 'Add a `title` to the frontmatter.' };
    if (houseStyle.titleMentionsCaseReport && !/case report/i.test(String(model.frontmatter?.data?.title))) return { status: 'review', evidence: title, note: 'The house style asks the title to end with "case report".' };
    return { status: 'present', evidence: title, note: houseStyle.titleMentionsCaseReport ? undefined : 'This house style does not put "case report" in the title.' };
  },
  // 2 Key words
  2: ({ ev, model }) => {
    const keywords = model.frontmatter?.data?.keywords;
    const evidence = ev.frontmatter('keywords');
    if (!Array.isArray(keywords) || keywords.length === 0) return { status: 'missing', evidence, note: 'Add 2 to 5 `keywords` to the frontmatter, including "case report".' };
    if (keywords.length < 2 || keywords.length > 5) return { status: 'review', evidence, note: `${keywords.length} key words; CARE asks for 2 to 5.` };
    if (!keywords.some((k) => /case report/i.test(String(k)))) return { status: 'review', evidence, note: 'Include "case report" among the key words.' };
    return { status: 'present', evidence };
  },
  // 3 Abstract: frontmatter `abstract` (structured keys count as sub-items) or an Abstract section.
  3: (report) => {
    const { ev, model } = report;
    const section = report.find('abstract');
    const evidence = ev.frontmatter('abstract') ?? (section && ev.head(section.head));
    const structure = abstractKeys(model, section, report.sections);
    const subResults = CARE_ITEMS[2].subItems.map((s, i): CareSubItemResult => {
      const key = structure.find((k) => ABSTRACT_PARTS[i].test(k.label));
      return { ...s, status: key ? 'present' : evidence ? 'review' : 'missing', evidence: key };
    });
    return { status: evidence && abstractText(model)?.trim() ? 'present' : 'missing', evidence, subResults, note: evidence ? undefined : 'Add an `abstract` to the frontmatter or an Abstract section.' };
  },
  // 4 Introduction, with reference to the literature
  4: (report) => {
    const intro = report.find('introduction');
    if (!intro) return { status: 'missing' };
    const evidence = report.ev.head(intro.head);
    if (!report.model.citations.some((c) => c.start >= intro.start && c.end <= intro.end)) return { status: 'review', evidence, note: 'The introduction cites no literature.' };
    return { status: 'present', evidence };
  },
  // 5 Patient information
  5: (report) => {
    const { ev } = report;
    return report.bySection(5, 'patient', [
      (s) => ev.text(s, /\b\d{1,3}[- ](?:year|month|week|day)s?[- ]old\b|\bin (?:his|her|their) (?:early |mid-?|late )?\d0s\b|\b(?:man|woman|male|female|boy|girl|infant|neonate)\b/i),
      (s) => ev.text(s, /\bpresent(?:ed|ing|s)\b|\bcomplain|\bsymptoms?\b|\breferred\b|\bconcerns?\b|\bbrought\b|\badmitted\b/i),
      (s) => ev.text(s, /\bhistory\b|\bfamily\b|\bsmok|\balcohol\b|\bsocial\b|\boccupation/i),
      (s) => ev.text(s, /\bpreviously\b|\bprior\b|\btreated with\b|\bhad been (?:treated|started|given|taking|on|admitted)\b|\bunderwent\b|\bhad received\b/i),
    ]);
  },
  // 6 Clinical findings: a section, or an examination paragraph in the case presentation.
  6: (report) => {
    const findings = report.find('findings');
    const exam = findings ? report.ev.head(findings.head) : report.ev.text(report.find('patient') ?? report.whole, /\bon (?:physical )?exam(?:ination)?\b|\b(?:physical )?exam(?:ination)? (?:revealed|showed|was notable)/i);
    return { status: exam ? 'present' : 'missing', evidence: exam };
  },
  // 7 Timeline: a section, or a table or figure captioned as a timeline.
  7: (report) => {
    const { ev } = report;
    const section = report.find('timeline');
    const float = findTimelineFloat(report.model);
    const timeline = section ? ev.head(section.head) : float && ev.at(float.labelStart ?? float.start, float.labelEnd ?? float.end, float.kind, `${float.label ?? float.kind} ${float.caption}`.trim());
    return { status: timeline ? 'present' : 'missing', evidence: timeline, note: timeline ? undefined : 'Add a timeline table ("Table N. Timeline of ...") or a Timeline section.' };
  },
  // 8 Diagnostic assessment
  8: (report) => {
    const { ev } = report;
    const diagnosis = report.find('diagnosis');
    const span = diagnosis ?? report.find('patient') ?? report.whole;
    const evidence = diagnosis ? ev.head(diagnosis.head) : ev.text(span, /\bdiagnos(?:is|ed)\b/i);
    const subResults = report.subs(8, [
      (s) => ev.text(s, /\blaborator|\bimaging\b|\bbiops|\b(?:CT|MRI|PET|ECG|EKG)\b|\bultrasound|\bradiograph|\bserolog|\bcultures?\b/i),
      (s) => ev.text(s, /\bchalleng|\bdifficult|\bdelay|\bmimic|\bconfound|\bmisdiagnos/i),
      (s) => ev.text(s, /\bdifferential\b|\bconsidered\b|\bruled out\b|\bexcluded\b/i),
      (s) => ev.text(s, /\bprognos/i),
    ], evidence ? span : undefined);
    return { status: diagnosis ? 'present' : evidence ? 'review' : 'missing', evidence, subResults, note: diagnosis ? undefined : evidence ? 'No Diagnostic Assessment section; the diagnosis is described in the text.' : undefined };
  },
  // 9 Therapeutic intervention
  9: (report) => {
    const { ev } = report;
    const therapy = report.find('therapy');
    const patient = report.find('patient');
    const evidence = therapy ? ev.head(therapy.head) : patient && ev.text(patient, /\btreated with\b|\bwas started on\b|\breceived\b|\badministered\b|\binitiated\b/i);
    const subResults = report.subs(9, [
      (s) => ev.text(s, /\btreated with\b|\bstarted\b|\breceived\b|\badministered\b|\btherapy\b|\bsurgery\b|\bsurgical\b|\binitiated\b/i),
      (s) => ev.text(s, new RegExp(DOSE_QUANTITY.source, 'u')),
      (s) => ev.text(s, /\bswitched\b|\bchanged\b|\bincreased\b|\bdecreased\b|\btapered\b|\bdiscontinued\b|\bstopped\b|\badjusted\b|\breplaced\b|\bwithdrawn\b/i),
    ], evidence ? (therapy ?? patient) : undefined);
    return { status: therapy ? 'present' : evidence ? 'review' : 'missing', evidence, subResults };
  },
  // 10 Follow-up and outcomes
  10: (report) => {
    const { ev } = report;
    return report.bySection(10, 'followUp', [
      (s) => ev.text(s, /\bimprov|\bresol|\brecover|\bremission\b|\bworsen|\bfree of\b|\bdied\b|\bsymptom-free\b/i),
      (s) => ev.text(s, /\brepeat(?:ed)?\b|\bfollow-up (?:imaging|test|laborator|biopsy)|\bnormali[sz]ed\b|\b(?:CT|MRI|ultrasound|levels?|counts?)\b/i),
      (s) => ev.text(s, /\badheren|\bcomplian|\btolerat/i),
      (s) => ev.text(s, /\badverse\b|\bside effects?\b|\bcomplications?\b|\bunanticipated\b|\bunexpected\b/i),
    ]);
  },
  // 11 Discussion
  11: (report) => {
    const { ev, model } = report;
    const conclusion = report.find('conclusion');
    const cites = (s: Span) => {
      const c = model.citations.find((m) => m.start >= s.start && m.end <= s.end);
      return c && ev.at(c.start, c.end, 'text', `citation ${model.text.slice(c.start, c.end)}`);
    };
    return report.bySection(11, 'discussion', [
      (s) => ev.text(s, /\bstrengths?\b|\blimitations?\b/i),
      cites,
      (s) => ev.text(s, /\bbecause\b|\bsuggests?\b|\bsupports?\b|\bwe believe\b|\brationale\b|\bconsistent with\b|\bexplain/i),
      (s) => (conclusion ? ev.head(conclusion.head) : ev.text(s, /\blessons?\b|\btake-?away\b|\blearning points?\b|\bclinicians should\b|\bshould\b/i)),
    ]);
  },
  // 12 Patient perspective
  12: (report) => report.bySection(12, 'perspective', []),
  // 13 Informed consent: the frontmatter `consent`, a Consent section, or a sentence saying so.
  13: (report) => {
    const { ev } = report;
    const section = report.find('consent');
    const consent = ev.frontmatter('consent') ?? (section && ev.head(section.head)) ?? ev.text(report.whole, /\binformed consent\b|\bconsent (?:was|for publication)\b|\bconsented\b/i);
    return { status: consent ? 'present' : 'missing', evidence: consent, note: consent ? undefined : 'Add `consent:` to the frontmatter or a Consent section.' };
  },
};

/** Evaluates the 13 CARE items for a report: what is there, where, and what the author should look at. */
export function evaluateCare(model: DocumentModel, houseStyle: HouseStyle): CareItemResult[] {
  const report = new CareReport(model, houseStyle);
  return CARE_ITEMS.map((definition) => {
    const { status, evidence, note, subResults = [] } = JUDGES[definition.number](report);
    return { ...definition, status, evidence, note, subResults };
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
    // A structured abstract written as one string ("Background: ... Case presentation: ..."): its
    // parts as every output cuts them (abstractParts), each label found in order in the YAML source.
    const from = fm.contentStart + node.range[0];
    const raw = model.text.slice(from, fm.contentStart + node.range[1]);
    let at = 0;
    return abstractParts(node.value).flatMap((part) => {
      if (!part.head) return [];
      const label = new RegExp(`${part.head.split(/[ ]/).join('\\s+')}:`, 'gu');
      label.lastIndex = at;
      const m = label.exec(raw);
      if (!m) return [];
      at = m.index + m[0].length;
      return [ev.at(from + m.index, from + at - 1, 'frontmatter', `abstract ${part.head}`)];
    });
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
    const span = frontmatterSpan(this.model, [key], 'key');
    return span && this.at(span.start, span.end, 'frontmatter', `frontmatter ${key}`);
  }

  /** The first match of the pattern in the span of prose, as evidence with the words around it. */
  text(span: Span, re: RegExp): CareEvidence | undefined {
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
