// What every page template reads: the validated model and its provenance, the quality report, the
// source lines, the published files (for the download lists) and the plan's linked-data nodes.
import type { Config, SourceInfo } from '../../config.ts';
import type { Model } from '../../model/build.ts';
import type { QualityReport } from '../../model/documents.ts';
import type { TableRows } from '../../model/registry.ts';
import type { Digest } from '../checksums.ts';
import type { Download } from './downloads.ts';

export type JsonLdNode = Record<string, unknown>;

/** A line of the plan text as the parsers read it (parse/lines.ts): its number and its text. */
export interface PlanLine {
  line: number;
  text: string;
}

export interface SiteInput {
  model: Model;
  config: Config;
  source: SourceInfo;
  /** SHA-256 of the source text the build read. */
  sha256: string;
  report: QualityReport;
  /** The plan text as the parsers read it, by line. */
  lines: readonly PlanLine[];
  /** Every published file so far (path under dist/ → content), for the download lists. */
  files: ReadonlyMap<string, string | Uint8Array>;
  /** The build's digest of a file: the download lists give each file's size from it. */
  digest: Digest;
  /** The plan as linked data, whose nodes the pages embed. */
  planJsonLd: { '@context': unknown; '@graph': JsonLdNode[] };
}

export interface Site {
  config: Config;
  source: SourceInfo;
  sha256: string;
  vision: Model['vision'];
  t: TableRows;
  report: QualityReport;
  lines: readonly PlanLine[];
  downloads: Download[];
  /** Record ID → the site path that shows it (a page, or an anchor on one). */
  places: Map<string, string>;
  /** JSON-LD node by @id. */
  nodes: Map<string, JsonLdNode>;
  context: unknown;
}
