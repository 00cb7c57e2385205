import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, type CheckConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { renderArticle, type RenderOptions } from '../../src/core/render/article';

export const FIXTURES = join(__dirname, 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function render(text: string, options: Partial<RenderOptions> & { config?: CheckConfig } = {}) {
  const config = options.config ?? defaultConfig();
  return renderArticle(parseDocument(text, parseOptions(config)), { ...options, config });
}

/** A body of `count` paragraphs of `words` words each, with a blank line between. */
export function paragraphs(count: number, words: number, prefix = 'word'): string {
  const out: string[] = [];
  for (let p = 0; p < count; p++) out.push(Array.from({ length: words }, (_, w) => `${prefix}${p}x${w}`).join(' '));
  return out.join('\n\n');
}

/** The text of the elements matching a simple `<tag class="...">` pattern (enough for our own markup). */
export function pageTexts(html: string): string[] {
  return [...html.matchAll(/<section class="cr-page[^"]*" data-page="(\d+)"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => m[2]);
}
