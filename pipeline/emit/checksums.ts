// Sizes and SHA-256 digests of published files, over the bytes the CLI writes (text as UTF-8, binary files
// such as the SQLite database and the workbook as they are), and the SHA256SUMS file that `sha256sum -c` checks.
import { type BuiltContent, type FileContent, type FileFacts, factsOf, isSpilled } from '../file-content.ts';
import { sha256SumsOf } from '../sha256.ts';

export type { BuiltContent, FileContent, FileFacts };

export const SHA256SUMS = 'SHA256SUMS';

/** Size and digest of a file of the build (a spilled file's, as taken when it was written out). */
export type Digest = (path: string, content: BuiltContent) => FileFacts;

/**
 * A Digest that digests each file once: datapackage.json, the catalog, the site's download lists and
 * SHA256SUMS each describe the same files, and a file's content does not change once built (a new content
 * under the same path is digested again). Text is encoded to UTF-8 once, into a buffer the digester reuses,
 * and its size and hash both come from those bytes: Buffer.byteLength and hashing the string each walked
 * the text again (~6 MB a build; ~9 of a warm build's ~210 CPU-ms), and a fresh Buffer per file left as
 * much to the garbage collector. A lone surrogate is encoded as U+FFFD, as the CLI writes it.
 */
export const digester = (): Digest => {
  const seen = new Map<string, { content: FileContent; facts: FileFacts }>();
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(0);
  const bytesOf = (content: FileContent): Uint8Array => {
    if (typeof content !== 'string') return content;
    // UTF-8 takes at most 3 bytes for each UTF-16 code unit.
    if (scratch.length < content.length * 3) scratch = new Uint8Array(content.length * 3);
    return scratch.subarray(0, encoder.encodeInto(content, scratch).written);
  };
  return (path, content) => {
    // Digested when it was spilled, and never held again: nothing of it is kept here.
    if (isSpilled(content)) return content.facts;
    const known = seen.get(path);
    if (known?.content === content) return known.facts;
    const facts = factsOf(path, bytesOf(content));
    seen.set(path, { content, facts });
    return facts;
  };
};

/** The SHA256SUMS of a build: every file but SHA256SUMS itself. */
export const toSha256Sums = (files: ReadonlyMap<string, BuiltContent>, digest: Digest = digester()): string =>
  sha256SumsOf(new Map([...files].flatMap(([path, content]) => (path === SHA256SUMS ? [] : [[path, digest(path, content).sha256] as const]))));
