// One build at a time per output: a lock file beside it, holding the owner's PID and host, created so that
// it exists complete or not at all. A lock whose process is gone (a killed build) is stale and taken
// over; a live one makes the second build stop and say who holds it. Every name it uses is created new
// (O_EXCL, never through a symbolic link), and what is at the lock's path is read only when it is a
// regular file of a lock's size: a FIFO, a device or a link there is refused without being opened.
import { hostname } from 'node:os';
import { OutBusy, OutRefused } from './errors.ts';
import { fileKind } from '../read/source-file.ts';
import type { WriteFs } from './fs.ts';

export interface Lock {
  path: string;
  release(): void;
}

export interface LockOptions {
  /** Whether a process is running (tests replace it). */
  alive?: (pid: number) => boolean;
  /** Lock-owner identity written into the file (tests replace it). */
  pid?: number;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // it exists, it is only not ours to signal
  }
};

const parseOwner = (text: string): { pid: number; host: string } | undefined => {
  const m = /^(\d+) (\S+)\n?$/.exec(text);
  return m ? { pid: Number(m[1]), host: m[2]! } : undefined;
};

/** More than any lock holds (a PID and a host name): a larger file is not a lock, and is not read. */
const LOCK_MAX_BYTES = 1024;

/** The text at the lock's path; undefined when nothing is there, '' for a file too large to be a lock. Refuses anything but a regular file, unread. */
const readLock = (fs: WriteFs, path: string): string | undefined => {
  const stat = fs.lstat(path);
  if (!stat) return undefined;
  if (!stat.isFile())
    throw new OutRefused(`${path} is ${fileKind(stat)}, not a lock file of this build; nothing was read or written: if no build is running, remove it`);
  return fs.readFile(path, LOCK_MAX_BYTES) ?? '';
};

/** Writes the draft of a lock; a draft of a killed build that had this PID (a regular file) is replaced, anything else there refused. */
const writeDraft = (fs: WriteFs, draft: string, content: string): void => {
  try {
    fs.writeFile(draft, content);
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const stat = fs.lstat(draft);
  if (stat && !stat.isFile()) throw new OutRefused(`${draft} is in the way: it is ${fileKind(stat)}, not a lock draft of this build; remove it`);
  if (stat) fs.unlink(draft);
  fs.writeFile(draft, content);
};

/**
 * Creates the lock with its content complete from the first instant (written aside, then hard-linked into
 * place, which fails when the lock exists), so no build ever reads a half-written lock. File systems
 * without hard links get an O_EXCL create instead.
 */
const create = async (fs: WriteFs, path: string, content: string, pid: number): Promise<void> => {
  const draft = `${path}.${pid}.new`;
  writeDraft(fs, draft, content);
  try {
    await fs.sync([draft], []);
    try {
      fs.link(draft, path);
    } catch (e) {
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
      fs.writeFile(path, content);
    }
  } finally {
    fs.unlink(draft);
  }
};

const thisHost = (): string => hostname().replace(/\s/g, '_') || 'localhost';

/** Why a lock's text keeps a build out, or undefined when the lock is stale (its process is gone). */
const busyReason = (text: string, path: string, pid: number, alive: (pid: number) => boolean): string | undefined => {
  const owner = parseOwner(text);
  if (!owner) return `${path} exists but is not a lock of this build; if no build is running, remove it`;
  const host = thisHost();
  // A lock naming our own PID is stale: this process takes the lock once, so it is a dead one's whose PID was reused.
  if (owner.host === host && (owner.pid === pid || !alive(owner.pid))) return undefined;
  return `another build (process ${owner.pid} on ${owner.host}) is writing this output; wait for it to finish${owner.host === host ? '' : `, or, if no build runs on ${owner.host}, remove ${path}`}`;
};

/** Says at once (before a build's work) that another build holds the lock; takes nothing. */
export const checkLock = (path: string, fs: WriteFs, options: LockOptions = {}): void => {
  const text = readLock(fs, path);
  const reason = text === undefined ? undefined : busyReason(text, path, options.pid ?? process.pid, options.alive ?? isAlive);
  if (reason) throw new OutBusy(reason);
};

export const acquireLock = async (path: string, fs: WriteFs, options: LockOptions = {}): Promise<Lock> => {
  const alive = options.alive ?? isAlive;
  const pid = options.pid ?? process.pid;
  const mine = `${pid} ${thisHost()}\n`;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      await create(fs, path, mine, pid);
      return {
        path,
        release: () => {
          if (readLock(fs, path) === mine) fs.unlink(path);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const text = readLock(fs, path);
    if (text === undefined) continue; // released in the meantime
    const reason = busyReason(text, path, pid, alive);
    if (reason) throw new OutBusy(reason);
    // Take the stale lock over by moving it aside first: of two builds doing so, only one succeeds.
    const aside = `${path}.stale-${pid}`;
    try {
      fs.rename(path, aside);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw e;
    }
    const moved = fs.readFile(aside, LOCK_MAX_BYTES);
    if (moved !== text) {
      // Another build took the stale lock over between our read and our move: put its lock back.
      try {
        fs.link(aside, path);
      } catch {
        // a third build holds the name now; both of the others see a lock and proceed as usual
      }
    }
    fs.unlink(aside);
  }
  throw new OutBusy(`could not take the lock ${path}: other builds keep taking it; try again`);
};
