// What a department (担当課) name looks like, and how a list of them is read. The look is derived from the
// names the plan uses: every one ends in 課 (地域振興課, 健康課, … and 全課) or センター (患者サポートセンター),
// and none holds a digit, a ％ or a target condition — those are the marks of a KPI value that slid into the
// department's place.
import type { Message, Reporter } from '../diagnostics.ts';
import type { SourceLine } from './lines.ts';
import { normaliseText } from './text.ts';

/** The endings of the plan's department names, longest first. */
export const departmentSuffixes = ['センター', '課'] as const;

export const endsLikeDepartment = new RegExp(`(?:${departmentSuffixes.join('|')})$`);
export const valueMark = /[0-9０-９％%]|以上|以下|未満/;

/** Whether a name (or the joined pieces of one so far) ends like a department name. */
export const endsAsDepartment = (name: string): boolean => endsLikeDepartment.test(name);

/** Why a name cannot be a department's, or undefined when it can. */
export const departmentNameProblem = (name: string): Message | undefined => {
  const value = valueMark.exec(name);
  if (value)
    return {
      ja: `に「${value[0]}」がある。これは値（数字、％、以上/以下/未満）の一部で、課の名前のものではない`,
      en: `holds 「${value[0]}」, which belongs to a value (digits, ％, 以上/以下/未満), not to a department's name`,
    };
  const endings = departmentSuffixes.map((s) => `…${s}`).join(', ');
  if (!endsAsDepartment(name))
    return { ja: `は計画の課の名前のように終わっていない（${endings}）`, en: `does not end like the plan's department names (${endings})` };
  return undefined;
};

/** Separators of a list of departments: 、 as the plan writes it, and what other writers use. */
export const alwaysSeparates = /[、，,､／/]/;
/** A run of separators or spaces between two names (split off by splitDepartments). */
export const separatorRun = /([、，,､／/・\s]+)/;

/**
 * Whether a list of departments goes on after this line: it ends with a separator, or inside a name (its last
 * piece does not end like a department's). A list that ends on a name is finished: a line after it is not its.
 */
export const departmentListOpen = (line: string): boolean => {
  const t = line.trim();
  return t === '' || alwaysSeparates.test(t.slice(-1)) || t.endsWith('・') || !endsName(t);
};

/** Whether a piece of a list ends a department's name: it ends like one and is more than the ending (「課」 alone is not). */
const endsName = (text: string): boolean => departmentSuffixes.some((s) => text.endsWith(s) && text.length > s.length);

/**
 * A list of departments 「A、B、C」, from the text after 【担当課】 and the lines the PDF wrapped it onto.
 * A line break after a piece that ends like a department's name (or after a separator) separates two names
 * (a list written with spaces loses its space where the PDF wraps it); anywhere else it falls inside a name
 * (「患者サポー」 + 「トセンター」). 、，,､／/ always separate; ・ and spaces separate where the name before
 * them ends like a department's (「保健・医療課」 is one name). A separator other than 、 is reported
 * (parse:normalised-separator).
 */
export const splitDepartments = (pieces: readonly SourceLine[], file: string, report: Reporter): string[] => {
  const names: string[] = [];
  const others = new Map<string, number>();
  let current = '';
  const endName = () => {
    const name = normaliseText(current);
    if (name !== '') names.push(name);
    current = '';
  };
  pieces.forEach((piece, k) => {
    if (k > 0 && endsName(current)) endName();
    piece.text
      .trim()
      .split(separatorRun)
      .forEach((part, n) => {
        if (n % 2 === 0) {
          current += part;
          return;
        }
        const separates = alwaysSeparates.test(part) || endsName(current);
        if (!separates) {
          current += part;
          return;
        }
        const mark = [...part].find((ch) => alwaysSeparates.test(ch)) ?? part.trim().charAt(0);
        if (mark !== '、' && current !== '') others.set(mark || 'space', (others.get(mark || 'space') ?? 0) + 1);
        endName();
      });
  });
  endName();
  if (others.size > 0) {
    const what = [...others].map(([mark, n]) => `「${mark}」 ×${n}`).join(', ');
    report.info('parse:normalised-separator', { file, line: pieces[0]!.line }, { names: names.join('、'), separators: what });
  }
  return names;
};
