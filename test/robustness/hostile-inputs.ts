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
