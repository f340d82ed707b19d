// Shared by the tests: the seed built once in-process, and the CLI run as a user runs it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildResult } from '../pipeline/build.ts';
import { loadSchemas } from '../pipeline/cli.ts';
import { paths, root } from '../pipeline/paths.ts';
import { readConfig, readSourceInfo } from '../pipeline/read/settings.ts';
import type { FileContent } from '../pipeline/emit/checksums.ts';

export { root };
export const config = readConfig();
export const sourceInfo = readSourceInfo();
export const sourcePath = join(root, 'sources', sourceInfo.file);
export const seedBytes = (): Uint8Array => readFileSync(sourcePath);
export const seedText = (): string => readFileSync(sourcePath, 'utf8');

export const buildBytes = async (bytes: Uint8Array, file = 'input.txt', sdgLinks = readFileSync(paths.sdgLinks, 'utf8')): Promise<BuildResult> =>
  build({
    bytes,
    file,
    config,
    source: sourceInfo,
    schemas: await loadSchemas(paths.schemas),
    schemaDir: 'schemas',
    curated: { sdgLinks: { file: 'sources/sdg-links.csv', text: sdgLinks }, indicatorActuals: { file: 'sources/indicator-actuals.csv', text: readFileSync(paths.indicatorActuals, 'utf8') } },
  });

let seed: Promise<BuildResult> | undefined;
/** The committed source, built once per test file. */
export const seedBuild = (): Promise<BuildResult> => (seed ??= buildBytes(seedBytes(), 'sources/yonezawa-zenki-kihon-keikaku.txt'));

export const runCli = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'pipeline', 'cli.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** A text file of a build (the SQLite database and the workbook are bytes). */
export const textOf = (files: ReadonlyMap<string, FileContent>, path: string): string => {
  const content = files.get(path);
  if (content === undefined) throw new Error(`build produced no ${path}`);
  if (typeof content !== 'string') throw new Error(`${path} is a binary file, not text`);
  return content;
};

/** Rows of a table from an in-memory build, as the JSON file holds them. */
export const jsonOf = <T = Record<string, unknown>>(result: BuildResult, path: string): T => JSON.parse(textOf(result.files, path)) as T;
