// The whole model as one SQLite database (dist/062022_plan.sqlite, emit/sqlite.ts): typed columns, keys, and
// the _metadata, _tables and _columns tables that describe it. datapackage.json lists it as a file resource.
import { type FileKind, fileStem, type OutputFormat, titled, wholePlan } from '../output-format.ts';
import { toSqlite } from '../sqlite.ts';

export const sqliteKind: FileKind = {
  mediaType: 'application/vnd.sqlite3',
  // The EU file-type list has no SQLite entry (its SQL is a script of statements): BIN, with the exact IANA type.
  fileType: 'BIN',
  conformsTo: 'https://www.sqlite.org/fileformat.html',
  label: { ja: 'SQLite', en: 'SQLite' },
};

export const sqlitePath = (municipalityCode: string): string => `${fileStem(municipalityCode, 'plan')}.sqlite`;

export const planSqlite: OutputFormat = {
  name: 'plan-sqlite',
  phase: 'data',
  emit: async ({ model, provenance }) => [
    {
      path: sqlitePath(provenance.config.municipality.code),
      content: await toSqlite(model, provenance),
      kind: sqliteKind,
      subject: wholePlan,
      title: titled(wholePlan, sqliteKind),
      description: {
        ja: `${wholePlan.ja}の SQLite データベース。表ごとに型付きの列（TEXT・INTEGER・REAL、真偽値は 0/1）、主キー・外部キーと索引、_metadata・_tables・_columns（項目定義）表付き。`,
        en: 'Every table in one SQLite database: typed columns named as the CSV headers, primary and foreign keys, and the tables _metadata, _tables and _columns (codebook).',
      },
      resource: 'file',
      distribution: true,
    },
  ],
};
