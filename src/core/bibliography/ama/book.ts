import type { CslItem } from '../csl';
import { italic, plain, type AmaEntry, type Element } from './entry';
import { amaEdition, amaVolume, field, onlineEntry, publisherYear, titleRuns } from './fields';
import { amaEditors, amaNames } from './names';
import { amaPages } from './pages';

/** The authors, or for an edited book without authors its editors (`Editor AA, ed.`). */
function creators(item: CslItem): string {
  return amaNames(item.author) || amaEditors(item.editor);
}

/** `Author AA. Title of Book. 11th ed. Vol 2. Publisher; 2020.` (no publisher location). */
export function formatBook(item: CslItem): AmaEntry {
  return onlineEntry(item, [creators(item), titleRuns(item.title, true), amaEdition(item.edition), amaVolume(item.volume), publisherYear(item)]);
}

/** `In: Editor AA, Editor BB, eds.` then the italic book title; `In:` joins the title when no editor is named. */
export function inContainer(item: CslItem): Element[] {
  const editors = amaEditors(item.editor);
  const container = field(item['container-title']);
  if (editors) return [`In: ${editors}`, italic(container)];
  return container ? [[...plain('In: '), ...italic(container)]] : [];
}

/** `Author AA. Chapter title. In: Editor AA, Editor BB, eds. Book Title. 3rd ed. Publisher; 2013:99-105.` */
export function formatChapter(item: CslItem): AmaEntry {
  return onlineEntry(item, [
    amaNames(item.author),
    titleRuns(item.title),
    ...inContainer(item),
    amaEdition(item.edition),
    amaVolume(item.volume),
    publisherYear(item, amaPages(field(item.page))),
  ]);
}
