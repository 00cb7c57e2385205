import { FindingList, type Position, type Range, type SourceText, type Written } from '../core';

export interface FileFindings {
  /** The file as named on the command line. */
  file: string;
  /** Sorted by position. Those without a range (`check`'s) are placed by `source` as they are written. */
  findings: readonly Written[] | FindingList;
  source?: SourceText;
}

/** Where a finding of the file is: its range, or, when it has none yet, read from the file's text. */
export function rangeIn(result: FileFindings, f: Written): Range {
  return f.range ?? result.source!.rangeOf(f.start, f.end);
}

/** Where a finding of the file starts (see rangeIn), its end not looked for: what the text format prints. */
export function startIn(result: FileFindings, f: Written): Position {
  return f.range?.start ?? result.source!.positionAt(f.start);
}

export function hasErrors(results: FileFindings[]): boolean {
  return results.some(({ findings }) => (findings instanceof FindingList ? findings.has('error') : findings.some((f) => f.severity === 'error')));
}
