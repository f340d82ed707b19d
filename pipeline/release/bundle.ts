// The release's files in memory: a deterministic zip of dist/ (sorted entries, fixed timestamps, so
// two runs give the same bytes) and a SHA256SUMS in the format `sha256sum -c` reads.
import { createHash } from 'node:crypto';
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** The earliest time a zip can hold; built as local time because zip stores local date parts. */
const fixedTime = new Date(1980, 0, 1, 0, 0, 0);

/** dist path → bytes, as one zip whose entries are the paths, sorted, with no folder entries. */
export const zipFiles = (files: ReadonlyMap<string, Uint8Array>): Uint8Array => {
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) entries[path] = [files.get(path)!, { mtime: fixedTime, level: 9, os: 3, attrs: 0o100644 << 16 }];
  return zipSync(entries);
};

export const unzipFiles = (zip: Uint8Array): Map<string, Uint8Array> => new Map(Object.entries(unzipSync(zip)));

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** `<hex>  <name>` per line, sorted by name: what `sha256sum` writes and `sha256sum -c` checks. */
export const sha256sums = (files: ReadonlyMap<string, Uint8Array>): string =>
  [...files.keys()]
    .sort()
    .map((name) => `${sha256(files.get(name)!)}  ${name}\n`)
    .join('');

export const parseSha256sums = (text: string): Map<string, string> =>
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
