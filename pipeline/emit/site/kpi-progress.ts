// dataset/kpi-progress/ (the IRI of the KPI progress data cube): every actual, the latest grade per KPI
// and the S/A/B/C rule as the grade_rules table states it. kpi/<code>/actual/<year>/: one actual at the
// path of its IRI `{baseIri}kpi/4-1-1/actual/2026`, so that the IRI dereferences like every other.
import { latestProgress } from '../../model/progress.ts';
import { actualIri, linkedIris } from '../jsonld.ts';
import { entityAlternates, jsonLdOf, kpiItem, kpiTrail, tableFileLinks } from './blocks.ts';
import type { Site } from './context.ts';
import { formatNumber, html, type Html } from './html.ts';
import { renderPage, sourceLink } from './layout.ts';
import { sourceFileLink } from './source-files.ts';
import { actualAnchor, actualPage, datasetPage, DATASETS, HOME, KPI_PROGRESS, KPIS, type Linker, recordPage, VOCAB } from './page-paths.ts';
import {
  formatRate,
  gradeMark,
  gradeRow,
  kpiCode,
  latestGradeCompact,
  latestGradeCounts,
  NO_ACTUAL,
  type Progress,
  progressWarnings,
  provenanceOf,
  ruleLink,
  valueText,
} from './progress.ts';

/** kpi/<code>/actual/<year>/: one actual, at the path of its IRI, with its rate, grade and provenance. */
export const actualObservationPage = (site: Site, p: Progress): string => {
  const k = site.links.row('indicators', p.indicatorId);
  const iri = actualIri(site.config, k.id, p.fiscalYear);
  const rule = gradeRow(site, p.grade);
  return renderPage(site, {
    path: actualPage(k.id, p.fiscalYear),
    kicker: `成果指標 ${kpiCode(k.id)} の実績`,
    title: `${k.name}（${p.fiscalYear}年度）`,
    description: `${site.source.title} 成果指標「${k.name}」の${p.fiscalYear}年度の実績値 ${valueText(p.actualValue, k.unit)}: 評価 ${p.grade}（${rule.name}）、${formatRate(p.progressRate)}`,
    breadcrumbs: kpiTrail(site, k, true),
    iri,
    alternates: entityAlternates(site, 'indicator_progress'),
    jsonLd: [jsonLdOf(site, [iri])],
    body: (link) => html`<dl class="facts">
<dt>実績値</dt><dd>${valueText(p.actualValue, k.unit)}<span class="muted">（${p.fiscalYear}年度）</span></dd>
<dt>評価</dt><dd>${gradeMark(site, p.grade)} <span class="muted">${rule.criterion}</span> ${ruleLink(link)}${progressWarnings(site, link, p)}</dd>
<dt>進捗率</dt><dd>${formatRate(p.progressRate).replace(/^進捗率 /, '')}${p.progressRate === null ? '' : html`<span class="muted">（(${formatNumber(p.actualValue)} − ${formatNumber(k.baselineValue)}) / (${formatNumber(k.targetValue)} − ${formatNumber(k.baselineValue)})、データでは ${String(p.progressRate)}）</span>`}</dd>
<dt>基準値</dt><dd>${k.baselineNotation}<span class="muted">（${k.baselineFiscalYear}年度）</span>${sourceLink(link, k.sourceLine)}</dd>
<dt>目標値</dt><dd>${k.targetNotation}<span class="muted">（${k.targetFiscalYear}年度）</span></dd>
<dt>出典</dt><dd>${provenanceOf(p.provenance)}</dd>
<dt>記録</dt><dd>${sourceFileLink(site, 'indicator-actuals.csv')}の${p.sourceLine}行目<span class="muted">（見出しが1行目。計画の本文の行ではありません）</span></dd>
</dl>
<p><a href="${link.to(`${recordPage('indicators', k.id)}#${actualAnchor(p.fiscalYear)}`)}">成果指標 ${kpiCode(k.id)} のすべての実績値とグラフ</a></p>`,
  });
};

/** The S/A/B/C rule, from the grade_rules table: each grade at its record's anchor (#grade-s, …). */
const gradeRulesSection = (site: Site, link: Linker): Html => html`<section aria-labelledby="grade-rules"><h2 id="grade-rules">評価の基準（S・A・B・C）</h2>
<p>評価はこのデータが定める規則で、計画が定めたものではありません。向きは、目標の条件が「以上」なら上向き、「以下」「未満」なら下向き、条件がなければ目標値 − 基準値の符号です。目標値が条件の向きと逆の側にあるとき（成果指標 5-5-1、94.8％ → 95％以下など）、目標に届かない実績値は基準値より悪い側にあるので、進捗率によらず C です。進捗率 = (実績値 − 基準値) / (目標値 − 基準値) は、書かれた小数のまま正確に計算しています。</p>
<div class="scroll" tabindex="0" role="region" aria-label="評価の基準"><table class="grade-rules stack"><thead><tr><th scope="col">評価</th><th scope="col">判定基準</th></tr></thead>
<tbody>${site.t.grade_rules.map((r) => html`<tr id="${r.id}"><th scope="row">${gradeMark(site, r.grade)}</th><td data-label="判定基準">${r.criterion}</td></tr>`)}</tbody></table></div>
<p class="muted">この表は <a href="${link.to(datasetPage('grade_rules'))}"><code>grade_rules</code></a> として公開しています。Linked Data では語彙のコードリスト <a href="${link.to(`${VOCAB}#grades`)}"><code>yp:grades</code></a> です。</p>
${tableFileLinks(site, link, 'grade_rules')}
</section>`;

/** dataset/kpi-progress/ (the IRI of the KPI progress data cube): every actual, the latest grade per KPI, the rule. */
export const kpiProgressPage = (site: Site): string => {
  const { t } = site;
  const rows = t.indicator_progress;
  const withActuals = t.indicators.filter((k) => site.links.children('indicator_progress', k.id).length > 0);
  const latest = withActuals.map((k) => latestProgress({ tables: t }, k.id)!);
  const counts = latestGradeCounts(site);
  return renderPage(site, {
    path: KPI_PROGRESS,
    title: '成果指標の実績値と進捗',
    description: `${site.source.title}の成果指標（KPI）の実績値、進捗率と評価（S・A・B・C）。${rows.length === 0 ? `${NO_ACTUAL}。` : `${withActuals.length}指標の実績値 ${rows.length}件。`}`,
    breadcrumbs: [
      ['ホーム', HOME],
      ['データ', DATASETS],
    ],
    iri: linkedIris(site.config).progressDataSet,
    alternates: entityAlternates(site, 'indicator_progress'),
    jsonLd: [jsonLdOf(site, [linkedIris(site.config).progressDataSet])],
    body: (
      link,
    ) => html`<p class="lead">市が公表した成果指標の実績値と、基準値から目標値までの進捗率・評価（S・A・B・C）です。計画の本文には実績値がありません。実績値は人が市の公表値を${sourceFileLink(site, 'indicator-actuals.csv')}に出典つきで収録したもので、このデータが作った値はありません。</p>
<dl class="facts"><dt>ファイル</dt><dd>${tableFileLinks(site, link, 'indicator_progress')}</dd></dl>
${
  rows.length === 0
    ? html`<p class="note">${NO_ACTUAL}。${t.indicators.length}の成果指標のどれにも、まだ実績値を収録していません。</p>`
    : html`<p>${t.indicators.length}の成果指標のうち${withActuals.length}指標に実績値があります（${rows.length}件）。最新の評価: ${counts.map(([g, n], i) => html`${i > 0 ? '、' : ''}${g} ${n}指標`)}。ほかの${t.indicators.length - withActuals.length}指標は${NO_ACTUAL}。</p>
<h2 id="latest">成果指標ごとの最新の評価</h2>
<div class="scroll" tabindex="0" role="region" aria-label="成果指標ごとの最新の評価"><table class="stack"><thead><tr><th scope="col">成果指標</th><th scope="col">最新の実績値</th><th scope="col">評価</th></tr></thead>
<tbody>${withActuals.map((k, i) => html`<tr><th scope="row"><a href="${link.to(recordPage('indicators', k.id))}"><span class="code">${kpiCode(k.id)}</span>${k.name}</a></th><td class="num" data-label="最新の実績値">${valueText(latest[i]!.actualValue, k.unit)}</td><td data-label="評価">${latestGradeCompact(site, link, k)}</td></tr>`)}</tbody></table></div>
<h2 id="charts">実績値のある成果指標</h2>
<ul class="kpis">${withActuals.map((k) => kpiItem(site, link, k))}</ul>`
}
${gradeRulesSection(site, link)}
<p><a href="${link.to(KPIS)}">すべての成果指標（基準値と目標値）</a></p>`,
  });
};
