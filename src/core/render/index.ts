export { renderArticle, renderBody, pager, type RenderOptions, type RenderedArticle, type PageRange } from './article';
export { HtmlSanitizer, safeLink } from './sanitize';
export { authorList, fullTitle, readMeta, type ArticleMeta, type Author } from './meta';
export { paginate, scanBlocks, type Block, type Page } from './blocks';
export { standalonePage, type StandaloneOptions } from './page';
