import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with `cwd` as the working folder, capturing its output. */
export function cli(argv: string[], cwd?: string): Ran {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
    return { code, stdout, stderr };
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

const FRONT = '---\ntitle: Lupus and the lung\nauthors:\n  - name: Ana Ruiz\nconsent: Written informed consent was obtained.\n---\n';
const SECTIONS = '\n## Introduction\n\nLupus affects the lungs.^1^\n\n## Case Presentation\n\nA woman in her 30s had a cough.^2^\n\n## Discussion\n\n';
const REFS = '\n\n## References\n\n1. Aringer M, Costenbader K, Daikh D, et al. Classification criteria for lupus. Arthritis Rheumatol. 2019;71(9):1400-1412. doi:10.1002/art.40930\n2. Zamora MR, Warner ML, Tuder R, Schwarz MI. Diffuse alveolar hemorrhage and lupus. Medicine (Baltimore). 1997;76(3):192-202. doi:10.1097/00005792-199705000-00005\n';

/** A short report whose only findings come from `discussion` (one paragraph of the Discussion). */
export function report(discussion: string): string {
  return FRONT + SECTIONS + discussion + REFS;
}
