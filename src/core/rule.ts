import type { Library } from './bibliography/library';
import type { CheckConfig } from './config';
import type { DocumentModel } from './model';
import type { Fix, Severity, Span } from './types';

/** What the engine may ask of the outside world; the CLI and VS Code each provide one. */
export interface Host {
  /** Does a file exist at this absolute path? */
  fileExists(path: string): boolean;
  /**
   * The reference library the document's frontmatter names (`bibliography:`), read and cached by
   * the host layer (a LibraryLoader over its file system). Hosts without one check no citation keys
   * against a library.
   */
  library?(model: DocumentModel): Library;
}

/**
 * A finding as a rule reports it: where, what it says, the fixes it offers. What it says is
 * `message`, or the words `say(about)` makes when the finding is read: `about` is a value the
 * rule has anyway (a figure of the model, a number) or a small record, and `say` one function of
 * the rule for every finding of its kind. A rule that can report 100,000 findings says them so:
 * their messages are then made one by one as they are written, and never all kept as text.
 */
export type Report<T = unknown> = Span & {
  fixes?: Fix[];
  /** A milder severity for this one finding (e.g. unknown frontmatter keys); never raises the rule's. */
  severity?: Severity;
} & ({ message: string; say?: undefined; about?: undefined } | { message?: undefined; say: (about: T) => string; about: T });

export interface RuleContext {
  model: DocumentModel;
  config: CheckConfig;
  host: Host;
  /** The document's reference library (empty when it names none): check input, like the house style. */
  library: Library;
  report<T>(report: Report<T>): void;
}

export interface Rule {
  /** Stable public code, e.g. `citation-undefined`. Never renamed. */
  code: string;
  defaultSeverity: Severity;
  /** One sentence for the rule list and hovers. */
  description: string;
  /**
   * The rule judges numbers the author wrote (their order, ranges, the list's numbering): it does
   * not run on a report that cites by key, where the numbering is automatic.
   */
  handNumbered?: true;
  /**
   * The rule may offer a safe fix (one `casereport fix` applies unattended). `fix` runs the rules
   * without it only once no safe fix is left, in the pass whose findings it reports: a pass that
   * applies fixes throws its findings away.
   */
  safeFixes?: true;
  run(context: RuleContext): void;
}

/** The link to a rule's documentation, shown with every diagnostic. */
export function ruleDocsUrl(code: string): string {
  return `https://github.com/casereport/casereport/blob/main/docs/rules.md#${code}`;
}
