/**
 * Inputs built to find super-linear scanners, deep recursion and crashes: each must be checked
 * (and rendered) in well under a second with a sane exit status. Shared by the robustness tests
 * (termination, exit status) and `npm run bench` (the time against the 1 s goal).
 */
export interface HostileInput {
  name: string;
  /** Text, or raw bytes for input that is not UTF-8. */
  content: string | Uint8Array;
}

const FRONTMATTER = '---\ntitle: Hostile input\nauthors:\n  - name: Test Author\n---\n\n';

function numbers(count: number, separator: string): string {
  const parts: string[] = [];
  for (let n = 1; n <= count; n++) parts.push(String(n));
  return parts.join(separator);
}

function nested(depth: number): string {
  // 5,000 block quotes deep, 5,000 list levels deep, and the two interleaved, each on one line.
  return [
    `${'>'.repeat(depth)} deep quote^1^ [2]`,
    '',
    `${'- '.repeat(depth)}deep list item^1^`,
    '',
    `${'> - '.repeat(depth / 2)}quote in list in quote^1^`,
    '',
    `${'1. '.repeat(depth)}ordered^2^`,
    '',
  ].join('\n');
}

function aliasBomb(): string {
  const lines = ['---', 'title: Billion laughs', 'authors:', '  - name: A', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  let previous = 'a';
  for (const name of 'bcdefghijklmnopq') {
    lines.push(`${name}: &${name} [*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous}]`);
    previous = name;
  }
  lines.push('---', '', 'Body text.^1^', '');
  return lines.join('\n');
}

function binary(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let seed = 12345;
  for (let i = 0; i < size; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    bytes[i] = seed >>> 24;
  }
  return bytes;
}

function singleLine(size: number): string {
  const prose = 'Calciphylaxis is a rare and often fatal disorder of small vessel calcification seen mostly in patients on dialysis, ';
  const unit = `${prose.repeat(3)}as described earlier^1,2^ and in Figure 2 and Table 1, with [3] and <sup>4</sup> and \`code\` here; ${prose.repeat(2)}![Figure 1. Skin](a.png) `;
  return FRONTMATTER + unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** The issue's list: every one of these must finish `check` and `render` in under 1 s. */
export function hostileInputs(): HostileInput[] {
  return [
    { name: '200,000 carets', content: FRONTMATTER + '^'.repeat(200_000) },
    { name: '100,000 [ then ]', content: FRONTMATTER + '['.repeat(100_000) + ']'.repeat(100_000) },
    { name: 'one marker with 100,000 numbers', content: `${FRONTMATTER}Seen in lupus.^${numbers(100_000, ',')}^ Next\n` },
    { name: 'the same as <sup>, [..] and pasted', content: `${FRONTMATTER}Also<sup>${numbers(100_000, ',')}</sup> and [${numbers(100_000, ', ')}] and word.${numbers(100_000, ',')} Next\n` },
    { name: '"Figure " 100,000 times', content: FRONTMATTER + 'Figure '.repeat(100_000) },
    { name: '100,000 "word.1 "', content: FRONTMATTER + 'word.1 '.repeat(100_000) },
    { name: 'YAML alias bomb', content: aliasBomb() },
    { name: '5,000 nested quotes and lists', content: FRONTMATTER + nested(5_000) },
    { name: '200 KB of binary bytes', content: binary(200 * 1024) },
    { name: '2 MB single line', content: singleLine(2 * 1024 * 1024) },
  ];
}

/** A crafted document of issue 13 point 7, and the command it was aimed at. */
export interface ExhaustingInput extends HostileInput {
  command: 'check' | 'fix' | 'render';
  /** Files written beside the document (an image it shows). */
  files?: Record<string, Uint8Array>;
}

/** A PNG of `size` bytes: the signature and an IHDR chunk, then zeros (as far as the magic number goes, an image). */
function bigPng(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  return bytes;
}

/**
 * Small documents that exhausted memory or time (issue 13 point 7): each must finish its command
 * under 1 s and 300 MB, whole process, exit 0, 1 or 2. Only `npm run bench` runs them (a hostile
 * table of its own): the unit tests assert the behaviour that keeps them bounded.
 */
export function exhaustingInputs(): ExhaustingInput[] {
  const references = (count: number) => `\n\n## References\n\n${Array.from({ length: count }, (_, i) => `${i + 1}. Author A. Title ${i + 1}. J. 2020;1:1-2.`).join('\n')}\n`;
  const ranges = (count: number, span: number) => Array.from({ length: count }, (_, i) => `Seen.^${i * span + 2}-${i * span + span + 1}^`).join(' ');
  const descending = (count: number) => Array.from({ length: count }, (_, i) => `Seen.^${count - i}^`).join(' ') + references(count);
  const figures = (count: number) =>
    `${Array.from({ length: count }, (_, i) => `Figure ${count - i}`).join(', ')}.\n\n${Array.from({ length: count }, (_, i) => `![Figure ${i + 1}. F.](f.png)`).join('\n\n')}\n`;
  const columns = 10_000;
  const table = `Table 1. Wide.\n\n|${Array.from({ length: columns }, (_, i) => ` c${i} `).join('|')}|\n|${' --- |'.repeat(columns)}\n|${Array.from({ length: columns }, (_, i) => ` ${i} `).join('|')}|\n\nSee Table 1.\n`;
  const misplaced = 'Seen in lupus^1^. '.repeat(Math.ceil((4 * 1024 * 1024) / 18));
  return [
    { name: '1,000 ranges of 1,000 missing numbers', command: 'check', content: `${FRONTMATTER}${ranges(1_000, 1_000)}${references(1)}` },
    { name: '1,000 ranges of 200 missing numbers', command: 'check', content: `${FRONTMATTER}${ranges(1_000, 200)}${references(1)}` },
    { name: '100,000 ranges of 1,000 missing numbers', command: 'check', content: `${FRONTMATTER}${ranges(100_000, 1_000)}${references(1)}` },
    { name: '10,000 citations in descending order', command: 'check', content: FRONTMATTER + descending(10_000) },
    { name: '20,000 citations in descending order', command: 'check', content: FRONTMATTER + descending(20_000) },
    { name: '4 MB of misplaced markers (fix)', command: 'fix', content: `${FRONTMATTER}${misplaced}${references(1)}` },
    { name: '100,000 figures mentioned in reverse order', command: 'check', content: FRONTMATTER + figures(100_000) },
    { name: 'a table of 10,000 columns (render)', command: 'render', content: FRONTMATTER + table },
    { name: 'one 19 MB image shown 30 times (render)', command: 'render', content: `${FRONTMATTER}${Array.from({ length: 30 }, (_, i) => `![Figure ${i + 1}. Same.](big.png)`).join('\n\n')}\n`, files: { 'big.png': bigPng(19 * 1024 * 1024) } },
  ];
}

/**
 * Long runs aimed at the rules' regular expressions: a cue word followed by 200,000 characters that
 * every optional part can consume and then a mismatch, so that an expression with overlapping
 * quantifiers would backtrack polynomially. Each must finish `check` in well under a second.
 */
export function adversarialRuns(size = 200_000): HostileInput[] {
  const spaces = ' '.repeat(size);
  return [
    { name: 'phone then spaces', content: `${FRONTMATTER}phone${spaces}x` },
    { name: 'aged then spaces', content: `${FRONTMATTER}aged${spaces}x` },
    { name: 'MRN then spaces', content: `${FRONTMATTER}MRN${spaces}x` },
    { name: 'MS, spaces, a number, spaces', content: `${FRONTMATTER}MS${spaces}5${spaces}x` },
    { name: 'a number then spaces', content: `${FRONTMATTER}5${spaces}x` },
    { name: 'a month then spaces', content: `${FRONTMATTER}March${spaces}x` },
    // The privacy rules let a phrase wrap across lines: spaces and line breaks that never reach a word.
    { name: 'Dr. then spaces and line breaks', content: `${FRONTMATTER}Dr.${' \n'.repeat(size / 2)}x` },
    { name: 'a month then spaces and line breaks', content: `${FRONTMATTER}March${'  \n'.repeat(size / 3)}x` },
    { name: 'MRN then spaces and line breaks', content: `${FRONTMATTER}MRN${'   \n'.repeat(size / 4)}5` },
    { name: 'word. then 1, repeated', content: `${FRONTMATTER}word.${'1,'.repeat(size / 2)}x` },
    { name: 'bold opener then letters', content: `${FRONTMATTER}**${'a'.repeat(size)}` },
    { name: 'letters @ letters', content: `${FRONTMATTER}${'a'.repeat(size / 2)}@${'b'.repeat(size / 2)}` },
    { name: 'x@ then a. repeated', content: `${FRONTMATTER}x@${'a.'.repeat(size / 2)}` },
    { name: '1 then " - " repeated', content: `${FRONTMATTER}1${' - '.repeat(size / 3)}x` },
    { name: 'Figures 1, 2, 3, ... unclosed', content: `${FRONTMATTER}Figures ${Array.from({ length: size / 6 }, (_, i) => i % 999).join(', ')} and` },
    { name: '](  then 100,000 (', content: `${FRONTMATTER}[a](${'('.repeat(size / 2)}` },
    { name: '![ alt without end', content: `${FRONTMATTER}${'![a '.repeat(size / 4)}` },
    { name: '^ 1- repeated', content: `${FRONTMATTER}^${'1-'.repeat(size / 2)}` },
    { name: 'backticks of growing length', content: `${FRONTMATTER}${Array.from({ length: 600 }, (_, i) => '`'.repeat(i + 1)).join(' a ')}` },
  ];
}
