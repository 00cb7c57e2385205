// The DevTools pipe the PDF printer speaks to the browser through: NUL-ended JSON messages, however
// the bytes arrive, answers by id, events by name and session, and a close that fails what waits.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { DevToolsPipe } from '../../src/node/pdf/devtools';

function connected() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const sent: string[] = [];
  toBrowser.on('data', (chunk: Buffer) => sent.push(chunk.toString('utf8')));
  return { pipe: new DevToolsPipe(toBrowser, fromBrowser), fromBrowser, sent };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('DevTools pipe (src/node/pdf/devtools.ts)', () => {
  it('sends each command as one NUL-ended JSON message with a new id, the session only when given', async () => {
    const { pipe, sent } = connected();
    void pipe.send('Target.createTarget', { url: 'about:blank' });
    void pipe.send('Page.enable', {}, 'SESSION-1');
    await tick();
    assert.deepEqual(sent.join('').split('\0'), [
      JSON.stringify({ id: 1, method: 'Target.createTarget', params: { url: 'about:blank' } }),
      JSON.stringify({ id: 2, method: 'Page.enable', params: {}, sessionId: 'SESSION-1' }),
      '',
    ]);
  });

  it('answers each command by its id, however the messages are cut into chunks (a character split in two included)', async () => {
    const { pipe, fromBrowser } = connected();
    const first = pipe.send('Page.printToPDF');
    const second = pipe.send('Runtime.evaluate');
    const bytes = Buffer.from(`${JSON.stringify({ id: 2, result: { value: 'Sjögren β₂ 6.8 × 10⁹/L' } })}\0${JSON.stringify({ id: 1, result: { data: 'JVBERi0=' } })}\0`, 'utf8');
    // One byte at a time: every multi-byte character arrives in pieces.
    for (let at = 0; at < bytes.length; at++) fromBrowser.write(bytes.subarray(at, at + 1));
    assert.deepEqual(await second, { value: 'Sjögren β₂ 6.8 × 10⁹/L' });
    assert.deepEqual(await first, { data: 'JVBERi0=' });
  });

  it('rejects a command the browser answers with an error, naming the command', async () => {
    const { pipe, fromBrowser } = connected();
    const answer = pipe.send('Page.setDocumentContent');
    fromBrowser.write(`${JSON.stringify({ id: 1, error: { code: -32000, message: 'No frame for given id found' } })}\0`);
    await assert.rejects(answer, /^Error: Page\.setDocumentContent: No frame for given id found$/);
  });

  it('hands events to their listeners with the session they came from', async () => {
    const { pipe, fromBrowser } = connected();
    const seen: unknown[] = [];
    pipe.on('Fetch.requestPaused', (params, session) => seen.push([params.requestId, session]));
    pipe.on('Page.loadEventFired', (_, session) => seen.push(['load', session]));
    fromBrowser.write(`${JSON.stringify({ method: 'Fetch.requestPaused', params: { requestId: 'interception-1' }, sessionId: 'S' })}\0${JSON.stringify({ method: 'Page.loadEventFired', params: {} })}\0`);
    await tick();
    assert.deepEqual(seen, [['interception-1', 'S'], ['load', undefined]]);
  });

  it('when closed, fails what waits and every later command with the first reason given', async () => {
    const { pipe, fromBrowser } = connected();
    const waiting = pipe.send('Page.printToPDF');
    const reasons: string[] = [];
    pipe.onClose((reason) => reasons.push(reason.message));
    fromBrowser.destroy(new Error('EPIPE')); // the pipe's end comes first, and is not the reason
    pipe.close(new Error('quit before printing, exit code 1'));
    pipe.close(new Error('the browser was closed'));
    await assert.rejects(waiting, /^Error: quit before printing, exit code 1$/);
    await assert.rejects(pipe.send('Browser.close'), /^Error: quit before printing, exit code 1$/);
    pipe.onClose((reason) => reasons.push(`late: ${reason.message}`));
    assert.deepEqual(reasons, ['quit before printing, exit code 1', 'late: quit before printing, exit code 1']);
  });
});
