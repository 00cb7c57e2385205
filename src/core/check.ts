import { NO_LIBRARY } from './bibliography/library';
import type { CheckConfig } from './config';
import { parseDocument, type DocumentModel } from './model';
import { parseOptions } from './parse-options';
import type { Host, Report, Rule } from './rule';
import { ALL_RULES } from './rules';
import type { Finding, Fix, Range, Severity, Span } from './types';

/** The severity a rule runs with: user settings, then the house style, then its default. */
export function effectiveSeverity(rule: Rule, config: CheckConfig): Severity | undefined {
  const setting = config.rules[rule.code] ?? config.houseStyle.rules[rule.code] ?? rule.defaultSeverity;
  return setting === 'off' ? undefined : setting;
}

/**
 * A finding as a rule reported it: its message may still be to say (`messageOf` reads it), and it
 * has no range (`settle` makes the Finding, with both). A Finding is one too: the command line
 * writes either.
 */
export interface Reported extends Span {
  code: string;
  severity: Severity;
  /** The message, or undefined while `say(about)` makes it (Report). */
  message: string | undefined;
  say?(about: unknown): string;
  about?: unknown;
  range?: Range;
  fixes: Fix[];
}

/** What a finding says: its message, or the words its rule makes of it now (not kept: a writer reads it once). */
export function messageOf(finding: Pick<Reported, 'message' | 'say' | 'about'>): string {
  return finding.message ?? finding.say!(finding.about);
}

/** Runs every enabled rule on a parsed document. Findings come sorted by position. */
export function runRules(model: DocumentModel, config: CheckConfig, host: Host, rules: Rule[] = ALL_RULES): Finding[] {
  return reportRules(model, config, host, rules, true) as Finding[];
}

/**
 * What every enabled rule reports, sorted by position (then code). Without `withRanges`, the
 * findings have no line/column range yet (`settle` gives it): `fix` applies the safe fixes of a
 * pass and throws the rest away, and a report can make 100,000 of them. With it, each range is
 * made as the finding is (while its message is still young: cheaper than settling later).
 */
export function reportRules(model: DocumentModel, config: CheckConfig, host: Host, rules: Rule[] = ALL_RULES, withRanges = false): Reported[] {
  const reported: Reported[] = [];
  eachReported(model, config, host, withRanges ? (finding) => reported.push(findingOf(model, finding)) : (finding) => reported.push(finding), rules);
  return reported.sort(byPosition);
}

/**
 * Runs every enabled rule on a parsed document and hands each finding to `take` as it is
 * reported: in the rules' order, not sorted, without its range.
 */
export function eachReported(model: DocumentModel, config: CheckConfig, host: Host, take: (finding: Reported) => void, rules: Rule[] = ALL_RULES): void {
  eachReport(model, config, host, (code, severity, start, end, report) => take(reportedOf(code, severity, start, end, report)), rules);
}

/** The finding a rule's report makes: of rule `code`, at `severity`, between `start` and `end` (eachReport's). */
export function reportedOf(code: string, severity: Severity, start: number, end: number, report: Report): Reported {
  return { code, severity, message: report.message, say: report.say, about: report.about, start, end, fixes: report.fixes ?? NO_FIXES };
}

/**
 * What eachReported hands on, before it is one Reported (reportedOf): the rule's code, the
 * finding's severity and offsets (within the text), and the report as the rule made it (its
 * message or `say` and `about`, its fixes). The command line's FindingList and a fix pass keep what
 * they need of these without making an object of each (e7: 200,000 findings; e6: 200,000 fixes).
 */
export function eachReport(
  model: DocumentModel,
  config: CheckConfig,
  host: Host,
  take: (code: string, severity: Severity, start: number, end: number, report: Report) => void,
  rules: Rule[] = ALL_RULES,
): void {
  const library = host.library?.(model) ?? NO_LIBRARY;
  const keyed = model.keyCitations.length > 0;
  const length = model.text.length;
  for (const rule of rules) {
    const severity = effectiveSeverity(rule, config);
    if (!severity || (keyed && rule.handNumbered)) continue;
    rule.run({
      model,
      config,
      host,
      library,
      report: (report) => {
        const start = Math.max(0, Math.min(report.start, length));
        const end = Math.max(start, Math.min(report.end, length));
        // Its `say` takes its own `about`: a Report of some type of `about`, read as of unknown.
        take(rule.code, milder(severity, report.severity), start, end, report as Report);
      },
    });
  }
}

/** The order of findings: by position, then code; a sort keeps the order reported within that. */
export function byPosition(a: Reported, b: Reported): number {
  return a.start - b.start || a.end - b.end || byCode(a.code, b.code);
}

/**
 * Rule codes compared by their characters: for lower-case hyphenated codes the order of
 * localeCompare (the catalogue test holds them equal), without loading ICU's collator for the
 * first tie of a check.
 */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A finding's fixes when it has none (never changed: a rule's fixes are its own arrays). */
const NO_FIXES: Finding['fixes'] = Object.freeze([]) as unknown as Finding['fixes'];

/** The findings of `reportRules` as Findings, in the same list: each with its range and its message as one string. */
export function settle(model: DocumentModel, reported: Reported[]): Finding[] {
  for (let i = 0; i < reported.length; i++) reported[i] = findingOf(model, reported[i]);
  return reported as Finding[];
}

function findingOf(model: DocumentModel, f: Reported): Finding {
  return { code: f.code, severity: f.severity, message: flat(messageOf(f)), start: f.start, end: f.end, range: model.source.rangeOf(f.start, f.end), fixes: f.fixes };
}

/**
 * The message as one string: a template literal is a chain of partial strings (about twice the
 * memory) until something reads it, and a document can make 100,000 findings. Reading a character
 * joins the chain once, as printing it would later; the partial strings are then garbage.
 */
export function flat(message: string): string {
  message.charCodeAt(0);
  return message;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function milder(severity: Severity, requested: Severity | undefined): Severity {
  return requested && RANK[requested] < RANK[severity] ? requested : severity;
}

/** Parses and checks a document in one call. */
export function checkText(text: string, config: CheckConfig, host: Host, path?: string): { model: DocumentModel; findings: Finding[] } {
  const model = parseDocument(text, parseOptions(config), path);
  return { model, findings: runRules(model, config, host) };
}
