// The model as one SQLite database (dist/062022_plan.sqlite): a table per registered table, columns named as
// the CSV headers and typed from the zod model (TEXT, INTEGER, REAL; booleans INTEGER 0/1 with a CHECK), the
// ID as PRIMARY KEY, the registry's foreign keys with an index on each, and three tables that describe the
// rest: `_metadata` (version, issue date, source and its SHA-256, licence), `_tables` and `_columns` (the
// codebook). Written with sql.js, SQLite compiled to WebAssembly: no native build, and the same bytes on every
// machine, since the file depends only on the statements run (the format holds no timestamps).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import initSqlJs from 'sql.js';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import type { Model } from '../model/build.ts';
import { tableNames, tables, type TableName } from '../tables/registry.ts';
import type { Column, ValueType } from '../tables/columns.ts';
import { codebookOf, columnTitle } from './codebook.ts';
import type { Provenance } from './output-format.ts';
import { fileStem } from './output-format.ts';

// The engine is compiled once per process and shared by every build the process runs. Its WebAssembly is read
// from the sql.js package beside our code, as a module is: it is not an input of the build.
//
// A build runs a few hundred short statements, so V8's baseline WebAssembly compiler (Liftoff) is all it needs:
// letting V8 tier hot SQLite functions up to TurboFan cost a cold build ~0.6 s of CPU and 23 MB more than it saved
// (measured on the bundled CLI; same bytes either way; again for issue 23: 2.63 against 1.88 CPU-s, the median of
// 15 interleaved pairs, BENCHMARKS.md). The flag is process-wide, but sql.js is the only
// WebAssembly we run; should Liftoff ever refuse the module, the engine is compiled again with TurboFan allowed.
let engine: Promise<SqlJsStatic> | undefined;
const sqlite = (): Promise<SqlJsStatic> => {
  engine ??= (async () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));
    const binary = () => wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength);
    setFlagsFromString('--liftoff-only');
    try {
      return await initSqlJs({ wasmBinary: binary() });
    } catch {
      setFlagsFromString('--no-liftoff-only');
      return initSqlJs({ wasmBinary: binary() });
    }
  })();
  return engine;
};

/**
 * Starts compiling the engine without waiting for it: V8 compiles WebAssembly on background threads, so a build
 * that calls this first has the engine ready by the time it emits, instead of paying ~50 ms there. A failure
 * surfaces where the engine is awaited (toSqlite), not here.
 */
export const warmSqlite = (): void => {
  sqlite().catch(() => undefined);
};

/** An SQL identifier, always quoted: headers are Japanese, and a table name may start with a digit. */
const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * An allowed value as an SQL literal, for the CHECK constraints of the DDL only (CREATE TABLE takes no bound
 * parameters): the enum values the model defines, text or numbers. Rows go in through bound parameters (insertAll).
 */
const enumLiteral = (value: string | number): string => {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`sqlite: allowed value ${value} is not a number SQLite can store`);
    return String(value);
  }
  if (value.includes('\u0000')) throw new Error('sqlite: an allowed value holds U+0000');
  return `'${value.replace(/'/g, "''")}'`;
};

const sqlTypes: Record<ValueType, string> = { string: 'TEXT', integer: 'INTEGER', number: 'REAL', boolean: 'INTEGER' };
const sqlTypeOf = (c: Column): string => sqlTypes[c.type];

const columnDefinition = (c: Column): string => {
  const name = quoteIdentifier(c.title);
  const checks = [...(c.type === 'boolean' ? [`${name} IN (0, 1)`] : []), ...(c.enum ? [`${name} IN (${c.enum.map(enumLiteral).join(', ')})`] : [])];
  return [name, sqlTypeOf(c), ...(c.key === 'id' ? ['PRIMARY KEY'] : []), ...(c.nullable ? [] : ['NOT NULL']), ...checks.map((k) => `CHECK (${k})`)].join(' ');
};

/** The CREATE TABLE and CREATE INDEX statements of one registered table. */
const tableDdl = (name: TableName): string[] => {
  if (name.startsWith('_') || name.startsWith('sqlite_')) throw new Error(`sqlite: table name ${name} is reserved for the description tables`);
  const columns = codebookOf(name);
  const keyed = columns.filter((c) => c.references !== undefined);
  const body = [
    ...columns.map(columnDefinition),
    ...keyed.map(
      (c) => `FOREIGN KEY (${quoteIdentifier(c.title)}) REFERENCES ${quoteIdentifier(c.references!)} (${quoteIdentifier(columnTitle(c.references!, 'id'))})`,
    ),
  ];
  return [
    `CREATE TABLE ${quoteIdentifier(name)} (\n  ${body.join(',\n  ')}\n)`,
    ...keyed.map((c) => `CREATE INDEX ${quoteIdentifier(`${name}_${c.key}`)} ON ${quoteIdentifier(name)} (${quoteIdentifier(c.title)})`),
  ];
};

const describingDdl = [
  `CREATE TABLE "_metadata" (
  "key" TEXT PRIMARY KEY NOT NULL,
  "value" TEXT NOT NULL
)`,
  `CREATE TABLE "_tables" (
  "name" TEXT PRIMARY KEY NOT NULL,
  "title" TEXT NOT NULL,
  "description" TEXT NOT NULL,
  "rows" INTEGER NOT NULL,
  "csv" TEXT NOT NULL,
  "json" TEXT NOT NULL,
  "title_en" TEXT NOT NULL,
  "description_en" TEXT NOT NULL
)`,
  `CREATE TABLE "_columns" (
  "table" TEXT NOT NULL REFERENCES "_tables" ("name"),
  "position" INTEGER NOT NULL,
  "column" TEXT NOT NULL,
  "json_key" TEXT NOT NULL,
  "sql_type" TEXT NOT NULL,
  "type" TEXT NOT NULL CHECK ("type" IN ('string', 'integer', 'number', 'boolean')),
  "nullable" INTEGER NOT NULL CHECK ("nullable" IN (0, 1)),
  "allowed_values" TEXT,
  "unit" TEXT,
  "references" TEXT,
  "meaning" TEXT NOT NULL,
  "meaning_en" TEXT NOT NULL,
  PRIMARY KEY ("table", "column")
)`,
];

const cellOf = (value: unknown, c: Column): SqlValue => {
  if (value === null || value === undefined) return null;
  if (c.type === 'boolean') return value === true ? 1 : 0;
  return value as string | number;
};

/** `_metadata` rows: what a reader of the database alone needs to cite and check it. */
const metadataRows = ({ config, source, sha256 }: Provenance): [string, string][] => [
  ['title', source.title],
  ['municipality_code', config.municipality.code],
  ['municipality_name', config.municipality.name],
  ['dataset_version', config.version],
  ['issued', config.issued],
  ['source_title', source.title],
  ['source_publisher', source.publisher],
  ['source_file', `sources/${source.file}`],
  ['source_sha256', sha256],
  ['license', config.license.id],
  ['license_title', config.license.title],
  ['license_url', config.license.url],
  ['attribution', config.license.attribution],
  ['derivation_note', config.license.derivationNote],
];

/**
 * Every row of one table through one prepared INSERT with bound parameters: SQLite receives each value as the
 * value it is (text as text, a number as the double JavaScript holds, NULL), never as SQL text to parse. Numbers
 * are bound as 32-bit integers when they are, else as doubles; the column's type affinity stores them as it would
 * the same literal (the bytes of the file are the same), and test/typed-sqlite.test.ts compares every cell with the JSON.
 */
const insertAll = (db: Database, table: string, columns: readonly string[], rows: readonly SqlValue[][]): void => {
  const insert = db.prepare(`INSERT INTO ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  try {
    for (const row of rows) {
      const unstorable = row.find((value) => typeof value === 'number' && !Number.isFinite(value));
      if (unstorable !== undefined) throw new Error(`sqlite: ${unstorable} is not a number SQLite can store`);
      insert.run(row);
    }
  } finally {
    insert.free();
  }
};

// PRAGMA integrity_check is left to the tests (the sqlite3 shell on dist/): it reads every page and index, a
// tenth of the emitter's cold cost, to recheck what SQLite itself just wrote. The foreign keys are ours to get right.
const checkDatabase = (db: Database): void => {
  const dangling = db.exec('PRAGMA foreign_key_check')[0]?.values ?? [];
  if (dangling.length > 0) throw new Error(`sqlite: ${dangling.length} foreign key(s) point nowhere, first ${JSON.stringify(dangling[0])}`);
};

/** The whole model as the bytes of one SQLite database file. */
export const toSqlite = async (model: Model, provenance: Provenance): Promise<Uint8Array> => {
  const SQL = await sqlite();
  const db = new SQL.Database();
  try {
    db.run('PRAGMA page_size = 4096');
    // A file built once in memory needs no rollback journal: without one, SQLite writes each page once.
    db.run('PRAGMA journal_mode = OFF');
    db.run('PRAGMA synchronous = OFF');
    db.run('BEGIN');
    for (const statement of describingDdl) db.run(statement);
    for (const name of tableNames) for (const statement of tableDdl(name)) db.run(statement);
    const code = provenance.config.municipality.code;
    for (const name of tableNames) {
      const columns = codebookOf(name);
      const rows = (model.tables[name] as Record<string, unknown>[]).map((row) => columns.map((c) => cellOf(row[c.key], c)));
      insertAll(
        db,
        name,
        columns.map((c) => c.title),
        rows,
      );
    }
    insertAll(db, '_metadata', ['key', 'value'], metadataRows(provenance));
    insertAll(
      db,
      '_tables',
      ['name', 'title', 'description', 'rows', 'csv', 'json', 'title_en', 'description_en'],
      tableNames.map((name) => [
        name,
        tables[name].title,
        tables[name].description.ja,
        model.tables[name].length,
        `${fileStem(code, name)}.csv`,
        `${fileStem(code, name)}.json`,
        tables[name].titleEn,
        tables[name].description.en,
      ]),
    );
    insertAll(
      db,
      '_columns',
      ['table', 'position', 'column', 'json_key', 'sql_type', 'type', 'nullable', 'allowed_values', 'unit', 'references', 'meaning', 'meaning_en'],
      tableNames.flatMap((name) =>
        codebookOf(name).map((c, i): SqlValue[] => [
          name,
          i + 1,
          c.title,
          c.key,
          sqlTypeOf(c),
          c.type,
          c.nullable ? 1 : 0,
          c.enum ? JSON.stringify(c.enum) : null,
          c.unit ?? null,
          c.references ?? null,
          c.descriptionJa,
          c.description,
        ]),
      ),
    );
    db.run('COMMIT');
    checkDatabase(db);
    // One transaction into a fresh database fills pages in statement order and frees none, so the bytes
    // depend only on the content; a VACUUM would rewrite the same file at a third of the emitter's cost.
    return db.export();
  } finally {
    db.close();
  }
};
