// The files that describe the others, added after the tables, the plan and the quality report are
// built and validated: the plan as linked data (JSON-LD with its context and vocabulary), the Data
// Package descriptor, the DCAT catalog, then what the caller puts beside them (the site, whose
// download lists name the files the catalog describes), the build manifest and SHA256SUMS. Order
// matters: each describer digests the final text of the files built before it, so the catalog covers
// datapackage.json, and SHA256SUMS covers everything but itself (the manifest included).
import type { Model } from '../model/build.ts';
import { type Digest, digester, SHA256SUMS, toSha256Sums, type FileContent } from './checksums.ts';
import { toCatalog } from './catalog.ts';
import { contextOf } from './context.ts';
import { MANIFEST, toManifest } from './manifest.ts';
import { DATAPACKAGE, toDataPackage } from './datapackage.ts';
import { toPlanJsonLd } from './jsonld.ts';
import { prefixesOf } from './namespaces.ts';
import { toQuads } from './rdf.ts';
import type { Provenance } from './plan.ts';
import { fileStem, jsonText } from './schemas.ts';
import { jsonLdToTurtle } from './turtle.ts';
import { vocabularyNodes } from './vocab.ts';

export const CONTEXT = 'context.jsonld';
export const VOCAB = 'vocab.ttl';
export const CATALOG = 'catalog.jsonld';
export const CATALOG_TURTLE = 'catalog.ttl';

/** Lines of text as a Turtle comment: each line starts with #, so a line break in a setting cannot end the comment. */
const turtleComment = (text: string): string =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => `# ${line}\n`)
    .join('');
const turtleHeader = (what: string, provenance: Provenance) =>
  turtleComment(`${what}\n${provenance.config.license.attribution}. Licence: ${provenance.config.license.url}`);

/**
 * Files added after the catalog and before SHA256SUMS (the site), given the files so far, the plan's JSON-LD
 * and the build's digest (the size of a file it lists is known already).
 */
export type Beside = (files: ReadonlyMap<string, FileContent>, planJsonLd: JsonLdGraph, digest: Digest) => ReadonlyMap<string, FileContent>;
type JsonLdGraph = { '@context': unknown; '@graph': Record<string, unknown>[] };

export const withMetadata = async (
  files: ReadonlyMap<string, FileContent>,
  model: Model,
  provenance: Provenance,
  beside?: Beside,
): Promise<Map<string, FileContent>> => {
  const { config } = provenance;
  // The catalog states the hash of the text actually built, which is source.json's only for the committed text.
  const source = { ...provenance.source, sha256: provenance.sha256 };
  const out = new Map(files);
  const context = contextOf(config);
  const prefixes = prefixesOf(config);

  const plan = toPlanJsonLd(model, config, source);
  // Converting fails the build on any term the context does not define (what a JSON-LD processor would drop).
  toQuads(plan);
  out.set(`${fileStem(config.municipality.code, 'plan')}.jsonld`, jsonText(plan));
  out.set(CONTEXT, jsonText({ '@context': context }));
  out.set(
    VOCAB,
    await jsonLdToTurtle(
      { '@context': context, '@graph': vocabularyNodes(config) },
      prefixes,
      turtleHeader('Project vocabulary of the Yonezawa plan open data (prefix yp:)', provenance),
    ),
  );

  // Each file is digested once, whichever describer asks first.
  const digest = digester();
  out.set(DATAPACKAGE, jsonText(toDataPackage(out, config, source, digest)));

  const catalog = toCatalog(out, config, source, digest);
  out.set(CATALOG_TURTLE, await jsonLdToTurtle(catalog, prefixes, turtleHeader(`DCAT catalog (the same graph as ${CATALOG})`, provenance)));
  out.set(CATALOG, jsonText(catalog));

  if (beside) for (const [path, content] of beside(out, plan as JsonLdGraph, digest)) out.set(path, content);

  // The manifest lists every file of the build, SHA256SUMS included, so the CLI can recognise its own output.
  out.set(MANIFEST, toManifest([...out.keys(), SHA256SUMS]));
  out.set(SHA256SUMS, toSha256Sums(out, digest));
  return out;
};
