import type { Finding } from '../types';

/** What should stop an author before a manuscript leaves the machine. */
export interface ExportConcerns {
  /** Error-severity findings. */
  errors: number;
  /** Patient-privacy findings (`phi-*`), whatever their severity. */
  privacy: number;
}

export function exportConcerns(findings: readonly Finding[]): ExportConcerns {
  let errors = 0;
  let privacy = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    if (finding.code.startsWith('phi-')) privacy++;
  }
  return { errors, privacy };
}

/** "2 errors and 1 patient-privacy finding (phi-*)", or undefined when there is nothing to say. */
export function describeConcerns(concerns: ExportConcerns): string | undefined {
  const parts: string[] = [];
  if (concerns.errors > 0) parts.push(`${concerns.errors} error${concerns.errors === 1 ? '' : 's'}`);
  if (concerns.privacy > 0) parts.push(`${concerns.privacy} patient-privacy finding${concerns.privacy === 1 ? '' : 's'} (phi-*)`);
  return parts.length > 0 ? parts.join(' and ') : undefined;
}
