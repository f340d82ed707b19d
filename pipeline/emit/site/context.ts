// What every page template reads: the validated model, its links and its provenance, the quality report,
// the source lines, the published files (for the download lists) and the plan's linked-data nodes.
import type { Config, SourceInfo } from '../../config.ts';
import type { Model } from '../../model/build.ts';
import type { QualityReport } from '../../model/documents.ts';
import type { Links } from '../../model/links.ts';
import type { TableRows } from '../../tables/registry.ts';
import type { Emitted } from '../output-format.ts';
import type { Download } from './downloads.ts';
import type { PrintedPage } from './page-paths.ts';

export type JsonLdNode = Record<string, unknown>;

/** A line of the plan text as the parsers read it (parse/lines.ts): its number and its text. */
export interface PlanLine {
  line: number;
  text: string;
}

export interface Site {
  config: Config;
  source: SourceInfo;
  sha256: string;
  vision: Model['vision'];
  t: TableRows;
  /** The rows' links, resolved once: a row's children, its parent, what names it. */
  links: Links;
  report: QualityReport;
  lines: readonly PlanLine[];
  /** The pages of the text whose printed number survived: a statement's page is shown beside its line. */
  printedPages: readonly PrintedPage[];
  downloads: Download[];
  /** Every file published before the site, described as its format describes it. */
  files: ReadonlyMap<string, Emitted>;
  /** Record ID → the site path that shows it (a page, or an anchor on one). */
  places: Map<string, string>;
  /** JSON-LD node by @id. */
  nodes: Map<string, JsonLdNode>;
  context: unknown;
}
