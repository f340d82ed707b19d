// Numbered lines → the plan's sections: 第１章 (priority projects), 第２章 (policy system), the SDG table,
// and 第３章's goal pages and policy pages. Headings are matched in either digit width.
import type { Reporter } from '../diagnostics.ts';
import { digitsToNumber } from './text.ts';
import type { SourceLine } from './lines.ts';

export interface Page {
  heading: SourceLine;
  /** Lines after the heading up to the next page. */
  lines: SourceLine[];
  /** The last page of the file: its lines run to the file's end. */
  endsFile: boolean;
}
export interface GoalPage extends Page {
  goal: number;
  name: string;
}
export interface PolicyPage extends Page {
  goal: number;
  policy: number;
  name: string;
}

export interface Sections {
  file: string;
  chapter1: SourceLine[];
  chapter2: SourceLine[];
  sdgTable: SourceLine[];
  goalPages: GoalPage[];
  policyPages: PolicyPage[];
}

const D = '[0-9０-９]';
export const headings = {
  chapter1: { re: /^\s*第\s*[1１]\s*章\s*前期重点プロジェクト\s*$/, label: '第１章 前期重点プロジェクト' },
  chapter2: { re: /^\s*第\s*[2２]\s*章\s*施策体系\s*$/, label: '第２章 施策体系' },
  sdgTable: { re: /^\s*■\s*施策とSDG[sｓSＳ]/, label: '■施策とSDGｓ（持続可能な開発目標）の対応一覧' },
  chapter3: { re: /^\s*第\s*[3３]\s*章\s*分野別施策\s*$/, label: '第３章 分野別施策' },
} as const;
type HeadingKey = keyof typeof headings;
const order: HeadingKey[] = ['chapter1', 'chapter2', 'sdgTable', 'chapter3'];

// The name is taken greedily and trimmed in code: a lazy name followed by \s*$ ((\S.*?)\s*$) retries the
// trailing spaces at every character, quadratic on a heading followed by a long run of spaces.
export const goalPageHeading = new RegExp(`^\\s*基本目標\\s*(${D})\\s+(\\S.*)$`);
export const policyPageHeading = new RegExp(`^\\s*施策\\s*(${D})\\s*[-－ー‐]\\s*(${D})\\s+(\\S.*)$`);

/**
 * A page footer is layout, not content: exactly the block the plan prints at the foot of a page, the line
 * 「第３部 前期基本計画」 and, after blank lines, the page number (lines 563/565, 916/918, 2121/2123). Only
 * the whole block is dropped; any other line that starts with 第n部 is content and stays.
 */
export const pageFooter = /^\s*第\s*[3３]\s*部[ \t\u3000]+前期基本計画\s*$/;
export const pageNumber = /^\s*[0-9０-９]{1,3}\s*$/;
export const withoutPageFooters = (lines: readonly SourceLine[]): SourceLine[] => {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (pageFooter.test(lines[i]!.text)) {
      let j = i + 1;
      while (j < lines.length && lines[j]!.text.trim() === '') j += 1;
      if (j < lines.length && pageNumber.test(lines[j]!.text)) {
        for (let k = i + 1; k < j; k += 1) out.push(lines[k]!);
        i = j;
        continue;
      }
    }
    out.push(lines[i]!);
  }
  return out;
};

/** The plan's parts; a heading missing or a page repeated fails (what follows could not be told apart). */
export const segment = (allLines: readonly SourceLine[], file: string, report: Reporter): Sections => {
  const lines = withoutPageFooters(allLines);
  const lastLine = allLines.length === 0 ? 0 : allLines[allLines.length - 1]!.line;
  const found: Partial<Record<HeadingKey, number>> = {};
  let from = 0;
  let previous = 'the start of the file';
  for (const key of order) {
    const index = lines.findIndex((l, i) => i >= from && headings[key].re.test(l.text));
    if (index < 0) {
      report.fail(
        'parse:section',
        { file, line: lastLine },
        `expected the heading 「${headings[key].label}」 after ${previous}, but the file ends at line ${lastLine} without it`,
      );
    }
    found[key] = index;
    from = index + 1;
    previous = `line ${lines[index]!.line} (「${headings[key].label}」)`;
  }
  const [c1, c2, sdg, c3] = order.map((k) => found[k]!) as [number, number, number, number];

  // 第３章: goal pages and policy pages, in the order they appear.
  const goalPages: GoalPage[] = [];
  const policyPages: PolicyPage[] = [];
  const pageStarts: { index: number; make: (body: SourceLine[], endsFile: boolean) => void }[] = [];
  // A code may head one page only. Stopping at the first repeat keeps a file of a million copies of a
  // heading from costing a million page parses and millions of diagnostics (it took 5 s).
  const firstHeading = new Map<string, number>();
  const once = (kind: string, l: SourceLine): void => {
    const first = firstHeading.get(kind);
    if (first === undefined) firstHeading.set(kind, l.line);
    else
      report.fail(
        'parse:duplicate-page',
        { file, line: l.line },
        `a second page for ${kind} (the first starts at line ${first}); expected each goal and policy to have one page`,
      );
  };
  for (let i = c3 + 1; i < lines.length; i += 1) {
    const l = lines[i]!;
    const g = goalPageHeading.exec(l.text);
    if (g) {
      once(`基本目標 ${digitsToNumber(g[1]!)}`, l);
      pageStarts.push({
        index: i,
        make: (body, endsFile) => goalPages.push({ goal: digitsToNumber(g[1]!), name: g[2]!.trimEnd(), heading: l, lines: body, endsFile }),
      });
      continue;
    }
    const p = policyPageHeading.exec(l.text);
    if (p) {
      once(`施策 ${digitsToNumber(p[1]!)}-${digitsToNumber(p[2]!)}`, l);
      pageStarts.push({
        index: i,
        make: (body, endsFile) =>
          policyPages.push({ goal: digitsToNumber(p[1]!), policy: digitsToNumber(p[2]!), name: p[3]!.trimEnd(), heading: l, lines: body, endsFile }),
      });
    }
  }
  pageStarts.forEach((start, k) => {
    start.make(lines.slice(start.index + 1, pageStarts[k + 1]?.index ?? lines.length), k === pageStarts.length - 1);
  });

  return {
    file,
    chapter1: lines.slice(c1 + 1, c2),
    chapter2: lines.slice(c2 + 1, sdg),
    sdgTable: lines.slice(sdg, c3),
    goalPages,
    policyPages,
  };
};
