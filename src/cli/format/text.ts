import type { FileFindings } from '../report';

/** `file:line:column: severity message [code]`, as compilers print, then a count. */
export function formatText(results: FileFindings[]): string {
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const { file, findings } of results) {
    for (const f of findings) {
      count[f.severity]++;
      lines.push(`${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.message} [${f.code}]`);
    }
  }
  const total = count.error + count.warning + count.info;
  const files = results.length === 1 ? '1 file' : `${results.length} files`;
  lines.push(total === 0 ? `No problems in ${files}.` : `${total} problem${total === 1 ? '' : 's'} (${count.error} error${count.error === 1 ? '' : 's'}, ${count.warning} warning${count.warning === 1 ? '' : 's'}, ${count.info} info) in ${files}.`);
  return lines.join('\n') + '\n';
}
