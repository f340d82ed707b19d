// Where something is in a JSON settings file, as the line and column a diagnostic names: the value of a
// key (found by its path from the root), or the offset a JSON syntax error gives.

export interface LineColumn {
  line: number;
  column: number;
}

/** 1-based line and column of a character offset of `text`. */
export const placeOfOffset = (text: string, offset: number): LineColumn => {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
};

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Offset of the value after `"key":` at or after `from`, or -1 (a plain scan: no pattern built from a key). */
const valueAfter = (text: string, key: string, from: number): number => {
  const quoted = JSON.stringify(key);
  for (let at = text.indexOf(quoted, from); at >= 0; at = text.indexOf(quoted, at + 1)) {
    let i = at + quoted.length;
    while (isSpace(text[i])) i += 1;
    if (text[i] !== ':') continue;
    i += 1;
    while (isSpace(text[i])) i += 1;
    return i;
  }
  return -1;
};

/**
 * Where the value of `path` starts (`"sha256": "…"` → the opening quote of the value), each key searched
 * after the one before it: enough for the settings files, whose keys are unique per object. Array indexes
 * are skipped; a key not found gives the place of its parent, and the root or nothing found gives 0:0
 * (the whole file).
 */
export const placeOfKey = (text: string, path: readonly PropertyKey[]): LineColumn => {
  let offset = -1;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const found = valueAfter(text, key, Math.max(0, offset));
    if (found < 0) break;
    offset = found;
  }
  return offset < 0 ? { line: 0, column: 0 } : placeOfOffset(text, offset);
};

/** The place a JSON.parse error names (`at position 42`, as Node 20–24 say it), or 0:0. */
export const placeOfJsonError = (text: string, error: unknown): LineColumn => {
  const m = /\bposition (\d+)/.exec(error instanceof Error ? error.message : String(error));
  return m ? placeOfOffset(text, Number(m[1])) : { line: 0, column: 0 };
};
