import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { render } from './helpers';

/** The preview superscripts exactly what the checker counts as a citation: one definition, two readers. */
describe('preview and checker agree on what a citation is', () => {
  const references = (count: number) => Array.from({ length: count }, (_, i) => `${i + 1}. Author A. Title ${i + 1}. J Test. 2001;${i + 1}:1-2.`).join('\n');
  const cases: [string, string, number][] = [
    ['a plain superscript', 'Calciphylaxis is rare.^1^', 3],
    ['an exponent after a digit', 'Platelets were 150 x 10^9^/L.', 3],
    ['a squared unit', 'She received 375 mg/m^2^ weekly.', 3],
    ['a citation after a unit that is not squared or cubed', 'Potassium was 2.1 mmol/L^2,3^ at admission.', 3],
    ['an isotope', 'An ^18^F-FDG PET scan was done.', 3],
    ['an HTML isotope', 'A <sup>99</sup>Tc scan was done.', 3],
    ['an HTML superscript citation', 'As reported.<sup>2</sup> Later.', 3],
    ['a year in brackets', 'Published in [2019] by the group.', 3],
    ['a bracketed scale', 'Pain scored on a [0-10] scale.', 3],
    ['a 4-digit bracket the list reaches', 'The last source.[1000]', 1000],
    ['a bracket citation', 'As shown before [2, 3].', 3],
    ['a bracket citation printed as a superscript', 'As shown before<sup>[2,3]</sup>. And^[1]^ here.', 3],
    ['the sentence\'s period inside a superscript', 'As shown before<sup>2.</sup> And^1,^ here.', 3],
    ['a power of ten with a space before its exponent', 'Eosinophils were 2.4 x 10 ^9^/L and platelets 98 × 10 <sup>3</sup>/µL.', 3],
  ];
  for (const [name, sentence, count] of cases) {
    it(name, () => {
      const text = `---\ntitle: T\nauthors:\n  - name: A\n---\n\n${sentence}\n\n## References\n\n${references(count)}\n`;
      const checked = parseDocument(text, parseOptions(defaultConfig())).citations.length;
      const body = render(text).html.split('id="cr-references"')[0];
      const rendered = (body.match(/<sup class="cr-cite/g) ?? []).length;
      assert.equal(rendered, checked, `checker found ${checked}, preview set ${rendered} superscripts`);
      assert.ok(!/<sup[^>]*>\s*<sup/.test(body), 'no superscript nested in another');
    });
  }
});
