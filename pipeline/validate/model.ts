// Every row of every table checked against its zod schema; a failure names the row's source line.
import type { Reporter } from '../diagnostics.ts';
import { tableNames, tables, type TableRows } from '../tables/registry.ts';

export const validateRows = (rows: TableRows, file: string, report: Reporter): void => {
  for (const name of tableNames) {
    for (const row of rows[name] as { id?: unknown; sourceLine?: unknown }[]) {
      const result = tables[name].schema.safeParse(row);
      if (result.success) continue;
      const line = typeof row.sourceLine === 'number' ? row.sourceLine : 0;
      for (const issue of result.error.issues) {
        report.error(
          'model:schema',
          { file, line },
          { table: name, id: String(row.id), path: issue.path.join('.') || '(record)', problem: issue.message },
          typeof row.id === 'string' ? [row.id] : undefined,
        );
      }
    }
  }
};
