// The characters a reader cannot see, or that change how the text around them is shown: controls (C0,
// DEL, C1: NUL, ESC, line ends), format characters (zero-width, the bidirectional controls U+202A–U+202E,
// U+2066–U+2069, U+200E/U+200F, byte-order marks, tags), the line and paragraph separators U+2028/U+2029,
// lone surrogates and noncharacters. One definition for every place that meets them: a setting or a
// curated file refuses them (naming each as U+XXXX), the plan's line reader warns, and the site shows
// each one visibly as 〈U+XXXX〉, never raw.

/** One hidden character: a Unicode general category or property that is invisible or changes the display. */
const hiddenClass = '[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}\\p{Noncharacter_Code_Point}]';
const hidden = new RegExp(hiddenClass, 'u');
const hiddenAll = new RegExp(hiddenClass, 'gu');

/** `U+202E`: a code point as Unicode names it (at least four hex digits). */
export const codePointLabel = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

export interface HiddenCharacter {
  /** 1-based column, in code points. */
  column: number;
  codePoint: number;
}

/** Whether `text` holds a hidden character (TAB and line ends included). */
export const hasHidden = (text: string): boolean => hidden.test(text);

/**
 * Every hidden character of `text` that `allowed` does not let through, with its column. Linear: the
 * text is walked once, and only when it holds one at all.
 */
export const hiddenCharacters = (text: string, allowed: (codePoint: number) => boolean = () => false): HiddenCharacter[] => {
  if (!hidden.test(text)) return [];
  const found: HiddenCharacter[] = [];
  let column = 0;
  for (const c of text) {
    column += 1;
    if (hidden.test(c)) {
      const codePoint = c.codePointAt(0)!;
      if (!allowed(codePoint)) found.push({ column, codePoint });
    }
  }
  return found;
};

/** `U+0000 at column 5, U+202E at column 9` (the first few; a runaway line does not flood a message). */
export const describeHidden = (found: readonly HiddenCharacter[], limit = 5): string => {
  const shown = found.slice(0, limit).map((h) => `${codePointLabel(h.codePoint)} at column ${h.column}`);
  return found.length > limit ? `${shown.join(', ')} and ${found.length - limit} more` : shown.join(', ');
};

/** describeHidden in Japanese, for the Japanese of a message: 「U+200B（3文字目）、… ほか2個」. */
export const describeHiddenJa = (found: readonly HiddenCharacter[], limit = 5): string => {
  const shown = found.slice(0, limit).map((h) => `${codePointLabel(h.codePoint)}（${h.column}文字目）`);
  return found.length > limit ? `${shown.join('、')} ほか${found.length - limit}個` : shown.join('、');
};

/** TAB, LF and CR: white space a text may hold, which the others are not. */
export const isWhiteSpaceControl = (codePoint: number): boolean => codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d;

/**
 * The text with every hidden character shown as 〈U+XXXX〉: the site's form (which keeps TAB, LF and CR,
 * white space to HTML), and a message's (one line: every one shown).
 */
export const showHidden = (text: string, keepWhiteSpace = false): string =>
  hidden.test(text)
    ? text.replace(hiddenAll, (c) => (keepWhiteSpace && isWhiteSpaceControl(c.codePointAt(0)!) ? c : `〈${codePointLabel(c.codePointAt(0)!)}〉`))
    : text;

/**
 * A serializer's text with every hidden character but TAB, LF and CR (which are its own structure: a JSON or
 * Turtle string never holds them raw) written as `escaped` gives it — the same value, no raw override in the bytes.
 */
export const escapeHiddenWith = (text: string, escaped: (codePoint: number) => string): string =>
  hidden.test(text)
    ? text.replace(hiddenAll, (c) => {
        const codePoint = c.codePointAt(0)!;
        return isWhiteSpaceControl(codePoint) ? c : escaped(codePoint);
      })
    : text;

/** A code point as JSON's \\u escapes (two for one beyond the BMP). */
export const jsonEscape = (codePoint: number): string =>
  String.fromCodePoint(codePoint)
    .split('')
    .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');

/** A code point as Turtle's \\u or \\U escape (valid in any string literal). */
export const turtleEscape = (codePoint: number): string =>
  codePoint > 0xffff ? `\\U${codePoint.toString(16).padStart(8, '0')}` : `\\u${codePoint.toString(16).padStart(4, '0')}`;

/** JSON text with every hidden character written as \\u escapes (the same value, no raw control or override in the bytes). */
export const escapeHiddenInJson = (json: string): string => (hidden.test(json) ? json.replace(hiddenAll, (c) => jsonEscape(c.codePointAt(0)!)) : json);
