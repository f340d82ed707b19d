// Where every page lives and how one page links another. A page of a thing sits at the path of its IRI
// after baseIri (`policy/4-1/index.html` for `{baseIri}policy/4-1`), so a base IRI redirected to the
// site makes every IRI dereference. Links are relative and name index.html, so the site works opened
// from disk and under any sub-path; the data files sit one folder up, beside site/.
import { codeOfId } from '../../ids.ts';
import type { Links } from '../../model/links.ts';
import type { SitePage } from '../../tables/site-place.ts';
import { type TableName, tableNames, tables, type TableRows } from '../../tables/registry.ts';
import { recordIriOf } from '../jsonld.ts';

export const pageOf = (type: string, code: string): string => `${type}/${code}/index.html`;
export const HOME = 'index.html';
export const SOURCE = 'source/index.html';
export const QUALITY = 'quality/index.html';
export const SEARCH = 'search/index.html';
export const GLOSSARY = 'glossary/index.html';
export const DATASETS = 'dataset/index.html';
export const VOCAB = 'vocab/index.html';
/** The concept scheme (`{baseIri}plan`): the plan's system — goals, policies, pillars — and its priority projects. */
export const PLAN = 'plan/index.html';
/** The dataset described in English, for readers abroad. */
export const ENGLISH = 'en/index.html';
export const KPIS = 'dataset/kpi/index.html';
/** The KPI progress data set (`{baseIri}dataset/kpi-progress`): every actual, and the grade rule. */
export const KPI_PROGRESS = 'dataset/kpi-progress/index.html';
/** The section of KPI_PROGRESS that explains S/A/B/C from the grade_rules table; each grade at #grade-s, … */
export const GRADE_RULES = `${KPI_PROGRESS}#grade-rules`;
export const STYLE = 'style.css';
export const SEARCH_SCRIPT = 'search.js';
export const SEARCH_INDEX = 'search-index.js';
/** The dataset pages' table explorer (emit/site/explorer-script.ts). */
export const EXPLORER_SCRIPT = 'explore.js';
/** The site's icon (emit/site/favicon.ts) and its sharing card (emit/site/share-card.ts). */
export const FAVICON_SVG = 'favicon.svg';
export const FAVICON_ICO = 'favicon.ico';
export const TOUCH_ICON = 'apple-touch-icon.png';
export const SITE_CARD = 'card.png';

export type ChartFileType = 'svg' | 'png' | 'csv';
/** A KPI's chart as a file (emit/formats/site-charts.ts): chart/062022_kpi-4-1-1.png. */
export const chartFile = (municipalityCode: string, kpiId: string, type: ChartFileType): string => `chart/${municipalityCode}_${kpiId}.${type}`;

/** The city (`{baseIri}organization/062022`): the list of its departments. */
export const departmentsPage = (municipalityCode: string): string => pageOf('organization', municipalityCode);

/** The page of a record of a table whose records have pages of their own, by its table's ID prefix: goal-4 → goal/4/index.html. */
export const recordPage = (table: TableName, id: string): string => pageOf(tables[table].prefix, codeOfId(table, id));
export const datasetPage = (table: string): string => pageOf('dataset', table);
/** The page of a curated actual, at the path of its IRI `{baseIri}kpi/4-1-1/actual/2026`. */
export const actualPage = (kpiId: string, fiscalYear: number): string =>
  recordPage('indicators', kpiId).replace(/index\.html$/, `actual/${fiscalYear}/index.html`);
/** The page of a KPI's baseline or target, at the path of its IRI `{baseIri}kpi/4-1-1/baseline`. */
export const observationPage = (kpiId: string, kind: 'baseline' | 'target'): string =>
  recordPage('indicators', kpiId).replace(/index\.html$/, `${kind}/index.html`);
/** A curated actual's row in the table of its KPI's page. */
export const actualAnchor = (fiscalYear: number): string => `actual-${fiscalYear}`;
/** The line of the plan text, on the source page. */
export const sourceLine = (line: number): string => `${SOURCE}#L${line}`;

/** A page of the plan whose printed number the text kept (parse/printed-pages.ts): its number and its lines. */
export interface PrintedPage {
  page: number;
  firstLine: number;
  lastLine: number;
}

/** Links from one page (a path under site/) to the others: site paths and dist/ files; and where a line of the text is printed. */
export class Linker {
  readonly #up: string;
  constructor(
    readonly page: string,
    readonly printedPages: readonly PrintedPage[] = [],
  ) {
    this.#up = '../'.repeat(page.split('/').length - 1);
  }
  /** The printed page number of a line of the plan text, when the text kept it; none is guessed. */
  printedPage(line: number): number | undefined {
    return this.printedPages.find((p) => p.firstLine <= line && line <= p.lastLine)?.page;
  }
  /** A site path (`kpi/4-1-1/index.html#x`) as seen from this page. */
  to(path: string): string {
    if (path.startsWith('#')) return path;
    const [file, fragment] = path.split('#', 2) as [string, string | undefined];
    if (file === this.page) return fragment === undefined ? file.slice(file.lastIndexOf('/') + 1) : `#${fragment}`;
    return `${this.#up}${path}`;
  }
  /** A file of dist/ (beside site/) as seen from this page. */
  file(distPath: string): string {
    return `${this.#up}../${distPath.split('/').map(encodeURIComponent).join('/')}`;
  }
  source(line: number): string {
    return this.to(sourceLine(line));
  }
}

/** The site's pages that are no record's, as the table modules name them (tables/site-place.ts). */
const sitePages: Record<SitePage, string> = { home: HOME, glossary: GLOSSARY, 'kpi-progress': KPI_PROGRESS };

/**
 * Where each record is shown, as its table's module says (`site`): its own page, at the path of its IRI; or an
 * anchor (its ID) on the page of the record a column names, or on one of the site's own pages. The quality
 * report, the search and the dataset pages link records through this map.
 */
export const recordPlaces = (t: TableRows, links: Links): Map<string, string> => {
  const places = new Map<string, string>();
  const pageOfRecord = (table: TableName, id: string): string => {
    const place = placeOf(table, links.row(table, id) as Record<string, unknown> & { id: string });
    return place.slice(0, place.indexOf('#') < 0 ? place.length : place.indexOf('#'));
  };
  const placeOf = (table: TableName, row: Record<string, unknown> & { id: string }): string => {
    const known = places.get(row.id);
    if (known !== undefined) return known;
    const site = tables[table].site;
    const place =
      site.kind === 'own-page'
        ? `${recordIriOf({ baseIri: '' }, links, table, row)}/index.html`
        : `${site.kind === 'on-site-page' ? sitePages[site.page] : pageOfRecord(tables[table].foreignKeys.find((fk) => fk.field === site.column)!.table, row[site.column] as string)}#${row.id}`;
    places.set(row.id, place);
    return place;
  };
  for (const table of tableNames) for (const row of t[table] as (Record<string, unknown> & { id: string })[]) placeOf(table, row);
  return places;
};
