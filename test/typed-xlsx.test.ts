// 062022_plan.xlsx of the build under test (written out once: freshDist) read by readers that are not its writer: openpyxl (cell types, styles, panes) and
// LibreOffice headless (the whole workbook converted to CSV, text cells quoted, so a type shows in the output).
// The code stays the text 062022, numbers stay numbers, booleans booleans; text that looks like a formula is a
// string cell; what Excel cannot hold fails the build at the record's line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import { codebookOf } from '../pipeline/emit/codebook.ts';
import { toXlsx } from '../pipeline/emit/ooxml.ts';
import { checkXlsxLimits, codebookSheet, readmeSheet, sheetNamesOf } from '../pipeline/emit/xlsx.ts';
import { collect } from '../pipeline/diagnostics.ts';
import type { Model } from '../pipeline/model/build.ts';
import { tableNames } from '../pipeline/tables/registry.ts';
import { needs, pythonWith, sofficePath } from './consumers.ts';
import { buildBytes, config, freshDist, parsedModel, seedBytes, seedText } from './helpers.ts';

const xlsxProblems = (model: Model) => collect((report) => checkXlsxLimits(model, 'sources/plan.txt', report)).diagnostics;

// The build under test, written out once (freshDist) before the first test (test/typed-sqlite.test.ts says why not at the top level).
let dist = '';
before(async () => {
  dist = await freshDist();
});
const xlsxPath = () => join(dist, '062022_plan.xlsx');
const work = mkdtempSync(join(tmpdir(), 'plan-xlsx-'));
after(() => rmSync(work, { recursive: true, force: true }));

const python = pythonWith('openpyxl');
const soffice = sofficePath();
const json = (table: string) => JSON.parse(readFileSync(join(dist, `062022_${table}.json`), 'utf8')) as Record<string, unknown>[];
const sheets = sheetNamesOf(tableNames);

/** Text a careless or hostile source could carry into a cell; each must come back as the same string. */
const tricky = [
  '=HYPERLINK("http://evil.example","x")',
  '+1',
  '@SUM(A1)',
  '-2+3',
  '_x0041_',
  'x_x005F_y',
  'a\u0001b\u001Fc',
  'tab\there',
  '  leading and trailing  ',
  '062022',
  'TRUE',
  '1e5',
  '<b>&amp;</b>',
  '𠮷野家',
];
let trickyPath: string | undefined;
const trickyWorkbook = (): string => {
  if (trickyPath) return trickyPath;
  trickyPath = join(work, 'tricky.xlsx');
  const properties = { title: 't', subject: 's', creator: 'c', description: 'd', keywords: 'k', language: 'ja-JP', date: '2026-11-24T00:00:00Z' };
  writeFileSync(trickyPath, toXlsx([{ name: 'tricky', rows: [['text'], ...tricky.map((t) => [t])], widths: [20], header: true }], properties, 'test'));
  return trickyPath;
};

/** Every sheet of each workbook as openpyxl reads it: values with their Python types, the header's font, the frozen pane. */
const openpyxlDump = `
import json, sys, openpyxl
books = []
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    out = {"sheets": wb.sheetnames, "created": wb.properties.created.isoformat(), "title": wb.properties.title}
    for ws in wb.worksheets:
        rows = [[{"v": c.value, "t": type(c.value).__name__} for c in row] for row in ws.iter_rows()]
        out[ws.title] = {"rows": rows, "freeze": ws.freeze_panes, "bold": [c.font.b for c in ws[1]], "filter": ws.auto_filter.ref}
    books.append(out)
print(json.dumps(books, ensure_ascii=False, default=str))
`;
type Cell = { v: unknown; t: string };
type Dump = { sheets: string[]; created: string; title: string } & Record<
  string,
  { rows: Cell[][]; freeze: string | null; bold: boolean[]; filter: string | null }
>;
const readWithOpenpyxl = (...paths: string[]): Dump[] => {
  const r = spawnSync(python!, ['-c', openpyxlDump, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Dump[];
};

/** A spreadsheet column's letters from its index (0 → A, 25 → Z, 26 → AA). */
const columnName = (i: number): string => (i < 26 ? '' : columnName(Math.floor(i / 26) - 1)) + String.fromCharCode(65 + (i % 26));

/** A JSON value as openpyxl gives it back: text str, integers int, other numbers float, booleans bool, null no cell. */
const pythonType = (v: unknown): string =>
  v === null ? 'NoneType' : typeof v === 'string' ? 'str' : typeof v === 'boolean' ? 'bool' : Number.isInteger(v) ? 'int' : 'float';

describe('062022_plan.xlsx read by openpyxl', { skip: needs('python3 with openpyxl', python) }, () => {
  // One interpreter reads both workbooks: the published one and the hostile-text one.
  let dumps: Dump[] | undefined;
  const read = () => {
    dumps ??= readWithOpenpyxl(xlsxPath(), trickyWorkbook());
    return dumps[0]!;
  };

  it('has a README sheet, a 項目定義 sheet and one sheet per table, named as Excel allows', () => {
    assert.deepEqual(read().sheets, [readmeSheet, codebookSheet, ...tableNames.map((t) => sheets.get(t)!)]);
    for (const name of read().sheets) assert.ok(name.length <= 31 && !/[\\/?*[\]:]/.test(name), name);
    assert.equal(read().created, `${config.issued}T00:00:00`);
  });

  it('keeps every cell of every table with its type: the code the text 062022, numbers numbers, booleans booleans, empty no value', () => {
    for (const t of tableNames) {
      const sheet = read()[sheets.get(t)!]!;
      const columns = codebookOf(t);
      assert.deepEqual(
        sheet.rows[0]!.map((c) => c.v),
        columns.map((c) => c.title),
        `${t}: header`,
      );
      assert.ok(sheet.bold.every(Boolean), `${t}: header bold`);
      assert.equal(sheet.freeze, 'A2', `${t}: header frozen`);
      const records = json(t);
      assert.equal(sheet.filter, `A1:${columnName(columns.length - 1)}${records.length + 1}`, `${t}: a filter over the whole table`);
      assert.equal(sheet.rows.length, records.length + 1, `${t}: one row per record`);
      records.forEach((record, i) => {
        const row = sheet.rows[i + 1]!;
        columns.forEach((c, j) => {
          const value = record[c.key] ?? null;
          assert.deepEqual(
            { v: row[j]?.v ?? null, t: row[j]?.t ?? 'NoneType' },
            { v: value, t: pythonType(value) },
            `${t} ${String(record.id)} ${c.title}: a ${pythonType(value)} cell holding ${JSON.stringify(value)}, as the JSON has it`,
          );
        });
      });
    }
    const kpi = read().indicators!.rows[1]!;
    assert.deepEqual(
      [kpi[0], kpi[7], kpi[10]],
      [
        { v: '062022', t: 'str' },
        { v: 49.3, t: 'float' },
        { v: false, t: 'bool' },
      ],
    );
  });

  it('describes every column of every table in 項目定義, and the dataset in README', () => {
    const codebook = read()[codebookSheet]!.rows;
    assert.equal(
      codebook.length - 1,
      tableNames.reduce((n, t) => n + codebookOf(t).length, 0),
    );
    // 意味 in Japanese, the English beside it, on every row.
    assert.deepEqual(
      codebook[0]!.slice(8).map((c) => c.v),
      ['意味', 'Meaning (English)'],
    );
    for (const row of codebook.slice(1)) {
      const where = `${String(row[0]!.v)}.${String(row[2]!.v)}`;
      assert.match(String(row[8]!.v), /^[^A-Za-z]*[\u3040-\u30FF\u4E00-\u9FFF].*。$/, `${where}: 意味 is Japanese`);
      assert.match(String(row[9]!.v), /[A-Za-z]{3,} [A-Za-z]{2,}/, `${where}: the English beside it`);
    }
    const baseline = codebook.find((r) => r[0]!.v === 'indicators' && r[2]!.v === 'baselineValue')!;
    assert.deepEqual(
      baseline.slice(0, 6).map((c) => c.v),
      ['indicators', '基準値', 'baselineValue', '数値 (number)', '不可', 'per row: 単位'],
    );
    const readme = new Map(read()[readmeSheet]!.rows.map((r) => [r[0]!.v, r[1]?.v]));
    assert.equal(readme.get('版'), config.version);
    assert.equal(readme.get('発行日'), config.issued);
    assert.equal(readme.get('出典表記'), config.license.attribution);
    assert.match(String(readme.get('ライセンス')), new RegExp(config.license.url.replace(/[.]/g, '\\.')));
  });

  it('keeps hostile text as string cells: formulas, spaces, numbers and booleans as text, markup, astral characters', () => {
    // openpyxl does not decode SpreadsheetML's _xHHHH_ escapes of control characters: those are LibreOffice's test below.
    const readable = tricky.filter((t) => !/[\u0000-\u001F]|_x005F_/.test(t));
    read();
    const rows = dumps![1]!.tricky!.rows.slice(1);
    assert.deepEqual(
      rows.filter((r) => readable.includes(r[0]!.v as string)).map((r) => r[0]),
      readable.map((v) => ({ v, t: 'str' })),
    );
  });
});

describe('062022_plan.xlsx converted by LibreOffice headless', { skip: needs('LibreOffice (soffice)', soffice) }, () => {
  it('shows the code as text and the values as numbers in every sheet, and hostile text exactly (one run, two workbooks)', () => {
    const out = join(work, 'soffice');
    mkdirSync(out);
    // Tokens: comma, double quote, UTF-8, line 1, -, -, quote every text cell, -, raw values (not as shown), -, -, every sheet.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1';
    const r = spawnSync(
      soffice!,
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter,
        '--outdir',
        out,
        xlsxPath(),
        trickyWorkbook(),
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    assert.equal(r.status, 0, r.stderr + r.stdout);
    const text = (file: string) => readFileSync(join(out, file), 'utf8');
    const csvOf = (sheet: string) => Papa.parse<string[]>(text(`062022_plan-${sheet}.csv`), { skipEmptyLines: true }).data;
    const raw = (sheet: string) => text(`062022_plan-${sheet}.csv`).split(/\r?\n/);
    assert.equal(readdirSync(out).filter((f) => f.startsWith('062022_plan-')).length, tableNames.length + 2, readdirSync(out).join(', '));
    for (const t of tableNames) assert.equal(csvOf(sheets.get(t)!).length, json(t).length + 1, `${t}: rows`);
    // Quoted = a text cell; bare = a number or boolean.
    const kpi = raw('indicators')[1]!;
    assert.ok(kpi.startsWith('"062022","kpi-4-1-1","山形県米沢市","policy-4-1",1,'), kpi);
    assert.match(kpi, /,"％",49\.3,2023,"R5",FALSE,"49\.3％",60,"以上",2029,/);
    for (const t of tableNames)
      for (const line of raw(sheets.get(t)!).slice(1).filter(Boolean)) assert.ok(line.startsWith('"062022",'), `${t}: ${line.slice(0, 40)}`);
    // Every hostile string is a quoted (text) cell with exactly its characters: escapes decoded, nothing evaluated.
    const hostile = Papa.parse<string[]>(text('tricky-tricky.csv'), { skipEmptyLines: false, newline: '\n' }).data.filter(
      (row) => row.length === 1 && row[0] !== '',
    );
    assert.deepEqual(
      hostile.slice(1).map((row) => row[0]),
      tricky,
    );
    for (const t of tricky) assert.ok(text('tricky-tricky.csv').includes(`"${t.replace(/"/g, '""')}"`), `${JSON.stringify(t)} is a quoted text cell`);
  });
});

describe('Excel limits, checked on the model before anything is written', () => {
  it('a cell over 32,767 characters is an error at the line of its record (emit:xlsx-cell-too-long)', () => {
    const { model } = parsedModel(seedBytes(), 'sources/plan.txt', config, { sdgLinks: undefined });
    assert.ok(model);
    const target = model.tables.pillar_actions[3]!;
    target.text = 'あ'.repeat(32_768);
    const found = xlsxProblems(model);
    assert.equal(found.length, 1);
    assert.deepEqual(
      [found[0]!.ruleId, found[0]!.severity, found[0]!.file, found[0]!.line, found[0]!.recordIds],
      ['emit:xlsx-cell-too-long', 'error', 'sources/plan.txt', target.sourceLine, [target.id]],
    );
    assert.match(found[0]!.reason, /主な取組 has 32768 characters; an Excel cell holds at most 32767/);
    target.text = 'あ'.repeat(32_767);
    assert.deepEqual(xlsxProblems(model), [], 'exactly the limit is allowed');
  });
  it('a table longer than a sheet is an error naming the first record that does not fit (emit:xlsx-too-many-rows)', () => {
    const { model } = parsedModel(seedBytes(), 'sources/plan.txt', config, { sdgLinks: undefined });
    assert.ok(model);
    const row = model.tables.related_plans[0]!;
    // 1,048,576 rows a sheet, one of them the header: the 1,048,576th record is the first that does not fit.
    model.tables.related_plans = Array.from({ length: 1_048_576 }, (_, i) =>
      i === 1_048_575 ? { ...row, id: 'related-plan-overflow', sourceLine: 4242 } : row,
    );
    const found = xlsxProblems(model);
    assert.deepEqual(
      found.map((d) => [d.ruleId, d.severity, d.line, d.recordIds]),
      [['emit:xlsx-too-many-rows', 'error', 4242, ['related-plan-overflow']]],
    );
    model.tables.related_plans.pop();
    assert.deepEqual(xlsxProblems(model), [], 'a full sheet is allowed');
  });
  it('the build fails closed on such a record, publishing nothing', async () => {
    const lines = seedText().split('\n');
    const at = lines.findIndex((l) => l.startsWith('⚫ 保健・栄養指導や適塩教室等により'));
    assert.ok(at > 0);
    // A bullet whose wrapped lines run on for 33 × 1000 characters: joined, one cell too long for Excel.
    lines.splice(at + 1, 0, ...Array.from({ length: 33 }, () => 'い'.repeat(1000)));
    const r = await buildBytes(Buffer.from(lines.join('\n'), 'utf8'), 'plan.txt');
    assert.equal(r.ok, false);
    assert.equal(r.files.size, 0);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(
      errors.map((d) => [d.ruleId, d.file, d.line]),
      [['emit:xlsx-cell-too-long', 'plan.txt', at + 1]],
    );
  });
});
