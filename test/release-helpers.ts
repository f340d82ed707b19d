// Shared by the release tests: copies of the committed dist/ that a test mutates the way a new
// release would change it (a corrected value, a removed column, a new version), and the release
// commands run as a user runs them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { root } from '../pipeline/paths.ts';
import { execute, type Command } from '../pipeline/release/cli-main.ts';
import { describeType, listFiles } from '../pipeline/release/snapshot.ts';
import { sha256Sums } from '../pipeline/sha256.ts';
import { cliBundle } from './helpers.ts';

export { root };
export const dist = join(root, 'dist');

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `plan-release-${prefix}-`));

/** A copy of the committed dist/ to change. */
export const copyDist = (work: string, name: string): string => {
  const dir = join(work, name);
  cpSync(dist, dir, { recursive: true });
  return dir;
};

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const writeJson = (path: string, value: unknown): void => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** SHA256SUMS over the files `dir` holds now, as the build writes it (when it has one). */
export const resum = (dir: string): void => {
  if (!existsSync(join(dir, 'SHA256SUMS'))) return;
  const files = new Map(
    listFiles(dir)
      .filter((p) => p !== 'SHA256SUMS')
      .map((p) => [p, readFileSync(join(dir, p))] as const),
  );
  writeFileSync(join(dir, 'SHA256SUMS'), sha256Sums(files));
};

/** Sets the version every top-level document states, and SHA256SUMS over the result, as a build with another config version would. */
export const setVersion = (dir: string, version: string): void => {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const doc = readJson<Record<string, unknown>>(join(dir, f));
    if (!Array.isArray(doc) && typeof doc.datasetVersion === 'string') writeJson(join(dir, f), { ...doc, datasetVersion: version });
  }
  resum(dir);
};

type Row = Record<string, unknown>;
interface ItemsSchema {
  items: { properties: Record<string, { title?: string } & Record<string, unknown>>; required?: string[] };
}

const schemaPath = (dir: string, stem: string) => join(dir, 'schemas', `${stem}.schema.json`);

/** Rewrites a table's CSV pair the way the emitter writes it: text quoted, an empty (null) cell bare, CRLF, BOM for Excel. */
const rewriteCsv = (dir: string, stem: string, edit: (rows: string[][], header: string[]) => void): void => {
  const schema = readJson<ItemsSchema>(schemaPath(dir, stem));
  const text = readFileSync(join(dir, `${stem}.csv`), 'utf8');
  const [header, ...rows] = Papa.parse<string[]>(text.replace(/\r\n$/, ''), { newline: '\r\n' }).data;
  edit(rows, header!);
  const isText = new Map(Object.values(schema.items.properties).map((p) => [p.title, describeType(p).includes('string')]));
  const quoted = header!.map((h) => isText.get(h) ?? true);
  const body = Papa.unparse(
    { fields: header!, data: rows },
    { quotes: (value: unknown, col: number) => value !== '' && quoted[col]!, quoteChar: '"', escapeChar: '"', delimiter: ',', newline: '\r\n', header: true },
  );
  const csv = body.endsWith('\r\n') ? body : `${body}\r\n`; // a header-only table already ends in CRLF
  writeFileSync(join(dir, `${stem}.csv`), csv);
  if (existsSync(join(dir, 'excel', `${stem}.csv`))) writeFileSync(join(dir, 'excel', `${stem}.csv`), `\uFEFF${csv}`);
};

/** Changes one field of one record, in the JSON and in both CSVs. */
export const editValue = (dir: string, stem: string, id: string, field: string, value: string | number): void => {
  const rows = readJson<Row[]>(join(dir, `${stem}.json`));
  const index = rows.findIndex((r) => r.id === id);
  if (index < 0) throw new Error(`${stem} has no record ${id}`);
  rows[index]![field] = value;
  writeJson(join(dir, `${stem}.json`), rows);
  const title = readJson<ItemsSchema>(schemaPath(dir, stem)).items.properties[field]?.title ?? field;
  rewriteCsv(dir, stem, (csvRows, header) => {
    csvRows[index]![header.indexOf(title)] = String(value);
  });
};

/** Removes a column: from every record, from the schema, and from both CSVs. */
export const removeColumn = (dir: string, stem: string, field: string): void => {
  const rows = readJson<Row[]>(join(dir, `${stem}.json`));
  writeJson(
    join(dir, `${stem}.json`),
    rows.map(({ [field]: _gone, ...rest }) => rest),
  );
  const schema = readJson<ItemsSchema>(schemaPath(dir, stem));
  const title = schema.items.properties[field]?.title ?? field;
  rewriteCsv(dir, stem, (csvRows, header) => {
    const i = header.indexOf(title);
    header.splice(i, 1);
    for (const r of csvRows) r.splice(i, 1);
  });
  delete schema.items.properties[field];
  schema.items.required = schema.items.required?.filter((r) => r !== field);
  writeJson(schemaPath(dir, stem), schema);
};

/** Re-writes a CSV without changing anything: proves the helper writes what the emitter writes. */
export const rewriteCsvUnchanged = (dir: string, stem: string): void => rewriteCsv(dir, stem, () => {});

/** A release command as `npm run release:*` runs it (scripts/run.mjs): its bundle, started by plain node. */
export const runScript = (script: string, args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [join(dirname(cliBundle()), script.replace(/\.ts$/, '.mjs')), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** The same command in this process (fast): the status, stdout and stderr the process would give. */
export const cli = async (script: string, args: string[], env: Record<string, string> = {}) => {
  const mod = (await import(`../pipeline/release/${script}`)) as { command: Command; usage: string };
  let stdout = '';
  let stderr = '';
  const status = await execute(mod.command, mod.usage, args, { out: (t) => (stdout += t), err: (t) => (stderr += t), env: { ...process.env, ...env } });
  return { status, stdout, stderr };
};
