import assert from 'node:assert/strict';
import { FakeVscode, type FakeDocument } from '../support/vscode-fake';
import type { Finding } from '../../src/core';

/**
 * Export HTML, Export Word and Export PDF, with a stand-in `vscode`: each asks the same question
 * (confirmExport) before its save dialog when the report has errors or `phi-*` findings, writes
 * nothing when the author does not choose Export Anyway, and asks nothing of a clean report.
 */
describe('exports ask before a report with errors or patient-privacy findings leaves the computer', () => {
  let fake: FakeVscode;
  let uninstall: () => void;
  let html: typeof import('../../src/extension/preview/export');
  let run: typeof import('../../src/extension/export/run');
  let document: FakeDocument;
  const extensionUri = { fsPath: '/ext', path: '/ext', scheme: 'file', toString: () => 'file:///ext' };

  const finding = (code: string, severity: Finding['severity']) => ({ code, severity }) as Finding;
  const PHI_AND_ERROR = [finding('phi-name', 'warning'), finding('phi-date', 'warning'), finding('reference-uncited', 'error'), finding('citation-compress', 'info')];

  /** The three exports of the report, each with the findings the analysis has for it. */
  const exports = (findings: Finding[]) => {
    const cache = { get: async () => ({ version: 1, findings }), query: async () => undefined };
    return {
      html: () => html.exportHtml(extensionUri as never, cache as never),
      docx: () => run.runExport({ format: 'docx', document: document as never, findings, extensionUri: extensionUri as never }),
      pdf: () => run.runExport({ format: 'pdf', document: document as never, findings, extensionUri: extensionUri as never }),
    };
  };

  beforeEach(() => {
    fake = new FakeVscode();
    uninstall = fake.install();
    for (const module of ['../../src/extension/preview/export', '../../src/extension/export/run', '../../src/extension/export/confirm', '../../src/extension/export/deliver']) delete require.cache[require.resolve(module)];
    html = require('../../src/extension/preview/export');
    run = require('../../src/extension/export/run');
    document = fake.openDocument('/r/case.md', '---\ntitle: T\nauthors:\n  - name: A\n---\n\nMr. John Smith was admitted on March 3, 2021.\n');
    // The author cancels the save dialog: nothing is built or written past it.
    fake.answers.set('window.showSaveDialog', async () => undefined);
  });
  afterEach(() => uninstall());

  for (const format of ['html', 'docx', 'pdf'] as const) {
    it(`${format}: the same question, naming the counts, before the save dialog; no answer writes nothing`, async () => {
      const questions: unknown[][] = [];
      fake.answers.set('window.showWarningMessage', async (...args: unknown[]) => (questions.push(args), undefined));
      await exports(PHI_AND_ERROR)[format]();
      assert.deepEqual(questions.map((q) => q[0]), ['This report has 1 error and 2 patient-privacy findings (phi-*).']);
      assert.deepEqual(questions[0].slice(1), [{ modal: true, detail: "A manuscript with a patient's name, a date or an open error should not leave this computer unchecked. Export anyway?" }, 'Export Anyway']);
      assert.ok(!fake.calls.includes('window.showSaveDialog'), 'no save dialog after the author declined');
      assert.ok(!fake.calls.some((call) => call.startsWith('workspace.fs.')), 'nothing written');
    });

    it(`${format}: Export Anyway goes on to the save dialog; a clean report is not asked`, async () => {
      fake.answers.set('window.showWarningMessage', async () => 'Export Anyway');
      await exports(PHI_AND_ERROR)[format]();
      assert.deepEqual(fake.calls.filter((call) => call.startsWith('window.show')), ['window.showWarningMessage', 'window.showSaveDialog']);
      fake.calls.length = 0;
      await exports([finding('citation-compress', 'info'), finding('abbreviation-undefined', 'warning')])[format]();
      assert.deepEqual(fake.calls.filter((call) => call.startsWith('window.show')), ['window.showSaveDialog']);
    });
  }
});
