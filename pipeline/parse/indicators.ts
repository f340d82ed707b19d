// 成果指標 block → KPI rows. The table lost its columns in extraction: a row may sit on one line
// ("通いの場の設置数 40 か所 74 か所 高齢福祉課") or spread over many (name, "49.3％", "（R5）",
// "60％以上", "（R11）", "健康課"), a name or a department may wrap ("患者サポー" + "トセンター").
// So the block is read as a stream of tokens by a small grammar:
//   row  := name value [year] value [year] department
//   value:= number [unit] [condition]      (unit and condition may be glued to the number or not)
// A row that breaks the grammar — a missing target or department, a unit we do not know, a number whose
// digit grouping is not 1,234 — is an error at its line. Whether the values make sense (years in order, a
// baseline without a target condition, a department that looks like one) is validate/plausibility.ts's job.
import type { Reporter } from '../diagnostics.ts';
import type { MessageParams } from '../rules.ts';
import { ids } from '../ids.ts';
import { conditions, units } from '../tables/indicators.ts';
import { endsAsDepartment } from './department-names.ts';
import type { SourceLine } from './lines.ts';
import { joinLines, markLinesOf, removeExtractionSpaces } from './text.ts';

// The units and conditions the indicators table publishes (tables/indicators.ts); any other is an error.
export { conditions, units };
export type Unit = (typeof units)[number];
export type Condition = (typeof conditions)[number];

export interface Measure {
  value: number;
  unit: Unit | null;
  condition: Condition | null;
  notation: string;
  fiscalYear: number;
  fiscalYearNotation: string;
  fiscalYearFromHeader: boolean;
}
export interface IndicatorEntity {
  /** Name as written, lines joined, ※ kept. */
  raw: string;
  /** Line of each ※ in the name, in order. */
  markLines: number[];
  baseline: Measure;
  target: Measure;
  department: string;
  /** Line where the department is named (a row may spread over several lines). */
  departmentLine: number;
  line: number;
}
/** The default years the table header names (「指標 R6 基準 R12 目標 担当課」), as fiscal years. */
export interface IndicatorHeader {
  line: number;
  baselineFiscalYear: number;
  targetFiscalYear: number;
}

interface Token {
  text: string;
  line: number;
  column: number;
  /** First token of its line. */
  first: boolean;
}

/** Unit spellings → the unit as the contract publishes it. */
const unitSpellings: Record<string, Unit> = { '％': '％', '%': '％', ｇ: 'ｇ', g: 'ｇ', か所: 'か所', 箇所: 'か所', ヶ所: 'か所', 件: '件', 人: '人' };
const unitAlternatives = Object.keys(unitSpellings)
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * The number a value starts with, its sign included (a minus sign of any width was read as "-" at the edge,
 * normalise-lines.ts); the rest of the token (unit, condition) is sliced off in code.
 */
export const numberRe = /^-?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?/;
/** Digits grouped by thousands as the plan writes them: 2,100 and 100,000, or no separator at all. */
export const groupedDigits = /^-?(?:[0-9０-９]+|[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+)(?:[.．][0-9０-９]+)?$/;
export const suffixRe = new RegExp(`^(${unitAlternatives})?(以上|以下|未満)?$`);
/** Every suffix a value may carry: a unit, a condition, or both. */
const suffixSpellings = ['', ...Object.keys(unitSpellings)].flatMap((u) => ['', ...conditions].map((c) => `${u}${c}`)).filter((v) => v !== '');
/** A unit and a condition, each wrapped in two at most: a suffix never spans more tokens. */
const maxSuffixTokens = 4;
/** A fiscal year in brackets, （R5）, as read after NFKC (full-width Ｒ５ is R5). */
export const yearRe = /^[（(]\s*R\s*([0-9０-９]{1,2})\s*[）)]$/;
export const headerRe = /R\s*([0-9０-９]{1,2})\s*基準\s*R\s*([0-9０-９]{1,2})\s*目標/;
export const headerChars = /^[\s指標基準目標担当課RＲ0-9０-９]+$/;
export const headerWord = /指標|基準|目標|担当課/;
/** Whether a line holds nothing but the words of the table's header (「指標 R6 基準 R12 目標 担当課」, or a part of it, wrapped). */
export const headerOnly = (text: string): boolean => headerChars.test(text) && headerWord.test(text);
export const tokenRe = /[^\s\u3000]+/g;
/** Full-width digits, decimal point and comma of a value. */
export const wideNumberChars = /[０-９．，]/g;

/** 令和n年度 = 2018 + n. */
export const reiwaToFiscalYear = (n: number): number => 2018 + n;

const tokenise = (lines: readonly SourceLine[]): Token[] =>
  lines.flatMap((l) => {
    const out: Token[] = [];
    for (const m of l.text.matchAll(tokenRe)) {
      const column = [...l.text.slice(0, m.index)].length + 1;
      // A year an extractor glued to its value (49.3％（R5）) is a token of its own.
      const open = Math.max(m[0].lastIndexOf('（'), m[0].lastIndexOf('('));
      const year = open > 0 && yearRe.test(m[0].slice(open).normalize('NFKC')) ? open : -1;
      if (year > 0) {
        out.push({ text: m[0].slice(0, year), line: l.line, column, first: out.length === 0 });
        out.push({ text: m[0].slice(year), line: l.line, column: column + [...m[0].slice(0, year)].length, first: false });
      } else out.push({ text: m[0], line: l.line, column, first: out.length === 0 });
    }
    return out;
  });

/** Doubles hold 15 significant decimal digits exactly; a longer value would be published as another number (or as no number). */
export const maxSignificantDigits = 15;
const significantDigits = (digits: string): number => digits.normalize('NFKC').replace(/[-,.]/g, '').replace(/^0+/, '').length;

const toNumber = (digits: string): number => Number(digits.normalize('NFKC').replace(/,/g, ''));
const isYear = (t: Token): RegExpExecArray | null => yearRe.exec(t.text.normalize('NFKC'));
const isValue = (t: Token): boolean => numberRe.test(t.text) || isYear(t) !== null;

export interface IndicatorBlock {
  header: SourceLine | undefined;
  lines: SourceLine[];
}

export interface ParsedIndicators {
  rows: IndicatorEntity[];
  header: IndicatorHeader | undefined;
}

export const parseIndicators = (block: IndicatorBlock, policy: string, file: string, report: Reporter): ParsedIndicators => {
  const rowId = () => ids.indicator(policy, rows.length + 1);
  const rowError = <K extends 'parse:indicator-row' | 'parse:digit-grouping' | 'parse:indicator-number'>(
    ruleId: K,
    t: Token | undefined,
    params: MessageParams<K>,
  ) => report.error(ruleId, { file, line: t?.line ?? block.header?.line ?? 0, column: t?.column ?? 0 }, params, [rowId()]);
  const fail = (t: Token | undefined, params: MessageParams<'parse:indicator-row'>) => rowError('parse:indicator-row', t, params);

  const headerMatch = block.header ? headerRe.exec(block.header.text.normalize('NFKC')) : null;
  if (!headerMatch) {
    report.error('parse:indicator-header', { file, line: block.header?.line ?? 0 }, { policy });
    return { rows: [], header: undefined };
  }
  const defaults = { baseline: Number(headerMatch[1]!.normalize('NFKC')), target: Number(headerMatch[2]!.normalize('NFKC')) };
  const header: IndicatorHeader = {
    line: block.header!.line,
    baselineFiscalYear: reiwaToFiscalYear(defaults.baseline),
    targetFiscalYear: reiwaToFiscalYear(defaults.target),
  };

  const tokens = tokenise(block.lines);
  const rows: IndicatorEntity[] = [];
  let i = 0;
  const peek = () => tokens[i];

  /** number [unit] [condition], glued or as separate tokens. */
  const readValue = (which: 'baseline' | 'target', start: Token): Omit<Measure, 'fiscalYear' | 'fiscalYearNotation' | 'fiscalYearFromHeader'> | undefined => {
    const digits = numberRe.exec(start.text)![0];
    let suffix = start.text.slice(digits.length);
    if (!groupedDigits.test(digits)) {
      rowError('parse:digit-grouping', start, { policy, which, text: start.text, digits });
    } else if (significantDigits(digits) > maxSignificantDigits) {
      rowError('parse:indicator-number', start, {
        policy,
        which,
        text: start.text.length > 40 ? `${start.text.slice(0, 40)}…` : start.text,
        digits: significantDigits(digits),
        max: maxSignificantDigits,
      });
    }
    let notation = start.text;
    i += 1;
    // The unit and condition: glued to the number, or the tokens after it — on its line, or on the next where
    // the PDF wrapped the cell, even inside a word (「40 か」 + 「所」, 「60％以」 + 「上」). The longest run of
    // tokens that makes a known suffix is taken.
    let taken = { suffix, notation, next: i };
    for (let j = i, acc = suffix, text = notation; j < tokens.length && j < i + maxSuffixTokens; j += 1) {
      const t = tokens[j]!;
      acc += t.text;
      text = t.first ? `${text}${t.text}` : `${text} ${t.text}`;
      if (suffixRe.test(acc)) taken = { suffix: acc, notation: text, next: j + 1 };
      else if (!suffixSpellings.some((v) => v.startsWith(acc))) break;
    }
    ({ suffix, notation } = taken);
    i = taken.next;
    const s = suffixRe.exec(suffix);
    if (!s) {
      fail(start, { policy, kind: 'unknown-suffix', which, text: start.text, suffix, units: units.join(' ') });
      return undefined;
    }
    // The notation keeps the value as written, its digits read as digits: ４９．３％ is 49.3％.
    const written = removeExtractionSpaces(notation);
    const ascii = written.replace(wideNumberChars, (ch) => ch.normalize('NFKC'));
    if (ascii !== written)
      report.info('parse:normalised-digit', { file, line: start.line, column: start.column }, { policy, which, written, ascii }, [rowId()]);
    return {
      value: toNumber(digits),
      unit: s[1] ? unitSpellings[s[1]]! : null,
      condition: (s[2] as Condition | undefined) ?? null,
      notation: ascii,
    };
  };
  const readYear = (which: 'baseline' | 'target'): Pick<Measure, 'fiscalYear' | 'fiscalYearNotation' | 'fiscalYearFromHeader'> => {
    const t = peek();
    const y = t ? isYear(t) : null;
    if (y) {
      i += 1;
      const n = Number(y[1]!.normalize('NFKC'));
      return { fiscalYear: reiwaToFiscalYear(n), fiscalYearNotation: `R${n}`, fiscalYearFromHeader: false };
    }
    return { fiscalYear: reiwaToFiscalYear(defaults[which]), fiscalYearNotation: `R${defaults[which]}`, fiscalYearFromHeader: true };
  };

  while (i < tokens.length) {
    const start = tokens[i]!;
    // Name: every token up to the first number. A name may contain spaces and wrap.
    const nameTokens: Token[] = [];
    while (i < tokens.length && !numberRe.test(tokens[i]!.text)) nameTokens.push(tokens[i++]!);
    if (nameTokens.length === 0) {
      fail(start, { policy, kind: 'starts-with-number', text: start.text });
      i += 1;
      continue;
    }
    const name = joinName(nameTokens);
    const b = peek();
    if (!b) {
      fail(nameTokens[nameTokens.length - 1], { policy, kind: 'no-values', name });
      break;
    }
    const baselineValue = readValue('baseline', b);
    if (!baselineValue) return { rows, header };
    const baselineYear = readYear('baseline');
    const t = peek();
    if (!t || !numberRe.test(t.text)) {
      fail(t ?? b, { policy, kind: 'no-target', name, baseline: baselineValue.notation, found: t?.text });
      return { rows, header };
    }
    const targetValue = readValue('target', t);
    if (!targetValue) return { rows, header };
    const targetYear = readYear('target');
    // Department: the rest of the row, continued on following lines until it ends like a department name.
    const deptTokens: Token[] = [];
    // The end of the department joined so far (long enough for the longest ending, センター): joining
    // every token again for each new one made a row that never ends quadratic (20 000 lines: 24 s).
    let deptTail = '';
    let missing: Token | undefined;
    while (i < tokens.length) {
      const d = tokens[i]!;
      if (deptTokens.length > 0 && d.first && endsAsDepartment(deptTail)) break;
      // A value where the department should be: the department line is gone, and what was read as the
      // department is the next row's name (「推定一日食塩摂取量」 then 「9.7ｇ」).
      if (isValue(d)) {
        missing = d;
        break;
      }
      if (deptTokens.length > 0 && !d.first) {
        fail(d, {
          policy,
          kind: 'two-departments',
          name,
          found: `${deptTokens.map((x) => x.text).join(' ')} ${d.text}`,
          first: deptTokens[0]!.text,
        });
        return { rows, header };
      }
      deptTokens.push(d);
      deptTail = joinLines([deptTail, d.text]).slice(-8);
      i += 1;
    }
    const unit = baselineValue.unit ?? targetValue.unit;
    const row = (department: string, departmentLine: number): IndicatorEntity => ({
      raw: name,
      markLines: markLinesOf(nameTokens),
      baseline: { ...baselineValue, unit, ...baselineYear },
      target: { ...targetValue, unit, ...targetYear },
      department,
      departmentLine,
      line: start.line,
    });
    if (missing || deptTokens.length === 0) {
      const next =
        deptTokens.length > 0
          ? { text: joinLines(deptTokens.map((x) => x.text)), line: deptTokens[0]!.line, value: missing!.text, valueLine: missing!.line }
          : undefined;
      report.error(
        'parse:indicator-department',
        { file, line: t.line, column: t.column },
        { policy, name, target: targetValue.notation, next },
        // This row, and the next one, which would otherwise vanish into this row's department.
        [rowId(), ...(deptTokens.length > 0 ? [ids.indicator(policy, rows.length + 2)] : [])],
      );
      // Read on from the next row, so that its own problems are reported too.
      i -= deptTokens.length;
      rows.push(row('', t.line));
      continue;
    }
    // Whether it looks like a department's name is judged with every other department's (plausibility.ts).
    const department = joinLines(deptTokens.map((x) => x.text));
    if (baselineValue.unit !== targetValue.unit && baselineValue.unit !== null && targetValue.unit !== null) {
      fail(b, { policy, kind: 'unit-mismatch', name, baselineUnit: baselineValue.unit, targetUnit: targetValue.unit });
    }
    rows.push(row(department, deptTokens[0]!.line));
  }
  if (rows.length === 0) report.error('parse:indicator-row', { file, line: block.header?.line ?? 0 }, { policy, kind: 'no-rows' });
  return { rows, header };
};

/** Name tokens joined: pieces from different lines are glued, pieces on one line keep their space. */
const joinName = (tokens: readonly Token[]): string =>
  tokens.reduce((acc, t, k) => (k === 0 ? t.text : t.first ? joinLines([acc, t.text]) : `${acc} ${t.text}`), '');
