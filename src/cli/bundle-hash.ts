/** How many bytes `bundleHash` gives. */
export const BUNDLE_HASH_BYTES = 8;

/**
 * A 64-bit fingerprint of a bundle's bytes, which the CLI's code cache starts with (src/cli/bin.ts):
 * MurmurHash3's (x86, 32-bit) mixing in two lanes of different constants, four bytes at a time. It tells a
 * bundle from another one (a rebuild, an edit of the same length) without `node:crypto`, whose
 * loading (with Node's stream modules it requires) cost every start of the CLI more than the
 * hashing itself. Not a defence against anyone who can write the bundle: they can run code anyway.
 */
export function bundleHash(bytes: Uint8Array): Buffer {
  // Whole words read through an aligned view (a copy when the bytes do not start on a word).
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
  let a = 0x9747b28c;
  let b = 0x2b6e5a41;
  for (let i = 0; i < words.length; i++) {
    const k = mixed(words[i]);
    a = Math.imul(rotated(a ^ k, 13), 5) + 0xe6546b64;
    b = Math.imul(rotated(b ^ k, 17), 9) + 0x38b34ae5;
  }
  let tail = 0;
  for (let i = aligned.length - 1; i >= words.length * 4; i--) tail = (tail << 8) | aligned[i];
  const k = mixed(tail);
  const hash = Buffer.alloc(BUNDLE_HASH_BYTES);
  hash.writeUInt32LE(finished(a ^ k, aligned.length), 0);
  hash.writeUInt32LE(finished(b ^ k, aligned.length), 4);
  return hash;
}

function mixed(word: number): number {
  return Math.imul(rotated(Math.imul(word, 0xcc9e2d51), 15), 0x1b873593);
}

function rotated(x: number, by: number): number {
  return (x << by) | (x >>> (32 - by));
}

/** MurmurHash3's finish: the length, then every bit made to count. */
function finished(h: number, length: number): number {
  h ^= length;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
