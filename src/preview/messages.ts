/** Messages between the preview panel (extension host) and its webview script. */

/** Extension -> webview. */
export type ToWebview =
  /** New article HTML for the document; the script patches the DOM in place. */
  | { type: 'update'; html: string; version: number }
  /** The editor's cursor moved: show the page holding this 0-based line and mark it. */
  | { type: 'cursor'; line: number }
  /** The editor scrolled: bring this (fractional) line to the top of the preview. */
  | { type: 'scroll'; line: number };

/** Webview -> extension. */
export type FromWebview =
  /** The preview scrolled: this (fractional) line is now at its top. */
  | { type: 'scroll'; line: number }
  /** Double-click: reveal this line in the editor and put the cursor there. */
  | { type: 'open-line'; line: number }
  /** A link that leaves the article (web, e-mail, another file). */
  | { type: 'open-link'; href: string }
  /** The script is ready for updates; it shows the article of this document version (none: no article yet). */
  | { type: 'ready'; version?: number };

/** What the webview keeps with `setState` so the serializer can restore the panel after a reload. */
export interface PreviewState {
  uri: string;
  /** The page shown: a number, or "all" for Single Page. */
  page: number | 'all';
  /** Source line at the top of the preview. */
  line?: number;
}
