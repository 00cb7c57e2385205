import type { Rule } from '../../rule';
import { reportDuplicateKeys } from './duplicate-keys';

export const referenceDuplicate: Rule = {
  code: 'reference-duplicate',
  defaultSeverity: 'warning',
  description: 'Two reference entries share a DOI or the same text (ignoring case, spacing and punctuation), or two cited library keys share a DOI.',
  run(context) {
    reportDuplicateKeys(context);
    const { model, report } = context;
    const byDoi = new Map<string, number>();
    const byText = new TextKeys();
    const entries = model.references?.entries ?? [];
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e];
      const doi = entry.doi?.value.toLowerCase();
      const text = byText.key(entry.text);
      const earlier = (doi !== undefined ? byDoi.get(doi) : undefined) ?? (text !== undefined ? byText.get(text) : undefined);
      if (earlier !== undefined) {
        const same = doi !== undefined && byDoi.get(doi) === earlier ? `the same DOI ${entry.doi!.value}` : 'the same text';
        report({ start: entry.start, end: model.source.lineEnd(entry.startLine), message: `Reference ${entry.number} duplicates reference ${earlier} (${same})` });
        continue;
      }
      if (doi !== undefined) byDoi.set(doi, entry.number);
      if (text !== undefined) byText.set(text, entry.number);
    }
  },
};

/** The entry's letters and digits, lower-cased. ASCII text (nearly every entry) skips the slower Unicode classes. */
export function comparable(text: string): string {
  const lower = text.toLowerCase();
  return /^[\x00-\x7f]*$/.test(lower) ? lower.replace(/[^a-z0-9]+/g, '') : lower.replace(/[^\p{L}\p{N}]+/gu, '');
}

interface TextKey {
  text: string;
  hash: number;
  /** comparable(text), once it has been needed. */
  comparable: string | undefined;
  /** Once the key is in the map: its value, and the next key of the same hash. */
  value: number | undefined;
  next: TextKey | undefined;
}

/**
 * A map keyed by comparable(text) that, for ASCII text, hashes the letters and digits as it reads
 * them instead of building the comparable string: the string is built only when two hashes meet
 * (a duplicate, or a rare collision), so the comparison stays exact. The keys of one hash are
 * chained through the keys themselves: one object per entry (a list of 20,000 entries).
 */
class TextKeys {
  private readonly byHash = new Map<number, TextKey>();

  /** The key of an entry's text, or undefined when it has no letters or digits (comparable is empty). */
  key(text: string): TextKey | undefined {
    const hash = asciiHash(text);
    if (hash !== undefined) return hash === EMPTY ? undefined : { text, hash, comparable: undefined, value: undefined, next: undefined };
    const key = comparable(text);
    return key === '' ? undefined : { text, hash: hashOf(key), comparable: key, value: undefined, next: undefined };
  }

  get(key: TextKey): number | undefined {
    return this.same(this.byHash.get(key.hash), key)?.value;
  }

  set(key: TextKey, value: number): void {
    const first = this.byHash.get(key.hash);
    if (this.same(first, key) !== undefined) return;
    key.value = value;
    key.next = first;
    this.byHash.set(key.hash, key);
  }

  /** The key in the chain from `first` with the comparable text of `key`. */
  private same(first: TextKey | undefined, key: TextKey): TextKey | undefined {
    for (let other = first; other !== undefined; other = other.next) if (comparableOf(other) === comparableOf(key)) return other;
    return undefined;
  }
}

function comparableOf(key: TextKey): string {
  return (key.comparable ??= comparable(key.text));
}

const FNV_OFFSET = 0x811c9dc5;
/** The hash of a text without letters or digits (never a real one: asciiHash returns it only then). */
const EMPTY = -1;

/** FNV-1a over the characters of a comparable string. */
function hashOf(key: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** hashOf(comparable(text)) for ASCII text, read in one pass; EMPTY when it has no letter or digit; undefined for other text. */
function asciiHash(text: string): number | undefined {
  let hash = FNV_OFFSET;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    hash = Math.imul(hash ^ c, 16777619);
    any = true;
  }
  return any ? hash >>> 0 : EMPTY;
}
