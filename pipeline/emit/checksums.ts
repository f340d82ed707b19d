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

/** Size and digest of a file of the build. */
export type Digest = (path: string, content: FileContent) => FileFacts;

/**
 * A Digest that digests each file once: datapackage.json, the catalog and SHA256SUMS each describe the same
 * data files, and a file's content does not change once built (a new content under the same path is
 * digested again). Text is hashed as UTF-8 without a copy of its bytes on the heap (Buffer.from cost as
 * much and left ~5 MB a build to the garbage collector).
 */
export const digester = (): Digest => {
  const seen = new Map<string, { content: FileContent; facts: FileFacts }>();
  return (path, content) => {
    const known = seen.get(path);
    if (known?.content === content) return known.facts;
    const facts = { path, bytes: byteLength(content), sha256: sha256Hex(content) };
    seen.set(path, { content, facts });
    return facts;
  };
};

/** Size and digest of each file, sorted by path. */
export const factsOf = (files: ReadonlyMap<string, FileContent>, digest: Digest = digester()): FileFacts[] =>
  [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, content]) => digest(path, content));

/** The SHA256SUMS of a build: every file but SHA256SUMS itself. */
export const toSha256Sums = (files: ReadonlyMap<string, FileContent>, digest: Digest = digester()): string =>
  sha256Sums(new Map([...files].filter(([path]) => path !== SHA256SUMS)), (path, content) => digest(path, content).sha256);
