// What an IRI may hold (RFC 3987), for the settings that become IRIs and for every IRI the build writes
// into Turtle: Turtle's <…> cannot escape a space, ", <, >, {, }, |, \, ^ or ` (a \u escape of one is
// not allowed either), so an IRI holding one is refused, never written.
import { codePointLabel, hasHidden } from './characters.ts';

/** ASCII an IRI may hold as it is (RFC 3987: iunreserved and reserved), besides `%` with two hex digits. */
const iriAscii = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]/;
const iriAsciiOnly = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]*$/;

/** RFC 3987 ucschar: the non-ASCII characters an IRI may hold (but for the hidden ones, bidirectional controls among them: RFC 3987 §4.1). */
const isUcschar = (cp: number): boolean =>
  (cp >= 0xa0 && cp <= 0xd7ff) ||
  (cp >= 0xf900 && cp <= 0xfdcf) ||
  (cp >= 0xfdf0 && cp <= 0xffef) ||
  (cp >= 0x10000 && cp <= 0xeffff && (cp & 0xffff) <= 0xfffd);

/**
 * Why `value` is not an IRI Turtle, N-Triples and JSON-LD can carry as it is: the first character RFC 3987
 * does not allow (space, ", <, >, {, }, |, \, ^, `, controls) or a % without two hex digits.
 */
export const iriProblem = (value: string): string | undefined => {
  // Most IRIs are ASCII an IRI may hold as it is, with no %: nothing to name, and no need to walk them.
  if (iriAsciiOnly.test(value)) return undefined;
  let column = 0;
  const chars = [...value];
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i]!;
    const cp = c.codePointAt(0)!;
    column += 1;
    const at = `${cp >= 0x21 && cp < 0x7f ? `${JSON.stringify(c)} (${codePointLabel(cp)})` : codePointLabel(cp)} at column ${column}`;
    if (c === '%') {
      if (!/^[0-9A-Fa-f]{2}$/.test((chars[i + 1] ?? '') + (chars[i + 2] ?? ''))) return `holds ${at} without two hex digits after it: not an IRI (RFC 3987)`;
    } else if (hasHidden(c) || (cp < 0x80 ? !iriAscii.test(c) : !isUcschar(cp)))
      return `holds ${at}, which an IRI may not hold (RFC 3987: no space, ", <, >, {, }, |, \\, ^, \` or control character); percent-encode it`;
  }
  return undefined;
};

/** Why `value` is not an absolute IRI (a scheme, then what RFC 3987 allows), or undefined. */
export const absoluteIriProblem = (value: string): string | undefined => {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return 'is not an absolute IRI (no scheme such as https:)';
  return iriProblem(value);
};
