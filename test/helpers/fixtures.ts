import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/core/check';
import { defaultConfig, type CheckConfig } from '../../src/core/config';
import type { Host } from '../../src/core/rule';
import { createNodeHost } from '../../src/node/host';
import type { Finding } from '../../src/core/types';

/**
 * Inline expectations, written at the end of the line they are about (markdownlint style):
 *   `Text^9^ <!-- expect: citation-undefined@5-8 -->`    Markdown lines
 *   `  email: jkim@  # expect: frontmatter-schema@10-15`  YAML lines in the frontmatter
 * `code@col-endCol` pins 1-based columns (end exclusive); a bare `code` pins only the line.
 * Several expectations are separated by commas. The comments are removed before checking, so
 * they never change what the rules see; anything not expected is a failure.
 */
export interface Expectation {
  line: number;
  code: string;
  column?: number;
  endColumn?: number;
}

const EXPECT = /[ \t]*(?:<!--\s*expect:\s*(.*?)\s*-->|#\s*expect:\s*(.*?))[ \t]*$/;

export function parseFixture(raw: string): { text: string; expectations: Expectation[] } {
  const expectations: Expectation[] = [];
  const lines = raw.split('\n');
  const out = lines.map((line, index) => {
    const cr = line.endsWith('\r') ? '\r' : '';
    const body = cr ? line.slice(0, -1) : line;
    const match = EXPECT.exec(body);
    if (!match) return line;
    for (const item of (match[1] ?? match[2]).split(',')) {
      const spec = /^\s*([a-z0-9-]+)(?:@(\d+)-(\d+))?\s*$/.exec(item);
      if (!spec) throw new Error(`line ${index + 1}: bad expectation "${item}"`);
      expectations.push({ line: index + 1, code: spec[1], column: spec[2] ? Number(spec[2]) : undefined, endColumn: spec[3] ? Number(spec[3]) : undefined });
    }
    return body.slice(0, match.index) + cr;
  });
  return { text: out.join('\n'), expectations };
}

/** The file system as the CLI sees it, reference libraries included. */
export const diskHost: Host = createNodeHost();

export function describeFinding(f: Finding): string {
  return `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.character + 1} ${f.code} (${f.message})`;
}

/** Compares findings with expectations; returns a list of human-readable mismatches. */
export function compareFindings(findings: Finding[], expectations: Expectation[]): string[] {
  const problems: string[] = [];
  const unmatched = [...findings];
  for (const e of expectations) {
    const index = unmatched.findIndex(
      (f) => f.code === e.code && f.range.start.line + 1 === e.line && (e.column === undefined || (f.range.start.character + 1 === e.column && f.range.end.character + 1 === e.endColumn)),
    );
    if (index === -1) problems.push(`missing: line ${e.line} ${e.code}${e.column ? `@${e.column}-${e.endColumn}` : ''}`);
    else unmatched.splice(index, 1);
  }
  for (const f of unmatched) problems.push(`unexpected: ${describeFinding(f)}`);
  return problems;
}

/** Checks a fixture file against its inline expectations. */
export function checkFixture(path: string, config: CheckConfig = defaultConfig(), host: Host = diskHost): string[] {
  const { text, expectations } = parseFixture(readFileSync(path, 'utf8'));
  const { findings } = checkText(text, config, host, path);
  return compareFindings(findings, expectations);
}

export function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}
