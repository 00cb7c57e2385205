/**
 * Regular-expression sources for the space between two words of one phrase, which a hard-wrapped
 * paragraph may break across lines ("Her MRN\nwas 12345678", "Dr.\nChen", "March\n3, 2019"):
 * spaces and tabs, or one line break with the indentation around it. Never a blank line (the end
 * of a paragraph): after the line break's indentation a word must follow.
 */

/** Spaces between two words (at least one), or a line break. For expressions tried at hint starts. (A space is a space, a tab or a no-break space.) */
export const WORD_GAP = String.raw`(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)`;

/** The indentation a wrapped line may have, at most, in the bounded gaps. */
const INDENT = 8;

/** 1 to `most` spaces, or a line break: at most most + 2 + INDENT characters. */
export function boundedGap(most: number): string {
  return String.raw`(?:[ \t\u00a0]{1,${most}}|[ \t\u00a0]{0,${most}}\r?\n[ \t\u00a0]{0,${INDENT}})`;
}

/**
 * 0 to `most` spaces, then perhaps a line break that does not open a blank line (two such gaps in a
 * row never span a paragraph's end): at most most + 2 + INDENT characters.
 */
export function optionalGap(most: number): string {
  return String.raw`[ \t\u00a0]{0,${most}}(?:\r?\n(?![ \t\u00a0]*\r?\n)[ \t\u00a0]{0,${INDENT}})?`;
}

/** The longest text boundedGap(most) and optionalGap(most) match. */
export function gapLength(most: number): number {
  return most + 2 + INDENT;
}
