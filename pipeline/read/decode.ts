// Bytes → text. Only well-formed UTF-8 (BOM optional) or UTF-16 with a BOM is accepted; anything else is
// rejected with the line and column of the first byte that is not UTF-8, because guessing an encoding
// would publish mojibake.
import type { Reporter } from '../diagnostics.ts';

export interface DecodeOptions {
  file: string;
  maxBytes: number;
}

/** Index of the first byte that breaks UTF-8 well-formedness (Unicode Table 3-7), or -1. */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // UTF-16 surrogates are not characters
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
};

/** 1-based line and column (in characters of the valid prefix) of a byte offset. */
const placeOfByte = (bytes: Uint8Array, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
};

/** The source is over the limit: the CLI says so from the file's size, before reading it; decodeSource of the bytes. */

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** The text of the bytes; a source that is too large, empty or not UTF-8 fails (nothing can be read of it). */
export const decodeSource = (bytes: Uint8Array, options: DecodeOptions, report: Reporter): string => {
  const { file, maxBytes } = options;
  if (bytes.length > maxBytes) report.fail('read:size', { file, line: 0 }, { bytes: bytes.length, maxBytes });
  if (bytes.length === 0) report.fail('read:empty', { file, line: 0 }, {});
  // UTF-16 is unambiguous only with a byte-order mark.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      report.fail('read:encoding', { file, line: 1 }, { bom: label.toUpperCase() });
    }
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const { line, column } = placeOfByte(body, bad);
    const shown = Array.from(body.subarray(bad, bad + 4), hex).join(' ');
    report.fail('read:encoding', { file, line, column }, { byte: hex(body[bad]!), offset: bad + (hasBom ? 3 : 0), bytes: shown });
  }
  return new TextDecoder('utf-8').decode(body);
};
