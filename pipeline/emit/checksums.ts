// Sizes and SHA-256 digests of published files, over the bytes the CLI writes (text as UTF-8, binary files
// such as the SQLite database and the workbook as they are), and the SHA256SUMS file that `sha256sum -c` checks.
import { type BuiltContent, bytesOf, type FileContent, type FileFacts, factsOf, isSpilled } from '../file-content.ts';
import { sha256SumsOf } from '../sha256.ts';

export type { BuiltContent, FileContent, FileFacts };

export const SHA256SUMS = 'SHA256SUMS';

/** Size and digest of a file of the build (a spilled file's, as taken when it was written out). */
export type Digest = (path: string, content: BuiltContent) => FileFacts;

/**
 * A Digest that digests each file once: datapackage.json, the catalog, the site's download lists and
 * SHA256SUMS each describe the same files, and a file's content does not change once built (a new content
 * under the same path is digested again). Text is digested as the UTF-8 bytes the CLI writes (file-content.ts:
 * bytesOf; a lone surrogate as U+FFFD). Those bytes are let go after each file: a buffer kept for reuse was three
 * times the largest text (~60 MB at 8,000 KPIs) for the whole build, to spare ~9 CPU-ms (issue 23 §2, §3).
 */
export const digester = (): Digest => {
  const seen = new Map<string, { content: FileContent; facts: FileFacts }>();
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
