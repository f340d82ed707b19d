// The I/O floor of a build, for `npm run bench` (scripts/bench.ts): writes the exact bytes of a finished build,
// read from one pre-packed blob, with the build's own durability (pipeline/write/output-dir.ts) and nothing
// else — no parsing, no model, no emitters. What a build costs beyond this program is computation.
//   the lock beside the output (a draft written and fsynced, hard-linked into place, the draft removed);
//   every file into the staging folder, each fsynced; every folder that holds a file fsynced;
//   the staging folder renamed into place, its parent fsynced, the lock removed.
// The same fsyncs as the build, one per file and folder, but issued all at once through libuv's thread pool:
// the best a writer with this durability can do. Usage: node scripts/io-floor.mjs BLOB OUT (OUT must not exist).
// The blob: a 4-byte little-endian length, that many bytes of JSON ([path, byte length] in order), the bytes.
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Packs `files` (relative path → bytes) into one blob this program reads. */
export const packFloorBlob = (files) => {
  const entries = [...files].map(([path, bytes]) => [path, bytes.length]);
  const header = Buffer.from(JSON.stringify(entries), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([length, header, ...[...files.values()]]);
};

const fsyncPath = async (path, flags) => {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};

const writeSynced = async (path, bytes) => {
  const handle = await open(path, 'w');
  try {
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

const writeFloor = async (blobPath, out) => {
  const blob = readFileSync(blobPath);
  const headerLength = blob.readUInt32LE(0);
  const entries = JSON.parse(blob.subarray(4, 4 + headerLength).toString('utf8'));
  const staging = `${out}.dataset-build-new`;
  const lock = `${out}.dataset-build-lock`;
  mkdirSync(dirname(out), { recursive: true });
  const draft = `${lock}.${process.pid}.new`;
  const fd = openSync(draft, 'w');
  writeSync(fd, `${process.pid} ${hostname()}\n`);
  fsyncSync(fd);
  closeSync(fd);
  linkSync(draft, lock);
  unlinkSync(draft);
  const folders = new Set([staging]);
  mkdirSync(staging);
  let offset = 4 + headerLength;
  const writes = [];
  for (const [path, length] of entries) {
    const target = join(staging, path);
    if (!folders.has(dirname(target))) {
      mkdirSync(dirname(target), { recursive: true });
      folders.add(dirname(target));
    }
    writes.push(writeSynced(target, blob.subarray(offset, offset + length)));
    offset += length;
  }
  await Promise.all(writes);
  await Promise.all([...folders].map((folder) => fsyncPath(folder, 'r')));
  renameSync(staging, out);
  await fsyncPath(dirname(out), 'r');
  unlinkSync(lock);
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [blobPath, out] = process.argv.slice(2);
  if (!blobPath || !out) {
    process.stderr.write('usage: node scripts/io-floor.mjs BLOB OUT\n');
    process.exit(2);
  }
  await writeFloor(blobPath, out);
}
