// Sizes and SHA-256 digests of published files, over the bytes the CLI writes (text as UTF-8, binary files
// such as the SQLite database and the workbook as they are), and the SHA256SUMS file that `sha256sum -c` checks.
import { createHash } from 'node:crypto';

export const SHA256SUMS = 'SHA256SUMS';

/** What a published file holds: text (written as UTF-8) or bytes. */
export type FileContent = string | Uint8Array;

export const bytesOf = (content: FileContent): Uint8Array => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
export const byteLength = (content: FileContent): number => (typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength);
export const sha256Hex = (content: FileContent): string => createHash('sha256').update(bytesOf(content)).digest('hex');

export interface FileFacts {
  path: string;
  bytes: number;
  sha256: string;
}

/** Size and digest of each file, sorted by path. */
export const factsOf = (files: ReadonlyMap<string, FileContent>): FileFacts[] =>
  [...files]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, content]) => ({ path, bytes: byteLength(content), sha256: sha256Hex(content) }));

/** `<sha256>  <path>` lines (two spaces: sha256sum's text mode), sorted by path, over every file given. */
export const toSha256Sums = (files: ReadonlyMap<string, FileContent>): string =>
  factsOf(files)
    .filter((f) => f.path !== SHA256SUMS)
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join('');
