// The load recipes of docs/load.md run as written, against the dist/ of the build under test (written out once:
// freshDist; its parent folder stands in for the repository root, where docs/load.md runs them): the first ```python
// block (pandas) gives 全国地方公共団体コード as the string '062022' and every table the types the model says;
// the sqlite3 block prints the KPIs by target, numbers sorted as numbers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { codebookOf } from '../pipeline/emit/codebook.ts';
import { loadEnd, loadStart } from '../pipeline/emit/load-doc.ts';
import { tableNames } from '../pipeline/tables/registry.ts';
import { needs, pythonWith, rscriptWith } from './consumers.ts';
import { freshDist, root } from './helpers.ts';

const recipes = readFileSync(join(root, 'docs', 'load.md'), 'utf8');
// The build under test, written out once (freshDist) before the first test (test/typed-sqlite.test.ts says why not at the top level).
let dist = '';
before(async () => {
  dist = await freshDist();
});
/** Where the recipes run: a folder holding dist/, as the repository root does. */
const top = () => dirname(dist);
const rowsOf = (table: string) => (JSON.parse(readFileSync(join(dist, `062022_${table}.json`), 'utf8')) as unknown[]).length;
const pythonBlocks = [...recipes.matchAll(/^```python\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const section = recipes.slice(recipes.indexOf(loadStart), recipes.indexOf(loadEnd));
const pandas = pythonWith('pandas');
const python = pythonWith('sqlite3');
const rscript = rscriptWith('readr');
const sqlBlock = recipes.match(/^```sql\n([\s\S]*?)^```$/m)?.[1];
const rBlock = recipes.match(/^```r\n([\s\S]*?)^```$/m)?.[1];

const run = (py: string, code: string) => spawnSync(py, ['-c', code], { cwd: top(), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });

describe('docs/load.md: Load the data', () => {
  it('the first python block is the pandas recipe of the generated section', () => {
    assert.ok(pythonBlocks.length >= 2);
    assert.ok(section.includes(pythonBlocks[0]!), 'the first ```python block of docs/load.md is in the Load the data section');
    assert.match(pythonBlocks[0]!, /^import pandas as pd$/m);
  });

  it('runs as written with pandas: the code is the string 062022 and every table keeps the model’s types', {
    skip: needs('python3 with pandas', pandas),
  }, () => {
    // The block as written, then a check of what it defined, in the same interpreter.
    const check = `
import json
out = {"code": repr(indicators.loc[0, "全国地方公共団体コード"]), "tables": {}}
for name in DTYPES:
    frame = read_table(name)
    out["tables"][name] = {"rows": len(frame), "dtypes": {c: str(t) for c, t in frame.dtypes.items()}}
print("@@" + json.dumps(out, ensure_ascii=False))
`;
    const r = run(pandas!, `${pythonBlocks[0]}\n${check}`);
    assert.equal(r.status, 0, r.stderr);
    const [printed, result] = r.stdout.split('@@') as [string, string];
    assert.match(printed, /^062022\n/, 'the block prints the code with its zero');
    assert.match(printed, /シティプロモーションサイトの訪問回数\s+0\.0\s+100000\.0\s+件/, 'the largest target first: numbers sorted as numbers');
    const out = JSON.parse(result) as { code: string; tables: Record<string, { rows: number; dtypes: Record<string, string> }> };
    assert.equal(out.code, "'062022'");
    assert.deepEqual(Object.keys(out.tables), tableNames);
    const expected = { string: 'string', integer: ['int64', 'Int64'], number: ['float64', 'Float64'], boolean: ['bool', 'boolean'] } as const;
    for (const t of tableNames) {
      assert.equal(out.tables[t]!.rows, rowsOf(t), `${t}: rows`);
      for (const c of codebookOf(t)) {
        const want = c.type === 'string' ? expected.string : expected[c.type][c.nullable ? 1 : 0];
        assert.equal(out.tables[t]!.dtypes[c.title], want, `${t}.${c.title}`);
      }
    }
  });

  it('the R recipe runs as written: readr and base R read every table with the model’s column classes', { skip: needs('Rscript with readr', rscript) }, () => {
    assert.ok(rBlock && section.includes(rBlock));
    // The block as written, then every table read both ways, its classes printed per column.
    const check = `
for (name in names(col_types)) {
  a <- as.data.frame(read_table(name)); b <- read_table_base(name)
  cat("@@", name, nrow(a), nrow(b), paste(sapply(a, function(x) class(x)[1]), collapse = ","), paste(sapply(b, class), collapse = ","), "\\n")
}
cat("@@code", indicators[[1]][1], "\\n")
`;
    const r = spawnSync(rscript!, ['-e', `${rBlock}\n${check}`], { cwd: top(), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const classes = { string: 'character', integer: 'integer', number: 'numeric', boolean: 'logical' } as const;
    const lines = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('@@ '))
      .map((l) => l.slice(3).trim().split(' '));
    assert.deepEqual(
      lines.map((l) => l[0]),
      tableNames,
    );
    for (const [name, readrRows, baseRows, readrClasses, baseClasses] of lines as [string, string, string, string, string][]) {
      const rows = rowsOf(name);
      assert.deepEqual([Number(readrRows), Number(baseRows)], [rows, rows], `${name}: rows`);
      const want = codebookOf(name as (typeof tableNames)[number])
        .map((c) => classes[c.type])
        .join(',');
      assert.equal(readrClasses, want, `${name}: readr column classes`);
      assert.equal(baseClasses, want, `${name}: base R column classes`);
    }
    assert.match(r.stdout, /^@@code 062022 $/m);
  });

  it('the DuckDB recipe runs as written: every table with the model’s column types, the code a VARCHAR 062022', async () => {
    assert.ok(sqlBlock && section.includes(sqlBlock));
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      // The block's paths are relative to the repository, where docs/load.md says to run it.
      await con.run(`SET file_search_path = '${top().replaceAll("'", "''")}'`);
      await con.run(sqlBlock);
      const types = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN' } as const;
      for (const name of tableNames) {
        const described = (await con.runAndReadAll(`DESCRIBE ${name}`)).getRowObjects() as { column_name: string; column_type: string }[];
        const want = codebookOf(name).map((c) => `${c.title} ${types[c.type]}`);
        assert.deepEqual(
          described.map((d) => `${d.column_name} ${d.column_type}`),
          want,
          `${name}: columns and types`,
        );
        const rows = rowsOf(name);
        const [count] = (await con.runAndReadAll(`SELECT count(*) AS n FROM ${name}`)).getRowObjects() as { n: bigint }[];
        assert.equal(Number(count!.n), rows, `${name}: rows`);
      }
      const [kpi] = (
        await con.runAndReadAll('SELECT "全国地方公共団体コード" AS code, max("目標値") OVER () AS top FROM indicators ORDER BY ID LIMIT 1')
      ).getRowObjects() as { code: string; top: number }[];
      assert.deepEqual(kpi, { code: '062022', top: 100000 });
    } finally {
      con.closeSync();
      db.closeSync();
    }
  });

  it("the sqlite3 recipe runs as written with Python's sqlite3", { skip: needs('python3', python) }, () => {
    const block = pythonBlocks.find((b) => /^import sqlite3$/m.test(b));
    assert.ok(block && section.includes(block));
    const r = run(python!, block);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'シティプロモーションサイトの訪問回数 0.0 100000.0 件');
    assert.match(r.stdout, /\('基準値', 'number', 'per row: 単位', '基準値を数値のみで記載/);
  });
});
