// 062022_plan.json nests the tables as their modules declare (tables/, `nesting`), by the child's ref() to its
// parent: every row of every table (but grade_rules) is in it exactly once, as the table has it, under the
// row it names (a nesting that no required ref() supports is refused when the module loads: test/registry.test.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parentColumns, planNesting, type Nest } from '../pipeline/model/documents.ts';
import { tableNames } from '../pipeline/tables/registry.ts';
import { freshDist } from './helpers.ts';

type Record_ = Record<string, unknown> & { id: string };
// The build under test, written out once (freshDist) before the first test (test/typed-sqlite.test.ts says why not at the top level).
let built = '';
before(async () => {
  built = await freshDist();
});
const dist = (file: string) => JSON.parse(readFileSync(join(built, file), 'utf8')) as unknown;

describe('062022_plan.json nesting', () => {
  it('nests every table once, but grade_rules (a codebook of this project, not of the plan)', () => {
    const seen: string[] = [];
    const walk = (node: Nest) => {
      seen.push(node.table);
      Object.values(node.children).forEach(walk);
    };
    Object.values(planNesting).forEach(walk);
    assert.deepEqual([...seen].sort(), tableNames.filter((t) => t !== 'grade_rules').sort());
  });
  it('holds every row of every table once, as the table has it, under the row its ref names', () => {
    const plan = dist('062022_plan.json') as Record<string, Record_[]>;
    const found = new Map<string, number>();
    const walk = (node: Nest, records: Record_[], parent?: { table: string; id: string }) => {
      const table = new Map((dist(`062022_${node.table}.json`) as Record_[]).map((r) => [r.id, r]));
      for (const record of records) {
        const own = Object.fromEntries(Object.entries(record).filter(([k]) => !(k in node.children)));
        assert.deepEqual(own, table.get(record.id), `${node.table} ${record.id} is the table's row`);
        if (parent) assert.equal(record[parentColumns.get(node.table)!], parent.id, `${record.id} under ${parent.id}`);
        found.set(node.table, (found.get(node.table) ?? 0) + 1);
        for (const [key, child] of Object.entries(node.children)) walk(child, record[key] as Record_[], { table: node.table, id: record.id });
      }
    };
    for (const [key, node] of Object.entries(planNesting)) walk(node, plan[key]!);
    for (const t of tableNames.filter((n) => n !== 'grade_rules')) assert.equal(found.get(t) ?? 0, (dist(`062022_${t}.json`) as unknown[]).length, t);
  });
});
