// Our CSV read back by papaparse (a consumer that is not our emitter) must give the model's records.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { neutraliseFormula, toCsv } from '../pipeline/emit/csv.ts';
import { isFormulaLike } from '../pipeline/parse/csv-records.ts';
import { columnsOf } from '../pipeline/model/columns.ts';
import { tableNames, tables } from '../pipeline/model/registry.ts';
import { freshDist, seedBuild, textOf } from './helpers.ts';

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
