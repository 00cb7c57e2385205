// Hover on an abbreviation: what it stands for and where it is defined, in the part (abstract or
// text) the hovered word is in. Plain data, answered by the analysis worker like every hover.
import type { DocumentModel } from '../model';
import { atSentenceStart, isKnown, longFormAt, partName, usesKey } from '../rules/abbreviations/reading';
import { abbreviationScan, type AbbreviationDefinition, type Part } from '../rules/abbreviations/scan';
import type { Span } from '../types';

export function abbreviationHover(model: DocumentModel, offset: number, known: readonly string[]): { span: Span; markdown: string } | undefined {
  const scan = abbreviationScan(model);
  const knownKeys = new Set(known);
  let key: string | undefined;
  let span: Span | undefined;
  let part: Part = 'body';
  for (const use of scan.uses) {
    if (offset < use.start || offset > use.end) continue;
    // On a piece of a compound (`MPO` in `MPO-ANCA`), the piece; else the whole term.
    const piece = use.components.find((c) => offset >= c.start && offset <= c.end && !scan.definitions.some((d) => d.key === use.key));
    key = piece?.key ?? use.key;
    span = piece ?? use;
    part = use.part;
    break;
  }
  if (!key) {
    const definition = scan.definitions.find((d) => offset >= d.abbreviation.start && offset <= d.abbreviation.end);
    if (!definition) return undefined;
    key = definition.key;
    span = definition.abbreviation;
    part = definition.part;
  }
  if (isKnown(key, knownKeys)) return { span: span!, markdown: `**${key}**: used without expansion (the house style's \`knownAbbreviations\`).` };
  const here = scan.definitions.filter((d) => d.key === key && d.part === part);
  const elsewhere = scan.definitions.filter((d) => d.key === key && d.part !== part && d.part !== 'title');
  const line = (d: AbbreviationDefinition) => model.source.positionAt(d.abbreviation.start).line + 1;
  const uses = scan.uses.filter((u) => u.part === part && usesKey(u, key!)).length;
  const lines: string[] = [];
  const first = here.find((d) => d.long) ?? here[0];
  if (first) {
    lines.push(`**${key}**: ${first.long ? longFormAt(first.long.text, atSentenceStart(model.text, first.whole.start), false) : '*(the words before it do not spell it out)*'}`);
    lines.push(`Defined in ${partName(part)} at line ${line(first)}${first.note ? ' (a note under a table or figure)' : ''}${here.length > 1 ? `, and again at line ${here.slice(1).map(line).join(', ')}` : ''}; used ${uses === 1 ? 'once' : `${uses} times`}.`);
  } else {
    const other = elsewhere.find((d) => d.long);
    lines.push(`**${key}**: *not defined in ${partName(part)}.*`);
    if (other?.long) lines.push(`${other.long.text}: defined in ${partName(other.part)} at line ${line(other)}.`);
  }
  return { span: span!, markdown: lines.join('\n\n') };
}
