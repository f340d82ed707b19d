// A KPI as an inline SVG chart, drawn at build time so it shows from disk and without JS: baseline
// (●) and target (◆) at their fiscal years on a zero-based value axis, the range the condition
// admits (以上 above the target, 以下/未満 below it; 未満's boundary dashed, as it is excluded),
// actuals (■, joined from the baseline) and a grade when there are any. The SVG is one image to
// assistive technology (role="img" with a title and a description); the caption states every number.
import { formatNumber, html, raw, type Html } from './html.ts';

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

// Drawing area in viewBox units. 360 wide: on a 390 px phone one unit is about one CSS pixel.
const W = 360;
const H = 230;
const frame = { left: 46, right: 344, top: 30, bottom: 176 };
const pad = 22;

/** Coordinates to one decimal: the same text on every machine. */
const n = (v: number): string => String(Math.round(v * 10) / 10);

/** A zero-based axis with 3–6 ticks at 1, 2, 2.5 or 5 × 10^k, and headroom above the largest value. */
export const valueAxis = (values: readonly number[]): { min: number; max: number; ticks: number[] } => {
  const hi = Math.max(0, ...values);
  const lo = Math.min(0, ...values);
  const span = hi - lo || 1;
  const raw = (span * 1.15) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + (step / magnitude === 2.5 ? 1 : 0));
  const first = Math.floor(lo / step);
  const last = Math.ceil((hi * 1.12) / step) || 1;
  const ticks: number[] = [];
  for (let k = first; k <= last; k += 1) ticks.push(Number((k * step).toFixed(decimals)));
  return { min: ticks[0]!, max: ticks[ticks.length - 1]!, ticks };
};

/** Rough width of a label in viewBox units (CJK full width, digits and Latin about half). */
const textWidth = (text: string, size: number): number => [...text].reduce((w, c) => w + (/[\u0000-\u00ff]/.test(c) ? 0.58 : 1) * size, 0);

/** A label centred on x but kept inside the drawing. */
const label = (x: number, y: number, text: string, size: number, cls: string): Html => {
  const half = textWidth(text, size) / 2;
  const cx = Math.min(Math.max(x, half + 2), W - half - 2);
  return html`<text x="${n(cx)}" y="${n(y)}" class="${cls}" text-anchor="middle" font-size="${size}">${text}</text>`;
};

export const kpiChart = (k: KpiChartInput): Html => {
  const actuals = [...(k.actuals ?? [])].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const years = [k.baseline.fiscalYear, k.target.fiscalYear, ...actuals.map((a) => a.fiscalYear)];
  let y0 = Math.min(...years);
  let y1 = Math.max(...years);
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const axis = valueAxis([k.baseline.value, k.target.value, ...actuals.map((a) => a.value)]);
  // The value axis's labels end 5 units left of the plot: room for the widest (150,000 needs more than 46).
  const plot = { ...frame, left: Math.max(frame.left, Math.ceil(Math.max(...axis.ticks.map((t) => textWidth(formatNumber(t), 11))) + 8)) };
  const x = (year: number) => plot.left + pad + ((year - y0) / (y1 - y0)) * (plot.right - plot.left - 2 * pad);
  const y = (value: number) => plot.bottom - ((value - axis.min) / (axis.max - axis.min)) * (plot.bottom - plot.top);
  const unit = k.unit ?? '';
  const titleId = `${k.id}-title`;
  const descId = `${k.id}-desc`;

  const yearTicks: number[] = [];
  const every = y1 - y0 > 8 ? 2 : 1;
  for (let year = y0; year <= y1; year += every) yearTicks.push(year);

  const ty = y(k.target.value);
  const band = (() => {
    const c = k.target.condition;
    if (c === null) return raw('');
    const [top, bottom] = c === '以上' ? [plot.top, ty] : [ty, plot.bottom];
    return html`<rect class="band" x="${plot.left}" y="${n(top)}" width="${plot.right - plot.left}" height="${n(Math.max(0, bottom - top))}"/><line class="boundary${c === '未満' ? ' open' : ''}" x1="${plot.left}" x2="${plot.right}" y1="${n(ty)}" y2="${n(ty)}"/>`;
  })();

  const bx = x(k.baseline.fiscalYear);
  const by = y(k.baseline.value);
  const tx = x(k.target.fiscalYear);
  const diamond = (cx: number, cy: number, r: number) => `M${n(cx)} ${n(cy - r)}L${n(cx + r)} ${n(cy)}L${n(cx)} ${n(cy + r)}L${n(cx - r)} ${n(cy)}Z`;
  const actualPath = actuals.length > 0 ? `M${n(bx)} ${n(by)}${actuals.map((a) => `L${n(x(a.fiscalYear))} ${n(y(a.value))}`).join('')}` : '';
  // Labels above their points; a point near the top gets its label below.
  const above = (py: number) => (py - 10 < plot.top - 14 ? py + 20 : py - 10);
  const roleOf = new Map<number, string>([
    [k.baseline.fiscalYear, '基準'],
    [k.target.fiscalYear, '目標'],
  ]);
  for (const a of actuals) if (!roleOf.has(a.fiscalYear)) roleOf.set(a.fiscalYear, '実績');

  const summary = `基準値 ${k.baseline.notation}（${k.baseline.fiscalYear}年度、${k.baseline.fiscalYearNotation}）、目標値 ${k.target.notation}（${k.target.fiscalYear}年度、${k.target.fiscalYearNotation}）`;
  const actualText =
    actuals.length > 0
      ? `。実績 ${actuals.map((a) => `${a.fiscalYear}年度 ${formatNumber(a.value)}${unit}${a.grade ? `（評価 ${a.grade}）` : ''}`).join('、')}`
      : '';
  const gradeText = k.grade ? `。評価 ${k.grade.label}${k.grade.description ? `（${k.grade.description}）` : ''}` : '';

  const svg = html`<svg class="kpi-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${k.name}</title>
<desc id="${descId}">${summary}${actualText}${gradeText}</desc>
${band}
${axis.ticks.map((t) => html`<line class="grid" x1="${plot.left}" x2="${plot.right}" y1="${n(y(t))}" y2="${n(y(t))}"/><text class="tick" x="${plot.left - 5}" y="${n(y(t) + 4)}" text-anchor="end" font-size="11">${formatNumber(t)}</text>`)}
<line class="axis" x1="${plot.left}" x2="${plot.right}" y1="${n(y(axis.min))}" y2="${n(y(axis.min))}"/>
${unit ? html`<text class="tick" x="4" y="${plot.top - 16}" font-size="11">（${unit}）</text>` : ''}
${yearTicks.map((year) => html`<text class="tick" x="${n(x(year))}" y="${plot.bottom + 16}" text-anchor="middle" font-size="11">${year}</text>`)}
${[...roleOf].map(([year, role]) => html`<text class="role" x="${n(x(year))}" y="${plot.bottom + 31}" text-anchor="middle" font-size="11">${role}</text>`)}
<text class="tick" x="${plot.left - 5}" y="${plot.bottom + 16}" text-anchor="end" font-size="11">年度</text>
<line class="path" x1="${n(bx)}" y1="${n(by)}" x2="${n(tx)}" y2="${n(ty)}"/>
${actualPath ? html`<path class="actual-line" d="${actualPath}"/>` : ''}
<circle class="baseline" cx="${n(bx)}" cy="${n(by)}" r="5.5"/>
<path class="target" d="${diamond(tx, ty, 7)}"/>
${actuals.map((a) => html`<rect class="actual" x="${n(x(a.fiscalYear) - 4.5)}" y="${n(y(a.value) - 4.5)}" width="9" height="9"/>`)}
${label(bx, above(by), k.baseline.notation, 13, 'value')}
${label(tx, above(ty), k.target.notation, 13, 'value')}
${actuals.length > 0 ? label(x(actuals[actuals.length - 1]!.fiscalYear), above(y(actuals[actuals.length - 1]!.value)), `${formatNumber(actuals[actuals.length - 1]!.value)}${unit}`, 12, 'value actual-value') : ''}
${k.grade ? html`<text class="grade" x="${plot.right}" y="14" text-anchor="end" font-size="12">評価 ${k.grade.label}</text>` : ''}
</svg>`;

  const legend = [
    html`<li><span class="key key-baseline" aria-hidden="true"></span>基準値</li>`,
    html`<li><span class="key key-target" aria-hidden="true"></span>目標値</li>`,
    actuals.length > 0 ? html`<li><span class="key key-actual" aria-hidden="true"></span>実績</li>` : '',
    k.target.condition
      ? html`<li><span class="key key-band" aria-hidden="true"></span>目標の範囲（${k.target.condition}${k.target.condition === '未満' ? '：境界を含まない' : ''}）</li>`
      : '',
  ];
  return html`<figure class="chart">${svg}<figcaption><ul class="legend">${legend}</ul><p>${summary}${actualText}${gradeText}。</p></figcaption></figure>`;
};
