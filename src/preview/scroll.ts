/** Scroll sync through the `data-line` source-line attributes the renderer writes. */

interface LineElement {
  line: number;
  element: HTMLElement;
}

/** Elements carrying a source line on the visible page(s), in document order. */
function lineElements(article: HTMLElement): LineElement[] {
  const found: LineElement[] = [];
  let last = -1;
  article.querySelectorAll<HTMLElement>('[data-line]').forEach((element) => {
    const line = Number(element.dataset.line);
    if (!Number.isFinite(line) || element.offsetParent === null) return;
    // Keep lines increasing: a caption written above its table is set inside it.
    if (line < last) return;
    last = line;
    found.push({ line, element });
  });
  return found;
}

/** Scrolls so that a (fractional) source line sits at the top. Returns whether it scrolled. */
export function scrollToLine(article: HTMLElement, line: number): boolean {
  const elements = lineElements(article);
  if (elements.length === 0) return false;
  if (line <= elements[0].line) {
    // The top of the file (the frontmatter): the top of the article, header included.
    if (window.scrollY === 0) return false;
    window.scrollTo(0, 0);
    return true;
  }
  let previous = elements[0];
  let next: LineElement | undefined;
  for (const entry of elements) {
    if (entry.line <= line) previous = entry;
    else {
      next = entry;
      break;
    }
  }
  const top = previous.element.getBoundingClientRect().top + window.scrollY;
  let y = top;
  if (next && next.line > previous.line && line > previous.line) {
    const nextTop = next.element.getBoundingClientRect().top + window.scrollY;
    y = top + ((line - previous.line) / (next.line - previous.line)) * (nextTop - top);
  } else if (line > previous.line) {
    const rect = previous.element.getBoundingClientRect();
    y = top + Math.min(1, line - previous.line) * rect.height * 0.5;
  }
  const target = Math.max(0, Math.round(y - 8));
  if (Math.abs(window.scrollY - target) < 2) return false;
  window.scrollTo(0, target);
  return true;
}

/** The (fractional) source line at the top of the viewport. */
export function lineAtTop(article: HTMLElement | null): number | undefined {
  if (!article) return undefined;
  const elements = lineElements(article);
  if (elements.length === 0) return undefined;
  let previous: LineElement | undefined;
  for (const entry of elements) {
    const rect = entry.element.getBoundingClientRect();
    if (rect.top > 8) {
      if (!previous) return entry.line;
      const prevRect = previous.element.getBoundingClientRect();
      const span = rect.top - prevRect.top;
      const fraction = span > 0 ? Math.min(1, Math.max(0, (8 - prevRect.top) / span)) : 0;
      return previous.line + fraction * (entry.line - previous.line);
    }
    previous = entry;
  }
  return previous?.line;
}

/** The source line of the element under a double-click. */
export function sourceLineOf(target: Element | null): number | undefined {
  const element = target?.closest<HTMLElement>('[data-line]');
  if (!element) return undefined;
  const line = Number(element.dataset.line);
  return Number.isFinite(line) ? line : undefined;
}
