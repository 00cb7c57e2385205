import { FindingList, type Position, type Range, type SourceText, type Written } from '../core';

export interface FileFindings {
  /** The file as named on the command line. */
  file: string;
  /** Sorted by position. Those without a range (`check`'s) are placed by `source` as they are written. */
  findings: readonly Written[] | FindingList;
  source?: SourceText;
}

/**
 * Where a file's findings are, asked in the order they are written: each one's range (or only its
 * start: what the text format prints), or, when it has none yet (`check`'s), read from the file's
 * text from the line of the finding before (they are sorted by position: most are on that line or
 * a few after it, and need no search).
 */
export function placer(result: FileFindings): { range: (f: Written) => Range; start: (f: Written) => Position } {
  let line = 0;
  return {
    range: (f) => {
      if (f.range) return f.range;
      const range = result.source!.rangeOf(f.start, f.end, line);
      line = range.start.line;
      return range;
    },
    start: (f) => {
      if (f.range) return f.range.start;
      const start = result.source!.positionAt(f.start, line);
      line = start.line;
      return start;
    },
  };
}

/**
 * Each of a file's findings, in order, to a writer that reads it and keeps nothing of it (a
 * FindingList's are one object filled again for each: FindingList.eachRead).
 */
export function eachWritten(result: FileFindings, read: (finding: Readonly<Written>) => void): void {
  if (result.findings instanceof FindingList) result.findings.eachRead(read);
  else for (const finding of result.findings) read(finding);
}

export function hasErrors(results: FileFindings[]): boolean {
  return results.some(({ findings }) => (findings instanceof FindingList ? findings.has('error') : findings.some((f) => f.severity === 'error')));
}
