import { checkText, reportRules, settle } from './check';
import type { CheckConfig } from './config';
import { applyEdits, applyFixes } from './fix';
import { parseDocument } from './model';
import { parseOptions } from './parse-options';
import { renumberEverything } from './renumber';
import { abbreviationListEdit } from './rules/abbreviations/list';
import type { Host } from './rule';
import type { Finding, Fix } from './types';

const MAX_PASSES = 10;

/**
 * Applies every safe fix, re-checking after each pass because one fix can reveal another
 * (a compressed marker may then need its punctuation moved), and renumbering last (then the
 * Abbreviations list, when the house style asks for one). Text without BOM in, text out.
 */
export function fixAll(text: string, config: CheckConfig, host: Host, path?: string): { text: string; fixed: number; findings: Finding[] } {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const step = fixPass(current, config, host, path);
    if (step.findings) return { text: current, fixed, findings: step.findings };
    fixed += step.fixed;
    current = step.text;
  }
  return { text: current, fixed, findings: checkText(current, config, host, path).findings };
}

/**
 * One pass: the text with the safe fixes applied (`fixed` of them), else renumbered or given its
 * Abbreviations list (one fix), else the findings of the text, which is done. A pass is a function
 * of its own so that nothing of it (the model, 100,000 findings) is kept while the next one runs;
 * the findings of a pass that changes the text are thrown away before their ranges are computed.
 */
function fixPass(current: string, config: CheckConfig, host: Host, path?: string): { text: string; fixed: number; findings?: undefined } | { findings: Finding[] } {
  const model = parseDocument(current, parseOptions(config), path);
  const reported = reportRules(model, config, host);
  const safe: Fix[] = [];
  for (const finding of reported) for (const fix of finding.fixes) if (fix.safe) safe.push(fix);
  const { text: next, applied } = applyFixes(current, safe);
  if (applied.length > 0 && next !== current) return { text: next, fixed: applied.length };
  // Once the small fixes are done, renumber references, figures and tables in order of first
  // citation or mention (a no-op when they already are), then check again.
  const renumbered = renumberEverything(model).fix;
  let after = renumbered ? applyEdits(current, renumbered.edits).text : current;
  // A journal that asks for an Abbreviations list has it kept up to date, last.
  if (after === current && config.houseStyle.abbreviationList) {
    const list = abbreviationListEdit(model, config.houseStyle.knownAbbreviations).edit;
    if (list) after = applyEdits(current, [list]).text;
  }
  if (after === current) return { findings: settle(model, reported) };
  return { text: after, fixed: 1 };
}
