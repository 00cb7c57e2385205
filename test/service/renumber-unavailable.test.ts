// When renumbering cannot run (a citation has no entry), the service says why and where, so the
// editor can show the renumber quick fix disabled with that reason instead of dropping it.
import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { DocumentService } from '../../src/core/service/document-service';
import type { Request, Response } from '../../src/core/service/protocol';
import { FRONTMATTER } from '../renumber/helpers';

const REPORT = `${FRONTMATTER}Calciphylaxis is rare in lupus.^2^ It follows warfarin.^1^ A similar case was reported.^3^

## References

1. Nigwekar SU, Wolf M, Sterns RH, Hix JK. Calciphylaxis from nonuremic causes: a systematic review. Clin J Am Soc Nephrol. 2008;3(4):1139-1143.
2. Kalajian AH, Malhotra PS, Callen JP, Parker LP. Calciphylaxis with normal renal and parathyroid function. Arch Dermatol. 2009;145(4):451-458.
`;

const at = { uri: 'file:///r/case.md', version: 1 };
let nextId = 1;
function answer(service: DocumentService, method: Request['method'], params: unknown): unknown {
  const response: Response = service.handle({ id: nextId++, method, params } as Request);
  if (!('result' in response)) throw new Error(`no result: ${JSON.stringify(response)}`);
  return response.result;
}

describe('renumbering that cannot run (the reason behind the disabled quick fix)', () => {
  it('reports the order finding on the defined numbers only, and answers the renumber request with the reason and the citation that blocks it', () => {
    const service = new DocumentService({ fileExists: () => true });
    const analyzed = answer(service, 'analyze', { ...at, text: REPORT, path: '/r/case.md', config: defaultConfig(), included: false }) as { findings: { code: string; message: string }[] };
    const codes = analyzed.findings.map((f) => f.code);
    assert.ok(codes.includes('citation-undefined'), codes.join(', '));
    const order = analyzed.findings.filter((f) => f.code === 'citation-order');
    assert.equal(order.length, 1, 'one order finding, for reference 2 cited before 1');
    assert.match(order[0].message, /^Reference 2 is cited before reference 1\b/);

    const planned = answer(service, 'renumber', { ...at, what: 'references' }) as { reason: string; span: { start: number; end: number } };
    assert.equal(planned.reason, 'Reference 3 is cited but has no entry in the reference list; add the entry first.');
    assert.equal(REPORT.slice(planned.span.start, planned.span.end), '^3^');
  });

  it('plans the renumbering once the missing entry is written', () => {
    const service = new DocumentService({ fileExists: () => true });
    const complete = `${REPORT}3. Nigwekar SU, Thadhani R, Brandenburg VM. Calciphylaxis. N Engl J Med. 2018;378(18):1704-1714.\n`;
    answer(service, 'analyze', { ...at, text: complete, path: '/r/case.md', config: defaultConfig(), included: false });
    const planned = answer(service, 'renumber', { ...at, what: 'references' }) as { fix?: unknown };
    assert.ok(planned.fix, JSON.stringify(planned));
  });
});
