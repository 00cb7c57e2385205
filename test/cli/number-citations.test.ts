import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIB } from '../bibliography/helpers';
import { cli, scratch } from './helpers';

const REPORT = `---
title: Calciphylaxis in Lupus
authors:
  - name: Joey Kim
consent: Written informed consent was obtained from the patient.
bibliography: refs.bib
---

## Introduction

Calciphylaxis is rare outside end-stage renal disease [@nigwekar2008; @kalajian2009].

## Case Presentation

A 45-year-old woman with lupus had painful ulcers, treated as described [@muller2015, p. e12].

## Discussion

Wound care matters most [@nigwekar2008].
`;

describe('casereport fix --number-citations', () => {
  it('writes ^N^ markers and the AMA list; the checks pass on the result; a second run changes nothing', () => {
    const { dir, cleanup } = scratch({ 'case.md': REPORT, 'refs.bib': BIB });
    try {
      const first = cli(['fix', '--number-citations', '--write', 'case.md'], dir);
      assert.equal(first.stderr, 'case.md: 1 fix written\n');
      const written = readFileSync(join(dir, 'case.md'), 'utf8');
      assert.match(written, /renal disease\.\^1,2\^\n/);
      assert.match(written, /described\.\^3\(pe12\)\^\n/);
      assert.match(written, /most\.\^1\^\n\n## References\n\n1\. Nigwekar SU, Wolf M, Sterns RH, Hix JK\. [^\n]+\n2\. Kalajian AH[^\n]+\n3\. Müller J, Østergaard S\. [^\n]+\n$/);
      const check = cli(['check', '--format', 'json', 'case.md'], dir);
      assert.deepEqual((JSON.parse(check.stdout) as { code: string }[]).filter((f) => /^(?:citation|reference|bibliography)/.test(f.code)), []);
      const second = cli(['fix', '--number-citations', 'case.md'], dir);
      assert.equal(second.stdout, '');
    } finally {
      cleanup();
    }
  });

  it("leaves the report alone and names the citation whose words a superscript cannot hold ([see @a, p. 5])", () => {
    const withWords = REPORT.replace('described [@muller2015', 'described [see @muller2015');
    const { dir, cleanup } = scratch({ 'case.md': withWords, 'refs.bib': BIB });
    try {
      const ran = cli(['fix', '--number-citations', '--write', 'case.md'], dir);
      assert.equal(ran.code, 1);
      assert.equal(
        ran.stderr,
        "casereport: case.md:15:73: the citation keys were not converted: The citation [see @muller2015, p. e12] has words beside its key ('see') that a numbered superscript cannot hold; write them in the sentence, outside the brackets, and convert again\n",
      );
      assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), withWords);
    } finally {
      cleanup();
    }
  });

  it('leaves the report alone and says why when a key is not in the library', () => {
    const { dir, cleanup } = scratch({ 'case.md': REPORT.replace('@kalajian2009', '@kalajian2010'), 'refs.bib': BIB });
    try {
      const ran = cli(['fix', '--number-citations', '--write', 'case.md'], dir);
      assert.equal(ran.code, 1);
      assert.equal(ran.stderr, 'casereport: case.md:11:71: the citation keys were not converted: The key kalajian2010 is not in the library, so it has no number; correct it first\n');
      assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), REPORT.replace('@kalajian2009', '@kalajian2010'));
    } finally {
      cleanup();
    }
  });
});
