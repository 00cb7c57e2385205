/** A reference's text for a tooltip: Markdown emphasis, code marks and link syntax removed. */
export function plainReference(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
