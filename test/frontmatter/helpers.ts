import { runRules } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { MAGAZINE, type HouseStyle } from '../../src/core/house-styles';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { frontmatterRules } from '../../src/core/rules/frontmatter';
import type { Finding } from '../../src/core/types';

export const noFiles = { fileExists: () => true };

/** Runs the three frontmatter rules only. */
export function checkFrontmatter(text: string, style: HouseStyle = MAGAZINE): Finding[] {
  const config = defaultConfig({ houseStyle: style });
  return runRules(parseDocument(text, parseOptions(config)), config, noFiles, frontmatterRules);
}

/** `line:column-endColumn code severity` (1-based, end exclusive), then the message. */
export function brief(finding: Finding): string {
  const { start, end } = finding.range;
  const where = start.line === end.line ? `${start.line + 1}:${start.character + 1}-${end.character + 1}` : `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
  return `${where} ${finding.code} ${finding.severity}`;
}

/** A valid frontmatter with one line replaced or added: `lines` are the YAML lines between the fences. */
export function report(yamlLines: string[], eol = '\n'): string {
  return ['---', ...yamlLines, '---', '', '## Introduction', '', 'Text.', ''].join(eol);
}

export const VALID = [
  'title: Refractory Calciphylaxis in Lupus',
  'articleType: case-report',
  'authors:',
  '  - name: Joey Kim',
  '    degrees: [MD]',
  '    affiliation: Montefiore Medical Center',
  '    email: jkim@example.org',
  '    orcid: 0000-0002-1825-0097',
  '    corresponding: true',
  '  - name: Irene Blanco',
  '    degrees: [MD, MS]',
  'issue: May 2018',
  'date: 2018-05-17',
  'category: Systemic Lupus Erythematosus',
  'tags: [calciphylaxis, connective tissue disease]',
  'keywords: [calciphylaxis, lupus, case report]',
  'abstract: >',
  '  Calciphylaxis is a rare disease of the small vessels of the skin.',
  "consent: Written informed consent was obtained from the patient's next of kin.",
  'conflicts: None declared.',
];

/** VALID with the line starting with `prefix` replaced by `line` (or removed when `line` is undefined). */
export function withLine(prefix: string, line?: string): string[] {
  const index = VALID.findIndex((l) => l.startsWith(prefix));
  if (index === -1) throw new Error(`no line ${prefix}`);
  const copy = [...VALID];
  if (line === undefined) copy.splice(index, 1);
  else copy[index] = line;
  return copy;
}
