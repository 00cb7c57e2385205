import assert from 'node:assert/strict';
import { MAGAZINE, PRESETS, preset } from '../../src/core/house-styles';
import { findHouseStyleFile, loadHouseStyleFile, resolveHouseStyle, UnknownPresetError, type HouseStyleFiles } from '../../src/core/house-styles/load';
import { ALL_RULES } from '../../src/core/rules';

/** An in-memory file system. */
function files(entries: Record<string, string>): HouseStyleFiles {
  return { readFile: (path) => entries[path] };
}

const knownRules = ALL_RULES.map((r) => r.code);

describe('house-style presets', () => {
  it('magazine is the default, read off the spec', () => {
    assert.equal(resolveHouseStyle({ documentPath: '/r/case.md', files: files({}) }).style, MAGAZINE);
    assert.equal(MAGAZINE.categories.length, 13);
    assert.ok(MAGAZINE.categories.includes("Sjögren's Disease"));
    assert.deepEqual(MAGAZINE.limits, { words: 2000, abstractWords: 150, references: 20, figuresAndTables: 6, authors: 6, titleCharacters: 120, wordsPerPage: 350 });
    assert.deepEqual(MAGAZINE.requiredSections.map((s) => s.name), ['Introduction', 'Case Presentation', 'Discussion']);
  });

  it('care requires every CARE section, a structured abstract, and accepts any category', () => {
    const care = PRESETS.care;
    assert.deepEqual(care.requiredSections.map((s) => s.name), [
      'Introduction',
      'Patient Information',
      'Clinical Findings',
      'Timeline',
      'Diagnostic Assessment',
      'Therapeutic Intervention',
      'Follow-up and Outcomes',
      'Discussion',
      'Patient Perspective',
      'Informed Consent',
    ]);
    assert.equal(care.limits.words, 2000);
    assert.equal(care.structuredAbstract, true);
    assert.equal(care.titleMentionsCaseReport, true);
    assert.deepEqual(care.categories, []);
    assert.deepEqual(care.articleTypes, MAGAZINE.articleTypes);
  });

  it('brief: 1,000 words, 150-word abstract, 15 references, 3 figures and tables', () => {
    const { limits } = PRESETS.brief;
    assert.deepEqual([limits.words, limits.abstractWords, limits.references, limits.figuresAndTables], [1000, 150, 15, 3]);
    assert.equal(limits.wordsPerPage, MAGAZINE.limits.wordsPerPage);
    assert.deepEqual(PRESETS.brief.categories, MAGAZINE.categories);
  });

  it('--profile picks a preset; an unknown one is an error naming the choices', () => {
    assert.equal(resolveHouseStyle({ profile: 'brief', documentPath: '/r/a.md', files: files({ '/r/.casereport.json': '{"name":"x"}' }) }).style, preset('brief'));
    assert.throws(() => resolveHouseStyle({ profile: 'nature', files: files({}) }), (e: unknown) => e instanceof UnknownPresetError && /magazine, care, brief/.test(e.message));
  });

  it('the fallback preset applies when no file is found', () => {
    assert.equal(resolveHouseStyle({ documentPath: '/r/a.md', fallback: 'care', files: files({}) }).style, PRESETS.care);
  });
});

describe('house-style files', () => {
  it('are found in the document folder or the nearest ancestor, JSON or YAML', () => {
    const fs = files({ '/j/.casereport.yaml': 'name: j', '/j/reports/.casereport.json': '{}' });
    assert.equal(findHouseStyleFile('/j/reports/2024', fs), '/j/reports/.casereport.json');
    assert.equal(findHouseStyleFile('/j/other', fs), '/j/.casereport.yaml');
    assert.equal(findHouseStyleFile('/elsewhere', fs), undefined);
    assert.equal(findHouseStyleFile('C:\\j\\reports', files({ 'C:\\j\\.casereport.json': '{}' })), 'C:\\j\\.casereport.json');
  });

  it('merge over the preset they extend: mappings key by key, lists replaced', () => {
    const yaml = ['extends: brief', 'name: Lupus Letters', 'categories: [Lupus, Vasculitis]', 'limits:', '  words: 800', 'rules:', '  citation-compress: off', 'articleTypes:', '  letter: { titlePrefix: Letter }'].join('\n');
    const { style, problems, files: chain } = resolveHouseStyle({ documentPath: '/j/a.md', files: files({ '/j/.casereport.yaml': yaml }), knownRules });
    assert.deepEqual(problems, []);
    assert.deepEqual(chain, ['/j/.casereport.yaml']);
    assert.equal(style.name, 'Lupus Letters');
    assert.deepEqual(style.categories, ['Lupus', 'Vasculitis']);
    assert.equal(style.limits.words, 800);
    assert.equal(style.limits.references, 15, 'from brief');
    assert.equal(style.rules['citation-compress'], 'off');
    assert.deepEqual(style.articleTypes.letter, { label: 'Letter', titlePrefix: 'Letter' });
    assert.ok(style.articleTypes['case-report'], 'inherited article types stay');
  });

  it('strictCategories, micrograms and the optional ISMP set come through a file', () => {
    const yaml = ['extends: care', 'strictCategories: true', 'micrograms: µg', 'categories: [Lupus]', 'rules:', '  dose-error-prone: off'].join('\n');
    const { style, problems } = resolveHouseStyle({ documentPath: '/j/a.md', files: files({ '/j/.casereport.yaml': yaml }), knownRules });
    assert.deepEqual(problems, []);
    assert.equal(style.strictCategories, true);
    assert.equal(style.micrograms, 'µg');
    assert.equal(style.rules['dose-error-prone'], 'off');
    assert.equal(PRESETS.care.rules['dose-error-prone'], 'info', 'on in care');
    assert.equal(MAGAZINE.rules['dose-error-prone'], 'off', 'off in magazine');
    assert.equal(PRESETS.care.strictCategories, false);
    assert.equal(PRESETS.care.micrograms, 'mcg');
  });

  it('extends chains through files to a preset', () => {
    const fs = files({
      '/j/dept/.casereport.json': JSON.stringify({ extends: '../base.casereport.json', limits: { words: 1200 } }),
      '/j/base.casereport.json': JSON.stringify({ extends: './care.yaml', name: 'Base' }),
      '/j/care.yaml': 'extends: care\nlimits:\n  references: 30\n',
    });
    const { style, problems, files: chain } = resolveHouseStyle({ documentPath: '/j/dept/case.md', files: fs });
    assert.deepEqual(problems, []);
    assert.deepEqual(chain, ['/j/dept/.casereport.json', '/j/base.casereport.json', '/j/care.yaml']);
    assert.equal(style.limits.words, 1200);
    assert.equal(style.limits.references, 30);
    assert.equal(style.requiredSections.length, 10, 'from care');
    assert.equal(style.name, 'Base');
  });

  it('an extends loop is reported, not followed forever', () => {
    const fs = files({ '/j/a.json': '{"extends": "./b.json"}', '/j/b.json': '{"extends": "./a.json"}' });
    const { problems } = loadHouseStyleFile('/j/a.json', fs);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /loop: a.json -> b.json -> a.json/);
  });

  it('an unknown preset is an error at the extends value, with a suggestion', () => {
    const { problems, style } = loadHouseStyleFile('/j/.casereport.json', files({ '/j/.casereport.json': '{\n  "extends": "magazin"\n}' }));
    assert.deepEqual(problems.map((p) => [p.severity, p.range.start.line, p.range.start.character, p.range.end.character]), [['error', 1, 13, 22]]);
    assert.match(problems[0].message, /did you mean 'magazine'\?/);
    assert.equal(style.limits.words, MAGAZINE.limits.words);
  });

  it('is validated by the schema: bad settings are reported at their value and ignored, the rest apply', () => {
    const json = '{\n  "categories": ["A", "B"],\n  "limits": { "words": "many", "references": 10 },\n  "citationForms": ["footnote"],\n  "colour": "blue"\n}';
    const { style, problems } = loadHouseStyleFile('/j/.casereport.json', files({ '/j/.casereport.json': json }));
    assert.deepEqual(
      problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.severity} ${p.message}`),
      [
        '3:24 error `limits.words` must be a whole number',
        '4:21 error `citationForms[0]` must be one of superscript, html, bracket',
        '5:3 warning `colour` is not a house-style setting (it is ignored)',
      ],
    );
    assert.deepEqual(style.categories, ['A', 'B']);
    assert.equal(style.limits.references, MAGAZINE.limits.references, 'the whole `limits` setting in error is ignored');
    assert.deepEqual(style.citationForms, MAGAZINE.citationForms);
  });

  it('rule names are checked against the rules that exist', () => {
    const { problems } = loadHouseStyleFile('/j/.casereport.yaml', files({ '/j/.casereport.yaml': 'rules:\n  citation-ordr: error\n  reference-uncited: loud\n' }), knownRules);
    assert.deepEqual(problems.map((p) => `${p.range.start.line + 1} ${p.severity} ${p.message}`), ['3 error `rules.reference-uncited` must be error, warning, info or off']);
    const typo = loadHouseStyleFile('/j/.casereport.yaml', files({ '/j/.casereport.yaml': 'rules:\n  citation-ordr: error\n' }), knownRules);
    assert.deepEqual(typo.problems.map((p) => `${p.range.start.line + 1} ${p.severity} ${p.message}`), ['2 warning `citation-ordr` is not a rule; did you mean `citation-order`?']);
  });

  it('broken JSON or YAML is one error and the preset applies', () => {
    const { style, problems } = loadHouseStyleFile('/j/.casereport.json', files({ '/j/.casereport.json': '{ "name": "x", }' }));
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /not valid JSON/);
    assert.equal(style.categories, MAGAZINE.categories);
  });

  it('a house-style alias bomb is refused', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');
    const { problems } = loadHouseStyleFile('/j/.casereport.yaml', files({ '/j/.casereport.yaml': bomb }));
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /aliases/);
  });
});
