import { AlignmentType, Footer, Header, LevelFormat, LineNumberRestartFormat, LineRuleType, PageNumber, Paragraph, TextRun, type INumberingOptions, type ISectionOptions, type IStylesOptions } from 'docx';
import type { ExportStyle } from '../../house-styles';

/**
 * The page setup of the manuscript in one place, from the house style's `export` section: paper,
 * margins, font and size, line spacing, line numbers, the running title in the header, page
 * numbers in the footer, and the styles and list definitions every other part refers to.
 */

const TWIPS_PER_INCH = 1440;
/** Paper sizes in twips (1/1440 inch). */
const PAPER = { letter: { width: 12240, height: 15840 }, a4: { width: 11906, height: 16838 } } as const;

/** `1in`, `2.5cm`, `25mm` in twips; the schema only lets these forms through. */
export function measureTwips(measure: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)(in|cm|mm)$/.exec(measure.trim());
  if (!match) return TWIPS_PER_INCH;
  const value = Number(match[1]);
  const inches = match[2] === 'in' ? value : match[2] === 'cm' ? value / 2.54 : value / 25.4;
  return Math.round(inches * TWIPS_PER_INCH);
}

export interface PageGeometry {
  width: number;
  height: number;
  margin: number;
  /** The text area in pixels at 96 per inch (how the docx library sizes images). */
  textWidthPx: number;
  textHeightPx: number;
}

export function pageGeometry(style: ExportStyle): PageGeometry {
  const paper = PAPER[style.paper] ?? PAPER.letter;
  // A margin that leaves less than two inches of text is a typo, not a layout.
  const margin = Math.min(measureTwips(style.margin), Math.floor((paper.width - 2 * TWIPS_PER_INCH) / 2));
  const toPx = (twips: number) => Math.floor((twips / TWIPS_PER_INCH) * 96);
  return { ...paper, margin, textWidthPx: toPx(paper.width - 2 * margin), textHeightPx: toPx(paper.height - 2 * margin) };
}

/** Half-points, as Word sizes fonts. */
const halfPoints = (points: number) => Math.round(points * 2);
/** Line spacing as Word writes it: 240ths of a line, the line growing with what it holds (an image). */
export const lineSpacing = (lines: number) => ({ line: Math.round(240 * lines), lineRule: LineRuleType.AUTO });
export const SINGLE = lineSpacing(1);

/** Style ids the builders use; each is defined in documentStyles(). */
export const STYLE = {
  body: 'CrBody',
  front: 'CrFront',
  caption: 'CrCaption',
  reference: 'CrReference',
  quote: 'CrQuote',
  code: 'CrCode',
  tableText: 'CrTableText',
} as const;

export function documentStyles(style: ExportStyle): IStylesOptions {
  const size = halfPoints(style.fontSize);
  const spacing = lineSpacing(style.lineSpacing);
  const line = spacing.line;
  const black = '000000';
  const heading = (points: number, italics = false) => ({
    run: { font: style.font, size: halfPoints(points), bold: true, italics, color: black },
    paragraph: { spacing: { ...spacing, before: line / 2, after: 0 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: { run: { font: style.font, size }, paragraph: { spacing: { ...spacing, before: 0, after: 0 } } },
      title: { run: { font: style.font, size: halfPoints(style.fontSize + 4), bold: true, color: black }, paragraph: { spacing: { ...spacing, after: line / 2 } } },
      heading1: heading(style.fontSize + 2),
      heading2: heading(style.fontSize),
      heading3: heading(style.fontSize, true),
      heading4: heading(style.fontSize, true),
      heading5: heading(style.fontSize, true),
      heading6: heading(style.fontSize, true),
    },
    paragraphStyles: [
      { id: STYLE.body, name: 'Manuscript Body', basedOn: 'Normal', quickFormat: true, paragraph: { indent: { firstLine: TWIPS_PER_INCH / 2 } } },
      { id: STYLE.front, name: 'Manuscript Front Matter', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: line / 4 } } },
      { id: STYLE.caption, name: 'Manuscript Caption', basedOn: 'Normal', paragraph: { spacing: { before: line / 2, after: line / 4 }, keepNext: true } },
      { id: STYLE.reference, name: 'Manuscript Reference', basedOn: 'Normal', paragraph: { indent: { left: TWIPS_PER_INCH / 2, hanging: TWIPS_PER_INCH / 2 } } },
      { id: STYLE.quote, name: 'Manuscript Quote', basedOn: 'Normal', paragraph: { indent: { left: TWIPS_PER_INCH / 2, right: TWIPS_PER_INCH / 2 } } },
      { id: STYLE.code, name: 'Manuscript Code', basedOn: 'Normal', run: { font: 'Courier New', size: halfPoints(Math.max(8, style.fontSize - 2)) }, paragraph: { spacing: SINGLE } },
      { id: STYLE.tableText, name: 'Manuscript Table Text', basedOn: 'Normal', run: { size: halfPoints(Math.max(8, style.fontSize - 1)) }, paragraph: { spacing: { ...SINGLE, before: 20, after: 20 } } },
    ],
  };
}

/** List definitions: bullets and decimal numbers, nine levels, indented half an inch per level. */
export const LIST = { bullet: 'cr-bullet', ordered: 'cr-ordered' } as const;
const BULLETS = ['\u2022', '\u25e6', '\u25aa'];

/** Nine list levels, each indented half an inch more than the one above; `numbering` says how each is numbered. */
function listLevels(numbering: (level: number) => { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; start?: number }) {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    ...numbering(level),
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: (TWIPS_PER_INCH / 2) * (level + 1), hanging: TWIPS_PER_INCH / 4 } } },
  }));
}

export function orderedDefinition(reference: string, start: number) {
  return { reference, levels: listLevels((level) => ({ format: LevelFormat.DECIMAL, text: `%${level + 1}.`, start: level === 0 ? start : 1 })) };
}

export function listNumbering(): INumberingOptions {
  return {
    config: [
      { reference: LIST.bullet, levels: listLevels((level) => ({ format: LevelFormat.BULLET, text: BULLETS[level % BULLETS.length] })) },
      orderedDefinition(LIST.ordered, 1),
    ],
  };
}

/** The section's page, margins, line numbers, header and footer; `children` are the manuscript's blocks. */
export function sectionOptions(style: ExportStyle, runningTitle: string | undefined, children: ISectionOptions['children']): ISectionOptions {
  const page = pageGeometry(style);
  const header = style.runningTitle && runningTitle ? new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: SINGLE, suppressLineNumbers: true, children: [new TextRun(runningTitle)] })] }) : undefined;
  const footer = style.pageNumbers ? new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: SINGLE, suppressLineNumbers: true, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) : undefined;
  return {
    properties: {
      page: {
        size: { width: page.width, height: page.height },
        margin: { top: page.margin, right: page.margin, bottom: page.margin, left: page.margin, header: TWIPS_PER_INCH / 2, footer: TWIPS_PER_INCH / 2 },
      },
      // Continuous line numbers, every line, for the reviewers' comments.
      lineNumbers: style.lineNumbers ? { countBy: 1, restart: LineNumberRestartFormat.CONTINUOUS, distance: TWIPS_PER_INCH / 4 } : undefined,
    },
    headers: header ? { default: header } : undefined,
    footers: footer ? { default: footer } : undefined,
    children,
  };
}
