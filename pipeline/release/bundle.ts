// The release's files in memory: a deterministic zip of dist/ (sorted entries, fixed timestamps, so
// two runs give the same bytes). SHA256SUMS is written by pipeline/sha256.ts.
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
