// The tables → one nested document (goals → policies → pillars, projects → initiatives → items), each row
// with the rows nested in it under their keys, as model/documents.ts's planNesting (from the table modules)
// says and the links (model/links.ts) resolve.
import type { Config } from '../config.ts';
import type { Model } from '../model/build.ts';
import { type Nest, type Plan, planNesting } from '../model/documents.ts';
import type { Links } from '../model/links.ts';
import type { Provenance } from './output-format.ts';

export const licenceOf = (config: Config) => ({
  id: config.license.id,
  title: config.license.title,
  url: config.license.url,
  attribution: config.license.attribution,
  derivationNote: config.license.derivationNote,
});

/** Rows of a nesting level, each with the rows of its child tables under their keys, in table order. */
const nestRows = (node: Nest, rows: readonly { id: string }[], links: Links): readonly object[] => {
  const children = Object.entries(node.children);
  if (children.length === 0) return rows;
  return rows.map((row) => ({
    ...row,
    ...Object.fromEntries(children.map(([key, child]) => [key, nestRows(child, links.children(child.table, row.id), links)])),
  }));
};

export const toPlan = (model: Model, links: Links, { config, source, sha256 }: Provenance): Plan => ({
  municipalityCode: config.municipality.code,
  municipalityName: config.municipality.name,
  title: source.title,
  datasetVersion: config.version,
  license: licenceOf(config),
  source: { file: source.file, sha256 },
  vision: { text: model.vision!.text, sourceLine: model.vision!.line },
  ...Object.fromEntries(Object.entries(planNesting).map(([key, node]) => [key, nestRows(node, model.tables[node.table], links)])),
});
