/** The pager: one page at a time, or every page ("Single Page"). Works in the webview and in exported pages. */
export type PageChoice = number | 'all';

export function articleOf(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('.cr-article');
}

export function pageCount(article: HTMLElement): number {
  return article.querySelectorAll('.cr-page').length;
}

export function currentPage(article: HTMLElement): PageChoice {
  if (article.classList.contains('cr-single')) return 'all';
  const current = article.querySelector<HTMLElement>('.cr-page.cr-current');
  return current ? Number(current.dataset.page) : 1;
}

/** Shows a page (clamped to the pages there are) and rewrites the pager so the current page is not a link. */
export function showPage(article: HTMLElement, choice: PageChoice): PageChoice {
  const count = pageCount(article);
  const page: PageChoice = choice === 'all' ? 'all' : Math.min(Math.max(1, Math.floor(choice) || 1), Math.max(1, count));
  article.classList.toggle('cr-single', page === 'all');
  article.querySelectorAll<HTMLElement>('.cr-page').forEach((section) => {
    section.classList.toggle('cr-current', page !== 'all' && Number(section.dataset.page) === page);
  });
  const pager = article.querySelector<HTMLElement>('.cr-pager');
  if (pager) renderPager(pager, count, page);
  return page;
}

function renderPager(pager: HTMLElement, count: number, page: PageChoice): void {
  const doc = pager.ownerDocument;
  const items: Node[] = [];
  const label = doc.createElement('span');
  label.className = 'cr-pager-label';
  label.textContent = 'Page:';
  items.push(label);
  const item = (text: string, target: string, current: boolean) => {
    items.push(doc.createTextNode(' '));
    const element = doc.createElement(current ? 'span' : 'a');
    element.textContent = text;
    element.dataset.page = target;
    if (current) {
      element.className = 'cr-pager-current';
      element.setAttribute('aria-current', 'page');
    } else {
      element.setAttribute('href', target === 'all' ? '#single-page' : `#page-${target}`);
    }
    items.push(element);
  };
  for (let n = 1; n <= count; n++) item(String(n), String(n), page === n);
  items.push(doc.createTextNode(' '));
  const sep = doc.createElement('span');
  sep.className = 'cr-sep';
  sep.textContent = '|';
  items.push(sep);
  item('Single Page', 'all', page === 'all');
  pager.replaceChildren(...items);
}

/** The page that holds a 0-based source line. */
export function pageOfLine(article: HTMLElement, line: number): number | undefined {
  for (const section of Array.from(article.querySelectorAll<HTMLElement>('.cr-page'))) {
    const start = Number(section.dataset.startLine);
    const end = Number(section.dataset.endLine);
    if (line >= start && line < end) return Number(section.dataset.page);
  }
  return undefined;
}

/** The page an element sits on. */
export function pageOfElement(element: Element): number | undefined {
  const section = element.closest<HTMLElement>('.cr-page');
  return section ? Number(section.dataset.page) : undefined;
}

export function parseChoice(value: string | undefined): PageChoice | undefined {
  if (value === 'all') return 'all';
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
