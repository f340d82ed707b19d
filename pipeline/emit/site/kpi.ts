// kpi/<code>/: one 成果指標 — its chart (baseline → target, the condition's range), the numbers as the
// plan writes them and as the data holds them, its department and policy. kpi/<code>/baseline/ and
// kpi/<code>/target/: each value at the path of its observation's IRI, so that the IRI dereferences like
// every other. dataset/kpi/: all of them.
import type { Row } from '../../tables/registry.ts';
import { progressSeries } from '../../model/progress.ts';
import { actualIri, linkedIris, observationIri } from '../jsonld.ts';
import { chartFiles, chartInputOf, entityAlternates, iriOfRecord, jsonLdOf, kpiCard, kpiChartOf, kpiFacts, kpiTrail } from './blocks.ts';
import { chartTable, drawKpi } from './chart.ts';
import { kgiValuesNote, missingPagesNote } from './gaps.ts';
import type { Site } from './context.ts';
import { escapeHtml, formatBytes, formatNumber, html, type Html } from './html.ts';
import { pageUrl, renderPage, type ShareImage, sourceLink, sourceRef } from './layout.ts';
import { chartFile, datasetPage, DATASETS, GRADE_RULES, HOME, KPI_PROGRESS, KPIS, type Linker, observationPage, recordPage } from './page-paths.ts';
import { card, cardPng } from './share-card.ts';
import { actualsSection, kpiCode, progressSummary } from './progress.ts';

/** A KPI's card as a PNG (its chart, legend and notes, titled): the page's sharing preview. */
const chartImage = (site: Site, k: Row<'indicators'>): ShareImage => ({
  path: chartFile(site.config.municipality.code, k.id, 'png'),
  ...cardPng,
  alt: `成果指標「${k.name}」のグラフ: ${drawKpi(chartInputOf(site.t, k)).numbers}`,
});

/**
 * What a reader does with a KPI's chart: download it (PNG, SVG, CSV: files of the site, emit/formats/site-charts.ts),
 * read its points as a table, or copy an HTML snippet that embeds its PNG — the newest version's, so an
 * embedded chart shows actuals as they are published — linking back to this page.
 */
const chartTools = (site: Site, link: Linker, k: Row<'indicators'>): Html => {
  const { config } = site;
  const input = chartInputOf(site.t, k);
  const files = chartFiles(site, k);
  const image = chartImage(site, k);
  const embed = `<a href="${pageUrl(config, recordPage('indicators', k.id))}"><img src="${pageUrl(config, image.path)}" width="${card.width}" height="${card.height}" alt="${escapeHtml(image.alt)}"></a>`;
  const embedId = `${k.id}-embed`;
  return html`<section class="chart-tools" aria-labelledby="chart-files"><h2 id="chart-files">グラフのダウンロード・共有</h2>
<ul class="inline-list">${files.map(
    (f) =>
      html`<li><a href="${link.to(f.path)}" type="${f.mediaType}" download>${f.label}</a> <span class="muted">${f.type === 'png' ? `${image.width}×${image.height}、` : ''}${formatBytes(f.bytes)}</span></li>`,
  )}</ul>
<p class="muted">画像には凡例・注記と出典（${config.license.id}）が入っています。CSV は UTF-8（BOM 付き）です。</p>
<details><summary>グラフのデータを表で見る</summary>${chartTable(input, `成果指標 ${kpiCode(k.id)} のグラフの数値`)}</details>
<details><summary>ウェブページに埋め込む</summary><p><label for="${embedId}">次の HTML をコピーして、ページに貼り付けてください。画像はこのページにリンクします。</label></p>
<textarea id="${embedId}" class="embed-code" readonly rows="5" cols="40" spellcheck="false">${embed}</textarea>
<p class="muted">埋め込んだ画像は、最新版のデータのグラフに置き換わります（URL は版が変わっても同じです）。</p></details>
</section>`;
};

export const kpiPage = (site: Site, k: Row<'indicators'>): string => {
  const { t } = site;
  const code = kpiCode(k.id);
  const series = progressSeries({ tables: t }, k.id);
  const latest = series[series.length - 1];
  return renderPage(site, {
    path: recordPage('indicators', k.id),
    image: chartImage(site, k),
    kicker: `成果指標 ${code}`,
    title: k.name,
    description: `${site.source.title} 成果指標「${k.name}」: 基準値 ${k.baselineNotation}（${k.baselineFiscalYear}年度）、目標値 ${k.targetNotation}（${k.targetFiscalYear}年度）${latest ? `、最新の評価 ${latest.grade}（${latest.fiscalYear}年度）` : ''}`,
    breadcrumbs: kpiTrail(site, k),
    iri: iriOfRecord(site, 'indicators', k.id),
    alternates: entityAlternates(site, 'indicators'),
    jsonLd: [
      jsonLdOf(site, [
        iriOfRecord(site, 'indicators', k.id),
        observationIri(site.config, k.id, 'baseline'),
        observationIri(site.config, k.id, 'target'),
        ...series.map((p) => actualIri(site.config, k.id, p.fiscalYear)),
      ]),
    ],
    body: (link) => html`${kpiChartOf(site, k)}
${chartTools(site, link, k)}
${actualsSection(site, link, k)}
<h2>数値</h2>
${kpiFacts(site, link, k)}
<p class="muted">基準値・目標値の表記は計画のとおりです。数値・単位・条件・年度（西暦、令和n年度 = 2018 + n 年度）は<a href="${link.to(datasetPage('indicators'))}">成果指標の表</a>の列に分けて公開しています。<a href="${link.to(KPIS)}">すべての成果指標</a></p>`,
  });
};

const kindNames = { baseline: '基準値', target: '目標値' } as const;

/** kpi/<code>/baseline/ or kpi/<code>/target/: one value of a KPI as the plan states it, at the path of its observation's IRI. */
export const valueObservationPage = (site: Site, k: Row<'indicators'>, kind: 'baseline' | 'target'): string => {
  const code = kpiCode(k.id);
  const name = kindNames[kind];
  const v =
    kind === 'baseline'
      ? {
          notation: k.baselineNotation,
          value: k.baselineValue,
          year: k.baselineFiscalYear,
          yearNotation: k.baselineFiscalYearNotation,
          fromHeader: k.baselineFiscalYearFromHeader,
          condition: null,
        }
      : {
          notation: k.targetNotation,
          value: k.targetValue,
          year: k.targetFiscalYear,
          yearNotation: k.targetFiscalYearNotation,
          fromHeader: k.targetFiscalYearFromHeader,
          condition: k.targetCondition,
        };
  const iri = observationIri(site.config, k.id, kind);
  return renderPage(site, {
    path: observationPage(k.id, kind),
    kicker: `成果指標 ${code} の${name}`,
    title: `${k.name}（${name}）`,
    description: `${site.source.title} 成果指標「${k.name}」の${name}: ${v.notation}（${v.year}年度）`,
    breadcrumbs: kpiTrail(site, k, true),
    iri,
    alternates: entityAlternates(site, 'indicators'),
    jsonLd: [jsonLdOf(site, [iri])],
    body: (link) => html`<dl class="facts">
<dt>${name}</dt><dd>${v.notation}<span class="muted">（計画の表記のまま）</span></dd>
<dt>値</dt><dd>${formatNumber(v.value)}${k.unit ? html`<span class="muted">（単位 ${k.unit}）</span>` : ''}</dd>
${v.condition ? html`<dt>条件</dt><dd>${v.condition}</dd>` : ''}
<dt>年度</dt><dd>${v.year}年度<span class="muted">（${v.yearNotation}${v.fromHeader ? '、表の見出しの年度' : ''}）</span></dd>
<dt>出典</dt><dd>${sourceRef(link, k.sourceLine)}</dd>
</dl>
<p><a href="${link.to(recordPage('indicators', k.id))}">成果指標 ${code} のグラフと、基準値・目標値・実績値</a></p>`,
  });
};

/** dataset/kpi/ (the IRI of the KPI data cube): every KPI as a card with a small chart, by goal; the KGIs above them. */
export const kpisPage = (site: Site): string => {
  const { t } = site;
  const byGoal = t.goals
    .map((g) => ({ g, kpis: site.links.children('policies', g.id).flatMap((p) => site.links.children('indicators', p.id)) }))
    .filter((x) => x.kpis.length > 0);
  return renderPage(site, {
    path: KPIS,
    title: '成果指標の基準値と目標値',
    description: `${site.source.title}の成果指標（KPI）${t.indicators.length}件の基準値と目標値のグラフ。`,
    breadcrumbs: [
      ['ホーム', HOME],
      ['データ', DATASETS],
    ],
    iri: linkedIris(site.config).kpiDataSet,
    alternates: entityAlternates(site, 'indicators'),
    jsonLd: [jsonLdOf(site, [linkedIris(site.config).kpiDataSet])],
    body: (
      link,
    ) => html`<p class="lead">施策のページに掲げられた${t.indicators.length}の成果指標です。指標名から、グラフの数値・実績値・担当課の詳しいページへ進めます。</p>
<p>${progressSummary(site)}<a href="${link.to(KPI_PROGRESS)}">実績値と進捗の一覧</a>・<a href="${link.to(GRADE_RULES)}">評価の基準（S・A・B・C）</a></p>
<ul class="legend kpi-legend" aria-label="グラフの記号"><li><span class="key key-baseline" aria-hidden="true"></span>基準値</li><li><span class="key key-target" aria-hidden="true"></span>目標値</li><li><span class="key key-actual" aria-hidden="true"></span>実績値</li><li><span class="key key-band" aria-hidden="true"></span>目標の条件（以上・以下・未満）を満たす範囲</li></ul>
${missingPagesNote(site, link)}
${byGoal.map(
  ({ g, kpis }) => html`<section aria-labelledby="${g.id}"><h2 id="${g.id}">基本目標${g.number} ${g.name}<span class="count">${kpis.length}件</span></h2>
<ul class="kpi-grid">${kpis.map((k) => kpiCard(site, link, k))}</ul></section>`,
)}
<section aria-labelledby="kgis"><h2 id="kgis">重要目標達成指標（KGI）</h2>
<p>成果指標とは別に、計画は基本構想の重要目標達成指標（KGI）として ${t.kgis.map((k, i) => html`${i > 0 ? '・' : ''}「${k.name}」${sourceLink(link, k.sourceLine)}`)} を挙げています。</p>
${kgiValuesNote(site)}</section>`,
  });
};
