// The files the build reads from the repository — dataset.config.json, sources/source.json and the plan
// text it names, the curated CSVs of sources/, the committed schemas — are input like the plan text: each
// must be a regular file of bounded size inside the repository, and is refused, named, before a byte of
// it is read (a symbolic link to /dev/zero would read for ever, a FIFO would hang the build, a path or a
// link leading out of the repository would publish or hash a file that is not ours).
// A symbolic link is followed while its target stays inside the repository: git keeps links, and a link
// from one file of the repository to another reads a file of the repository, which is all the rule is
// for; its target is checked as the file itself would be.
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Reporter } from '../diagnostics.ts';
import { root as repository } from '../paths.ts';
import { fileKind, readSourceFile } from './source-file.ts';

/** The size limit of the settings files and of each committed schema (the largest today is 84 KB). */
export const committedFileMaxBytes = 4 * 1024 * 1024;

/** A file of the repository the build will not read; `reason` says what it is and what was expected. */
export class InputRefused extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    /** Set when the file was refused for its size alone: how many bytes it has (at least). */
    readonly size?: number,
  ) {
    super(`${path}: ${reason}`);
  }
}

const inside = (outer: string, inner: string): boolean => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

export interface InputOptions {
  /** At most this many bytes. */
  maxBytes: number;
  /** The limit as the message says it (default: "N bytes"). */
  limit?: string;
  /** The folder the file must resolve inside: the repository (default). */
  within?: string;
}

/**
 * The bytes of the file at `path`, checked before it is read: it resolves inside `within`, is a regular
 * file (a link is followed only to one), and holds at most `maxBytes`. Throws InputRefused, or the OS
 * error when nothing is at the path (ENOENT) or a read fails.
 */
export const readInput = (path: string, options: InputOptions): Uint8Array => {
  const { maxBytes, limit = `${maxBytes} bytes`, within = repository } = options;
  const refuse = (what: string, size?: number): never => {
    throw new InputRefused(path, `${what}; expected a regular file of at most ${limit} inside ${within}`, size);
  };
  // A path that leads out (`../../etc/passwd`) is refused as it is written: nothing outside is even looked at.
  if (!inside(resolve(within), resolve(path))) return refuse('is outside the repository');
  const link = lstatSync(path).isSymbolicLink();
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (link && code === 'ENOENT') return refuse('is a symbolic link to nothing');
    if (link && code === 'ELOOP') return refuse('is a loop of symbolic links');
    throw e;
  }
  if (!inside(realpathSync(within), real))
    return refuse(link ? `is a symbolic link to ${real}, outside the repository` : `resolves to ${real}, outside the repository`);
  const via = link ? `a symbolic link to ${real}, ` : '';
  const stat = lstatSync(real);
  if (!stat.isFile()) return refuse(`is ${via}${fileKind(stat)}`);
  const tooLarge = (size: number): never => refuse(`is ${via}${size} bytes, more than ${limit}`, size);
  if (stat.size > maxBytes) return tooLarge(stat.size);
  // The checked target itself, never a link put there since (O_NOFOLLOW), and never more than the limit.
  const read = readSourceFile(real, maxBytes, { noFollow: true });
  if (read.kind === 'not-regular') return refuse(`is ${via}${read.what}`);
  if (read.kind === 'too-large') return tooLarge(read.size);
  return read.bytes;
};

/**
 * A settings file's text (UTF-8, as JSON.parse takes it). The file must resolve inside the repository,
 * or, for a file named outside it (a test's copy), inside its own folder. A refusal is a cli:input-unusable
 * error at the file, and the stages stop; an OS error is thrown (the command's edge says cli:io).
 */
export const readSettingsText = (file: string, report: Reporter, shown: string): string => {
  const within = inside(repository, resolve(file)) ? repository : dirname(resolve(file));
  try {
    return Buffer.from(readInput(file, { maxBytes: committedFileMaxBytes, within })).toString('utf8');
  } catch (e) {
    if (e instanceof InputRefused) report.fail('cli:input-unusable', { file: shown, line: 0 }, { detail: e.reason });
    throw e;
  }
};
