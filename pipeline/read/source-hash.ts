// The committed plan text is the one sources/source.json describes: its SHA-256 is checked against the
// bytes before a default build, so an edit of the text cannot be published under the old description.
import type { Reporter } from '../diagnostics.ts';
import { sha256Hex } from '../sha256.ts';
import { placeOfKey } from './json-place.ts';

/**
 * An error at source.json's sha256 when the bytes have another digest. `infoFile`/`infoText` are
 * source.json as the user sees it; `sourceFile` names the text.
 */
export const checkSourceHash = (bytes: Uint8Array, expected: string, info: { file: string; text: string }, sourceFile: string, report: Reporter): void => {
  const actual = sha256Hex(bytes);
  if (actual === expected) return;
  report.error('read:source-hash', { file: info.file, ...placeOfKey(info.text, ['sha256']) }, { expected, sourceFile, actual });
};
