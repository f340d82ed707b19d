// Shared by the tests: the seed built once in-process, and the CLI run as a user runs it.
import { type Analyser, loadJapaneseAnalyser } from '../pipeline/emit/site/search-readings.ts';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, parseModel, type BuildInput, type BuildResult } from '../pipeline/build.ts';
import type { Config } from '../pipeline/config.ts';
import type { LinkedIdentifiers } from '../pipeline/linked-identifiers.ts';
import { collect } from '../pipeline/diagnostics.ts';
import type { PlanPeriod } from '../pipeline/validate/plausibility.ts';
import { loadSchemas } from '../pipeline/cli.ts';
import { paths, root } from '../pipeline/paths.ts';
import { readConfig, readLinkedIdentifiers, readSourceInfo } from '../pipeline/read/settings.ts';
import type { FileContent } from '../pipeline/emit/checksums.ts';

export { root };
export const config = readConfig();
export const sourceInfo = readSourceInfo();
/** sources/linked-identifiers.json, as the CLI reads it. */
export const identifiers = readLinkedIdentifiers(config);
export const sourcePath = join(root, 'sources', sourceInfo.file);
export const seedBytes = (): Uint8Array => readFileSync(sourcePath);
export const seedText = (): string => readFileSync(sourcePath, 'utf8');

// The committed schemas, read once per process: the fuzz and hostile-input suites build hundreds of times.
let committedSchemas: ReturnType<typeof loadSchemas> | undefined;
export const schemasOnce = (): ReturnType<typeof loadSchemas> => {
  committedSchemas ??= loadSchemas(paths.schemas);
  return committedSchemas;
};

/** The committed curated supplements (sources/), as build() reads them. */
export const committedCurated = (): BuildInput['curated'] => ({
  sdgLinks: { file: 'sources/sdg-links.csv', text: readFileSync(paths.sdgLinks, 'utf8') },
  indicatorActuals: { file: 'sources/indicator-actuals.csv', text: readFileSync(paths.indicatorActuals, 'utf8') },
});

/** build() in-process as the CLI runs it, on the committed inputs with any of them replaced. */
let japanese: Promise<Analyser> | undefined;
/**
 * kuromoji, loaded once for the whole test process and shared by every build of it: a build loads its own and lets it
 * go (search-readings.ts), ~1–1.7 CPU-s a build that the ~40 builds of the suite need not pay again.
 */
export const sharedJapaneseAnalyser = (): Promise<Analyser> => (japanese ??= loadJapaneseAnalyser());

export const buildWith = async (replaced: Partial<BuildInput> = {}): Promise<BuildResult> =>
  build({
    japaneseAnalyser: sharedJapaneseAnalyser,
    bytes: seedBytes(),
    file: 'sources/yonezawa-zenki-kihon-keikaku.txt',
    config,
    source: sourceInfo,
    identifiers,
    schemas: await schemasOnce(),
    schemaDir: 'schemas',
    curated: committedCurated(),
    ...replaced,
  });

/** The committed plan text, settings, curated files and linked identifiers, or the ones given instead (a settings object is taken as it is: the config schema is the CLI's). */
export const buildSeedWith = (given: {
  bytes?: Uint8Array;
  config?: Config;
  sdgLinks?: string;
  actuals?: string;
  identifiers?: LinkedIdentifiers | undefined;
}): Promise<BuildResult> => {
  const committed = committedCurated();
  return buildWith({
    ...(given.bytes ? { bytes: given.bytes } : {}),
    ...(given.config ? { config: given.config } : {}),
    ...('identifiers' in given ? { identifiers: given.identifiers } : {}),
    curated: {
      sdgLinks: given.sdgLinks === undefined ? committed.sdgLinks : { file: 'sources/sdg-links.csv', text: given.sdgLinks },
      indicatorActuals: given.actuals === undefined ? committed.indicatorActuals : { file: 'sources/indicator-actuals.csv', text: given.actuals },
    },
  });
};

export const buildBytes = (bytes: Uint8Array, file = 'input.txt', sdgLinks = readFileSync(paths.sdgLinks, 'utf8')): Promise<BuildResult> =>
  buildWith({ bytes, file, curated: { ...committedCurated(), sdgLinks: { file: 'sources/sdg-links.csv', text: sdgLinks } } });

/** The committed plan text with curated actuals from a fixture (test/fixtures/…, never sources/), built in-process as the CLI builds it. */
export const buildWithActuals = (fixture: string): Promise<BuildResult> => buildSeedWith({ actuals: readFileSync(join(root, fixture), 'utf8') });

/**
 * The model stages alone (parseModel with a reporter of its own, no files): the model and the source's
 * lines when the stages got that far, and everything they reported.
 */
export const parsedModel = (bytes: Uint8Array, file: string, cfg: Config, curated: BuildInput['curated'], period?: PlanPeriod) => {
  const { value, diagnostics } = collect((report) => parseModel(bytes, file, cfg, curated, period, report));
  return { model: value?.model, lines: value?.lines, diagnostics };
};

let seed: Promise<BuildResult> | undefined;
/** The committed source, built once per test file. */
export const seedBuild = (): Promise<BuildResult> => (seed ??= buildBytes(seedBytes(), 'sources/yonezawa-zenki-kihon-keikaku.txt'));

let fresh: Promise<string> | undefined;
/**
 * The seed build (seedBuild) written out as `npm run build` lays out dist/, once per process, in a temporary
 * folder removed when the process exits: what the tests that hand files to other readers (sqlite3, openpyxl,
 * LibreOffice, pandas, R, DuckDB, a browser) read, so a fault of the build under test is named by the test of
 * what it breaks. That the committed dist/ is the same bytes is tested on its own (release:check-dist, and the
 * byte comparisons of typed-sqlite and linked-checksums). The folder is named dist; its parent stands in for
 * the repository root, where the README's recipes run.
 */
export const freshDist = (): Promise<string> =>
  (fresh ??= seedBuild().then((r) => {
    if (!r.ok) throw new Error(`the seed does not build: ${JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error'))}`);
    const top = mkdtempSync(join(tmpdir(), 'plan-fresh-'));
    process.once('exit', () => rmSync(top, { recursive: true, force: true }));
    const dist = join(top, 'dist');
    for (const [path, content] of r.files) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), content);
    }
    return dist;
  }));

let bundle: string | undefined;
/**
 * The CLI as `npm run build` runs it: the bundle scripts/bundle.mjs keeps up to date in .build/ (checked
 * once per `npm test`, or once per test process run alone), started by plain node — half the start-up
 * of tsx per run.
 */
export const cliBundle = (): string => {
  // npm test (scripts/test.mjs) brings the bundle up to date once for the whole run.
  if (bundle === undefined && process.env.PLAN_TEST_CLI) bundle = process.env.PLAN_TEST_CLI;
  if (bundle === undefined) {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bundling the CLI failed: ${r.stderr}`);
    bundle = join(root, '.build', 'cli.mjs');
  }
  return bundle;
};

export interface CliOptions {
  /** Variables added to the environment. */
  env?: Record<string, string>;
  /** The working directory (default: the repository root, where npm runs scripts). */
  cwd?: string;
}

export const runCli = (args: string[], { env = {}, cwd = root }: CliOptions = {}) => {
  const r = spawnSync(process.execPath, [cliBundle(), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    // A guard against a hang (a FIFO read would block for ever), not a bound on time: ~100× a build.
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
};

/** The files a build writes that are not text: the SQLite database, the workbook and the site's images. */
export const isBinaryFile = (path: string): boolean => /\.(sqlite|xlsx|png|ico)$/.test(path);

/** A text file of a build, held as text or (the site's pages) as its UTF-8 bytes; the binary files are not text. */
export const textOf = (files: ReadonlyMap<string, FileContent>, path: string): string => {
  const content = files.get(path);
  if (content === undefined) throw new Error(`build produced no ${path}`);
  if (typeof content === 'string') return content;
  if (isBinaryFile(path)) throw new Error(`${path} is a binary file, not text`);
  // A byte-order mark is part of the text (the chart CSVs carry one): kept, not consumed.
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
};

/** Rows of a table from an in-memory build, as the JSON file holds them. */
export const jsonOf = <T = Record<string, unknown>>(result: BuildResult, path: string): T => JSON.parse(textOf(result.files, path)) as T;

/** Every file under `dir`: relative path → its bytes as latin1 text (so binary files compare exactly). */
export const snapshot = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, `${prefix}${name}/`);
      else out[`${prefix}${name}`] = readFileSync(p, 'latin1');
    }
  };
  walk(dir, '');
  return out;
};
