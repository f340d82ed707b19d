// 第３章 goal pages → the goal statement (checked against 第２章), 本市の現状と課題 by category, and the
// 地域幸福度 (Well-Being) categories with their example indicators.
import type { Reporter } from '../diagnostics.ts';
import { ids } from '../ids.ts';
import { isBulleted, splitBullets, type Statement } from './bullets.ts';
import type { SourceLine } from './lines.ts';
import type { GoalPage } from './sections.ts';
import { checkStatements, type CheckedStatement } from './statements.ts';
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

export const issuesHeading = /^\s*■\s*本市の現状と課題/;
export const wellbeingHeading = /^\s*■\s*本市の地域幸福度/;
export const notesHeading = /^\s*[－-]\s*グラフ説明\s*[－-]\s*$/;
// The example is taken greedily and trimmed in code, with its trailing 等 (a lazy capture before \s*$ is
// quadratic on trailing spaces).
export const example = /^\s*(主観|客観)\s*[：:](.*)$/;
export const surveyNote = /出典\s*[：:](.*)$/;
/** An example as written, without the 等 (etc.) that ends it. */
const exampleText = (text: string): string => {
  const t = text.trim();
  return t.endsWith('等') ? t.slice(0, -1).trimEnd() : t;
};

const indexOf = (lines: readonly SourceLine[], re: RegExp, from = 0): number => lines.findIndex((l, i) => i >= from && re.test(l.text));

export const parseGoalPage = (page: GoalPage, file: string, report: Reporter): GoalPageEntity => {
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
    report.error('parse:current-issues-missing', { file, line: page.heading.line }, `基本目標 ${page.goal}'s page has no 「■本市の現状と課題」 section`);
  } else {
    const checked: CheckedStatement[] = [];
    value.currentIssues = parseCurrentIssues(lines.slice(issuesAt + 1, wellbeingAt > issuesAt ? wellbeingAt : lines.length), file, report, (c, b) =>
      checked.push({
        ...b,
        recordId: ids.currentIssue(page.goal, c.categoryOrder, c.order),
        what: `基本目標 ${page.goal} 現状と課題 「${c.category}」 statement ${c.order}`,
      }),
    );
    // The Well-Being part follows; only a page cut inside its issues ends the file with one of them.
    checkStatements(checked, page.endsFile && wellbeingAt < 0, file, report);
  }
  if (wellbeingAt >= 0) {
    const notesAt = indexOf(lines, notesHeading, wellbeingAt);
    value.wellbeing = parseWellbeing(lines[wellbeingAt]!, lines.slice(wellbeingAt + 1, notesAt >= 0 ? notesAt : lines.length), file, report);
  } else {
    report.warning('parse:wellbeing', { file, line: page.heading.line }, `基本目標 ${page.goal}'s page has no 「■本市の地域幸福度」 section`);
  }
  return value;
};

/** A category heading stands alone; a line that follows an unfinished statement (no 。 yet) continues it. */
const parseCurrentIssues = (
  lines: readonly SourceLine[],
  file: string,
  report: Reporter,
  check: (issue: CurrentIssueEntity, bullet: ReturnType<typeof splitBullets>['bullets'][number]) => void,
): CurrentIssueEntity[] => {
  const out: CurrentIssueEntity[] = [];
  let category: { name: string; order: number; lines: SourceLine[] } | undefined;
  const categories: NonNullable<typeof category>[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    const open = category && category.lines.length > 0 && !/。\s*$/.test(category.lines[category.lines.length - 1]!.text);
    if (isBulleted(l) || open) {
      if (!category) {
        report.error(
          'parse:current-issue-text',
          { file, line: l.line },
          'statement before any category heading in 本市の現状と課題; expected a heading such as 「健康・保健」 first',
        );
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
    for (const o of orphans) report.error('parse:current-issue-text', { file, line: o.line }, `text under 「${c.name}」 that is not a ⚫ statement`);
    if (bullets.length === 0) report.warning('parse:current-issues', { file, line: c.lines[0]?.line ?? 0 }, `category 「${c.name}」 has no statement`);
    bullets.forEach((b, k) => {
      const issue = { raw: b.raw, line: b.line, ...(b.markLines ? { markLines: b.markLines } : {}), category: c.name, categoryOrder: c.order, order: k + 1 };
      out.push(issue);
      check(issue, b);
    });
  }
  return out;
};

/** Category lines hold one or two names (the page has two columns); 主観/客観 lines fill them in order. */
const parseWellbeing = (heading: SourceLine, lines: readonly SourceLine[], file: string, report: Reporter): WellbeingEntity[] => {
  const survey = surveyNote.exec(heading.text)?.[1]?.trim() || null;
  const out: WellbeingEntity[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    const m = example.exec(l.text);
    if (m) {
      const key = m[1] === '主観' ? 'subjective' : 'objective';
      const target = out.find((c) => c[key] === null);
      if (!target) {
        report.error('parse:wellbeing-example', { file, line: l.line }, `${m[1]} example 「${exampleText(m[2]!)}」 has no category left to belong to`);
        continue;
      }
      target[key] = normaliseText(exampleText(m[2]!));
      continue;
    }
    for (const name of l.text.trim().split(/[\s\u3000]+/)) {
      out.push({ category: normaliseText(name), subjective: null, objective: null, survey: survey ? normaliseText(survey) : null, line: l.line });
    }
  }
  for (const c of out) {
    if (c.subjective === null || c.objective === null)
      report.warning(
        'parse:wellbeing',
        { file, line: c.line },
        `Well-Being category 「${c.category}」 lacks its ${c.subjective === null ? '主観' : '客観'} example`,
      );
  }
  return out;
};
