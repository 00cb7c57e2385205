import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, run } from '../../src/cli/main';
import type { Io } from '../../src/cli/stdio';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}


/** What the CLI writes, captured. */
function captured(): { io: Io; ran: (code: number) => Ran } {
  let stdout = '';
  let stderr = '';
  return { io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }, ran: (code) => ({ code, stdout, stderr }) };
}

/** Runs the CLI in-process with `cwd` as the working folder, capturing its output. */
export function cli(argv: string[], cwd?: string): Ran {
  const out = captured();
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    return out.ran(run(argv, out.io));
  } finally {
    process.chdir(before);
  }
}

/** Runs the CLI's async entry (`main`: every command, the exports too) in-process with `cwd` as the working folder. */
export async function cliMain(argv: string[], cwd: string): Promise<Ran> {
  const out = captured();
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return out.ran(await main(argv, out.io));
  } finally {
    process.chdir(before);
  }
}

/** A scratch folder with the given files; removed by the returned cleanup. */
export function scratch(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'casereport-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `use` in a scratch folder with the given files, removed afterwards whatever happens. */
export async function inScratch<T>(files: Record<string, string | Buffer>, use: (dir: string) => T | Promise<T>): Promise<T> {
  const { dir, cleanup } = scratch(files);
  try {
    return await use(dir);
  } finally {
    cleanup();
  }
}

const FRONT = '---\ntitle: Lupus and the lung\nauthors:\n  - name: Ana Ruiz\nconsent: Written informed consent was obtained.\n---\n';
const SECTIONS = '\n## Introduction\n\nLupus affects the lungs.^1^\n\n## Case Presentation\n\nA woman in her 30s had a cough.^2^\n\n## Discussion\n\n';
const REFS = '\n\n## References\n\n1. Aringer M, Costenbader K, Daikh D, et al. Classification criteria for lupus. Arthritis Rheumatol. 2019;71(9):1400-1412. doi:10.1002/art.40930\n2. Zamora MR, Warner ML, Tuder R, Schwarz MI. Diffuse alveolar hemorrhage and lupus. Medicine (Baltimore). 1997;76(3):192-202. doi:10.1097/00005792-199705000-00005\n';

/** A short report whose only findings come from `discussion` (one paragraph of the Discussion). */
export function report(discussion: string): string {
  return FRONT + SECTIONS + discussion + REFS;
}
