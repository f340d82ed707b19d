// The download lists of the home and dataset pages: the files the DCAT catalog describes, titled and typed
// as their formats describe them (emit/output-format.ts), so a file the build adds appears here by itself.
import type { TableName } from '../../tables/registry.ts';
import type { Digest } from '../checksums.ts';
import { checksumsFile } from '../formats/sha256sums.ts';
import type { Emitted } from '../output-format.ts';

export interface Download {
  /** Path under dist/. */
  path: string;
  /** Size in bytes; absent for SHA256SUMS, which is written after the site. */
  bytes?: number;
  /** Title as the catalog gives it. */
  title: string;
  /** Short name of the file's kind for a link (CSV, BOM付きCSV, JSON, JSON Schema, …). */
  format: string;
  /** What a person must know before opening it the usual way, as its format says. */
  caveat?: string;
  mediaType: string;
  /** The table the file holds, when it holds one. */
  table?: TableName;
}

const downloadOf = (f: Omit<Emitted, 'content'>, bytes?: number): Download => ({
  path: f.path,
  ...(bytes === undefined ? {} : { bytes }),
  title: f.title.ja,
  format: f.kind.label.ja,
  ...(f.caveat === undefined ? {} : { caveat: f.caveat.ja }),
  mediaType: f.kind.mediaType,
  ...(f.table === undefined ? {} : { table: f.table }),
});

/** Every distribution among `files`, sorted by path, then SHA256SUMS (written after the site, so without a size). */
export const downloadsOf = (files: ReadonlyMap<string, Emitted>, digest: Digest): Download[] => [
  ...[...files.values()]
    .filter((f) => f.distribution)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => downloadOf(f, digest(f.path, f.content).bytes)),
  downloadOf(checksumsFile),
];

/** A table's files: CSV, BOM CSV, JSON, schema, and whatever else the build publishes of it, in the order the formats are built. */
export const tableDownloads = (downloads: readonly Download[], files: ReadonlyMap<string, Emitted>, table: TableName): Download[] => {
  const order = [...files.keys()];
  return downloads.filter((d) => d.table === table).sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
};

/** The files that belong to no single table: the plan as a whole, metadata, checksums. */
export const otherDownloads = (downloads: readonly Download[]): Download[] => downloads.filter((d) => d.table === undefined);
