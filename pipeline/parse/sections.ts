// Numbered lines → the plan's sections: 第１章 (priority projects), 第２章 (policy system), the SDG table,
// and 第３章's goal pages and policy pages. Headings are matched in either digit width.
import type { Message, Reporter } from '../diagnostics.ts';
import { bracketOpen, cannotStart } from './line-breaks.ts';
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

/** A page number alone on a line, as extractors write it (trimmed first): 12, １２, - 12 -, 12 / 80, p.12, 12ページ. */
export const pageNumberShape = /^(?:[-‐‑‒–—―－] ?)?(?:[pPｐＰ]\. ?)?[0-9０-９]{1,4}(?: ?[/／] ?[0-9０-９]{1,4})?(?:ページ|頁)?(?: ?[-‐‑‒–—―－])?$/;

/**
 * Page furniture another extractor leaves among the text, beyond the footer block above: the footer line
 * without its page number; a chapter heading repeated as a running header; a page heading repeated at the top
 * of its own page's next sheet (基本目標 n on its goal's pages, 施策 n-n on its own page). Each is skipped
 * and named (parse:page-furniture): glued into a statement or a name, it would change a published value.
 */
const furnitureWarning = (l: SourceLine, what: Message, file: string, report: Reporter): void =>
  report.warning('parse:page-furniture', { file, line: l.line }, { text: l.text.trim(), what });

/**
 * A page number alone on a line, among the lines of a page or of 第１章: skipped and named. Not in a 成果指標
 * table, where a bare number is a value (a stray one there breaks the row's grammar, an error), nor in 第２章
 * and the SDG table, whose labels are numbers (their parsers skip what is not theirs).
 */
const withoutPageNumbers = (lines: readonly SourceLine[], file: string, report: Reporter): SourceLine[] => {
  let table = false;
  const around = (k: number, step: 1 | -1): string => {
    let j = k + step;
    while (j >= 0 && j < lines.length && lines[j]!.text.trim() === '') j += step;
    return lines[j]?.text.trim() ?? '';
  };
  return lines.filter((l, k) => {
    if (/^\s*■/.test(l.text)) table = /^\s*■\s*成果指標/.test(l.text);
    if (table || !pageNumberShape.test(l.text.trim())) return true;
    // A number the PDF wrapped onto a line of its own, inside a bracket or before its counter (「最大時」 9 「人（令
    // 和…」), is the statement's; said either way, since a page number can fall there too.
    const before = around(k, -1);
    const after = around(k, 1);
    if (bracketOpen(before) || counterStart.test(after) || cannotStart.test(after)) {
      report.warning(
        'parse:ambiguous-line-break',
        { file, line: l.line },
        bracketOpen(before) ? { kind: 'alone', text: l.text.trim(), bracket: true } : { kind: 'alone', text: l.text.trim(), after: after.slice(0, 4) },
      );
      return true;
    }
    furnitureWarning(l, { ja: '本文の間にページ番号のように単独である', en: 'stands alone among the text like a page number' }, file, report);
    return false;
  });
};

/** What follows a number: a counter or a unit (9 人, 15 億円, 40 か所, 3 年度). */
export const counterStart = /^[人件かヶケ箇個回年月日時分秒円歳名世戸校台冊本枚点社団園館所歩万億千百割倍位番号度期次代週％%ｇｍｋgmk]/;

/** The plan's parts; a heading missing or a page repeated fails (what follows could not be told apart). */
export const segment = (allLines: readonly SourceLine[], file: string, report: Reporter): Sections => {
  const lines = withoutPageFooters(allLines).filter((l) => {
    if (!pageFooter.test(l.text)) return true;
    furnitureWarning(
      l,
      {
        ja: '計画のページのフッター（ほかの箇所では後にページ番号が続く）',
        en: "is the plan's page footer, without the page number that follows it elsewhere",
      },
      file,
      report,
    );
    return false;
  });
  const lastLine = allLines.length === 0 ? 0 : allLines[allLines.length - 1]!.line;
  const found: Partial<Record<HeadingKey, number>> = {};
  let from = 0;
  let previous: { line: number; heading: string } | undefined;
  for (const key of order) {
    const index = lines.findIndex((l, i) => i >= from && headings[key].re.test(l.text));
    if (index < 0) {
      report.fail('parse:section', { file, line: lastLine }, { heading: headings[key].label, after: previous, lastLine });
    }
    found[key] = index;
    from = index + 1;
    previous = { line: lines[index]!.line, heading: headings[key].label };
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
    else report.fail('parse:duplicate-page', { file, line: l.line }, { page: kind, first });
  };
  // Repeated headings that are running headers, not pages: skipped before the pages are cut.
  const skipped = new Set<number>();
  let goalNow: { goal: number; at: number } | undefined;
  let pageNow: { code: string; at: number } | undefined;
  /** The first line after line i that says something. */
  const nextText = (i: number): string | undefined => {
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.trim() === '') j += 1;
    return lines[j]?.text.trim();
  };
  for (let i = c1 + 1; i < lines.length; i += 1) {
    const l = lines[i]!;
    if (i !== c2 && i !== sdg && i !== c3 && order.some((key) => headings[key].re.test(l.text) && key !== 'sdgTable')) {
      furnitureWarning(l, { ja: '章の見出しの繰り返し（柱）', en: 'repeats a chapter heading (a running header)' }, file, report);
      skipped.add(i);
      continue;
    }
    if (i <= c3) continue;
    const g = goalPageHeading.exec(l.text);
    const p = policyPageHeading.exec(l.text);
    const goal = g ? digitsToNumber(g[1]!) : undefined;
    const code = p ? `${digitsToNumber(p[1]!)}-${digitsToNumber(p[2]!)}` : undefined;
    // The heading of the page we are in, again: a running header — unless what follows it repeats what
    // follows the first, which makes it a page given twice (parse:duplicate-page below).
    const first = goal !== undefined && goal === goalNow?.goal ? goalNow.at : code !== undefined && code === pageNow?.code ? pageNow.at : undefined;
    if (first !== undefined && nextText(i) !== nextText(first)) {
      furnitureWarning(
        l,
        goal !== undefined
          ? {
              ja: `基本目標 ${goal} の見出しの繰り返し（これらのページの柱）`,
              en: `repeats the heading of 基本目標 ${goal}, whose pages these are (a running header)`,
            }
          : { ja: `施策 ${code} の見出しの繰り返し（このページの柱）`, en: `repeats the heading of 施策 ${code}, whose page this is (a running header)` },
        file,
        report,
      );
      skipped.add(i);
      continue;
    }
    if (goal !== undefined && first === undefined) {
      goalNow = { goal, at: i };
      pageNow = undefined;
    }
    if (code !== undefined && first === undefined) pageNow = { code, at: i };
  }

  for (let i = c3 + 1; i < lines.length; i += 1) {
    const l = lines[i]!;
    if (skipped.has(i)) continue;
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
  const kept = (from: number, to: number) => lines.slice(from, to).filter((_, k) => !skipped.has(from + k));
  pageStarts.forEach((start, k) => {
    start.make(withoutPageNumbers(kept(start.index + 1, pageStarts[k + 1]?.index ?? lines.length), file, report), k === pageStarts.length - 1);
  });

  return {
    file,
    chapter1: withoutPageNumbers(kept(c1 + 1, c2), file, report),
    chapter2: kept(c2 + 1, sdg),
    sdgTable: kept(sdg, c3),
    goalPages,
    policyPages,
  };
};
