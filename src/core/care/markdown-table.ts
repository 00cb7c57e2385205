import type { CareItemResult, CareStatus } from './evaluate';

const STATUS: Record<CareStatus, string> = { present: 'Yes', missing: 'No', review: 'Check' };

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/**
 * The checklist as journals ask for it on submission: one row per item and sub-item, with the
 * line of the manuscript where it is addressed (1-based, as the editor shows it).
 */
export function careChecklistMarkdown(results: CareItemResult[], fileName?: string): string {
  const rows = ['| Item | Topic | Checklist item | Reported | Line |', '| --- | --- | --- | --- | --- |'];
  const line = (evidence: { line: number } | undefined) => (evidence ? String(evidence.line + 1) : '');
  for (const item of results) {
    rows.push(`| ${item.number} | ${cell(item.topic)} | ${cell(item.description)} | ${STATUS[item.status]} | ${line(item.evidence)} |`);
    for (const sub of item.subResults) rows.push(`| ${sub.id} | | ${cell(sub.text)} | ${STATUS[sub.status]} | ${line(sub.evidence)} |`);
  }
  const heading = fileName ? `CARE checklist for ${fileName}` : 'CARE checklist';
  return `${heading}\n\n${rows.join('\n')}\n`;
}
