import type { FileFindings } from '../report';

/** What the text output is handed to in pieces of about this many characters. */
const CHUNK = 64 * 1024;

/**
 * `file:line:column: severity message [code]`, as compilers print, then a count. Written in
 * pieces of about 64 KB, so that a hundred thousand findings are never one string of every line.
 */
export function writeText(results: FileFindings[], write: (text: string) => void): void {
  let chunk = '';
  const count = { error: 0, warning: 0, info: 0 };
  for (const { file, findings } of results) {
    for (const f of findings) {
      count[f.severity]++;
      chunk += `${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.message} [${f.code}]\n`;
      if (chunk.length >= CHUNK) {
        write(chunk);
        chunk = '';
      }
    }
  }
  const total = count.error + count.warning + count.info;
  const files = results.length === 1 ? '1 file' : `${results.length} files`;
  chunk += total === 0 ? `No problems in ${files}.` : `${total} problem${total === 1 ? '' : 's'} (${count.error} error${count.error === 1 ? '' : 's'}, ${count.warning} warning${count.warning === 1 ? '' : 's'}, ${count.info} info) in ${files}.`;
  write(`${chunk}\n`);
}
