// 第３章 goal pages → the goal statement (checked against 第２章), 本市の現状と課題 by category, and the
// 地域幸福度 (Well-Being) categories with their example indicators.
import { error, warning, type Diagnostic } from '../diagnostics.ts';
import { isBulleted, splitBullets, type Statement } from './bullets.ts';
import type { SourceLine } from './lines.ts';
import type { GoalPage } from './sections.ts';
import { normaliseText } from './text.ts';

export interface CurrentIssueEntity extends Statement {
  category: string;
  categoryOrder: number;
  order: number;
}
export interface WellbeingEntity {
  category: string;
  subjective: string | null;
  objective: string | null;
  survey: string | null;
  line: number;
}
export interface GoalPageEntity {
  goal: number;
  name: string;
  line: number;
  statement: string;
  statementLine: number;
  currentIssues: CurrentIssueEntity[];
  wellbeing: WellbeingEntity[];
}

const issuesHeading = /^\s*■\s*本市の現状と課題/;
const wellbeingHeading = /^\s*■\s*本市の地域幸福度/;
const notesHeading = /^\s*[－-]\s*グラフ説明\s*[－-]\s*$/;
const example = /^\s*(主観|客観)\s*[：:]\s*(.*?)\s*(?:等)?\s*$/;

const indexOf = (lines: readonly SourceLine[], re: RegExp, from = 0): number => lines.findIndex((l, i) => i >= from && re.test(l.text));

export const parseGoalPage = (page: GoalPage, file: string): { value: GoalPageEntity; diagnostics: Diagnostic[] } => {
  const diagnostics: Diagnostic[] = [];
  const { lines } = page;
  const issuesAt = indexOf(lines, issuesHeading);
  const wellbeingAt = indexOf(lines, wellbeingHeading);
  const statementLines = lines.slice(0, issuesAt >= 0 ? issuesAt : wellbeingAt >= 0 ? wellbeingAt : lines.length).filter((l) => l.text.trim() !== '');
  const value: GoalPageEntity = {
    goal: page.goal,
    name: normaliseText(page.name),
    line: page.heading.line,
    statement: normaliseText(statementLines.map((l) => l.text)),
    statementLine: statementLines[0]?.line ?? page.heading.line,
    currentIssues: [],
    wellbeing: [],
  };
  if (issuesAt < 0) {
    diagnostics.push(error('parse:current-issues', { file, line: page.heading.line }, `基本目標 ${page.goal}'s page has no 「■本市の現状と課題」 section`));
  } else {
    value.currentIssues = parseCurrentIssues(lines.slice(issuesAt + 1, wellbeingAt > issuesAt ? wellbeingAt : lines.length), file, diagnostics);
  }
  if (wellbeingAt >= 0) {
    const notesAt = indexOf(lines, notesHeading, wellbeingAt);
    value.wellbeing = parseWellbeing(lines[wellbeingAt]!, lines.slice(wellbeingAt + 1, notesAt >= 0 ? notesAt : lines.length), file, diagnostics);
  } else {
    diagnostics.push(warning('parse:wellbeing', { file, line: page.heading.line }, `基本目標 ${page.goal}'s page has no 「■本市の地域幸福度」 section`));
  }
  return { value, diagnostics };
};

/** A category heading stands alone; a line that follows an unfinished statement (no 。 yet) continues it. */
const parseCurrentIssues = (lines: readonly SourceLine[], file: string, diagnostics: Diagnostic[]): CurrentIssueEntity[] => {
  const out: CurrentIssueEntity[] = [];
  let category: { name: string; order: number; lines: SourceLine[] } | undefined;
  const categories: NonNullable<typeof category>[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    const open = category && category.lines.length > 0 && !/。\s*$/.test(category.lines[category.lines.length - 1]!.text);
    if (isBulleted(l) || open) {
      if (!category) {
        diagnostics.push(error('parse:current-issues', { file, line: l.line }, 'statement before any category heading in 本市の現状と課題; expected a heading such as 「健康・保健」 first'));
        continue;
      }
      category.lines.push(l);
      continue;
    }
    category = { name: normaliseText(l.text), order: categories.length + 1, lines: [] };
    categories.push(category);
  }
  for (const c of categories) {
    const { bullets, orphans } = splitBullets(c.lines);
    for (const o of orphans) diagnostics.push(error('parse:current-issues', { file, line: o.line }, `text under 「${c.name}」 that is not a ⚫ statement`));
    if (bullets.length === 0) diagnostics.push(warning('parse:current-issues', { file, line: c.lines[0]?.line ?? 0 }, `category 「${c.name}」 has no statement`));
    bullets.forEach((b, k) => out.push({ ...b, category: c.name, categoryOrder: c.order, order: k + 1 }));
  }
  return out;
};

/** Category lines hold one or two names (the page has two columns); 主観/客観 lines fill them in order. */
const parseWellbeing = (heading: SourceLine, lines: readonly SourceLine[], file: string, diagnostics: Diagnostic[]): WellbeingEntity[] => {
  const survey = /出典\s*[：:]\s*(.+?)\s*$/.exec(heading.text)?.[1] ?? null;
  const out: WellbeingEntity[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    const m = example.exec(l.text);
    if (m) {
      const key = m[1] === '主観' ? 'subjective' : 'objective';
      const target = out.find((c) => c[key] === null);
      if (!target) {
        diagnostics.push(error('parse:wellbeing', { file, line: l.line }, `${m[1]} example 「${m[2]}」 has no category left to belong to`));
        continue;
      }
      target[key] = normaliseText(m[2]!);
      continue;
    }
    for (const name of l.text.trim().split(/[\s\u3000]+/)) {
      out.push({ category: normaliseText(name), subjective: null, objective: null, survey: survey ? normaliseText(survey) : null, line: l.line });
    }
  }
  for (const c of out) {
    if (c.subjective === null || c.objective === null) diagnostics.push(warning('parse:wellbeing', { file, line: c.line }, `Well-Being category 「${c.category}」 lacks its ${c.subjective === null ? '主観' : '客観'} example`));
  }
  return out;
};

