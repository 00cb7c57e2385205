import { earlyFirstUses, waitingNumbers, type EarlyUse } from '../../first-use-order';
import type { Rule } from '../../rule';
import { FLOAT_NAME, labelSpan, type FloatKind } from '../../figures';
import { floatIndex } from './shared';

/** Figures are numbered in order of first mention, and appear in the document in that order. */
function orderRule(kind: FloatKind): Rule {
  const label = FLOAT_NAME[kind];
  const mentionedEarly = (use: EarlyUse) => {
    const later = use.count === 1 ? `${label} ${use.named[0]}` : `${label}s ${waitingNumbers(use)}`;
    return `${label} ${use.early} is mentioned before ${later}; number ${kind}s in order of first mention`;
  };
  return {
    code: `${kind}-order`,
    defaultSeverity: 'warning',
    description: `${label}s are first mentioned out of numeric order, or appear in the document out of numeric order.`,
    run({ model, report }) {
      const { numbered: floats, defined, mentions, partlyUndefined } = floatIndex(model, kind);
      // Each mention's numbers (a list of its own: the model keeps them in columns), those no label
      // gives left out. Indexed loops: the rule runs once per check, mostly before an iterator per
      // element is optimised away.
      const groups = new Array<number[]>(mentions.length);
      for (let m = 0; m < mentions.length; m++) groups[m] = mentions.numbers(m);
      for (const m of partlyUndefined) groups[m] = groups[m].filter((n) => defined.has(n));
      // Said of the mention's index: 100,000 mentions in reverse make as many findings.
      const uses = new KeptUses(mentions.length, mentionedEarly);
      for (const use of earlyFirstUses(groups)) {
        uses.keep(use);
        report({ start: mentions.start(use.index), end: mentions.end(use.index), say: uses.say, about: use.index });
      }
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

/**
 * The early uses of a check's groups (mentions), kept by group index in typed lists rather than
 * as an object each (made at the first use kept), and said when read: the use is made again for `say`.
 */
class KeptUses {
  private early: Float64Array | undefined;
  private count: Int32Array | undefined;
  /** The named numbers: arrays shared by uses in a row that name the same ones (EarlyUse.named). */
  private named: number[][] | undefined;

  constructor(private readonly groups: number, private readonly words: (use: EarlyUse) => string) {}

  keep(use: EarlyUse): void {
    this.early ??= new Float64Array(this.groups);
    this.count ??= new Int32Array(this.groups);
    this.named ??= new Array<number[]>(this.groups);
    this.early[use.index] = use.early;
    this.count[use.index] = use.count;
    this.named[use.index] = use.named;
  }

  /** What the use of group `index` (one kept) says. */
  readonly say = (index: number): string => this.words({ index, early: this.early![index], count: this.count![index], named: this.named![index] });
}

export const figureOrder = orderRule('figure');
export const tableOrder = orderRule('table');
