import type { Rule } from '../../rule';
import { abstractText, authorCount, characterCount, floatCount, titleText } from '../../counts';
import { bodyNthWord, bodyWordCount } from '../../text/body-words';
import { countWords } from '../../words';
import { bodyAnchor, formatNumber, frontmatterSpan, headsNamed } from './shared';

const over = (value: number, limit: number) => `${formatNumber(value - limit)} over`;

export const limitWords: Rule = {
  code: 'limit-words',
  defaultSeverity: 'warning',
  description: "The body (without frontmatter, abstract, captions, tables and references) exceeds the house style's word limit.",
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.words;
    // Counted, and the word found, without building the body text (bodyWordText).
    const words = bodyWordCount(model);
    if (words <= limit) return;
    // Point at the first word past the limit: that is where the author has to start cutting.
    const first = bodyNthWord(model, limit) ?? bodyAnchor(model);
    report({ ...first, message: `The body has ${formatNumber(words)} words; the house style allows ${formatNumber(limit)} (${over(words, limit)}). This is word ${formatNumber(limit + 1)}` });
  },
};

export const limitAbstract: Rule = {
  code: 'limit-abstract',
  defaultSeverity: 'warning',
  description: "The abstract exceeds the house style's word limit.",
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.abstractWords;
    const text = abstractText(model);
    if (text === undefined) return;
    const words = countWords(text);
    if (words <= limit) return;
    const span = frontmatterSpan(model, ['abstract'], 'key') ?? headsNamed(model.heads, ['Abstract'])[0] ?? bodyAnchor(model);
    report({ start: span.start, end: span.end, message: `The abstract has ${formatNumber(words)} words; the house style allows ${formatNumber(limit)} (${over(words, limit)})` });
  },
};

export const limitReferences: Rule = {
  code: 'limit-references',
  defaultSeverity: 'warning',
  description: "The reference list is longer than the house style allows.",
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.references;
    const entries = model.references?.entries ?? [];
    if (entries.length <= limit) return;
    const first = entries[limit];
    report({ start: first.numberStart, end: first.numberEnd, message: `The reference list has ${entries.length} entries; the house style allows ${limit} (${over(entries.length, limit)}), from this one on` });
  },
};

export const limitFigures: Rule = {
  code: 'limit-figures',
  defaultSeverity: 'warning',
  description: 'There are more figures and tables together than the house style allows.',
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.figuresAndTables;
    const count = floatCount(model);
    if (count <= limit) return;
    // The float that goes over the limit, in document order, panels of one figure counted once.
    const floats = [...model.figures, ...model.tables].sort((a, b) => a.start - b.start);
    const seen = new Set<string>();
    let culprit = floats[floats.length - 1];
    for (const float of floats) {
      const key = float.number === undefined ? `${float.kind}@${float.start}` : `${float.kind}${float.number}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (seen.size === limit + 1) {
        culprit = float;
        break;
      }
    }
    const start = culprit.labelStart ?? culprit.start;
    const end = culprit.labelEnd ?? Math.min(culprit.end, model.source.lineEnd(culprit.line));
    report({ start, end, message: `The report has ${count} figures and tables; the house style allows ${limit} together (${over(count, limit)})` });
  },
};

export const limitAuthors: Rule = {
  code: 'limit-authors',
  defaultSeverity: 'warning',
  description: 'The byline lists more authors than the house style allows.',
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.authors;
    const count = authorCount(model);
    if (count === undefined || count <= limit) return;
    const span = frontmatterSpan(model, ['authors', limit]) ?? frontmatterSpan(model, ['authors'], 'key') ?? bodyAnchor(model);
    const line = model.source.positionAt(span.start).line;
    report({ start: span.start, end: Math.min(span.end, model.source.lineEnd(line)), message: `The report has ${count} authors; the house style allows ${limit} (${over(count, limit)}), from this one on` });
  },
};

export const limitTitle: Rule = {
  code: 'limit-title',
  defaultSeverity: 'warning',
  description: 'The title is longer than the house style allows.',
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.titleCharacters;
    const title = titleText(model);
    if (title === undefined) return;
    const length = characterCount(title);
    if (length <= limit) return;
    const span = frontmatterSpan(model, ['title']) ?? bodyAnchor(model);
    const line = model.source.positionAt(span.start).line;
    report({ start: span.start, end: Math.min(span.end, model.source.lineEnd(line)), message: `The title has ${length} characters; the house style allows ${limit} (${over(length, limit)})` });
  },
};
