// Each table as CSV (dist/062022_<table>.csv): RFC 4180, UTF-8 without BOM, CRLF, one header row of
// Japanese item names (emit/csv.ts). datapackage.json lists each as its table's resource.
import { tableNames, tables } from '../../tables/registry.ts';
import { toCsv } from '../csv.ts';
import { type Emitted, type FileKind, fileStem, type OutputFormat, titled } from '../output-format.ts';

export const csvKind: FileKind = {
  mediaType: 'text/csv',
  fileType: 'CSV',
  conformsTo: 'https://www.rfc-editor.org/rfc/rfc4180',
  label: { ja: 'CSV', en: 'CSV' },
};

/** A table's CSV file. */
export const csvPath = (municipalityCode: string, table: string): string => `${fileStem(municipalityCode, table)}.csv`;

export const tableCsv: OutputFormat = {
  name: 'table-csv',
  phase: 'data',
  emit: ({ model, provenance }) =>
    tableNames.map((name): Emitted => {
      const { title, titleEn, schema } = tables[name];
      return {
        path: csvPath(provenance.config.municipality.code, name),
        content: toCsv(schema, model.tables[name] as Record<string, unknown>[]),
        kind: csvKind,
        subject: { ja: title, en: titleEn },
        title: titled({ ja: title, en: titleEn }, csvKind),
        description: {
          ja: `${title}の表。RFC 4180、UTF-8（BOM なし）、改行 CRLF、見出し行は日本語の項目名。`,
          en: `The ${name} table: RFC 4180, UTF-8 without BOM, CRLF line ends, one header row of Japanese item names.`,
        },
        table: name,
        resource: 'table',
        distribution: true,
      };
    }),
};
