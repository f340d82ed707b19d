// SHA-256, the one digest of the project: of a published file's bytes (text as UTF-8), of the source text,
// of a name for a stable ID; and SHA256SUMS, the file `sha256sum -c` checks, written and read here only.
import { createHash } from 'node:crypto';

/** The lowercase hex SHA-256 of bytes, or of text as UTF-8. */
export const sha256Hex = (content: string | Uint8Array): string =>
  (typeof content === 'string' ? createHash('sha256').update(content, 'utf8') : createHash('sha256').update(content)).digest('hex');

/** `<sha256>  <name>` per line (two spaces: sha256sum's text mode), sorted by name, over every file given. */
export const sha256Sums = (files: ReadonlyMap<string, string | Uint8Array>): string =>
  sha256SumsOf(new Map([...files].map(([name, content]) => [name, sha256Hex(content)])));

/** The same text from each file's hex digest, by name (emit/checksums.ts: digests taken once per file per build). */
export const sha256SumsOf = (digests: ReadonlyMap<string, string>): string =>
  [...digests.keys()]
    .sort()
    .map((name) => `${digests.get(name)}  ${name}\n`)
    .join('');

/** A SHA256SUMS text → name → hex digest; a line that is not `<hex>  <name>` (or `<hex> *<name>`) throws. */
export const parseSha256Sums = (text: string): Map<string, string> =>
  new Map(
    text
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => {
        const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(l);
        if (!m) throw new Error(`not a sha256sum line: ${l}`);
        return [m[2]!, m[1]!] as const;
      }),
  );
