// Cross-record checks: IDs unique across the dataset, every foreign key resolves, and every project item
// cites its pillar by the name 第２章 gives it. A differing name is reported, never corrected.
import type { Reporter } from '../diagnostics.ts';
import { tableNames, tables, type TableRows } from '../tables/registry.ts';

type AnyRow = Record<string, unknown> & { id: string; sourceLine: number };

export const checkIntegrity = (rows: TableRows, file: string, report: Reporter): void => {
  const all = (name: string): AnyRow[] => (rows as unknown as Record<string, AnyRow[]>)[name] ?? [];

  const seen = new Map<string, { table: string; line: number }>();
  for (const name of tableNames) {
    for (const row of all(name)) {
      const first = seen.get(row.id);
      if (first) {
        report.error('integrity:duplicate-id', { file, line: row.sourceLine }, { id: row.id, table: name, firstTable: first.table, firstLine: first.line }, [
          row.id,
        ]);
      } else seen.set(row.id, { table: name, line: row.sourceLine });
    }
  }

  for (const name of tableNames) {
    for (const fk of tables[name].foreignKeys) {
      const targets = new Set(all(fk.table).map((r) => r.id));
      for (const row of all(name)) {
        const value = row[fk.field];
        if (value === null || value === undefined) continue;
        if (!targets.has(String(value))) {
          report.error('integrity:reference', { file, line: row.sourceLine }, { table: name, id: row.id, value: String(value), target: fk.table }, [row.id]);
        }
      }
    }
  }

  for (const [table, min] of [
    ['goals', 1],
    ['policies', 1],
    ['pillars', 1],
    ['projects', 1],
  ] as const) {
    if (rows[table].length < min) report.error('integrity:empty', { file, line: 0 }, { table, min });
  }
  for (const goal of rows.goals) {
    if (!rows.policies.some((p) => p.goalId === goal.id))
      report.error('integrity:goal-without-policy', { file, line: goal.sourceLine }, { goal: goal.number }, [goal.id]);
  }
  for (const policy of rows.policies) {
    if (!rows.pillars.some((p) => p.policyId === policy.id))
      report.error('integrity:policy-without-pillar', { file, line: policy.sourceLine }, { policy: policy.code }, [policy.id]);
  }

  // One warning per cited pillar (not per action under it).
  const pillarsByCode = new Map(rows.pillars.map((p) => [p.code, p]));
  const reported = new Set<string>();
  for (const item of rows.project_items) {
    const key = `${item.initiativeId}|${item.citationOrder}`;
    if (item.citedNameMatches || reported.has(key) || !pillarsByCode.has(item.citedPillarCode)) continue;
    reported.add(key);
    const pillar = pillarsByCode.get(item.citedPillarCode)!;
    const namesake = rows.pillars.find((p) => p.name === item.citedName);
    const itemIds = rows.project_items.filter((i) => i.initiativeId === item.initiativeId && i.citationOrder === item.citationOrder).map((i) => i.id);
    report.warning(
      'integrity:pillar-name-mismatch',
      { file, line: item.citationSourceLine, column: 1 },
      { code: item.citedPillarCode, cited: item.citedName, line: pillar.sourceLine, name: pillar.name, namesake: namesake?.code },
      [...itemIds, pillar.id],
    );
  }
};
