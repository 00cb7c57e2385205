import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Token } from '../../markdown';
import type { FloatLabel } from '../../render/blocks';
import type { InlineWriter } from './inline';
import { STYLE } from './page-setup';

/** The caption above a table: `Table 1.` in bold, then the caption text. */
export function tableCaption(label: FloatLabel, inline: InlineWriter): Paragraph {
  return new Paragraph({ style: STYLE.caption, children: [new TextRun({ text: `Table ${label.number}.`, bold: true }), new TextRun(' '), ...inline.markdown(label.caption)] });
}

interface CellTokens {
  inline: Token | undefined;
  header: boolean;
  align?: string;
}

/**
 * A GFM table as a Word table over the text width: the header row (`thead`) bold and marked to
 * repeat at the top of every page the table runs onto, rows never split across pages, columns
 * as wide as their longest text suggests.
 */
export function wordTable(tokens: Token[], start: number, end: number, inline: InlineWriter, textWidthTwips: number): Table {
  const rows: CellTokens[][] = [];
  let inHead = false;
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') rows.push([]);
    else if (token.type === 'th_open' || token.type === 'td_open') {
      const style = String(token.attrGet('style') ?? '');
      const align = /text-align:\s*(left|center|right)/.exec(style)?.[1];
      rows[rows.length - 1]?.push({ inline: tokens[i + 1]?.type === 'inline' ? tokens[i + 1] : undefined, header: inHead || token.type === 'th_open', align });
    }
  }
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const widths = columnWidths(rows, columns, textWidthTwips, inline);
  return new Table({
    width: { size: textWidthTwips, type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.length > 0 && row.every((cell) => cell.header),
          cantSplit: true,
          children: Array.from({ length: columns }, (_, c) => {
            const cell = row[c];
            const alignment = cell?.align === 'right' ? AlignmentType.RIGHT : cell?.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
            const runs = cell?.inline ? inline.runs(cell.inline.children ?? [], cell.header ? { bold: true } : {}) : [];
            return new TableCell({ width: { size: widths[c], type: WidthType.DXA }, children: [new Paragraph({ style: STYLE.tableText, alignment, children: runs })] });
          }),
        }),
    ),
  });
}

/** Column widths in twips, shared out by each column's longest text (within 6 to 40 characters). */
function columnWidths(rows: CellTokens[][], columns: number, total: number, inline: InlineWriter): number[] {
  const weights = Array.from({ length: columns }, (_, c) => {
    const longest = Math.max(0, ...rows.map((row) => (row[c]?.inline ? inline.plain(row[c].inline!.children ?? []).length : 0)));
    return Math.min(40, Math.max(6, longest));
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => Math.floor((total * weight) / sum));
}
