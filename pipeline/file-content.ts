// What a file of the build holds on its way to disk: its text (written as UTF-8) or its bytes — or, for a file
// the build has already written out of its memory (build({ spill }): the site's pages and images, as each is
// made), where it lies, with its size and SHA-256. A large plan's site does not fit in memory until the end
// (issue 23 §2: ~150 KB a KPI); its data files, which the build checks and compares, are always held.
import { sha256Hex } from './sha256.ts';

/** What a file of the build holds: text (written as UTF-8) or bytes. */
export type FileContent = string | Uint8Array;

/** The size and SHA-256 of a file of the build, over the bytes written. */
export interface FileFacts {
  path: string;
  bytes: number;
  sha256: string;
}

/** A file written out of the build's memory before the build ended: the file that holds its bytes, and their facts. */
export interface Spilled {
  readonly spilledTo: string;
  readonly facts: FileFacts;
}

/** A file of the build: held (text or bytes) or spilled. */
export type BuiltContent = FileContent | Spilled;

export const isSpilled = (content: BuiltContent): content is Spilled => typeof content !== 'string' && !(content instanceof Uint8Array);

/** The bytes a held file is written as. */
export const bytesOf = (content: FileContent): Uint8Array => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content);

/** The facts of a file from the bytes written. */
export const factsOf = (path: string, bytes: Uint8Array): FileFacts => ({ path, bytes: bytes.byteLength, sha256: sha256Hex(bytes) });

/**
 * Writes a file of the build out of its memory, now: its path under the output, its bytes; returns the file that
 * now holds them. The CLI's spill writes into a folder of its own beside --out, from which the writer renames each
 * file into the new output (write/output-dir.ts); nothing is published before the build and the write succeed.
 */
export type Spill = (path: string, bytes: Uint8Array) => string;

/** A file's size in bytes as written. */
export const sizeOf = (content: BuiltContent): number =>
  isSpilled(content) ? content.facts.bytes : typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
