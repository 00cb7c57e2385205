import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseDocument, parseOptions, renderArticle, embedImages, fullTitle, ImageEmbedder, standalonePage } from '../core';
import { only, UsageError, type ParsedArgs } from './args';
import { configFor } from './config';
import { imageRoots } from './image-roots';
import { nodeImageFiles } from '../node/image-files';
import { InputError, readInputs } from './io';
import { writeFileSafely } from './safe-write';
import { nodeHost } from './host';
import type { Io } from './stdio';

/**
 * `casereport render [--fragment] [-o FILE | --out-dir DIR] <files...>`: a standalone page per file
 * (local images embedded as data URIs, remote ones replaced by a placeholder, the preview's CSP, the
 * pager script, a print style sheet), or with `--fragment` only the article's HTML. Without `-o` or
 * `--out-dir`, one file is written to stdout. An image that cannot be embedded (outside the report's
 * folder and the current folder, not an image, too large) stays a link, with a warning on stderr;
 * one whose file is missing is a box naming the file.
 * Exits 0 once everything is written, whatever the findings; 2 on usage or input failure.
 */
export function render(args: ParsedArgs, io: Io): number {
  only(args, ['--fragment', '-o', '--out', '--out-dir', '--profile', '--config']);
  if (args.files.length === 0) throw new UsageError('"render" needs at least one Markdown file');
  const out = value(args, '-o') ?? value(args, '--out');
  const outDir = value(args, '--out-dir');
  if (out !== undefined && outDir !== undefined) throw new UsageError('use either -o FILE or --out-dir DIR, not both');
  if (out !== undefined && args.files.length > 1) throw new UsageError('-o writes one file; use --out-dir DIR for several');
  if (out === undefined && outDir === undefined && args.files.length > 1) throw new UsageError('several files need --out-dir DIR (or render them one at a time)');
  if (outDir !== undefined && existsSync(outDir) && !statSync(outDir).isDirectory()) throw new InputError(`${outDir}: is not a folder`);
  const fragment = args.options.has('--fragment');

  // Read everything first: a missing file fails the run before anything is written.
  const inputs = readInputs(args.files).map(({ file, raw }) => ({ file, raw, config: configFor(file, args, io.stderr) }));
  const assets = fragment ? undefined : loadAssets();
  // Required here, not imported above: node:crypto loads Node's stream modules (about 10 ms of every
  // start of the CLI), which only render's nonce needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  const outputs = inputs.map(({ file, raw, config }) => {
    const path = resolve(file);
    const model = parseDocument(raw, parseOptions(config), path);
    const nonce = randomBytes(18).toString('base64');
    const images = new ImageEmbedder(nodeImageFiles, imageRoots(path), nonce.replace(/[^A-Za-z0-9]/g, ''));
    const article = renderArticle(model, { config, sourceLines: false, resolveImage: images.resolve, fileExists: (path) => nodeHost.fileExists(path), library: nodeHost.library?.(model) });
    for (const warning of images.warnings) io.stderr(`casereport: ${file}: ${warning}\n`);
    if (fragment) return { file, html: embedImages(article.html, images.dataUris()) };
    const title = fullTitle(article.meta) ?? basename(file);
    const html = standalonePage(article.html, { title, css: assets!.css, script: assets!.script, nonce, images: images.dataUris() });
    return { file, html };
  });

  // Never write over a report: `render case.md -o case.md` is a slip, not a request to lose it.
  // By identity, so that a symbolic or hard link to a report is caught too.
  const sources = new Set(args.files.map(identity));
  const targets = outputs.map(({ file }) => (out !== undefined ? out : outDir !== undefined ? join(outDir, `${basename(file, extname(file))}.html`) : undefined));
  for (const target of targets) {
    if (target !== undefined && sources.has(identity(target))) throw new UsageError(`${target} is one of the Markdown files being rendered; choose another output`);
  }
  if (new Set(targets.filter((t) => t !== undefined).map((t) => resolve(t!))).size < targets.filter((t) => t !== undefined).length) {
    throw new UsageError('two of the files would be written to the same HTML file; render them into different folders');
  }

  for (const { file, html } of outputs) {
    if (out !== undefined) writeOutput(out, html);
    else if (outDir !== undefined) writeOutput(join(outDir, `${basename(file, extname(file))}.html`), html);
    else io.stdout(html);
  }
  return 0;
}

/** The file a path names (device and inode), or its absolute path when nothing is there yet. */
function identity(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return resolve(path);
  }
}

function value(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  if (v === true) throw new UsageError(`${name} needs a value`);
  return v;
}

function writeOutput(file: string, html: string): void {
  try {
    mkdirSync(dirname(resolve(file)), { recursive: true });
  } catch (error) {
    throw new InputError(`${file}: not written: cannot create its folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  writeFileSafely(file, html);
}

interface Assets {
  css: string;
  script: string;
}

/** The preview's style sheet and script, next to the bundle (dist/) or built there from the sources. */
export function loadAssets(): Assets {
  const candidates = [__dirname, join(__dirname, '..', '..', 'dist')];
  for (const folder of candidates) {
    const css = join(folder, 'preview.css');
    const script = join(folder, 'preview.js');
    if (existsSync(css) && existsSync(script)) return { css: readFileSync(css, 'utf8'), script: readFileSync(script, 'utf8') };
  }
  throw new InputError('the preview assets (preview.css, preview.js) are missing: run "npm run build"');
}
