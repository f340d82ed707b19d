// What --out may name. Relative paths start where the user ran the command; a symbolic link is
// followed to its target (the build writes there and keeps the link). Refused, before anything is
// touched: an empty string, the file-system root, a file, the working directory or the source's folder
// or any folder that contains them, a folder holding .git, and any non-empty folder that is not a
// previous output of this build (see ownership.ts).
import { accessSync, constants, readlinkSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, parse, resolve, sep } from 'node:path';
import { asIoError, OutRefused } from './errors.ts';
import { nodeFs, type WriteFs } from './fs.ts';
import { inspectDir } from './ownership.ts';

export interface OutContext {
  /** Where a relative --out starts: the directory the user ran the command from. */
  base: string;
  /** Folders the output may neither be nor contain, each with what it is ("the working directory"). */
  keep: { path: string; what: string }[];
}

export interface OutTarget {
  /** --out as the user typed it, for messages. */
  typed: string;
  /** The directory written: absolute, every symbolic link resolved. */
  dir: string;
}

/** The real path of `path`, which may not exist yet: links are followed, a dangling one to where it points. */
export const realTarget = (path: string, hops = 0): string => {
  if (hops > 40) throw Object.assign(new Error(`ELOOP: too many symbolic links, realpath '${path}'`), { code: 'ELOOP', path });
  try {
    return realpathSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && (e as NodeJS.ErrnoException).code !== 'ENOTDIR') throw e;
  }
  const parent = dirname(path);
  if (parent === path) return path;
  const candidate = join(realTarget(parent, hops), parse(path).base);
  const stat = nodeFs.lstat(candidate);
  if (stat?.isSymbolicLink()) {
    const to = readlinkSync(candidate);
    return realTarget(isAbsolute(to) ? to : resolve(dirname(candidate), to), hops + 1);
  }
  return candidate;
};

const contains = (outer: string, inner: string): boolean => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

/** The nearest path above `dir` that exists (the root at the latest). */
const nearestExisting = (dir: string, fs: WriteFs): string => {
  let above = dirname(dir);
  while (!fs.lstat(above) && dirname(above) !== above) above = dirname(above);
  return above;
};

/** The directory to write for `--out typed`, or OutRefused saying why not. Reads, never writes. */
export const resolveOut = (typed: string, context: OutContext, fs: WriteFs = nodeFs): OutTarget => {
  const refuse = (why: string): never => {
    throw new OutRefused(`--out ${JSON.stringify(typed)} ${why}; nothing was written`);
  };
  if (typed.trim() === '') refuse('is empty (an unset variable?): give the folder to write the datasets into, e.g. --out dist');
  const dir = realTarget(resolve(context.base, typed));
  if (parse(dir).root === dir) refuse('is the root of the file system');
  // The nearest existing folder on the way must be a folder (not `README.md/out`).
  const above = nearestExisting(dir, fs);
  if (fs.lstat(above)?.isDirectory() === false) refuse(`is inside ${above}, which is not a directory`);
  const state = inspectDir(dir, fs);
  if (state.state === 'not-a-directory') refuse(`is ${state.what}, not a directory`);
  for (const keep of context.keep) {
    const kept = realTarget(keep.path);
    if (kept === dir) refuse(`is ${keep.what}`);
    if (contains(dir, kept)) refuse(`contains ${keep.what} (${kept})`);
  }
  if (state.state === 'foreign') refuse(state.why);
  return { typed, dir };
};

/**
 * Fails at once, before the build's work, when the folder that will hold the output cannot be written
 * (EROFS, EACCES): the nearest existing folder on the way is asked. Touches nothing.
 */
export const checkWritable = (dir: string): void => {
  const folder = nearestExisting(dir, nodeFs);
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch (e) {
    throw asIoError(e, folder);
  }
};
