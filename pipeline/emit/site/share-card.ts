// The images a page shares (its og:image, a KPI's SVG and PNG download, the embed): standalone SVG of
// 600 × 315 (1200 × 630 as PNG, the size sharing previews ask for) that say what they show without the
// page around them — a title, the chart with its legend and notes beside it, and the attribution the
// licence asks for. Text is set in Noto Sans JP, the one font the PNG renderer is given (emit/png.ts);
// the SVG names the usual Japanese system fonts after it for readers who open the file itself.
import { drawKpi, keyBox, type KpiChartInput, palette } from './chart.ts';
import { iconSvg } from './favicon.ts';
import { html, raw, type Html } from './html.ts';
import { wrapLines } from './svg-text.ts';

export const card = { width: 600, height: 315 } as const;
/** A card as PNG: twice its SVG, the 1200 × 630 that sharing previews ask for. */
export const cardPng = { width: card.width * 2, height: card.height * 2 } as const;

const fontFamily = "'Noto Sans JP','Noto Sans CJK JP','Hiragino Sans','Hiragino Kaku Gothic ProN','Yu Gothic',Meiryo,sans-serif";
const margin = 20;
const footerTop = card.height - 24;

/** The frame every card shares: white, an accent bar, a small heading above a title of one or two lines, the attribution at the foot. */
const frame = (spec: {
  title: string;
  description: string;
  kicker: string;
  heading: string;
  headingSize: number;
  attribution: string;
  body: (top: number) => Html;
}): string => {
  const size = spec.headingSize;
  const titleLines = wrapLines(spec.heading, size, card.width - 2 * margin, 2);
  const titleY = (i: number) => 34 + size + size * 1.3 * i;
  const top = titleY(titleLines.length - 1) + 14;
  const footer = wrapLines(spec.attribution, 9.5, card.width - 2 * margin, 1)[0]!;
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="${card.width}" height="${card.height}" viewBox="0 0 ${card.width} ${card.height}" font-family="${fontFamily}" role="img" aria-labelledby="card-title card-desc">
<title id="card-title">${spec.title}</title>
<desc id="card-desc">${spec.description}</desc>
<rect width="${card.width}" height="${card.height}" fill="#fff"/>
<rect width="${card.width}" height="6" fill="${palette.accent}"/>
<text x="${margin}" y="28" font-size="12" font-weight="700" fill="${palette.accent}">${spec.kicker}</text>
${titleLines.map((line, i) => html`<text x="${margin}" y="${titleY(i)}" font-size="${size}" font-weight="700" fill="${palette.text}">${line}</text>`)}
${spec.body(top)}
<line x1="${margin}" x2="${card.width - margin}" y1="${footerTop}" y2="${footerTop}" stroke="${palette.grid}" stroke-width="1"/>
<text x="${margin}" y="${footerTop + 15}" font-size="9.5" fill="${palette.muted}">${footer}</text>
</svg>
`.text;
};

export interface CardContext {
  /** The line at the foot: the licence's attribution (出典). */
  attribution: string;
}

/** A KPI's card: its code and name, the chart scaled to fit on the left, the legend on the right. */
export const kpiCard = (k: KpiChartInput, kicker: string, context: CardContext): string => {
  const d = drawKpi(k, true);
  return frame({
    title: k.name,
    description: d.text,
    kicker,
    heading: k.name,
    headingSize: 20,
    attribution: context.attribution,
    body: (top) => {
      const room = footerTop - 6 - top;
      const scale = Math.min(1, room / d.height);
      const chartRight = 8 + d.width * scale;
      const left = chartRight + 12;
      const width = card.width - margin - left - keyBox.width - 6;
      // The legend: a key and its label (wrapped) per entry, top down; a smaller type if it would run into the footer.
      const layout = (size: number) => {
        const line = size * 1.35;
        let y = top + 6;
        const rows = d.legend.map((item) => {
          const lines = wrapLines(item.label, size, width);
          const row = { item, y, lines };
          y += lines.length * line + size * 0.6;
          return row;
        });
        return { rows, bottom: y, line };
      };
      let size = 11.5;
      let legend = layout(size);
      while (legend.bottom > footerTop - 4 && size > 8) {
        size -= 0.5;
        legend = layout(size);
      }
      return html`<g transform="translate(8 ${top}) scale(${Math.round(scale * 1000) / 1000})">${d.body}</g>
<g fill="${palette.text}">${legend.rows.map(
        (r) =>
          html`<svg x="${left}" y="${Math.round(r.y + legend.line / 2 - keyBox.height / 2 - size * 0.35)}" width="${keyBox.width}" height="${keyBox.height}" viewBox="0 0 ${keyBox.width} ${keyBox.height}">${r.item.key}</svg>${r.lines.map(
            (line, i) =>
              html`<text x="${left + keyBox.width + 6}" y="${Math.round((r.y + legend.line * (i + 0.5)) * 10) / 10}" font-size="${size}">${line}</text>`,
          )}`,
      )}</g>`;
    },
  });
};

export interface SiteCardSpec {
  kicker: string;
  title: string;
  lead: string;
  /** Facts of the data, one a line (基本目標 5・施策 23 …). */
  facts: string[];
  context: CardContext;
}

/** The site's card, for every page without one of its own: what the data is, and what it holds. */
export const siteCard = (s: SiteCardSpec): string =>
  frame({
    title: s.title,
    description: `${s.lead} ${s.facts.join('、')}`,
    kicker: s.kicker,
    heading: s.title,
    headingSize: 26,
    attribution: s.context.attribution,
    body: (top) => {
      const lead = wrapLines(s.lead, 16, card.width - 2 * margin, 3);
      const factsTop = top + 30 + lead.length * 25 + 16;
      return html`${lead.map((line, i) => html`<text x="${margin}" y="${top + 26 + i * 25}" font-size="16" fill="${palette.text}">${line}</text>`)}
${s.facts.map(
  (fact, i) =>
    html`<rect x="${margin}" y="${factsTop + i * 30 - 14}" width="5" height="18" fill="${palette.accent}"/><text x="${margin + 14}" y="${factsTop + i * 30}" font-size="16" font-weight="700" fill="${palette.text}">${fact}</text>`,
)}
${raw(iconSvg(true, { x: card.width - margin - 48, y: footerTop - 60, size: 48 }))}`;
    },
  });
