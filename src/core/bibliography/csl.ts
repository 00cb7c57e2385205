/**
 * The CSL-JSON data a reference library is read into (citation-js produces it from BibTeX,
 * BibLaTeX, RIS, CSL-JSON and CSL-YAML), as far as the AMA formatter and the checks read it.
 * Field names follow the CSL 1.0.2 schema; anything else a library carries is kept untyped.
 */
export interface CslName {
  family?: string;
  given?: string;
  /** "Jr", "III". */
  suffix?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  /** An organization or a name that is not split into parts. */
  literal?: string;
}

export interface CslDate {
  'date-parts'?: Array<Array<number | string>>;
  literal?: string;
  raw?: string;
}

export interface CslItem {
  id: string;
  /** The citation key, where the library had one (BibTeX key, Better BibTeX `citation-key`). */
  'citation-key'?: string;
  type: string; // article-journal, book, chapter, webpage, report, paper-conference, ...
  title?: string;
  'container-title'?: string;
  'container-title-short'?: string;
  'journalAbbreviation'?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  'original-date'?: CslDate;
  /** Published online (RIS `ET` of a journal article): the ahead-of-print date. */
  'available-date'?: CslDate;
  'event-date'?: CslDate;
  'event-title'?: string;
  'event-place'?: string;
  /** A series; RIS `T2` of a web page (the site name) arrives here. */
  'collection-title'?: string;
  /** `phdthesis`, `Technical report`. */
  genre?: string;
  volume?: string | number;
  issue?: string | number;
  page?: string;
  number?: string | number;
  edition?: string | number;
  publisher?: string;
  'publisher-place'?: string;
  DOI?: string;
  URL?: string;
  PMID?: string;
  status?: string;
  [field: string]: unknown;
}
