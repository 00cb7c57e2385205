/**
 * A number as `n.toLocaleString('en-US')` writes it: a whole number with a comma between groups
 * of three digits ("12,345"). Whole numbers are grouped here, without ICU: the first
 * `toLocaleString` of a process loads the locale's number format, about 0.1 s of a check that
 * prints one count (a body over its word limit). Anything else is left to toLocaleString.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  // toLocaleString keeps the sign of -0.
  return n < 0 || Object.is(n, -0) ? `-${out}` : out;
}
