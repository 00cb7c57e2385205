import { mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { checkText, describeConcerns, exportConcerns, type CheckConfig, type DocumentModel, type Host } from '../core';
import { only, UsageError, type ParsedArgs } from './args';
import { configFor } from './config';
import { failure } from './failure';
import { imageRoots } from './image-roots';
import { InputError, readInputs } from './io';
import { writeFileSafely } from './safe-write';
import { loadAssets } from './render';
import type { Io } from './stdio';
import { buildManuscript, type ManuscriptInputs } from '../node/manuscript';

/** One export format: the file it makes from a parsed report. */
interface ExportFormat {
  extension: string;
  build(model: DocumentModel, config: CheckConfig, host: Host): Promise<{ bytes: Uint8Array; warnings: string[] }>;
}

/** The formats `--format` takes. */
const FORMATS: Record<string, ExportFormat> = {
  docx: { extension: '.docx', build: (model, config, host) => buildManuscript('docx', model, inputs(model, config, host)) },
  pdf: { extension: '.pdf', build: buildPdf },
};

function inputs(model: DocumentModel, config: CheckConfig, host: Host): ManuscriptInputs {
  return { config, host, imageRoots: imageRoots(model.path!), css: () => loadAssets().css };
}

/** The article in the house style printed by a Chromium-family browser already on the machine; no browser, or a failed print, is an input failure. */
async function buildPdf(model: DocumentModel, config: CheckConfig, host: Host): Promise<{ bytes: Uint8Array; warnings: string[] }> {
  try {
    return await buildManuscript('pdf', model, inputs(model, config, host));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError((error as Error).message);
  }
}

/**
 * `casereport export --format docx|pdf [-o FILE | --out-dir DIR] <files...>`: the submission manuscript
 * of each file. Without `-o` or `--out-dir` it is written beside the report (`case.md` -> `case.docx`).
 * Error-severity and patient-privacy findings are counted on stderr, and do not stop the export.
 * Exits 0 once every file is written; 2 on usage or input failure, with nothing written and one
 * line printed (here: this module is a bundle of its own, whose errors only it can tell apart).
 */
export async function exportCommand(args: ParsedArgs, io: Io, host: Host): Promise<number> {
  try {
    return await exportFiles(args, io, host);
  } catch (error) {
    return failure(error, io.stderr);
  }
}

async function exportFiles(args: ParsedArgs, io: Io, host: Host): Promise<number> {
  only(args, ['--format', '-o', '--out', '--out-dir', '--profile', '--config']);
  const names = Object.keys(FORMATS).join(' or ');
  const formatName = value(args, '--format');
  if (formatName === undefined) throw new UsageError(`"export" needs --format ${names}`);
  const format = Object.prototype.hasOwnProperty.call(FORMATS, formatName) ? FORMATS[formatName] : undefined;
  if (!format) throw new UsageError(`--format must be ${names}, not "${formatName}"`);
  if (args.files.length === 0) throw new UsageError('"export" needs at least one Markdown file');
  const out = value(args, '-o') ?? value(args, '--out');
  const outDir = value(args, '--out-dir');
  if (out !== undefined && outDir !== undefined) throw new UsageError('use either -o FILE or --out-dir DIR, not both');
  if (out !== undefined && args.files.length > 1) throw new UsageError('-o writes one file; use --out-dir DIR for several');
  if (outDir !== undefined) {
    let folder = false;
    try {
      folder = statSync(outDir).isDirectory();
    } catch {
      folder = true; // made below
    }
    if (!folder) throw new InputError(`${outDir}: is not a folder`);
  }

  const target = (file: string) => {
    const name = `${basename(file, extname(file))}${format.extension}`;
    return out ?? (outDir !== undefined ? join(outDir, name) : join(dirname(file), name));
  };
  // Read and check everything first: a missing file fails the run before anything is written.
  const read = readInputs(args.files);
  const targets = read.map(({ file }) => target(file));
  const sources = new Set(args.files.map((file) => resolve(file)));
  for (const t of targets) if (sources.has(resolve(t))) throw new UsageError(`${t} is one of the Markdown files being exported; choose another output`);
  if (new Set(targets.map((t) => resolve(t))).size < targets.length) throw new UsageError(`two of the files would be written to the same ${format.extension} file; export them into different folders`);
  const inputs = read.map(({ file, raw }) => {
    const config = configFor(file, args, io.stderr);
    const { model, findings } = checkText(raw, config, host, resolve(file));
    return { file, config, model, findings };
  });
  const outputs: { file: string; target: string; bytes: Uint8Array }[] = [];
  for (const [index, { file, config, model, findings }] of inputs.entries()) {
    const concerns = describeConcerns(exportConcerns(findings));
    if (concerns) io.stderr(`${file}: warning: ${concerns}; review the report before submitting it (casereport check ${file})\n`);
    const { bytes, warnings } = await format.build(model, config, host);
    for (const warning of warnings) io.stderr(`${file}: warning: ${warning}\n`);
    outputs.push({ file, target: targets[index], bytes });
  }
  for (const { file, target: path, bytes } of outputs) {
    try {
      mkdirSync(dirname(resolve(path)), { recursive: true });
    } catch (error) {
      throw new InputError(`${path}: not written: cannot create its folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    writeFileSafely(path, bytes);
    io.stderr(`${file}: manuscript written to ${path}\n`);
  }
  return 0;
}

function value(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  if (v === true) throw new UsageError(`${name} needs a value`);
  return v;
}
