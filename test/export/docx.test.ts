import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { defaultConfig, type CheckConfig } from '../../src/core/config';
import { nodeImageFiles } from '../../src/node/image-files';
import { buildDocx } from '../../src/core/export';
import { MAGAZINE } from '../../src/core/house-styles';
import { mergeHouseStyle } from '../../src/core/house-styles/merge';
import { parseDocument, type DocumentModel } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { plainReference } from '../../src/core/render/plain-reference';
import { runRules } from '../../src/core/check';
import { limitWords } from '../../src/core/rules/structure/limit-words';
import { bodyWordText } from '../../src/core/text/body-words';
import { DocxFile, first, type WordParagraph } from './docx-reader';
import { LibraryLoader } from '../../src/core/bibliography/loader';
import { generatedReferences } from '../../src/core/bibliography/reference-list';
import { BIB, MemoryFiles, REPORT_PATH, report as bibReport } from '../bibliography/helpers';

const EXAMPLE = resolve(__dirname, '../../examples/egpa-cardiac-tamponade.md');

async function exportFile(text: string, path: string, config: CheckConfig = defaultConfig()): Promise<{ docx: DocxFile; model: DocumentModel; warnings: string[] }> {
  const model = parseDocument(text, parseOptions(config), path);
  const { bytes, warnings } = await buildDocx(model, { config, images: { files: nodeImageFiles, where: { folder: dirname(path), roots: [] } } });
  return { docx: new DocxFile(bytes), model, warnings };
}

/** The paragraphs from the one whose text is `from` up to (not including) the next heading. */
function section(paragraphs: WordParagraph[], from: string): WordParagraph[] {
  const start = paragraphs.findIndex((p) => p.text === from);
  assert.ok(start >= 0, `no paragraph "${from}"`);
  const end = paragraphs.findIndex((p, i) => i > start && /^Heading/.test(p.style ?? ''));
  return paragraphs.slice(start + 1, end === -1 ? undefined : end);
}

/** The superscript runs of the paragraphs, merged where runs follow each other. */
function superscripts(paragraphs: WordParagraph[]): { text: string; before: string }[] {
  const out: { text: string; before: string }[] = [];
  for (const p of paragraphs) {
    let before = '';
    let current: { text: string; before: string } | undefined;
    for (const run of p.runs) {
      if (run.superscript) {
        if (current) current.text += run.text;
        else out.push((current = { text: run.text, before }));
      } else {
        current = undefined;
        before += run.text;
      }
      if (run.superscript) before += run.text;
    }
  }
  return out;
}

describe('export: Word manuscript of the example report', function () {
  this.timeout(30000);
  let docx: DocxFile;
  let model: DocumentModel;
  let paragraphs: WordParagraph[];
  let warnings: string[];

  before(async () => {
    ({ docx, model, warnings } = await exportFile(readFileSync(EXAMPLE, 'utf8'), EXAMPLE));
    paragraphs = docx.paragraphs();
  });

  it('opens with the title page: article type, title, authors with degrees and affiliation numbers, corresponding author, keywords, statements', () => {
    const titleEnd = paragraphs.findIndex((p) => p.endsSection);
    const front = paragraphs.slice(0, titleEnd + 1).filter((p) => p.text !== '');
    const texts = front.map((p) => p.text);
    assert.equal(texts[0], 'Case Report');
    assert.equal(texts[1], 'Eosinophilic Granulomatosis With Polyangiitis Presenting as Cardiac Tamponade');
    assert.equal(front[1].style, 'Title');
    const byline = front.find((p) => p.text.startsWith('Maya Okafor'))!;
    assert.equal(byline.text, 'Maya Okafor, MD1; Daniel Reyes, MD2; Priya Natarajan, MD, PhD3; Lena Hoffmann, MD, MS1');
    assert.deepEqual(byline.runs.filter((r) => r.superscript).map((r) => r.text), ['1', '2', '3', '1']);
    assert.ok(texts.includes('1Riverside University Medical Center, Division of Rheumatology'));
    assert.ok(texts.includes('2Riverside University Medical Center, Department of Cardiology'));
    assert.ok(texts.includes('3Riverside University Medical Center, Department of Pathology'));
    assert.ok(texts.includes('Corresponding author: Maya Okafor, MD, Riverside University Medical Center, Division of Rheumatology (mokafor@example.org)'));
    assert.ok(texts.includes('Keywords: eosinophilic granulomatosis with polyangiitis; cardiac tamponade; eosinophilia; case report'));
    assert.ok(texts.includes('Conflicts of interest: None declared.'));
    assert.ok(texts.includes('Patient consent: Written informed consent for publication was obtained from the patient.'));
    assert.ok(!texts.some((t) => t.startsWith('Funding')), 'no funding line without a funding statement');
  });

  it('states the body word count limit-words reports, and the numbers of figures, tables and references', () => {
    // limit-words with a limit of 1 names the body's word count in its message.
    const config = defaultConfig({ houseStyle: mergeHouseStyle(MAGAZINE, { limits: { words: 1 } }) });
    const finding = runRules(model, config, { fileExists: () => true }, [limitWords])[0];
    const words = /The body has ([\d,]+) words/.exec(finding.message)![1];
    const line = paragraphs.find((p) => p.text.startsWith('Word count:'))!;
    assert.equal(line.text, `Word count: ${words} (body text); figures: 3; tables: 1; references: 13`);
  });

  it('sets the abstract on its own page after the title page, and starts the body on a new page', () => {
    const sectionEnd = paragraphs.findIndex((p) => p.endsSection);
    const abstractHeading = paragraphs.findIndex((p) => p.text === 'Abstract');
    assert.ok(abstractHeading > 0 && abstractHeading < sectionEnd);
    assert.equal(paragraphs[abstractHeading].style, 'Heading1');
    assert.ok(paragraphs[abstractHeading].pageBreakBefore);
    assert.match(paragraphs[abstractHeading + 1].text, /^Cardiac involvement is the leading cause of death/);
    // The body is the second section: a new page.
    assert.equal(docx.sections().length, 2);
    assert.notEqual(first(docx.sections()[1], 'w:type')?.attrs['w:val'], 'continuous');
    assert.match(paragraphs[sectionEnd + 1].text, /^Background: Eosinophilic granulomatosis/);
  });

  it('sets every citation as a superscript run with its AMA numbers, after periods and commas, with no space before it', () => {
    const body = paragraphs.slice(paragraphs.findIndex((p) => p.endsSection) + 1, paragraphs.findIndex((p) => p.text === 'References'));
    const cites = superscripts(body);
    assert.deepEqual(
      cites.map((c) => c.text),
      ['1\u20133', '4', '5', '6', '2', '7', '8,9', '10', '11', '10,12'],
    );
    assert.match(cites[0].before, /eosinophilia\.$/);
    assert.match(cites[3].before, /unusual\.$/, 'an HTML <sup> citation');
    assert.match(cites[4].before, /score of 11\.$/, 'a bracket citation becomes a superscript');
    assert.match(cites[8].before, /symptoms\.$/, 'a citation before a period goes after it');
    assert.match(cites[9].before, /EGPA,$/);
    for (const cite of cites) assert.doesNotMatch(cite.before, /\s$/);
    // The pasted citation that lost its superscript stays as written (the checker flags it).
    assert.ok(body.some((p) => p.text.includes('even when ANCA is negative.2,5 Mepolizumab')));
  });

  it('sets headings as Word heading styles and run-in heads bold; leaves out the pull quote and page-break markers', () => {
    for (const heading of ['Case Presentation', 'Discussion', 'Conclusion', 'Patient Perspective']) {
      assert.equal(paragraphs.find((p) => p.text === heading)?.style, 'Heading1', heading);
    }
    const runIn = paragraphs.find((p) => p.text.startsWith('Patient information:'))!;
    assert.equal(runIn.runs[0].text, 'Patient information:');
    assert.ok(runIn.runs[0].bold);
    assert.equal(paragraphs.filter((p) => p.text.includes('Unexplained pericardial effusion in a patient with asthma and eosinophilia should prompt')).length, 1, 'the abstract says it; the pull quote does not repeat it');
    assert.ok(!paragraphs.some((p) => /PULLQUOTE|pagebreak/i.test(p.text)));
    assert.ok(paragraphs.some((p) => p.runs.some((r) => r.italics && r.text === 'Strongyloides')));
  });

  it('sets the table as a Word table under its caption, the header row repeating, every cell kept', () => {
    const tables = docx.tables();
    assert.equal(tables.length, 1);
    const [header, ...rows] = tables[0];
    assert.ok(header.header, 'w:tblHeader on the header row');
    assert.ok(rows.every((row) => !row.header));
    assert.deepEqual(header.cells, ['Test', 'Result', 'Reference range']);
    assert.deepEqual(rows[1].cells, ['Eosinophils', '6.8 \u00d7 10\u2079/L (45%)', '< 0.5 \u00d7 10\u2079/L']);
    assert.deepEqual(rows[5].cells, ['MPO-ANCA / PR3-ANCA', 'Negative / negative', 'Negative']);
    assert.equal(rows.length, 7);
    const caption = paragraphs.findIndex((p) => p.text === 'Table 1. Laboratory values on admission');
    assert.ok(caption > 0);
    assert.ok(paragraphs[caption].runs[0].bold && paragraphs[caption].runs[0].text === 'Table 1.');
    assert.ok(paragraphs[caption + 1].inTable, 'the caption is right above the table');
  });

  it('sets the references on a new page as plain numbered paragraphs, in order, with their text', () => {
    const heading = paragraphs.find((p) => p.text === 'References')!;
    assert.ok(heading.pageBreakBefore);
    const entries = section(paragraphs, 'References');
    const expected = model.references!.entries.map((e) => `${e.number}.\t${plainReference(e.text)}`);
    assert.deepEqual(entries.map((p) => p.text), expected);
    assert.equal(entries.length, 13);
    assert.ok(entries.every((p) => !p.numbered), 'not a Word auto-numbered list');
    assert.ok(entries[0].runs.some((r) => r.italics && r.text === 'Arthritis Rheum'), 'journal names stay italic');
  });

  it('sets the figure legends on their own page, then the three images, scaled to the text width', () => {
    const legends = section(paragraphs, 'Figure Legends');
    assert.ok(paragraphs.find((p) => p.text === 'Figure Legends')!.pageBreakBefore);
    const legendTexts = legends.filter((p) => /^Figure \d\. /.test(p.text));
    assert.equal(legendTexts.length, 3);
    assert.ok(legendTexts.every((p) => p.runs[0].bold && /^Figure \d\.$/.test(p.runs[0].text)));
    assert.match(legendTexts[2].text, /bars, \u00d7 10\u2079\/L/);
    assert.equal(docx.media().length, 3);
    const xml = new TextDecoder().decode(docx.files['word/document.xml']);
    const widths = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    assert.equal(widths.length, 3);
    // 6.5 in of text on Letter with 1-inch margins: 6.5 * 914400 EMU.
    for (const [cx] of widths) assert.ok(Math.abs(cx - 6.5 * 914400) < 9525 * 2, `width ${cx}`);
    assert.deepEqual(warnings, []);
  });

  it('sets up the page from the house style: Letter, 1-inch margins, continuous line numbers, double spacing, 12-point Times, page numbers', () => {
    for (const sect of docx.sections()) {
      assert.deepEqual({ w: first(sect, 'w:pgSz')!.attrs['w:w'], h: first(sect, 'w:pgSz')!.attrs['w:h'] }, { w: '12240', h: '15840' });
      assert.equal(first(sect, 'w:pgMar')!.attrs['w:left'], '1440');
      const numbers = first(sect, 'w:lnNumType')!;
      assert.equal(numbers.attrs['w:countBy'], '1');
      assert.equal(numbers.attrs['w:restart'], 'continuous');
      assert.ok(first(sect, 'w:footerReference'), 'a footer with the page number');
    }
    const styles = new TextDecoder().decode(docx.files['word/styles.xml']);
    assert.match(styles, /<w:pPrDefault><w:pPr><w:spacing[^>]*w:line="480"/);
    assert.match(styles, /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="24"\/>/);
    const footer = Object.keys(docx.files).filter((name) => /^word\/footer\d*\.xml$/.test(name)).map((name) => new TextDecoder().decode(docx.files[name]));
    assert.ok(footer.some((xml) => /PAGE/.test(xml)), 'a PAGE field in the footer');
  });

  it('writes the document properties: title, authors, keywords', () => {
    const core = new TextDecoder().decode(docx.files['docProps/core.xml']);
    assert.match(core, /<dc:title>Eosinophilic Granulomatosis With Polyangiitis Presenting as Cardiac Tamponade<\/dc:title>/);
    assert.match(core, /<dc:creator>Maya Okafor, MD; Daniel Reyes, MD; Priya Natarajan, MD, PhD; Lena Hoffmann, MD, MS<\/dc:creator>/);
    assert.match(core, /<cp:keywords>eosinophilic granulomatosis with polyangiitis, cardiac tamponade, eosinophilia, case report<\/cp:keywords>/);
  });
});

const CRLF_REPORT = [
  '---',
  'title: "Löfgren Syndrome With β₂-Microglobulin ± Calcium Rise: A µ-Dose Story"',
  'runningTitle: Löfgren syndrome and calcium',
  'articleType: case-report',
  'authors:',
  '  - name: José Álvarez-Núñez',
  '    degrees: [MD]',
  '    affiliation: Hôpital Saint-Éloi, Montpellier',
  '    email: jalvarez@example.org',
  '    corresponding: true',
  '  - name: Zoë Łukasiewicz',
  '    degrees: [MD, PhD]',
  '    affiliation: Uniwersytet Jagielloński, Kraków',
  '  - name: 王芳',
  '    degrees: [MD]',
  '    affiliation: Hôpital Saint-Éloi, Montpellier',
  'keywords: [sarcoidosis, hypercalcemia, case report]',
  'abstract: >',
  '  Background: Löfgren syndrome is an acute form of sarcoidosis. Case presentation: A man in his 30s',
  '  had erythema nodosum and a calcium of 2.9 mmol/L. Conclusions: Hypercalcemia may open the picture.',
  'funding: None.',
  'conflicts: None declared.',
  'consent: Written informed consent was obtained from the patient.',
  '---',
  '',
  '## Introduction',
  '',
  'Löfgren syndrome combines erythema nodosum, bilateral hilar adenopathy and arthritis [1]. Its course is usually benign [2, 3].',
  '',
  '## Case Presentation',
  '',
  '**Patient information:** A man in his 30s had fever of 38.6 °C and ankle pain; α-1 antitrypsin was normal and the angiotensin-converting enzyme was 92 U/L ± 4.^3^',
  '',
  'Treatment, in order:',
  '',
  '1. Prednisone 0.5 mg/kg per day',
  '2. Calcium restriction, with H~2~O intake of 3 L/d',
  '   - followed by a dose of 10 mg/m^2^',
  '',
  '- Ibuprofen 400 mg as needed',
  '- See the [ATS statement](https://www.thoracic.org/statements/) for details',
  '',
  '> The patient said: "The pain — it went away within days."',
  '',
  '<!-- pagebreak -->',
  '',
  'Table 1. Laboratory values',
  '',
  '| Test | Result | Range |',
  '| --- | ---: | --- |',
  '| Calcium | 2.9 mmol/L | 2.15–2.55 mmol/L |',
  '| 1,25-(OH)<sub>2</sub> vitamin D | 210 pmol/L | 48–190 pmol/L |',
  '',
  '![Figure 1. Chest radiograph with bilateral hilar adenopathy (arrows).](images/missing-chest.png)',
  '',
  '## Discussion',
  '',
  'Hypercalcemia in sarcoidosis follows 1α-hydroxylation by macrophages ^4^. Müller *et al.* saw it in 10%–20% of patients.^2-4^',
  '',
  '## References',
  '',
  '1. Grunewald J, Eklund A. Löfgren\'s syndrome: human leukocyte antigen strongly influences the disease course. *Am J Respir Crit Care Med*. 2009;179(4):307-312.',
  '2. Mañá J, Gómez-Vaquero C, Montero A, et al. Löfgren\'s syndrome revisited. *Medicine (Baltimore)*. 1999;78(3):185-194.',
  '3. Baughman RP, Teirstein AS, Judson MA, et al. Clinical characteristics of patients in a case control study of sarcoidosis. *Am J Respir Crit Care Med*. 2001;164(10):1885-1889.',
  '4. Sharma OP. Vitamin D, calcium, and sarcoidosis. *Chest*. 1996;109(2):535-539.',
  '',
].join('\r\n');

describe('export: Word manuscript of a report with CRLF line endings, a BOM and non-ASCII text', function () {
  this.timeout(30000);
  const path = join(__dirname, 'lofgren.md');
  let docx: DocxFile;
  let paragraphs: WordParagraph[];
  let warnings: string[];
  const a4 = defaultConfig({ houseStyle: mergeHouseStyle(MAGAZINE, { export: { paper: 'a4', margin: '2.5cm', font: 'Arial', fontSize: 11, lineSpacing: 1.5, lineNumbers: false, runningTitle: true } }) });

  before(async () => {
    ({ docx, warnings } = await exportFile(`\ufeff${CRLF_REPORT}`, path, a4));
    paragraphs = docx.paragraphs();
  });

  it('keeps every character: Greek, ±, ×, µ, °, en dashes, accented and non-Latin names', () => {
    const all = paragraphs.map((p) => p.text).join('\n');
    for (const text of ['Löfgren Syndrome With β₂-Microglobulin ± Calcium Rise: A µ-Dose Story', 'José Álvarez-Núñez, MD1; Zoë Łukasiewicz, MD, PhD2; 王芳, MD1', 'Hôpital Saint-Éloi, Montpellier', 'Uniwersytet Jagielloński, Kraków', '38.6 °C', 'α-1 antitrypsin', '92 U/L ± 4.', '1α-hydroxylation', '10%–20%', '"The pain — it went away within days."', '2.15–2.55 mmol/L', 'Mañá J, Gómez-Vaquero C']) {
      assert.ok(all.includes(text), `missing: ${text}`);
    }
    assert.ok(!all.includes('\r'), 'no carriage return in the text');
    assert.ok(!all.includes('\ufeff'), 'no BOM in the text');
  });

  it('sets bracket and superscript citations as superscripts after the punctuation, in AMA form', () => {
    const body = paragraphs.slice(paragraphs.findIndex((p) => p.endsSection) + 1, paragraphs.findIndex((p) => p.text === 'References'));
    // The exponent of mg/m^2^ is a superscript too, not a citation.
    const cites = superscripts(body).filter((c) => !c.before.endsWith('mg/m'));
    assert.deepEqual(cites.map((c) => c.text), ['1', '2,3', '3', '4', '2\u20134']);
    assert.match(cites[0].before, /arthritis\.$/, '[1]. becomes .¹');
    assert.match(cites[1].before, /benign\.$/);
    assert.match(cites[3].before, /macrophages\.$/, 'the space before ^4^ goes, the period comes before it');
  });

  it('sets sub- and superscripts, lists as Word lists, links as hyperlinks, the block quote indented', () => {
    const water = paragraphs.find((p) => p.text.includes('H2O intake'))!;
    assert.ok(water.runs.some((r) => r.subscript && r.text === '2'));
    const dose = paragraphs.find((p) => p.text.includes('10 mg/m2'))!;
    assert.ok(dose.runs.some((r) => r.superscript && r.text === '2'));
    const vitamin = docx.tables()[0][2].cells[0];
    assert.equal(vitamin, '1,25-(OH)2 vitamin D');
    const listed = paragraphs.filter((p) => p.numbered).map((p) => p.text);
    assert.deepEqual(listed, ['Prednisone 0.5 mg/kg per day', 'Calcium restriction, with H2O intake of 3 L/d', 'followed by a dose of 10 mg/m2', 'Ibuprofen 400 mg as needed', 'See the ATS statement for details']);
    const link = paragraphs.find((p) => p.text.startsWith('See the'))!.runs.find((r) => r.text === 'ATS statement')!;
    assert.equal(link.link, 'https://www.thoracic.org/statements/');
    assert.equal(paragraphs.find((p) => p.text.startsWith('The patient said'))?.style, 'CrQuote');
  });

  it('keeps the structured abstract\'s run-in heads, bold, one paragraph each', () => {
    const parts = section(paragraphs, 'Abstract');
    assert.deepEqual(parts.map((p) => p.runs[0].text), ['Background: ', 'Case presentation: ', 'Conclusions: ']);
    assert.ok(parts.every((p) => p.runs[0].bold));
    assert.equal(parts[1].text, 'Case presentation: A man in his 30s had erythema nodosum and a calcium of 2.9 mmol/L.');
  });

  it('keeps the legend of a figure whose image is missing, and warns', () => {
    assert.ok(paragraphs.some((p) => p.text === 'Figure 1. Chest radiograph with bilateral hilar adenopathy (arrows).'));
    assert.equal(docx.media().length, 0);
    assert.deepEqual(warnings, ['Figure 1: image "images/missing-chest.png" not embedded: no such file; the legend is kept']);
  });

  it('prints funding and the running title on the title page, and the running title in the header', () => {
    assert.ok(paragraphs.some((p) => p.text === 'Funding: None.'));
    assert.ok(paragraphs.some((p) => p.text === 'Running title: Löfgren syndrome and calcium'));
    const headers = Object.keys(docx.files).filter((name) => /^word\/header\d*\.xml$/.test(name)).map((name) => new TextDecoder().decode(docx.files[name]));
    assert.ok(headers.some((xml) => xml.includes('Löfgren syndrome and calcium')));
  });

  it('sets up the page from the house style: A4, 2.5 cm margins, no line numbers, 1.5 spacing, 11-point Arial', () => {
    const sect = docx.sections()[0];
    assert.deepEqual([first(sect, 'w:pgSz')!.attrs['w:w'], first(sect, 'w:pgSz')!.attrs['w:h']], ['11906', '16838']);
    assert.equal(first(sect, 'w:pgMar')!.attrs['w:top'], '1417');
    assert.equal(first(sect, 'w:lnNumType'), undefined);
    const styles = new TextDecoder().decode(docx.files['word/styles.xml']);
    assert.match(styles, /<w:pPrDefault><w:pPr><w:spacing[^>]*w:line="360"/);
    assert.match(styles, /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"[^>]*\/><w:sz w:val="22"\/>/);
  });
});

describe('export: house style without embedded figures', () => {
  it('keeps the legends and embeds no image when export.embedFigures is false', async () => {
    const config = defaultConfig({ houseStyle: mergeHouseStyle(MAGAZINE, { export: { embedFigures: false } }) });
    const { docx, warnings } = await exportFile(readFileSync(EXAMPLE, 'utf8'), EXAMPLE, config);
    assert.equal(docx.media().length, 0);
    assert.equal(docx.paragraphs().filter((p) => /^Figure \d\. /.test(p.text)).length, 3);
    assert.deepEqual(warnings, []);
  });
});

describe('export: Word manuscript of a report that cites by key from a library', () => {
  it('numbers the key citations in order of first citation, as AMA superscripts, and sets the generated reference list', async () => {
    const text = bibReport('Calciphylaxis is rare [@nigwekar2008], and treated [@kalajian2009; @muller2015]. All three [@nigwekar2008; @kalajian2009; @muller2015] agree; one [@unknown2020] is not in the library.');
    const config = defaultConfig();
    const model = parseDocument(text, parseOptions(config), REPORT_PATH);
    const library = new LibraryLoader(new MemoryFiles({ '/cases/lupus/refs.bib': BIB })).load(model);
    const { bytes } = await buildDocx(model, { config, library });
    const paragraphs = new DocxFile(bytes).paragraphs();
    const body = paragraphs.slice(paragraphs.findIndex((p) => p.endsSection) + 1, paragraphs.findIndex((p) => p.text === 'References'));
    const cites = superscripts(body);
    assert.deepEqual(cites.map((c) => c.text), ['1', '2,3', '1\u20133', '?']);
    assert.match(cites[0].before, /rare,$/);
    assert.match(cites[1].before, /treated\.$/);
    const references = section(paragraphs, 'References');
    const generated = generatedReferences(model, library);
    assert.equal(generated.length, 3);
    assert.deepEqual(references.map((p) => p.text), generated.map((r) => `${r.number}.\t${r.text}`));
    assert.ok(references[0].runs.some((r) => r.italics), 'the journal name in italics');
    assert.ok(paragraphs.some((p) => /references: 3$/.test(p.text)), 'the title page counts the generated references');
  });
});

describe('export: nothing of the body is lost [slow]', function () {
  this.timeout(60000);
  const WORD = /[\p{L}\p{N}]+(?:['’.\-–/][\p{L}\p{N}]+)*/gu;
  const folder = resolve(__dirname, '../fixtures/clean');
  const files = [EXAMPLE, ...readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => join(folder, name))];
  for (const file of files) {
    it(`${file.split('/').slice(-2).join('/')}: every word of the body, in order`, async () => {
      const { docx, model } = await exportFile(readFileSync(file, 'utf8'), file);
      // The words limit-words counts (headings, tables, captions, citations, pull quotes and references
      // left out); super- and subscripts as words of their own on both sides (Word sets `m^2^` as m²).
      const scripts = /\^([^^\s]+)\^|~([^~\s]+)~|<(su[pb])>([^<]*)<\/\3>/g;
      const expected: string[] = bodyWordText(model).replace(scripts, (_, a, b, _tag, c) => ` ${a ?? b ?? c} `).replace(/<[^>]*>/g, ' ').match(WORD) ?? [];
      const text = docx.paragraphs().map((p) => p.runs.map((r) => (r.superscript || r.subscript ? ` ${r.text} ` : r.text)).join('')).join('\n');
      const got: string[] = text.match(WORD) ?? [];
      let at = 0;
      for (const [index, word] of expected.entries()) {
        const found = got.indexOf(word, at);
        assert.ok(found >= 0, `word ${index} "${word}" (${expected.slice(Math.max(0, index - 5), index + 5).join(' ')}) is missing or out of order`);
        at = found + 1;
      }
      assert.ok(expected.length > 300);
    });
  }
});

describe('export: figures the manuscript cannot embed', () => {
  it('keeps the legend and warns for an image outside the report folder, an SVG, and a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casereport-figures-'));
    try {
      writeFileSync(join(dir, 'diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
      copyFileSync(resolve(__dirname, '../../examples/images/figure-2-skin-biopsy.png'), join(dir, 'biopsy.png'));
      const outside = resolve(__dirname, '../../examples/images/figure-1-echocardiogram.png');
      const text = `---\ntitle: Figures\nauthors:\n  - name: Ana Ruiz\n---\n\nText (Figures 1-4).\n\n![Figure 1. Outside.](${outside})\n\n![Figure 2. A diagram.](diagram.svg)\n\n![Figure 3. Missing.](nothing.png)\n\n![Figure 4. A biopsy.](biopsy.png)\n`;
      const { docx, warnings } = await exportFile(text, join(dir, 'case.md'));
      assert.deepEqual(warnings, [
        `Figure 1: image "${outside}" not embedded: outside the report's folder and workspace; the legend is kept`,
        'Figure 2: image "diagram.svg" not embedded: a Word document embeds PNG, JPEG, GIF and BMP images only, upload it separately; the legend is kept',
        'Figure 3: image "nothing.png" not embedded: no such file; the legend is kept',
      ]);
      assert.equal(docx.media().length, 1);
      assert.deepEqual(docx.paragraphs().filter((p) => /^Figure \d\. /.test(p.text)).map((p) => p.text), ['Figure 1. Outside.', 'Figure 2. A diagram.', 'Figure 3. Missing.', 'Figure 4. A biopsy.']);
      assert.ok(docx.paragraphs().some((p) => p.text === 'Figure 4'), 'the embedded image under its label');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
