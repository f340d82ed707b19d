// What every release command shares at the edge, as the build's CLI does it: what a command finds goes
// into one Reporter, printed by the same formatter (the first diagnostics by place, one `file:line:column
// severity  reason  (rule)` line each) before the command's own lines; the rules a run stops on give its
// exit status. A bad option is `reason  (cli:usage)` and the usage text (exit 2), a folder that is not a
// build release:not-a-build (exit 2), a failed read or write cli:io (exit 3), anything else a bug of ours:
// one cli:internal line (exit 1), never a stack trace. Commands write through an Io, so the tests can run
// them in-process as well as the way a user does.
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { bilingual, formatFailure, formatInternal, Reporter, runStagesAsync } from '../diagnostics.ts';
import { formatFirst } from '../diagnostics-limit.ts';
import { exitOf, exitStatusOf, type Message } from '../rules.ts';
import { asIoError, IoError } from '../write/errors.ts';
import { SnapshotError } from './snapshot.ts';

export class UsageError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
}

/**
 * parseArgs, with unknown options turned into usage errors and --help answered with the usage text.
 * Undefined means the usage was printed and the command is done.
 */
export const parseCommandLine = <T extends ParseArgsConfig>(config: T, io: Io, usage: string): ReturnType<typeof parseArgs<T>> | undefined => {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if ((parsed.values as { help?: unknown }).help) {
    io.out(`${usage}\n`);
    return undefined;
  }
  return parsed;
};

/** A path as a diagnostic names it: relative to the working directory when below it, else as it is. */
export const shownPath = (path: string): string => {
  const r = relative(process.cwd(), resolve(path));
  return r === '' ? '.' : r.startsWith('..') || isAbsolute(r) ? path : r;
};

/** A command: arguments in, exit status out; what it finds goes into `report`. */
export type Command = (argv: string[], io: Io, report: Reporter) => Promise<number>;

/** The line and exit status of what a command throws (what it reports is printed before it). */
const failure = (e: unknown, usage: string): { line: string; status: number } => {
  if (e instanceof UsageError) return { line: `${formatFailure('cli:usage', { detail: e.message })}\n${usage}`, status: exitOf('cli:usage') };
  const io = asIoError(e, '');
  if (io instanceof IoError) return { line: formatFailure('cli:io', { detail: io.message, command: true }), status: exitOf('cli:io') };
  return { line: formatInternal(e), status: exitOf('cli:internal') };
};

/** A command's line for a check that passed: `ok: 日本語 ／ English`, as every message is printed (diagnostics.ts: bilingual). */
export const okLine = (m: Message): string => `ok: ${bilingual(m)}\n`;

export const execute = async (command: Command, usage: string, argv: string[], io: Io): Promise<number> => {
  const report = new Reporter();
  // The command's own lines ("ok: …", a count) follow its diagnostics, as the build's summary follows its.
  let said = '';
  const held: Io = { out: io.out, err: (text) => (said += text), env: io.env };
  let status: number;
  let line = '';
  try {
    const returned = await runStagesAsync(report, () => command(argv, held, report));
    // A run that reported an error never exits 0; one that stopped exits as its rules say.
    status = Math.max(returned ?? 0, exitStatusOf(report.diagnostics));
  } catch (e) {
    if (e instanceof SnapshotError) {
      report.error('release:not-a-build', { file: shownPath(e.file), line: 0 }, { detail: e.reason });
      status = exitStatusOf(report.diagnostics);
    } else ({ line, status } = failure(e, usage));
  }
  io.err(formatFirst(report.diagnostics));
  io.err(said);
  if (line !== '') io.err(`${line}\n`);
  return status;
};

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env: process.env };

export const runMain = async (command: Command, usage: string): Promise<void> => {
  process.exitCode = await execute(command, usage, process.argv.slice(2), processIo);
};

/** True when the module at `url` is the script node was started with (not an import). */
export const isEntryPoint = (url: string): boolean => Boolean(process.argv[1]) && resolve(process.argv[1]!) === fileURLToPath(url);
