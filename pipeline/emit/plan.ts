// The tables → one nested document (goals → policies → pillars, projects → initiatives → items), nested as
// model/documents.ts's planNesting says.
import type { Config, SourceInfo } from '../config.ts';
import type { Model } from '../model/build.ts';
import { parentColumns, planNesting, type Nest, type Plan } from '../model/documents.ts';
import type { TableRows } from '../model/registry.ts';

export interface Provenance {
  config: Config;
  source: SourceInfo;
  sha256: string;
}

export const licenceOf = (config: Config) => ({
  id: config.license.id,
  title: config.license.title,
  url: config.license.url,
  attribution: config.license.attribution,
  derivationNote: config.license.derivationNote,
});

/** Rows of a nesting level, each with the rows of its child tables under their keys, in table order. */
const nestRows = (node: Nest, rows: readonly { id: string }[], t: TableRows): readonly object[] => {
  const children = Object.entries(node.children).map(([key, child]) => {
    // The child's rows by the parent row they name, in one pass: table order is kept within each parent.
    const column = parentColumns.get(child.table)!;
    const byParent = new Map<string, { id: string }[]>();
    for (const row of t[child.table] as (Record<string, unknown> & { id: string })[]) {
      const parent = row[column] as string;
      const list = byParent.get(parent);
      if (list) list.push(row);
      else byParent.set(parent, [row]);
    }
    return { key, child, byParent };
  });
  if (children.length === 0) return rows;
  return rows.map((row) => ({
    ...row,
    ...Object.fromEntries(children.map(({ key, child, byParent }) => [key, nestRows(child, byParent.get(row.id) ?? [], t)])),
  }));
};

export const toPlan = (model: Model, { config, source, sha256 }: Provenance): Plan => ({
  municipalityCode: config.municipality.code,
  municipalityName: config.municipality.name,
  title: source.title,
  datasetVersion: config.version,
  license: licenceOf(config),
  source: { file: source.file, sha256 },
  vision: { text: model.vision!.text, sourceLine: model.vision!.line },
  ...(Object.fromEntries(Object.entries(planNesting).map(([key, node]) => [key, nestRows(node, model.tables[node.table], model.tables)])) as Pick<
    Plan,
    keyof typeof planNesting
  >),
});
