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
import { quadsOfJsonLdText, toQuads } from './rdf.ts';
import type { Provenance } from './plan.ts';
import { fileStem, jsonText } from './schemas.ts';
import { parseTurtle, toTurtle } from './turtle.ts';
import { vocabularyNodes } from './vocab.ts';

export const CONTEXT = 'context.jsonld';
export const VOCAB = 'vocab.ttl';
export const CATALOG = 'catalog.jsonld';
export const CATALOG_TURTLE = 'catalog.ttl';

/** The comment lines above a Turtle file: what it holds, the attribution and the licence. */
const turtleComments = (what: string, provenance: Provenance): string[] => [
  what,
  `${provenance.config.license.attribution}. Licence: ${provenance.config.license.url}`,
];

/**
 * Every .jsonld and .ttl file the linked-data steps did not write themselves (none today: the site embeds
 * its JSON-LD in pages) is read back like theirs before anything is published.
 */
const checkOtherLinkedData = async (files: ReadonlyMap<string, FileContent>, checked: ReadonlySet<string>): Promise<void> => {
  for (const [path, content] of files) {
    if (checked.has(path)) continue;
    const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
    if (path.endsWith('.jsonld')) await quadsOfJsonLdText(text, path);
    else if (path.endsWith('.ttl')) parseTurtle(text, path);
  }
};

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

  // Every .jsonld is read back by jsonld.js (safe mode) from the text written, and every .ttl by n3 from the
  // text written (toTurtle): a term the context does not define, or anything a reader refuses, fails the build.
  const plan = toPlanJsonLd(model, config, source);
  const planFile = `${fileStem(config.municipality.code, 'plan')}.jsonld`;
  const planText = jsonText(plan);
  await quadsOfJsonLdText(planText, planFile);
  out.set(planFile, planText);
  const contextText = jsonText({ '@context': context });
  await quadsOfJsonLdText(contextText, CONTEXT);
  out.set(CONTEXT, contextText);
  const vocabulary = await toQuads({ '@context': context, '@graph': vocabularyNodes(config) }, VOCAB);
  out.set(VOCAB, await toTurtle(vocabulary, prefixes, VOCAB, turtleComments('Project vocabulary of the Yonezawa plan open data (prefix yp:)', provenance)));

  // Each file is digested once, whichever describer asks first.
  const digest = digester();
  out.set(DATAPACKAGE, jsonText(toDataPackage(out, config, source, digest)));

  const catalog = toCatalog(out, config, source, digest);
  const catalogText = jsonText(catalog);
  // The Turtle is the very graph of the JSON-LD as written: its triples, converted once.
  const catalogQuads = await quadsOfJsonLdText(catalogText, CATALOG);
  out.set(CATALOG_TURTLE, await toTurtle(catalogQuads, prefixes, CATALOG_TURTLE, turtleComments(`DCAT catalog (the same graph as ${CATALOG})`, provenance)));
  out.set(CATALOG, catalogText);
  const checked = new Set(out.keys());

  if (beside) for (const [path, content] of beside(out, plan as JsonLdGraph, digest)) out.set(path, content);
  await checkOtherLinkedData(out, checked);

  // The manifest lists every file of the build, SHA256SUMS included, so the CLI can recognise its own output.
  out.set(MANIFEST, toManifest([...out.keys(), SHA256SUMS]));
  out.set(SHA256SUMS, toSha256Sums(out, digest));
  return out;
};
