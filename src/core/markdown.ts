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
  blockStage ??= withCoreRules(createMarkdownIt(), (ruler) => ruler.disable(INLINE_STAGE));
  const tokens = blockStage.parse(text, env);
  for (let i = 0; i < tokens.length; i++) if (tokens[i].type === 'inline') tokens[i] = new DeferredInline(tokens[i], env) as unknown as Token;
  return tokens;
}

function withCoreRules(md: MarkdownItInstance, set: (ruler: MarkdownItInstance['core']['ruler']) => void): MarkdownItInstance {
  set(md.core.ruler);
  return md;
}

/**
 * An inline token whose `children` are made by markdown-it's own inline and text_join rules when
 * first read. A copy of the block parse's token with `children` an accessor of the class: an own
 * accessor on each token (a getter per token) turned every token into a dictionary, about 1 KB each.
 */
class DeferredInline {
  #children: Token[] | null = null;
  #env: Record<string, unknown> | undefined;

  constructor(token: Token, env: Record<string, unknown>) {
    for (const key of Object.keys(token)) if (key !== 'children') (this as Record<string, unknown>)[key] = (token as unknown as Record<string, unknown>)[key];
    this.#env = env;
  }

  get children(): Token[] | null {
    const env = this.#env;
    if (env !== undefined) {
      this.#env = undefined;
      // markdown-it's inline rule fills `token.children` itself.
      this.#children = [];
      inlineStage ??= withCoreRules(createMarkdownIt(), (ruler) => ruler.enableOnly(INLINE_STAGE));
      const state = new inlineStage.core.State((this as unknown as Token).content, inlineStage, env);
      state.tokens = [this as unknown as Token];
      inlineStage.core.process(state);
    }
    return this.#children;
  }

  set children(children: Token[] | null) {
    this.#env = undefined;
    this.#children = children;
  }
}
// A markdown-it Token in every other way (attrGet, attrSet, ...).
Object.setPrototypeOf(DeferredInline.prototype, MarkdownIt.Token.prototype);

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
