// quality/: every entry of the quality report, grouped by rule — each group with what its rule finds and
// what to do (the report's rule catalogue) — each entry with its place in the source and links to the
// records it names. Other pages link an entry by its anchor (entry-<n>, its position in
// quality-report.json, 1-based).
import type { QualityEntry } from '../../model/documents.ts';
import type { RuleId } from '../../rules.ts';
import type { Site } from './context.ts';
import { html } from './html.ts';
import { renderPage } from './layout.ts';
import { HOME, QUALITY } from './page-paths.ts';

const anchor = (index: number): string => `entry-${index + 1}`;

/** The quality page's anchor of the first entry of a rule that names the record, if any. */
export const qualityEntryFor = (site: Site, recordId: string, ruleId?: RuleId): string | undefined => {
  const i = site.report.entries.findIndex((e) => e.recordIds.includes(recordId) && (ruleId === undefined || e.ruleId === ruleId));
  return i < 0 ? undefined : `${QUALITY}#${anchor(i)}`;
};

/** The quality page's anchor of the first entry of a rule. */
export const qualityRule = (site: Site, ruleId: RuleId): string | undefined => {
  const i = site.report.entries.findIndex((e) => e.ruleId === ruleId);
  return i < 0 ? undefined : `${QUALITY}#${anchor(i)}`;
};

const severityLabel = { warning: '警告', info: '情報' } as const;

export const qualityPage = (site: Site): string => {
  const { report } = site;
  const rules = Object.keys(report.summary.byRule);
  const indexed = report.entries.map((e, i) => ({ e, i }));
  const isPlan = (e: QualityEntry) => e.file === site.source.file;
  const ruleOf = new Map(report.rules.map((r) => [r.ruleId, r]));
  return renderPage(site, {
    path: QUALITY,
    title: '品質レポート',
    description: `${site.source.title}: 原文の不整合と、テキストから決まらない事項の一覧（quality-report.json）。`,
    breadcrumbs: [['ホーム', HOME]],
    alternates: [{ path: 'quality-report.json', type: 'application/json', title: '品質レポート（JSON）' }],
    body: (
      link,
    ) => html`<p class="lead">原文の不整合と、抽出テキストからは決まらない事項の一覧です。ここに挙げたものは黙って修正していません。値は原文のまま公開し、決まらない事実は公開していません。</p>
<p>警告 ${report.summary.warnings}件・情報 ${report.summary.infos}件。機械可読版: <a href="${link.file('quality-report.json')}" type="application/json">quality-report.json</a></p>
<ul>${rules.map((r) => html`<li><a href="#${r.replace(':', '-')}"><code>${r}</code></a>（${report.summary.byRule[r]}件）</li>`)}</ul>
${rules.map(
  (r) => html`<section aria-labelledby="${r.replace(':', '-')}"><h2 id="${r.replace(':', '-')}"><code>${r}</code></h2>
${ruleOf.has(r) ? html`<dl class="facts"><dt>規則</dt><dd lang="en">${ruleOf.get(r)!.summary}</dd><dt>対処</dt><dd lang="en">${ruleOf.get(r)!.action}</dd></dl>` : ''}
${indexed
  .filter(({ e }) => e.ruleId === r)
  .map(
    ({
      e,
      i,
    }) => html`<div class="entry" id="${anchor(i)}"><p><span class="tag">${severityLabel[e.severity]}</span>${isPlan(e) && e.line > 0 ? html`<a href="${link.source(e.line)}">${e.file}:${e.line}</a>` : html`${e.file}:${e.line}`}</p>
<p>${e.reason}</p>
${
  e.recordIds.length > 0
    ? html`<p class="muted">対象: ${e.recordIds.map((id, k) => {
        const place = site.places.get(id);
        return html`${k > 0 ? '、' : ''}${place ? html`<a href="${link.to(place)}"><code>${id}</code></a>` : html`<code>${id}</code>`}`;
      })}</p>`
    : ''
}</div>`,
  )}</section>`,
)}`,
  });
};
