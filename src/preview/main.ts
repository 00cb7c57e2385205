import type { FromWebview, PreviewState, ToWebview } from './messages';
import { patchChildren } from './patch';
import { articleOf, currentPage, pageOfElement, pageOfLine, parseChoice, showPage, type PageChoice } from './pages';
import { lineAtTop, scrollToLine, sourceLineOf } from './scroll';

/**
 * The preview's script. In VS Code's webview it patches the article on every update, keeps the
 * page and scroll position, and syncs scrolling both ways; in an exported page it runs the pager.
 */
interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const root = document.getElementById('cr-root') ?? document.body;
const vscode: VsCodeApi | undefined = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
let page: PageChoice = 1;
/** The document version of the article shown: written on the root with the page, then each update's. */
let version: number | undefined = root.dataset.version === undefined ? undefined : Number(root.dataset.version);
/** Scroll events caused by the script itself, which must not be echoed back to the editor. */
let ownScrolls = 0;

function article(): HTMLElement | null {
  return articleOf(root);
}

function choose(choice: PageChoice, scrollTop = true): void {
  const element = article();
  if (!element) return;
  page = showPage(element, choice);
  if (scrollTop) {
    ownScrolls++;
    window.scrollTo(0, 0);
  }
  saveState();
}

function saveState(): void {
  if (!vscode) return;
  const uri = root.dataset.uri ?? '';
  vscode.setState({ uri, page, line: lineAtTop(article()) });
}

/** Pager clicks, and links inside the article (a citation to its reference, on whatever page). */
document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const link = target?.closest('a');
  if (!link) return;
  const pageTarget = link.closest('.cr-pager') ? parseChoice((link as HTMLElement).dataset.page) : undefined;
  if (pageTarget !== undefined) {
    event.preventDefault();
    choose(pageTarget);
    return;
  }
  const href = link.getAttribute('href') ?? '';
  if (href.startsWith('#')) {
    const destination = href.length > 1 ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
    event.preventDefault();
    if (!destination) return;
    const onPage = pageOfElement(destination);
    if (page !== 'all' && onPage !== undefined && onPage !== page) choose(onPage, false);
    destination.scrollIntoView({ block: 'center' });
    if (!vscode) history.replaceState(null, '', href);
    return;
  }
  if (vscode) {
    event.preventDefault();
    vscode.postMessage({ type: 'open-link', href });
  }
});

/**
 * Where the webview opens: its saved state when it is about this document (it survives a hide/show
 * and a reload), else the page and line the extension wrote on the root. Applied to the first
 * article, which is in the shell or comes in the first update (a shell written before its article).
 */
let opening: (() => void) | undefined = () => {
  const saved = vscode?.getState();
  const own = saved?.uri === root.dataset.uri ? saved : undefined;
  choose(own?.page ?? parseChoice(root.dataset.page) ?? 1, false);
  const line = Number(own?.line ?? root.dataset.line);
  if (Number.isFinite(line)) revealLine(line, true);
};

function open(): void {
  if (!opening || !article()) return;
  const apply = opening;
  opening = undefined;
  apply();
}

/**
 * The article's images are lazy (written `loading="lazy"`) so that they do not hold up the page's
 * load event, at which VS Code shows a webview's page; once it is shown, every image loads, those of
 * the other pages too, so turning a page shows its figures at once.
 */
function loadImages(): void {
  for (const image of Array.from(root.querySelectorAll<HTMLImageElement>('img[loading="lazy"]'))) image.loading = 'eager';
}

if (vscode) {
  open();
  if (document.readyState === 'complete') loadImages();
  else window.addEventListener('load', loadImages, { once: true });

  window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    switch (message.type) {
      case 'update':
        update(message.html);
        version = message.version;
        break;
      case 'cursor':
        showLine(message.line);
        break;
      case 'scroll':
        revealLine(message.line, false);
        break;
    }
  });

  let scrollFrame = 0;
  window.addEventListener(
    'scroll',
    () => {
      if (ownScrolls > 0) {
        ownScrolls--;
        return;
      }
      cancelAnimationFrame(scrollFrame);
      scrollFrame = requestAnimationFrame(() => {
        const line = lineAtTop(article());
        if (line !== undefined) vscode.postMessage({ type: 'scroll', line });
        saveState();
      });
    },
    { passive: true },
  );

  document.addEventListener('dblclick', (event) => {
    const line = sourceLineOf(event.target as Element | null);
    if (line !== undefined) vscode.postMessage({ type: 'open-line', line });
  });

  vscode.postMessage({ type: 'ready', version });
  // A page written without its article (its render failed) asks again until the article is there
  // (a reply can be lost when VS Code reloads the webview meanwhile); the extension renders again when asked.
  if (!article()) {
    let asked = 0;
    const ask = setInterval(() => {
      if (article() || ++asked > 10) clearInterval(ask);
      else vscode.postMessage({ type: 'ready' });
    }, 1000);
  }
} else {
  shareEmbeddedImages();
  const fromHash = /^#page-(\d+)$/.exec(location.hash)?.[1] ?? (location.hash === '#single-page' ? 'all' : undefined);
  choose(parseChoice(fromHash) ?? 1, false);
}

/** Replaces the article by patching: the page, the scroll position and the images stay. */
function update(html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  const scrollY = window.scrollY;
  patchChildren(root, template.content);
  if (document.readyState === 'complete') loadImages();
  if (opening) return open();
  const element = article();
  if (element) page = showPage(element, page);
  if (window.scrollY !== scrollY) {
    ownScrolls++;
    window.scrollTo(0, scrollY);
  }
}

/** The cursor moved in the editor: show the page that holds the line, and the line. */
function showLine(line: number): void {
  const element = article();
  if (!element) return;
  const holder = pageOfLine(element, line);
  if (page !== 'all' && holder !== undefined && holder !== page) {
    choose(holder, false);
    revealLine(line, true);
  }
}

function revealLine(line: number, switchPage: boolean): void {
  const element = article();
  if (!element) return;
  if (switchPage && page !== 'all') {
    const holder = pageOfLine(element, Math.floor(line));
    if (holder !== undefined && holder !== page) page = showPage(element, holder);
  }
  if (scrollToLine(element, line)) ownScrolls++;
}

/** An exported page embeds each image once: the later copies take the first copy's data URI. */
function shareEmbeddedImages(): void {
  const first = new Map<string, string>();
  for (const img of Array.from(document.querySelectorAll<HTMLImageElement>('img[data-cr-image]'))) {
    const id = img.dataset.crImage ?? '';
    const src = img.getAttribute('src');
    if (src) {
      if (!first.has(id)) first.set(id, src);
    } else if (first.has(id)) img.src = first.get(id)!;
  }
}
