/**
 * `npm run bench`: the performance and robustness benchmark of issue 8.
 *
 * 1. Generates reports of 2,000, 20,000 and 230,000 words and measures, in one run: model parse,
 *    all rules, preview render and a full preview update for an edit, beside a bare markdown-it
 *    parse and render of the same text and markdownlint's default rules.
 * 2. Whole processes: `casereport check` / `render` against a bare markdown-it process.
 * 3. Hostile inputs: each `check` and `render` process against the 1 s goal.
 * 4. The extension: bundle and .vsix sizes, activation cost, and typing into a 10,000-line report.
 * 5. Opening the preview of the example report in a real VS Code (code-server of the end-to-end
 *    suite, when its cache is there): from the command to the article painted in the webview.
 *
 * Prints tables and the goals, and writes everything to bench-results/bench-<date>.json.
 * `--quick` runs fewer repetitions (for a smoke run); `--skip-package` skips the .vsix.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { generateLongReport } from './generate';
import { loadMarkdownlint, measureInProcess, type InProcessResult } from './in-process';
import { bare, cli, timeProcess, type ProcessTiming } from './processes';
import { writeReports } from './reports';
import { keyedLibrary, keyedReport } from './library';
import { formatMs } from './timing';
import { previewOpenSummary, type PreviewOpenResult } from './preview-open';
import { adversarialRuns, exhaustingInputs, hostileInputs } from '../test/robustness/hostile-inputs';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'bench-results');
const DIST = join(OUT, 'dist');
const quick = process.argv.includes('--quick');
const skipPackage = process.argv.includes('--skip-package');

interface Goal {
  goal: string;
  measured: string;
  met: boolean;
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` };
  console.log(`Case Report Writer benchmark: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}${quick ? ' [quick]' : ''}`);
  const loadBefore = loadavg();
  console.log(`Load average at the start: ${loadBefore.map((l) => l.toFixed(1)).join(', ')} (on a shared machine, compare ratios, not times)\n`);

  console.log('Building the production bundles (node scripts/build.mjs --production) ...');
  execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: ROOT, stdio: 'inherit' });
  // Measure copies: dist/ is shared with anyone running a development build meanwhile.
  mkdirSync(DIST, { recursive: true });
  // Every bundle: cli.js requires some of its parts from files beside it (export, citation-js), and
  // starts the CLI from its code cache (cli-main.js.cache), as a built or installed CLI does.
  for (const file of readdirSync(join(ROOT, 'dist')).filter((name) => /\.(js|cache)$/.test(name))) copyFileSync(join(ROOT, 'dist', file), join(DIST, file));

  // 1. In-process measures.
  await loadMarkdownlint();
  const reports = writeReports(join(OUT, 'reports'));
  const inProcess: (InProcessResult & { name: string })[] = [];
  for (const report of reports) {
    process.stdout.write(`Measuring the ${report.spec.name} report (${report.words.toLocaleString('en')} words) ...\n`);
    inProcess.push({ name: report.spec.name, ...measureInProcess(report.text, report.path, report.words, quick ? { minRuns: 3, budgetMs: 300 } : { minRuns: 9, budgetMs: 3000 }) });
  }
  const rows = inProcess.map((r) => [
    `${r.name} (${r.words.toLocaleString('en')} words, ${(r.bytes / 1024).toFixed(0)} KB)`,
    formatMs(r.markdownItParse.median),
    formatMs(r.modelParse.median),
    formatMs(r.rules.median),
    formatMs(r.check.median),
    ratio(r.check.median, r.markdownItParse.median),
    formatMs(r.markdownItRender.median),
    formatMs(r.preview.median),
    ratio(r.preview.median, r.markdownItRender.median),
    formatMs(r.previewUpdate.median),
    formatMs(r.markdownlint.median),
    ratio(r.markdownlint.median, r.check.median),
    Number.isNaN(r.modelBytesPerDocumentByte) ? 'n/a' : `${r.modelBytesPerDocumentByte.toFixed(1)}x`,
  ]);
  console.log('\nIn-process, median ms (check = model parse + all rules; preview = model parse + article HTML)\n');
  console.log(table(['report', 'md-it parse', 'model', 'rules', 'check', 'check/parse', 'md-it render', 'preview', 'preview/render', 'update', 'markdownlint', 'mdlint/check', 'model mem'], rows));

  // 2. Whole processes on the largest report.
  const large = reports[reports.length - 1];
  const runs = quick ? 2 : 7;
  console.log(`\nWhole processes on the ${(large.text.length / 2 ** 20).toFixed(1)} MB report, median of ${runs} ...`);
  const processes = {
    check: timeProcess(cli('check', large.path), runs),
    bareParse: timeProcess(bare('parse', large.path), runs),
    render: timeProcess(cli('render', large.path, '-o', join(OUT, 'large.html')), runs),
    bareRender: timeProcess(bare('render', large.path, join(OUT, 'large-bare.html')), runs),
  };
  console.log(
    table(
      ['process', 'median ms', 'vs bare markdown-it', 'exit'],
      [
        ['casereport check', formatMs(processes.check.median), ratio(processes.check.median, processes.bareParse.median), processes.check.status.join(',')],
        ['node + markdown-it parse', formatMs(processes.bareParse.median), '1.00x', processes.bareParse.status.join(',')],
        ['casereport render', formatMs(processes.render.median), ratio(processes.render.median, processes.bareRender.median), processes.render.status.join(',')],
        ['node + markdown-it render', formatMs(processes.bareRender.median), '1.00x', processes.bareRender.status.join(',')],
      ],
    ),
  );

  // 2b. The submission manuscript: each export beside `render` of the same file, whole processes.
  const smallReport = reports[0];
  console.log(`\nExports beside render of the same file, whole processes, median of ${runs} ...`);
  const exports = [smallReport, large].map((report) => ({
    name: `${report.spec.name} (${report.words.toLocaleString('en')} words)`,
    render: timeProcess(cli('render', report.path, '-o', join(OUT, `${report.spec.name}.html`)), runs),
    docx: timeProcess(cli('export', '--format', 'docx', '-o', join(OUT, `${report.spec.name}.docx`), report.path), runs),
  }));
  console.log(
    table(
      ['report', 'render ms', 'export docx ms', 'docx / render', 'exit'],
      exports.map((e) => [e.name, formatMs(e.render.median), formatMs(e.docx.median), ratio(e.docx.median, e.render.median), e.docx.status.join(',')]),
    ),
  );
  // The PDF of the 2,000-word report (a browser starts and prints: seconds, not the parse's milliseconds).
  const pdfExport = timeProcess(cli('export', '--format', 'pdf', '-o', join(OUT, `${smallReport.spec.name}.pdf`), smallReport.path), quick ? 1 : 3, 120_000);
  console.log(
    table(
      ['report', 'render ms', 'export pdf ms', 'pdf / render', 'exit'],
      [[exports[0].name, formatMs(exports[0].render.median), formatMs(pdfExport.median), ratio(pdfExport.median, exports[0].render.median), pdfExport.status.join(',')]],
    ),
  );

  // The same report citing by key from a 1,500-entry library, against markdown-it plus one parse of the library.
  const keyedPath = join(dirname(large.path), 'large-keyed.md');
  const libraryPath = join(dirname(large.path), 'references.bib');
  writeFileSync(keyedPath, keyedReport(large.text));
  writeFileSync(libraryPath, keyedLibrary(large.spec.references));
  console.log(`\nThe report citing by key from a ${large.spec.references.toLocaleString('en')}-entry library (${(statSync(libraryPath).size / 2 ** 20).toFixed(1)} MB BibTeX), median of ${runs} ...`);
  const keyed = {
    check: timeProcess(cli('check', keyedPath), runs),
    baseline: timeProcess([join(ROOT, 'bench', 'bare-library.cjs'), keyedPath, libraryPath], runs),
  };
  console.log(
    table(
      ['process', 'median ms', 'vs baseline', 'exit'],
      [
        ['casereport check (citation keys)', formatMs(keyed.check.median), ratio(keyed.check.median, keyed.baseline.median), keyed.check.status.join(',')],
        ['node + markdown-it parse + one library parse', formatMs(keyed.baseline.median), '1.00x', keyed.baseline.status.join(',')],
      ],
    ),
  );

  // 3. Hostile inputs, each command as a whole process.
  console.log('\nHostile inputs: whole `check` and `render` processes (goal: under 1 s, exit 0, 1 or 2)\n');
  const hostileDir = join(OUT, 'hostile');
  rmSync(hostileDir, { recursive: true, force: true });
  mkdirSync(hostileDir, { recursive: true });
  const nodeStartup = timeProcess(['-e', ''], quick ? 2 : 5);
  const hostile: { name: string; bytes: number; check: ProcessTiming; render: ProcessTiming }[] = [];
  hostileInputs().forEach((input, index) => {
    const file = join(hostileDir, `input-${index + 1}.md`);
    writeFileSync(file, input.content);
    hostile.push({ name: input.name, bytes: statSync(file).size, check: timeProcess(cli('check', file), quick ? 1 : 3), render: timeProcess(cli('render', file, '-o', `${file}.html`), quick ? 1 : 3) });
  });
  const sane = (t: ProcessTiming) => t.status.every((s) => s === 0 || s === 1 || s === 2) && !/internal error/.test(t.stderr ?? '');
  console.log(
    table(
      ['input', 'size', 'check ms', 'exit', 'render ms', 'exit'],
      [
        ...hostile.map((h) => [h.name, `${(h.bytes / 1024).toFixed(0)} KB`, formatMs(h.check.median), h.check.status.join(','), formatMs(h.render.median), h.render.status.join(',')]),
        ['(node -e "" for comparison)', '', formatMs(nodeStartup.median), '0', '', ''],
      ],
    ),
  );

  console.log('\nAdversarial runs for the rules\' regular expressions (200,000 characters each): whole `check` process\n');
  const adversarial = adversarialRuns().map((input, index) => {
    const file = join(hostileDir, `adversarial-${index + 1}.md`);
    writeFileSync(file, input.content);
    // Beside a bare markdown-it parse process of the same file: where markdown-it itself is slow.
    return { name: input.name, check: timeProcess(cli('check', file), 1), bareParse: timeProcess(bare('parse', file), 1) };
  });
  console.log(table(['input', 'check ms', 'exit', 'node + markdown-it parse ms'], adversarial.map((a) => [a.name, formatMs(a.check.median), a.check.status.join(','), formatMs(a.bareParse.median)])));

  console.log('\nCrafted documents that exhausted time or memory (issue 13 point 7): the command each was aimed at, whole process (goal: under 1 s and 300 MB, exit 0, 1 or 2)\n');
  const exhausting = exhaustingInputs().map((input, index) => {
    const folder = join(hostileDir, `exhausting-${index + 1}`);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'case.md');
    writeFileSync(file, input.content);
    for (const [name, bytes] of Object.entries(input.files ?? {})) writeFileSync(join(folder, name), bytes);
    const args = input.command === 'render' ? cli('render', file, '-o', join(folder, 'case.html')) : cli(input.command, file);
    return { name: input.name, command: input.command, bytes: statSync(file).size, run: timeProcess(args, quick ? 1 : 3, 60_000, { rss: true }) };
  });
  const mb = (bytes: number | undefined) => (bytes === undefined || Number.isNaN(bytes) ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
  console.log(table(['input', 'size', 'command', 'ms', 'CPU ms', 'peak memory', 'exit'], exhausting.map((e) => [e.name, `${(e.bytes / 1024).toFixed(0)} KB`, e.command, formatMs(e.run.median), formatMs(e.run.cpu ?? NaN), mb(e.run.maxRss), e.run.status.join(',')])));

  // 4. The extension: sizes, activation, typing.
  const bundleBytes = statSync(join(DIST, 'extension.js')).size;
  let vsixBytes = NaN;
  const vsix = join(OUT, 'casereport.vsix');
  if (!skipPackage) {
    console.log('\nPackaging the .vsix (vsce package --no-dependencies) ...');
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsix], { cwd: ROOT, encoding: 'utf8' });
    if (result.status === 0) vsixBytes = statSync(vsix).size;
    else console.log(`vsce failed: ${(result.stderr || result.stdout).slice(0, 800)}`);
  }
  const long = generateLongReport(10_000);
  const longPath = join(OUT, 'reports', 'long-10000-lines.md');
  writeFileSync(longPath, long.text);
  const extension = extensionProbe(longPath);
  console.log(`\nExtension bundle ${(bundleBytes / 1024).toFixed(0)} KB minified; .vsix ${Number.isNaN(vsixBytes) ? 'n/a' : `${(vsixBytes / 1024).toFixed(0)} KB`}`);
  console.log(`Activation: loading the bundle ${formatMs(extension.activation.requireMs)} ms, activate() ${formatMs(extension.activation.activateMs)} ms; calls other than registrations: ${extension.activation.otherCalls.join(', ') || 'none'}; document text read before a document opened: ${extension.activation.textReadsBeforeOpen}`);
  const edit = extension.editing;
  console.log(`Typing ${edit.keystrokes} characters into a ${edit.lines.toLocaleString('en')}-line report, one every ${edit.intervalMs} ms: longest keystroke handling ${formatMs(edit.maxKeystrokeMs)} ms; longest timer task ${formatMs(edit.timerTasksMs[0] ?? 0)} ms, longest event-loop block ${formatMs(edit.maxLoopDelayMs)} ms (${edit.timerTasksMs.length} tasks over 1 ms: ${edit.timerTasksMs.map(formatMs).join(', ')}); diagnostics for the final version: ${edit.publishedFinalVersion ? 'yes' : 'NO'}`);

  // 5. Opening the preview in a real VS Code.
  const previewOpen = previewOpenProbe(Number.isNaN(vsixBytes) ? undefined : vsix);
  const warm = previewOpen && previewOpen.opens.length > 1 ? previewOpen.articleMs : undefined;
  if (previewOpen) {
    console.log(`\nOpening the preview of the example report in code-server, from the command (ms):\n${previewOpenSummary(previewOpen)}`);
  }

  // Goals.
  const [small, , largest] = inProcess;
  const packageJson = JSON.parse(require('node:fs').readFileSync(join(ROOT, 'package.json'), 'utf8')) as { activationEvents?: string[] };
  const goals: Goal[] = [
    { goal: 'all rules on the 230,000-word report <= 3x a bare markdown-it parse', measured: `rules ${ratio(largest.rules.median, largest.markdownItParse.median)} (on a fresh model, its parse not counted)`, met: largest.rules.median <= 3 * largest.markdownItParse.median },
    { goal: '  read strictly: model parse + all rules (check) <= 3x a bare markdown-it parse, 230,000 words', measured: `check ${ratio(largest.check.median, largest.markdownItParse.median)} (model parse ${ratio(largest.modelParse.median, largest.markdownItParse.median)})`, met: largest.check.median <= 3 * largest.markdownItParse.median },
    { goal: 'preview render <= 4x a markdown-it render (230,000 words)', measured: ratio(largest.preview.median, largest.markdownItRender.median), met: largest.preview.median <= 4 * largest.markdownItRender.median },
    { goal: 'all rules on the 2,000-word report under 2 ms', measured: `rules ${formatMs(small.rules.median)} ms, check incl. parse ${formatMs(small.check.median)} ms`, met: small.rules.median < 2 },
    { goal: '2,000 words: all rules at least 10x faster than markdownlint defaults', measured: `${ratio(small.markdownlint.median, small.rules.median)} (markdownlint / rules)`, met: small.markdownlint.median >= 10 * small.rules.median },
    { goal: '  read strictly: model parse + all rules (check) 10x faster than markdownlint, 2,000 words', measured: `${ratio(small.markdownlint.median, small.check.median)} (markdownlint / check)`, met: small.markdownlint.median >= 10 * small.check.median },
    { goal: 'memory of the model within 20x the document size', measured: inProcess.map((r) => `${r.modelBytesPerDocumentByte.toFixed(1)}x`).join(', '), met: inProcess.every((r) => r.modelBytesPerDocumentByte <= 20) },
    { goal: 'whole process: check of the 2.2 MB report <= 3x a markdown-it parse process', measured: ratio(processes.check.median, processes.bareParse.median), met: processes.check.median <= 3 * processes.bareParse.median },
    { goal: 'whole process: .docx export of the 2,000-word report <= 3x its render', measured: ratio(exports[0].docx.median, exports[0].render.median), met: exports[0].docx.median <= 3 * exports[0].render.median && exports[0].docx.status.every((st) => st === 0) },
    { goal: 'whole process: .docx export of the 230,000-word report <= 5x its render', measured: ratio(exports[1].docx.median, exports[1].render.median), met: exports[1].docx.median <= 5 * exports[1].render.median && exports[1].docx.status.every((st) => st === 0) },
    { goal: 'whole process: check of the 230,000-word report citing by key from a 1,500-entry library <= 3x a markdown-it parse plus one library parse', measured: ratio(keyed.check.median, keyed.baseline.median), met: keyed.check.median <= 3 * keyed.baseline.median && sane(keyed.check) },
    { goal: 'whole process: render <= 4x a markdown-it render process', measured: ratio(processes.render.median, processes.bareRender.median), met: processes.render.median <= 4 * processes.bareRender.median },
    { goal: 'every hostile input: check and render under 1 s, exit 0/1/2', measured: `slowest ${formatMs(Math.max(...hostile.flatMap((h) => [h.check.median, h.render.median])))} ms`, met: hostile.every((h) => h.check.median < 1000 && h.render.median < 1000 && sane(h.check) && sane(h.render)) },
    { goal: 'crafted documents of issue 13 (ranges, descending citations, fix sweep, figures, wide table, repeated image): under 1 s and 300 MB, exit 0/1/2', measured: `slowest ${formatMs(Math.max(...exhausting.map((e) => e.run.median)))} ms, most memory ${mb(Math.max(...exhausting.map((e) => e.run.maxRss ?? NaN)))} (${exhausting.filter((e) => !(e.run.median < 1000 && (e.run.maxRss ?? Infinity) < 300 * 2 ** 20)).map((e) => e.name).join('; ') || 'none over'})`, met: exhausting.every((e) => e.run.median < 1000 && (e.run.maxRss ?? Infinity) < 300 * 2 ** 20 && sane(e.run)) },
    { goal: 'adversarial runs against the rules\' expressions: check under 1 s', measured: `slowest ${formatMs(Math.max(...adversarial.map((a) => a.check.median)))} ms (${adversarial.filter((a) => a.check.median >= 1000).map((a) => a.name).join('; ') || 'none over'})`, met: adversarial.every((a) => a.check.median < 1000 && sane(a.check)) },
    { goal: 'activation under 50 ms, registrations only, no work before a Markdown file opens', measured: `${formatMs(extension.activation.requireMs + extension.activation.activateMs)} ms; activationEvents ${JSON.stringify(packageJson.activationEvents)}`, met: extension.activation.requireMs + extension.activation.activateMs < 50 && extension.activation.textReadsBeforeOpen === 0 && (packageJson.activationEvents ?? []).every((e) => e.startsWith('onLanguage:markdown') || e.startsWith('onCommand:') || e.startsWith('onView') || e.startsWith('onWebviewPanel')) },
    { goal: '.vsix under 1 MB', measured: Number.isNaN(vsixBytes) ? 'not packaged' : `${(vsixBytes / 1024).toFixed(0)} KB`, met: vsixBytes < 1024 * 1024 },
    { goal: 'extension bundle under 600 KB minified', measured: `${(bundleBytes / 1024).toFixed(0)} KB`, met: bundleBytes < 600 * 1024 },
    { goal: '10,000-line report: handling each keystroke under 50 ms', measured: `longest ${formatMs(edit.maxKeystrokeMs)} ms`, met: edit.maxKeystrokeMs <= 50 },
    { goal: '10,000-line report: no extension-host task over 50 ms (incl. the debounced re-check)', measured: `longest task ${formatMs(edit.maxTaskMs)} ms (one per typing pause)`, met: edit.maxTaskMs <= 50 },
    {
      goal: 'opening the preview: the article within 300 ms of the command (example report, real VS Code, median of the opens after the first)',
      measured: previewOpen && warm !== undefined ? `${formatMs(warm)} ms (first open ${formatMs(previewOpen.opens[0].articleMs)} ms; VS Code's own Markdown preview ${formatMs(previewOpen.builtin.articleMs)} ms)` : 'not measured (no end-to-end cache or no .vsix)',
      met: warm !== undefined && warm <= 300,
    },
  ];
  console.log(`\nGoals (load average now ${loadavg().map((l) => l.toFixed(1)).join(', ')}; \`node -e ""\` took ${formatMs(nodeStartup.median)} ms)\n`);
  console.log(table(['goal', 'measured', 'met'], goals.map((g) => [g.goal, g.measured, g.met ? 'yes' : 'NO'])));

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(OUT, `bench-${stamp}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine, load: { start: loadBefore, end: loadavg() }, quick, inProcess, processes, exports, pdfExport, keyed, nodeStartup, hostile, adversarial, extension: { bundleBytes, vsixBytes, ...extension }, previewOpen, goals }, null, 2));
  writeFileSync(join(OUT, 'latest.json'), JSON.stringify({ file, goals }, null, 2));
  console.log(`\nWrote ${file}`);
  for (const old of readdirSync(OUT).filter((f) => /^bench-.*\.json$/.test(f)).sort().slice(0, -10)) rmSync(join(OUT, old));
}

interface ExtensionProbe {
  activation: import('./extension').ActivationResult;
  editing: import('./extension').EditSimulationResult;
}

/**
 * Activation and the edit simulation run in a fresh plain-Node process (no TypeScript loader in
 * the way of the bundle's load time): bench/extension.ts is bundled for it first.
 */
function extensionProbe(longPath: string): ExtensionProbe {
  const probe = join(OUT, 'extension-probe.cjs');
  execFileSync(join(ROOT, 'node_modules', '.bin', 'esbuild'), [join(__dirname, 'extension-probe.ts'), '--bundle', '--platform=node', '--format=cjs', `--outfile=${probe}`, '--log-level=error'], { cwd: ROOT });
  const output = execFileSync(process.execPath, [probe, longPath], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output.slice(output.lastIndexOf('\n{') + 1)) as ExtensionProbe;
}

/**
 * bench/preview-open.ts in its own process, on the benchmark's .vsix, when code-server is in the
 * end-to-end cache (CASEREPORT_E2E_CACHE, else .cache/e2e): nothing is downloaded for a benchmark.
 */
function previewOpenProbe(vsix: string | undefined): PreviewOpenResult | undefined {
  const cache = process.env.CASEREPORT_E2E_CACHE || join(ROOT, '.cache', 'e2e');
  if (!vsix || !existsSync(cache)) {
    console.log(`\nOpening the preview in code-server: skipped (${vsix ? `no end-to-end cache at ${cache}: run npm run test:e2e once` : 'no .vsix'})`);
    return undefined;
  }
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(__dirname, 'preview-open.ts'), String(quick ? 3 : 6)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CASEREPORT_E2E_VSIX: vsix },
    timeout: 600_000,
  });
  if (result.status !== 0) {
    console.log(`\nOpening the preview in code-server failed: ${(result.stderr || result.stdout).slice(-800)}`);
    return undefined;
  }
  return JSON.parse(result.stdout.slice(result.stdout.lastIndexOf('\n{') + 1)) as PreviewOpenResult;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
