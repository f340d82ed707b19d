// datapackage.json describes the CSVs as they are: generated from the zod model, so its fields are the
// CSV header (read back with papaparse), its types hold for every cell, and its keys resolve.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { tableSchemaOf } from '../pipeline/emit/datapackage.ts';
import { toCsv } from '../pipeline/emit/csv.ts';
import { tableNames, tables } from '../pipeline/tables/registry.ts';
import { seedBuild, textOf } from './helpers.ts';
import { kpiFixture } from './linked-rdf.ts';

interface Field {
  name: string;
  type: string;
  title: string;
  description: string;
  'description@en': string;
  constraints: { required?: boolean; unique?: boolean; enum?: readonly unknown[] };
}
interface Resource {
  $schema: string;
  name: string;
  path: string;
  type: string;
  format: string;
  mediatype: string;
  encoding: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}

const cellMatches: Record<string, RegExp> = {
  string: /^[\s\S]*$/,
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?$/,
  boolean: /^(true|false)$/,
};

// Every line, the final CRLF excepted, is a record: a blank line would be read as an empty record.
const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/\r\n$/, ''), { newline: '\r\n', skipEmptyLines: false }).data;

/** Checks CSV text against a Table Schema as a frictionless validator would: header, types, required, enum, unique. */
const checkTable = (csv: string, schema: Resource['schema'], what: string) => {
  const [header, ...rows] = parse(csv);
  assert.deepEqual(
    header,
    schema.fields.map((f) => f.name),
    `${what}: fields are the CSV header, in order`,
  );
  const seen = new Set<string>();
  for (const row of rows) {
    schema.fields.forEach((f, i) => {
      const cell = row[i] ?? '';
      if (cell === '') {
        assert.ok(!f.constraints.required, `${what} ${f.name} is required`);
        return;
      }
      assert.match(cell, cellMatches[f.type]!, `${what} ${f.name} = ${cell} is a ${f.type}`);
      if (f.constraints.enum) assert.ok(f.constraints.enum.includes(f.type === 'string' ? cell : Number(cell)), `${what} ${f.name} = ${cell} in enum`);
    });
    const key = schema.primaryKey.map((k) => row[schema.fields.findIndex((f) => f.name === k)]).join('|');
    assert.ok(!seen.has(key), `${what}: primary key ${key} is unique`);
    seen.add(key);
  }
  return rows;
};

describe('datapackage.json (Frictionless Data Package v2)', () => {
  const descriptorOf = async () =>
    JSON.parse(textOf((await seedBuild()).files, 'datapackage.json')) as { $schema: string; name: string; licenses: { path: string }[]; resources: Resource[] };
  /** The table resources (the CSVs); the SQLite and xlsx copies are file resources beside them. */
  const pkgOf = async () => {
    const pkg = await descriptorOf();
    return { ...pkg, resources: pkg.resources.filter((r) => r.type === 'table') };
  };

  it('lists the SQLite database and the workbook as file resources with their media types', async () => {
    const pkg = await descriptorOf();
    const files = pkg.resources.filter((r) => r.type !== 'table') as unknown as {
      name: string;
      path: string;
      format: string;
      mediatype: string;
      bytes: number;
      hash: string;
      type?: string;
    }[];
    assert.deepEqual(
      files.map((r) => [r.name, r.path, r.format, r.mediatype, r.type]),
      [
        ['062022_plan-sqlite', '062022_plan.sqlite', 'sqlite', 'application/vnd.sqlite3', undefined],
        ['062022_plan-xlsx', '062022_plan.xlsx', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', undefined],
      ],
    );
    for (const r of files) assert.match(r.hash, /^sha256:[0-9a-f]{64}$/);
  });
  it('has one table resource per registered table, named and typed as v2 asks', async () => {
    const pkg = await pkgOf();
    assert.equal(pkg.$schema, 'https://datapackage.org/profiles/2.0/datapackage.json');
    assert.match(pkg.name, /^[a-z0-9._-]+$/);
    assert.deepEqual(
      pkg.resources.map((r) => r.path),
      tableNames.map((n) => `062022_${n}.csv`),
    );
    for (const r of pkg.resources) {
      assert.equal(r.$schema, 'https://datapackage.org/profiles/2.0/dataresource.json');
      assert.match(r.name, /^[a-z0-9._-]+$/);
      assert.deepEqual([r.type, r.format, r.mediatype, r.encoding], ['table', 'csv', 'text/csv', 'utf-8']);
      assert.deepEqual(r.schema.primaryKey, ['ID']);
    }
  });
  it('describes every CSV as it is: header, types, required, enums, unique IDs; codes are strings', async () => {
    const result = await seedBuild();
    const pkg = await pkgOf();
    for (const r of pkg.resources) checkTable(textOf(result.files, r.path), r.schema, r.path);
    const goals = pkg.resources.find((r) => r.name === '062022_goals')!;
    assert.equal(goals.schema.fields[0]!.name, '全国地方公共団体コード');
    assert.equal(goals.schema.fields[0]!.type, 'string');
  });
  it('declares foreign keys by header that resolve to the referenced resource’s IDs', async () => {
    const result = await seedBuild();
    const pkg = await pkgOf();
    const ids = new Map(
      pkg.resources.map((r) => [
        r.name,
        new Set(
          parse(textOf(result.files, r.path))
            .slice(1)
            .map((row) => row[1]),
        ),
      ]),
    );
    let checked = 0;
    for (const r of pkg.resources) {
      const [header, ...rows] = parse(textOf(result.files, r.path));
      for (const fk of r.schema.foreignKeys ?? []) {
        assert.ok(ids.has(fk.reference.resource), `${r.name} → ${fk.reference.resource}`);
        const column = header!.indexOf(fk.fields[0]!);
        assert.ok(column >= 0, `${r.name}: ${fk.fields[0]} is a header`);
        for (const row of rows)
          if (row[column]) {
            checked++;
            assert.ok(ids.get(fk.reference.resource)!.has(row[column]), `${r.name} ${row[column]}`);
          }
      }
    }
    assert.ok(checked > 100);
  });
  it('types the indicators table from the model: the real KPI rows fit it (numbers, unit and condition enums)', () => {
    const schema = tableSchemaOf('indicators', '062022');
    const rows = checkTable(toCsv(tables.indicators.schema, kpiFixture), schema, 'indicators');
    assert.equal(rows.length, 3);
    const field = (name: string) => schema.fields.find((f) => f.name === name)!;
    assert.equal(field('基準値').type, 'number');
    assert.equal(field('基準年度').type, 'integer');
    assert.deepEqual(field('単位').constraints.enum, ['％', 'ｇ', 'か所', '件', '人']);
    assert.equal(field('単位').constraints.required, undefined, 'a KPI may have no unit');
    assert.deepEqual(field('目標条件').constraints.enum, ['以上', '以下', '未満']);
    assert.match(field('基準値').description, /^基準値を数値のみで記載.*JSON のキーは baselineValue。$/);
    assert.match(field('基準値')['description@en'], /^Baseline value as a bare number.*\(JSON key: baselineValue\)$/);
  });
});
