// The few file operations the output writer needs, behind one small interface so the tests can make any
// of them fail (ENOSPC, EIO, …) or stop the "process" between two of them, the way a kill would.
// Synchronous: the CLI does one thing at a time, and each step must be finished before the next starts.
import {
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';

export interface WriteFs {
  /** lstat, or undefined when nothing is at the path. */
  lstat(path: string): Stats | undefined;
  readdir(path: string): string[];
  readFile(path: string): string;
  readBytes(path: string): Uint8Array;
  /** mkdir -p. */
  mkdir(path: string): void;
  /** Writes and fsyncs a file; `exclusive` fails with EEXIST when the path exists (O_EXCL). */
  writeFile(path: string, data: string | Uint8Array, options?: { exclusive?: boolean }): void;
  rename(from: string, to: string): void;
  /** rm -rf. */
  rm(path: string): void;
  /** fsync of a directory, so a rename in it survives a power cut (ignored where the OS cannot). */
  syncDir(path: string): void;
  /** A hard link; fails with EEXIST when `to` exists (never replaces). */
  link(from: string, to: string): void;
  unlink(path: string): void;
}

const absentCodes = new Set(['ENOENT', 'ENOTDIR']);

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
  readFile: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => readFileSync(path),
  mkdir: (path) => void mkdirSync(path, { recursive: true }),
  writeFile: (path, data, options) => {
    const fd = openSync(path, options?.exclusive ? 'wx' : 'w');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } catch (e) {
      // write(2) and fsync(2) errors carry no path: name the file, the user needs to know where the disk filled.
      if (typeof (e as NodeJS.ErrnoException).path !== 'string') (e as NodeJS.ErrnoException).path = path;
      throw e;
    } finally {
      closeSync(fd);
    }
  },
  rename: (from, to) => renameSync(from, to),
  rm: (path) => rmSync(path, { recursive: true, force: true }),
  syncDir: (path) => {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return; // some systems cannot open a directory; the rename is done, only its durability is weaker
    }
    try {
      fsyncSync(fd);
    } catch {
      // EINVAL/EISDIR: the file system does not sync directories.
    } finally {
      closeSync(fd);
    }
  },
  link: (from, to) => linkSync(from, to),
  unlink: (path) => unlinkSync(path),
};
