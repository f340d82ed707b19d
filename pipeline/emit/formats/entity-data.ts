// site/<path>/index.jsonld and index.ttl: the data of each entity of the plan graph beside its page, so that
// its IRI `{baseIri}<path>` dereferences to data as well as to HTML (w3id/: the redirect rules negotiate
// between them). Each pair holds what emit/entity-graph.ts selects — the entity, the records shown on its page
// (`{IRI}#…`), what links to them and what they are linked to — written from the quads jsonld.js read back from
// 062022_plan.jsonld (formats/plan-jsonld.ts): the graph is indexed once, and each page costs its own triples.
// The Turtle is read back by n3 as it is written (emit/turtle.ts); the JSON-LD is the same quads under the
// published context (emit/quads-jsonld.ts), which test/linked-entities.test.ts reads back with jsonld.js, file
// by file — not the build, where reading ~250 documents with jsonld.js would cost more than the rest of the
// linked data together. The root IRI `{baseIri}` has no files here: it resolves to the whole plan graph.
import { escapeHiddenWith, jsonEscape } from '../../characters.ts';
import type { Config } from '../../config.ts';
import { siteFolder } from '../../publish/urls.ts';
import { describedEntity, indexGraph } from '../entity-graph.ts';
import { contextOf } from '../jsonld-context.ts';
import { prefixesOf } from '../namespaces.ts';
import type { Texts } from '../../tables/registry.ts';
import type { Emitted, FileKind, OutputFormat } from '../output-format.ts';
import { titled } from '../output-format.ts';
import { jsonLdOfQuads } from '../quads-jsonld.ts';
import { jsonText } from '../schemas.ts';
import { toTurtle } from '../turtle.ts';
import { jsonLdKind, planJsonLdPath } from './plan-jsonld.ts';

const utf8 = new TextEncoder();
import { turtleComments, turtleKind } from './vocab-turtle.ts';

/** The IRI a page of the site is the page of: `site/policy/4-1/index.html` → `{baseIri}policy/4-1`; undefined for the home page and any other file. */
export const pageIri = (config: Pick<Config, 'baseIri'>, sitePath: string): string | undefined => {
  const m = /^(.+)\/index\.html$/.exec(sitePath);
  return m ? `${config.baseIri}${m[1]}` : undefined;
};

/** The data files beside an entity's page (in the page's folder): JSON-LD and Turtle. */
export const entityDataFiles: readonly { file: string; kind: FileKind }[] = [
  { file: 'index.jsonld', kind: jsonLdKind },
  { file: 'index.ttl', kind: turtleKind },
];

export const entityData: OutputFormat = {
  name: 'entity-data',
  phase: 'site',
  // Each file yielded as it is written: a large plan's entity data is never all held (issue 23 §2).
  emit: async function* ({ provenance }, { files }) {
    const { config } = provenance;
    const planPath = planJsonLdPath(config.municipality.code);
    const quads = files.get(planPath)?.quads;
    if (!quads) throw new Error(`entity-data: ${planPath} was not read back before it`);
    const index = indexGraph(quads);
    const context = contextOf(config);
    const prefixes = prefixesOf(config);
    for (const path of [...files.keys()].sort()) {
      if (!path.startsWith(`${siteFolder}/`)) continue;
      const iri = pageIri(config, path.slice(siteFolder.length + 1));
      if (iri === undefined || !index.bySubject.has(iri)) continue;
      const described = describedEntity(index, iri);
      const folder = path.slice(0, -'index.html'.length);
      const subject: Texts = { ja: `${iri} のデータ`, en: `The data of ${iri}` };
      const description: Texts = {
        ja: `${iri} とそのページに載るレコード、それらへのリンクとリンク先の Linked Data（${planPath} の一部）。`,
        en: `${iri}, the records on its page, what links to them and what they link to, as linked data (part of ${planPath}).`,
      };
      const dataFile = (file: string, kind: FileKind, content: string): Emitted => ({
        path: `${folder}${file}`,
        // Held as its UTF-8 bytes, as the site's pages are (emit/site/index.ts says why).
        content: utf8.encode(content),
        // Written from quads jsonld.js has read back; the Turtle read back again by n3 as it was written.
        readBack: true,
        kind,
        subject,
        title: titled(subject, kind),
        description,
        distribution: false,
      });
      const [jsonLd, turtle] = entityDataFiles;
      // Served from the site like its pages: no hidden character raw in the bytes (the same value, \u-escaped).
      yield dataFile(jsonLd!.file, jsonLd!.kind, escapeHiddenWith(jsonText(jsonLdOfQuads(described, context)), jsonEscape));
      yield dataFile(
        turtle!.file,
        turtle!.kind,
        await toTurtle(
          described,
          prefixes,
          `${folder}${turtle!.file}`,
          turtleComments(`${iri}: its triples, the records on its page, what links to them and what they link to`, provenance),
        ),
      );
    }
  },
};
