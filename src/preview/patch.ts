/**
 * Brings `target` to the state of `source` by changing only what differs: unchanged nodes (and
 * with them images, selection and scroll position) stay in place, so an update never flashes.
 */
export function patchChildren(target: Node, source: Node): void {
  const targetChildren = Array.from(target.childNodes);
  const sourceChildren = Array.from(source.childNodes);
  const count = sourceChildren.length;
  for (let i = 0; i < count; i++) {
    const next = sourceChildren[i];
    const current = targetChildren[i];
    if (!current) {
      target.appendChild(next);
      continue;
    }
    patchNode(current, next);
  }
  for (let i = targetChildren.length - 1; i >= count; i--) target.removeChild(targetChildren[i]);
}

function patchNode(current: Node, next: Node): void {
  if (current.isEqualNode(next)) return;
  if (current.nodeType !== next.nodeType || current.nodeName !== next.nodeName) {
    current.parentNode!.replaceChild(next, current);
    return;
  }
  if (current.nodeType === Node.TEXT_NODE || current.nodeType === Node.COMMENT_NODE) {
    current.nodeValue = next.nodeValue;
    return;
  }
  const element = current as Element;
  const incoming = next as Element;
  if (element.tagName === 'IMG' && element.getAttribute('src') !== incoming.getAttribute('src')) {
    element.parentNode!.replaceChild(incoming, element);
    return;
  }
  syncAttributes(element, incoming);
  patchChildren(element, incoming);
}

function syncAttributes(element: Element, incoming: Element): void {
  for (const attribute of Array.from(element.attributes)) {
    // The pager state lives in classes the script sets: keep them, the caller re-applies the page.
    if (!incoming.hasAttribute(attribute.name)) element.removeAttribute(attribute.name);
  }
  for (const attribute of Array.from(incoming.attributes)) {
    if (element.getAttribute(attribute.name) !== attribute.value) element.setAttribute(attribute.name, attribute.value);
  }
}
