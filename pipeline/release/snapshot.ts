// Reads one build (a dist/ directory, or an unpacked release zip) into what the data diff compares:
// its files, every table (a top-level JSON array of records with an `id`) with the columns and types
// its published JSON Schema declares, and the dataset version the build states. Knows no table names.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Row = Record<string, unknown>;

export interface Column {
  /** The JSON key. */
  name: string;
  /** A comparable description of the declared type, e.g. `integer`, `string|null`, `string (date)`. */
  type: string;
  /** The schema's title (the CSV header), when it gives one. */
  title?: string;
}

export interface TableSnapshot {
  /** The file stem without the municipality code: `goals` for `062022_goals.json`. */
  name: string;
  /** The JSON file, relative to the build directory. */
  file: string;
  /** Columns in published order: from `schemas/<stem>.schema.json` when there is one, else from the records. */
  columns: Column[];
  columnsFrom: 'schema' | 'records';
  /** Records by ID, in file order. */
  records: Map<string, Row>;
}

export interface Snapshot {
  dir: string;
  /** Every file, relative, `/`-separated, sorted. */
  files: string[];
  tables: Map<string, TableSnapshot>;
  /** The `datasetVersion` the build states (in `<code>_plan.json`), and where. */
  datasetVersion?: { version: string; file: string };
}

/** A build that cannot be read as one: the file at fault, and what is wrong with it (a command reports it as release:not-a-build). */
export class SnapshotError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * Every file under `dir`, relative and sorted. A build holds folders and regular files only: a symbolic
 * link (it would publish whatever it points to), a FIFO or a device is a SnapshotError, never followed.
 */
export const listFiles = (dir: string): string[] => {
  const out: string[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path, `${prefix}${name}/`);
      else if (stat.isFile()) out.push(`${prefix}${name}`);
      else
        throw new SnapshotError(path, `is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}: a build holds folders and regular files only`);
    }
  };
  walk(dir, '');
  return out.sort();
};

const tableName = (stem: string): string => stem.replace(/^\d{6}_/, '');

type SchemaNode = Record<string, unknown>;

/** A type description two schema versions can be compared by; `anyOf`/`oneOf` keep their branches. */
export const describeType = (node: SchemaNode): string => {
  const branches = (node.anyOf ?? node.oneOf) as SchemaNode[] | undefined;
  if (Array.isArray(branches)) return branches.map(describeType).sort().join('|');
  const type = Array.isArray(node.type) ? [...(node.type as string[])].sort().join('|') : typeof node.type === 'string' ? node.type : undefined;
  const base = type ?? ('const' in node ? typeof node.const : Array.isArray(node.enum) ? 'enum' : 'any');
  return typeof node.format === 'string' ? `${base} (${node.format})` : base;
};

const valueType = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

const columnsFromSchema = (schema: unknown): Column[] | undefined => {
  const items = (schema as SchemaNode | undefined)?.items as SchemaNode | undefined;
  const properties = items?.properties as Record<string, SchemaNode> | undefined;
  if (!properties || typeof properties !== 'object') return undefined;
  return Object.entries(properties).map(([name, node]) => ({
    name,
    type: describeType(node),
    ...(typeof node.title === 'string' ? { title: node.title } : {}),
  }));
};

const columnsFromRecords = (records: Iterable<Row>): Column[] => {
  const types = new Map<string, Set<string>>();
  for (const r of records) for (const [k, v] of Object.entries(r)) (types.get(k) ?? types.set(k, new Set()).get(k)!).add(valueType(v));
  return [...types].map(([name, t]) => ({ name, type: [...t].sort().join('|') }));
};

export const readSnapshot = (dir: string): Snapshot => {
  let files: string[];
  try {
    files = listFiles(dir);
  } catch (e) {
    if (e instanceof SnapshotError) throw e;
    throw new SnapshotError(dir, `cannot read the directory (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return snapshotOf(dir, files, (file) => readFileSync(join(dir, file), 'utf8'));
};

/** A build held in memory (the files a build is about to write, by path under the output), as a snapshot. */
export const snapshotOfFiles = (dir: string, files: ReadonlyMap<string, string | Uint8Array>): Snapshot =>
  snapshotOf(dir, [...files.keys()].sort(), (file) => {
    const content = files.get(file)!;
    return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  });

/** The snapshot of a build's files (sorted, relative), each read by `read`. */
const snapshotOf = (dir: string, files: string[], read: (file: string) => string): Snapshot => {
  const readJson = (_: string, file: string): unknown => {
    try {
      return JSON.parse(read(file));
    } catch (e) {
      throw new SnapshotError(join(dir, file), `not valid JSON: ${(e as Error).message.split('\n')[0]}`);
    }
  };
  const tables = new Map<string, TableSnapshot>();
  const versions: { version: string; file: string }[] = [];
  for (const file of files.filter((f) => !f.includes('/') && f.endsWith('.json'))) {
    const value = readJson(dir, file);
    if (!Array.isArray(value)) {
      const v = (value as Row | null)?.datasetVersion;
      if (typeof v === 'string') versions.push({ version: v, file });
      continue;
    }
    // An array none of whose elements has an ID is some other document, compared by presence only.
    if (value.length > 0 && !value.some((row: unknown) => typeof (row as Row | null)?.id === 'string')) continue;
    const stem = file.slice(0, -'.json'.length);
    const records = new Map<string, Row>();
    value.forEach((row: unknown, i) => {
      const id = (row as Row | null)?.id;
      if (typeof row !== 'object' || row === null || Array.isArray(row) || typeof id !== 'string')
        throw new SnapshotError(join(dir, file), `record /${i} has no string "id"; every table record needs one`);
      if (records.has(id)) throw new SnapshotError(join(dir, file), `record /${i} repeats the ID ${id}`);
      records.set(id, row as Row);
    });
    const schemaFile = `schemas/${stem}.schema.json`;
    const declared = files.includes(schemaFile) ? columnsFromSchema(readJson(dir, schemaFile)) : undefined;
    const name = tableName(stem);
    tables.set(name, { name, file, columns: declared ?? columnsFromRecords(records.values()), columnsFrom: declared ? 'schema' : 'records', records });
  }
  // The nested plan states the version; prefer it over any other document that repeats it.
  const datasetVersion = versions.find((v) => v.file.endsWith('_plan.json')) ?? versions[0];
  return { dir, files, tables, ...(datasetVersion ? { datasetVersion } : {}) };
};
