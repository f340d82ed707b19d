// Reads a file with its bounds checked before any byte is read: the size from fstat (a 2 GB file is
// refused without reading it), only regular files (a FIFO or /dev/zero would never end), and the open
// itself cannot block (O_NONBLOCK: opening a FIFO with no writer waits for ever otherwise). With
// `noFollow` a symbolic link at the path is not followed (O_NOFOLLOW) but refused as what it is.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';

export type SourceFile = { kind: 'read'; bytes: Uint8Array } | { kind: 'too-large'; size: number } | { kind: 'not-regular'; what: string };

/** What a non-regular file is, in words for the message. */
export const fileKind = (stat: Stats): string =>
  stat.isDirectory()
    ? 'a directory'
    : stat.isFIFO()
      ? 'a FIFO (named pipe)'
      : stat.isCharacterDevice()
        ? 'a character device'
        : stat.isBlockDevice()
          ? 'a block device'
          : stat.isSocket()
            ? 'a socket'
            : stat.isSymbolicLink()
              ? 'a symbolic link'
              : 'a regular file';

const chunkBytes = 1 << 20;

/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them. Throws the OS error (ENOENT,
 * EACCES, EIO, …) for the caller to classify. A file that grows past the limit while it is read is
 * reported as too large, with the bytes seen so far.
 */
export const readSourceFile = (path: string, maxBytes: number, options: { noFollow?: boolean } = {}): SourceFile => {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0));
  } catch (e) {
    // O_NOFOLLOW's refusal of a link is ELOOP, which a loop of links on the way gives too: ask which.
    if (options.noFollow && (e as NodeJS.ErrnoException).code === 'ELOOP' && lstatSync(path).isSymbolicLink())
      return { kind: 'not-regular', what: 'a symbolic link' };
    throw e;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'not-regular', what: fileKind(stat) };
    if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // As much as fstat says is left and one byte more (to see the end), at least 64 KB (a file that grows), at most 1 MB.
      const chunk = Buffer.allocUnsafe(Math.min(chunkBytes, maxBytes + 1 - total, Math.max(stat.size - total + 1, 1 << 16)));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { kind: 'too-large', size: total };
    }
    return { kind: 'read', bytes: Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
};
