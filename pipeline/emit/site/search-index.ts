// The client-side search index, built here and loaded by <script src> (so it works from disk too): one
// document per record people look for, with the reading of each kanji word of its title and text
// (search-readings.ts: kuromoji, at build time), so the page finds 健康 for けんこう without a dictionary of
// its own. The page's script (search.ts) folds text and query alike and matches them as written, by reading
// and loosely; it needs no inverted index for a plan of this size, which keeps the file to the documents.
import { showHidden } from '../../characters.ts';
import type { TableRows } from '../../tables/registry.ts';

export interface SearchDocument {
  /** What kind of record (施策, 成果指標, …). */
  kind: string;
  title: string;
  text: string;
  /** Site path of the page (and anchor) that shows the record. */
  path: string;
}

/** The records search finds, most specific first within each kind, in plan order. */
export const searchDocuments = (t: TableRows, places: ReadonlyMap<string, string>): SearchDocument[] => {
  const at = (id: string): string => {
    const path = places.get(id);
    if (path === undefined) throw new Error(`search: no page shows ${id}`);
    return path;
  };
  const policyName = new Map(t.policies.map((p) => [p.id, `施策 ${p.code} ${p.name}`]));
  const pillarName = new Map(t.pillars.map((p) => [p.id, `施策の柱 ${p.code} ${p.name}`]));
  const initiativeName = new Map(t.project_initiatives.map((i) => [i.id, i.name]));
  const kpiName = new Map(t.indicators.map((k) => [k.id, k.name]));
  return [
    ...t.indicators.map((k) => ({
      kind: '成果指標',
      title: k.name,
      text: `基準値 ${k.baselineNotation}（${k.baselineFiscalYearNotation}） 目標値 ${k.targetNotation}（${k.targetFiscalYearNotation}） ${k.departmentName}`,
      path: at(k.id),
    })),
    // The curated actuals, when there are any: each at its own page, found by its KPI's name, year, grade or source.
    ...t.indicator_progress.map((p) => ({
      kind: '成果指標の実績',
      title: `${kpiName.get(p.indicatorId) ?? p.indicatorId}（${p.fiscalYear}年度）`,
      text: `実績値 ${p.actualValue}${p.unit ?? ''} 評価 ${p.grade} ${p.provenance}`,
      path: at(p.id),
    })),
    ...t.goals.map((g) => ({ kind: '基本目標', title: `基本目標${g.number} ${g.name}`, text: g.statement, path: at(g.id) })),
    ...t.policies.map((p) => ({
      kind: '施策',
      title: `施策 ${p.code} ${p.name}`,
      text: [p.visionTitle, p.visionText].filter(Boolean).join(' '),
      path: at(p.id),
    })),
    ...t.pillars.map((p) => ({ kind: '施策の柱', title: `施策の柱 ${p.code} ${p.name}`, text: policyName.get(p.policyId) ?? '', path: at(p.id) })),
    ...t.pillar_actions.map((a) => ({ kind: '主な取組', title: pillarName.get(a.pillarId) ?? '', text: a.text, path: at(a.id) })),
    ...t.projects.map((p) => ({ kind: '重点プロジェクト', title: p.name, text: p.summary, path: at(p.id) })),
    ...t.project_initiatives.map((i) => ({ kind: '重点プロジェクトの取組', title: i.name, text: '', path: at(i.id) })),
    ...t.project_items.map((i) => ({
      kind: '重点プロジェクトの取組項目',
      title: initiativeName.get(i.initiativeId) ?? '',
      text: i.actionText,
      path: at(i.id),
    })),
    ...t.departments.map((d) => ({ kind: '担当課', title: d.name, text: '', path: at(d.id) })),
    ...t.current_issues.map((c) => ({ kind: '現状と課題', title: c.category, text: c.text, path: at(c.id) })),
    ...t.citizen_opinions.map((o) => ({ kind: '市民等からの意見・提案', title: policyName.get(o.policyId) ?? '', text: o.text, path: at(o.id) })),
    ...t.expected_actions.map((e) => ({ kind: '期待したい行動', title: policyName.get(e.policyId) ?? '', text: e.text, path: at(e.id) })),
    ...t.related_plans.map((r) => ({ kind: '個別計画・方針', title: r.text, text: policyName.get(r.policyId) ?? '', path: at(r.id) })),
    ...t.glossary.map((g) => ({ kind: '用語', title: g.term, text: '', path: at(g.id) })),
  ];
};

/** A text's readings as the index stores them (search-readings.ts: encodeReadings), '' when it has none. */
export type ReadingsOf = (text: string) => string;

/**
 * `window.PLAN_SEARCH = {kinds, docs}`: docs as [kind index, title, text, page path, the title's readings,
 * the text's readings], each kind named once. The JSON is escaped to stay one script, whatever the text holds:
 * no `</script>` or `<!--` (every < as \u003c), no line terminator older parsers end a string at (U+2028, U+2029).
 */
export const searchIndexScript = (documents: readonly SearchDocument[], readingsOf: ReadingsOf): string => {
  const kinds = [...new Set(documents.map((d) => d.kind))];
  // Results are text nodes: a hidden character is shown as 〈U+XXXX〉 there too, never raw; the readings are offsets into the shown text.
  const index = {
    kinds,
    docs: documents.map((d) => {
      const title = showHidden(d.title, true);
      const text = showHidden(d.text, true);
      return [kinds.indexOf(d.kind), title, text, d.path, readingsOf(title), readingsOf(text)];
    }),
  };
  const json = JSON.stringify(index)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `// Search index of the site (generated; see pipeline/emit/site/search-index.ts).\nwindow.PLAN_SEARCH = ${json};\n`;
};
