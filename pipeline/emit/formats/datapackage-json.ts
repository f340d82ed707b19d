// dist/datapackage.json: the Frictionless Data Package (v2) descriptor (emit/datapackage.ts) of the files
// emitted before it that say they are its resources: each table's CSV with its Table Schema, and the typed
// copies of every table, with the bytes and SHA-256 of each.
import { toDataPackage } from '../datapackage.ts';
import { type FileKind, type OutputFormat, titled } from '../output-format.ts';
import { jsonText } from '../schemas.ts';

export const dataPackageKind: FileKind = {
  mediaType: 'application/json',
  fileType: 'JSON',
  conformsTo: 'https://datapackage.org/profiles/2.0/datapackage.json',
  label: { ja: 'JSON', en: 'JSON' },
};

const subject = { ja: 'データパッケージ記述', en: 'The Data Package descriptor' };

export const dataPackageJson: OutputFormat = {
  name: 'datapackage-json',
  phase: 'descriptors',
  emit: ({ provenance }, { files, digest }) => [
    {
      path: 'datapackage.json',
      content: jsonText(toDataPackage(files, provenance.config, { ...provenance.source, sha256: provenance.sha256 }, digest)),
      kind: dataPackageKind,
      subject,
      title: titled(subject, dataPackageKind),
      description: {
        ja: 'Frictionless Data Package（v2）の記述ファイル。各 CSV の Table Schema（主キー及び外部キーを含む）と、記載した各ファイルのバイト数及び SHA-256 を収録。',
        en: 'The Frictionless Data Package (v2) descriptor: the Table Schema of every CSV with its keys, and the bytes and SHA-256 of every file it lists.',
      },
      distribution: true,
    },
  ],
};
