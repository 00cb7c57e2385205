import { NO_LIBRARY } from './bibliography/library';
import type { CheckConfig } from './config';
import { parseDocument, type DocumentModel } from './model';
import { parseOptions } from './parse-options';
import type { Host, Rule } from './rule';
import { ALL_RULES } from './rules';
import type { SourceText } from './source-text';
import type { Finding, Severity } from './types';

/** The severity a rule runs with: user settings, then the house style, then its default. */
export function effectiveSeverity(rule: Rule, config: CheckConfig): Severity | undefined {
  const setting = config.rules[rule.code] ?? config.houseStyle.rules[rule.code] ?? rule.defaultSeverity;
  return setting === 'off' ? undefined : setting;
}

/** A finding as a rule reported it: its range is computed (`settle`) only when the findings are kept. */
export type Reported = Omit<Finding, 'range'> & { range: Finding['range'] | undefined };

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
  eachReported(model, config, host, withRanges ? (finding) => reported.push(settled(model, finding)) : (finding) => reported.push(finding), rules);
  return reported.sort(byPosition);
}

/**
 * Runs every enabled rule on a parsed document and hands each finding to `take` as it is
 * reported: in the rules' order, not sorted, without its range.
 */
export function eachReported(model: DocumentModel, config: CheckConfig, host: Host, take: (finding: Reported) => void, rules: Rule[] = ALL_RULES): void {
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
        take({ code: rule.code, severity: milder(severity, report.severity), message: report.message, start, end, range: undefined, fixes: report.fixes ?? NO_FIXES });
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

/** The findings of `reportRules`: each given its range and its message as one string, in place. */
export function settle(model: DocumentModel, reported: Reported[]): Finding[] {
  for (const finding of reported) settled(model, finding);
  return reported as Finding[];
}

function settled(model: DocumentModel, finding: Reported): Finding {
  finding.message = flat(finding.message);
  finding.range = model.source.rangeOf(finding.start, finding.end);
  return finding as Finding;
}

/**
 * The message as one string: a template literal is a chain of partial strings (about twice the
 * memory) until something reads it, and a document can make 100,000 findings. Reading a character
 * joins the chain once, as printing it would later; the partial strings are then garbage.
 */
function flat(message: string): string {
  message.charCodeAt(0);
  return message;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function milder(severity: Severity, requested: Severity | undefined): Severity {
  return requested && RANK[requested] < RANK[severity] ? requested : severity;
}

/**
 * Parses and checks a document for a printer that places each finding as it writes it (the command
 * line): each message is one string, each range is left undefined for `source.rangeOf` then. The
 * findings are sorted as runRules sorts them. 200,000 findings keep 600,000 fewer objects (their
 * ranges and positions), which would otherwise live until the last line is written.
 */
export function checkTextUnplaced(text: string, config: CheckConfig, host: Host, path?: string): { source: SourceText; findings: Reported[] } {
  const model = parseDocument(text, parseOptions(config), path);
  const findings: Reported[] = [];
  eachReported(model, config, host, (finding) => {
    finding.message = flat(finding.message);
    findings.push(finding);
  });
  return { source: model.source, findings: findings.sort(byPosition) };
}

/** Parses and checks a document in one call. */
export function checkText(text: string, config: CheckConfig, host: Host, path?: string): { model: DocumentModel; findings: Finding[] } {
  const model = parseDocument(text, parseOptions(config), path);
  return { model, findings: runRules(model, config, host) };
}
