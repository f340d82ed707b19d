// The site: the validated model → dist/site/, one page per IRI (goal, policy, pillar, kpi, a KPI's
// actual, project, initiative, department, …), the home page, a page per table, the quality report, the
// source text and search. Pure: the same model gives the same bytes. Read by people; the data files beside it stay the
// contract.
import { siteFolder } from '../../publish/urls.ts';
import { type Row, type TableName, tableNames, tables } from '../../tables/registry.ts';
import { planJsonLdPath } from '../formats/plan-jsonld.ts';
import type { EmitInput, SoFar } from '../output-format.ts';
import type { JsonLdNode, Site } from './context.ts';
import { datasetPageOf, datasetsPage } from './dataset.ts';
import { departmentPage, departmentsListPage } from './department.ts';
import { downloadsOf } from './downloads.ts';
import { glossaryPage } from './glossary.ts';
import { goalPage } from './goal.ts';
import { homePage } from './home.ts';
import { kpiPage, kpisPage, valueObservationPage } from './kpi.ts';
import { redirectPage } from './layout.ts';
import { actualObservationPage, kpiProgressPage } from './kpi-progress.ts';
import { explorerPhoneStyles, explorerStyles } from './explore.ts';
import { explorerScript } from './explorer-script.ts';
import {
  DATASETS,
  departmentsPage,
  ENGLISH,
  EXPLORER_SCRIPT,
  HOME,
  KPI_PROGRESS,
  KPIS,
  observationPage,
  PLAN,
  SEARCH_INDEX,
  SEARCH_SCRIPT,
  STYLE,
} from './page-paths.ts';
import { planPage } from './tree.ts';
import { englishPage } from './english.ts';
import { pillarPage } from './pillar.ts';
import { policyPage } from './policy.ts';
import { initiativePage, projectPage } from './project.ts';
import { qualityPage } from './quality.ts';
import { searchPage, searchScript } from './search.ts';
import { sourcePage } from './source.ts';
import { stylesheet } from './style.ts';
import { vocabPage } from './vocab.ts';

/** The page template of each table whose records have pages of their own. */
const recordTemplates: { [T in TableName]?: (site: Site, row: Row<T>) => string } = {
  goals: goalPage,
  policies: policyPage,
  pillars: pillarPage,
  projects: projectPage,
  project_initiatives: initiativePage,
  departments: departmentPage,
  indicators: kpiPage,
  indicator_progress: actualObservationPage,
};

/**
 * Every file of the site, path under dist/ and content, one at a time as each is rendered, from the model and the
 * files published before it. Each page is its UTF-8 bytes, encoded as soon as it is rendered: the bytes the writer
 * writes, at about half what the page's text would hold (every page has Japanese, so V8 keeps its text at two bytes
 * a character, and the templates' text is a rope of pieces that hashing would flatten into a second copy). At
 * 8,000 KPIs the site is ~24,000 pages: held to the end, they alone passed 1 GB (BENCHMARKS.md, issue 23 §2); a
 * build given a spill writes each out as it comes. `places` are the records' pages (page-paths.ts: recordPlaces),
 * and `searchIndex` the search index's script over them, made before the pages while the Japanese analyser was
 * held (formats/site-html.ts).
 */
export function* sitePages(input: EmitInput, { files, digest }: SoFar, places: Map<string, string>, searchIndex: string): Generator<[string, Uint8Array]> {
  const { model, links, provenance } = input;
  const { config } = provenance;
  const t = model.tables;
  // The plan's linked data, whose nodes the pages embed: as published, read back.
  const planJsonLd = JSON.parse(files.get(planJsonLdPath(config.municipality.code))!.content as string) as {
    '@context': unknown;
    '@graph': JsonLdNode[];
  };
  const site: Site = {
    config,
    source: provenance.source,
    sha256: provenance.sha256,
    vision: model.vision,
    t,
    links,
    report: input.qualityReport,
    lines: input.lines,
    printedPages: input.printedPages,
    downloads: downloadsOf(files, digest),
    files,
    places,
    nodes: new Map(planJsonLd['@graph'].map((n) => [String(n['@id']), n])),
    context: planJsonLd['@context'],
  };
  const paths = new Set<string>();
  const page = (path: string, content: string): [string, Uint8Array] => {
    if (paths.has(path)) throw new Error(`site: two pages at ${path}`);
    paths.add(path);
    return [`${siteFolder}/${path}`, Buffer.from(content, 'utf8')];
  };
  yield page(HOME, homePage(site));
  // A page for every record whose table's module gives it one (its place on the site), by its table's template.
  for (const table of tableNames) {
    if (tables[table].site.kind !== 'own-page') continue;
    const template = recordTemplates[table] as ((site: Site, row: unknown) => string) | undefined;
    if (!template) throw new Error(`site: ${table} has pages of its own (tables/${table}), but emit/site/index.ts has no template for them`);
    for (const row of t[table] as { id: string }[]) yield page(site.places.get(row.id)!, template(site, row));
  }
  for (const k of t.indicators)
    for (const kind of ['baseline', 'target'] as const) yield page(observationPage(k.id, kind), valueObservationPage(site, k, kind));
  yield page(departmentsPage(config.municipality.code), departmentsListPage(site));
  yield page(DATASETS, datasetsPage(site));
  for (const name of tableNames) yield page(`dataset/${name}/index.html`, datasetPageOf(site, name));
  yield page(KPIS, kpisPage(site));
  yield page(KPI_PROGRESS, kpiProgressPage(site));
  yield page('quality/index.html', qualityPage(site));
  yield page('source/index.html', sourcePage(site));
  yield page('glossary/index.html', glossaryPage(site));
  yield page('search/index.html', searchPage(site));
  yield page('vocab/index.html', vocabPage(site));
  yield page(PLAN, planPage(site));
  yield page(ENGLISH, englishPage(site));
  // An IRI whose content is another page: the catalog is its datasets.
  yield page('catalog/index.html', redirectPage(site, 'catalog/index.html', DATASETS, 'データ（表とファイル）'));
  yield page(STYLE, stylesheet + explorerStyles + explorerPhoneStyles(tableNames));
  yield page(SEARCH_SCRIPT, searchScript);
  yield page(SEARCH_INDEX, searchIndex);
  yield page(EXPLORER_SCRIPT, explorerScript);
}
