// The command line: checks --out before anything else, reads the source (bounded, regular files only),
// the config and the committed schemas, runs the pipeline, and puts the result into the output
// directory only when everything validated (pipeline/write/). Everything it finds goes into one Reporter;
// it prints the first diagnostics, sorted by place, and counts the rest; never a stack trace. Exit status:
// see `exitStatus` (the rules a run stops on give theirs, rules.ts).
import { existsSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { showHidden } from './characters.ts';
import { applyEnvironment, environmentKeys, environmentName, unknownEnvironment } from './config.ts';
import { bilingual, formatFailure, formatInternal, Reporter, runStagesAsync } from './diagnostics.ts';
import { formatFirst } from './diagnostics-limit.ts';
import type { JsonSchema } from './emit/output-format.ts';
import type { BuiltContent, Spill } from './file-content.ts';
import { committedFileMaxBytes, InputRefused, readInput, readSettingsText } from './read/input-file.ts';
import { placeOfKey } from './read/json-place.ts';
import { readConfig, readLinkedIdentifiers, readSourceInfo } from './read/settings.ts';
import { readSourceFile, type SourceFile } from './read/source-file.ts';
import { checkSourceHash } from './read/source-hash.ts';
import type { Snapshot } from './release/snapshot.ts';
import { exitOf, exitStatusOf, type RuleId } from './rules.ts';
import { IoError, OutBusy, OutRefused, asIoError } from './write/errors.ts';
import { checkLock } from './write/lock.ts';
import { nodeFs } from './write/fs.ts';
import { checkWritable, resolveOut } from './write/out-path.ts';
import { sideNames, writeOutput, type WriteStep } from './write/output-dir.ts';

import { paths, root } from './paths.ts';

export { paths, root };

/** The CLI's exit statuses (docs/cli.md: "Exit status"). */
export const exitStatus = {
  built: 0,
  /** The source has errors: every one is printed (up to PRINT_LIMIT), nothing is written. */
  dataErrors: 1,
  /** A bad option or setting, an unusable --source or a refused --out: nothing is written. */
  usage: 2,
  /** The system failed a read or write (disk full, read-only, permission, I/O error): the previous output is kept. */
  io: 3,
  /** Another build is writing the same --out (its lock is held): nothing is written. */
  busy: 4,
} as const;

const usage = `使い方: npm run build -- [--source ファイル] [--out フォルダ]
  --source ファイル  読む計画本文（既定: sources/source.json が名指す sources/ のファイル。source.json の
                     sha256 と照合する）
  --out フォルダ     データセットを書き込むフォルダ（既定: dist）。存在しないか、空か、このビルドの前回の
                     出力（.dataset-build を持ち、ほかに何もない）であること。
相対パスはコマンドを実行したフォルダ（npm の INIT_CWD）から数える。
終了コード: 0 成功。1 データの誤り。2 指定の誤り（不正なオプションや設定、使えない --source、拒否された
  --out）。3 入出力の誤り（ディスクの空き不足、読み取り専用、権限。前回の出力はそのまま）。4 別のビルドが
  --out に書き込み中。0 以外のときは何も書かない。

usage: npm run build -- [--source FILE] [--out DIR]
  --source FILE  plan text to read (default: sources/<file named in sources/source.json>, checked
                 against the sha256 source.json states)
  --out DIR      folder to write the datasets into (default: dist). It must be absent, empty, or a
                 previous output of this build (it holds .dataset-build and nothing else).
Relative paths start in the folder you ran the command from (npm's INIT_CWD).
exit status: 0 built; 1 data errors; 2 usage errors (bad option or setting, unusable --source, refused
  --out); 3 I/O error (disk full, read-only, permission; the previous output is kept); 4 another build
  is writing --out. Nothing is written unless the status is 0.`;

class UsageError extends Error {
  constructor(
    message: string,
    /** Whether the usage text helps (a bad option does; a refused path says all there is to say). */
    readonly showUsage = false,
    readonly ruleId: 'cli:usage' | 'cli:source-unusable' = 'cli:usage',
  ) {
    super(message);
  }
}

/** Codes that mean "the path names nothing usable", which is the user's to fix (exit 2), not the system's. */
const missingCodes = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG']);

/** The committed schemas, each a file of the repository (read/input-file.ts: InputRefused when one is not). */
export const loadSchemas = async (dir: string): Promise<Map<string, JsonSchema>> => {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.schema.json'))
    .sort();
  const out = new Map<string, JsonSchema>();
  for (const n of names) {
    const text = Buffer.from(readInput(join(dir, n), { maxBytes: committedFileMaxBytes })).toString('utf8');
    out.set(n.slice(0, -'.schema.json'.length), JSON.parse(text) as JsonSchema);
  }
  return out;
};

/**
 * Where relative paths start. npm runs scripts in the package folder and puts the folder the user typed
 * the command in into INIT_CWD; when the CLI is started directly, the working directory is that folder.
 */
export const startingFolder = (cwd: string, env: Record<string, string | undefined>): string => {
  const init = env.INIT_CWD;
  if (!init) return cwd;
  try {
    return realpathSync(cwd) === realpathSync(root) ? resolve(init) : cwd;
  } catch {
    return cwd;
  }
};

/**
 * Test hooks, read only from the environment of a test: PLAN_TEST_STOP_AFTER=<step> kills the process
 * (SIGKILL) after that step of the write; PLAN_TEST_WAIT_AFTER=<step>:<file> waits there until <file> exists.
 */
const testHook =
  (env: Record<string, string | undefined>) =>
  (step: WriteStep): void => {
    if (env.PLAN_TEST_STOP_AFTER === step) process.kill(process.pid, 'SIGKILL');
    const wait = env.PLAN_TEST_WAIT_AFTER?.split(':');
    if (wait?.[0] === step && wait[1]) {
      process.stderr.write(`waiting after ${step}\n`);
      const pause = new Int32Array(new SharedArrayBuffer(4));
      for (let waited = 0; !existsSync(wait[1]) && waited < 120_000; waited += 20) Atomics.wait(pause, 0, 0, 20);
    }
  };

/** The output in `dir` as a snapshot, when there is one to read (a fresh clone has no dist/). */
const previousOutput = async (dir: string): Promise<Snapshot | undefined> => {
  if (!existsSync(dir)) return undefined;
  const { readSnapshot, SnapshotError } = await import('./release/snapshot.ts');
  try {
    return readSnapshot(dir);
  } catch (e) {
    if (e instanceof SnapshotError) return undefined;
    throw e;
  }
};

const sameFile = (a: string, b: string): boolean => {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
};

/** What `run` got to, for the message of a failure: the --out as typed, once it is known. */
interface Progress {
  out?: string;
}

/**
 * One build: what it finds goes into `report`, which `print` writes out (once) before anything is written
 * and before a failure's line. Throws what only the command can say (a bad option, a refused --out).
 */
const run = async (argv: string[], env: Record<string, string | undefined>, progress: Progress, report: Reporter, print: () => void): Promise<number> => {
  const options = { source: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
  let values: ReturnType<typeof parseArgs<{ options: typeof options; strict: true; allowPositionals: false }>>['values'];
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new UsageError((e as Error).message, true);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return exitStatus.built;
  }
  const cwd = process.cwd();
  const base = startingFolder(cwd, env);
  // Paths in messages: relative to where the user is when below it, else absolute.
  const shown = (path: string): string => {
    const r = relative(base, path);
    return r === '' ? '.' : r.startsWith('..') || isAbsolute(r) ? path : r;
  };
  for (const name of unknownEnvironment(env)) {
    const known = environmentKeys.map((k) => `$${environmentName(k)}`).join(' and ');
    report.warning('cli:unknown-setting', { file: `$${showHidden(name)}`, line: 0 }, { known });
  }
  const config = applyEnvironment(readConfig(report, paths.config, shown(paths.config)), env, report);
  const source = readSourceInfo(report, paths.sourceInfo, shown(paths.sourceInfo));
  const identifiers = readLinkedIdentifiers(config, report, paths.linkedIdentifiers, shown(paths.linkedIdentifiers));
  if (values.source !== undefined && values.source.trim() === '')
    throw new UsageError('--source "" is empty (an unset variable?): give the plan text to read', false, 'cli:source-unusable');
  const defaultSource = join(root, 'sources', source.file);
  const sourcePath = values.source === undefined ? defaultSource : resolve(base, values.source);
  const display = shown(sourcePath);

  // --out first: a refused output is said before any work, and nothing is touched.
  const out = resolveOut(values.out ?? shown(join(root, 'dist')), {
    base,
    keep: [
      { path: base, what: 'the folder you ran the command from' },
      { path: cwd, what: 'the working directory' },
      { path: dirname(sourcePath), what: `the folder of the source file ${display}` },
    ],
  });
  progress.out = out.typed;
  // Said before the work, too (the writer checks again when it writes): a read-only or busy output.
  checkWritable(out.dir);
  checkLock(sideNames(out.dir).lock, nodeFs);

  // The other files of the repository the build reads are checked before a byte is read (read/input-file.ts):
  // one that is refused stops the run with a cli:input-unusable error at it.
  const orRefused = async <T>(read: () => T | Promise<T>): Promise<T> => {
    try {
      return await read();
    } catch (e) {
      if (e instanceof InputRefused) report.fail('cli:input-unusable', { file: shown(e.path), line: 0 }, { detail: e.reason });
      throw e;
    }
  };
  const sourceLimit = `${config.maxSourceBytes} bytes (maxSourceBytes in dataset.config.json)`;
  /** The default text, named by source.json: a refusal is said at its "file" (too large is read:size, as for --source). */
  const readDefaultSource = (): SourceFile => {
    try {
      return { kind: 'read', bytes: readInput(sourcePath, { maxBytes: config.maxSourceBytes, limit: sourceLimit }) };
    } catch (e) {
      if (!(e instanceof InputRefused)) throw e;
      if (e.size !== undefined) return { kind: 'too-large', size: e.size };
      const info = readSettingsText(paths.sourceInfo, report, shown(paths.sourceInfo));
      return report.fail(
        'cli:input-unusable',
        { file: shown(paths.sourceInfo), ...placeOfKey(info, ['file']) },
        { sourceFile: JSON.stringify(source.file), display, detail: e.reason },
      );
    }
  };
  let file: SourceFile;
  try {
    file = values.source === undefined ? readDefaultSource() : readSourceFile(sourcePath, config.maxSourceBytes);
  } catch (e) {
    const io = asIoError(e, sourcePath);
    if (io instanceof IoError && missingCodes.has(io.code))
      throw new UsageError(`cannot read --source ${JSON.stringify(values.source ?? display)}: ${io.code} (${io.detail})`, false, 'cli:source-unusable');
    throw io;
  }
  if (file.kind === 'not-regular')
    throw new UsageError(
      `--source ${JSON.stringify(values.source ?? display)} is ${file.what}, not a regular file; nothing was read`,
      false,
      'cli:source-unusable',
    );
  const failed = (): number => {
    print();
    const why = bilingual({
      ja: `ビルドに失敗した: エラー ${report.errorCount} 件。${out.typed} は元のまま`,
      en: `build failed: ${report.errorCount} error(s); ${out.typed} left as it was`,
    });
    process.stderr.write(`${why}\n`);
    return exitStatusOf(report.diagnostics);
  };
  if (file.kind === 'too-large') {
    report.error('read:size', { file: display, line: 0 }, { bytes: file.size, maxBytes: config.maxSourceBytes });
    return failed();
  }
  const { bytes } = file;
  // The default text must be the one source.json describes (a changed text needs a new description). Its
  // error does not stop the build: the build's own diagnostics are printed with it.
  if (sameFile(sourcePath, defaultSource))
    checkSourceHash(
      bytes,
      source.sha256,
      { file: shown(paths.sourceInfo), text: readSettingsText(paths.sourceInfo, report, shown(paths.sourceInfo)) },
      display,
      report,
    );
  /** A curated supplement in sources/, when the repository has it: at most maxSourceBytes, like the plan text. */
  const curatedFile = async (path: string) =>
    nodeFs.lstat(path)
      ? {
          file: shown(path),
          text: Buffer.from(await orRefused(() => readInput(path, { maxBytes: config.maxSourceBytes, limit: sourceLimit }))).toString('utf8'),
        }
      : undefined;
  const curated = { sdgLinks: await curatedFile(paths.sdgLinks), indicatorActuals: await curatedFile(paths.indicatorActuals) };
  const schemas = await orRefused(() => loadSchemas(paths.schemas));
  // Loaded only now: a refused --out or input is answered before the pipeline's modules load.
  const { build } = await import('./build.ts');
  const spilling = spillBeside(out.dir);
  try {
    const result = await build({
      bytes,
      file: display,
      config,
      source,
      identifiers,
      schemas,
      schemaDir: shown(paths.schemas),
      curated,
      spill: spilling?.spill,
    });
    for (const d of result.diagnostics) report.add(d);
    if (!result.ok || report.hasErrors()) return failed();
    // What the build changes in the output it replaces, named on stderr only (release/replaced-output.ts): an
    // output that is absent, or not a build, is compared with nothing.
    const previous = await previousOutput(out.dir);
    if (previous) {
      const [{ compareWithPrevious }, { snapshotOfFiles }] = await Promise.all([import('./release/replaced-output.ts'), import('./release/snapshot.ts')]);
      compareWithPrevious(previous, snapshotOfFiles(out.dir, result.files), display, out.typed, report);
    }
    print();
    const files = new Map<string, BuiltContent>([...result.files, ...result.spilled]);
    const written = await writeOutput(out.dir, files, {
      after: testHook(env),
      note: (message) => process.stderr.write(`note: ${out.typed}: ${bilingual(message)}\n`),
      spillFolder: spilling?.folder,
    });
    const n = files.size;
    process.stderr.write(
      `${bilingual(
        written === 'written'
          ? { ja: `${n} 個のファイルを ${out.typed} に書いた`, en: `built ${n} files into ${out.typed}` }
          : {
              ja: `${n} 個のファイルを作った。${out.typed} にはすでに同じバイトのファイルがあるので、何も書かなかった`,
              en: `built ${n} files; ${out.typed} already holds them, byte for byte: nothing written`,
            },
      )}\n`,
    );
    return exitStatus.built;
  } finally {
    spilling?.remove();
  }
};

/**
 * Where the build writes the site's files as each is made, instead of holding them to the end (issue 23 §2: a
 * large plan's site does not fit in memory): a folder of this process beside --out (`sideNames(out).spill` and
 * the PID), made on the first file — a build that stops before its site makes nothing — from which the writer
 * renames each file into the new output (write/output-dir.ts). Removed when the build ends, whatever the outcome;
 * the folder of a build that was killed is removed by the next (recover). None where --out's folder does not
 * exist yet: nothing is made there before the build succeeds, and every file is held.
 */
export const spillBeside = (outDir: string): { spill: Spill; folder: string; remove: () => void } | undefined => {
  if (!nodeFs.lstat(dirname(outDir))?.isDirectory()) return undefined;
  const folder = `${sideNames(outDir).spill}${process.pid}`;
  let made = false;
  return {
    folder,
    spill: (path, bytes) => {
      if (!made) {
        nodeFs.mkdir(folder); // not -p: fails when anything is there
        made = true;
      }
      const target = join(folder, path);
      nodeFs.mkdir(dirname(target), true);
      nodeFs.writeFile(target, bytes);
      return target;
    },
    remove: () => {
      if (made && nodeFs.lstat(folder)) rmSync(folder, { recursive: true, force: true });
    },
  };
};

/**
 * One line on stderr and the exit status for anything `run` throws; never a stack trace. Each line ends
 * with its rule id, like a diagnostic (formatFailure), and the rule gives the exit status.
 */
const failure = (e: unknown, out: string | undefined): { message: string; status: number } => {
  const line = (formatted: string, ruleId: RuleId) => ({ message: formatted, status: exitOf(ruleId) });
  if (e instanceof UsageError) {
    const { message, status } = line(formatFailure(e.ruleId, { detail: e.message }), e.ruleId);
    return { message: e.showUsage ? `${message}\n${usage}` : message, status };
  }
  if (e instanceof OutRefused) return line(formatFailure('cli:out-refused', { detail: e.message }), 'cli:out-refused');
  if (e instanceof OutBusy) return line(formatFailure('cli:out-busy', { out: JSON.stringify(out ?? 'dist'), detail: e.message }), 'cli:out-busy');
  const io = asIoError(e, '');
  if (io instanceof IoError) return line(formatFailure('cli:io', { detail: io.message, out: out === undefined ? undefined : JSON.stringify(out) }), 'cli:io');
  return { message: formatInternal(e), status: exitOf('cli:internal') };
};

/**
 * How far V8 lets its heap grow past what was live at its last full collection: at most 1.25×. When collecting is
 * cheap, as in a build, V8 lets it grow up to 4×, and a build makes garbage fast (every page's text, every
 * entity's triples) around little live data. The CLI's peak RSS at 2,016 KPIs: 754–913 MiB with V8's own growth,
 * ~530 MiB at 1.5×; at 8,016 KPIs: 1,026 MiB at 1.5×, 840–893 MiB at 1.25×, for ~0.3 % more CPU in full
 * collections (BENCHMARKS.md, issue 23 §2). Not a limit: the heap still grows as far as a plan needs, so a
 * larger plan builds, never runs out of memory sooner. Set by the CLI alone, for its own process.
 */
export const heapGrowth = '--heap-growing-percent=25';

const main = async (): Promise<void> => {
  setFlagsFromString(heapGrowth);
  const progress: Progress = {};
  const report = new Reporter();
  let printed = false;
  const print = (): void => {
    if (!printed) process.stderr.write(formatFirst(report.diagnostics));
    printed = true;
  };
  try {
    // Stopped (a setting at fault): the status its rules give.
    const status = await runStagesAsync(report, () => run(process.argv.slice(2), process.env, progress, report, print));
    print();
    process.exitCode = status ?? exitStatusOf(report.diagnostics);
  } catch (e) {
    print();
    const { message, status } = failure(e, progress.out);
    process.stderr.write(`${message}\n`);
    process.exitCode = status;
  }
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
