// KPI progress beside a KPI, wherever one is shown: its latest grade (with its fiscal year, progress rate
// and a link to the grade rule), its actuals by year, and the warnings the quality report gives an actual.
// Where a KPI has no actual the pages say so in words: the plan gives none, and the dataset invents none.
import { codeOfId } from '../../ids.ts';
import { latestProgress, progressSeries } from '../../model/progress.ts';
import type { Row } from '../../tables/registry.ts';
import type { Site } from './context.ts';
import { formatNumber, html, type Html } from './html.ts';
import { actualAnchor, actualPage, GRADE_RULES, KPI_PROGRESS, type Linker, QUALITY } from './page-paths.ts';
import { entriesNaming } from './quality.ts';
import { sourceFileLink } from './source-files.ts';

export type Progress = Row<'indicator_progress'>;
type Kpi = Row<'indicators'>;

/** The words for a KPI without actuals, wherever its grade would stand. */
export const NO_ACTUAL = '実績値はまだ公開されていません';

/** A KPI's code (`kpi-4-1-1` → `4-1-1`), as its pages show it. */
export const kpiCode = (kpiId: string): string => codeOfId('indicators', kpiId);

/**
 * A progress rate as a percentage for people (0.2523… → 25.2％). One decimal, or as many more as it takes
 * for the figure to stand on the same side of 0 and of 10 ％ as the rate itself, so that the text never reads
 * as another grade's band (the data files keep the exact rate).
 */
export const formatRate = (rate: number | null): string => {
  if (rate === null) return '進捗率なし（目標値と基準値が同じ）';
  const band = (v: number) => (v >= 0.1 ? 1 : v < 0 ? -1 : 0);
  let text = '';
  for (let decimals = 1; decimals <= 6; decimals += 1) {
    text = (rate * 100).toFixed(decimals);
    if (Number(text) === 0) text = (0).toFixed(decimals);
    if (band(Number(text) / 100) === band(rate)) break;
  }
  return `進捗率 ${text}％`;
};

export const valueText = (value: number, unit: string | null): string => `${formatNumber(value)}${unit ?? ''}`;

export const gradeRow = (site: Pick<Site, 't'>, grade: string): Row<'grade_rules'> => {
  const row = site.t.grade_rules.find((r) => r.grade === grade);
  if (!row) throw new Error(`site: grade ${grade} is not in the grade_rules table`);
  return row;
};

/** The grade letter as a badge, and its name from the grade_rules table. */
export const gradeMark = (site: Site, grade: string): Html =>
  html`<span class="grade-badge grade-${grade.toLowerCase()}">${grade}</span><span class="grade-name">${gradeRow(site, grade).name}</span>`;

export const ruleLink = (link: Linker): Html => html`<a class="rule-link" href="${link.to(GRADE_RULES)}">評価の基準</a>`;

/** What the quality report says of one actual, in words a reader can act on, each linking its entry. */
const warningsOf = (site: Site, p: Progress): { text: string; entry: string }[] => {
  const kpi = site.links.row('indicators', p.indicatorId);
  return entriesNaming(site, p.id).flatMap((i) => {
    const e = site.report.entries[i]!;
    const entry = `${QUALITY}#entry-${i + 1}`;
    if (e.ruleId === 'progress:target-against-direction') {
      const side = kpi.targetValue > kpi.baselineValue ? '上' : '下';
      return [
        {
          entry,
          text: `目標値 ${kpi.targetNotation} は基準値 ${kpi.baselineNotation} より${side}にあり、条件「${kpi.targetCondition ?? ''}」の向きと逆です。進捗率は条件に近づいた度合いではなく離れた度合いを表すので、評価には使わず、条件を満たさない実績値は C（後退）としています。`,
        },
      ];
    }
    if (e.ruleId === 'progress:percent-as-fraction')
      return [{ entry, text: `実績値 ${formatNumber(p.actualValue)} は％ではなく割合で書かれているおそれがあります（書かれたとおりに公開しています）。` }];
    return [{ entry, text: `品質レポートに記載があります（${site.report.rules.find((r) => r.ruleId === e.ruleId)?.ja.summary ?? e.ruleId}）。` }];
  });
};

/** The quality report's warnings of an actual, as notes beside its grade. */
export const progressWarnings = (site: Site, link: Linker, p: Progress): Html =>
  html`${warningsOf(site, p).map((w) => html`<p class="note warn grade-warning"><strong>注意</strong>: ${w.text}<a href="${link.to(w.entry)}">品質レポート</a></p>`)}`;

/** The same, short, for a table cell or a list item. */
const warningLinks = (site: Site, link: Linker, p: Progress): Html =>
  html`${warningsOf(site, p).map((w) => html` <a class="warn-link" href="${link.to(w.entry)}">注意（品質レポート）</a>`)}`;

/** One sentence on how many KPIs have an actual: the overviews' first word on progress. */
export const progressSummary = (site: Site): string => {
  const { t } = site;
  const graded = new Set(t.indicator_progress.map((p) => p.indicatorId)).size;
  if (graded === 0) return `成果指標の${NO_ACTUAL}（評価もまだありません）。`;
  return `${t.indicators.length}の成果指標のうち${graded}指標に実績値があり、最新の実績値で評価しています（ほかの${t.indicators.length - graded}指標は${NO_ACTUAL}）。`;
};

/** How many KPIs stand at each grade by their latest actual, in the grade_rules table's order (S, A, B, C). */
export const latestGradeCounts = (site: Site): (readonly [string, number])[] => {
  const latest = site.t.indicators.map((k) => latestProgress({ tables: site.t }, k.id)?.grade).filter((g) => g !== undefined);
  return site.t.grade_rules.map((r) => [r.grade, latest.filter((g) => g === r.grade).length] as const);
};

/** A KPI's latest grade as a paragraph under its chart: grade, fiscal year, actual, rate, the rule; or that there is no actual. */
export const latestGradeLine = (site: Site, link: Linker, k: Kpi): Html => {
  const latest = latestProgress({ tables: site.t }, k.id);
  if (!latest) return html`<p class="grade-line">最新の評価: <span class="no-actual">${NO_ACTUAL}</span>（評価なし）。${ruleLink(link)}</p>`;
  return html`<p class="grade-line">最新の評価: ${gradeMark(site, latest.grade)}<span class="muted">（<a href="${link.to(actualPage(k.id, latest.fiscalYear))}">${latest.fiscalYear}年度</a>の実績 ${valueText(latest.actualValue, k.unit)}、${formatRate(latest.progressRate)}）</span> ${ruleLink(link)}</p>
${progressWarnings(site, link, latest.row)}`;
};

/** A KPI's latest grade in a table cell or after a list item: short, the fiscal year and rate below. */
export const latestGradeCompact = (site: Site, link: Linker, k: Kpi): Html => {
  const latest = latestProgress({ tables: site.t }, k.id);
  if (!latest) return html`<span class="no-actual">実績値なし</span>`;
  return html`${gradeMark(site, latest.grade)} <span class="muted grade-detail"><a href="${link.to(actualPage(k.id, latest.fiscalYear))}">${latest.fiscalYear}年度</a>・${formatRate(latest.progressRate)}</span>${warningLinks(site, link, latest.row)}`;
};

/** A KPI's grades year by year, when it has more than one actual: the trend a list item can show in one line. */
export const gradeHistory = (site: Site, link: Linker, k: Kpi): Html => {
  const series = progressSeries({ tables: site.t }, k.id);
  if (series.length < 2) return html``;
  return html`<span class="muted grade-detail">年度ごとの評価: ${series.map((p, i) => html`${i > 0 ? '、' : ''}<a href="${link.to(actualPage(k.id, p.fiscalYear))}">${p.fiscalYear}年度</a> ${p.grade}`)}</span>`;
};

/** Characters that end a URL written at the start of 出典 (`https://…/report.pdf, p.3`). */
const urlEnd = new Set([' ', '\t', '\n', '\r', '\u3000', ',', '、', '，', '（', '）', '(', ')', '<', '>', '"']);

/** Where the figure was published: a leading http(s) URL becomes a link, the rest stays text. */
export const provenanceOf = (text: string): Html => {
  if (!/^https?:\/\//.test(text)) return html`${text}`;
  let end = 0;
  while (end < text.length && !urlEnd.has(text[end]!)) end += 1;
  const url = text.slice(0, end);
  try {
    new URL(url);
  } catch {
    return html`${text}`;
  }
  return html`<a href="${url}">${url}</a>${text.slice(end)}`;
};

const curatedLine = (p: Progress): Html => html`<span class="muted">（記録ファイルの${p.sourceLine}行目）</span>`;

/** A KPI's actuals by fiscal year, each row at its anchor (#actual-2026) and linking the page of its IRI. */
export const actualsSection = (site: Site, link: Linker, k: Kpi): Html => {
  const series = progressSeries({ tables: site.t }, k.id);
  return html`<section aria-labelledby="actuals"><h2 id="actuals">実績値と評価</h2>
${
  series.length === 0
    ? html`<p class="no-actual-note">この成果指標の<span class="no-actual">${NO_ACTUAL}</span>。そのため評価（<a href="${link.to(GRADE_RULES)}">S・A・B・C</a>）もありません。計画の本文に実績値はなく、このデータは実績値を作りません。市が公表した値が${sourceFileLink(site, 'indicator-actuals.csv')}に収録されると、ここに年度ごとの実績値・進捗率・評価が載ります。</p>`
    : html`${latestGradeLine(site, link, k)}
<div class="scroll" tabindex="0" role="region" aria-label="年度ごとの実績値と評価"><table class="actuals"><thead><tr><th scope="col">年度</th><th scope="col">実績値</th><th scope="col">進捗率</th><th scope="col">評価</th></tr></thead>
${series.map(
  (
    p,
  ) => html`<tbody id="${actualAnchor(p.fiscalYear)}"><tr><th scope="rowgroup" rowspan="2"><a href="${link.to(actualPage(k.id, p.fiscalYear))}">${p.fiscalYear}年度</a></th><td class="num">${valueText(p.actualValue, k.unit)}</td><td class="num">${formatRate(p.progressRate).replace(/^進捗率 /, '')}</td><td class="grade-cell">${gradeMark(site, p.grade)}${warningLinks(site, link, p)}</td></tr>
<tr><td colspan="3" class="provenance">出典: ${provenanceOf(p.provenance)} ${curatedLine(p)}</td></tr></tbody>`,
)}</table></div>
<p class="muted">進捗率 = (実績値 − 基準値) / (目標値 − 基準値)。実績値は市の公表値を${sourceFileLink(site, 'indicator-actuals.csv')}に収録したもの（行番号はこのファイルの行）。<a href="${link.to(KPI_PROGRESS)}">すべての実績値</a></p>`
}
</section>`;
};
