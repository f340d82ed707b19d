// dist/SHA256SUMS: the SHA-256 of every other file of the build (`sha256sum -c SHA256SUMS`), the last file
// written, so it covers the manifest too.
import { SHA256SUMS, toSha256Sums } from '../checksums.ts';
import type { Emitted, FileKind, OutputFormat } from '../output-format.ts';

export const checksumsKind: FileKind = { mediaType: 'text/plain', fileType: 'TXT', label: { ja: 'SHA256SUMS', en: 'SHA256SUMS' } };

const subject = { ja: 'SHA-256 チェックサム', en: 'SHA-256 checksums' };

/** SHA256SUMS as a download lists it, before it is written (its content and size are not known yet). */
export const checksumsFile: Omit<Emitted, 'content'> = {
  path: SHA256SUMS,
  kind: checksumsKind,
  subject,
  title: { ja: 'SHA-256 チェックサム（sha256sum -c で全ファイルを検証）', en: 'SHA-256 checksums (sha256sum -c checks every file)' },
  description: {
    ja: 'ほかのすべてのファイルの SHA-256。sha256sum -c SHA256SUMS で検証できる。',
    en: 'The SHA-256 of every other file: sha256sum -c SHA256SUMS checks them.',
  },
  distribution: false,
};

export const sha256sums: OutputFormat = {
  name: 'sha256sums',
  phase: 'checksums',
  emit: (_input, { files, digest }) => [{ ...checksumsFile, content: toSha256Sums(new Map([...files.values()].map((f) => [f.path, f.content])), digest) }],
};
