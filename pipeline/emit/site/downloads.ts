// The download lists of the home and dataset pages: the files the DCAT catalog describes, titled and
// typed by the same functions (describeFile, kindOf), so a file the build adds appears here by itself.
import { tableNames, type TableName } from '../../model/registry.ts';
import { describeFile, isDataFile, kindOf } from '../catalog.ts';
import { type Digest, SHA256SUMS } from '../checksums.ts';
import { fileStem } from '../schemas.ts';

export interface Download {
  /** Path under dist/. */
  path: string;
  /** Size in bytes; absent for SHA256SUMS, which is written after the site. */
  bytes?: number;
  /** Title as the catalog gives it. */
  title: string;
  /** Short name of the format for a link (CSV, Excel 用 CSV, JSON, JSON Schema, …). */
  format: string;
  mediaType: string;
}

const formatOf = (path: string): string => {
  if (path.startsWith('excel/')) return 'Excel 用 CSV';
  if (path.startsWith('schemas/')) return 'JSON Schema';
  return { JSON_LD: 'JSON-LD', RDF_TURTLE: 'Turtle' }[kindOf(path).format] ?? kindOf(path).format;
};

/** Every data file in `files` (site pages excluded), sorted by path, then SHA256SUMS. */
export const downloadsOf = (files: ReadonlyMap<string, string | Uint8Array>, digest: Digest, municipalityCode: string): Download[] => {
  const list: Download[] = [...files]
    .filter(([path]) => isDataFile(path) && path !== SHA256SUMS)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, content]) => ({
      path,
      bytes: digest(path, content).bytes,
      title: describeFile(path, municipalityCode).title,
      format: formatOf(path),
      mediaType: kindOf(path).mediaType,
    }));
  list.push({ path: SHA256SUMS, title: 'SHA-256 チェックサム（sha256sum -c で全ファイルを検証）', format: 'SHA256SUMS', mediaType: 'text/plain' });
  return list;
};

/** The stem a file belongs to: `excel/062022_goals.csv` → `062022_goals`. */
const stemOf = (path: string): string => {
  const base = path.replace(/^(excel|schemas)\//, '');
  return base.includes('/') ? path : base.slice(0, base.indexOf('.') < 0 ? base.length : base.indexOf('.'));
};

/** A table's files: CSV, Excel CSV, JSON, schema, and whatever else the build publishes under its stem. */
export const tableDownloads = (downloads: readonly Download[], table: TableName, municipalityCode: string): Download[] => {
  const stem = fileStem(municipalityCode, table);
  const order = ['CSV', 'Excel 用 CSV', 'JSON', 'JSON Schema'];
  const rank = (d: Download) => (order.indexOf(d.format) + order.length + 1) % (order.length + 1);
  return downloads.filter((d) => stemOf(d.path) === stem).sort((a, b) => rank(a) - rank(b) || (a.path < b.path ? -1 : 1));
};

/** The files that belong to no single table: the plan as a whole, metadata, checksums. */
export const otherDownloads = (downloads: readonly Download[], municipalityCode: string): Download[] => {
  const stems = new Set(tableNames.map((n) => fileStem(municipalityCode, n)));
  return downloads.filter((d) => !stems.has(stemOf(d.path)));
};
