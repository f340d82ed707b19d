// Each table's CSV again, behind a UTF-8 byte-order mark (dist/excel/062022_<table>.csv): Excel opens it without
// mojibake. The same bytes as the CSV otherwise, so it is made from them. It is not the file for Excel users:
// a spreadsheet that opens a CSV by double-click still reads its codes as dates and numbers (1-1 → 1月1日,
// 062022 → 62022, 3.0 → 3: emit/spreadsheet-guess.ts), so each copy says which of its columns that happens to,
// and points at the workbook.
import { codebookOf } from '../codebook.ts';
import { type Guess, spreadsheetGuess } from '../spreadsheet-guess.ts';
import { tableNames, type TableName, tables, type Texts } from '../../tables/registry.ts';
import { withBom } from '../csv.ts';
import { type Emitted, type FileKind, type OutputFormat, titled } from '../output-format.ts';
import { xlsxPath } from './plan-xlsx.ts';
import { csvKind, csvPath } from './table-csv.ts';

export const excelCsvKind: FileKind = { ...csvKind, label: { ja: 'BOM付きCSV', en: 'CSV with BOM' } };

/** A text column some of whose values a spreadsheet reads as numbers, dates or truth values: one such value, and what it becomes. */
export interface FragileColumn {
  key: string;
  title: string;
  value: string;
  guess: Guess;
}

/** The text columns of a table whose values a double-click changes, each with a value it changes visibly where there is one. */
export const fragileColumns = (name: TableName, rows: readonly Record<string, unknown>[]): FragileColumn[] =>
  codebookOf(name).flatMap((c) => {
    if (c.type !== 'string') return [];
    const guessed = rows.flatMap((r) => {
      const value = r[c.key];
      const guess = typeof value === 'string' ? spreadsheetGuess(value) : undefined;
      return guess ? [{ key: c.key, title: c.title, value: value as string, guess }] : [];
    });
    const visible = guessed.find((g) => g.guess.as !== 'number' || g.guess.shown !== g.value);
    return visible ? [visible] : guessed.slice(0, 1);
  });

const becomes = ({ value, guess }: FragileColumn): Texts =>
  guess.as === 'date'
    ? { ja: '日付', en: 'a date' }
    : guess.as === 'boolean'
      ? { ja: '真偽値', en: 'a truth value' }
      : guess.shown === value
        ? { ja: '数値', en: 'a number' }
        : { ja: ` ${guess.shown} `, en: guess.shown };

/**
 * What a spreadsheet opened by double-click does to a table's BOM copy: the columns whose values it reads as
 * numbers, dates or truth values, each with a value and what it becomes, and the workbook that keeps them.
 */
export const bomCsvCaveat = (name: TableName, rows: readonly Record<string, unknown>[], workbook: string): Texts => {
  const fragile = fragileColumns(name, rows);
  const ja = fragile.map((f) => `${f.title} ${f.value} が${becomes(f).ja}に`);
  const en = fragile.map((f) => `${f.title} ${f.value} into ${becomes(f).en}`);
  return {
    ja: `文字化けはしませんが、Excel などでダブルクリックして開くと番号や表記が日付や数値に変わることがあります${ja.length > 0 ? `（${ja.join('、')}）` : ''}。番号やコードをそのまま使うには、Excel ブック ${workbook} を開いてください。`,
    en: `Opens without mojibake, but a spreadsheet that opens it by double-click may turn codes and notations into dates or numbers${en.length > 0 ? ` (${en.join(', ')})` : ''}. The workbook ${workbook} keeps them as written.`,
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
