// What the tests of the next text share: the plan text edited as a careless editor or another extractor would,
// read through the model stages, and its tables compared cell for cell with the committed text's.
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import type { Diagnostic } from '../pipeline/diagnostics.ts';
import type { Model } from '../pipeline/model/build.ts';
import { config, parsedModel, seedText, sourceInfo } from './helpers.ts';

export type Row = Record<string, unknown>;
export type Tables = Record<string, Row[]>;

export const seed = seedText();
export const seedLines = seed.split('\n');

export interface Read {
  model: Model | undefined;
  diagnostics: Diagnostic[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** The text through the model stages, as the build reads it. */
export const read = (text: string): Read => {
  const { model, diagnostics } = parsedModel(Buffer.from(text, 'utf8'), 'plan.txt', config, { sdgLinks: undefined }, sourceInfo.period);
  return { model, diagnostics, errors: diagnostics.filter((d) => d.severity === 'error'), warnings: diagnostics.filter((d) => d.severity === 'warning') };
};

/** Every table of the model without its source-line columns, which legitimately move when lines do. */
export const tablesOf = (model: Model): Tables =>
  Object.fromEntries(
    Object.entries(model.tables).map(([name, rows]) => [
      name,
      (rows as Row[]).map((r) => Object.fromEntries(Object.entries(r).filter(([key]) => !/sourceLine$/i.test(key)))),
    ]),
  );

let committed: Read | undefined;
/** The committed text, read once. */
export const committedRead = (): Read => (committed ??= read(seed));

export interface RecordDiff {
  table: string;
  id: string;
  /** The changed cells, or what happened to the record. */
  change: Record<string, [unknown, unknown]> | 'added' | 'removed';
}

/** The records whose cells differ between two readings, by table and ID (source lines left out). */
export const diffTables = (before: Tables, after: Tables): RecordDiff[] => {
  const out: RecordDiff[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = new Map((before[table] ?? []).map((r) => [r.id as string, r]));
    const a = new Map((after[table] ?? []).map((r) => [r.id as string, r]));
    for (const id of new Set([...b.keys(), ...a.keys()])) {
      const x = b.get(id);
      const y = a.get(id);
      if (isDeepStrictEqual(x, y)) continue;
      if (!x || !y) {
        out.push({ table, id, change: x ? 'removed' : 'added' });
        continue;
      }
      const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => !isDeepStrictEqual(x[k], y[k]));
      out.push({ table, id, change: Object.fromEntries(keys.map((k) => [k, [x[k], y[k]]])) });
    }
  }
  return out;
};

/** The differences of a reading from the committed text's tables (the reading must have built a model). */
export const changedFromCommitted = (r: Read): RecordDiff[] => {
  assert.ok(r.model, `no model: ${r.errors.map((d) => `${d.line} ${d.ruleId} ${d.reason}`).join('\n')}`);
  return diffTables(tablesOf(committedRead().model!), tablesOf(r.model));
};

/** The committed text with lines edited (1-based line numbers, checked against what they hold first). */
export const edit = (expect: Record<number, string>, change: (lines: string[]) => void): string => {
  for (const [n, text] of Object.entries(expect)) assert.equal(seedLines[Number(n) - 1]!.trimEnd(), text, `line ${n} of the committed text`);
  const lines = [...seedLines];
  change(lines);
  return lines.join('\n');
};

/** A short account of diagnostics for an assertion's message. */
export const listed = (diagnostics: readonly Diagnostic[]): string =>
  diagnostics.map((d) => `${d.line} ${d.severity} ${d.ruleId}: ${d.reason.slice(0, 160)}`).join('\n');
