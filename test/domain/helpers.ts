import { checkText } from '../../src/core/check';
import { defaultConfig, type CheckConfig } from '../../src/core/config';
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
