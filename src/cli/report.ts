import type { Finding } from '../core';

export interface FileFindings {
  /** The file as named on the command line. */
  file: string;
  findings: Finding[];
}

export function hasErrors(results: FileFindings[]): boolean {
  return results.some((r) => r.findings.some((f) => f.severity === 'error'));
}
