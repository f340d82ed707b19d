// Every row of every table checked against its zod schema; a failure names the row's source line.
import { error, type Diagnostic } from '../diagnostics.ts';
import { tableNames, tables, type TableRows } from '../model/registry.ts';

export const validateRows = (rows: TableRows, file: string): Diagnostic[] =>
  tableNames.flatMap((name) =>
    (rows[name] as { id?: unknown; sourceLine?: unknown }[]).flatMap((row) => {
      const result = tables[name].schema.safeParse(row);
      if (result.success) return [];
      const line = typeof row.sourceLine === 'number' ? row.sourceLine : 0;
      return result.error.issues.map((issue) =>
        error(
          'model:schema',
          { file, line },
          `${name} record ${String(row.id)}: ${issue.path.join('.') || '(record)'} ${issue.message}`,
          typeof row.id === 'string' ? [row.id] : undefined,
        ),
      );
    }),
  );
