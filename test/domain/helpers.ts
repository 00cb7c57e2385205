import assert from 'node:assert/strict';
import { checkText } from '../../src/core/check';
import { defaultConfig, type CheckConfig } from '../../src/core/config';
import { applyFixes } from '../../src/core/fix';
import type { Finding } from '../../src/core/types';

export const FRONTMATTER = ['---', 'title: Test report', 'authors:', '  - name: Test Author', '    email: author@example.org', 'date: 2018-05-17', '---', ''].join('\n');

export interface Hit {
  text: string;
  line: number;
  column: number;
  endColumn: number;
  message: string;
  fixes: Finding['fixes'];
}

/** The findings of one rule for a body placed after a frontmatter, with the exact text each covers. */
export function hits(code: string, body: string, config: CheckConfig = defaultConfig()): Hit[] {
  const text = FRONTMATTER + body;
  const { findings } = checkText(text, config, { fileExists: () => true });
  return findings
    .filter((f) => f.code === code)
    .map((f) => ({ text: text.slice(f.start, f.end), line: f.range.start.line + 1, column: f.range.start.character + 1, endColumn: f.range.end.character + 1, message: f.message, fixes: f.fixes }));
}

/** What each positive sentence must flag: the exact text, in order. */
export function flagged(code: string, sentence: string, config?: CheckConfig): string[] {
  return hits(code, sentence, config).map((h) => h.text);
}

export interface SuiteOptions {
  /** The family's floor of negatives: a rule's false positives are bugs like its misses. */
  minNegatives?: number;
  config?: CheckConfig;
}

/**
 * One rule, table-driven: realistic passages it must flag (the exact texts, in order) and
 * passages it must leave alone.
 */
export function ruleSuite(code: string, positives: [string, string[]][], negatives: string[], options: SuiteOptions = {}): void {
  describe(code, () => {
    for (const [passage, expected] of positives) {
      it(`flags ${expected.join(' + ')} in "${passage.slice(0, 60)}"`, () => assert.deepEqual(flagged(code, passage, options.config), expected));
    }
    const floor = options.minNegatives;
    if (floor !== undefined) it(`has at least ${floor} negatives`, () => assert.ok(negatives.length >= floor, `${negatives.length} negatives`));
    for (const passage of negatives) {
      it(`leaves alone "${passage.slice(0, 70)}"`, () => assert.deepEqual(flagged(code, passage, options.config), []));
    }
  });
}

/** `ruleSuite` with a family's options (its floor of negatives, its configuration). */
export function ruleSuites(defaults: SuiteOptions = {}): (code: string, positives: [string, string[]][], negatives: string[], options?: SuiteOptions) => void {
  return (code, positives, negatives, options = {}) => ruleSuite(code, positives, negatives, { ...defaults, ...options });
}

/** The passage after every fix the rule offers on it (only the safe ones with `safeOnly`). */
export function fixed(code: string, passage: string, options: { config?: CheckConfig; safeOnly?: boolean } = {}): string {
  const fixes = hits(code, passage, options.config).flatMap((h) => h.fixes.filter((f) => f.safe || !options.safeOnly));
  return applyFixes(FRONTMATTER + passage, fixes).text.slice(FRONTMATTER.length);
}
