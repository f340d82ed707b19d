// Departments are named in three places (project initiatives, pillars, KPI rows); each distinct name
// becomes one record, listed in the order of first mention.
import { ids } from '../ids.ts';
import { comparable } from '../parse/text.ts';
import { sha256Hex } from '../sha256.ts';

/** A department's ID: a digest of its name, so it stays the same whichever page names it first. */
export const departmentId = (name: string): string => ids.department(sha256Hex(comparable(name)).slice(0, 10));

/** 全課 = every department: kept as written, never expanded into a list. */
export const isAllDepartments = (name: string): boolean => comparable(name) === '全課';

export class DepartmentRegistry {
  readonly #seen = new Map<string, { name: string; sourceLine: number }>();

  /** Registers a mention and returns the department's ID. */
  mention(name: string, line: number): string {
    const id = departmentId(name);
    const known = this.#seen.get(id);
    if (!known || line < known.sourceLine) this.#seen.set(id, { name: known?.name ?? name, sourceLine: Math.min(line, known?.sourceLine ?? line) });
    return id;
  }

  /** Every department, by the line that first names it. */
  list(): { id: string; name: string; sourceLine: number }[] {
    return [...this.#seen].map(([id, d]) => ({ id, ...d })).sort((a, b) => a.sourceLine - b.sourceLine || (a.id < b.id ? -1 : 1));
  }
}
