// The plan as linked data (dist/062022_plan.jsonld, emit/jsonld.ts): every table whose module declares a
// graph mapping, with the @context inline so it expands offline. The text written is read back by jsonld.js in
// safe mode: a term the context does not define (what a processor would silently drop) fails the build. The
// quads it reads back are handed on: the plan's Turtle and the site's per-entity files are written from them.
import { toPlanJsonLd } from '../jsonld.ts';
import { type FileKind, fileStem, type OutputFormat, titled, wholePlan } from '../output-format.ts';
import { quadsOfJsonLdText } from '../rdf.ts';
import { jsonText } from '../schemas.ts';

export const jsonLdKind: FileKind = { mediaType: 'application/ld+json', fileType: 'JSON_LD', label: { ja: 'JSON-LD', en: 'JSON-LD' } };

export const planJsonLdPath = (municipalityCode: string): string => `${fileStem(municipalityCode, 'plan')}.jsonld`;

/** A JSON-LD file's description: what it is, then that it expands offline. */
export const jsonLdDescription = (subject: { ja: string; en: string }) => ({
  ja: `${subject.ja}の Linked Data（JSON-LD、@context を同梱しオフラインで展開可能）。`,
  en: `${subject.en} as linked data (JSON-LD, its @context inline: it expands offline).`,
});

export const planJsonLd: OutputFormat = {
  name: 'plan-jsonld',
  phase: 'data',
  emit: async ({ model, links, provenance }) => {
    const path = planJsonLdPath(provenance.config.municipality.code);
    const content = jsonText(toPlanJsonLd(model, links, provenance));
    const quads = await quadsOfJsonLdText(content, path);
    return [
      {
        path,
        content,
        readBack: true,
        quads,
        kind: jsonLdKind,
        subject: wholePlan,
        title: titled(wholePlan, jsonLdKind),
        description: jsonLdDescription(wholePlan),
        distribution: true,
      },
    ];
  },
};
