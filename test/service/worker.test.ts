import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { defaultConfig } from '../../src/core/config';
import { WorkerConnection } from '../../src/extension/worker/connection';
import { FRONTMATTER } from '../renumber/helpers';

const TEXT = `${FRONTMATTER}Calciphylaxis is rare.^3^\n\n## References\n\n1. Alpha A. First.\n`;
const params = (version: number) => ({ uri: 'file:///r/case.md', version, text: TEXT, config: defaultConfig(), included: false });

/** The analysis worker as the extension runs it: a real worker thread on the bundled script. */
describe('analysis worker connection', function () {
  this.timeout(30000);
  let dir: string;
  let script: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casereport-worker-'));
    script = join(dir, 'analysis-worker.js');
    await esbuild.build({ entryPoints: [join(__dirname, '..', '..', 'src', 'extension', 'worker', 'analysis-worker.ts')], outfile: script, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('answers requests in a real worker thread, and nothing about versions it no longer has', async () => {
    const connection = new WorkerConnection(script);
    try {
      const [old, current] = await Promise.all([connection.request('analyze', params(1)), connection.request('analyze', params(2))]);
      // Superseding itself is tested step by step in document-service.test.ts; across threads
      // version 1 may already be running when version 2 arrives.
      assert.ok(old === undefined || old.caseReport);
      assert.deepEqual([...new Set(current?.findings.map((f) => f.code))].sort(), ['citation-undefined', 'reference-uncited', 'section-missing']);
      assert.equal(await connection.request('lenses', { uri: 'file:///r/case.md', version: 1 }), undefined);
      const lenses = await connection.request('lenses', { uri: 'file:///r/case.md', version: 2 });
      assert.deepEqual(lenses?.map((l) => l.places.length), [0]);
    } finally {
      connection.dispose();
    }
  });

  it('says in its log when the worker starts and stops, each request\'s time at debug level, and what failed', async () => {
    const lines: string[] = [];
    const log = { info: (m: string) => lines.push(`info ${m}`), debug: (m: string) => lines.push(`debug ${m}`), error: (m: string | Error) => lines.push(`error ${m instanceof Error ? m.message : m}`) };
    const connection = new WorkerConnection(script, log);
    try {
      await connection.request('analyze', params(1));
      const unpostable = { ...params(2), config: { ...defaultConfig(), rules: new Proxy({}, {}) } };
      await assert.rejects(connection.request('analyze', unpostable));
      const pending = connection.request('analyze', params(3));
      (connection as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
      await assert.rejects(pending, /stopped/);
      assert.match(lines[0], /^info Analysis worker started \(thread \d+\)$/);
      assert.match(lines[1], /^debug analyze in \d+ ms$/);
      assert.match(lines[2], /^error analyze not sent to the analysis worker: .*could not be cloned/);
      assert.match(lines[3], /^error Analysis worker stopped \(exit code \d+\); the next request starts a new one$/);
    } finally {
      connection.dispose();
    }
  });

  it('rejects a request that cannot be posted (as VS Code\'s setting proxies could not) and keeps serving', async () => {
    const connection = new WorkerConnection(script);
    try {
      const unpostable = { ...params(1), config: { ...defaultConfig(), rules: new Proxy({}, {}) } };
      await assert.rejects(connection.request('analyze', unpostable), /could not be cloned/);
      assert.equal((connection as unknown as { pending: Map<number, unknown> }).pending.size, 0, 'nothing left waiting for an answer');
      assert.equal((await connection.request('analyze', params(1)))?.caseReport, true);
    } finally {
      connection.dispose();
    }
  });

  it('fails pending requests when the worker dies, and starts a new one for the next request', async () => {
    const connection = new WorkerConnection(script);
    try {
      const pending = connection.request('analyze', params(1));
      (connection as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
      await assert.rejects(pending, /stopped/);
      const again = await connection.request('analyze', params(1));
      assert.equal(again?.caseReport, true);
    } finally {
      connection.dispose();
    }
  });
});
