import { strict as assert } from 'node:assert';
import { abstractParts } from '../../src/core/abstract';

describe('export: the parts of the abstract', () => {
  it('cuts a structured abstract written as one string at its run-in heads', () => {
    assert.deepEqual(abstractParts('Background: EGPA is rare. Case presentation: A woman in her 40s had tamponade. Conclusions: Think of EGPA.'), [
      { head: 'Background', text: 'EGPA is rare.' },
      { head: 'Case presentation', text: 'A woman in her 40s had tamponade.' },
      { head: 'Conclusions', text: 'Think of EGPA.' },
    ]);
  });

  it("cuts at CARE's label with commas (Diagnoses, interventions and outcomes:), which the print kept inside the case presentation before", () => {
    assert.deepEqual(abstractParts('Background: GCA is rare. Case presentation: A woman had fever. Diagnoses, therapeutic interventions, and outcomes: PET showed aortitis. Conclusion: Think of GCA.').map((p) => p.head), [
      'Background',
      'Case presentation',
      'Diagnoses, therapeutic interventions, and outcomes',
      'Conclusion',
    ]);
  });

  it('keeps the keys of a structured abstract written as a mapping, capitalised', () => {
    assert.deepEqual(abstractParts({ background: 'EGPA is rare.', 'Case Presentation': 'A woman had tamponade.', empty: '' }), [
      { head: 'Background', text: 'EGPA is rare.' },
      { head: 'Case Presentation', text: 'A woman had tamponade.' },
    ]);
  });

  it('leaves an unstructured abstract whole, even with a colon in a sentence', () => {
    const text = 'Cardiac involvement is rare. We describe two findings: tamponade and myocarditis. Treatment: steroids.';
    assert.deepEqual(abstractParts(text), [{ text }]);
    assert.deepEqual(abstractParts('First paragraph.\n\nSecond paragraph.'), [{ text: 'First paragraph.' }, { text: 'Second paragraph.' }]);
    assert.deepEqual(abstractParts(undefined), []);
  });
});
