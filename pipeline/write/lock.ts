// One build at a time per output: a lock file beside it, created with O_EXCL, holding the owner's PID and
// host. A lock whose process is gone (a killed build) is stale and taken over; a live one makes the
// second build stop and say who holds it.
import { hostname } from 'node:os';
import { OutBusy } from './errors.ts';
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

const readOrUndefined = (fs: WriteFs, path: string): string | undefined => {
  try {
    return fs.readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
};

/**
 * Creates the lock with its content complete from the first instant (written aside, then hard-linked into
 * place, which fails when the lock exists), so no build ever reads a half-written lock. File systems
 * without hard links get an O_EXCL create instead.
 */
const create = (fs: WriteFs, path: string, content: string, pid: number): void => {
  const draft = `${path}.${pid}.new`;
  fs.writeFile(draft, content);
  try {
    fs.link(draft, path);
  } catch (e) {
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    fs.writeFile(path, content, { exclusive: true });
  } finally {
    fs.unlink(draft);
  }
};

const owner = (fs: WriteFs, path: string, options: LockOptions): { pid: number; host: string; live: boolean } | undefined => {
  const text = readOrUndefined(fs, path);
  if (text === undefined) return undefined;
  const found = parseOwner(text);
  if (!found) return { pid: 0, host: '', live: true };
  const host = hostname().replace(/\s/g, '_') || 'localhost';
  const live = found.host !== host || (found.pid !== (options.pid ?? process.pid) && (options.alive ?? isAlive)(found.pid));
  return { ...found, live };
};

/** Says at once (before a build's work) that another build holds the lock; takes nothing. */
export const checkLock = (path: string, fs: WriteFs, options: LockOptions = {}): void => {
  const held = owner(fs, path, options);
  if (held?.live) throw new OutBusy(held.pid === 0 ? `${path} exists but is not a lock of this build; if no build is running, remove it` : `another build (process ${held.pid} on ${held.host}) is writing this output; wait for it to finish`);
};

export const acquireLock = (path: string, fs: WriteFs, options: LockOptions = {}): Lock => {
  const alive = options.alive ?? isAlive;
  const pid = options.pid ?? process.pid;
  const host = hostname().replace(/\s/g, '_') || 'localhost';
  const mine = `${pid} ${host}\n`;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      create(fs, path, mine, pid);
      return {
        path,
        release: () => {
          if (readOrUndefined(fs, path) === mine) fs.unlink(path);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const text = readOrUndefined(fs, path);
    if (text === undefined) continue; // released in the meantime
    const owner = parseOwner(text);
    if (!owner) throw new OutBusy(`${path} exists but is not a lock of this build; if no build is running, remove it`);
    // Stale: the process is gone (this host only). A lock naming our own PID is stale too: this process
    // takes the lock once, so it is a dead one's whose PID was reused.
    const stale = owner.host === host && (owner.pid === pid || !alive(owner.pid));
    if (!stale) {
      throw new OutBusy(
        `another build (process ${owner.pid} on ${owner.host}) is writing this output; wait for it to finish${owner.host === host ? '' : `, or, if no build runs on ${owner.host}, remove ${path}`}`,
      );
    }
    // Take the stale lock over by moving it aside first: of two builds doing so, only one succeeds.
    const aside = `${path}.stale-${pid}`;
    try {
      fs.rename(path, aside);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw e;
    }
    const moved = readOrUndefined(fs, aside);
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
