// The committed plan text is the one sources/source.json describes: its SHA-256 is checked against the
// bytes before a default build, so an edit of the text cannot be published under the old description.
import { createHash } from 'node:crypto';
import type { Reporter } from '../diagnostics.ts';

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

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
export const checkSourceHash = (bytes: Uint8Array, expected: string, info: { file: string; text: string }, sourceFile: string, report: Reporter): void => {
  const actual = sha256Of(bytes);
  if (actual === expected) return;
  report.error(
    'read:source-hash',
    { file: info.file, ...placeOfHash(info.text) },
    `sha256 is ${expected}, but ${sourceFile} has SHA-256 ${actual}: the text is not the one source.json describes; if the change is intended, record the new hash here and say in "provenance" where the text came from`,
  );
};
