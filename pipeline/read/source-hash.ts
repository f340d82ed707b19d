// The committed plan text is the one sources/source.json describes: its SHA-256 is checked against the
// bytes before a default build, so an edit of the text cannot be published under the old description.
import { error, type Diagnostic } from '../diagnostics.ts';
import { sha256Hex } from '../sha256.ts';

/** Line and column (1-based) of the `"sha256"` value in source.json's text, or 0:0 when not found. */
const placeOfHash = (text: string): { line: number; column: number } => {
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k += 1) {
    const m = /"sha256"\s*:\s*/.exec(lines[k]!);
    if (m) return { line: k + 1, column: m.index + m[0].length + 1 };
  }
  return { line: 0, column: 0 };
};

/**
 * An error at source.json's sha256 when the bytes have another digest. `infoFile`/`infoText` are
 * source.json as the user sees it; `sourceFile` names the text.
 */
export const checkSourceHash = (bytes: Uint8Array, expected: string, info: { file: string; text: string }, sourceFile: string): Diagnostic[] => {
  const actual = sha256Hex(bytes);
  if (actual === expected) return [];
  return [
    error(
      'read:source-hash',
      { file: info.file, ...placeOfHash(info.text) },
      `sha256 is ${expected}, but ${sourceFile} has SHA-256 ${actual}: the text is not the one source.json describes; if the change is intended, record the new hash here and say in "provenance" where the text came from`,
    ),
  ];
};
