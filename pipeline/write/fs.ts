// The few file operations the output writer needs, behind one small interface so the tests can make any
// of them fail (ENOSPC, EIO, …) or stop the "process" between two of them, the way a kill would. Each is
// one system call (or one read), so a test that stops the writer before each in turn stops it wherever a
// kill could. Synchronous, but for the fsyncs: the writer creates its files one after the other, then has
// them and their folders fsynced together (sync), so the disk can work on many at once.
import {
  closeSync,
  constants,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { bytesOf } from '../file-content.ts';
import { readSourceFile } from '../read/source-file.ts';

export interface WriteFs {
  /** lstat, or undefined when nothing is at the path. */
  lstat(path: string): Stats | undefined;
  readdir(path: string): string[];
  /** The text of the regular file at `path` (a symbolic link is not followed), or undefined when nothing or something else is there, or it has more than `maxBytes`. */
  readFile(path: string, maxBytes: number): string | undefined;
  readBytes(path: string): Uint8Array;
  /** Creates one folder (EEXIST when anything is at the path); with `parents`, mkdir -p. */
  mkdir(path: string, parents?: boolean): void;
  /** Creates a new file with `data`: never replaces or follows anything at the path (O_EXCL, O_NOFOLLOW: EEXIST). Not yet durable: see sync. */
  writeFile(path: string, data: string | Uint8Array): void;
  /**
   * fsync of `files` and `folders` (a folder's fsync makes the names in it survive a power cut; ignored
   * where the system cannot), all issued at once; rejects with the first failure once every one has ended.
   */
  sync(files: readonly string[], folders: readonly string[]): Promise<void>;
  rename(from: string, to: string): void;
  /** Removes an empty folder. */
  rmdir(path: string): void;
  unlink(path: string): void;
  /** A hard link; fails with EEXIST when `to` exists (never replaces). */
  link(from: string, to: string): void;
}

const absentCodes = new Set(['ENOENT', 'ENOTDIR']);
/** What a directory's open or fsync fails with where the system cannot sync directories (not an I/O error). */
const noDirectorySync = new Set(['EINVAL', 'EISDIR', 'ENOTSUP', 'EOPNOTSUPP', 'EPERM', 'EBADF']);
/** How many fsyncs are in flight at most (each holds a descriptor; libuv runs four at a time). */
const syncWindow = 64;

/** System-call errors carry no path: name the file, the user needs to know where the disk failed. */
const named = (e: unknown, path: string): unknown => {
  if (typeof (e as NodeJS.ErrnoException).path !== 'string') (e as NodeJS.ErrnoException).path = path;
  return e;
};

const syncOne = async (path: string, folder: boolean): Promise<void> => {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (folder ? (constants.O_DIRECTORY ?? 0) : 0));
  } catch (e) {
    if (folder && noDirectorySync.has((e as NodeJS.ErrnoException).code ?? '')) return; // some systems cannot open a folder
    throw named(e, path);
  }
  try {
    await handle.sync();
  } catch (e) {
    if (!(folder && noDirectorySync.has((e as NodeJS.ErrnoException).code ?? ''))) throw named(e, path);
  } finally {
    await handle.close();
  }
};

export const nodeFs: WriteFs = {
  lstat: (path) => {
    try {
      return lstatSync(path);
    } catch (e) {
      if (absentCodes.has((e as NodeJS.ErrnoException).code ?? '')) return undefined;
      throw e;
    }
  },
  readdir: (path) => readdirSync(path),
  readFile: (path, maxBytes) => {
    try {
      const read = readSourceFile(path, maxBytes, { noFollow: true });
      return read.kind === 'read' ? Buffer.from(read.bytes).toString('utf8') : undefined;
    } catch (e) {
      if (absentCodes.has((e as NodeJS.ErrnoException).code ?? '')) return undefined;
      throw e;
    }
  },
  readBytes: (path) => readFileSync(path),
  mkdir: (path, parents = false) => void mkdirSync(path, { recursive: parents }),
  writeFile: (path, data) => {
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0));
    try {
      const bytes = bytesOf(data);
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (e) {
      throw named(e, path);
    } finally {
      closeSync(fd);
    }
  },
  sync: async (files, folders) => {
    const all = [...files.map((path) => ({ path, folder: false })), ...folders.map((path) => ({ path, folder: true }))];
    for (let i = 0; i < all.length; i += syncWindow) {
      const ended = await Promise.allSettled(all.slice(i, i + syncWindow).map(({ path, folder }) => syncOne(path, folder)));
      const failed = ended.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    }
  },
  rename: (from, to) => renameSync(from, to),
  rmdir: (path) => rmdirSync(path),
  unlink: (path) => unlinkSync(path),
  link: (from, to) => linkSync(from, to),
};
