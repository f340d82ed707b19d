// Each table's CSV again, behind a UTF-8 byte-order mark (dist/excel/062022_<table>.csv): Japanese Excel
// needs it to open UTF-8 without mojibake. The same bytes as the CSV otherwise, so it is made from them.
import { tableNames, tables } from '../../tables/registry.ts';
import { withBom } from '../csv.ts';
import type { Emitted, FileKind, OutputFormat } from '../output-format.ts';
import { csvKind, csvPath } from './table-csv.ts';

export const excelCsvKind: FileKind = { ...csvKind, label: { ja: 'Excel 用 CSV', en: 'CSV for Excel' } };

export const tableExcelCsv: OutputFormat = {
  name: 'table-excel-csv',
  phase: 'data',
  emit: ({ provenance }, { files }) =>
    tableNames.map((name): Emitted => {
      const { title, titleEn } = tables[name];
      const csv = files.get(csvPath(provenance.config.municipality.code, name))!.content as string;
      return {
        path: `excel/${csvPath(provenance.config.municipality.code, name)}`,
        content: withBom(csv),
        kind: excelCsvKind,
        subject: { ja: title, en: titleEn },
        title: { ja: `${title}（CSV、Excel用）`, en: `${titleEn} (CSV for Excel)` },
        description: {
          ja: `${title}の CSV と同じ内容に UTF-8 の BOM を付けた、日本語版 Excel でそのまま開ける版。`,
          en: `The ${name} CSV with a UTF-8 byte-order mark, which Japanese Excel needs to open it as it is.`,
        },
        table: name,
        distribution: true,
      };
    }),
};
