import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BUNDLE_HASH_BYTES, bundleHash } from '../../src/cli/bundle-hash';

/** The code cache's fingerprint of the CLI bundle (src/cli/bin.ts uses a cache only for the bundle it was made from). */
describe('bundleHash: the fingerprint the CLI code cache starts with', () => {
  it('changes with any one byte changed, added or removed, wherever it is', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, delta) => {
        const i = at % bytes.length;
        const changed = Uint8Array.from(bytes);
        changed[i] = (changed[i] + delta) & 255;
        const hash = bundleHash(bytes);
        assert.equal(hash.length, BUNDLE_HASH_BYTES);
        assert.notDeepEqual(bundleHash(changed), hash);
        assert.notDeepEqual(bundleHash(bytes.subarray(0, bytes.length - 1)), hash);
        assert.notDeepEqual(bundleHash(Uint8Array.from([...bytes, 0])), hash);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads bytes that do not start on a word as those that do', () => {
    const bytes = Buffer.from('#!/usr/bin/env node\n"use strict"; // µ and – are bytes too\n');
    const unaligned = new Uint8Array(bytes.length + 3).subarray(3);
    unaligned.set(bytes);
    assert.deepEqual(bundleHash(unaligned), bundleHash(bytes));
  });
});
