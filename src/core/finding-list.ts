import { byCode, eachReported, flat, type Reported } from './check';
import type { CheckConfig } from './config';
import { IntList } from './int-list';
import { parseDocument } from './model';
import { parseOptions } from './parse-options';
import type { Host } from './rule';
import type { SourceText } from './source-text';

/** What a writer reads of a finding (the command line prints no fixes). */
export type Written = Omit<Reported, 'fixes'>;

/** A rule's findings of one severity and one way of saying them: what they share. */
interface Kind {
  code: string;
  severity: Reported['severity'];
  say: Reported['say'];
}

/**
 * Findings as the command line keeps them until it writes them: each one's offsets, its kind (rule,
 * severity, how it is said) and its message (or what it is said of) in a few lists, not an object
 * each. 200,000 findings then take about 6 MB instead of 20 (and the garbage collector copies
 * and marks five lists, not 200,000 objects). Iterated in the order of `runRules` (by position,
 * then code, then as reported), each as a fresh Written finding without a range, for a writer to
 * place (`source.rangeOf`) and to read (`messageOf`).
 */
export class FindingList implements Iterable<Written> {
  private readonly starts = new IntList();
  private readonly ends = new IntList();
  private readonly kindIndices = new IntList();
  /** Each finding's message, or, when its kind says it, what it is said of. */
  private readonly words: unknown[] = [];
  private readonly kinds: Kind[] = [];
  /** The findings' indices in written order, once sorted. */
  private order: number[] | undefined;

  get length(): number {
    return this.words.length;
  }

  /** Is there a finding of this severity? */
  has(severity: Reported['severity']): boolean {
    return this.kinds.some((kind) => kind.severity === severity);
  }

  add(finding: Reported): void {
    this.starts.push(finding.start);
    this.ends.push(finding.end);
    this.kindIndices.push(this.kindOf(finding));
    this.words.push(finding.say ? finding.about : flat(finding.message!));
    this.order = undefined;
  }

  [Symbol.iterator](): Iterator<Written> {
    const order = (this.order ??= this.sorted());
    let at = 0;
    return {
      next: (): IteratorResult<Written> => (at < order.length ? { done: false, value: this.written(order[at++]) } : { done: true, value: undefined }),
    };
  }

  private written(index: number): Written {
    const { code, severity, say } = this.kinds[this.kindIndices.get(index)];
    const words = this.words[index];
    return say
      ? { code, severity, message: undefined, say, about: words, start: this.starts.get(index), end: this.ends.get(index) }
      : { code, severity, message: words as string, say, about: undefined, start: this.starts.get(index), end: this.ends.get(index) };
  }

  /** The indices by position, then code; a stable sort keeps the order reported within that (as byPosition sorts). */
  private sorted(): number[] {
    const { starts, ends, kindIndices, kinds } = this;
    const order = new Array<number>(this.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    return order.sort((a, b) => starts.get(a) - starts.get(b) || ends.get(a) - ends.get(b) || byCode(kinds[kindIndices.get(a)].code, kinds[kindIndices.get(b)].code));
  }

  /** The finding's kind: most often the one before's (a rule's findings come together). */
  private kindOf(finding: Reported): number {
    const { kinds } = this;
    const same = (kind: Kind) => kind.code === finding.code && kind.severity === finding.severity && kind.say === finding.say;
    const last = kinds.length - 1;
    if (last >= 0 && same(kinds[last])) return last;
    const index = kinds.findIndex(same);
    return index !== -1 ? index : kinds.push({ code: finding.code, severity: finding.severity, say: finding.say }) - 1;
  }
}

/**
 * Parses and checks a document for a printer that places each finding as it writes it (the command
 * line), and reads its message then (`messageOf`): the findings are kept in a FindingList, without
 * ranges, and a message a rule says (Report) is made as its line is written. They come in the
 * order runRules sorts them.
 */
export function checkTextUnplaced(text: string, config: CheckConfig, host: Host, path?: string): { source: SourceText; findings: FindingList } {
  const model = parseDocument(text, parseOptions(config), path);
  const findings = new FindingList();
  eachReported(model, config, host, (finding) => findings.add(finding));
  return { source: model.source, findings };
}
