// The build against the output it replaces (issue 22 §11): what an ID of that output means now. The data
// diff of the release commands (release/diff.ts) compares the two, and every change it calls a change of
// meaning is named here as a warning at the record's line in the new text; so are two values of a record
// exchanged (a swapped cell), records gone, and lists that the text delimits by line breaks alone whose
// count changed. Pure: the CLI reads the old output and hands both snapshots in; nothing here is published
// (the quality report describes the text, not the change from whatever output was there before, so two
// builds of the same sources stay byte-identical whatever they replace).
//
// "Means something else" is the release diff's notion: the record's label (its name, text, …) moved to
// another ID — a row inserted, deleted or duplicated shifted the IDs after it — or was replaced by one that
// has little in common with it (Dice coefficient of character bigrams below 0.5); a corrected typo keeps its
// meaning. Beside it the build names what the diff counts as corrected values but a careless edit makes:
// two values of one record exchanged (a KPI's baseline and target).
import type { Reporter } from '../diagnostics.ts';
import { describeMeaningChange, diffSnapshots } from './diff.ts';
import type { Row, Snapshot, TableSnapshot } from './snapshot.ts';

/**
 * Lists whose entries the text delimits by line breaks alone — no ⚫, ①, code, ＊ or 、 marks where one
 * ends — so that a line wrapped elsewhere can split or join them without any marker changing: their count
 * is compared, per parent. Lists whose entries have markers change their count only with their markers.
 */
export const unmarkedLists: { table: string; what: string; whatJa: string; parent: (r: Row) => string; entry: (r: Row) => unknown }[] = [
  {
    table: 'project_items',
    what: 'actions under the cited pillar (one a line)',
    whatJa: '引用した施策の柱の下の取組（一行に一つ）',
    parent: (r) => `${String(r.initiativeId)} 【施策 ${String(r.citedPillarCode)}】 (citation ${String(r.citationOrder)})`,
    entry: (r) => r.actionOrder,
  },
  {
    table: 'related_plans',
    what: 'related plans (one a line)',
    whatJa: '関連する個別計画（一行に一つ）',
    parent: (r) => String(r.policyId),
    entry: (r) => r.order,
  },
  {
    table: 'current_issues',
    what: 'categories of 本市の現状と課題 (a heading line each)',
    whatJa: '本市の現状と課題の分類（見出し一行に一つ）',
    parent: (r) => String(r.goalId),
    entry: (r) => r.categoryOrder,
  },
  {
    table: 'wellbeing_categories',
    what: 'Well-Being categories (names on a line)',
    whatJa: '地域幸福度の分類（名称を一行に並べる）',
    parent: (r) => String(r.goalId),
    entry: (r) => r.order,
  },
];

const lineOf = (r: Row | undefined): number => (typeof r?.sourceLine === 'number' ? r.sourceLine : 0);
const labelOf = (r: Row): string => {
  const label = ['name', 'text', 'actionText', 'term', 'category', 'departmentName'].map((k) => r[k]).find((v) => typeof v === 'string');
  return typeof label === 'string' ? ` 「${label.length > 30 ? `${label.slice(0, 30)}…` : label}」` : '';
};

/** Pairs of a record's fields whose values were exchanged: old a = new b and old b = new a, a ≠ b. */
const exchanged = (was: Row, now: Row): [string, string][] => {
  const keys = Object.keys(now).filter((k) => k !== 'id' && !/sourceLine$/i.test(k) && ['number', 'string'].includes(typeof now[k]));
  const out: [string, string][] = [];
  keys.forEach((a, i) => {
    for (const b of keys.slice(i + 1)) if (was[a] !== was[b] && was[a] === now[b] && was[b] === now[a] && typeof was[a] === typeof was[b]) out.push([a, b]);
  });
  return out;
};

/**
 * Warnings (cli:meaning-changed, cli:record-removed, cli:list-count-changed) for what the build changes in
 * `previous`, the output it replaces, placed at the lines of the new text (`file`).
 */
export const compareWithPrevious = (previous: Snapshot, next: Snapshot, file: string, replaced: string, report: Reporter): void => {
  const diff = diffSnapshots(previous, next);
  for (const t of diff.tables) {
    if (t.status !== 'changed') continue;
    const now = next.tables.get(t.table)!;
    const was = previous.tables.get(t.table)!;
    for (const r of t.recordsChanged) {
      const record = now.records.get(r.id)!;
      if (r.meaningChanged) {
        report.warning('cli:meaning-changed', { file, line: lineOf(record) }, { change: describeMeaningChange(r.id, r.meaningChanged), replaced }, [r.id]);
        continue;
      }
      const pairs = exchanged(was.records.get(r.id)!, record);
      if (pairs.length > 0)
        report.warning(
          'cli:meaning-changed',
          { file, line: lineOf(record) },
          {
            record: `${r.id}${labelOf(record)}`,
            swapped: pairs.map(([a, b]) => `${a} and ${b} exchanged (${String(was.records.get(r.id)![a])} ↔ ${String(was.records.get(r.id)![b])})`).join('; '),
            replaced,
          },
          [r.id],
        );
    }
    if (t.recordsRemoved.length > 0) reportRemoved(t.table, t.recordsRemoved, was, now, file, report);
  }
  for (const list of unmarkedLists) countChanged(list, previous.tables.get(list.table), next.tables.get(list.table), file, replaced, report);
};

const reportRemoved = (table: string, removed: readonly string[], was: TableSnapshot, now: TableSnapshot, file: string, report: Reporter): void => {
  // Placed at the record that now stands where the first one gone stood: the last earlier one still there.
  const order = [...was.records.keys()];
  const before = order
    .slice(0, order.indexOf(removed[0]!))
    .reverse()
    .find((id) => now.records.has(id));
  const shown = removed.slice(0, 10).map((id) => `${id}${labelOf(was.records.get(id)!)}`);
  report.warning(
    'cli:record-removed',
    { file, line: lineOf(before ? now.records.get(before) : undefined) },
    { table, count: removed.length, shown: `${shown.join(', ')}${removed.length > 10 ? ', …' : ''}` },
    [...removed],
  );
};

const countChanged = (
  list: (typeof unmarkedLists)[number],
  was: TableSnapshot | undefined,
  now: TableSnapshot | undefined,
  file: string,
  replaced: string,
  report: Reporter,
): void => {
  if (!was || !now) return;
  const groups = (t: TableSnapshot) => {
    const out = new Map<string, { entries: Set<unknown>; first: Row }>();
    for (const r of t.records.values()) {
      const key = list.parent(r);
      const g = out.get(key) ?? { entries: new Set<unknown>(), first: r };
      g.entries.add(list.entry(r));
      out.set(key, g);
    }
    return out;
  };
  const before = groups(was);
  for (const [key, g] of groups(now)) {
    const old = before.get(key);
    if (!old || old.entries.size === g.entries.size) continue;
    report.warning(
      'cli:list-count-changed',
      { file, line: lineOf(g.first) },
      { key, what: list.what, whatJa: list.whatJa, now: g.entries.size, was: old.entries.size, replaced },
      [String(g.first.id)],
    );
  }
};
