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
/** The close token of every top-level paragraph (BlockState.pushParagraphClose). */
let SHARED_CLOSE: Token | undefined;
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
  // markdown-it's block rule (ParserBlock.parse), its tokens those of a BlockState. parseBlocks
  // alone parses with this instance, never in inline mode (parseInline).
  md.core.ruler.at('block', (state) => {
    state.tokens = state.src === '' ? [] : BlockState.parse(state.src, md, state.env);
  });
  md.block.ruler.at('paragraph', paragraph);
  return md;
}

function withCoreRules(md: MarkdownItInstance, set: (ruler: MarkdownItInstance['core']['ruler']) => void): MarkdownItInstance {
  set(md.core.ruler);
  return md;
}

const SPACE = 0x20;
const TAB = 0x09;

/** What a parse's deferred inline tokens read their children and their content with. */
interface Deferral {
  env: Record<string, unknown>;
  src: string;
}

/**
 * markdown-it's block state, with differences that change no token: the line tables are read a
 * line at a time into typed lists made at their length (markdown-it reads them a character at a
 * time into lists grown a line at a time: a sixth of the block parse of a report of 200,000
 * lines), the tokens pushed are BlockTokens, inline tokens deferred (DeferredInline), into a list
 * made at about the size they will need (see tokens).
 */
export class BlockState extends MarkdownIt.StateBlock {
  readonly deferral: Deferral;
  /** The tokens pushed: pushed[0, count), in a list that may be longer until `tokens` is read. */
  declare private pushed: Token[];
  declare private count: number;

  constructor(src: string, md: MarkdownItInstance, env: Record<string, unknown>) {
    // The tables of an empty text, replaced at once by those of `src`.
    super('', md, env, []);
    this.src = src;
    this.deferral = { env, src };
    this.readLineTables();
    // A paragraph and the blank line after it make three tokens: a list made at a token and a half
    // per line is not grown push by push (e7: 300,000 tokens, a list grown a dozen times, each a
    // new block of memory), nor much longer than needed. More tokens (a table's cells) grow it.
    this.pushed = new Array(this.lineMax + (this.lineMax >> 1) + 16);
    this.count = 0;
  }

  /** The block tokens of `src` (markdown-it's ParserBlock.parse of a non-empty text into a list of its own). */
  static parse(src: string, md: MarkdownItInstance, env: Record<string, unknown>): Token[] {
    const state = new BlockState(src, md, env);
    md.block.tokenize(state, state.line, state.lineMax);
    return state.tokens;
  }

  /**
   * The tokens pushed so far, a list of their number (markdown-it's list rule reads its length and
   * its entries while it parses): the list pushed to, its length cut to the tokens it holds.
   */
  // @ts-expect-error TS2611: markdown-it's StateBlock declares `tokens` a property; here an accessor over the list pushed to.
  override get tokens(): Token[] {
    // Cut only when longer: setting a list's length calls into the engine, and markdown-it's
    // markTightParagraphs reads `tokens` four times a token (e5: a list of 20,000 items).
    if (this.pushed.length !== this.count) this.pushed.length = this.count;
    return this.pushed;
  }

  /** Makes `tokens` the list pushed to (markdown-it's constructor gives the state its list). */
  override set tokens(tokens: Token[]) {
    this.pushed = tokens;
    this.count = tokens.length;
  }

  /**
   * bMarks, eMarks, tShift, sCount and bsCount as markdown-it's constructor makes them: for each
   * line its start, the offset of its line feed (or the text's end), how many spaces and tabs
   * indent it and their width with tabs to the next multiple of 4; then one more entry at the
   * text's end. A last line of nothing but spaces and tabs, with no line feed, is no line.
   *
   * Int32Arrays over one buffer, not lists: the block rules only read and write entries that
   * exist, integers (sCount goes negative in a blockquote).
   */
  private readLineTables(): void {
    const src = this.src;
    const length = src.length;
    let lineFeeds = 0;
    for (let at = src.indexOf('\n'); at !== -1; at = src.indexOf('\n', at + 1)) lineFeeds++;
    // At most one line after the last line feed, and the entry at the end.
    const size = lineFeeds + 2;
    const buffer = new ArrayBuffer(5 * 4 * size);
    const bMarks = new Int32Array(buffer, 0, size);
    const eMarks = new Int32Array(buffer, 4 * size, size);
    const tShift = new Int32Array(buffer, 8 * size, size);
    const sCount = new Int32Array(buffer, 12 * size, size);
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
      start = end + 1;
    }
    // The entry at the end; bsCount is 0 throughout, as the buffer starts.
    bMarks[line] = length;
    eMarks[line] = length;
    const table = (index: number) => new Int32Array(buffer, index * 4 * size, line + 1) as unknown as number[];
    this.bMarks = table(0);
    this.eMarks = table(1);
    this.tShift = table(2);
    this.sCount = table(3);
    this.bsCount = table(4);
    this.lineMax = line;
  }

  /**
   * push('paragraph_close', 'p', -1). A paragraph's close token holds nothing of its own (no map):
   * every one at the top level (level 0) is one frozen token, SHARED_CLOSE. markdown-it sets
   * nothing on those (it hides the paragraphs of tight lists, at level 2 and deeper); a reader that
   * tried (a field, the map) would fail, not change every paragraph. e7's 100,000 paragraphs:
   * 100,000 fewer tokens.
   */
  pushParagraphClose(): void {
    if (this.level !== 1) {
      this.push('paragraph_close', 'p', -1);
      return;
    }
    this.level--;
    this.pushed[this.count++] = (SHARED_CLOSE ??= Object.freeze(new (blockTokenKind('paragraph_close', 'p', -1, 0))(this.deferral)) as unknown as Token);
  }

  /** markdown-it's push, of a BlockToken (a DeferredInline for an inline token) instead of a Token. */
  override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
    if (nesting < 0) this.level--;
    const token = new (blockTokenKind(type, tag, nesting, this.level))(this.deferral);
    if (nesting > 0) this.level++;
    this.pushed[this.count++] = token as unknown as Token;
    return token as unknown as Token;
  }
}

/**
 * markdown-it's paragraph rule, with a difference that changes no token: a paragraph of one line
 * gives its paragraph_open and inline tokens its line, and its inline token where its content
 * starts on that line, instead of a map and a content each: the map ([line, line + 1]) and the
 * content (the rest of the line, trimmed) are made when first read. getLines would make a list of
 * its lines and join it. A check reads neither: 100,000 image paragraphs keep 300,000 fewer
 * objects, and 20,000 one-line list items (e5) are not read line by line into strings.
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
  const oneLine = nextLine === startLine + 1;
  const content = oneLine ? undefined : asciiTrimmed(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine;
  const open = state.push('paragraph_open', 'p', 1);
  const inline = state.push('inline', '', 0);
  if (content === undefined) {
    BlockToken.setLine(open, startLine);
    BlockToken.setLine(inline, startLine);
    // Read now: a list or a quote puts its line's bMarks and tShift back after its block.
    DeferredInline.setLineContent(inline, lineContentStart(state, startLine, state.blkIndent));
  } else {
    // One map for both: nothing changes a paragraph's map.
    const map: [number, number] = [startLine, nextLine];
    open.map = map;
    inline.map = map;
    inline.content = content;
  }
  // No `inline.children = []`, as markdown-it's rule has: the children are deferred (DeferredInline).
  (state as unknown as BlockState).pushParagraphClose();
  state.parentType = oldParentType;
  return true;
}

/**
 * Where markdown-it's getLines(line, line + 1, indent) starts reading `line`: past `indent` columns
 * of its indentation, spaces, tabs and the marker characters a list or a quote counts as
 * indentation (those before tShift). From there to the line's end, trimmed, is the content of a
 * paragraph of that one line (the spaces getLines puts for a tab it cuts in two are trimmed too).
 */
function lineContentStart(state: StateBlock, line: number, indent: number): number {
  const lineStart = state.bMarks[line];
  const last = state.eMarks[line];
  let first = lineStart;
  for (let width = 0; first < last && width < indent; first++) {
    const c = state.src.charCodeAt(first);
    if (c === TAB) width += 4 - ((width + state.bsCount[line]) % 4);
    else if (c === SPACE || first - lineStart < state.tShift[line]) width++;
    else break;
  }
  return first;
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
 * readable) whose only own field, until a rule sets another, is its map. Its type, tag, nesting
 * and level are those of its kind (blockTokenKind), read from the prototype its kind made, and
 * the other fields (attrs, children, content, markup, info, meta, hidden, and block, true) from
 * BlockToken's prototype, with markdown-it's defaults. A rule that sets a field sets it on the
 * token, as on any Token. A report of 100,000 paragraphs holds 200,000 tokens that set nothing
 * more (paragraph_open, paragraph_close): 4 words each instead of 16.
 */
class BlockToken {
  declare type: string;
  declare tag: string;
  declare nesting: -1 | 0 | 1;
  declare level: number;
  /** The map, or the line of a block of one line (setLine) until the map is read. */
  #map: [number, number] | null | number = null;

  constructor(_deferral: Deferral) {}

  get map(): [number, number] | null {
    const map = this.#map;
    if (typeof map !== 'number') return map;
    return (this.#map = [map, map + 1]);
  }

  set map(map: [number, number] | null) {
    // A frozen token (SHARED_CLOSE) keeps its map as it keeps its other fields.
    if (Object.isFrozen(this)) throw new TypeError('Cannot assign the map of a frozen token');
    this.#map = map;
  }

  /** Gives `token` (a BlockToken) the map of a block of one line, [line, line + 1], made when first read. */
  static setLine(token: Token, line: number): void {
    (token as unknown as BlockToken).#map = line;
  }

  /** The first line of `token`'s map, read without making it. */
  static startLine(token: Token): number | undefined {
    if (!(#map in token)) return token.map?.[0];
    const map = (token as unknown as BlockToken).#map;
    return typeof map === 'number' ? map : map?.[0];
  }
}

/** A block token's first line (`token.map[0]`; undefined without a map), read without making the map of a paragraph of one line. */
export function blockStartLine(token: Token): number | undefined {
  return BlockToken.startLine(token);
}
Object.setPrototypeOf(BlockToken.prototype, MarkdownIt.Token.prototype);
Object.assign(BlockToken.prototype, { attrs: null, children: null, content: '', markup: '', info: '', meta: null, block: true, hidden: false });

/**
 * An inline token whose `children` are made by markdown-it's own inline and text_join rules when
 * first read: a BlockToken with `children` and `content` accessors of the class (an own accessor
 * on each token, a getter per token, turned every token into a dictionary, about 1 KB each).
 *
 * The block rules give an inline token an empty list of children (`token.children = []`) for the
 * inline parse to fill: until the children are parsed, an empty list assigned changes nothing
 * (the children, when read, are parsed into a list of their own; 100,000 paragraphs kept 100,000
 * empty lists). Any other list assigned (or null) is the children as they are.
 *
 * The content of a paragraph of one line is read from the text when first read (setLineContent).
 */
class DeferredInline extends BlockToken {
  /** The content, or until it is read where the one line it trims starts (only while the children are deferred). */
  #content: string | number = '';
  /** The children (a list, or null), or the deferral they are parsed with until they are read or set. */
  #children: Token[] | null | Deferral;

  constructor(deferral: Deferral) {
    super(deferral);
    this.#children = deferral;
  }

  get content(): string {
    const content = this.#content;
    if (typeof content === 'string') return content;
    const { src } = this.#children as Deferral;
    const lineFeed = src.indexOf('\n', content);
    return (this.#content = asciiTrimmed(src, content, lineFeed === -1 ? src.length : lineFeed));
  }

  set content(content: string) {
    this.#content = content;
  }

  get children(): Token[] | null {
    const children = this.#children;
    if (children === null || Array.isArray(children)) return children;
    // Read before the deferral goes (and markdown-it's inline rule fills `token.children` itself).
    const content = this.content;
    this.#children = [];
    inlineStage ??= withCoreRules(createMarkdownIt(), (ruler) => ruler.enableOnly(INLINE_STAGE));
    const state = new inlineStage.core.State(content, inlineStage, children.env);
    state.tokens = [this as unknown as Token];
    inlineStage.core.process(state);
    return this.#children as Token[];
  }

  set children(children: Token[] | null) {
    const deferred = this.#children !== null && !Array.isArray(this.#children);
    if (deferred && children !== null && children.length === 0) return;
    // The content is read from the deferral's text: read it before the deferral goes.
    if (deferred) void this.content;
    this.#children = children;
  }

  /** Gives `inline` (a DeferredInline whose children are deferred) the content from `start` to the end of its line, trimmed, read when first read. */
  static setLineContent(inline: Token, start: number): void {
    (inline as unknown as DeferredInline).#content = start;
  }
}

type TokenKind = new (deferral: Deferral) => BlockToken;

/** The kinds of token made so far, by type: few (a kind per type, tag, nesting and level met). */
const KINDS = new Map<string, { tag: string; nesting: number; level: number; kind: TokenKind }[]>();

/**
 * The class of the tokens of one type, tag, nesting and level: a subclass of BlockToken (of
 * DeferredInline for inline tokens) whose prototype holds those four fields.
 */
function blockTokenKind(type: string, tag: string, nesting: -1 | 0 | 1, level: number): TokenKind {
  let kinds = KINDS.get(type);
  if (kinds === undefined) KINDS.set(type, (kinds = []));
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i];
    if (k.tag === tag && k.nesting === nesting && k.level === level) return k.kind;
  }
  const kind = type === 'inline' ? class extends DeferredInline {} : class extends BlockToken {};
  Object.assign(kind.prototype, { type, tag, nesting, level });
  kinds.push({ tag, nesting, level, kind });
  return kind;
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
