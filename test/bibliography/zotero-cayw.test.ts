import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { citedParts, partsInsertion } from '../../src/core/service/library-keys';
import { CaywError, citeAsYouWrite } from '../../src/extension/zotero/cayw';
import { betterBibTeX, withStandIn } from '../helpers/zotero-stand-in';

async function rejection(promise: Promise<unknown>): Promise<CaywError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof CaywError, String(error));
    return error;
  }
  assert.fail('expected Zotero to be reported unavailable');
}

describe('Cite from Zotero: Better BibTeX cite-as-you-write against a stand-in server', () => {
  it('probes, then opens the picker in Pandoc format with brackets, and returns the picked citation', async () => {
    await withStandIn(betterBibTeX('[@nigwekar2008; see @kalajian2009, p. 452]'), async (port, standIn) => {
      const answer = await citeAsYouWrite({ port });
      assert.deepEqual(answer, { kind: 'picked', citation: '[@nigwekar2008; see @kalajian2009, p. 452]' });
      assert.deepEqual(
        standIn.asked.map((a) => a.url),
        ['/better-bibtex/cayw?probe=1', '/better-bibtex/cayw?format=pandoc&brackets=1'],
      );
      assert.ok(standIn.asked.every((a) => a.host === `127.0.0.1:${port}`));
    });
  });

  it('keys with accents and other scripts arrive intact (UTF-8)', async () => {
    await withStandIn(betterBibTeX('[@müller2015; @王2020]'), async (port) => {
      assert.deepEqual(await citeAsYouWrite({ port }), { kind: 'picked', citation: '[@müller2015; @王2020]' });
    });
  });

  it('an empty answer (the author closed the picker) is a cancel, with brackets or without', async () => {
    for (const empty of ['', '[]', ' \n']) {
      await withStandIn(betterBibTeX(empty), async (port) => {
        assert.deepEqual(await citeAsYouWrite({ port }), { kind: 'cancelled' });
      });
    }
  });

  it('a refused connection says Zotero is not running and what to start', async () => {
    const port = await withStandIn(betterBibTeX(''), async (free) => free); // a port nothing listens on any more
    const error = await rejection(citeAsYouWrite({ port }));
    assert.equal(error.problem, 'not-running');
    assert.match(error.message, new RegExp(`Zotero is not running: nothing answers on 127\\.0\\.0\\.1:${port}\\. Start Zotero \\(with the Better BibTeX add-on installed\\)`));
  });

  it('a server that never answers the probe times out with a message naming the wait', async () => {
    await withStandIn(
      () => undefined,
      async (port) => {
        const error = await rejection(citeAsYouWrite({ port, probeTimeoutMs: 300 }));
        assert.equal(error.problem, 'timeout');
        assert.match(error.message, new RegExp(`Zotero did not answer on 127\\.0\\.0\\.1:${port} within 0\\.3 s`));
      },
    );
  });

  it('a picker left open past the limit times out; one the author is still using can be cancelled', async () => {
    const holdPick = (url: string, res: ServerResponse) => {
      if (url.includes('probe=')) res.writeHead(200).end('ready');
    };
    await withStandIn(holdPick, async (port) => {
      const error = await rejection(citeAsYouWrite({ port, pickTimeoutMs: 300 }));
      assert.equal(error.problem, 'timeout');
      assert.match(error.message, /citation picker gave no answer within 0\.3 s/);
    });
    await withStandIn(holdPick, async (port, standIn) => {
      const cancel = new AbortController();
      const asked = standIn.nextRequest().then(() => standIn.nextRequest());
      const answer = citeAsYouWrite({ port, signal: cancel.signal });
      assert.match(await asked, /format=pandoc/);
      cancel.abort();
      assert.deepEqual(await answer, { kind: 'cancelled' });
    });
  });

  it('an error status from the picker is reported with what Better BibTeX said', async () => {
    await withStandIn(betterBibTeX('Error: formatted-citations requires a citation style\nat line 2', 500), async (port) => {
      const error = await rejection(citeAsYouWrite({ port }));
      assert.equal(error.problem, 'error');
      assert.equal(error.message, 'Better BibTeX answered HTTP 500: Error: formatted-citations requires a citation style. Check Zotero, then try again.');
    });
  });

  it('a server without Better BibTeX (404 on the probe, or not "ready") says to install it', async () => {
    await withStandIn(
      (_url, res) => res.writeHead(404).end('No endpoint found'),
      async (port) => {
        const error = await rejection(citeAsYouWrite({ port }));
        assert.equal(error.problem, 'no-better-bibtex');
        assert.match(error.message, /\(HTTP 404\)\. Install the Better BibTeX add-on in Zotero .* or check the setting casereport\.zotero\.port/);
      },
    );
    await withStandIn(
      (_url, res) => res.writeHead(200).end('<html>Zotero Connector Server is Available</html>'),
      async (port, standIn) => {
        const error = await rejection(citeAsYouWrite({ port }));
        assert.equal(error.problem, 'no-better-bibtex');
        assert.match(error.message, /it did not say ready/);
        assert.equal(standIn.asked.length, 1, 'the picker is not opened after a failed probe');
      },
    );
  });
});

describe('Cite from Zotero: the answer read as a Pandoc citation and inserted', () => {
  it('reads each part with its prefix, locator and suppressed author, as Better BibTeX writes them', () => {
    assert.deepEqual(citedParts('[@nigwekar2008; see @kalajian2009, p. 452; -@muller2015]'), [
      { key: 'nigwekar2008', written: '@nigwekar2008' },
      { key: 'kalajian2009', written: 'see @kalajian2009, p. 452' },
      { key: 'muller2015', written: '-@muller2015' },
    ]);
    assert.deepEqual(citedParts('@a2020; @b2021'), [
      { key: 'a2020', written: '@a2020' },
      { key: 'b2021', written: '@b2021' },
    ]);
    assert.deepEqual(citedParts('[@{odd key 2020}]'), [{ key: 'odd key 2020', written: '@{odd key 2020}' }]);
    assert.deepEqual(citedParts('[]'), []);
    assert.deepEqual(citedParts(''), []);
    assert.equal(citedParts('\\cite{nigwekar2008}'), undefined);
    assert.equal(citedParts('[#adams2001][]'), undefined);
    assert.equal(citedParts('[@a] and [@b]'), undefined);
  });

  it('writes [parts] at the cursor, or ; parts before the ] of the key citation the cursor is in', () => {
    const parts = citedParts('[@a2020; see @b2021, p. 3]')!.map((p) => p.written);
    const text = 'Rare lupus and more [@c2019] here.';
    assert.deepEqual(partsInsertion(parts, 10, undefined, text), { start: 10, end: 10, newText: ' [@a2020; see @b2021, p. 3]' });
    assert.deepEqual(partsInsertion(parts, 11, undefined, text), { start: 11, end: 11, newText: '[@a2020; see @b2021, p. 3] ' });
    assert.deepEqual(partsInsertion(parts, 27, 27, text), { start: 27, end: 27, newText: '; @a2020; see @b2021, p. 3' });
  });
});
