import type { CslItem } from '../csl';

/** The AMA entry forms, and which CSL types take each. */
export type AmaKind =
  | 'journal' | 'book' | 'chapter' | 'web' | 'report' | 'conference'
  | 'thesis' | 'news' | 'preprint' | 'data' | 'other';

const KINDS: Record<string, AmaKind> = {
  'article-journal': 'journal',
  book: 'book',
  chapter: 'chapter',
  'entry-encyclopedia': 'chapter',
  'entry-dictionary': 'chapter',
  webpage: 'web',
  'post-weblog': 'web',
  post: 'web',
  report: 'report',
  'paper-conference': 'conference',
  thesis: 'thesis',
  'article-newspaper': 'news',
  'article-magazine': 'news',
  article: 'preprint',
  dataset: 'data',
  software: 'data',
};

export function amaKind(item: CslItem): AmaKind {
  return KINDS[typeof item.type === 'string' ? item.type : ''] ?? 'other';
}
