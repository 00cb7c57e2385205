import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { applyEdits } from '../../src/core/fix';
import { DocumentService } from '../../src/core/service/document-service';
import type { Method, Params, Request, Result } from '../../src/core/service/protocol';
import { BIB, MemoryFiles, REPORT_PATH, memoryHost, report } from './helpers';

let id = 1;
function ask<M extends Method>(service: DocumentService, method: M, params: Params<M>): Result<M> {
  const response = service.handle({ id: id++, method, params } as Request);
  if (!('result' in response)) throw new Error(JSON.stringify(response));
  return response.result as Result<M>;
}

describe('the analysis service on a report that cites by key', () => {
  const uri = 'file:///cases/lupus/case.md';
  const text = report('Rare [@nigwekar2008; @kalajian2010].');
  const analyze = (service: DocumentService, version: number) => ask(service, 'analyze', { uri, version, text, path: REPORT_PATH, config: defaultConfig(), included: false });

  it('re-checks with the library as Zotero rewrote it, once the extension clears its analyses', () => {
    const files = new MemoryFiles({ '/cases/lupus/refs.bib': BIB });
    const service = new DocumentService(memoryHost(files));
    const first = analyze(service, 1);
    assert.deepEqual(first.findings.filter((f) => f.code === 'citation-undefined').map((f) => f.message), ['The key kalajian2010 is not in the library; did you mean kalajian2009?']);
    assert.deepEqual(first.files, ['/cases/lupus/refs.bib']);
    files.rewrite('/cases/lupus/refs.bib', BIB.replace('kalajian2009', 'kalajian2010'));
    ask(service, 'clear', {});
    assert.deepEqual(analyze(service, 1).findings.filter((f) => f.code === 'citation-undefined'), []);
    assert.equal(files.reads, 2);
  });

  it('answers numberCitations with one edit, and render with the generated list', () => {
    const files = new MemoryFiles({ '/cases/lupus/refs.bib': BIB.replace('kalajian2009', 'kalajian2010') });
    const service = new DocumentService(memoryHost(files));
    analyze(service, 1);
    const planned = ask(service, 'numberCitations', { uri, version: 1 });
    assert.ok('fix' in planned);
    assert.match(applyEdits(text, planned.fix.edits).text, /Rare\.\^1,2\^\n\n## References\n\n1\. Nigwekar SU/);
    const rendered = ask(service, 'render', { uri, version: 1, images: {}, sourceLines: true });
    assert.match(rendered.html, /<li id="cr-ref-2" value="2" data-key="kalajian2010">Kalajian AH/);
  });
});
