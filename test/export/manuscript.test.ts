// The manuscript builder that `casereport export` and VS Code's export commands share: a report that
// cites by key gets its numbers and its AMA reference list from the library it names (VS Code's
// Export Word left the keys as typed, [@key], and no reference list, while the CLI numbered them).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, parseDocument, parseOptions } from '../../src/core';
import { createNodeHost } from '../../src/node/host';
import { buildManuscript } from '../../src/node/manuscript';
import { LIBRARY, keyedReport } from '../e2e/support/keyed-report';
import { DocxFile } from './docx-reader';

describe('the shared manuscript builder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casereport-manuscript-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('numbers key citations and writes the AMA reference list from the report\'s library in the Word manuscript', async () => {
    const path = join(dir, 'keyed.md');
    writeFileSync(path, keyedReport());
    writeFileSync(join(dir, 'references.bib'), LIBRARY);
    const config = defaultConfig();
    const model = parseDocument(keyedReport(), parseOptions(config), path);
    const { bytes } = await buildManuscript('docx', model, { config, host: createNodeHost(), imageRoots: { folder: dir, roots: [] }, css: () => '' });
    const paragraphs = new DocxFile(bytes).paragraphs();
    const text = paragraphs.map((p) => p.text);
    assert.ok(!text.some((t) => t.includes('[@')), `no key left as typed: ${text.filter((t) => t.includes('[@')).join(' | ')}`);
    const cited = paragraphs.find((p) => p.text.startsWith('Calciphylaxis is rare outside end-stage renal disease'))!;
    assert.deepEqual(cited.runs.filter((r) => r.superscript).map((r) => r.text), ['1', '2'], 'nigwekar2008, then kalajian2009, as superscripts');
    const references = text.indexOf('References');
    assert.ok(references > 0, `a References heading: ${text.join(' | ')}`);
    assert.match(text.slice(references + 1).join('\n'), /^1\.\tNigwekar SU, .*\n2\.\tKalajian AH, /);
  });
});
