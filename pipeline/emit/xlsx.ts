// The model as one Excel workbook (dist/062022_plan.xlsx): a README sheet (title, version, licence and
// attribution, source, issue date, what each sheet holds), a 項目定義 sheet (the codebook: every column of every
// table with its meaning, type and unit), and one sheet per registered table whose cells keep their types —
// codes are text (062022 keeps its zero), numbers are numbers, booleans are booleans, empty is no cell.
// Text is never a formula here (every string is a string cell), so unlike the CSV nothing is prefixed.
// Excel's limits are checked on the model first (checkXlsxLimits), so a cell too long fails at its line.
import type { Config, SourceInfo } from '../config.ts';
import type { Reporter } from '../diagnostics.ts';
import type { Model } from '../model/build.ts';
import { tableNames, tables, type TableName } from '../tables/registry.ts';
import { releasePageUrl } from '../publish/urls.ts';
import type { Column, ValueType } from '../tables/columns.ts';
import { codebookOf } from './codebook.ts';
import { keywordsOf } from './dataset-texts.ts';
import { displayWidth } from '../display-width.ts';
import { sheetNameProblem, toXlsx, xlsxLimits, type CellValue, type SheetSpec } from './ooxml.ts';
import type { Provenance } from './output-format.ts';

export const readmeSheet = 'README';
export const codebookSheet = '項目定義';

/**
 * The sheet of each table: its registry name where Excel accepts it, else a name cut to fit and numbered, so
 * a table added later with a long name still gets a sheet. Never README or 項目定義.
 */
/** A run of ' at either end becomes one _ (Excel forbids a sheet name that starts or ends with '); by index, in one pass. */
const quotesAtEndsReplaced = (name: string): string => {
  let start = 0;
  let end = name.length;
  while (start < end && name[start] === "'") start += 1;
  while (end > start && name[end - 1] === "'") end -= 1;
  return `${start > 0 ? '_' : ''}${name.slice(start, end)}${end < name.length ? '_' : ''}`;
};

export const sheetNamesOf = (names: readonly string[]): Map<string, string> => {
  const taken = new Set([readmeSheet, codebookSheet].map((n) => n.toLowerCase()));
  const out = new Map<string, string>();
  names.forEach((name, i) => {
    const cleaned = quotesAtEndsReplaced(name.replace(/[\\/?*[\]:]/g, '_'));
    let sheet = cleaned;
    if (sheetNameProblem(sheet) !== undefined || taken.has(sheet.toLowerCase())) {
      const suffix = `~${i + 1}`;
      sheet = `${cleaned.slice(0, xlsxLimits.sheetName - suffix.length)}${suffix}`;
    }
    taken.add(sheet.toLowerCase());
    out.set(name, sheet);
  });
  return out;
};

const rowLine = (row: Record<string, unknown>): number => (typeof row.sourceLine === 'number' ? row.sourceLine : 0);

/** Every value Excel could not hold, as an error at the line of the record it belongs to. */
export const checkXlsxLimits = (model: Model, file: string, report: Reporter): void => {
  for (const name of tableNames) {
    const columns = codebookOf(name).filter((c) => c.type === 'string');
    const rows = model.tables[name] as Record<string, unknown>[];
    // One row of the sheet is the header.
    if (rows.length > xlsxLimits.rows - 1) {
      const first = rows[xlsxLimits.rows - 1]!;
      report.error(
        'emit:xlsx-too-many-rows',
        { file, line: rowLine(first) },
        { table: name, rows: rows.length, max: xlsxLimits.rows - 1, from: String(first.id) },
        [String(first.id)],
      );
    }
    for (const row of rows) {
      for (const c of columns) {
        const value = row[c.key];
        if (typeof value === 'string' && value.length > xlsxLimits.cellCharacters) {
          report.error(
            'emit:xlsx-cell-too-long',
            { file, line: rowLine(row) },
            { table: name, id: String(row.id), column: c.title, length: value.length, max: xlsxLimits.cellCharacters },
            [String(row.id)],
          );
        }
      }
    }
  }
};

const typeLabels: Record<ValueType, string> = { string: '文字列 (string)', integer: '整数 (integer)', number: '数値 (number)', boolean: '真偽値 (boolean)' };

const widthsOf = (rows: readonly (readonly CellValue[])[], min = 6, max = 60): number[] => {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((v, i) => {
      const w = v === null ? 0 : displayWidth(typeof v === 'string' ? v : typeof v === 'boolean' ? 'FALSE' : String(v));
      widths[i] = Math.max(widths[i] ?? 0, w);
    });
  }
  // +2 for the filter button in the header; whole characters, so the bytes do not depend on float formatting.
  return widths.map((w) => Math.min(max, Math.max(min, w + 2)));
};

const cellOf = (value: unknown, c: Column): CellValue => {
  if (value === null || value === undefined) return null;
  if (c.type === 'boolean') return value === true;
  return value as string | number;
};

const tableSheet = (name: TableName, sheet: string, model: Model): SheetSpec => {
  const columns = codebookOf(name);
  const rows: CellValue[][] = [
    columns.map((c) => c.title),
    ...(model.tables[name] as Record<string, unknown>[]).map((row) => columns.map((c) => cellOf(row[c.key], c))),
  ];
  return { name: sheet, rows, widths: widthsOf(rows), header: true };
};

const codebookRows = (sheets: ReadonlyMap<string, string>): CellValue[][] => [
  ['シート', '列名（CSV見出し）', 'JSONキー', '型', '空欄', '単位', '参照先', '取りうる値', '意味', 'Meaning (English)'],
  ...tableNames.flatMap((name) =>
    codebookOf(name).map((c): CellValue[] => [
      sheets.get(name)!,
      c.title,
      c.key,
      typeLabels[c.type],
      c.nullable ? '可' : '不可',
      c.unit ?? null,
      c.references ? `${sheets.get(c.references)} の ID` : null,
      c.enum ? c.enum.join(' / ') : null,
      c.descriptionJa,
      c.description,
    ]),
  ),
];

const readmeRows = (model: Model, provenance: Provenance, sheets: ReadonlyMap<string, string>): CellValue[][] => {
  const { config, source, sha256 } = provenance;
  return [
    ['項目', '内容'],
    ['タイトル', source.title],
    ['版', config.version],
    ['発行日', config.issued],
    ['地方公共団体', `${config.municipality.name}（全国地方公共団体コード ${config.municipality.code}）`],
    ['ライセンス', `${config.license.title} ${config.license.url}`],
    ['出典表記', config.license.attribution],
    ['加工の注記', config.license.derivationNote],
    ['出典', `${source.title}（${source.publisher}）`],
    ['元テキスト', `sources/${source.file}（SHA-256 ${sha256}）`],
    ['配布元', releasePageUrl(config)],
    [
      'このファイル',
      `表ごとに1シート（列は CSV と同じ見出し）。コードは文字列（${config.municipality.code} の先頭の 0 も残る）、数値は数値、真偽値は TRUE/FALSE、値のない項目は空欄。各列の意味・型・単位は「${codebookSheet}」シート。`,
    ],
    [null, null],
    ['シート', '内容'],
    [codebookSheet, '全シートの全列の定義（意味・型・単位・参照先。意味は日本語と英語）'],
    ...tableNames.map((name): CellValue[] => [sheets.get(name)!, `${tables[name].title}（${model.tables[name].length}行）: ${tables[name].description.ja}`]),
  ];
};

const propertiesOf = (config: Config, source: SourceInfo) => ({
  title: source.title,
  subject: `${source.municipalityName}「${source.planTitle}」${source.part}`,
  creator: config.contactPoint.name,
  description: `出典表記: ${config.license.attribution}。${config.license.derivationNote} ライセンス: ${config.license.title} ${config.license.url}`,
  keywords: keywordsOf(source).join(', '),
  language: 'ja-JP',
  date: `${config.issued}T00:00:00Z`,
});

/** The whole model as the bytes of one .xlsx workbook. checkXlsxLimits must have found nothing (toXlsx throws on a limit: a bug). */
export const toWorkbook = (model: Model, provenance: Provenance): Uint8Array => {
  const sheets = sheetNamesOf(tableNames);
  const readme = readmeRows(model, provenance, sheets);
  const codebook = codebookRows(sheets);
  return toXlsx(
    [
      { name: readmeSheet, rows: readme, widths: [18, 100], header: true, filter: false, wrap: true },
      { name: codebookSheet, rows: codebook, widths: widthsOf(codebook, 6, 50).map((w, i) => (i >= 8 ? 80 : w)), header: true },
      ...tableNames.map((name) => tableSheet(name, sheets.get(name)!, model)),
    ],
    propertiesOf(provenance.config, provenance.source),
    'yonezawa-plan-opendata',
  );
};
