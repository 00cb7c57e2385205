import MarkdownIt from 'markdown-it';
import { citationRules } from './citation-tokens';

export type MarkdownItInstance = ReturnType<typeof MarkdownIt>;
export type Token = ReturnType<MarkdownItInstance['parse']>[number];
type StateBlock = Parameters<Parameters<MarkdownItInstance['block']['ruler']['push']>[1]>[0];

/**
 * The one markdown-it configuration of the project: CommonMark with GFM tables and
 * strikethrough, raw HTML allowed (the preview sanitizes it). The model parses with it once;
 * the preview renders the same tokens.
 */
export function createMarkdownIt(): MarkdownItInstance {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  // Citation markers become `cr_cite` tokens, so the preview renders the parsed tokens as they are.
  citationRules(md);
  md.block.ruler.before('table', 'cr_frontmatter', skipFrontmatter);
  return md;
}

let shared: MarkdownItInstance | undefined;
export function sharedMarkdownIt(): MarkdownItInstance {
  return (shared ??= createMarkdownIt());
}

/** The first line after the frontmatter, for a parse started by parseMarkdownBody, keyed by its env. */
const BODY_START = new WeakMap<object, number>();

/**
 * Parses a document whose first `bodyStartLine` lines (the frontmatter) are not Markdown: the
 * tokens and env are those of the text with those lines blank, with no blanked copy of the text.
 */
export function parseMarkdownBody(text: string, bodyStartLine: number, env: Record<string, unknown>): Token[] {
  if (bodyStartLine <= 0) return parseBlocks(text, env);
  BODY_START.set(env, bodyStartLine);
  try {
    return parseBlocks(text, env);
  } finally {
    BODY_START.delete(env);
  }
}

/** The core rules markdown-it runs on the inline tokens after the block parse (their children). */
const INLINE_STAGE = ['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'];
let blockStage: MarkdownItInstance | undefined;
let inlineStage: MarkdownItInstance | undefined;

/**
 * `sharedMarkdownIt().parse(text, env)`, except that each inline token's children are parsed the
 * first time they are read: the checker reads blocks only (a report of 200,000 citation markers is
 * not tokenized word by word for a check), the preview and the exports read the children as ever.
 * The inline rules only read `env` (link definitions, known after the block parse), so the order
 * in which children are parsed changes nothing.
 */
export function parseBlocks(text: string, env: Record<string, unknown>): Token[] {
  blockStage ??= blockParser();
  return blockStage.parse(text, env);
}

/** The project's markdown-it without the inline stage, its block parse run by BlockState. */
function blockParser(): MarkdownItInstance {
  const md = withCoreRules(createMarkdownIt(), (ruler) => ruler.disable(INLINE_STAGE));
  md.block.State = BlockState;
  md.block.ruler.at('paragraph', paragraph);
  return md;
}

function withCoreRules(md: MarkdownItInstance, set: (ruler: MarkdownItInstance['core']['ruler']) => void): MarkdownItInstance {
  set(md.core.ruler);
  return md;
}

const SPACE = 0x20;
const TAB = 0x09;

/**
 * markdown-it's block state, with two differences that change no token: the line tables are read
 * a line at a time into lists made at their length (markdown-it reads them a character at a time
 * into lists grown a line at a time: a sixth of the block parse of a report of 200,000 lines),
 * and the inline tokens are made deferred (DeferredInline) as the block rules push them, instead
 * of being copied after the parse.
 */
export class BlockState extends MarkdownIt.StateBlock {
  constructor(src: string, md: MarkdownItInstance, env: Record<string, unknown>, tokens: Token[]) {
    // The tables of an empty text, replaced at once by those of `src`.
    super('', md, env, tokens);
    this.src = src;
    this.readLineTables();
  }

  /**
   * bMarks, eMarks, tShift, sCount and bsCount as markdown-it's constructor makes them: for each
   * line its start, the offset of its line feed (or the text's end), how many spaces and tabs
   * indent it and their width with tabs to the next multiple of 4; then one more entry at the
   * text's end. A last line of nothing but spaces and tabs, with no line feed, is no line.
   */
  private readLineTables(): void {
    const src = this.src;
    const length = src.length;
    let lineFeeds = 0;
    for (let at = src.indexOf('\n'); at !== -1; at = src.indexOf('\n', at + 1)) lineFeeds++;
    // At most one line after the last line feed, and the entry at the end.
    const size = lineFeeds + 2;
    const bMarks: number[] = new Array(size);
    const eMarks: number[] = new Array(size);
    const tShift: number[] = new Array(size);
    const sCount: number[] = new Array(size);
    const bsCount: number[] = new Array(size);
    let line = 0;
    for (let start = 0; start < length; line++) {
      let pos = start;
      let width = 0;
      for (let c = src.charCodeAt(pos); c === SPACE || c === TAB; c = src.charCodeAt(++pos)) width += c === TAB ? 4 - (width % 4) : 1;
      if (pos === length) break;
      const lineFeed = src.indexOf('\n', pos);
      const end = lineFeed === -1 ? length : lineFeed;
      bMarks[line] = start;
      eMarks[line] = end;
      tShift[line] = pos - start;
      sCount[line] = width;
      bsCount[line] = 0;
      start = end + 1;
    }
    bMarks[line] = length;
    eMarks[line] = length;
    tShift[line] = 0;
    sCount[line] = 0;
    bsCount[line] = 0;
    for (const table of [bMarks, eMarks, tShift, sCount, bsCount]) table.length = line + 1;
    this.bMarks = bMarks;
    this.eMarks = eMarks;
    this.tShift = tShift;
    this.sCount = sCount;
    this.bsCount = bsCount;
    this.lineMax = line;
  }

  /** markdown-it's push, of a BlockToken (a DeferredInline for an inline token) instead of a Token. */
  override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
    const token = type === 'inline' ? new DeferredInline(tag, this.env) : new BlockToken(type, tag, nesting);
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token as unknown as Token);
    return token as unknown as Token;
  }
}

/**
 * markdown-it's paragraph rule, with two differences that change no token: a paragraph of one
 * line at no indent reads its content as one slice of the text (getLines makes a list of its lines
 * and joins it), and its paragraph_open and inline tokens share one map (markdown-it makes a map
 * for each; nothing changes a paragraph's map): 100,000 image paragraphs keep 100,000 fewer lists.
 */
function paragraph(state: StateBlock, startLine: number, endLine: number): boolean {
  const terminatorRules = state.md.block.ruler.getRules('paragraph');
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = 'paragraph';
  // Jump line by line until an empty one or the end.
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    // This would be a code block normally, but after a paragraph it is a lazy continuation anyway.
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    // Quirk for blockquotes: this line should already be checked by that rule.
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0; i < terminatorRules.length; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) break;
  }
  const content =
    nextLine === startLine + 1 && state.blkIndent === 0
      ? asciiTrimmed(state.src, state.bMarks[startLine], state.eMarks[startLine])
      : asciiTrimmed(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine;
  const map: [number, number] = [startLine, nextLine];
  const open = state.push('paragraph_open', 'p', 1);
  open.map = map;
  const inline = state.push('inline', '', 0);
  inline.content = content;
  inline.map = map;
  inline.children = [];
  state.push('paragraph_close', 'p', -1);
  state.parentType = oldParentType;
  return true;
}

/** markdown-it's asciiTrim of `text.slice(from, to)`: spaces, tabs, CR and LF off both ends, one slice. */
function asciiTrimmed(text: string, from = 0, to = text.length): string {
  const trimmable = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  while (from < to && trimmable(text.charCodeAt(from))) from++;
  while (to > from && trimmable(text.charCodeAt(to - 1))) to--;
  return text.slice(from, to);
}

/**
 * A token of the model's block parse: a markdown-it Token (its prototype's methods, every field
 * readable) whose own fields are those every block token sets (type, tag, nesting, map, level,
 * block); the others (attrs, children, content, markup, info, meta, hidden) are read from the
 * prototype, with markdown-it's defaults, until a rule sets them. Most block tokens set none of
 * them (paragraph_open, paragraph_close): 9 words instead of 16 (a report of 100,000 paragraphs
 * holds 200,000 of them).
 */
class BlockToken {
  declare type: string;
  declare tag: string;
  declare nesting: -1 | 0 | 1;
  declare map: [number, number] | null;
  declare level: number;
  declare block: boolean;
  /** Own on an inline token (DeferredInline), else the prototype's until a rule sets it. */
  declare content: string;

  constructor(type: string, tag: string, nesting: -1 | 0 | 1) {
    this.type = type;
    this.tag = tag;
    this.nesting = nesting;
    this.map = null;
    this.level = 0;
    this.block = true;
  }
}
Object.setPrototypeOf(BlockToken.prototype, MarkdownIt.Token.prototype);
Object.assign(BlockToken.prototype, { attrs: null, children: null, content: '', markup: '', info: '', meta: null, hidden: false });

/**
 * An inline token whose `children` are made by markdown-it's own inline and text_join rules when
 * first read: a BlockToken with `content` its own and `children` an accessor of the class (an own
 * accessor on each token, a getter per token, turned every token into a dictionary, about 1 KB
 * each).
 *
 * The block rules give an inline token an empty list of children (`token.children = []`) for the
 * inline parse to fill: until the children are parsed, an empty list assigned changes nothing
 * (the children, when read, are parsed into a list of their own; 100,000 paragraphs kept 100,000
 * empty lists). Any other list assigned (or null) is the children as they are.
 */
class DeferredInline extends BlockToken {
  #children: Token[] | null = null;
  #env: Record<string, unknown> | undefined;

  constructor(tag: string, env: Record<string, unknown>) {
    super('inline', tag, 0);
    this.content = '';
    this.#env = env;
  }

  get children(): Token[] | null {
    const env = this.#env;
    if (env !== undefined) {
      this.#env = undefined;
      // markdown-it's inline rule fills `token.children` itself.
      this.#children = [];
      inlineStage ??= withCoreRules(createMarkdownIt(), (ruler) => ruler.enableOnly(INLINE_STAGE));
      const state = new inlineStage.core.State(this.content, inlineStage, env);
      state.tokens = [this as unknown as Token];
      inlineStage.core.process(state);
    }
    return this.#children;
  }

  set children(children: Token[] | null) {
    if (this.#env !== undefined && children !== null && children.length === 0) return;
    this.#env = undefined;
    this.#children = children;
  }
}

/**
 * A block rule tried first at line 0: it takes the frontmatter lines and emits nothing, as
 * markdown-it skips blank lines. Blocks never look back at earlier lines, so what follows parses
 * as it would after blank lines.
 */
function skipFrontmatter(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine !== 0 || silent) return false;
  const bodyStart = BODY_START.get(state.env as object);
  if (bodyStart === undefined) return false;
  BODY_START.delete(state.env as object);
  state.line = Math.min(bodyStart, endLine);
  return true;
}
