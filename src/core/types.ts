/** Positions are 0-based lines and 0-based UTF-16 columns, as in VS Code; the CLI prints them 1-based. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A replacement of the text between two offsets of the document (BOM excluded). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied unattended by `casereport fix`. */
  safe: boolean;
  /**
   * A fix built only when it is asked for (`resolveFix`), because building it with every check
   * could cost more than the check: `edits` stays empty until then. Never safe.
   */
  deferred?: DeferredFix;
  /** The edits' new text is a snippet (`${1:N}`): the editor selects what the author completes. Never safe. */
  snippet?: true;
}

/** What a deferred fix will do, as plain data. */
export interface DeferredFix {
  kind: 'stub-entries';
  /** The missing reference numbers, ascending. */
  numbers: number[];
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Offsets of the range, for consumers that work on the raw text. */
  start: number;
  end: number;
  fixes: Fix[];
}

/** A span of the document by offsets. */
export interface Span {
  start: number;
  end: number;
}
