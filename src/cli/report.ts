import type { Position, Range, Reported, SourceText } from '../core';

export interface FileFindings {
  /** The file as named on the command line. */
  file: string;
  /** Sorted by position. Those without a range (`check`'s) are placed by `source` as they are written. */
  findings: Reported[];
  source?: SourceText;
}

/** Where a finding of the file is: its range, or, when it has none yet, read from the file's text. */
export function rangeIn(result: FileFindings, f: Reported): Range {
  return f.range ?? result.source!.rangeOf(f.start, f.end);
}

/** Where a finding of the file starts (see rangeIn), its end not looked for: what the text format prints. */
export function startIn(result: FileFindings, f: Reported): Position {
  return f.range?.start ?? result.source!.positionAt(f.start);
}

export function hasErrors(results: FileFindings[]): boolean {
  return results.some((r) => r.findings.some((f) => f.severity === 'error'));
}
