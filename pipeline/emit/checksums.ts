// Sizes and SHA-256 digests of published files, over the bytes the CLI writes (text as UTF-8, binary files
// such as the SQLite database and the workbook as they are), and the SHA256SUMS file that `sha256sum -c` checks.
import { sha256Hex, sha256Sums } from '../sha256.ts';

export const SHA256SUMS = 'SHA256SUMS';

/** What a published file holds: text (written as UTF-8) or bytes. */
export type FileContent = string | Uint8Array;

export const byteLength = (content: FileContent): number => (typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength);

export interface FileFacts {
  path: string;
  bytes: number;
  sha256: string;
}

/** Size and digest of each file, sorted by path. */
export const factsOf = (files: ReadonlyMap<string, FileContent>): FileFacts[] =>
  [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, content]) => ({ path, bytes: byteLength(content), sha256: sha256Hex(content) }));

/** The SHA256SUMS of a build: every file but SHA256SUMS itself. */
export const toSha256Sums = (files: ReadonlyMap<string, FileContent>): string => sha256Sums(new Map([...files].filter(([path]) => path !== SHA256SUMS)));
