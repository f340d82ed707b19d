// dist/vocab.ttl: the project vocabulary (yp:, emit/vocab.ts) in Turtle, with the licence in its header.
import { contextOf } from '../jsonld-context.ts';
import { prefixesOf } from '../namespaces.ts';
import { type FileKind, type OutputFormat, type Provenance, titled } from '../output-format.ts';
import { toQuads } from '../rdf.ts';
import { toTurtle } from '../turtle.ts';
import { vocabularyNodes } from '../vocab.ts';

export const turtleKind: FileKind = { mediaType: 'text/turtle', fileType: 'RDF_TURTLE', label: { ja: 'Turtle', en: 'Turtle' } };

/** The comment lines every Turtle file starts with: what it is, the attribution and the licence (emit/turtle.ts refuses a line break in them). */
export const turtleComments = (what: string, provenance: Provenance): string[] => [
  what,
  `${provenance.config.license.attribution}. Licence: ${provenance.config.license.url}`,
];

const subject = { ja: 'プロジェクト語彙（yp:）', en: 'The project vocabulary (yp:)' };

export const vocabTurtle: OutputFormat = {
  name: 'vocab-turtle',
  phase: 'data',
  emit: async ({ provenance }) => [
    {
      path: 'vocab.ttl',
      content: await toTurtle(
        await toQuads({ '@context': contextOf(provenance.config), '@graph': vocabularyNodes(provenance.config) }, 'vocab.ttl'),
        prefixesOf(provenance.config),
        'vocab.ttl',
        turtleComments('Project vocabulary of the Yonezawa plan open data (prefix yp:)', provenance),
      ),
      readBack: true,
      kind: turtleKind,
      subject,
      title: titled(subject, turtleKind),
      description: {
        ja: 'このデータ独自の語彙（yp:）。標準の語彙にない用語だけを Turtle で記載。',
        en: 'The terms of the project vocabulary (yp:) no standard vocabulary has, in Turtle.',
      },
      distribution: true,
    },
  ],
};
