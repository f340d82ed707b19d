// 第２章 → goals (number, name, statement), policies and pillars. The chapter is a two-column diagram
// flattened by extraction: goal 3's heading is followed by "2-2　観光業" and only then by its statement.
// So each line is classified on its own: a policy or pillar lands on the goal its code names, and a
// statement line lands on the goal heading most recently seen, whatever came between.
import type { Reporter } from '../diagnostics.ts';
import type { SourceLine } from './lines.ts';
import { digitsToNumber, normaliseText } from './text.ts';

export interface Located {
  line: number;
  column: number;
}
export interface GoalEntity extends Located {
  number: number;
  name: string;
  statement: string;
  statementLine: number;
}
export interface PolicyEntity extends Located {
  goal: number;
  number: number;
  name: string;
}
export interface PillarEntity extends Located {
  goal: number;
  policy: number;
  number: number;
  name: string;
}
export interface PolicySystem {
  goals: GoalEntity[];
  policies: PolicyEntity[];
  pillars: PillarEntity[];
}

const D = '[0-9０-９]';
const SEP = '[\\u3000 \\t]+';
// Names are taken greedily and trimmed in code (a lazy name before \s*$ is quadratic on trailing spaces).
export const goalHeading = new RegExp(`^\\s*(${D})${SEP}(\\S.*)$`);
export const policyHeading = new RegExp(`^\\s*(${D})[-－](${D})${SEP}(\\S.*)$`);
// A code starts where a run of digits starts and has at most two digits a part: an unbounded, unanchored
// \d+ rescans a long run of digits from each of its positions.
// A code the PDF wrapped before its name ends its line.
export const pillarCode = new RegExp(`(?<![0-9０-９])(${D}{1,2})[-－](${D}{1,2})[-－](${D}{1,2})(?:${SEP}|$)`, 'g');
/**
 * Labels of the diagram, not statements (page footers are gone already: see sections.ts). The vertical
 * 「し あ わ せ…」 of the diagram comes before the first goal, whose statement starts only after its heading.
 */
export const furniture = /^(基本目標|将来像|施策|施策の柱|[0-9０-９]+)$/;

export const parsePolicySystem = (lines: readonly SourceLine[], file: string, report: Reporter): PolicySystem => {
  const goals: (Omit<GoalEntity, 'statement' | 'statementLine'> & { pieces: SourceLine[] })[] = [];
  const policies: PolicyEntity[] = [];
  /** Pillars with the pieces of their names: a name the PDF wrapped continues on the next line, before the next code. */
  const pillars: (Omit<PillarEntity, 'name'> & { pieces: string[] })[] = [];
  let current: (typeof goals)[number] | undefined;
  let pillarsStarted = false;
  // Each goal and policy is listed once. Stopping at the first repeat keeps a file of a million copies
  // of a heading from building a million entities checked against each other (35 s for 1-1 × 10⁶).
  const firstLine = new Map<string, number>();
  const repeated = (what: string, line: number): boolean => {
    const first = firstLine.get(what);
    if (first === undefined) {
      firstLine.set(what, line);
      return false;
    }
    report.error('parse:duplicate-entry', { file, line }, { entry: what, first });
    return true;
  };

  for (const l of lines) {
    const text = l.text.trimEnd();
    if (text.trim() === '') continue;
    pillarCode.lastIndex = 0;
    const codes = [...text.matchAll(pillarCode)];
    if (codes.length > 0) {
      pillarsStarted = true;
      const before = text.slice(0, codes[0]!.index).trim();
      if (before !== '') pillars[pillars.length - 1]?.pieces.push(before);
      codes.forEach((m, k) => {
        const start = m.index! + m[0].length;
        const end = codes[k + 1]?.index ?? text.length;
        const column = [...text.slice(0, m.index)].length + 1;
        pillars.push({
          goal: digitsToNumber(m[1]!),
          policy: digitsToNumber(m[2]!),
          number: digitsToNumber(m[3]!),
          pieces: [text.slice(start, end)],
          line: l.line,
          column,
        });
      });
      continue;
    }
    const p = policyHeading.exec(text);
    if (p) {
      if (repeated(`施策 ${digitsToNumber(p[1]!)}-${digitsToNumber(p[2]!)}`, l.line)) break;
      policies.push({
        goal: digitsToNumber(p[1]!),
        number: digitsToNumber(p[2]!),
        name: normaliseText(p[3]!.trimEnd()),
        line: l.line,
        column: text.search(/\S/) + 1,
      });
      continue;
    }
    const g = goalHeading.exec(text);
    if (g) {
      if (repeated(`基本目標 ${digitsToNumber(g[1]!)}`, l.line)) break;
      current = { number: digitsToNumber(g[1]!), name: normaliseText(g[2]!.trimEnd()), line: l.line, column: text.search(/\S/) + 1, pieces: [] };
      goals.push(current);
      continue;
    }
    if (furniture.test(text.trim().replace(/[\u3000 ]+/g, ''))) continue;
    // After the pillar lists began, a line without a code continues the last pillar's name; before, it is
    // statement text of the goal heading seen last.
    if (pillarsStarted) pillars[pillars.length - 1]?.pieces.push(text);
    else current?.pieces.push(l);
  }
  const named: PillarEntity[] = [];
  for (const { pieces, ...p } of pillars) {
    const name = normaliseText(pieces);
    if (name === '') report.error('parse:pillar-name', { file, line: p.line, column: p.column }, { code: `${p.goal}-${p.policy}-${p.number}` });
    else named.push({ ...p, name });
  }

  const out: GoalEntity[] = [];
  for (const g of goals) {
    const statement = normaliseText(g.pieces.map((p) => p.text));
    if (statement === '') {
      report.error('parse:goal-statement-missing', { file, line: g.line, column: g.column }, { goal: g.number, name: g.name });
    }
    const { pieces, ...rest } = g;
    out.push({ ...rest, statement, statementLine: pieces[0]?.line ?? g.line });
  }
  if (goals.length === 0) {
    report.error('parse:goals', { file, line: lines[0]?.line ?? 0 }, {});
  }
  if (named.length === 0) {
    report.error('parse:pillars', { file, line: lines[0]?.line ?? 0 }, {});
  }
  for (const g of out) {
    if (!/実現する$/.test(g.statement) && g.statement !== '') {
      report.warning('parse:goal-statement', { file, line: g.statementLine }, { goal: g.number, statement: g.statement });
    }
  }
  return { goals: out, policies, pillars: named };
};
