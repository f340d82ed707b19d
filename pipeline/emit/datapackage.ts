// The Frictionless Data Package (v2) descriptor of the canonical CSVs, generated from the same zod
// schemas and table registry that write the CSV, so the descriptor and the files cannot drift.
import type { Config, SourceInfo } from '../config.ts';
import { tables, type TableName } from '../tables/registry.ts';
import { type Digest, digester } from './checksums.ts';
import { codebookOf, columnTitle } from './codebook.ts';
import { datasetTexts, keywordsOf } from './dataset-texts.ts';
import { type Emitted, fileStem } from './output-format.ts';

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
    // Japanese first, English beside it in `description@en` (DATA-CONTRACT.md: the Frictionless translation
    // pattern's `<property>@<language>`, with `languages` on the package naming ja the default).
    return {
      name: c.title,
      title: c.title,
      type: c.type,
      description: `${c.descriptionJa}JSON のキーは ${c.key}。`,
      'description@en': `${c.description} (JSON key: ${c.key})`,
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

/** The descriptor of the table resources (each table's CSV) and file resources (the typed copies) among `files`, with the bytes and SHA-256 of each. */
export const toDataPackage = (files: ReadonlyMap<string, Emitted>, config: Config, source: SourceInfo, digest: Digest = digester()) => {
  const code = config.municipality.code;
  const texts = datasetTexts(config, source);
  const listed = [...files.values()];
  const facts = (f: Emitted) => {
    const { bytes, sha256 } = digest(f.path, f.content);
    return { bytes, hash: `sha256:${sha256}` };
  };
  const resources = listed
    .filter((f) => f.resource === 'table')
    .map((f) => {
      const name = f.table!;
      return {
        $schema: 'https://datapackage.org/profiles/2.0/dataresource.json',
        name: resourceName(code, name),
        type: 'table',
        path: f.path,
        title: tables[name].title,
        'title@en': tables[name].titleEn,
        description: tables[name].description.ja,
        'description@en': tables[name].description.en,
        format: 'csv',
        mediatype: f.kind.mediaType,
        encoding: 'utf-8',
        ...facts(f),
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
  // The typed copies of every table: described as files (no `type: table`), since a Table Schema describes one CSV.
  const copies = listed
    .filter((f) => f.resource === 'file')
    .map((f) => {
      const extension = f.path.slice(f.path.lastIndexOf('.') + 1);
      return {
        $schema: 'https://datapackage.org/profiles/2.0/dataresource.json',
        name: `${f.path.slice(0, f.path.lastIndexOf('.'))}-${extension}`,
        path: f.path,
        title: f.title.ja,
        'title@en': f.title.en,
        description: f.description.ja,
        'description@en': f.description.en,
        format: extension,
        mediatype: f.kind.mediaType,
        ...facts(f),
      };
    });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: `${code}_plan`,
    id: `${config.baseIri}dataset`,
    // The language of the descriptor and the data, the default first (Frictionless language-support pattern).
    languages: ['ja', 'en'],
    title: source.title,
    'title@en': texts.titleEn,
    description: `${source.municipalityName}「${source.planTitle}」${source.part}（FY${source.period.startFiscalYear}–FY${source.period.endFiscalYear}）の本文を表形式に構造化したオープンデータ。${config.license.derivationNote} 出典表記: ${config.license.attribution}`,
    'description@en': texts.descriptionEn,
    version: config.version,
    created: `${config.issued}T00:00:00Z`,
    keywords: keywordsOf(source),
    licenses: [{ path: config.license.url, title: config.license.title }],
    sources: [{ title: `${source.title}（${source.publisher}）` }],
    contributors: [{ title: config.contactPoint.name, path: config.contactPoint.url, roles: ['producer'] }],
    resources: [...resources, ...copies],
  };
};
