// The foreign keys are stated once, by the model's ref() columns, and every descriptor derives them: this
// checks that datapackage.json, the SQLite database (PRAGMA foreign_key_list, read in-process with sql.js) and
// the model's refs name the very same set, and that each ref column's ID pattern is its target table's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import initSqlJs from 'sql.js';
import { z } from 'zod';
import { idPattern } from '../pipeline/ids.ts';
import { columnReferences } from '../pipeline/tables/fields.ts';
import { tableNames, tables } from '../pipeline/tables/registry.ts';
import { freshDist } from './helpers.ts';

/** `table.column → table.column`, columns named by their JSON key. */
type Key = string;
const key = (table: string, column: string, target: string, targetColumn: string): Key => `${table}.${column} → ${target}.${targetColumn}`;

/** A table's CSV header → JSON key, from the schema's titles. */
const keyOfTitle = (table: string): Map<string, string> =>
  new Map(
    Object.entries(tables[table as keyof typeof tables].schema.shape as Record<string, z.ZodType>).map(([k, f]) => [(f.meta() as { title: string }).title, k]),
  );

/** The model's references, straight from the registry ref() writes (not through the column reader). */
const modelKeys = (): Set<Key> => {
  const out = new Set<Key>();
  for (const name of tableNames) {
    for (const [column, field] of Object.entries(tables[name].schema.shape as Record<string, z.ZodType>)) {
      const inner = field instanceof z.ZodNullable ? (field.unwrap() as z.ZodType) : field;
      const target = (columnReferences.get(field) ?? columnReferences.get(inner))?.table;
      if (target) out.add(key(name, column, target, 'id'));
    }
  }
  return out;
};

describe('foreign keys', () => {
  it('datapackage.json, the SQLite file and the model’s refs declare the same set', async () => {
    const model = modelKeys();
    assert.ok(model.size >= 20, `${model.size} refs`);
    assert.deepEqual(
      new Set(tableNames.flatMap((name) => tables[name].foreignKeys.map((fk) => key(name, fk.field, fk.table, 'id')))),
      model,
      'the registry derives them from the refs',
    );

    const pkg = JSON.parse(readFileSync(join(await freshDist(), 'datapackage.json'), 'utf8')) as {
      resources: { name: string; type?: string; schema?: { foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] } }[];
    };
    const fromPackage = new Set<Key>();
    for (const r of pkg.resources.filter((x) => x.type === 'table')) {
      const table = r.name.replace(/^062022_/, '');
      for (const fk of r.schema?.foreignKeys ?? []) {
        const target = fk.reference.resource.replace(/^062022_/, '');
        assert.equal(fk.fields.length, 1);
        fromPackage.add(key(table, keyOfTitle(table).get(fk.fields[0]!)!, target, keyOfTitle(target).get(fk.reference.fields[0]!)!));
      }
    }
    assert.deepEqual(fromPackage, model, 'datapackage.json');

    const SQL = await initSqlJs();
    const db = new SQL.Database(readFileSync(join(await freshDist(), '062022_plan.sqlite')));
    try {
      const fromSqlite = new Set<Key>();
      for (const table of tableNames) {
        const rows = db.exec(`PRAGMA foreign_key_list("${table}")`)[0];
        for (const row of rows?.values ?? []) {
          const [, , target, from, to] = row as [number, number, string, string, string];
          fromSqlite.add(key(table, keyOfTitle(table).get(from)!, target, keyOfTitle(target).get(to)!));
        }
      }
      assert.deepEqual(fromSqlite, model, '062022_plan.sqlite');
    } finally {
      db.close();
    }
  });
  it('a ref column takes its ID pattern from the table it points to', () => {
    let checked = 0;
    for (const name of tableNames) {
      for (const fk of tables[name].foreignKeys) {
        const field = (tables[name].schema.shape as Record<string, z.ZodType>)[fk.field]!;
        const json = z.toJSONSchema(field) as { pattern?: string; anyOf?: { pattern?: string }[] };
        const pattern = json.pattern ?? json.anyOf?.find((b) => b.pattern)?.pattern;
        assert.equal(pattern, idPattern(fk.table).source, `${name}.${fk.field}`);
        assert.equal(
          pattern,
          (z.toJSONSchema(tables[fk.table].schema.shape.id) as { pattern: string }).pattern,
          `${name}.${fk.field}: the target's own ID pattern`,
        );
        checked += 1;
      }
    }
    assert.ok(checked >= 20);
  });
});
