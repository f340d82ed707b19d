// A KPI as an SVG chart, drawn at build time so it shows from disk and without JS: baseline (●) and
// target (◆) at their fiscal years, the range the condition admits (以上 above the target, 以下/未満 below
// it; 未満's boundary dashed, as it is excluded), actuals (■, joined from the baseline) and a grade when
// there are any. The value axis starts at zero unless that would flatten the change (130 → 135): then it
// spans the values, and the chart says so in words and with a break on the axis. A legend names every
// mark — the dotted line from baseline to target is no trend, and says so — and notes say what a reader
// could misread: an axis not from zero, a baseline that already meets its target (by the target's
// condition, as grades judge it), a value without a unit. Colours are presentation attributes, not CSS, so
// the same drawing is the page's chart, the downloadable SVG and the PNG (chart-card.ts). The SVG is one
// image to assistive technology (role="img" with a title and a description); the caption and the data
// table state every number.
import { meetsTarget } from '../../model/grade.ts';
import { formatNumber, html, raw, type Html } from './html.ts';
import { textWidth, wrapLines } from './svg-text.ts';

export type Condition = '以上' | '以下' | '未満';

export interface KpiChartInput {
  /** Unique on the page: prefixes the SVG's element IDs. */
  id: string;
  name: string;
  unit: string | null;
  baseline: { fiscalYear: number; value: number; notation: string; fiscalYearNotation: string };
  target: { fiscalYear: number; value: number; notation: string; fiscalYearNotation: string; condition: Condition | null };
  /** Measured values after the baseline, when KPI progress is published, each with its grade if any. */
  actuals?: readonly { fiscalYear: number; value: number; grade?: string }[];
  /** The latest grade of progress, when one is published. */
  grade?: { label: string; description?: string };
}

/** The chart's colours (AA against white where they carry text), the same as the site's stylesheet names them. */
export const palette = {
  text: '#1b1b1b',
  muted: '#4d4d4d',
  grid: '#e3e3e3',
  axis: '#767676',
  path: '#8c8c8c',
  baseline: '#1f5fa8',
  target: '#b3261e',
  actual: '#1e6b34',
  band: '#e3f1e6',
  accent: '#0d5c3f',
} as const;

// Drawing area in viewBox units. 360 wide: on a 390 px phone one unit is about one CSS pixel.
export const chartWidth = 360;
const frame = { left: 46, right: 344, top: 30, bottom: 176 };
const pad = 22;

/** Coordinates to one decimal: the same text on every machine. */
const n = (v: number): string => String(Math.round(v * 10) / 10);

export interface ValueAxis {
  min: number;
  max: number;
  ticks: number[];
  /** Decimals every tick label shows (2.6, 2.8, 3.0). */
  decimals: number;
  /** Whether the axis starts at zero (or spans it). */
  fromZero: boolean;
}

/** Ticks at 1, 2, 2.5 or 5 × 10^k (`steps`, never less than `least`) from below `lo` to above `top`, 3–6 of them for a span of hi − lo. */
const niceTicks = (lo: number, hi: number, top: number, steps = [1, 2, 2.5, 5, 10], least = 0): Omit<ValueAxis, 'fromZero'> => {
  const span = hi - lo || 1;
  const rough = (span * 1.15) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(least, (steps.find((m) => m * magnitude >= rough) ?? 10) * magnitude);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + (step / magnitude === 2.5 ? 1 : 0));
  // A hair of tolerance: 94.8 / 0.1 is 947.9999…, and must floor to 947, not 948 (above the value).
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(top / step - 1e-9) || 1;
  const ticks: number[] = [];
  for (let k = first; k <= last; k += 1) ticks.push(Number((k * step).toFixed(decimals)));
  return { min: ticks[0]!, max: ticks[ticks.length - 1]!, ticks, decimals };
};

/** A change smaller than this share of a zero-based axis (~18 of its 146 units) reads as no change: the axis then spans the values instead. */
export const flattening = 1 / 8;

/**
 * The value axis: zero-based, with headroom above the largest value, unless the values' change would fill
 * less than an eighth of it (130 → 135, 2.7 → 3.0, 94.8 → 95): then the axis spans the values with a margin
 * (never below zero when no value is; on whole steps when every value is whole, as counts are), and
 * `fromZero` is false so the chart says so.
 */
export const valueAxis = (values: readonly number[]): ValueAxis => {
  const hi = Math.max(...values);
  const lo = Math.min(...values);
  const zeroBased = niceTicks(Math.min(0, lo), Math.max(0, hi), Math.max(0, hi) * 1.12);
  const span = hi - lo;
  if (span === 0 || lo < 0 || span / (zeroBased.max - zeroBased.min) >= flattening) return { ...zeroBased, fromZero: true };
  const margin = span * 0.3;
  const bottom = Math.max(0, lo - margin);
  // No 2.5 steps here: ticks off the values' own grid (127.5 between 130 and 135) read as values.
  const tight = niceTicks(bottom, hi + margin, hi + margin, [1, 2, 5, 10], values.every(Number.isInteger) ? 1 : 0);
  return { ...tight, fromZero: tight.min <= 0 };
};

/** A tick's label with the axis's decimals (3.0, not 3, beside 2.8). */
export const tickText = (value: number, decimals: number): string => {
  const s = formatNumber(Number(value.toFixed(decimals)));
  if (decimals === 0) return s;
  const [whole, fraction = ''] = s.split('.');
  return `${whole}.${fraction.padEnd(decimals, '0')}`;
};

/** A label centred on x but kept inside the drawing. */
const label = (x: number, y: number, text: string, size: number, cls: string): Html => {
  const half = textWidth(text, size) / 2;
  const cx = Math.min(Math.max(x, half + 2), chartWidth - half - 2);
  return html`<text x="${n(cx)}" y="${n(y)}" class="${cls}" text-anchor="middle" font-size="${size}" font-weight="700" fill="${palette.text}">${text}</text>`;
};

// ── marks: each drawn by one function, in the plot and in the legend's keys alike ─────────────────────────

const diamond = (cx: number, cy: number, r: number) => `M${n(cx)} ${n(cy - r)}L${n(cx + r)} ${n(cy)}L${n(cx)} ${n(cy + r)}L${n(cx - r)} ${n(cy)}Z`;
const marks = {
  baseline: (cx: number, cy: number, r = 5.5) => html`<circle class="baseline" cx="${n(cx)}" cy="${n(cy)}" r="${r}" fill="${palette.baseline}"/>`,
  target: (cx: number, cy: number, r = 7) => html`<path class="target" d="${diamond(cx, cy, r)}" fill="#fff" stroke="${palette.target}" stroke-width="2.5"/>`,
  actual: (cx: number, cy: number, s = 9) =>
    html`<rect class="actual" x="${n(cx - s / 2)}" y="${n(cy - s / 2)}" width="${s}" height="${s}" fill="${palette.actual}"/>`,
  actualLine: (d: string) => html`<path class="actual-line" d="${d}" fill="none" stroke="${palette.actual}" stroke-width="2"/>`,
  path: (x1: number, y1: number, x2: number, y2: number) =>
    html`<line class="path" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${palette.path}" stroke-width="1.5" stroke-dasharray="2 4"/>`,
  band: (x: number, y: number, w: number, h: number) =>
    html`<rect class="band" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(Math.max(0, h))}" fill="${palette.band}"/>`,
  boundary: (x1: number, x2: number, y: number, open: boolean) =>
    html`<line class="boundary${open ? ' open' : ''}" x1="${n(x1)}" x2="${n(x2)}" y1="${n(y)}" y2="${n(y)}" stroke="${palette.actual}" stroke-width="1.5"${open ? raw(' stroke-dasharray="5 4"') : ''}/>`,
  /** Two slashes across the axis where its values from zero are left out. */
  axisBreak: (x: number, y: number) =>
    html`<g class="axis-break"><rect x="${n(x - 4)}" y="${n(y - 6)}" width="10" height="12" fill="#fff"/><path d="M${n(x - 5)} ${n(y + 5)}L${n(x + 1)} ${n(y - 5)}M${n(x + 1)} ${n(y + 5)}L${n(x + 7)} ${n(y - 5)}" fill="none" stroke="${palette.axis}" stroke-width="1.5"/></g>`,
};

/** A legend entry: its mark drawn in a 24 × 14 box, and what it means. */
export interface LegendItem {
  key: Html;
  label: string;
}
export const keyBox = { width: 24, height: 14 } as const;

export interface KpiDrawing {
  /** viewBox size. */
  width: number;
  height: number;
  /** Everything inside the <svg>: grid, axes, range, marks, labels and notes. */
  body: Html;
  legend: LegendItem[];
  /** What a reader could misread, in words. */
  notes: string[];
  /** Every number of the chart in words. */
  numbers: string;
  /** Its description: the numbers, then the notes. */
  text: string;
}

/**
 * The chart of a KPI: its marks, its legend and its notes, in viewBox units. The notes are drawn under the
 * plot only when asked (`notesInside`, for an image that stands alone); a page prints them as text.
 */
export const drawKpi = (k: KpiChartInput, notesInside = false): KpiDrawing => {
  const actuals = [...(k.actuals ?? [])].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const years = [k.baseline.fiscalYear, k.target.fiscalYear, ...actuals.map((a) => a.fiscalYear)];
  let y0 = Math.min(...years);
  let y1 = Math.max(...years);
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const axis = valueAxis([k.baseline.value, k.target.value, ...actuals.map((a) => a.value)]);
  const tickLabels = axis.ticks.map((t) => tickText(t, axis.decimals));
  // The value axis's labels end 5 units left of the plot: room for the widest (150,000 needs more than 46).
  const plot = { ...frame, left: Math.max(frame.left, Math.ceil(Math.max(...tickLabels.map((t) => textWidth(t, 11))) + 8)) };
  const x = (year: number) => plot.left + pad + ((year - y0) / (y1 - y0)) * (plot.right - plot.left - 2 * pad);
  const y = (value: number) => plot.bottom - ((value - axis.min) / (axis.max - axis.min)) * (plot.bottom - plot.top);
  const unit = k.unit ?? '';
  const c = k.target.condition;

  const yearTicks: number[] = [];
  const every = y1 - y0 > 8 ? 2 : 1;
  for (let year = y0; year <= y1; year += every) yearTicks.push(year);

  const ty = y(k.target.value);
  const band = (() => {
    if (c === null) return '';
    const [top, bottom] = c === '以上' ? [plot.top, ty] : [ty, plot.bottom];
    return html`${marks.band(plot.left, top, plot.right - plot.left, bottom - top)}${marks.boundary(plot.left, plot.right, ty, c === '未満')}`;
  })();

  const bx = x(k.baseline.fiscalYear);
  const by = y(k.baseline.value);
  const tx = x(k.target.fiscalYear);
  const actualPath = actuals.length > 0 ? `M${n(bx)} ${n(by)}${actuals.map((a) => `L${n(x(a.fiscalYear))} ${n(y(a.value))}`).join('')}` : '';
  // Labels above their points; a point near the top gets its label below.
  const above = (py: number) => (py - 10 < plot.top - 14 ? py + 20 : py - 10);
  const roleOf = new Map<number, string>([
    [k.baseline.fiscalYear, '基準'],
    [k.target.fiscalYear, '目標'],
  ]);
  for (const a of actuals) if (!roleOf.has(a.fiscalYear)) roleOf.set(a.fiscalYear, '実績');
  const last = actuals[actuals.length - 1];

  const meets = meetsTarget({ baselineValue: k.baseline.value, targetValue: k.target.value, targetCondition: c }, k.baseline.value);
  const notes = [
    ...(axis.fromZero ? [] : [`縦軸は${tickLabels[0]}から始まります（0からではありません）。`]),
    ...(meets ? [`基準値 ${k.baseline.notation} は、すでに目標「${k.target.notation}」を満たしています。`] : []),
    ...(k.unit === null ? ['この指標の値には単位がありません。計画は単位も尺度（最小値・最大値）も示していません。'] : []),
  ];
  // The notes under the plot, each wrapped to the drawing's width.
  const noteLines = notesInside ? notes.flatMap((note) => wrapLines(`※${note}`, 11, chartWidth - 8)) : [];
  const noteY = (i: number) => plot.bottom + 50 + 15 * i;
  const height = noteLines.length === 0 ? 230 : noteY(noteLines.length - 1) + 8;

  const summary = `基準値 ${k.baseline.notation}（${k.baseline.fiscalYear}年度、${k.baseline.fiscalYearNotation}）、目標値 ${k.target.notation}（${k.target.fiscalYear}年度、${k.target.fiscalYearNotation}）`;
  const actualText =
    actuals.length > 0
      ? `。実績 ${actuals.map((a) => `${a.fiscalYear}年度 ${formatNumber(a.value)}${unit}${a.grade ? `（評価 ${a.grade}）` : ''}`).join('、')}`
      : '';
  const gradeText = k.grade ? `。評価 ${k.grade.label}${k.grade.description ? `（${k.grade.description}）` : ''}` : '';

  const body = html`${band}
<g class="grid" stroke="${palette.grid}" stroke-width="1">${axis.ticks.map((t) => html`<line x1="${plot.left}" x2="${plot.right}" y1="${n(y(t))}" y2="${n(y(t))}"/>`)}</g>
<g fill="${palette.muted}">${axis.ticks.map((t, i) => html`<text class="tick" x="${plot.left - 5}" y="${n(y(t) + 4)}" text-anchor="end" font-size="11">${tickLabels[i]}</text>`)}
<text class="tick" x="4" y="${plot.top - 16}" font-size="11">（${k.unit ?? '単位なし'}）</text>
${yearTicks.map((year) => html`<text class="tick" x="${n(x(year))}" y="${plot.bottom + 16}" text-anchor="middle" font-size="11">${year}</text>`)}
${[...roleOf].map(([year, role]) => html`<text class="role" x="${n(x(year))}" y="${plot.bottom + 31}" text-anchor="middle" font-size="11" font-weight="700">${role}</text>`)}
<text class="tick" x="${plot.left - 5}" y="${plot.bottom + 16}" text-anchor="end" font-size="11">年度</text>
${noteLines.map((line, i) => html`<text class="note" x="4" y="${noteY(i)}" font-size="11">${line}</text>`)}</g>
<line class="axis" x1="${plot.left}" x2="${plot.right}" y1="${n(y(axis.min))}" y2="${n(y(axis.min))}" stroke="${palette.axis}" stroke-width="1"/>
${axis.fromZero ? '' : marks.axisBreak(plot.left + 12, plot.bottom)}
${marks.path(bx, by, tx, ty)}
${actualPath ? marks.actualLine(actualPath) : ''}
${marks.baseline(bx, by)}
${marks.target(tx, ty)}
${actuals.map((a) => marks.actual(x(a.fiscalYear), y(a.value)))}
${label(bx, above(by), k.baseline.notation, 13, 'value')}
${label(tx, above(ty), k.target.notation, 13, 'value')}
${last ? label(x(last.fiscalYear), above(y(last.value)), `${formatNumber(last.value)}${unit}`, 12, 'value actual-value') : ''}
${k.grade ? html`<text class="grade" x="${plot.right}" y="14" text-anchor="end" font-size="12" font-weight="700" fill="${palette.text}">評価 ${k.grade.label}</text>` : ''}`;

  const mid = keyBox.height / 2;
  const legend: LegendItem[] = [
    { key: marks.baseline(12, mid, 5), label: `基準値（${k.baseline.fiscalYear}年度）` },
    { key: marks.target(12, mid, 5.5), label: `目標値（${k.target.fiscalYear}年度）` },
    { key: marks.path(1, mid, 23, mid), label: '基準値から目標値への線（推移ではありません）' },
    ...(actuals.length > 0 ? [{ key: html`${marks.actualLine(`M1 ${mid}L23 ${mid}`)}${marks.actual(12, mid, 8)}`, label: '実績値（実線は実績の推移）' }] : []),
    ...(c === null
      ? []
      : [
          {
            key: html`${marks.band(1, 2, 22, 10)}${marks.boundary(1, 23, c === '以上' ? 12 : 2, c === '未満')}`,
            label: `目標を満たす範囲（${k.target.notation}。${c === '未満' ? '破線の境界を含まない' : '線上を含む'}）`,
          },
        ]),
    ...(axis.fromZero
      ? []
      : [
          {
            key: html`<line x1="1" x2="23" y1="${mid}" y2="${mid}" stroke="${palette.axis}" stroke-width="1"/>${marks.axisBreak(10, mid)}`,
            label: '縦軸の省略（0から始まっていません）',
          },
        ]),
  ];

  const numbers = `${summary}${actualText}${gradeText}。`;
  return { width: chartWidth, height, body, legend, notes, numbers, text: `${numbers}${notes.join('')}` };
};

/** A legend key as a small inline image of its own (decorative: the label says what it is). */
export const legendKey = (item: LegendItem): Html =>
  html`<svg class="legend-key" width="${keyBox.width}" height="${keyBox.height}" viewBox="0 0 ${keyBox.width} ${keyBox.height}" aria-hidden="true" focusable="false">${item.key}</svg>`;

/** The chart as a figure of a page: the SVG (one image, titled and described), its legend, its notes and every number in words. */
export const kpiChart = (k: KpiChartInput): Html => {
  const d = drawKpi(k);
  const titleId = `${k.id}-title`;
  const descId = `${k.id}-desc`;
  const svg = html`<svg class="kpi-chart" viewBox="0 0 ${d.width} ${d.height}" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${k.name}</title>
<desc id="${descId}">${d.text}</desc>
${d.body}
</svg>`;
  return html`<figure class="chart">${svg}<figcaption><ul class="legend">${d.legend.map((item) => html`<li>${legendKey(item)}${item.label}</li>`)}</ul>${d.notes.map((note) => html`<p class="chart-note">※${note}</p>`)}<p>${d.numbers}</p></figcaption></figure>`;
};

/** One point of a chart as a row of its data table and its CSV: the baseline, each actual, the target. */
export interface ChartRow {
  kind: '基準値' | '実績値' | '目標値';
  fiscalYear: number;
  /** The plan's notation of the year (R5); null for an actual, whose year the curated file gives as 西暦. */
  fiscalYearNotation: string | null;
  value: number;
  unit: string | null;
  condition: Condition | null;
  /** As the plan writes it (49.3％, 60％以上); null for an actual. */
  notation: string | null;
  grade: string | null;
}

/** The chart's points in fiscal-year order (baseline first, target last in a tie). */
export const chartRows = (k: KpiChartInput): ChartRow[] => {
  const baseline: ChartRow = {
    kind: '基準値',
    fiscalYear: k.baseline.fiscalYear,
    fiscalYearNotation: k.baseline.fiscalYearNotation,
    value: k.baseline.value,
    unit: k.unit,
    condition: null,
    notation: k.baseline.notation,
    grade: null,
  };
  const target: ChartRow = {
    kind: '目標値',
    fiscalYear: k.target.fiscalYear,
    fiscalYearNotation: k.target.fiscalYearNotation,
    value: k.target.value,
    unit: k.unit,
    condition: k.target.condition,
    notation: k.target.notation,
    grade: null,
  };
  const actuals = [...(k.actuals ?? [])]
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .map(
      (a): ChartRow => ({
        kind: '実績値',
        fiscalYear: a.fiscalYear,
        fiscalYearNotation: null,
        value: a.value,
        unit: k.unit,
        condition: null,
        notation: null,
        grade: a.grade ?? null,
      }),
    );
  const order = { 基準値: 0, 実績値: 1, 目標値: 2 };
  return [baseline, ...actuals, target].sort((a, b) => a.fiscalYear - b.fiscalYear || order[a.kind] - order[b.kind]);
};

/** The chart's data as a table: what the SVG draws, for readers who need the numbers in rows (a grade column when there are grades). */
export const chartTable = (k: KpiChartInput, caption: string): Html => {
  const rows = chartRows(k);
  const graded = rows.some((r) => r.grade !== null);
  return html`<div class="scroll" tabindex="0" role="region" aria-label="${caption}"><table class="chart-data stack"><caption>${caption}</caption><thead><tr><th scope="col">区分</th><th scope="col">年度</th><th scope="col">値</th><th scope="col">計画の表記</th>${graded ? html`<th scope="col">評価</th>` : ''}</tr></thead><tbody>${rows.map(
    (r) =>
      html`<tr><th scope="row">${r.kind}</th><td data-label="年度">${r.fiscalYear}年度${r.fiscalYearNotation ? `（${r.fiscalYearNotation}）` : ''}</td><td class="num" data-label="値">${formatNumber(r.value)}${r.unit ?? ''}</td><td data-label="計画の表記">${r.notation ?? '—'}</td>${graded ? html`<td data-label="評価">${r.grade ?? '—'}</td>` : ''}</tr>`,
  )}</tbody></table></div>`;
};
