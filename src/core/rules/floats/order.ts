import { eachEarlyUse, waitingNumbers, type EarlyUse, type NumberGroups } from '../../first-use-order';
import type { Rule } from '../../rule';
import { FLOAT_NAME, labelSpan, type FloatKind, type Mentions } from '../../figures';
import type { SortedNumbers } from '../../sorted-numbers';
import { floatIndex } from '../../float-index';

/** Figures are numbered in order of first mention, and appear in the document in that order. */
function orderRule(kind: FloatKind): Rule {
  const label = FLOAT_NAME[kind];
  // The message's fixed words joined once, not for each of 100,000 findings.
  const one = ` is mentioned before ${label} `;
  const many = ` is mentioned before ${label}s `;
  const advice = `; number ${kind}s in order of first mention`;
  const mentionedEarly = (use: EarlyUse) =>
    use.count === 1 ? `${label} ${use.early}${one}${use.named[0]}${advice}` : `${label} ${use.early}${many}${waitingNumbers(use)}${advice}`;
  return {
    code: `${kind}-order`,
    defaultSeverity: 'warning',
    description: `${label}s are first mentioned out of numeric order, or appear in the document out of numeric order.`,
    run({ model, report }) {
      const { numbered: floats, defined, mentions, partlyUndefined } = floatIndex(model, kind);
      // Said of the mention's index: 100,000 mentions in reverse make as many findings.
      const uses = new KeptUses(mentions.length, mentionedEarly);
      eachEarlyUse(definedNumbers(mentions, partlyUndefined, defined), (use) => {
        uses.keep(use);
        report({ start: mentions.start(use.index), end: mentions.end(use.index), say: uses.say, about: use.index });
      });
      let highest = 0;
      for (let f = 0; f < floats.length; f++) {
        const float = floats[f];
        if (float.number < highest) {
          report({ ...labelSpan(float), message: `${label} ${float.number} appears after ${label} ${highest}; place ${kind}s in numeric order` });
        }
        highest = Math.max(highest, float.number);
      }
    },
  };
}

/** Each mention's numbers, those no label gives left out (they are figure-undefined's findings). */
function definedNumbers(mentions: Mentions, partlyUndefined: readonly number[], defined: SortedNumbers): NumberGroups {
  if (partlyUndefined.length === 0) return mentions.groups();
  let total = 0;
  for (let m = 0; m < mentions.length; m++) total += mentions.count(m);
  const numbers = new Float64Array(total);
  const firsts = new Int32Array(mentions.length + 1);
  let at = 0;
  // partlyUndefined is ascending: the next mention in it is the only one whose numbers are asked.
  let next = 0;
  for (let m = 0; m < mentions.length; m++) {
    const partly = next < partlyUndefined.length && partlyUndefined[next] === m;
    if (partly) next++;
    for (let i = 0; i < mentions.count(m); i++) {
      const n = mentions.number(m, i);
      if (!partly || defined.has(n)) numbers[at++] = n;
    }
    firsts[m + 1] = at;
  }
  return { numbers: at === total ? numbers : numbers.subarray(0, at), firsts };
}

/**
 * The early uses of a check's groups (mentions), kept by group index in typed lists rather than
 * as an object each (made at the first use kept), and said when read: the use is made again for `say`.
 */
class KeptUses {
  private early: Float64Array | undefined;
  private count: Int32Array | undefined;
  /**
   * Each use's named numbers, as an index in `lists`: uses in a row that name the same numbers
   * share one array (EarlyUse.named), kept once (e7: one list for 99,999 uses, not a slot each).
   */
  private named: Int32Array | undefined;
  private readonly lists: number[][] = [];

  constructor(private readonly groups: number, private readonly words: (use: EarlyUse) => string) {}

  keep(use: EarlyUse): void {
    this.early ??= new Float64Array(this.groups);
    this.count ??= new Int32Array(this.groups);
    this.named ??= new Int32Array(this.groups);
    this.early[use.index] = use.early;
    this.count[use.index] = use.count;
    const { lists } = this;
    if (lists.length === 0 || lists[lists.length - 1] !== use.named) lists.push(use.named);
    this.named[use.index] = lists.length - 1;
  }

  /** What the use of group `index` (one kept) says. */
  readonly say = (index: number): string => this.words({ index, early: this.early![index], count: this.count![index], named: this.lists[this.named![index]] });
}

export const figureOrder = orderRule('figure');
export const tableOrder = orderRule('table');
