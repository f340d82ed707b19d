// 062022_plan.sqlite of the build under test (written out once: freshDist) read by readers that are not its
// writer: the sqlite3 shell and Python's sqlite3 module. Types survive (the code is text, the targets numbers),
// every cell equals the JSON, keys hold; and the committed dist/ holds the same bytes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { codebookOf } from '../pipeline/emit/codebook.ts';
import { toSqlite } from '../pipeline/emit/sqlite.ts';
import { tableNames, tables } from '../pipeline/tables/registry.ts';
import { pythonWith, needs, sqlite3Path } from './consumers.ts';
import { config, freshDist, parsedModel, root, seedBuild, seedBytes, sourceInfo } from './helpers.ts';

// The build under test, written out once (freshDist) before the first test: no top-level await, which the shards'
// import of each file inside its suite does not wait for.
let dist = '';
before(async () => {
  dist = await freshDist();
});
const dbPath = () => join(dist, '062022_plan.sqlite');
const work = mkdtempSync(join(tmpdir(), 'plan-sqlite-'));
after(() => rmSync(work, { recursive: true, force: true }));

const sqlite3 = sqlite3Path();
const python = pythonWith('sqlite3', 'json');
const json = (table: string) => JSON.parse(readFileSync(join(dist, `062022_${table}.json`), 'utf8')) as Record<string, unknown>[];
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

describe('062022_plan.sqlite', () => {
  // The workbook too: one pair of builds serves both typed files. The committed dist/ was built by another process
  // (the bundled CLI; .ci/run rebuilds it and diffs); the readers below read the build under test, so a fault of
  // the emitter is named by what it breaks, and only staleness by this comparison.
  for (const file of ['062022_plan.sqlite', '062022_plan.xlsx']) {
    it(`${file} is the same bytes in a fresh build as in the committed dist/`, async () => {
      const fresh = (await seedBuild()).files.get(file);
      assert.ok(fresh instanceof Uint8Array);
      assert.deepEqual(
        readFileSync(join(root, 'dist', file)),
        Buffer.from(fresh),
        `the committed dist/${file} differs from a fresh build: run npm run build if the change is meant (the tests of the file's types and cells below say what differs)`,
      );
    });
  }

  it('the sqlite3 shell finds it whole, its keys resolved, the code text and the targets numbers', { skip: needs('the sqlite3 shell', sqlite3) }, () => {
    const script = [
      `SELECT 'integrity', integrity_check FROM pragma_integrity_check;`,
      `SELECT 'dangling', count(*) FROM pragma_foreign_key_check;`,
      `SELECT 'code', typeof(${q('全国地方公共団体コード')}), ${q('全国地方公共団体コード')} FROM indicators WHERE ID = 'kpi-4-1-1';`,
      `SELECT 'max', max(${q('目標値')}), typeof(max(${q('目標値')})) FROM indicators;`,
      // TEXT would sort "95" above 100000; REAL sorts numbers.
      `SELECT 'top', ${q('目標値')} FROM indicators ORDER BY ${q('目標値')} DESC LIMIT 1;`,
      `SELECT 'boolean', typeof(${q('基準年度は表頭')}), ${q('基準年度は表頭')} FROM indicators WHERE ID = 'kpi-4-1-1';`,
      ...tableNames.map((t) => `SELECT 'rows', '${t}', count(*) FROM ${q(t)};`),
      `SELECT 'fks', count(*) FROM sqlite_master WHERE type = 'table' AND sql LIKE '%FOREIGN KEY%';`,
      `SELECT 'metadata', value FROM _metadata WHERE key = 'dataset_version';`,
    ].join('\n');
    const r = spawnSync(sqlite3!, ['-readonly', '-separator', '|', dbPath()], { input: script, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('|'));
    const get = (key: string) => lines.filter((l) => l[0] === key).map((l) => l.slice(1));
    assert.deepEqual(get('integrity'), [['ok']]);
    assert.deepEqual(get('dangling'), [['0']]);
    assert.deepEqual(get('code'), [['text', '062022']], '全国地方公共団体コード is stored as TEXT: the code keeps its leading zero');
    assert.deepEqual(get('max'), [['100000.0', 'real']], '目標値 is stored as REAL');
    assert.deepEqual(get('top'), [['100000.0']], '目標値 sorts as a number');
    assert.deepEqual(get('boolean'), [['integer', '0']], '基準年度は表頭 is stored as the integer 0 or 1');
    assert.deepEqual(
      get('rows'),
      tableNames.map((t) => [t, String(json(t).length)]),
    );
    assert.equal(Number(get('fks')[0]![0]), tableNames.filter((t) => codebookOf(t).some((c) => c.references)).length);
    assert.deepEqual(get('metadata'), [[JSON.parse(readFileSync(join(root, 'dataset.config.json'), 'utf8')).version as string]]);
  });

  it("Python's sqlite3 reads every cell of every table as the JSON has it (booleans 0/1, empty NULL)", { skip: needs('python3', python) }, () => {
    const script = `
import json, sqlite3, sys
con = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
out = {}
for (name,) in con.execute("SELECT name FROM _tables ORDER BY rowid"):
    cur = con.execute('SELECT * FROM "%s" ORDER BY rowid' % name)
    out[name] = {"columns": [d[0] for d in cur.description], "rows": cur.fetchall()}
out["_columns"] = con.execute('SELECT "table", "column", "json_key", "sql_type", "nullable", "unit", "references" FROM _columns ORDER BY "table", "position"').fetchall()
print(json.dumps(out, ensure_ascii=False))
`;
    const r = spawnSync(python!, ['-c', script, dbPath()], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(r.status, 0, r.stderr);
    const read = JSON.parse(r.stdout) as Record<string, { columns: string[]; rows: unknown[][] }> & { _columns: unknown[][] };
    for (const t of tableNames) {
      const columns = codebookOf(t);
      assert.deepEqual(
        read[t]!.columns,
        columns.map((c) => c.title),
        `${t}: columns named as the CSV headers`,
      );
      const expected = json(t).map((row) => columns.map((c) => (typeof row[c.key] === 'boolean' ? (row[c.key] ? 1 : 0) : (row[c.key] ?? null))));
      assert.deepEqual(read[t]!.rows, expected, `${t}: every cell`);
    }
    const codebook = read._columns.filter((c) => c[0] === 'indicators');
    assert.deepEqual(
      codebook.find((c) => c[2] === 'baselineValue'),
      ['indicators', '基準値', 'baselineValue', 'REAL', 0, 'per row: 単位', null],
    );
    assert.deepEqual(
      codebook.find((c) => c[2] === 'policyId'),
      ['indicators', '施策ID', 'policyId', 'TEXT', 0, null, 'policies'],
    );
    assert.equal(
      read._columns.length,
      tableNames.reduce((n, t) => n + codebookOf(t).length, 0),
    );
  });

  it('declares every column with its model type, every foreign key indexed, and describes itself in _tables and _metadata', {
    skip: needs('python3', python),
  }, () => {
    const script = `
import json, sqlite3, sys
con = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
out = {"indexed": {}, "fks": {}, "declared": {}}
for (name,) in con.execute("SELECT name FROM _tables ORDER BY rowid"):
    out["fks"][name] = [r[3] for r in con.execute('PRAGMA foreign_key_list("%s")' % name)]
    out["indexed"][name] = [[c[2] for c in con.execute('PRAGMA index_info("%s")' % i[1])] for i in con.execute('PRAGMA index_list("%s")' % name)]
    out["declared"][name] = [[r[1], r[2]] for r in con.execute('PRAGMA table_info("%s")' % name)]
out["tables"] = con.execute('SELECT name, title, description, rows, csv, json FROM _tables ORDER BY rowid').fetchall()
out["metadata"] = dict(con.execute('SELECT key, value FROM _metadata').fetchall())
print(json.dumps(out, ensure_ascii=False))
`;
    const r = spawnSync(python!, ['-c', script, dbPath()], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const read = JSON.parse(r.stdout) as {
      indexed: Record<string, string[][]>;
      fks: Record<string, string[]>;
      declared: Record<string, [string, string][]>;
      tables: [string, string, string, number, string, string][];
      metadata: Record<string, string>;
    };
    // Every column declared with the type of the model's values: a code is TEXT (INTEGER would store 062022 as 62022).
    const sqlType = { string: 'TEXT', integer: 'INTEGER', number: 'REAL', boolean: 'INTEGER' } as const;
    for (const t of tableNames)
      for (const [c, [title, declared]] of codebookOf(t).map((c, i) => [c, read.declared[t]![i] ?? []] as const))
        assert.deepEqual([title, declared], [c.title, sqlType[c.type]], `${t}.${c.title} (${c.type}) is declared ${sqlType[c.type]}`);
    for (const t of tableNames) {
      const fkColumns = codebookOf(t)
        .filter((c) => c.references)
        .map((c) => c.title);
      assert.deepEqual(read.fks[t]!.sort(), [...fkColumns].sort(), `${t}: a foreign key per ref() column`);
      for (const column of fkColumns)
        assert.ok(
          read.indexed[t]!.some((cols) => cols[0] === column),
          `${t}.${column}: the foreign key is indexed`,
        );
    }
    assert.deepEqual(
      read.tables,
      tableNames.map((t) => [t, tables[t].title, tables[t].description.ja, json(t).length, `062022_${t}.csv`, `062022_${t}.json`]),
      '_tables: every table, its rows and its files',
    );
    const sha256 = createHash('sha256').update(seedBytes()).digest('hex');
    for (const [key, value] of [
      ['dataset_version', config.version],
      ['issued', config.issued],
      ['municipality_code', config.municipality.code],
      ['source_file', `sources/${sourceInfo.file}`],
      ['source_sha256', sha256],
      ['license_url', config.license.url],
      ['attribution', config.license.attribution],
      ['derivation_note', config.license.derivationNote],
    ])
      assert.equal(read.metadata[key!], value, `_metadata ${key}`);
  });

  it('refuses what the model forbids: a boolean other than 0/1, a unit not in the list, a dangling key', { skip: needs('python3', python) }, () => {
    const copy = join(work, 'copy.sqlite');
    copyFileSync(dbPath(), copy);
    const script = `
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("PRAGMA foreign_keys = ON")
for sql in ['UPDATE indicators SET "基準年度は表頭" = 2', "UPDATE indicators SET \\"単位\\" = 'kg'", "UPDATE indicators SET \\"施策ID\\" = 'policy-9-9'", 'UPDATE indicators SET "基準値" = NULL']:
    try:
        con.execute(sql)
        print("accepted", sql)
    except sqlite3.IntegrityError as e:
        print("refused", e)
`;
    const r = spawnSync(python!, ['-c', script, copy], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 4);
    for (const l of lines) assert.match(l, /^refused (CHECK|FOREIGN KEY|NOT NULL) constraint failed/, l);
  });

  it('takes every value as a value: quotes, SQL and parameter markers in a text cell come back as written', { skip: needs('python3', python) }, async () => {
    const { model } = parsedModel(seedBytes(), 'seed', config, { sdgLinks: undefined });
    assert.ok(model);
    const texts = ["it's", `'); DROP TABLE "indicators"; --`, '? ?1 :name @name $name', '"二重" と \'一重\' の引用符', "''"];
    const names = model.tables.policies.map((_, i) => texts[i % texts.length]!);
    const policies = model.tables.policies.map((row, i) => ({ ...row, name: names[i]! }));
    const bytes = await toSqlite({ ...model, tables: { ...model.tables, policies } }, { config, source: sourceInfo, sha256: '0'.repeat(64) });
    const file = join(work, 'values.sqlite');
    writeFileSync(file, bytes);
    const column = codebookOf('policies').find((c) => c.key === 'name')!.title;
    const script = `
import json, sqlite3, sys
con = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
print(json.dumps([r[0] for r in con.execute('SELECT "%s" FROM policies ORDER BY rowid' % sys.argv[2])], ensure_ascii=False))
print(con.execute("SELECT count(*) FROM indicators").fetchone()[0])
`;
    const r = spawnSync(python!, ['-c', script, file, column], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const [read, indicators] = r.stdout.trim().split('\n');
    assert.deepEqual(JSON.parse(read!), names);
    assert.equal(Number(indicators), model.tables.indicators.length);
  });
});
