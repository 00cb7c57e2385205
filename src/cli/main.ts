import { resolve } from 'node:path';
import { checkText, checkTextUnplaced, fixAll, applyEdits, numberCitations, NO_LIBRARY, parseDocument, parseOptions } from '../core';
import { nodeHost } from './host';
import { only, parseArgs, UsageError, type ParsedArgs } from './args';
import { configFor } from './config';
import { writeUnifiedDiff } from './diff';
import { failure } from './failure';
import { writeJson } from './format/json';
import { writeSarif } from './format/sarif';
import { writeText } from './format/text';
import { readInputs } from './io';
import { hasErrors, type FileFindings } from './report';
import { render } from './render';
import { writeFileSafely } from './safe-write';
import { processIo, type Io } from './stdio';

declare const CASEREPORT_VERSION: string | undefined;
const VERSION = typeof CASEREPORT_VERSION === 'string' ? CASEREPORT_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  casereport check [--format text|json|sarif] [--profile NAME] [--config FILE] <files...>
  casereport fix [--write] [--number-citations] [--profile NAME] [--config FILE] <files...>
  casereport render [--fragment] [-o FILE | --out-dir DIR] [--profile NAME] [--config FILE] <files...>
  casereport export --format docx|pdf [-o FILE | --out-dir DIR] [--profile NAME] [--config FILE] <files...>
  casereport --version | --help

Exit status: 0 no errors, 1 at least one error-severity finding, 2 usage or input failure.
render and export exit 0 once their output is written, whatever the findings.`;

export { nodeHost } from './host';

/**
 * Runs the CLI, the asynchronous `export` included, and resolves to its exit status. The export
 * code (and the docx library) is loaded only when an export runs: the bundles keep it in a file of
 * its own, dist/cli-export.js (scripts/bundles.mjs), so that every other command starts without it.
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    return failure(error, io.stderr);
  }
  if (args.command !== 'export' || args.options.has('--help')) return run(argv, io);
  let exportCommand: typeof import('./export').exportCommand;
  try {
    // Required here, not imported above: only an export reads and runs that code.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ({ exportCommand } = require('./export') as typeof import('./export'));
  } catch (error) {
    return failure(error, io.stderr);
  }
  return exportCommand(args, io, nodeHost);
}

/** Runs the synchronous commands (everything but `export`, which `main` runs) and returns the exit status. */
export function run(argv: string[], io: Io = processIo()): number {
  try {
    const args = parseArgs(argv);
    if (args.options.has('--version') && args.command === undefined) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (args.options.has('--help') || args.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    switch (args.command) {
      case 'check':
        return check(args, io);
      case 'fix':
        return fix(args, io);
      case 'render':
        return render(args, io);
      case 'export':
        throw new Error('export is asynchronous: run it through main()');
      case undefined:
        throw new UsageError('a command is needed: check, fix, render or export');
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (error) {
    return failure(error, io.stderr);
  }
}

function needFiles(args: ParsedArgs): void {
  if (args.files.length === 0) throw new UsageError(`"${args.command}" needs at least one Markdown file`);
}

function check(args: ParsedArgs, io: Io): number {
  only(args, ['--format', '--profile', '--config']);
  needFiles(args);
  const format = args.options.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const results: FileFindings[] = readInputs(args.files).map(({ file, raw }) => ({
    file,
    ...checkTextUnplaced(raw, configFor(file, args, io.stderr), nodeHost, resolve(file)),
  }));
  if (format === 'text') writeText(results, io.stdout);
  else if (format === 'json') writeJson(results, io.stdout);
  else writeSarif(results, VERSION, io.stdout);
  return hasErrors(results) ? 1 : 0;
}

function fix(args: ParsedArgs, io: Io): number {
  only(args, ['--write', '--number-citations', '--profile', '--config']);
  needFiles(args);
  const write = args.options.has('--write');
  const results: FileFindings[] = [];
  let blocked = false;
  for (const { file, raw } of readInputs(args.files)) {
    const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const text = bom ? raw.slice(1) : raw;
    const config = configFor(file, args, io.stderr);
    let start = text;
    if (args.options.has('--number-citations')) {
      // Citation keys become ^N^ markers and the AMA list is written; then the usual safe fixes.
      const model = parseDocument(text, parseOptions(config), resolve(file));
      const outcome = numberCitations(model, nodeHost.library?.(model) ?? NO_LIBRARY, config.houseStyle.referenceHeadings[0]);
      if (outcome.status === 'blocked') {
        const at = outcome.span ? model.source.positionAt(outcome.span.start) : undefined;
        const where = at ? `:${at.line + 1}:${at.character + 1}` : '';
        io.stderr(`casereport: ${file}${where}: the citation keys were not converted: ${outcome.reason}\n`);
        blocked = true;
        results.push({ file, findings: checkText(text, config, nodeHost, resolve(file)).findings });
        continue;
      }
      if (outcome.status === 'changed') start = applyEdits(text, outcome.fix.edits).text;
    }
    // fix prints no finding: the fixed text's errors decide its exit status.
    const fixed = fixAll(start, config, nodeHost, resolve(file), { findings: 'errors' });
    results.push({ file, findings: fixed.findings });
    if (fixed.text === text) continue;
    if (write) {
      writeFileSafely(file, bom + fixed.text, { expected: raw });
      const count = fixed.fixed + (start !== text ? 1 : 0);
      io.stderr(`${file}: ${count} fix${count === 1 ? '' : 'es'} written\n`);
    } else {
      writeUnifiedDiff(text, fixed.text, `a/${file}`, `b/${file}`, io.stdout);
    }
  }
  return hasErrors(results) || blocked ? 1 : 0;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
