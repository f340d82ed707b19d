// What every release command shares at the edge: usage errors exit 2 with the usage text, any other
// failure prints one line (never a stack trace) and exits 1.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export class UsageError extends Error {}

export const runMain = async (run: (argv: string[]) => Promise<number>, usage: string): Promise<void> => {
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${usage}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`error: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
    process.exitCode = 1;
  }
};

/** True when the module at `url` is the script node was started with (not an import). */
export const isEntryPoint = (url: string): boolean => Boolean(process.argv[1]) && resolve(process.argv[1]!) === fileURLToPath(url);
