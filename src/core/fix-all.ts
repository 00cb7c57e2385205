import { checkText } from './check';
import type { CheckConfig } from './config';
import { applyFixes } from './fix';
import type { Host } from './rule';
import type { Finding } from './types';

const MAX_PASSES = 10;

/**
 * Applies every safe fix, re-checking after each pass because one fix can reveal another
 * (a compressed marker may then need its punctuation moved). Text without BOM in, text out.
 */
export function fixAll(text: string, config: CheckConfig, host: Host, path?: string): { text: string; fixed: number; findings: Finding[] } {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { findings } = checkText(current, config, host, path);
    const safe = findings.flatMap((f) => f.fixes.filter((fix) => fix.safe));
    const { text: next, applied } = applyFixes(current, safe);
    if (applied.length === 0 || next === current) return { text: current, fixed, findings };
    fixed += applied.length;
    current = next;
  }
  return { text: current, fixed, findings: checkText(current, config, host, path).findings };
}
