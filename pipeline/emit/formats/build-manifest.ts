// dist/.dataset-build: the list of every file of the build, SHA256SUMS included (manifest.ts), by which the
// CLI recognises a previous output of its own before it replaces it.
import { MANIFEST, toManifest } from '../../manifest.ts';
import type { OutputFormat } from '../output-format.ts';
import { checksumsFile } from './sha256sums.ts';

export const buildManifest: OutputFormat = {
  name: 'build-manifest',
  phase: 'checksums',
  emit: (_input, { files }) => {
    const subject = { ja: 'ビルドの一覧', en: 'The build manifest' };
    return [
      {
        path: MANIFEST,
        content: toManifest([...files.keys(), checksumsFile.path]),
        kind: { mediaType: 'text/plain', fileType: 'TXT', label: { ja: 'テキスト', en: 'text' } },
        subject,
        title: subject,
        description: {
          ja: 'このビルドが書いたすべてのファイルの一覧。npm run build はこれで出力先が自分の出力であることを確かめる。',
          en: 'Every file of this build, one a line: how npm run build recognises its own output before it replaces it.',
        },
        distribution: false,
      },
    ];
  },
};
