// What every release command shares at the edge: usage errors exit 2 with the usage text, any other
// failure prints one line (never a stack trace) and exits 1. Commands write through an Io, so the
// tests can run them in-process as well as the way a user does.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

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

/** A command: arguments in, exit status out. */
export type Command = (argv: string[], io: Io) => Promise<number>;

export const execute = async (command: Command, usage: string, argv: string[], io: Io): Promise<number> => {
  try {
    return await command(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${usage}\n`);
      return 2;
    }
    io.err(`error: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
    return 1;
  }
};

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env: process.env };

export const runMain = async (command: Command, usage: string): Promise<void> => {
  process.exitCode = await execute(command, usage, process.argv.slice(2), processIo);
};

/** True when the module at `url` is the script node was started with (not an import). */
export const isEntryPoint = (url: string): boolean => Boolean(process.argv[1]) && resolve(process.argv[1]!) === fileURLToPath(url);
