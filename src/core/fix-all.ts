import { byPosition, eachReport, effectiveSeverity, reportedOf, reportRules, runRules, settle, type Reported } from './check';
import type { CheckConfig } from './config';
import { applyEdits, FixList } from './fix';
import { IntList } from './int-list';
import { parseDocument } from './model';
import { parseOptions } from './parse-options';
import { renumberEverything } from './renumber';
import { ALL_RULES } from './rules';
import { abbreviationListEdit } from './rules/abbreviations/list';
import type { Host, Report, Rule } from './rule';
import type { Finding, Fix, Severity } from './types';

const MAX_PASSES = 10;

export interface FixOptions {
  /** The rules (all of them unless a test gives others). */
  rules?: Rule[];
  /**
   * The findings of the fixed text to report: all of them (the default); its errors only, what
   * `casereport fix` reads (they decide its exit status; it prints no finding); or none, for a
   * caller that wants only the text (the editor's Fix all). With `errors`, the rules that can
   * report no error and offer no safe fix do not run at all; with `none`, only the rules that may
   * offer a safe fix run.
   */
  findings?: 'all' | 'errors' | 'none';
}

/**
 * Applies every safe fix, re-checking after each pass because one fix can reveal another
 * (a compressed marker may then need its punctuation moved), and renumbering last (then the
 * Abbreviations list, when the house style asks for one). Text without BOM in, text out.
 */
export function fixAll(text: string, config: CheckConfig, host: Host, path?: string, options: FixOptions = {}): { text: string; fixed: number; findings: Finding[] } {
  const kept = options.findings ?? 'all';
  // A rule that offers no safe fix runs only for findings that are wanted: with `errors`, only if it can report one.
  const rules = (options.rules ?? ALL_RULES).filter((rule) => kept === 'all' || rule.safeFixes || (kept === 'errors' && effectiveSeverity(rule, config) === 'error'));
  const wanted = kept === 'errors' ? isError : kept === 'none' ? isNothing : undefined;
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const step = fixPass(current, config, host, path, rules, wanted);
    if (step.findings) return { text: current, fixed, findings: step.findings };
    fixed += step.fixed;
    current = step.text;
  }
  const findings = runRules(parseDocument(current, parseOptions(config), path), config, host, rules);
  return { text: current, fixed, findings: wanted ? findings.filter(wanted) : findings };
}

function isError(finding: Reported): boolean {
  return finding.severity === 'error';
}

function isNothing(): boolean {
  return false;
}

/**
 * One pass: the text with the safe fixes applied (`fixed` of them), else renumbered or given its
 * Abbreviations list (one fix), else the findings of the text, which is done. A pass is a function
 * of its own so that nothing of it (the model, 100,000 findings) is kept while the next one runs.
 *
 * A pass that applies fixes throws its findings away, so it does no more than it must: the rules
 * that may offer a safe fix run first, and the others (the privacy scans, the word counts) only
 * when those offered none. From its first safe fix on, a pass keeps only the safe fixes: 200,000
 * misplaced markers make 200,000 findings of a dozen objects each, which the garbage collector
 * would otherwise copy before they are dropped. (Should the safe fixes change nothing, the
 * findings are reported again.)
 */
function fixPass(
  current: string,
  config: CheckConfig,
  host: Host,
  path: string | undefined,
  rules: Rule[],
  wanted: ((finding: Reported) => boolean) | undefined,
): { text: string; fixed: number; findings?: undefined } | { findings: Finding[] } {
  const model = parseDocument(current, parseOptions(config), path);
  const safe = new SafeFixes();
  let reported: Reported[] | undefined = [];
  // A finding is made (reportedOf) only to be kept: none once a safe fix is found.
  const take = (code: string, severity: Severity, start: number, end: number, report: Report) => {
    if (report.fixes) for (const fix of report.fixes) if (fix.safe) safe.add(code, start, end, fix);
    if (safe.size > 0) reported = undefined;
    else if (reported) {
      const finding = reportedOf(code, severity, start, end, report);
      if (!wanted || wanted(finding)) reported.push(finding);
    }
  };
  eachReport(model, config, host, take, rules.filter((rule) => rule.safeFixes));
  if (safe.size === 0) eachReport(model, config, host, take, rules.filter((rule) => !rule.safeFixes));
  const { text: next, applied } = safe.apply(current);
  if (applied > 0 && next !== current) return { text: next, fixed: applied };
  // Once the small fixes are done, renumber references, figures and tables in order of first
  // citation or mention (a no-op when they already are), then check again.
  const renumbered = renumberEverything(model).fix;
  let after = renumbered ? applyEdits(current, renumbered.edits).text : current;
  // A journal that asks for an Abbreviations list has it kept up to date, last.
  if (after === current && config.houseStyle.abbreviationList) {
    const list = abbreviationListEdit(model, config.houseStyle.knownAbbreviations).edit;
    if (list) after = applyEdits(current, [list]).text;
  }
  if (after === current) return { findings: settle(model, reported ? (reported as Reported[]).sort(byPosition) : reportRules(model, config, host, rules).filter(wanted ?? (() => true))) };
  return { text: after, fixed: 1 };
}

/**
 * The safe fixes of a pass, with what orders them as the sorted findings gave them to
 * `applyFixes`: by first edit, then by their finding's position and code, then as reported.
 * The codes are kept as indices into the few codes seen (the fixes come rule by rule).
 */
class SafeFixes {
  private readonly list = new FixList();
  private readonly starts = new IntList();
  private readonly ends = new IntList();
  private readonly codes = new IntList();
  private readonly codeNames: string[] = [];

  get size(): number {
    return this.list.size;
  }

  /** The safe fix `fix` of a finding of rule `code` between `start` and `end`. */
  add(code: string, start: number, end: number, fix: Fix): void {
    this.list.add(fix);
    this.starts.push(start);
    this.ends.push(end);
    this.codes.push(this.codeIndex(code));
  }

  /** `text` with the fixes applied, and how many were. */
  apply(text: string): { text: string; applied: number } {
    const { text: next, applied } = this.list.apply(text, this.takingOrder());
    return { text: next, applied: applied.length };
  }

  private codeIndex(code: string): number {
    const last = this.codeNames.length - 1;
    if (last >= 0 && this.codeNames[last] === code) return last;
    const index = this.codeNames.indexOf(code);
    return index !== -1 ? index : this.codeNames.push(code) - 1;
  }

  /** The fixes' indices in taking order; undefined when that is the order added. */
  private takingOrder(): number[] | undefined {
    let inOrder = true;
    for (let i = 1; i < this.size && inOrder; i++) inOrder = this.compare(i - 1, i) <= 0;
    if (inOrder) return undefined;
    return Array.from({ length: this.size }, (_, i) => i).sort((a, b) => this.compare(a, b) || a - b);
  }

  private compare(a: number, b: number): number {
    const { list, starts, ends, codes, codeNames } = this;
    const codeA = codeNames[codes.get(a)];
    const codeB = codeNames[codes.get(b)];
    return list.first(a) - list.first(b) || starts.get(a) - starts.get(b) || ends.get(a) - ends.get(b) || (codeA === codeB ? 0 : codeA.localeCompare(codeB));
  }
}
