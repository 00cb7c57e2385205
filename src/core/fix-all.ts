import { checkText } from './check';
import type { CheckConfig } from './config';
import { applyEdits, applyFixes } from './fix';
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
    const { model, findings } = checkText(current, config, host, path);
    const safe: Fix[] = [];
    for (const finding of findings) for (const fix of finding.fixes) if (fix.safe) safe.push(fix);
    const { text: next, applied } = applyFixes(current, safe);
    if (applied.length === 0 || next === current) {
      // Once the small fixes are done, renumber references, figures and tables in order of first
      // citation or mention (a no-op when they already are), then check again.
      const renumbered = renumberEverything(model).fix;
      let after = renumbered ? applyEdits(current, renumbered.edits).text : current;
      // A journal that asks for an Abbreviations list has it kept up to date, last.
      if (after === current && config.houseStyle.abbreviationList) {
        const list = abbreviationListEdit(model, config.houseStyle.knownAbbreviations).edit;
        if (list) after = applyEdits(current, [list]).text;
      }
      if (after === current) return { text: current, fixed, findings };
      fixed += 1;
      current = after;
      continue;
    }
    fixed += applied.length;
    current = next;
  }
  return { text: current, fixed, findings: checkText(current, config, host, path).findings };
}
