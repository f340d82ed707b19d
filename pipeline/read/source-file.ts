// Reads the source file with its bounds checked before any byte is read: the size from fstat (a 2 GB
// file is refused without reading it), only regular files (a FIFO or /dev/zero would never end), and the
// open itself cannot block (O_NONBLOCK: opening a FIFO with no writer waits for ever otherwise).
import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

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
 * EACCES, EIO, …) for the CLI to classify. A file that grows past the limit while it is read is
 * reported as too large, with the bytes seen so far.
 */
export const readSourceFile = async (path: string, maxBytes: number): Promise<SourceFile> => {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { kind: 'not-regular', what: fileKind(stat) };
    if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(chunkBytes, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { kind: 'too-large', size: total };
    }
    return { kind: 'read', bytes: Buffer.concat(chunks, total) };
  } finally {
    await handle.close();
  }
};
