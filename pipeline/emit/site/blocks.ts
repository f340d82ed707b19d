// Pieces several pages share: a KPI with its chart, department links, download tables, linked data.
import { sizeOf } from '../../file-content.ts';
import { codeOfId } from '../../ids.ts';
import { type Row, type TableName, tableNames, type TableRows, tables } from '../../tables/registry.ts';
import { planJsonLdPath } from '../formats/plan-jsonld.ts';
import { xlsxPath } from '../formats/plan-xlsx.ts';
import { fragileColumns } from '../formats/table-excel-csv.ts';
import { csvPath } from '../formats/table-csv.ts';
import { iriOf } from '../namespaces.ts';
import { sheetNamesOf } from '../xlsx.ts';
import { fileStem } from '../output-format.ts';
import { kpiChart as chartData } from '../../model/progress.ts';
import { kpiChart, type KpiChartInput } from './chart.ts';
import type { Site } from './context.ts';
import { otherDownloads, tableDownloads, type Download } from './downloads.ts';
import { formatBytes, formatNumber, html, type Html } from './html.ts';
import { sourceLink, sourceRef } from './layout.ts';
import { type ChartFileType, chartFile, datasetPage, HOME, type Linker, observationPage, recordPage } from './page-paths.ts';
import { siteFolder } from '../../publish/urls.ts';
import { formatRate, gradeRow, kpiCode, latestGradeCompact, latestGradeLine } from './progress.ts';

/** The JSON-LD of the nodes with these IRIs, with the published @context inline so it expands offline. */
export const jsonLdOf = (site: Site, iris: readonly string[]): Record<string, unknown> => {
  const nodes = iris.map((iri) => {
    const node = site.nodes.get(iri);
    if (!node) throw new Error(`site: the plan's linked data has no node ${iri}`);
    return node;
  });
  return nodes.length === 1 ? { '@context': site.context, ...nodes[0] } : { '@context': site.context, '@graph': nodes };
};

/** A published file as a page's alternate: its path, media type and title, as its format describes it. */
export const alternate = (site: Site, path: string): { path: string; type: string; title: string } => {
  const f = site.files.get(path);
  if (!f) throw new Error(`site: no published file ${path} to name as an alternate`);
  return { path, type: f.kind.mediaType, title: f.title.ja };
};

/** What an entity page is a view of: its table as CSV and JSON, and the plan as linked data. */
export const entityAlternates = (site: Site, table: TableName): { path: string; type: string; title: string }[] => {
  const code = site.config.municipality.code;
  return [csvPath(code, table), `${fileStem(code, table)}.json`, planJsonLdPath(code)].map((path) => alternate(site, path));
};

/** The IRI of a record of a table whose records have pages of their own (the page's IRI). */
export const iriOfRecord = (site: Site, table: TableName, id: string): string => iriOf(site.config, tables[table].prefix, codeOfId(table, id));

/** What a KPI's chart draws: baseline, the curated actuals by year (each with its grade), the target with its condition, the latest grade. */
export const chartInputOf = (t: TableRows, k: Row<'indicators'>, idPrefix = ''): KpiChartInput => {
  const data = chartData({ tables: t }, k.id)!;
  const latest = data.actuals[data.actuals.length - 1];
  return {
    id: `${idPrefix}${k.id}-chart`,
    name: k.name,
    unit: k.unit,
    baseline: { fiscalYear: k.baselineFiscalYear, value: k.baselineValue, notation: k.baselineNotation, fiscalYearNotation: k.baselineFiscalYearNotation },
    target: {
      fiscalYear: k.targetFiscalYear,
      value: k.targetValue,
      notation: k.targetNotation,
      fiscalYearNotation: k.targetFiscalYearNotation,
      condition: k.targetCondition,
    },
    actuals: data.actuals.map((a) => ({ fiscalYear: a.fiscalYear, value: a.value, grade: a.grade })),
    ...(latest
      ? {
          grade: {
            label: latest.grade,
            description: `${latest.fiscalYear}年度の実績、${gradeRow({ t }, latest.grade).name}、${formatRate(latest.progressRate)}`,
          },
        }
      : {}),
  };
};

/** What each chart file is, for its download link. */
const chartFileLabels: Record<ChartFileType, string> = { png: 'PNG 画像', svg: 'SVG 画像', csv: 'CSV（グラフの数値）' };

/** A KPI's chart as files of the site (emit/formats/site-charts.ts), built before the pages: PNG, SVG and CSV, each with its size. */
export const chartFiles = (site: Site, k: Row<'indicators'>) =>
  (['png', 'svg', 'csv'] as const).map((type) => {
    const path = chartFile(site.config.municipality.code, k.id, type);
    const file = site.files.get(`${siteFolder}/${path}`);
    if (!file) throw new Error(`site: no chart file ${path} for ${k.id}`);
    return { type, path, label: chartFileLabels[type], mediaType: file.kind.mediaType, bytes: sizeOf(file.content) };
  });

/** A chart's files in a line under it, where a list shows many charts: its page has the embed snippet and the table. */
const chartFileLine = (site: Site, link: Linker, k: Row<'indicators'>): Html => {
  // Many charts on one page: each link's accessible name says whose file it is, and keeps its visible text.
  const whose = `成果指標 ${kpiCode(k.id)} の`;
  return html`<p class="chart-files muted">グラフのファイル: ${chartFiles(site, k).map((f) => html`<a href="${link.to(f.path)}" type="${f.mediaType}" download aria-label="${whose}グラフ ${f.label}">${f.label}</a>・`)}<a href="${link.to(recordPage('indicators', k.id))}#chart-files" aria-label="${whose}埋め込み用 HTML">埋め込み用 HTML</a></p>`;
};

/** A KPI's chart as a figure of a page. */
export const kpiChartOf = (site: Site, k: Row<'indicators'>, idPrefix = ''): Html => kpiChart(chartInputOf(site.t, k, idPrefix));

const year = (fy: number, notation: string, fromHeader: boolean): string => `${fy}年度（${notation}${fromHeader ? '、表の見出しの年度' : ''}）`;

/** A KPI's numbers as the plan writes them and as the data holds them. */
/** The breadcrumbs down to a policy's pages (its pillars, its KPIs): home, its goal, the policy. */
export const policyTrail = (site: Site, policyId: string): [string, string][] => {
  const policy = site.links.row('policies', policyId);
  const goal = site.links.row('goals', policy.goalId);
  return [
    ['ホーム', HOME],
    [`基本目標${goal.number} ${goal.name}`, recordPage('goals', goal.id)],
    [`施策 ${policy.code} ${policy.name}`, recordPage('policies', policy.id)],
  ];
};

/** The breadcrumbs down to a KPI — and the KPI itself for a page below it (its baseline, target or an actual). */
export const kpiTrail = (site: Site, k: Row<'indicators'>, below = false): [string, string][] => [
  ...policyTrail(site, k.policyId),
  ...(below ? [[`成果指標 ${kpiCode(k.id)} ${k.name}`, recordPage('indicators', k.id)] as [string, string]] : []),
];

export const kpiFacts = (site: Site, link: Linker, k: Row<'indicators'>): Html => {
  const policy = site.links.row('policies', k.policyId);
  return html`<dl class="facts">
<dt>基準値</dt><dd><a href="${link.to(observationPage(k.id, 'baseline'))}">${k.baselineNotation}</a><span class="muted">（値 ${formatNumber(k.baselineValue)}、${year(k.baselineFiscalYear, k.baselineFiscalYearNotation, k.baselineFiscalYearFromHeader)}）</span></dd>
<dt>目標値</dt><dd><a href="${link.to(observationPage(k.id, 'target'))}">${k.targetNotation}</a><span class="muted">（値 ${formatNumber(k.targetValue)}${k.targetCondition ? `、条件 ${k.targetCondition}` : ''}、${year(k.targetFiscalYear, k.targetFiscalYearNotation, k.targetFiscalYearFromHeader)}）</span></dd>
<dt>単位</dt><dd>${k.unit ?? '（なし）'}</dd>
<dt>担当課</dt><dd><a href="${link.to(recordPage('departments', k.departmentId))}">${k.departmentName}</a></dd>
<dt>施策</dt><dd><a href="${link.to(recordPage('policies', policy.id))}">${policy.code} ${policy.name}</a></dd>
<dt>出典</dt><dd>${sourceRef(link, k.sourceLine)}</dd>
</dl>`;
};

/** A KPI as a section of a list page: its name (linking its page), chart and the plan's notation. */
export const kpiItem = (site: Site, link: Linker, k: Row<'indicators'>, heading: 'h2' | 'h3' = 'h3'): Html => {
  const code = kpiCode(k.id);
  const title = html`<a href="${link.to(recordPage('indicators', k.id))}"><span class="code">${code}</span>${k.name}</a>`;
  return html`<li>${heading === 'h2' ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}${kpiChartOf(site, k)}${chartFileLine(site, link, k)}${latestGradeLine(site, link, k)}<p class="muted">担当課 <a href="${link.to(recordPage('departments', k.departmentId))}">${k.departmentName}</a>${sourceLink(link, k.sourceLine)}</p></li>`;
};

/** A KPI as a card of the overview's grid: its code and name (linking its page), a small chart, its latest grade and department. */
export const kpiCard = (site: Site, link: Linker, k: Row<'indicators'>): Html =>
  html`<li class="kpi-card"><h3><a href="${link.to(recordPage('indicators', k.id))}"><span class="code">${kpiCode(k.id)}</span>${k.name}</a></h3>${kpiChartOf(site, k)}${chartFileLine(site, link, k)}<p class="card-facts">最新の評価: ${latestGradeCompact(site, link, k)}</p><p class="card-facts muted">担当課 <a href="${link.to(recordPage('departments', k.departmentId))}">${k.departmentName}</a>${sourceLink(link, k.sourceLine)}</p></li>`;

export const departmentLinks = (link: Linker, rows: readonly { departmentId: string | null; departmentName: string; id?: string }[], withIds = false): Html =>
  html`<ul class="inline-list">${rows.map((d) => html`<li${withIds && d.id ? html` id="${d.id}"` : ''}>${d.departmentId ? html`<a href="${link.to(recordPage('departments', d.departmentId))}">${d.departmentName}</a>` : html`${d.departmentName}<span class="muted">（すべての課）</span>`}</li>`)}</ul>`;

const downloadLink = (link: Linker, d: Download): Html =>
  html`<span class="file"><a href="${link.file(d.path)}" type="${d.mediaType}">${d.format}</a>${d.bytes === undefined ? '' : html` <span class="muted">${formatBytes(d.bytes)}</span>`}</span>`;

/** The workbook that holds every table as a sheet: what the site offers people who open data in Excel. */
const workbookOf = (site: Site): Download => {
  const path = xlsxPath(site.config.municipality.code);
  const workbook = site.downloads.find((d) => d.path === path);
  if (!workbook) throw new Error(`site: the workbook ${path} is not among the published files`);
  return workbook;
};

/** A table's files, the workbook (its sheet) right after its CSV: Excel users are pointed at the file that keeps their codes. */
const tableFiles = (site: Site, table: TableName): Download[] => {
  const csv = csvPath(site.config.municipality.code, table);
  return tableDownloads(site.downloads, site.files, table).flatMap((d) => (d.path === csv ? [d, workbookOf(site)] : [d]));
};

/** One table's files as links, the workbook's sheet named, then what to know before opening them (the BOM copy's caveat). */
export const tableFileLinks = (site: Site, link: Linker, table: TableName): Html => {
  const files = tableFiles(site, table);
  const sheet = sheetNamesOf(tableNames).get(table)!;
  return html`<ul class="inline-list">${files.map((d) => html`<li>${downloadLink(link, d)}${d.table === undefined ? html` <span class="muted">（全表を1冊に。シート「${sheet}」）</span>` : ''}</li>`)}</ul>
${files.filter((d) => d.caveat !== undefined).map((d) => html`<p class="muted">${d.format}: ${d.caveat}</p>`)}`;
};

/** What a double-click on a CSV changes, one value per column across the tables (施策番号 1-1, 全国地方公共団体コード 062022, …). */
const fragileValues = (site: Site): string[] => {
  const seen = new Map<string, string>();
  for (const name of tableNames)
    for (const f of fragileColumns(name, site.t[name] as Record<string, unknown>[])) if (!seen.has(f.title)) seen.set(f.title, `${f.title} ${f.value}`);
  return [...seen.values()];
};

/** Every download: one row per table (CSV, the workbook, BOM CSV, JSON, schema, …), then the files of the whole plan. */
export const downloadsTable = (site: Site, link: Linker): Html => {
  const rows = tableNames.map((name) => {
    const files = tableFiles(site, name);
    return html`<tr><th scope="row"><a href="${link.to(datasetPage(name))}">${tables[name].title}</a><br><code class="muted">${name}</code></th><td data-label="ファイル"><ul class="inline-list">${files.map((d) => html`<li>${downloadLink(link, d)}</li>`)}</ul></td><td class="num" data-label="行数">${formatNumber(site.t[name].length)}</td></tr>`;
  });
  const others = otherDownloads(site.downloads);
  const workbook = workbookOf(site);
  return html`<p>Excel で使うなら <a href="${link.file(workbook.path)}" type="${workbook.mediaType}">${workbook.format}（${workbook.path}）</a> を開いてください。すべての表が1冊に入っていて、番号・コード・表記（${fragileValues(site).join('、')}）は文字のまま、数値は数値のままです。</p>
<div class="scroll" tabindex="0" role="region" aria-label="表ごとのダウンロード"><table class="downloads stack">
<caption class="muted">表ごとのファイル。CSV は UTF-8（BOM なし）。BOM付きCSV は文字化けしませんが、Excel などでダブルクリックして開くと番号や表記が日付や数値に変わることがあります（変わる列は各表のページに記載）。</caption>
<thead><tr><th scope="col">表</th><th scope="col">ファイル</th><th scope="col">行数</th></tr></thead>
<tbody>${rows}</tbody></table></div>
<h3>計画全体とメタデータ</h3>
<ul>${others.map((d) => html`<li><a href="${link.file(d.path)}" type="${d.mediaType}">${d.title}</a> <span class="muted"><code>${d.path}</code>${d.bytes === undefined ? '' : `、${formatBytes(d.bytes)}`}</span></li>`)}</ul>`;
};
