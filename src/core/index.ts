/**
 * The front door of the engine: what the CLI and the VS Code extension use of `src/core`. The
 * core imports no `vscode` and reaches the outside world only through the injected `Host`.
 * Everything is re-exported from the module that owns it; the bundlers keep only what an entry
 * point uses (package.json `sideEffects: false`), so the extension host does not load the rules.
 */

// Checking and fixing a document.
export type { Finding, Fix, Position, Range, Severity, SeveritySetting, Span, TextEdit } from './types';
export { defaultConfig, type CheckConfig } from './config';
export { parseDocument, hasCaseReportFrontmatter, type DocumentModel } from './model';
export { parseOptions, type ParseOptions } from './parse-options';
export { checkText, messageOf, runRules, effectiveSeverity, type Reported } from './check';
export { checkTextUnplaced, FindingList, type Written } from './finding-list';
export { applyEdits, applyFixes } from './fix';
export { fixAll } from './fix-all';
export { findingsAt } from './findings-at';
export { ruleDocsUrl, type Host, type Rule } from './rule';
export { ALL_RULES, findRule } from './rules';
export { RULE_CODES } from './rules/codes';
export { SourceText } from './source-text';
export { LibraryLoader, type LibraryFiles } from './bibliography/loader';
export { NO_LIBRARY, type Library } from './bibliography/library';
export { numberCitations } from './bibliography/convert';

// House styles.
export { MAGAZINE, PRESETS, PRESET_NAMES, preset, type HouseStyle } from './house-styles';
export { HOUSE_STYLE_FILE_NAMES, resolveHouseStyle, UnknownPresetError, type HouseStyleFiles, type HouseStyleProblem, type ResolvedHouseStyle } from './house-styles/load';

// Counts, the CARE checklist, renumbering.
export type { Count } from './counts';
export { careChecklistMarkdown, evaluateCare, type CareEvidence, type CareItemResult, type CareStatus, type CareSubItemResult } from './care';
export { FLOATS_TITLE, REFERENCES_TITLE } from './renumber';

// Frontmatter help in the editor (answered by the analysis service).
export type { FrontmatterCompletion } from './frontmatter/complete';

// Rendering: the article, the standalone page, and VS Code's own Markdown preview.
export type { MarkdownItInstance } from './markdown';
export { renderArticle, type RenderOptions, type RenderedArticle } from './render/article';
export { fullTitle } from './render/meta';
export { contentSecurityPolicy, standalonePage } from './render/page';
export { checkLocalImage, embedImages, ImageEmbedder, type ImageFiles, type ImageRoots } from './render/local-images';
export { escapeHtml } from './escape-html';
export { caseReportPlugin } from './render/markdown-it-plugin';

// Exports (Word).
export { buildDocx, describeConcerns, exportConcerns, type DocxManuscript, type DocxOptions, type ExportConcerns } from './export';
export { pagedMediaCss, printPage, type PrintPage, type PrintPageOptions } from './export';

// The analysis service (run in the extension's worker thread) and its protocol.
export { DocumentService, RequestQueue } from './service/document-service';
export { completionContext } from './service/locate';
export { citationInsertion, citedParts, keyCompletionContext, partsInsertion, type CitedPart } from './service/library-keys';
export type { Method, Params, Planned, Question, Request, Response, Result } from './service/protocol';
