import assert from 'node:assert/strict';
import { descriptorWriter, type WriteSync } from '../../src/cli/stdio';

/** A descriptor that takes what `take` allows of each write (a number of bytes, or an error code to throw). */
function descriptor(take: (call: number) => number | string): { write: WriteSync; bytes: () => Buffer; calls: () => number } {
  const written: Buffer[] = [];
  let calls = 0;
  const write: WriteSync = (fd, bytes, offset, length) => {
    assert.equal(fd, 7);
    const allowed = take(calls++);
    if (typeof allowed === 'string') throw Object.assign(new Error(`write ${allowed}`), { code: allowed });
    const n = Math.min(allowed, length);
    written.push(Buffer.from(bytes.subarray(offset, offset + n)));
    return n;
  };
  return { write, bytes: () => Buffer.concat(written), calls: () => calls };
}

const noFailure = (error: Error) => assert.fail(`unexpected failure ${error.message}`);

describe('CLI standard output and error (descriptorWriter)', () => {
  it('writes every byte of each text, across partial writes, in order', () => {
    const d = descriptor(() => 5);
    const out = descriptorWriter(7, noFailure, d.write);
    out('Café ✓ 𝛼\n');
    out('second\n');
    assert.equal(d.bytes().toString('utf8'), 'Café ✓ 𝛼\nsecond\n');
  });

  it('waits for a non-blocking descriptor that is full (EAGAIN), then writes the rest', () => {
    const d = descriptor((call) => (call % 3 === 1 ? 'EAGAIN' : 4));
    const out = descriptorWriter(7, noFailure, d.write);
    out('abcdefghijklmnopqrstuvwxyz');
    assert.equal(d.bytes().toString('utf8'), 'abcdefghijklmnopqrstuvwxyz');
  });

  it('stops quietly when the reader has gone (EPIPE): no failure, later texts dropped', () => {
    const d = descriptor((call) => (call === 0 ? 3 : 'EPIPE'));
    const out = descriptorWriter(7, noFailure, d.write);
    out('abcdef');
    out('never written');
    assert.equal(d.bytes().toString('utf8'), 'abc');
    assert.equal(d.calls(), 2);
  });

  it('hands any other failure (a full disk) to its caller once, then writes nothing', () => {
    const d = descriptor(() => 'ENOSPC');
    const failures: string[] = [];
    const out = descriptorWriter(7, (error) => void failures.push(error.code ?? ''), d.write);
    out('abc');
    out('def');
    assert.deepEqual(failures, ['ENOSPC']);
    assert.equal(d.calls(), 1);
  });

  it('encodes a long text a slice at a time without cutting a surrogate pair', () => {
    const d = descriptor(() => Number.MAX_SAFE_INTEGER);
    const out = descriptorWriter(7, noFailure, d.write);
    // Pairs at every odd offset and every even one: whichever the slice boundary, one straddles it.
    const text = `${'𝛼'.repeat(600_000)}x${'𝛼'.repeat(600_000)}`;
    out(text);
    assert.ok(d.calls() > 1, 'written in more than one slice');
    assert.ok(d.bytes().equals(Buffer.from(text, 'utf8')));
  });
});
