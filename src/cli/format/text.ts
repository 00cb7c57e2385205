import { messageOf } from '../../core';
import { placer, type FileFindings } from '../report';
import { inPieces } from './pieces';

/**
 * `file:line:column: severity message [code]`, as compilers print, then a count. Written in
 * pieces of about 64 KB, so that a hundred thousand findings are never one string of every line.
 */
export function writeText(results: FileFindings[], write: (text: string) => void): void {
  const out = inPieces(write);
  const count = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    const { file } = result;
    const place = placer(result);
    for (const f of result.findings) {
      count[f.severity]++;
      const start = place.start(f);
      out.add(`${file}:${start.line + 1}:${start.character + 1}: ${f.severity} ${messageOf(f)} [${f.code}]\n`);
    }
  }
  const total = count.error + count.warning + count.info;
  const files = results.length === 1 ? '1 file' : `${results.length} files`;
  out.end(`${total === 0 ? `No problems in ${files}.` : `${total} problem${total === 1 ? '' : 's'} (${count.error} error${count.error === 1 ? '' : 's'}, ${count.warning} warning${count.warning === 1 ? '' : 's'}, ${count.info} info) in ${files}.`}\n`);
}
