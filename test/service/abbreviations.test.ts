import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { applyEdits } from '../../src/core/fix';
import { fixAll } from '../../src/core/fix-all';
import { MAGAZINE } from '../../src/core/house-styles';
import { DocumentService } from '../../src/core/service/document-service';
import type { DocumentInput, Planned, Request, Response } from '../../src/core/service/protocol';
import type { HoverInfo } from '../../src/core/service/language';

const host = { fileExists: () => true };
const FRONT = ['---', 'title: Calciphylaxis in a Woman With Lupus', 'authors:', '  - name: Test Author', 'abstract: A woman with end-stage renal disease (ESRD) and lupus. ESRD was treated.', '---', ''].join('\n');
const BODY = [
  'Calciphylaxis is rare in end-stage renal disease (ESRD) without dialysis.^1^ ESRD was due to systemic lupus erythematosus (SLE).',
  '',
  'Her SLE was treated. The MPO-ANCA was negative; myeloperoxidase (MPO) testing was repeated.',
  '',
  '## References',
  '',
  '1. Nigwekar SU, Thadhani R, Brandenburg VM. Calciphylaxis. *N Engl J Med*. 2018;378(18):1704-1714. doi:10.1056/NEJMra1505292',
  '',
].join('\n');
const REPORT = FRONT + BODY;

function input(text: string, config = defaultConfig()): DocumentInput {
  return { uri: 'file:///r/case.md', version: 1, text, config, included: false };
}
let id = 1;
function ask(service: DocumentService, method: Request['method'], params: unknown): unknown {
  const response: Response = service.handle({ id: id++, method, params } as Request);
  if (!('result' in response)) throw new Error(JSON.stringify(response));
  return response.result;
}
function hover(text: string, word: string, nth = 0, config = defaultConfig()): HoverInfo | undefined {
  const service = new DocumentService(host);
  ask(service, 'analyze', input(text, config));
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
  return ask(service, 'hover', { uri: 'file:///r/case.md', version: 1, offset: at + 1 }) as HoverInfo | undefined;
}

describe('abbreviation hover (answered by the analysis service)', () => {
  it('shows what the abbreviation stands for, where it is defined and how often it is used', () => {
    const found = hover(REPORT, 'ESRD', 3);
    assert.ok(found);
    assert.equal(REPORT.slice(found.span.start, found.span.end), 'ESRD');
    assert.equal(found.markdown, '**ESRD**: end-stage renal disease\n\nDefined in the text at line 7; used once.');
  });

  it('in the abstract, reads the abstract', () => {
    const found = hover(REPORT, 'ESRD', 1);
    assert.equal(found?.markdown, '**ESRD**: end-stage renal disease\n\nDefined in the abstract at line 5; used once.');
  });

  it('on a piece of a compound, the piece; an undefined one says so', () => {
    const found = hover(REPORT, 'MPO-ANCA', 0);
    assert.equal(found && REPORT.slice(found.span.start, found.span.end), 'MPO');
    assert.match(found!.markdown, /^\*\*MPO\*\*: myeloperoxidase\n\nDefined in the text at line 9/);
    const anca = hover(REPORT, 'ANCA', 0);
    assert.equal(anca?.markdown, '**ANCA**: *not defined in the text.*');
  });

  it('names a known abbreviation as known, and leaves plain words alone', () => {
    const text = REPORT.replace('Her SLE was treated.', 'Her SLE was treated; HIV was negative.');
    assert.match(hover(text, 'HIV')!.markdown, /used without expansion/);
    assert.equal(hover(REPORT, 'Calciphylaxis is'), undefined);
  });
});

describe('Abbreviations list (command and fix)', () => {
  function plan(text: string, config = defaultConfig()): Planned {
    const service = new DocumentService(host);
    ask(service, 'analyze', input(text, config));
    return ask(service, 'abbreviationList', { uri: 'file:///r/case.md', version: 1 }) as Planned;
  }

  it('inserts the list before the references, alphabetically, lowercase expansions', () => {
    const planned = plan(REPORT);
    assert.ok('fix' in planned);
    const text = applyEdits(REPORT, planned.fix.edits).text;
    assert.match(text, /repeated\.\n\n## Abbreviations\n\n- ESRD: end-stage renal disease\n- MPO: myeloperoxidase\n- SLE: systemic lupus erythematosus\n\n## References\n/);
    assert.deepEqual(plan(text), { unchanged: 'The Abbreviations list is up to date (3 abbreviations).' });
  });

  it('updates an existing list in place', () => {
    const stale = REPORT.replace('## References', '## Abbreviations\n\n- XYZ: something removed\n\n## References');
    const planned = plan(stale);
    assert.ok('fix' in planned);
    const fresh = plan(REPORT);
    assert.ok('fix' in fresh);
    assert.equal(applyEdits(stale, planned.fix.edits).text, applyEdits(REPORT, fresh.fix.edits).text);
  });

  it('says when there is nothing to list', () => {
    assert.deepEqual(plan(`${FRONT.replace(/abstract:.*\n/, '')}A woman with lupus.\n`), { unchanged: 'The report defines no abbreviations to list.' });
  });

  it('is kept by casereport fix when the house style asks for a list, and a second run changes nothing', () => {
    const config = defaultConfig({ houseStyle: { ...MAGAZINE, abbreviationList: true } });
    const once = fixAll(REPORT, config, host).text;
    assert.match(once, /## Abbreviations\n\n- ESRD: end-stage renal disease\n/);
    assert.equal(fixAll(once, config, host).text, once);
    assert.doesNotMatch(fixAll(REPORT, defaultConfig(), host).text, /## Abbreviations/);
  });
});
