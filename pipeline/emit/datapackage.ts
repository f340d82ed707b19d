// The Frictionless Data Package (v2) descriptor of the canonical CSVs, generated from the same zod
// schemas and table registry that write the CSV, so the descriptor and the files cannot drift.
import type { Config, SourceInfo } from '../config.ts';
import { tableNames, tables, type TableName } from '../model/registry.ts';
import { type Digest, digester, type FileContent } from './checksums.ts';
import { codebookOf, columnTitle } from './codebook.ts';
import { fileStem, sqliteFileName, xlsxFileName } from './schemas.ts';

export const DATAPACKAGE = 'datapackage.json';

export const resourceName = (code: string, table: string): string => fileStem(code, table).toLowerCase();

/** The Table Schema of one table: fields named by the CSV headers, ID as primary key, foreign keys by header. */
export const tableSchemaOf = (name: TableName, code: string) => {
  const def = tables[name];
  const columns = codebookOf(name);
  const fields = columns.map((c) => {
    const constraints = {
      ...(c.nullable ? {} : { required: true }),
      ...(c.key === 'id' ? { unique: true } : {}),
      ...(c.enum ? { enum: c.enum } : {}),
      // Integer bounds the model sets; a bare integer's are JSON's safe range, which says nothing.
      ...(c.type === 'integer' && c.minimum !== undefined && c.minimum > Number.MIN_SAFE_INTEGER ? { minimum: c.minimum } : {}),
      ...(c.type === 'integer' && c.maximum !== undefined && c.maximum < Number.MAX_SAFE_INTEGER ? { maximum: c.maximum } : {}),
    };
    return {
      name: c.title,
      title: c.title,
      type: c.type,
      ...(c.description ? { description: `${c.description} (JSON key: ${c.key})` } : { description: `JSON key: ${c.key}` }),
      constraints,
    };
  });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields,
    missingValues: [''],
    primaryKey: [columnTitle(name, 'id')],
    ...(def.foreignKeys.length > 0
      ? {
          foreignKeys: def.foreignKeys.map((fk) => ({
            fields: [columnTitle(name, fk.field)],
            reference: { resource: resourceName(code, fk.table), fields: ['ID'] },
          })),
        }
      : {}),
  };
};

/** The typed copies of every table: described as files (no `type: table`), since a Table Schema describes one CSV. */
const typedCopies = (code: string) => [
  {
    path: sqliteFileName(code),
    name: `${code}_plan-sqlite`,
    format: 'sqlite',
    mediatype: 'application/vnd.sqlite3',
    title: '計画全体（SQLite）',
    description:
      'Every table in one SQLite database: typed columns named as the CSV headers, primary and foreign keys, and the tables _metadata, _tables and _columns (codebook).',
  },
  {
    path: xlsxFileName(code),
    name: `${code}_plan-xlsx`,
    format: 'xlsx',
    mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    title: '計画全体（Excel）',
    description:
      'Every table as a sheet of one Excel workbook, with a README sheet and a 項目定義 (codebook) sheet; codes are text, numbers numbers, booleans booleans.',
  },
];

/** The descriptor of every canonical CSV and typed copy in `files`, with the bytes and SHA-256 of the content given. */
export const toDataPackage = (files: ReadonlyMap<string, FileContent>, config: Config, source: SourceInfo, digest: Digest = digester()) => {
  const code = config.municipality.code;
  const resources = tableNames.map((name) => {
    const path = `${fileStem(code, name)}.csv`;
    const content = files.get(path);
    if (content === undefined) throw new Error(`data package: ${path} was not built`);
    const { bytes, sha256 } = digest(path, content);
    return {
      $schema: 'https://datapackage.org/profiles/2.0/dataresource.json',
      name: resourceName(code, name),
      type: 'table',
      path,
      title: tables[name].title,
      description: tables[name].description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes,
      hash: `sha256:${sha256}`,
      dialect: {
        $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
        header: true,
        delimiter: ',',
        lineTerminator: '\r\n',
        quoteChar: '"',
        doubleQuote: true,
      },
      schema: tableSchemaOf(name, code),
    };
  });
  const copies = typedCopies(code).map(({ path, ...rest }) => {
    const content = files.get(path);
    if (content === undefined) throw new Error(`data package: ${path} was not built`);
    const { bytes, sha256 } = digest(path, content);
    return {
      $schema: 'https://datapackage.org/profiles/2.0/dataresource.json',
      name: rest.name,
      path,
      title: rest.title,
      description: rest.description,
      format: rest.format,
      mediatype: rest.mediatype,
      bytes,
      hash: `sha256:${sha256}`,
    };
  });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: `${code}_plan`,
    id: `${config.baseIri}dataset`,
    title: source.title,
    description: `${source.municipalityName}「${source.planTitle}」${source.part}（FY${source.period.startFiscalYear}–FY${source.period.endFiscalYear}）の本文を表形式に構造化したオープンデータ。${config.license.derivationNote} 出典表記: ${config.license.attribution}`,
    version: config.version,
    created: `${config.issued}T00:00:00Z`,
    keywords: keywordsOf(source),
    licenses: [{ path: config.license.url, title: config.license.title }],
    sources: [{ title: `${source.title}（${source.publisher}）` }],
    contributors: [{ title: config.contactPoint.name, path: config.contactPoint.url, roles: ['producer'] }],
    resources: [...resources, ...copies],
  };
};

export const keywordsOf = (source: SourceInfo): string[] => [
  source.publisher,
  source.planTitle,
  source.part,
  '総合計画',
  '施策',
  '成果指標',
  'KPI',
  source.municipalityCode,
];
