// dist/context.jsonld: the one JSON-LD @context of every JSON-LD file we publish (emit/jsonld-context.ts),
// on its own, for those who want to refer to it rather than read it inline.
import { contextOf } from '../jsonld-context.ts';
import type { OutputFormat } from '../output-format.ts';
import { titled } from '../output-format.ts';
import { quadsOfJsonLdText } from '../rdf.ts';
import { jsonText } from '../schemas.ts';
import { jsonLdKind } from './plan-jsonld.ts';

const subject = { ja: 'JSON-LD コンテキスト', en: 'The JSON-LD context' };

export const contextJsonLd: OutputFormat = {
  name: 'context-jsonld',
  phase: 'data',
  emit: async ({ provenance }) => {
    const content = jsonText({ '@context': contextOf(provenance.config) });
    await quadsOfJsonLdText(content, 'context.jsonld');
    return [
      {
        path: 'context.jsonld',
        content,
        readBack: true,
        kind: jsonLdKind,
        subject,
        title: titled(subject, jsonLdKind),
        description: {
          ja: 'このデータのすべての JSON-LD ファイルに共通の @context を、単独のファイルにしたもの（各ファイルにも同じものを埋め込んでいる）。',
          en: 'The one @context of every JSON-LD file of the dataset, on its own (each file embeds it too).',
        },
        distribution: true,
      },
    ];
  },
};
