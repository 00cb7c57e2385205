import type { CslItem } from '../csl';
import type { AmaEntry } from './entry';
import { field, onlineEntry, publisherYear, titleRuns } from './fields';
import { amaNames } from './names';

/** `Version 4.3.1` from `4.3.1`, `v4.3.1` or `version 4.3.1`. */
function version(value: unknown): string {
  const text = field(value).replace(/^(?:version|ver\.?|v)\s*(?=\d)/i, '');
  return text ? `Version ${text}` : '';
}

/**
 * Software and data sets: `Author or group. Title. Version 4.3.1. Publisher or repository; Year.
 * Accessed date. URL` (or the DOI).
 */
export function formatDataOrSoftware(item: CslItem): AmaEntry {
  return onlineEntry(item, [amaNames(item.author), titleRuns(item.title), version(item.version), publisherYear(item)]);
}
