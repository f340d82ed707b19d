// The plan as another layout or another extractor would give it: each line longer than a width broken into
// lines of at most that width, as Japanese typesetting breaks them, and nothing that was separate joined.
//
// What is re-wrapped (decided here, docs/source-text.md, "The next text"): an extractor gives each line of the PDF as
// it is, so what moves is where a new layout wraps its text blocks. Running text — paragraphs, ⚫
// statements, 【担当課】 lists, an initiative's line, footnotes — is re-flowed in any layout ('text'). Headings
// and table cells move only when the layout narrows a heading's line or a cell ('all' adds them): project,
// policy-page and pillar headings, 【施策 x-y-z】 citations and the actions under them, category headings,
// KPI rows and their header, related plans, 目指す姿's headline, the goal statements, the pillar rows of
// 第２章 and the rows of the SDG table. Never moved: the chapter and ■ section headings and page furniture
// (set on a line of their own), the vision and the labels of the diagrams (fixed boxes: 将来像, the
// vertical 「しあわせ…」, 第２章's goal and policy labels, the SDG table's column labels), and blank lines.
//
// How a line breaks (JIS X 4051 line breaking, as a layout engine does it): between any two characters,
// except inside a run of ASCII letters, digits and . , % - (a word, a number, a code) or of full-width
// digits, before what may not start a line (、。）」 small kana ー ％ ※ ・ …: 行頭禁則) and after what may not
// end one (（「【 …: 行末禁則). A space where a line breaks is dropped. Widths are display columns (a
// full-width character takes two): the layout's measure, which the parsers never see.
import { displayWidth } from '../pipeline/display-width.ts';

export type Scope = 'text' | 'all';
type Kind = 'fixed' | 'text' | 'cell';

const wordChar = /[A-Za-z0-9.,%+\-０-９]/;
const noStart = /[、。，．,.：:；;？?！!）)］\]｝}」』】〕〉》’”ゝゞー々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ％%※・]/;
const noEnd = /[（(［[｛{「『【〔〈《‘“]/;
const space = /[ \u3000]/;

/** Whether a line may break before chars[i]. */
const canBreakBefore = (chars: readonly string[], i: number): boolean => {
  const prev = chars[i - 1]!;
  const cur = chars[i]!;
  if (space.test(prev) || space.test(cur)) return true;
  if (wordChar.test(prev) && wordChar.test(cur)) return false;
  return !noStart.test(cur) && !noEnd.test(prev);
};

/** One cell broken into lines of at most `width` columns (a word wider than that stands alone). */
export const breakCell = (cell: string, width: number): string[] => {
  const chars = [...cell];
  const out: string[] = [];
  let start = 0;
  while (start < chars.length) {
    while (start < chars.length && space.test(chars[start]!)) start += 1;
    if (start >= chars.length) break;
    let end = start;
    let used = 0;
    let lastBreak = -1;
    while (end < chars.length) {
      const w = displayWidth(chars[end]!);
      if (end > start && canBreakBefore(chars, end)) lastBreak = end;
      if (used + w > width && end > start) break;
      used += w;
      end += 1;
    }
    if (end < chars.length && lastBreak > start) end = lastBreak;
    out.push(chars.slice(start, end).join('').trimEnd());
    start = end;
  }
  return out.filter((l) => l !== '');
};

const heading = {
  chapter: /^\s*第\s*[0-9０-９]\s*章/,
  section: /^\s*■/,
  furniture: /^\s*(第\s*[0-9０-９]\s*部\s|[0-9０-９]{1,3}\s*$)/,
  project: /^\s*[0-9０-９]\s+\S.*プロジェクト\s*$/,
  goalPage: /^\s*基本目標\s*[0-9０-９]\s+\S/,
  policyPage: /^\s*施策\s*[0-9０-９]\s*-\s*[0-9０-９]\s+\S/,
  initiative: /^\s*[\u2460-\u2473]/,
  departments: /^\s*【担当課?】/,
  item: /^\s*⚫\s*【施策/,
  bullet: /^\s*⚫/,
  pillarRow: /^\s*[0-9０-９]-[0-9０-９]-[0-9０-９][\s\u3000]/,
  policyLabel: /^\s*[0-9０-９]-[0-9０-９][\s\u3000]/,
  pageHeading: /^\s*[0-9０-９]{1,2}\s+\S/,
  footnote: /^\s*[＊*]/,
  example: /^\s*(主観|客観)\s*[：:]/,
  notes: /^\s*[－-]\s*グラフ説明/,
};

/** Every line's kind, by a walk through the plan's parts (independent of the parsers). */
const kinds = (lines: readonly string[]): Kind[] => {
  let part: 'intro' | 'diagram' | 'projects' | 'system' | 'sdg' | 'goal' | 'policy' = 'intro';
  let block = '';
  let previousNonBlank = '';
  const nextNonBlank = (i: number): string => lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
  return lines.map((raw, i): Kind => {
    const t = raw.trim();
    if (t === '') return 'fixed';
    const kind = ((): Kind => {
      if (heading.chapter.test(raw)) {
        part = /前期重点/.test(t) ? 'intro' : /施策体系/.test(t) ? 'system' : 'goal';
        block = '';
        return 'fixed';
      }
      if (heading.furniture.test(raw)) return 'fixed';
      if (/^■\s*施策とSDG/.test(t)) {
        part = 'sdg';
        block = 'intro';
        return 'fixed';
      }
      if (heading.goalPage.test(raw) && (part === 'goal' || part === 'policy')) {
        part = 'goal';
        block = 'statement';
        return 'cell';
      }
      if (heading.policyPage.test(raw) && (part === 'goal' || part === 'policy')) {
        part = 'policy';
        block = '';
        return 'cell';
      }
      switch (part) {
        case 'intro':
          if (/^基本目標\s*1/.test(t)) {
            part = 'diagram';
            return 'fixed';
          }
          return 'text';
        case 'diagram':
          if (heading.project.test(raw) && !heading.project.test(nextNonBlank(i)) && nextNonBlank(i).trim().length > 20) {
            part = 'projects';
            return 'cell';
          }
          return 'fixed';
        case 'projects':
          if (heading.project.test(raw)) return 'cell';
          if (/^【主な取組】/.test(t)) {
            block = 'actions';
            return 'fixed';
          }
          if (heading.initiative.test(raw) || heading.departments.test(raw)) return 'text';
          if (heading.item.test(raw)) return 'cell';
          // A summary before 【主な取組】 is a paragraph; after it, a line is an action.
          if (heading.project.test(previousNonBlank)) block = 'summary';
          return block === 'summary' ? 'text' : 'cell';
        case 'system':
          if (heading.pillarRow.test(raw)) return 'cell';
          if (/^[0-9０-９][\s\u3000]/.test(t)) {
            block = 'statement';
            return 'fixed';
          }
          if (heading.policyLabel.test(raw) || [...t].length <= 4 || /^(将来像|施策の柱|基本目標)/.test(t)) return 'fixed';
          return block === 'statement' ? 'cell' : 'fixed';
        case 'sdg':
          if (heading.policyLabel.test(raw)) {
            block = 'rows';
            return /●/.test(t) ? 'cell' : 'fixed';
          }
          if (block === 'intro' && !/^基本目標/.test(t)) return 'text';
          block = 'labels';
          return 'fixed';
        case 'goal': {
          if (heading.section.test(raw)) {
            block = /現状と課題/.test(t) ? 'issues' : /地域幸福度/.test(t) ? 'wellbeing' : '';
            return 'fixed';
          }
          if (heading.notes.test(raw)) {
            block = 'notes';
            return 'fixed';
          }
          if (block === 'statement') return 'cell';
          // A statement and the lines that continue it are running text; a category heading stands alone.
          if (block === 'issues' || block === 'notes')
            return heading.bullet.test(raw) || !(/。\s*$/.test(previousNonBlank) || heading.section.test(previousNonBlank)) ? 'text' : 'cell';
          return 'cell';
        }
        case 'policy': {
          if (heading.section.test(raw)) {
            block = /目指す姿に近付く/.test(t)
              ? 'expected'
              : /目指す姿/.test(t)
                ? 'vision-head'
                : /成果指標/.test(t)
                  ? 'kpi'
                  : /個別計画/.test(t)
                    ? 'plans'
                    : /意見/.test(t)
                      ? 'opinions'
                      : 'pillars';
            return 'fixed';
          }
          if (heading.footnote.test(raw)) return 'text';
          if (block === 'vision-head') {
            if (/まち\s*$/.test(t)) block = 'vision-text';
            return 'cell';
          }
          if (block === 'vision-text' || block === 'opinions' || block === 'expected') return 'text';
          if (block === 'pillars') return heading.pageHeading.test(raw) && heading.departments.test(nextNonBlank(i)) ? 'cell' : 'text';
          return 'cell';
        }
      }
      return 'fixed';
    })();
    previousNonBlank = raw;
    return kind;
  });
};

/** The cells of a line: what a run of two or more spaces separates (two boxes the extractor put side by side). */
const cellsOf = (line: string): string[] =>
  line
    .trim()
    .split(/ {2,}|\u3000{2,}/)
    .filter((c) => c.trim() !== '');

/**
 * The text with every line of the scope wider than `width` broken; `blankBetween` puts a blank line between
 * the lines a line is broken into, as this extractor does between the lines of a paragraph.
 */
export const rewrap = (text: string, width: number, scope: Scope, blankBetween: boolean): string => {
  const lines = text.split('\n');
  const kindOf = kinds(lines);
  return lines
    .flatMap((line, i) => {
      const kind = kindOf[i]!;
      if (kind === 'fixed' || (kind === 'cell' && scope === 'text') || displayWidth(line.trimEnd()) <= width) return [line];
      const indent = /^\s*/.exec(line)![0];
      const pieces = cellsOf(line).flatMap((cell) => breakCell(cell, width));
      const out = pieces.map((p, k) => (k === 0 ? `${indent}${p}` : p));
      return blankBetween ? out.flatMap((p, k) => (k === 0 ? [p] : ['', p])) : out;
    })
    .join('\n');
};

/** The kind of every line, for the test that checks the classification itself. */
export const lineKinds = kinds;
