// The question every export (HTML, Word, PDF) asks before anything is written: a report with an
// open error or a patient-privacy finding must not leave the computer unnoticed.
import * as vscode from 'vscode';
import { describeConcerns, exportConcerns, type Finding } from '../../core';

export const EXPORT_ANYWAY = 'Export Anyway';

/**
 * Asks once, in a modal warning naming how many errors and `phi-*` findings the report has (the
 * counts `casereport export` prints on stderr), whether to export anyway. True to go on: at once
 * when there is nothing to say, else only when the author chose Export Anyway.
 */
export async function confirmExport(findings: readonly Finding[]): Promise<boolean> {
  const concerns = describeConcerns(exportConcerns(findings));
  if (!concerns) return true;
  const answer = await vscode.window.showWarningMessage(
    `This report has ${concerns}.`,
    { modal: true, detail: 'A manuscript with a patient\'s name, a date or an open error should not leave this computer unchecked. Export anyway?' },
    EXPORT_ANYWAY,
  );
  return answer === EXPORT_ANYWAY;
}
