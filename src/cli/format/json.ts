import { messageOf, type Range, type Written } from '../../core';
import { eachWritten, placer, type FileFindings } from '../report';
import { inPieces } from './pieces';

/** The public JSON shape (README, Command line): 1-based lines and columns, endColumn exclusive. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

function toJson(file: string, f: Written, range: Range): JsonFinding {
  return {
    file,
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
    severity: f.severity,
    code: f.code,
    message: messageOf(f),
  };
}

/**
 * One JSON array of every file's findings, as `JSON.stringify` writes it (no spaces), then a line
 * break; written finding by finding in pieces of about 64 KB, never as one string.
 */
export function writeJson(results: FileFindings[], write: (text: string) => void): void {
  const out = inPieces(write);
  let separator = '[';
  for (const result of results) {
    const place = placer(result);
    eachWritten(result, (f) => {
      out.add(separator + JSON.stringify(toJson(result.file, f, place.range(f))));
      separator = ',';
    });
  }
  out.end(separator === '[' ? '[]\n' : ']\n');
}
