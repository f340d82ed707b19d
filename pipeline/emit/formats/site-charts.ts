// dist/site/chart/062022_<kpi id>.{svg,png,csv}: each KPI's chart as files a reader downloads, shares and
// embeds — the card (emit/site/share-card.ts: title, chart, legend, notes, attribution) as SVG and as a
// 1200 × 630 PNG (emit/png.ts; the KPI page's og:image), and the points it draws as CSV (one row per
// point: baseline, actuals, target; UTF-8 with a BOM so that a spreadsheet opened by double-click reads
// it, CRLF, text quoted). Built before the pages, which link them with their sizes. Part of the site, not
// distributions: the tables' files stay the data.
import Papa from 'papaparse';
import { siteFolder } from '../../publish/urls.ts';
import { neutraliseFormula, withBom } from '../csv.ts';
import type { Emitted, FileKind, OutputFormat } from '../output-format.ts';
import { pngOf } from '../png.ts';
import { chartInputOf } from '../site/blocks.ts';
import { chartRows, type KpiChartInput } from '../site/chart.ts';
import { kpiCode } from '../site/progress.ts';
import { type ChartFileType, chartFile } from '../site/page-paths.ts';
import { cardPng, kpiCard } from '../site/share-card.ts';

/** The site's files are held as their UTF-8 bytes (emit/site/index.ts says why). */
const utf8 = new TextEncoder();
import { csvKind } from './table-csv.ts';

export const svgKind: FileKind = { mediaType: 'image/svg+xml', fileType: 'SVG', label: { ja: 'SVG', en: 'SVG' } };
export const pngKind: FileKind = { mediaType: 'image/png', fileType: 'PNG', label: { ja: 'PNG', en: 'PNG' } };
const chartCsvKind: FileKind = { ...csvKind, label: { ja: 'CSV', en: 'CSV' } };

/** The CSV header, in the order of the columns. */
const columns = ['指標ID', '指標名', '区分', '年度', '年度表記', '値', '単位', '目標条件', '計画の表記', '評価'] as const;

/** A KPI's chart points as CSV: RFC 4180, CRLF, text quoted (a formula-like text neutralised, as every CSV of ours), empty for none. */
export const chartCsv = (kpiId: string, k: KpiChartInput): string => {
  const text = (v: string | null) => (v === null ? null : neutraliseFormula(v));
  const data = chartRows(k).map((r) => [
    kpiId,
    text(k.name),
    r.kind,
    r.fiscalYear,
    text(r.fiscalYearNotation),
    r.value,
    text(r.unit),
    r.condition,
    text(r.notation),
    r.grade,
  ]);
  const quotes = columns.map((c) => !['年度', '値'].includes(c));
  const body = Papa.unparse({ fields: [...columns], data }, { quotes, quoteChar: '"', escapeChar: '"', delimiter: ',', newline: '\r\n', header: true });
  return withBom(`${body}\r\n`);
};

export const siteCharts: OutputFormat = {
  name: 'site-charts',
  phase: 'site',
  // One KPI's files at a time, each yielded as it is made: a large plan's images are never all held (issue 23 §2).
  emit: async function* ({ model, provenance }) {
    const { config } = provenance;
    const code = config.municipality.code;
    for (const k of model.tables.indicators) {
      const input = chartInputOf(model.tables, k);
      const svg = kpiCard(input, `成果指標 ${kpiCode(k.id)}`, { attribution: `出典: ${config.license.attribution}（${config.license.title}）` });
      const subject = { ja: `成果指標 ${kpiCode(k.id)}「${k.name}」のグラフ`, en: `Chart of KPI ${kpiCode(k.id)}` };
      const file = (type: ChartFileType, content: string | Uint8Array, kind: FileKind, what: { ja: string; en: string }): Emitted => ({
        path: `${siteFolder}/${chartFile(code, k.id, type)}`,
        content,
        kind,
        subject,
        title: { ja: `${subject.ja}（${kind.label.ja}）`, en: `${subject.en} (${kind.label.en})` },
        description: what,
        distribution: false,
      });
      yield file('svg', utf8.encode(svg), svgKind, {
        ja: '基準値・実績値・目標値のグラフ（凡例・注記・出典付き）',
        en: 'Baseline, actuals and target, with legend, notes and attribution',
      });
      yield file('png', await pngOf(svg, cardPng.width), pngKind, {
        ja: '同じグラフの画像（1200 × 630 ピクセル）',
        en: 'The same chart as an image (1200 × 630 pixels)',
      });
      yield file('csv', utf8.encode(chartCsv(k.id, input)), chartCsvKind, {
        ja: 'グラフの点（基準値・実績値・目標値）の表',
        en: 'The points of the chart (baseline, actuals, target)',
      });
    }
  },
};
