import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { defaultConfig } from '../../src/core/config';
import { MAGAZINE } from '../../src/core/house-styles';

const REPORT = `---
title: Sicca Symptoms and Renal Tubular Acidosis
authors:
  - name: A Author
---

## Background

She was referred to Dr. Sjögren at the rheumatology clinic, and later seen by Dr. Alvarez.
`;

function codesOf(folder: string): { code: string; message: string }[] {
  let out = '';
  run(['check', '--format', 'json', join(folder, 'report.md')], { stdout: (t) => (out += t), stderr: () => undefined });
  return JSON.parse(out);
}

/** The privacy allow-list reaches the command line through the house-style file. */
describe('privacyAllow in a house-style file', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'casereport-allow-'));
    writeFileSync(join(folder, 'report.md'), REPORT);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('without it, both honorific names are flagged', () => {
    assert.equal(codesOf(folder).filter((f) => f.code === 'phi-name').length, 2);
  });

  it('with it, the allowed term is not flagged and the other still is', () => {
    writeFileSync(join(folder, '.casereport.json'), JSON.stringify({ extends: 'magazine', privacyAllow: ['Dr. Sjögren'] }));
    const names = codesOf(folder).filter((f) => f.code === 'phi-name');
    assert.equal(names.length, 1);
    assert.match(names[0].message, /Alvarez/);
  });

  it('joins the house style list and the setting in the configuration', () => {
    const config = defaultConfig({ houseStyle: { ...MAGAZINE, privacyAllow: ['Dr. Sjögren'] }, privacy: { allow: ['Mayo Clinic', 'Dr. Sjögren'] } });
    assert.deepEqual(config.privacy.allow, ['Dr. Sjögren', 'Mayo Clinic']);
  });
});
