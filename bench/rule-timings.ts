/**
 * Each rule timed alone on the generated reports, beside a bare markdown-it parse and all rules
 * together, in interleaved rounds (medians). Each run gets a fresh model (parsed untimed), as the
 * benchmark's `rules` measure does: the texts the rules share (src/core/text/derived.ts, kept as long
 * as the model) are built in every run, by the first rule that asks. Usage: `npx tsx bench/rule-timings.ts [small,medium,large] [out.json]`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { runRules } from '../src/core/check';
import { defaultConfig } from '../src/core/config';
import { parseDocument, type DocumentModel } from '../src/core/model';
import { parseOptions } from '../src/core/parse-options';
import type { Host } from '../src/core/rule';
import { ALL_RULES } from '../src/core/rules';
import { generateReport, REPORTS } from './generate';
import { measureRoundRobin, prepared, type Prepared } from './timing';

const host: Host = { fileExists: (path) => existsSync(path) };
const which = (process.argv[2] ?? 'small,large').split(',');
const out: Record<string, Record<string, number>> = {};
for (const spec of REPORTS.filter((s) => which.includes(s.name))) {
  const { text } = generateReport(spec);
  const config = defaultConfig();
  const path = `bench-results/reports/${spec.name}-${spec.words}.md`;
  const bare = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  const fresh = () => parseDocument(text, parseOptions(config), path);
  const runs: Record<string, (() => unknown) | Prepared<unknown>> = {
    'markdown-it parse': () => bare.parse(text, {}),
    'all rules': prepared(fresh, (model: DocumentModel) => runRules(model, config, host)),
  };
  for (const rule of ALL_RULES) runs[rule.code] = prepared(fresh, (model: DocumentModel) => runRules(model, config, host, [rule]));
  const large = text.length > 1_000_000;
  const timings = measureRoundRobin(runs, large ? { warmup: 2, minRuns: 7, maxRuns: 9, budgetMs: 300 } : { warmup: 20, minRuns: 41, maxRuns: 81, budgetMs: 100 });
  const rows = Object.entries(timings).map(([name, t]) => [name, t.median] as const).sort((a, b) => b[1] - a[1]);
  const parse = timings['markdown-it parse'].median;
  console.log(`\n${spec.name} (${spec.words} words): all rules ${(timings['all rules'].median / parse).toFixed(2)}x a markdown-it parse`);
  for (const [name, ms] of rows) if (ms >= parse / 200) console.log(`${name.padEnd(24)} ${ms.toFixed(3).padStart(9)} ms  ${(ms / parse).toFixed(3)}x`);
  out[spec.name] = Object.fromEntries(rows);
}
if (process.argv[3]) writeFileSync(process.argv[3], JSON.stringify(out, null, 1));
