// quality/: every entry of the quality report, grouped by rule — each group headed by what its rule finds and
// what to do, in Japanese (the report's rule catalogue, the English beside it), its entries folded in a
// <details> — each entry's message in Japanese (its rule's template), where it is in the source and the records
// it names, and the English message beside it. Other pages link an entry by its anchor (entry-<n>, its position in
// quality-report.json, 1-based); a browser opens the <details> that holds the anchor it is sent to.
import { codeOfId } from '../../ids.ts';
import type { QualityEntry } from '../../model/documents.ts';
import type { RuleId } from '../../rules.ts';
import { type TableName, tableNames, tables } from '../../tables/registry.ts';
import type { Site } from './context.ts';
import { html, type Html } from './html.ts';
import { lineInWords, renderPage } from './layout.ts';
import { HOME, type Linker, QUALITY } from './page-paths.ts';
import { sourceFileLink, withoutRepositoryPaths } from './source-files.ts';

const anchor = (index: number): string => `entry-${index + 1}`;

const byRecord = new WeakMap<readonly QualityEntry[], Map<string, number[]>>();
/**
 * The positions of the report's entries that name the record, in report order. Pages ask this for every actual
 * and record they show, so the entries are indexed by record ID once per report (the report is not changed
 * after the build makes it): O(the record's entries) per question, not O(every entry) — linear in the plan's size.
 */
export const entriesNaming = (site: Site, recordId: string): readonly number[] => {
  const entries = site.report.entries;
  let index = byRecord.get(entries);
  if (!index) {
    index = new Map();
    for (const [i, e] of entries.entries())
      for (const id of new Set(e.recordIds)) {
        const at = index.get(id);
        if (at) at.push(i);
        else index.set(id, [i]);
      }
    byRecord.set(entries, index);
  }
  return index.get(recordId) ?? [];
};

/** The quality page's anchor of the first entry of a rule that names the record, if any. */
export const qualityEntryFor = (site: Site, recordId: string, ruleId?: RuleId): string | undefined => {
  const i = entriesNaming(site, recordId).find((k) => ruleId === undefined || site.report.entries[k]!.ruleId === ruleId);
  return i === undefined ? undefined : `${QUALITY}#${anchor(i)}`;
};

/** The quality page's anchor of the first entry of a rule. */
export const qualityRule = (site: Site, ruleId: RuleId): string | undefined => {
  const i = site.report.entries.findIndex((e) => e.ruleId === ruleId);
  return i < 0 ? undefined : `${QUALITY}#${anchor(i)}`;
};

const severityLabel = { warning: '警告', info: '情報' } as const;

/** The table a record ID belongs to: the one whose prefix is the longest that fits (initiative-department-… is not an initiative). */
const tableOfId = (id: string): TableName | undefined =>
  tableNames.filter((t) => tables[t].idPattern.test(id)).sort((a, b) => tables[b].prefix.length - tables[a].prefix.length)[0];

/** A record as a reader names it: its table's title, its code when the code is the plan's, and its name (施策の柱 1-2-2「…」). */
export const recordLabel = (site: Site, id: string): string => {
  const table = tableOfId(id);
  if (table === undefined || !site.places.has(id)) return id;
  const row = site.links.row(table, id) as Record<string, unknown>;
  const code = codeOfId(table, id);
  const name = ['name', 'term', 'category'].map((k) => row[k]).find((v): v is string => typeof v === 'string');
  return `${tables[table].title}${/^[0-9-]+$/.test(code) ? ` ${code}` : ''}${name ? `「${name}」` : ''}`;
};

/** Where an entry is, in words: the line of the plan text (and its printed page), or of a curated file. */
const placeOf = (site: Site, link: Linker, e: QualityEntry): Html => {
  if (e.file === site.source.file) return e.line > 0 ? html`<a href="${link.source(e.line)}">${lineInWords(link, e.line)}</a>` : html`抽出テキスト全体`;
  return html`${sourceFileLink(site, e.file)}${e.line > 0 ? `の${e.line}行目` : ''}`;
};

/** An entry in one Japanese sentence, from its place and the records it names (its rule says what is wrong). */
const entrySentence = (site: Site, link: Linker, e: QualityEntry): Html => {
  const records = e.recordIds.filter((id) => site.places.has(id));
  const named = records.map((id, k) => html`${k > 0 ? '、' : ''}<a href="${link.to(site.places.get(id)!)}">${recordLabel(site, id)}</a>`);
  return records.length === 0 ? html`${placeOf(site, link, e)}が該当します。` : html`${placeOf(site, link, e)}の${named}が該当します。`;
};

export const qualityPage = (site: Site): string => {
  const { report } = site;
  const ruleIds = Object.keys(report.summary.byRule);
  const indexed = report.entries.map((e, i) => ({ e, i }));
  const ruleOf = new Map(report.rules.map((r) => [r.ruleId, r]));
  const section = (r: string) => r.replace(':', '-');
  return renderPage(site, {
    path: QUALITY,
    title: '品質レポート',
    description: `${site.source.title}: 原文の不整合と、テキストから決まらない事項の一覧（quality-report.json）。`,
    breadcrumbs: [['ホーム', HOME]],
    alternates: [{ path: 'quality-report.json', type: 'application/json', title: '品質レポート（JSON）' }],
    body: (
      link,
    ) => html`<p class="lead">原文の不整合と、抽出テキストからは決まらない事項の一覧です。ここに挙げたものは黙って修正していません。値は原文のまま公開し、決まらない事実は公開していません。</p>
<p>警告 ${report.summary.warnings}件・情報 ${report.summary.infos}件を、見つけた規則ごとにまとめています。各規則の「該当箇所」を開くと、原文の場所と対象のデータが分かります。機械可読版: <a href="${link.file('quality-report.json')}" type="application/json">quality-report.json</a></p>
<ul class="rule-index">${ruleIds.map((r) => html`<li><a href="#${section(r)}">${ruleOf.get(r)?.ja.summary ?? r}</a>（${report.summary.byRule[r]}件）</li>`)}</ul>
${ruleIds.map((r) => {
  const rule = ruleOf.get(r);
  const entries = indexed.filter(({ e }) => e.ruleId === r);
  return html`<section class="rule" aria-labelledby="${section(r)}"><h2 id="${section(r)}">${rule ? withoutRepositoryPaths(site, rule.ja.summary) : r}</h2>
<p class="rule-meta"><span class="tag">${severityLabel[entries[0]!.e.severity]}</span>${entries.length}件・規則 <code>${r}</code></p>
${rule ? html`<p><strong>対処</strong>: ${withoutRepositoryPaths(site, rule.ja.action)}</p><p class="muted" lang="en">${withoutRepositoryPaths(site, `${rule.summary} ${rule.action}`, 'en')}</p>` : ''}
<details><summary>該当箇所（${entries.length}件）</summary>
${entries.map(
  ({ e, i }) =>
    html`<div class="entry" id="${anchor(i)}"><p class="reason">${e.ja.reason}</p><p>${entrySentence(site, link, e)}</p><p class="muted" lang="en">${e.reason}</p></div>`,
)}
</details></section>`;
})}`,
  });
};
