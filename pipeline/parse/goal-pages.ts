// 第３章 goal pages → the goal statement (checked against 第２章), 本市の現状と課題 by category, and the
// 地域幸福度 (Well-Being) categories with their example indicators.
import type { Reporter } from '../diagnostics.ts';
import { ids } from '../ids.ts';
import { isBulleted, reportDotBullets, splitBullets, type Statement } from './bullets.ts';
import type { SourceLine } from './lines.ts';
import type { GoalPage } from './sections.ts';
import { checkStatements, type CheckedStatement } from './statements.ts';
import { lineBreak } from './line-breaks.ts';
import { comparable, joinLines, normaliseText } from './text.ts';

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

export const parseGoalPage = (
  page: GoalPage,
  file: string,
  report: Reporter,
  /** 第２章's names of the goal's policies, which tell a wrapped category heading from two. */
  policyNames: readonly string[] = [],
): GoalPageEntity => {
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
    report.error('parse:current-issues-missing', { file, line: page.heading.line }, { goal: page.goal });
  } else {
    const checked: CheckedStatement[] = [];
    value.currentIssues = parseCurrentIssues(
      lines.slice(issuesAt + 1, wellbeingAt > issuesAt ? wellbeingAt : lines.length),
      page.goal,
      policyNames,
      file,
      report,
      (c, b) =>
        checked.push({
          ...b,
          recordId: ids.currentIssue(page.goal, c.categoryOrder, c.order),
          what: {
            ja: `基本目標 ${page.goal} 現状と課題「${c.category}」の文 ${c.order}`,
            en: `基本目標 ${page.goal} 現状と課題 「${c.category}」 statement ${c.order}`,
          },
        }),
    );
    // The Well-Being part follows; only a page cut inside its issues ends the file with one of them.
    checkStatements(checked, page.endsFile && wellbeingAt < 0, file, report);
  }
  if (wellbeingAt >= 0) {
    const notesAt = indexOf(lines, notesHeading, wellbeingAt);
    value.wellbeing = parseWellbeing(lines[wellbeingAt]!, lines.slice(wellbeingAt + 1, notesAt >= 0 ? notesAt : lines.length), file, report);
  } else {
    report.warning('parse:wellbeing', { file, line: page.heading.line }, { goal: page.goal });
  }
  return value;
};

/**
 * Consecutive heading lines: one heading the PDF wrapped where the break falls inside a phrase or the lines
 * joined make (the start of) a policy's name of the goal — the categories are mostly its policies —, else one
 * heading each (a heading without statements is reported: parse:current-issues).
 */
const headingsOf = (lines: readonly SourceLine[], policyNames: readonly string[]): SourceLine[][] => {
  const names = policyNames.map(comparable);
  const out: SourceLine[][] = [];
  for (const l of lines) {
    const current = out[out.length - 1];
    const joined = current ? comparable(joinLines([...current.map((c) => c.text), l.text])) : '';
    if (current && (lineBreak(current[current.length - 1]!.text, l.text) === 'inside' || names.some((n) => n.startsWith(joined)))) current.push(l);
    else out.push([l]);
  }
  return out;
};

/**
 * Categories and their ⚫ statements. Between two statements (or before the first) runs a group of unmarked
 * lines: those up to the last one that ends a sentence (。) continue the statement before — the PDF wrapped
 * it, maybe right after a 。 of its own —, and those after it, up to the next ⚫, are the next category's
 * heading, wrapped or not.
 */
const parseCurrentIssues = (
  lines: readonly SourceLine[],
  goal: number,
  policyNames: readonly string[],
  file: string,
  report: Reporter,
  check: (issue: CurrentIssueEntity, bullet: ReturnType<typeof splitBullets>['bullets'][number]) => void,
): CurrentIssueEntity[] => {
  const out: CurrentIssueEntity[] = [];
  let category: { name: string; order: number; line: number; lines: SourceLine[] } | undefined;
  const categories: NonNullable<typeof category>[] = [];
  const empty: NonNullable<typeof category>[] = [];
  const body = lines.filter((l) => l.text.trim() !== '');
  for (let k = 0; k < body.length; ) {
    const l = body[k]!;
    if (isBulleted(l)) {
      if (category) category.lines.push(l);
      else report.error('parse:current-issue-text', { file, line: l.line }, { before: true });
      k += 1;
      continue;
    }
    let end = k;
    while (end < body.length && !isBulleted(body[end]!)) end += 1;
    const group = body.slice(k, end);
    let cut = 0;
    if (category && category.lines.length > 0)
      group.forEach((g, n) => {
        if (/。\s*$/.test(g.text)) cut = n + 1;
      });
    category?.lines.push(...group.slice(0, cut));
    for (const heading of headingsOf(group.slice(cut), policyNames)) {
      category = { name: normaliseText(heading.map((h) => h.text)), order: categories.length + 1, line: heading[0]!.line, lines: [] };
      categories.push(category);
    }
    k = end;
  }
  for (const c of categories) {
    const { bullets, orphans, dotBullets } = splitBullets(c.lines);
    reportDotBullets(dotBullets, file, report);
    for (const o of orphans) report.error('parse:current-issue-text', { file, line: o.line }, { category: c.name });
    if (bullets.length === 0) empty.push(c);
    bullets.forEach((b, k) => {
      const issue = { raw: b.raw, line: b.line, ...(b.markLines ? { markLines: b.markLines } : {}), category: c.name, categoryOrder: c.order, order: k + 1 };
      out.push(issue);
      check(issue, b);
    });
  }
  // A heading without statements numbers the categories after it one further: their statements' IDs shift.
  for (const c of empty)
    report.warning(
      'parse:current-issues',
      { file, line: c.line },
      { category: c.name },
      // Each statement after it, under its new ID and the one it would have had without the empty heading.
      out
        .filter((i) => i.categoryOrder > c.order)
        .flatMap((i) => [ids.currentIssue(goal, i.categoryOrder, i.order), ids.currentIssue(goal, i.categoryOrder - 1, i.order)]),
    );
  return out;
};

/**
 * Category lines hold one or two names (the page has two columns); 主観/客観 lines fill them in order. What the
 * PDF wrapped is read from the structure: a line after an example that has not reached its closing 等 continues
 * it; consecutive category lines are one row of names, split at the line breaks or glued there — whichever
 * gives as many names as 主観 examples follow them (the text cannot tell otherwise: reported). A 出典 the
 * heading lost to the next line is its; the heading repeated after a page break is skipped.
 */
const parseWellbeing = (heading: SourceLine, lines: readonly SourceLine[], file: string, report: Reporter): WellbeingEntity[] => {
  const body = lines.filter((l) => l.text.trim() !== '');
  let start = 0;
  let survey = surveyNote.exec(heading.text)?.[1]?.trim() || null;
  if (survey === null && body[0] && /^\s*出典\s*[：:]/.test(body[0].text)) {
    survey = surveyNote.exec(body[0].text)![1]!.trim() || null;
    start = 1;
  }
  // Rows of category names, each with the examples that follow it.
  const rows: { names: SourceLine[]; examples: { kind: '主観' | '客観'; pieces: string[]; line: number }[] }[] = [];
  for (const l of body.slice(start)) {
    if (wellbeingHeading.test(l.text)) {
      report.info('parse:repeated-header', { file, line: l.line }, { kind: 'wellbeing' });
      continue;
    }
    const row = rows[rows.length - 1];
    const m = example.exec(l.text);
    if (m) {
      if (row) row.examples.push({ kind: m[1] as '主観' | '客観', pieces: [m[2]!], line: l.line });
      else report.error('parse:wellbeing-example', { file, line: l.line }, { kind: m[1] as '主観' | '客観', text: exampleText(m[2]!) });
      continue;
    }
    const last = row?.examples[row.examples.length - 1];
    if (last && !/等\s*$/.test(last.pieces[last.pieces.length - 1]!)) {
      last.pieces.push(l.text);
      continue;
    }
    if (row && row.examples.length === 0) row.names.push(l);
    else rows.push({ names: [l], examples: [] });
  }
  const out: WellbeingEntity[] = [];
  for (const row of rows) {
    const wanted = row.examples.filter((e) => e.kind === '主観').length;
    const split = row.names.flatMap((l) =>
      l.text
        .trim()
        .split(/\s+/)
        .map((name) => ({ name, line: l.line })),
    );
    const glued = joinLines(row.names.map((l) => l.text))
      .split(/\s+/)
      .map((name) => ({ name, line: row.names[0]!.line }));
    const names = split.length !== wanted && glued.length === wanted ? glued : split;
    if (row.names.length > 1 && split.length !== wanted && glued.length !== wanted)
      report.warning(
        'parse:ambiguous-line-break',
        { file, line: row.names[1]!.line },
        { kind: 'wellbeing', lines: row.names.map((l) => l.line).join(', '), split: split.length, glued: glued.length, wanted },
      );
    const first = out.length;
    for (const { name, line } of names)
      out.push({ category: normaliseText(name), subjective: null, objective: null, survey: survey ? normaliseText(survey) : null, line });
    for (const e of row.examples) {
      const key = e.kind === '主観' ? 'subjective' : 'objective';
      const target = out.slice(first).find((c) => c[key] === null);
      const text = normaliseText(exampleText(joinLines(e.pieces)));
      if (!target) {
        report.error('parse:wellbeing-example', { file, line: e.line }, { kind: e.kind, text });
        continue;
      }
      target[key] = text;
    }
  }
  for (const c of out) {
    if (c.subjective === null || c.objective === null)
      report.warning('parse:wellbeing', { file, line: c.line }, { category: c.category, lacks: c.subjective === null ? '主観' : '客観' });
  }
  return out;
};
