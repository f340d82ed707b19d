// Each table's CSV again, behind a UTF-8 byte-order mark (dist/excel/062022_<table>.csv): Excel opens it without
// mojibake. The same bytes as the CSV otherwise, so it is made from them. It is not the file for Excel users:
// a spreadsheet that opens a CSV by double-click still reads its codes as dates and numbers (1-1 → 1月1日,
// 062022 → 62022), so each copy says which of its columns that happens to, and points at the workbook.
import { codebookOf, looksLikeDate, looksNumeric } from '../codebook.ts';
import { tableNames, type TableName, tables, type Texts } from '../../tables/registry.ts';
import { withBom } from '../csv.ts';
import { type Emitted, type FileKind, type OutputFormat, titled } from '../output-format.ts';
import { xlsxPath } from './plan-xlsx.ts';
import { csvKind, csvPath } from './table-csv.ts';

export const excelCsvKind: FileKind = { ...csvKind, label: { ja: 'BOM付きCSV', en: 'CSV with BOM' } };

/**
 * What a spreadsheet opened by double-click does to a table's BOM copy: which columns it may read as dates or
 * numbers, each shown with its first value, and the workbook that keeps them.
 */
export const bomCsvCaveat = (name: TableName, rows: readonly Record<string, unknown>[], workbook: string): Texts => {
  const first = rows[0];
  const columns = codebookOf(name);
  const valued = (c: { key: string }): string | undefined => (typeof first?.[c.key] === 'string' ? (first[c.key] as string) : undefined);
  const dates = columns.filter(looksLikeDate).map((c) => ({ c, v: valued(c) }));
  const numbers = columns.filter(looksNumeric).map((c) => ({ c, v: valued(c) }));
  const ja = [
    ...dates.map(({ c, v }) => `${c.title}${v === undefined ? '' : ` ${v} `}が日付に`),
    ...numbers.map(({ c, v }) => `${c.title}${v === undefined ? 'が数値に' : ` ${v} が ${Number(v)} に`}`),
  ];
  const en = [
    ...dates.map(({ c, v }) => `${c.title}${v === undefined ? '' : ` ${v}`} into a date`),
    ...numbers.map(({ c, v }) => `${c.title}${v === undefined ? ' into a number' : ` ${v} into ${Number(v)}`}`),
  ];
  return {
    ja: `文字化けはしませんが、Excel などでダブルクリックして開くと番号が日付や数値に変わることがあります${ja.length > 0 ? `（${ja.join('、')}）` : ''}。番号やコードをそのまま使うには、Excel ブック ${workbook} を開いてください。`,
    en: `Opens without mojibake, but a spreadsheet that opens it by double-click may turn codes into dates or numbers${en.length > 0 ? ` (${en.join(', ')})` : ''}. The workbook ${workbook} keeps them as written.`,
  };
};

export const tableExcelCsv: OutputFormat = {
  name: 'table-excel-csv',
  phase: 'data',
  emit: ({ model, provenance }, { files }) =>
    tableNames.map((name): Emitted => {
      const { title, titleEn } = tables[name];
      const code = provenance.config.municipality.code;
      const csv = files.get(csvPath(code, name))!.content as string;
      const caveat = bomCsvCaveat(name, model.tables[name] as Record<string, unknown>[], xlsxPath(code));
      return {
        path: `excel/${csvPath(code, name)}`,
        content: withBom(csv),
        kind: excelCsvKind,
        subject: { ja: title, en: titleEn },
        title: titled({ ja: title, en: titleEn }, excelCsvKind),
        description: {
          ja: `${title}の CSV と同じ内容に UTF-8 の BOM を付けた版。${caveat.ja}`,
          en: `The ${name} CSV with a UTF-8 byte-order mark. ${caveat.en}`,
        },
        caveat,
        table: name,
        distribution: true,
      };
    }),
};
