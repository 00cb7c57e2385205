import { messageOf, type Severity } from '../../core';
import { eachWritten, placer, type FileFindings } from '../report';
import { inPieces } from './pieces';

/**
 * `file:line:column: severity message [code]`, as compilers print, then a count. Written in
 * pieces of about 64 KB, so that a hundred thousand findings are never one string of every line.
 * A line is joined from as few strings as it can: `file:line:` made again only when the line
 * changes (e7: 99,999 findings on one line), `: severity ` and ` [code]` once per severity and
 * code. Each string joined is one more part of a line to make and to flatten when written.
 */
export function writeText(results: FileFindings[], write: (text: string) => void): void {
  const out = inPieces(write);
  const count = { error: 0, warning: 0, info: 0 };
  const coded = new Map<string, string>();
  const codeText = (code: string) => coded.get(code) ?? remembered(coded, code, ` [${code}]\n`);
  for (const result of results) {
    const { file } = result;
    const place = placer(result);
    let headLine = -1;
    let head = '';
    eachWritten(result, (f) => {
      count[f.severity]++;
      const start = place.start(f);
      if (start.line !== headLine) {
        headLine = start.line;
        head = `${file}:${start.line + 1}:`;
      }
      out.add(head + (start.character + 1) + SEVERITY_TEXT[f.severity] + messageOf(f) + codeText(f.code));
    });
  }
  const total = count.error + count.warning + count.info;
  const files = results.length === 1 ? '1 file' : `${results.length} files`;
  out.end(`${total === 0 ? `No problems in ${files}.` : `${total} problem${total === 1 ? '' : 's'} (${count.error} error${count.error === 1 ? '' : 's'}, ${count.warning} warning${count.warning === 1 ? '' : 's'}, ${count.info} info) in ${files}.`}\n`);
}

/** `: severity ` of each severity, as a line says it. */
const SEVERITY_TEXT: Record<Severity, string> = { error: ': error ', warning: ': warning ', info: ': info ' };

/** `text`, kept in `map` under `key`. */
function remembered(map: Map<string, string>, key: string, text: string): string {
  map.set(key, text);
  return text;
}
