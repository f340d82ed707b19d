// What the source does not give, as the data itself shows it — the quality report's unresolved entries and the
// tables' own columns — so that a page says so where a reader would look for it, for whichever goals, policies
// or columns a text lacks (no goal number is written here).
import { codebookOf } from '../codebook.ts';
import type { Row } from '../../tables/registry.ts';
import type { Site } from './context.ts';
import { html, type Html } from './html.ts';
import type { Linker } from './page-paths.ts';
import { qualityRule } from './quality.ts';

/** The goals whose page (第３章) the text lacks: the quality report's unresolved:goal-page entries. */
export const goalsWithoutPage = (site: Site): Row<'goals'>[] => {
  const ids = new Set(site.report.entries.filter((e) => e.ruleId === 'unresolved:goal-page').flatMap((e) => e.recordIds));
  return site.t.goals.filter((g) => ids.has(g.id));
};

/** The policies whose page (第３章) the text lacks. */
export const policiesWithoutPage = (site: Site): Row<'policies'>[] => site.t.policies.filter((p) => p.pageSourceLine === null);

/** The pillars whose departments the text does not name (they are named on the policy's page only). */
export const pillarsWithoutDepartments = (site: Site): Row<'pillars'>[] =>
  site.t.pillars.filter((x) => site.links.children('pillar_departments', x.id).length === 0);

/** Whether the KGI table has a column for a value (a number): the plan names its KGIs, and gives them values only if it does. */
export const kgisHaveValues = (): boolean => codebookOf('kgis').some((c) => c.type === 'number');

/** Numbers as a reader reads a set of them: 1〜3, 1・3, 1〜3・5 (in English 1–3, 1, 3). */
export const numberRanges = (numbers: readonly number[], words: { to: string; and: string } = { to: '〜', and: '・' }): string => {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : b === a + 1 ? `${a}${words.and}${b}` : `${a}${words.to}${b}`)).join(words.and);
};

/** One note on the pages the text lacks, and what the data therefore lacks, linking the quality report; nothing when none is missing. */
export const missingPagesNote = (site: Site, link: Linker): Html => {
  const goals = goalsWithoutPage(site);
  const policies = policiesWithoutPage(site);
  if (policies.length === 0 && goals.length === 0) return html``;
  const inGoals = new Set(goals.map((g) => g.id));
  const others = policies.filter((p) => !inGoals.has(p.goalId));
  const what = [
    goals.length > 0 ? `基本目標${numberRanges(goals.map((g) => g.number))}のページ（現状と課題）とその施策のページ` : '',
    others.length > 0 ? `施策 ${others.map((p) => p.code).join('・')} のページ` : '',
  ].filter(Boolean);
  const entry = qualityRule(site, goals.length > 0 ? 'unresolved:goal-page' : 'unresolved:policy-page');
  return html`<p class="note warn gap-note">市の PDF から抽出したテキストには、第３章の${what.join('と、')}がありません。そのため施策${policies.length}件には、目指す姿・成果指標・主な取組・担当課のデータがありません（データは作っていません）。${entry ? html`<a href="${link.to(entry)}">品質レポート</a>` : ''}</p>`;
};

/** What the plan says of its KGIs' values: nothing, when the KGI table has no column for one. */
export const kgiValuesNote = (site: Site): Html =>
  kgisHaveValues()
    ? html``
    : html`<p class="note gap-note">計画は重要目標達成指標（KGI）の名前${site.t.kgis.length > 0 ? `（${site.t.kgis.map((k) => k.name).join('・')}）` : ''}を挙げていますが、現状値も目標値も示していません。このデータにも KGI の値はありません。</p>`;
