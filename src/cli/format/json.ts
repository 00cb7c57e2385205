import type { Finding } from '../../core';
import type { FileFindings } from '../report';
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

function toJson(file: string, f: Finding): JsonFinding {
  return {
    file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    code: f.code,
    message: f.message,
  };
}

/**
 * One JSON array of every file's findings, as `JSON.stringify` writes it (no spaces), then a line
 * break; written finding by finding in pieces of about 64 KB, never as one string.
 */
export function writeJson(results: FileFindings[], write: (text: string) => void): void {
  const out = inPieces(write);
  let separator = '[';
  for (const { file, findings } of results) {
    for (const f of findings) {
      out.add(separator + JSON.stringify(toJson(file, f)));
      separator = ',';
    }
  }
  out.end(separator === '[' ? '[]\n' : ']\n');
}
