// dist/catalog.jsonld and dist/catalog.ttl: the DCAT-AP catalog (emit/catalog.ts) of every distribution
// emitted before it, in JSON-LD and in Turtle — the same graph, so neither lists the other.
import { toCatalog } from '../catalog.ts';
import { prefixesOf } from '../namespaces.ts';
import { type Emitted, type OutputFormat, titled } from '../output-format.ts';
import { jsonText } from '../schemas.ts';
import { quadsOfJsonLdText } from '../rdf.ts';
import { toTurtle } from '../turtle.ts';
import { jsonLdKind } from './plan-jsonld.ts';
import { turtleComments, turtleKind } from './vocab-turtle.ts';

const subject = { ja: 'DCAT カタログ', en: 'The DCAT catalog' };

export const dcatCatalog: OutputFormat = {
  name: 'dcat-catalog',
  phase: 'descriptors',
  emit: async ({ provenance }, { files, digest }): Promise<Emitted[]> => {
    // The catalog states the hash of the text actually built, which is source.json's only for the committed text.
    const catalog = jsonText(toCatalog(files, provenance.config, { ...provenance.source, sha256: provenance.sha256 }, digest));
    // The Turtle is the very graph of the JSON-LD as written: its triples, read back once.
    const quads = await quadsOfJsonLdText(catalog, 'catalog.jsonld');
    const comments = turtleComments('DCAT catalog (the same graph as catalog.jsonld)', provenance);
    return [
      {
        path: 'catalog.ttl',
        content: await toTurtle(quads, prefixesOf(provenance.config), 'catalog.ttl', comments),
        readBack: true,
        kind: turtleKind,
        subject,
        title: titled(subject, turtleKind),
        description: {
          ja: 'データファイルの DCAT-AP カタログ（Turtle。catalog.jsonld と同じグラフ）。',
          en: 'The DCAT-AP catalog of the data files, in Turtle (the same graph as catalog.jsonld).',
        },
        distribution: true,
      },
      {
        path: 'catalog.jsonld',
        content: catalog,
        readBack: true,
        kind: jsonLdKind,
        subject,
        title: titled(subject, jsonLdKind),
        description: {
          ja: 'データファイルの DCAT-AP カタログ（JSON-LD。@context を同梱し、オフラインで展開可能）。',
          en: 'The DCAT-AP catalog of the data files (JSON-LD, its @context inline: it expands offline).',
        },
        distribution: true,
      },
    ];
  },
};
