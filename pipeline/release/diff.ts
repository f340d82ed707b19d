// The data diff: two snapshots compared record by record, by ID, and column by column, and the
// version bump the difference needs under SemVer for data (../shared/DATA-CONTRACT.md):
//   MAJOR  a table, record (ID) or published file removed; a column removed, renamed, retyped or reordered;
//          a record whose ID now names another thing (its name or text changed meaning, see meaningChange)
//   MINOR  a table, record, column or file added
//   PATCH  values changed
import { isDeepStrictEqual } from 'node:util';
import { kpiActualChanges, type KpiActualChange } from './progress-diff.ts';
import type { Column, Snapshot, TableSnapshot } from './snapshot.ts';
import type { FieldChange, MeaningChange, TableDiff } from './table-diff.ts';
import { largerBump, type Bump } from './version.ts';

export type { FieldChange, MeaningChange, RecordChange, TableDiff } from './table-diff.ts';

export interface Reason {
  bump: Exclude<Bump, 'none'>;
  text: string;
}

export interface DataDiff {
  old: { dir: string; version?: string };
  new: { dir: string; version?: string };
  tables: TableDiff[];
  /** Published files (other than a whole added or removed table's) that appeared or disappeared. */
  filesAdded: string[];
  filesRemoved: string[];
  requiredBump: Bump;
  /** Every fact behind the required bump, largest first. */
  reasons: Reason[];
  /** The KPI actuals (indicator_progress) added, corrected or removed, by KPI and fiscal year; absent when none. */
  kpiActuals?: KpiActualChange[];
}

/** The files a table is published as: JSON, CSV, Excel CSV and schema, by its JSON file's stem. */
const filesOf = (t: TableSnapshot): string[] => {
  const stem = t.file.slice(0, -'.json'.length);
  return [t.file, `${stem}.csv`, `excel/${stem}.csv`, `schemas/${stem}.schema.json`];
};

const emptyTableDiff = (table: string, status: TableDiff['status']): TableDiff => ({
  table,
  status,
  recordsAdded: [],
  recordsRemoved: [],
  recordsChanged: [],
  columnsAdded: [],
  columnsRemoved: [],
  columnsRenamed: [],
  columnsRetyped: [],
});

/**
 * A removed and an added column are one renamed column when they carry the same header (title), or
 * the same type and the same value in every record both builds have.
 */
const isRename = (oldT: TableSnapshot, newT: TableSnapshot, from: Column, to: Column): boolean => {
  if (from.title !== undefined && from.title === to.title) return true;
  if (from.type !== to.type) return false;
  const common = [...oldT.records.keys()].filter((id) => newT.records.has(id));
  return common.length > 0 && common.every((id) => isDeepStrictEqual(oldT.records.get(id)![from.name], newT.records.get(id)![to.name]));
};

export const diffTable = (oldT: TableSnapshot, newT: TableSnapshot): TableDiff => {
  const d = emptyTableDiff(newT.name, 'unchanged');
  const oldCols = new Map(oldT.columns.map((c) => [c.name, c]));
  const newCols = new Map(newT.columns.map((c) => [c.name, c]));
  let removed = oldT.columns.filter((c) => !newCols.has(c.name));
  let added = newT.columns.filter((c) => !oldCols.has(c.name));
  for (const from of [...removed]) {
    const to = added.find((a) => isRename(oldT, newT, from, a));
    if (!to) continue;
    d.columnsRenamed.push({ from: from.name, to: to.name });
    removed = removed.filter((c) => c !== from);
    added = added.filter((c) => c !== to);
  }
  d.columnsRemoved = removed.map((c) => c.name);
  d.columnsAdded = added.map((c) => c.name);

  // new column name → old column name, for every column both builds carry (renamed ones included)
  const kept = new Map<string, string>();
  for (const c of newT.columns) if (oldCols.has(c.name)) kept.set(c.name, c.name);
  for (const r of d.columnsRenamed) kept.set(r.to, r.from);
  for (const [now, was] of kept) {
    const before = oldCols.get(was)!.type;
    const after = newCols.get(now)!.type;
    if (before !== after) d.columnsRetyped.push({ column: now, old: before, new: after });
  }
  // Added columns may go anywhere; the columns both have must keep their relative order.
  const renamedTo = new Map(d.columnsRenamed.map((r) => [r.from, r.to]));
  const oldOrder = oldT.columns.map((c) => renamedTo.get(c.name) ?? c.name).filter((n) => kept.has(n));
  const newOrder = newT.columns.map((c) => c.name).filter((n) => kept.has(n));
  if (!isDeepStrictEqual(oldOrder, newOrder)) d.columnsReordered = { old: oldOrder, new: newOrder };

  d.recordsRemoved = [...oldT.records.keys()].filter((id) => !newT.records.has(id));
  d.recordsAdded = [...newT.records.keys()].filter((id) => !oldT.records.has(id));
  for (const [id, now] of newT.records) {
    const was = oldT.records.get(id);
    if (!was) continue;
    const fields = [...kept]
      .filter(([n, o]) => !isDeepStrictEqual(was[o], now[n]))
      .map(([n, o]): FieldChange => ({ field: n, old: was[o] ?? null, new: now[n] ?? null }));
    if (fields.length > 0) {
      const meaning = meaningChange(oldT, newT, id, fields);
      d.recordsChanged.push({ id, fields, ...(meaning ? { meaningChanged: meaning } : {}) });
    }
  }
  const changed =
    d.recordsAdded.length +
      d.recordsRemoved.length +
      d.recordsChanged.length +
      d.columnsAdded.length +
      d.columnsRemoved.length +
      d.columnsRenamed.length +
      d.columnsRetyped.length >
      0 || d.columnsReordered !== undefined;
  return { ...d, status: changed ? 'changed' : 'unchanged' };
};

/** The column that says what a record is, in the order tried: the first one a table has. */
export const labelFields = ['name', 'text', 'actionText', 'term', 'category', 'departmentName'] as const;

const folded = (v: unknown): string => String(v).normalize('NFKC').replace(/\s+/g, '');
const bigrams = (s: string): string[] => {
  const chars = [...s];
  return chars.length < 2 ? chars : chars.slice(1).map((c, k) => chars[k]! + c);
};
/** Dice coefficient of two strings' character bigrams (multiset), 0–1. */
export const similarity = (a: string, b: string): number => {
  const x = bigrams(folded(a));
  const y = bigrams(folded(b));
  if (x.length + y.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of y) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
};

const idsWithLabel = (t: TableSnapshot, field: string, label: string, except: string): string[] =>
  [...t.records].filter(([id, r]) => id !== except && typeof r[field] === 'string' && folded(r[field]) === folded(label)).map(([id]) => id);

const meaningChange = (oldT: TableSnapshot, newT: TableSnapshot, id: string, fields: readonly FieldChange[]): MeaningChange | undefined => {
  const field = labelFields.find((f) => newT.columns.some((c) => c.name === f) && oldT.columns.some((c) => c.name === f));
  const change = fields.find((f) => f.field === field);
  if (!field || !change || typeof change.old !== 'string' || typeof change.new !== 'string') return undefined;
  const oldLabelNowAt = idsWithLabel(newT, field, change.old, id);
  const newLabelWasAt = idsWithLabel(oldT, field, change.new, id);
  if (oldLabelNowAt.length + newLabelWasAt.length > 0) return { field, old: change.old, new: change.new, why: 'moved', oldLabelNowAt, newLabelWasAt };
  if (similarity(change.old, change.new) < 0.5) return { field, old: change.old, new: change.new, why: 'replaced' };
  return undefined;
};

/** One line per record whose ID changed meaning: 「old」 → 「new」 and why. */
export const describeMeaningChange = (id: string, m: MeaningChange): string => {
  const where =
    m.why === 'moved'
      ? [
          m.oldLabelNowAt?.length ? `「${m.old}」 is now ${m.oldLabelNowAt.join(', ')}` : '',
          m.newLabelWasAt?.length ? `「${m.new}」 was ${m.newLabelWasAt.join(', ')}` : '',
        ]
          .filter((x) => x)
          .join('; ')
      : 'the two have little in common';
  return `${id} ${m.field}: 「${m.old}」 → 「${m.new}」 (${where})`;
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const reasonsOf = (t: TableDiff): Reason[] => {
  if (t.status === 'added') return [{ bump: 'minor', text: `table ${t.table} added` }];
  if (t.status === 'removed') return [{ bump: 'major', text: `table ${t.table} removed` }];
  const out: Reason[] = [];
  if (t.recordsRemoved.length)
    out.push({ bump: 'major', text: `${t.table}: ${plural(t.recordsRemoved.length, 'record')} removed or re-identified (${t.recordsRemoved.join(', ')})` });
  const reidentified = t.recordsChanged.filter((r) => r.meaningChanged);
  if (reidentified.length) {
    out.push({
      bump: 'major',
      text: `${t.table}: ${plural(reidentified.length, 'record')} changed meaning under the same ID (${reidentified.map((r) => describeMeaningChange(r.id, r.meaningChanged!)).join('; ')})`,
    });
  }
  for (const c of t.columnsRemoved) out.push({ bump: 'major', text: `${t.table}: column ${c} removed` });
  for (const r of t.columnsRenamed) out.push({ bump: 'major', text: `${t.table}: column ${r.from} renamed to ${r.to}` });
  for (const r of t.columnsRetyped) out.push({ bump: 'major', text: `${t.table}: column ${r.column} retyped ${r.old} → ${r.new}` });
  if (t.columnsReordered) out.push({ bump: 'major', text: `${t.table}: columns reordered` });
  for (const c of t.columnsAdded) out.push({ bump: 'minor', text: `${t.table}: column ${c} added` });
  if (t.recordsAdded.length) out.push({ bump: 'minor', text: `${t.table}: ${plural(t.recordsAdded.length, 'record')} added` });
  const corrected = t.recordsChanged.length - reidentified.length;
  if (corrected) out.push({ bump: 'patch', text: `${t.table}: ${plural(corrected, 'record')} with corrected values` });
  return out;
};

export const diffSnapshots = (oldS: Snapshot, newS: Snapshot): DataDiff => {
  const names = [...new Set([...oldS.tables.keys(), ...newS.tables.keys()])].sort();
  const tables = names.map((name): TableDiff => {
    const o = oldS.tables.get(name);
    const n = newS.tables.get(name);
    if (!o) return { ...emptyTableDiff(name, 'added'), recordsAdded: [...n!.records.keys()], columnsAdded: n!.columns.map((c) => c.name) };
    if (!n) return { ...emptyTableDiff(name, 'removed'), recordsRemoved: [...o.records.keys()], columnsRemoved: o.columns.map((c) => c.name) };
    return diffTable(o, n);
  });
  // A whole table coming or going is reported once, as a table, not again as its four files.
  const tableFiles = new Set(
    [...[...oldS.tables.values()].filter((t) => !newS.tables.has(t.name)), ...[...newS.tables.values()].filter((t) => !oldS.tables.has(t.name))].flatMap(
      filesOf,
    ),
  );
  const filesAdded = newS.files.filter((f) => !oldS.files.includes(f) && !tableFiles.has(f));
  const filesRemoved = oldS.files.filter((f) => !newS.files.includes(f) && !tableFiles.has(f));
  const reasons = [
    ...tables.flatMap(reasonsOf),
    ...filesRemoved.map((f): Reason => ({ bump: 'major', text: `published file ${f} removed` })),
    ...filesAdded.map((f): Reason => ({ bump: 'minor', text: `published file ${f} added` })),
  ];
  const rank = { major: 0, minor: 1, patch: 2 } as const;
  reasons.sort((a, b) => rank[a.bump] - rank[b.bump]);
  const kpiActuals = kpiActualChanges(oldS, newS, tables);
  return {
    old: { dir: oldS.dir, ...(oldS.datasetVersion ? { version: oldS.datasetVersion.version } : {}) },
    new: { dir: newS.dir, ...(newS.datasetVersion ? { version: newS.datasetVersion.version } : {}) },
    tables,
    filesAdded,
    filesRemoved,
    requiredBump: reasons.reduce<Bump>((acc, r) => largerBump(acc, r.bump), 'none'),
    reasons,
    ...(kpiActuals.length > 0 ? { kpiActuals } : {}),
  };
};
