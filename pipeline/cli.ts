// The command line: reads the source, config and committed schemas, runs the pipeline, and swaps the
// result into the output directory only when everything validated. Prints every diagnostic, sorted by
// place; never a stack trace. Exit 0 ok, 1 data errors, 2 usage errors.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from './build.ts';
import { applyEnvironment, Config, SourceInfo } from './config.ts';
import { error, formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import type { FileContent } from './emit/checksums.ts';
import type { JsonSchema } from './emit/schemas.ts';

import { paths, root } from './paths.ts';

export { paths, root };

const readCurated = async (path: string): Promise<{ file: string; text: string } | undefined> =>
  existsSync(path) ? { file: relative(process.cwd(), path) || path, text: await readFile(path, 'utf8') } : undefined;

const usage = `usage: npm run build -- [--source FILE] [--out DIR]
  --source FILE  plan text to read (default: sources/<file named in sources/source.json>)
  --out DIR      directory to (re)place with the datasets (default: dist)
exit status: 0 built, 1 data errors (nothing written), 2 usage errors`;

class UsageError extends Error {}

class ConfigError extends Error {}

/** Reads a settings file; a broken one is reported with its path and what is wrong, not a stack trace. */
const readJson = async <T>(path: string, parse: (v: unknown) => T): Promise<T> => {
  try {
    return parse(JSON.parse(await readFile(path, 'utf8')));
  } catch (e) {
    const issues = (e as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    const what = issues ? issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') : (e as Error).message;
    throw new ConfigError(`${relative(process.cwd(), path) || path}:0:0  error  invalid settings: ${what}  (cli:config)`);
  }
};

export const loadSchemas = async (dir: string): Promise<Map<string, JsonSchema>> => {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.schema.json')).sort();
  const out = new Map<string, JsonSchema>();
  for (const n of names) out.set(n.slice(0, -'.schema.json'.length), JSON.parse(await readFile(join(dir, n), 'utf8')) as JsonSchema);
  return out;
};

/** Writes every file into a fresh sibling directory, then swaps it in for `out`. */
export const writeAtomically = async (out: string, files: ReadonlyMap<string, FileContent>): Promise<void> => {
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = `${out}.tmp-${stamp}`;
  const old = `${out}.old-${stamp}`;
  await mkdir(tmp, { recursive: true });
  try {
    for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const target = join(tmp, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content, 'utf8');
    }
    if (existsSync(out)) await rename(out, old);
    await rename(tmp, out);
  } finally {
    await rm(tmp, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
};

const run = async (argv: string[]): Promise<number> => {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { source: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const config = applyEnvironment(await readJson(paths.config, (v) => Config.parse(v)), process.env);
  const source = await readJson(paths.sourceInfo, (v) => SourceInfo.parse(v));
  const sourcePath = resolve(values.source ?? join(root, 'sources', source.file));
  const out = resolve(values.out ?? join(root, 'dist'));
  const display = relative(process.cwd(), sourcePath) || sourcePath;

  let bytes: Uint8Array;
  try {
    bytes = await readFile(sourcePath);
  } catch (e) {
    throw new UsageError(`cannot read --source ${display}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const result = await build({
    bytes,
    file: display,
    config,
    source,
    schemas: await loadSchemas(paths.schemas),
    schemaDir: relative(process.cwd(), paths.schemas) || 'schemas',
    curated: { sdgLinks: await readCurated(paths.sdgLinks), indicatorActuals: await readCurated(paths.indicatorActuals) },
  });
  report(result.diagnostics);
  if (!result.ok || hasErrors(result.diagnostics)) {
    process.stderr.write(`build failed: ${result.diagnostics.filter((d) => d.severity === 'error').length} error(s); ${relative(process.cwd(), out) || out} left as it was\n`);
    return 1;
  }
  await writeAtomically(out, result.files);
  process.stderr.write(`built ${result.files.size} files into ${relative(process.cwd(), out) || out}\n`);
  return 0;
};

const report = (diagnostics: readonly Diagnostic[]): void => {
  for (const d of sortDiagnostics(diagnostics)) if (d.severity !== 'info') process.stderr.write(`${formatDiagnostic(d)}\n`);
};

const main = async (): Promise<void> => {
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 1;
      return;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${usage}\n`);
      process.exitCode = 2;
      return;
    }
    // A bug of ours, or an unreadable config: say what and where, never a stack trace.
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`${formatDiagnostic(error('cli:internal', { file: 'pipeline', line: 0 }, `internal error: ${message.split('\n')[0]}`))}\n`);
    process.exitCode = 1;
  }
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
