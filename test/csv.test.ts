// Our CSV read back by papaparse (a consumer that is not our emitter) must give the model's records.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { neutraliseFormula, toCsv } from '../pipeline/emit/csv.ts';
import { isFormulaLike } from '../pipeline/parse/csv-records.ts';
import { columnsOf } from '../pipeline/tables/columns.ts';
import { tableNames, tables } from '../pipeline/tables/registry.ts';
import { needs, pythonWith } from './consumers.ts';
import { freshDist, root, seedBuild, textOf } from './helpers.ts';

const cell = (v: unknown): string => (v === null ? '' : typeof v === 'string' ? neutraliseFormula(v) : String(v));

describe('CSV', () => {
  for (const name of tableNames) {
    it(`062022_${name}.csv reads back with papaparse to the same records as the JSON`, async () => {
      const result = await seedBuild();
      const csv = textOf(result.files, `062022_${name}.csv`);
      assert.ok(!csv.startsWith('\uFEFF'), 'canonical CSV has no BOM');
      const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
      assert.deepEqual(parsed.errors, []);
      const [header, ...data] = parsed.data;
      const columns = columnsOf(tables[name].schema);
      assert.deepEqual(
        header,
        columns.map((c) => c.title),
      );
      assert.deepEqual(header!.slice(0, 3), ['全国地方公共団体コード', 'ID', '地方公共団体名']);
      const records = JSON.parse(textOf(result.files, `062022_${name}.json`)) as Record<string, unknown>[];
      assert.equal(data.length, records.length);
      assert.deepEqual(
        data,
        records.map((r) => columns.map((c) => cell(r[c.key]))),
      );
      for (const row of data) assert.equal(row[0], '062022');
      assert.equal(csv.split('\r\n').length - 1, records.length + 1, 'one CRLF-terminated line per record plus the header, no blank line');
    });
  }
  it('ends rows with CRLF (RFC 4180) and the Excel copy differs only by a UTF-8 BOM', async () => {
    const result = await seedBuild();
    const csv = textOf(result.files, '062022_goals.csv');
    assert.ok(csv.endsWith('\r\n'));
    assert.equal(csv.split('\r\n').length - 1, 6);
    assert.equal(result.files.get('excel/062022_goals.csv'), `\uFEFF${csv}`);
  });
  it('neutralises a cell that would start a spreadsheet formula, but not a negative number', () => {
    assert.equal(isFormulaLike('=HYPERLINK("x")'), true);
    assert.equal(isFormulaLike('@SUM(A1)'), true);
    assert.equal(isFormulaLike('-1.5'), false);
    assert.equal(isFormulaLike('－グラフ説明－'), false);
    const csv = toCsv(tables.kgis.schema, [
      { municipalityCode: '062022', id: 'kgi-1', municipalityName: '山形県米沢市', number: 1, name: '=1+2', sourceLine: 5 },
    ]);
    const [, row] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    assert.equal(row![4], "'=1+2");
  });
});

describe('CSV read by an independent parser (Python’s csv module)', () => {
  const python = spawnSync('python3', ['--version']);
  it('reads every CSV of the build, canonical and Excel copy, to the JSON’s record count', {
    skip: python.status !== 0 && 'python3 is not installed',
  }, async () => {
    // From a folder holding the build's dist/, as from the repository root.
    const top = dirname(await freshDist());
    const script = [
      'import csv, glob, json, sys',
      'out = {}',
      'for path in sorted(glob.glob("dist/*.csv")) + sorted(glob.glob("dist/excel/*.csv")):',
      '    enc = "utf-8-sig" if "/excel/" in path else "utf-8"',
      '    with open(path, encoding=enc, newline="") as f:',
      '        rows = list(csv.reader(f, strict=True))',
      '    out[path] = [len(rows) - 1, rows[0][:3]]',
      'json.dump(out, sys.stdout, ensure_ascii=False)',
    ].join('\n');
    const r = spawnSync('python3', ['-c', script], { cwd: top, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const counts = JSON.parse(r.stdout) as Record<string, [number, string[]]>;
    assert.equal(Object.keys(counts).length, tableNames.length * 2);
    for (const [path, [records, head]] of Object.entries(counts)) {
      const json = JSON.parse(readFileSync(join(top, path.replace('/excel/', '/').replace(/\.csv$/, '.json')), 'utf8')) as unknown[];
      assert.equal(records, json.length, path);
      assert.deepEqual(head, ['全国地方公共団体コード', 'ID', '地方公共団体名'], path);
    }
  });
});

// Issue 22 §13: a missing value is an empty field without quotes, in every column of every table (text
// and numbers alike), and no value is an empty string — read back by readers that tell `""` from nothing.
describe('empty cells, one way: a null is an empty unquoted field, and no text is empty (DATA-CONTRACT.md, "Empty cells")', () => {
  /** The build's CSVs (canonical and Excel copy) and JSON, written out for readers that take files. */
  const written = async (): Promise<{ dir: string; tables: { name: string; keys: string[] }[] }> => {
    const result = await seedBuild();
    const dir = mkdtempSync(join(tmpdir(), 'csv-empty-'));
    mkdirSync(join(dir, 'excel'));
    for (const name of tableNames)
      for (const path of [`062022_${name}.csv`, `excel/062022_${name}.csv`, `062022_${name}.json`]) writeFileSync(join(dir, path), textOf(result.files, path));
    return { dir, tables: tableNames.map((name) => ({ name, keys: columnsOf(tables[name].schema).map((c) => c.key) })) };
  };
  it('writes a null text and a null number the same way, and quotes every text that is not null', () => {
    const csv = toCsv(tables.indicators.schema, [
      {
        ...(JSON.parse(readFileSync(join(root, 'dist', '062022_indicators.json'), 'utf8')) as Record<string, unknown>[]).find(
          (k) => k.targetCondition === null,
        )!,
        unit: null,
      },
    ]);
    const [, line] = csv.split('\r\n');
    const columns = columnsOf(tables.indicators.schema);
    const cells = Papa.parse<string[]>(line!).data[0]!;
    const unit = columns.findIndex((c) => c.key === 'unit');
    const condition = columns.findIndex((c) => c.key === 'targetCondition');
    assert.equal(cells[unit], '');
    assert.equal(cells[condition], '');
    assert.doesNotMatch(line!, /(^|,)""(,|$)/, 'no quoted empty field');
    assert.match(line!, /^"062022","kpi-\d+-\d+-\d+","山形県米沢市",/);
  });

  it('refuses an empty string in every text column of every table: a null is the only empty value', () => {
    for (const name of tableNames) {
      const shape = tables[name].schema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
      for (const c of columnsOf(tables[name].schema).filter((col) => col.type === 'string'))
        assert.equal(shape[c.key]!.safeParse('').success, false, `${name}.${c.key} accepts ""`);
    }
  });

  it('reads every null as SQL NULL and nothing as an empty string, in DuckDB without quoted nulls (as PostgreSQL COPY reads CSV)', async () => {
    const { dir, tables: described } = await written();
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    let nulls = 0;
    try {
      for (const { name, keys } of described) {
        const records = JSON.parse(readFileSync(join(dir, `062022_${name}.json`), 'utf8')) as Record<string, unknown>[];
        for (const path of [`062022_${name}.csv`, `excel/062022_${name}.csv`]) {
          const rows = (
            await con.runAndReadAll(`SELECT * FROM read_csv('${join(dir, path)}', header = true, all_varchar = true, allow_quoted_nulls = false)`)
          ).getRows();
          assert.equal(rows.length, records.length, path);
          for (const [i, row] of rows.entries())
            for (const [j, key] of keys.entries()) {
              const want = records[i]![key];
              if (want === null) nulls += 1;
              assert.equal(row[j] === null, want === null, `${path} row ${i + 1} ${key}: ${JSON.stringify(row[j])} for ${JSON.stringify(want)}`);
              assert.notEqual(row[j], '', `${path} row ${i + 1} ${key}: an empty string`);
            }
        }
      }
    } finally {
      con.closeSync();
      db.closeSync();
      rmSync(dir, { recursive: true, force: true });
    }
    assert.ok(nulls > 100, `the build has nulls to check in text and number columns (${nulls})`);
  });

  const python = pythonWith();
  it("reads every null as an empty field and every value as non-empty, in Python's csv module (and as None, QUOTE_NOTNULL, where Python ≥ 3.12)", {
    skip: needs('python3', python),
  }, async () => {
    const { dir, tables: described } = await written();
    const script = [
      'import csv, json, sys',
      'tables = json.load(sys.stdin)',
      'notnull = getattr(csv, "QUOTE_NOTNULL", None)  # Python 3.12+: an unquoted empty field reads as None',
      'checked = {"nulls": 0, "values": 0, "notnull": notnull is not None}',
      'bad = []',
      'for t in tables:',
      '    records = json.load(open(f"062022_{t[\'name\']}.json", encoding="utf-8"))',
      '    for path, enc in ((f"062022_{t[\'name\']}.csv", "utf-8"), (f"excel/062022_{t[\'name\']}.csv", "utf-8-sig")):',
      '        passes = [csv.QUOTE_MINIMAL] + ([notnull] if notnull is not None else [])',
      '        for quoting in passes:',
      '            with open(path, encoding=enc, newline="") as f:',
      '                rows = list(csv.reader(f, strict=True, quoting=quoting))[1:]',
      '            if len(rows) != len(records): bad.append(f"{path}: {len(rows)} rows for {len(records)}")',
      '            for i, (row, rec) in enumerate(zip(rows, records)):',
      '                for key, cell in zip(t["keys"], row):',
      '                    want = rec[key]',
      '                    empty = None if quoting == notnull else ""',
      '                    if want is None:',
      '                        checked["nulls"] += 1',
      '                        if cell != empty: bad.append(f"{path} row {i + 1} {key}: {cell!r} for null")',
      '                    else:',
      '                        checked["values"] += 1',
      '                        if cell == "" or cell is None: bad.append(f"{path} row {i + 1} {key}: {cell!r} for {want!r}")',
      'json.dump({"checked": checked, "bad": bad[:10]}, sys.stdout)',
    ].join('\n');
    try {
      const r = spawnSync(python!, ['-c', script], { cwd: dir, input: JSON.stringify(described), encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const { checked, bad } = JSON.parse(r.stdout) as { checked: { nulls: number; values: number }; bad: string[] };
      assert.deepEqual(bad, []);
      assert.ok(checked.nulls > 100 && checked.values > 1000, JSON.stringify(checked));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
