// The table modules (pipeline/tables/) are what every output reads: each declares where its table is in the
// linked data and on the site, and what it declares is what the build publishes — read back from dist/ (equal to
// a fresh build, test/cli.test.ts), as jsonld and a browser would find it. Declarations that name a column the
// table lacks, or a link no table collects, are refused when the registry loads; the rows' links (model/links.ts)
// are the ones a scan of the tables finds.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { recordIriOf } from '../pipeline/emit/jsonld.ts';
import { codeOfId } from '../pipeline/ids.ts';
import { linksOf } from '../pipeline/model/links.ts';
import { head, optionalRef, ref } from '../pipeline/tables/fields.ts';
import { goals } from '../pipeline/tables/goals.ts';
import { column, linked } from '../pipeline/tables/linked-data.ts';
import { checkTables, ownClassOf, type TableDef, type TableName, tableNames, tableOf, type TableRows, tables } from '../pipeline/tables/registry.ts';
import { onPageOf, ownPage } from '../pipeline/tables/site-place.ts';
import { defineTable, nestedIn, notInPlan } from '../pipeline/tables/table.ts';
import { config, root } from './helpers.ts';

const dist = (file: string) => readFileSync(join(root, 'dist', file), 'utf8');
const rows = Object.fromEntries(tableNames.map((t) => [t, JSON.parse(dist(`062022_${t}.json`))])) as TableRows;
type Node = Record<string, unknown>;
const graph = (JSON.parse(dist('062022_plan.jsonld')) as { '@graph': Node[] })['@graph'];
const nodes = new Map(graph.map((n) => [String(n['@id']), n]));
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('each table is in the linked data as its module declares: every row a node', () => {
  const links = linksOf(rows);
  for (const name of tableNames) {
    const ld = tableOf(name).linkedData;
    it(`${name}: ${[ld.class].flat().join(', ')}`, () => {
      const table = rows[name] as unknown as (Record<string, unknown> & { id: string })[];
      // Every row is a node of its classes, at the IRI its module and its place on the site give, with its ID.
      for (const row of table) {
        const node = nodes.get(recordIriOf(config, links, name, row));
        assert.ok(node, `${name} ${row.id} is a node`);
        for (const c of asList(ld.class)) assert.ok(asList(node['@type']).includes(c), `${name} ${row.id} is a ${c}`);
        assert.ok(asList(node['dct:identifier']).includes(row.id), `${name} ${row.id}: its dct:identifier`);
      }
      // Every value a row carries is on the record it is carried onto.
      for (const onto of ld.carries ?? [])
        for (const row of table) {
          const value = row[onto.column];
          if (value === null || onto.as !== undefined) continue;
          let at: { table: TableName; row: Record<string, unknown> & { id: string } } = { table: name, row };
          for (const step of onto.path) {
            const next = tableOf(at.table).foreignKeys.find((fk) => fk.field === step)!.table as TableName;
            at = { table: next, row: (rows[next] as unknown as typeof table).find((r) => r.id === at.row[step])! };
          }
          const target = tableOf(name).foreignKeys.find((fk) => fk.field === onto.column)!.table as TableName;
          assert.ok(
            asList(nodes.get(recordIriOf(config, links, at.table, at.row))?.[onto.predicate]).includes(
              recordIriOf(config, links, target, links.row(target, value as string) as Record<string, unknown> & { id: string }),
            ),
            `${name} ${row.id} → ${onto.predicate}`,
          );
        }
    });
  }
  it('gives each table a yp: class of its own, and the graph as many records of it as the table has rows (574 in all)', () => {
    const ofClass = (c: string) => graph.filter((n) => asList(n['@type']).includes(c)).length;
    let total = 0;
    for (const name of tableNames) {
      const own = ownClassOf(tableOf(name))!;
      assert.equal(ofClass(own), rows[name].length, `${name}: ${own}`);
      total += rows[name].length;
    }
    assert.equal(total, 574, 'the rows of the committed plan');
    assert.equal(graph.filter((n) => typeof n['dct:identifier'] === 'string' && n['@id'] !== `${config.baseIri}organization/062022`).length, 574);
  });
});

describe('each table’s records are on the site where its module says', () => {
  for (const name of tableNames) {
    const place = tableOf(name).site;
    it(`${name}: ${place.kind}${place.kind === 'on-page-of' ? ` ${place.column}` : place.kind === 'on-site-page' ? ` ${place.page}` : ''}`, () => {
      for (const row of (rows[name] as unknown as { id: string }[]).slice(0, 40)) {
        if (place.kind === 'own-page') {
          const ld = tableOf(name).linkedData;
          const path = ld.iri ? null : `${tables[name].prefix}/${codeOfId(name, row.id)}/index.html`;
          if (path) assert.ok(existsSync(join(root, 'dist', 'site', path)), `${row.id}: site/${path}`);
        } else {
          // An anchor with the record's ID on the page of the record it names, or on the site's own page.
          const page =
            place.kind === 'on-page-of'
              ? `${tables[tableOf(name).foreignKeys.find((fk) => fk.field === place.column)!.table as TableName].prefix}/${codeOfId(tableOf(name).foreignKeys.find((fk) => fk.field === place.column)!.table as TableName, (row as Record<string, unknown>)[place.column] as string)}/index.html`
              : { home: 'index.html', glossary: 'glossary/index.html', 'kpi-progress': 'dataset/kpi-progress/index.html' }[place.page];
          assert.ok(dist(`site/${page}`).includes(`id="${row.id}"`), `${row.id} at site/${page}#${row.id}`);
        }
      }
    });
  }
});

describe('declarations are checked when the modules load', () => {
  const noteLinks = linked({ class: 'yp:Note', properties: [column('yp:goal', 'goalId'), column('yp:otherGoal', 'otherGoalId'), column('yp:name', 'name')] });
  const notes = (declared: Partial<Parameters<typeof defineTable>[0]>) => () =>
    defineTable({
      name: 'notes',
      prefix: 'note',
      titleEn: 'Notes',
      description: { ja: 'ノート。', en: 'Notes.' },
      schema: z
        .object({ ...head('note'), goalId: ref(goals, { title: '基本目標ID' }), otherGoalId: optionalRef(goals, { title: '基本目標ID' }), name: z.string() })
        .strict()
        .meta({ title: 'ノート' }),
      nesting: notInPlan('a test'),
      linkedData: noteLinks,
      site: onPageOf('goalId'),
      ...declared,
    });
  it('refuses a linked-data mapping or a place on the site that names a column the table lacks, or one that is no ref()', () => {
    assert.doesNotThrow(notes({}));
    assert.throws(
      notes({ linkedData: linked({ class: 'yp:Note', properties: [column('skos:prefLabel', 'title')] }) }),
      /notes names the column title in its linked data, which it does not have/,
    );
    assert.throws(notes({ site: onPageOf('name') }), /notes names the column name in its place on the site, which is not a ref\(\) to another table/);
    assert.throws(
      notes({ linkedData: { ...noteLinks, carries: [{ path: ['name'], predicate: 'yp:x', column: 'goalId' }] } }),
      /notes names the column name in its linked data, which is not a ref\(\)/,
    );
  });
  it('refuses a linked-data mapping that leaves a value of the row out of its node', () => {
    assert.throws(
      notes({ linkedData: linked({ class: 'yp:Note', properties: [column('yp:goal', 'goalId'), column('yp:name', 'name')] }) }),
      /notes names the column otherGoalId in no property of its linked data: every value of a row is a property of its node/,
    );
  });
  it('refuses a nesting through a column that is not a required ref', () => {
    assert.doesNotThrow(notes({ nesting: nestedIn('goalId', 'notes', 9) }));
    assert.throws(notes({ nesting: nestedIn('name', 'notes', 9) }), /notes names the column name in its nesting, which is not a ref\(\) to another table/);
    assert.throws(notes({ nesting: nestedIn('otherGoalId', 'notes', 9) }), /notes names the column otherGoalId in its nesting, which may be empty/);
    assert.throws(notes({ nesting: nestedIn('gone', 'notes', 9) }), /notes names the column gone in its nesting, which it does not have/);
  });
  it('refuses a link carried onto a table that does not collect it, a prefix taken twice, and a class two tables share', () => {
    const defs = tableNames.map(tableOf);
    assert.doesNotThrow(() => checkTables(defs));
    const carrying = notes({
      linkedData: { ...noteLinks, carries: [{ path: ['goalId'], predicate: 'yp:note', column: 'goalId' }] },
      site: ownPage(),
    })() as unknown as TableDef;
    assert.throws(() => checkTables([...defs, carrying]), /notes gives goals records yp:note, which goals does not collect/);
    assert.throws(() => checkTables([...defs, { ...carrying, linkedData: noteLinks, prefix: 'goal' }]), /two tables have the same ID prefix/);
    assert.throws(
      () => checkTables([...defs, { ...carrying, linkedData: { ...noteLinks, class: ['skos:Concept', 'yp:Goal'] } }]),
      /notes and goals both declare yp:Goal as the class of their records/,
    );
    assert.throws(() => checkTables([...defs, { ...carrying, linkedData: { ...noteLinks, class: 'skos:Concept' } }]), /notes declares no yp: class of its own/);
  });
});

describe('the rows’ links, resolved once', () => {
  const links = linksOf(rows);
  it('give each row’s children and whatever names it, in table order, as a scan of the tables would', () => {
    for (const name of tableNames) {
      const def = tableOf(name);
      const table = rows[name] as unknown as (Record<string, unknown> & { id: string })[];
      for (const fk of def.foreignKeys) {
        const named = new Set(table.map((r) => r[fk.field]).filter((v): v is string => typeof v === 'string'));
        for (const id of named)
          assert.deepEqual(
            links.naming(name, fk.field as never, id),
            table.filter((r) => r[fk.field] === id),
            `${name}.${fk.field} = ${id}`,
          );
      }
      if (def.parentColumn !== undefined) {
        const parent = def.foreignKeys.find((fk) => fk.field === def.parentColumn)!.table as TableName;
        for (const p of rows[parent] as unknown as { id: string }[])
          assert.deepEqual(
            links.children(name, p.id),
            table.filter((r) => r[def.parentColumn!] === p.id),
            `${name} under ${p.id}`,
          );
      }
      for (const r of table.slice(0, 5)) assert.equal(links.row(name, r.id), r);
    }
  });
  it('refuse what is no link: a column that is no ref(), a table nested in none, an ID a table lacks', () => {
    assert.throws(() => links.naming('goals', 'name' as never, 'x'), /goals\.name is not a ref\(\) column/);
    assert.throws(() => links.children('goals', 'x'), /goals is nested in no table/);
    assert.throws(() => links.row('goals', 'goal-99'), /goals has no row goal-99/);
  });
});
