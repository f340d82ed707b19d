// 第３章 policy pages → 目指す姿, 成果指標, related plans, citizens' opinions, expected actions, the
// pillars with their departments and action bullets, and the glossary footnotes (＊term：definition).
import type { Message, Reporter } from '../diagnostics.ts';
import { ids } from '../ids.ts';
import { countBullets, endsSentence, isBulleted, reportDotBullets, splitBullets, type BulletStatement, type Statement } from './bullets.ts';
import { departmentListOpen, splitDepartments } from './department-names.ts';
import { headerChars, headerOnly, parseIndicators, type IndicatorBlock, type IndicatorEntity, type IndicatorHeader } from './indicators.ts';
import { breakExcerpt, joinOpenLabels, lineBreak } from './line-breaks.ts';
import type { SourceLine } from './lines.ts';
import { departmentsLabel } from './marks.ts';
import type { PolicyPage } from './sections.ts';
import { checkStatements, type CheckedStatement } from './statements.ts';
import { digitsToNumber, joinLines, markLinesOf, normaliseText } from './text.ts';

export interface PagePillarEntity {
  number: number;
  name: string;
  line: number;
  departments: string[];
  departmentsLine: number;
  actions: BulletStatement[];
}
export interface FootnoteEntity {
  term: string;
  definition: string | null;
  masked: boolean;
  line: number;
}
export interface ExpectedActionEntity extends Statement {
  actor: '市民等' | '事業者・団体等';
}
export interface PolicyPageEntity {
  goal: number;
  policy: number;
  name: string;
  line: number;
  vision: { title: Statement; text: Statement & { lastLine: number } } | undefined;
  indicators: IndicatorEntity[];
  /** The default years the 成果指標 header names. */
  indicatorHeader: IndicatorHeader | undefined;
  relatedPlans: Statement[];
  opinions: Statement[];
  expectedActions: ExpectedActionEntity[];
  pillars: PagePillarEntity[];
  footnotes: FootnoteEntity[];
  /** The page runs to the end of the file. */
  endsFile: boolean;
}

type BlockKey = 'vision' | 'indicators' | 'plans' | 'opinions' | 'expected' | 'pillars';
// Longest first: 「目指す姿に近付くために…」 also starts with 目指す姿.
// Group 1 is the rest of the heading line, untrimmed: a \s* before (.*) would overlap it.
export const blockHeadings: [BlockKey, RegExp][] = [
  ['expected', /^\s*■\s*目指す姿に近付くために(.*)$/],
  ['vision', /^\s*■\s*目指す姿(.*)$/],
  ['indicators', /^\s*■\s*成果指標(.*)$/],
  ['plans', /^\s*■\s*主な個別計画・方針等(.*)$/],
  ['opinions', /^\s*■\s*市民等からの意見・提案(.*)$/],
  ['pillars', /^\s*■\s*施策の柱と主な取組(.*)$/],
];
/** ＊term：definition — term and definition trimmed in code; the term is never empty. */
export const footnote = /^\s*[＊*]([^：:]*)[：:](.*)$/;
export const maskedDefinition = /^[＊*]+$/;
/** The start of a footnote: ＊ and a term (a line of ＊ alone continues a masked definition). */
export const footnoteStart = /^\s*[＊*][^＊*\s]/;
export const opinionsNote = /^\s*※\s*アンケート/;
/** 「1 健康づくりの推進」: the name taken greedily and trimmed (a lazy name before \s*$ is quadratic). */
export const pillarHeading = /^\s*([0-9０-９]{1,2})\s+(\S.*)$/;
export const actorRe = /^(市民等|事業者・団体等)は/;
export const visionHeadlineEnd = /まち\s*$/;

/**
 * How the plan's related plans end (計画, プラン, 戦略, ビジョン, …, maybe with a year or a bracketed note: 計画2030,
 * 計画（改訂版））: a line that ends so ends its entry; one that does not was wrapped, or names a plan oddly —
 * which the text cannot tell (reported).
 */
export const planNameEnd =
  /(計画|プラン|戦略|ビジョン|方針|構想|指針|大綱|要綱|条例|規則|ガイドライン|ロードマップ|プログラム)[0-9０-９]*(?:[（(][^（()）]*[）)])?$/;

/** The most rows one list may have: what the tables' order column holds (model/fields.ts, count). */
const maxListLength = 9_999;

const nonBlank = (lines: readonly SourceLine[]) => lines.filter((l) => l.text.trim() !== '');

/** A footnote's start whose term the PDF wrapped before its ：, joined with the lines up to the ：. */
const joinWrappedFootnoteTerms = (lines: readonly SourceLine[]): SourceLine[] => {
  const out: SourceLine[] = [];
  for (let k = 0; k < lines.length; k += 1) {
    const l = lines[k]!;
    if (!footnoteStart.test(l.text) || /[：:]/.test(l.text)) {
      out.push(l);
      continue;
    }
    const pieces = [l.text];
    let j = k + 1;
    for (; j < lines.length && !/[：:]/.test(pieces[pieces.length - 1]!); j += 1) if (lines[j]!.text.trim() !== '') pieces.push(lines[j]!.text);
    out.push({ line: l.line, text: joinLines(pieces) });
    k = j - 1;
  }
  return out;
};

/** The block of opinions without its note 「※アンケート…」, which runs from its line to its 。. */
const withoutOpinionsNote = (lines: readonly SourceLine[]): SourceLine[] => {
  let inNote = false;
  return lines.filter((l) => {
    if (opinionsNote.test(l.text)) inNote = true;
    if (!inNote) return true;
    if (endsSentence(l.text)) inNote = false;
    return false;
  });
};

export const parsePolicyPage = (page: PolicyPage, file: string, report: Reporter): PolicyPageEntity => {
  const code = `${page.goal}-${page.policy}`;
  const footnotes: FootnoteEntity[] = [];
  const blocks = new Map<BlockKey, { heading: SourceLine; rest: string; lines: SourceLine[] }>();
  let current: { heading: SourceLine; rest: string; lines: SourceLine[] } | undefined;

  // Footnotes close a page: a line after one that is neither a footnote nor a ■ heading continues its
  // definition (the PDF wrapped it).
  const notes: { term: string; definition: string[]; line: number }[] = [];
  for (const l of joinWrappedFootnoteTerms(page.lines)) {
    const f = footnote.exec(l.text);
    if (f && f[1]!.trim() !== '') {
      notes.push({ term: f[1]!.trim(), definition: [f[2]!], line: l.line });
      continue;
    }
    if (notes.length > 0 && l.text.trim() !== '' && !/^\s*■/.test(l.text)) {
      notes[notes.length - 1]!.definition.push(l.text);
      continue;
    }
    const h = blockHeadings.find(([, re]) => re.test(l.text));
    if (h) {
      if (blocks.has(h[0])) report.warning('parse:policy-page', { file, line: l.line }, { policy: code, kind: 'second', section: l.text.trim() });
      current = blocks.get(h[0]) ?? { heading: l, rest: h[1].exec(l.text)![1]!.trim(), lines: [] };
      blocks.set(h[0], current);
      continue;
    }
    if (/^\s*■/.test(l.text)) {
      report.warning('parse:policy-page', { file, line: l.line }, { policy: code, kind: 'unknown', section: l.text.trim() });
      current = undefined;
      continue;
    }
    if (current) current.lines.push(l);
    else if (l.text.trim() !== '') report.warning('parse:policy-page', { file, line: l.line }, { policy: code, kind: 'outside' });
  }

  for (const n of notes) {
    const definition = joinLines(n.definition);
    const masked = maskedDefinition.test(definition);
    footnotes.push({ term: normaliseText(n.term), definition: masked || definition === '' ? null : normaliseText(definition), masked, line: n.line });
  }

  const required: [BlockKey, string][] = [
    ['vision', '■目指す姿'],
    ['indicators', '■成果指標'],
    ['pillars', '■施策の柱と主な取組'],
  ];
  for (const [key, label] of required) {
    if (!blocks.has(key)) report.error('parse:policy-page-section', { file, line: page.heading.line }, { policy: code, section: label });
  }

  const value: PolicyPageEntity = {
    goal: page.goal,
    policy: page.policy,
    name: normaliseText(page.name),
    line: page.heading.line,
    vision: undefined,
    indicators: [],
    indicatorHeader: undefined,
    relatedPlans: [],
    opinions: [],
    expectedActions: [],
    pillars: [],
    footnotes,
    endsFile: page.endsFile,
  };

  const vision = blocks.get('vision');
  if (vision) value.vision = parseVision(vision.lines, code, vision.heading, file, report);

  const kpi = blocks.get('indicators');
  if (kpi) {
    const parsed = parseIndicators(indicatorBlock(nonBlank(kpi.lines), code, file, report), code, file, report);
    value.indicators = parsed.rows;
    value.indicatorHeader = parsed.header;
  }

  const plans = blocks.get('plans');
  if (plans) {
    const first = plans.rest === '' ? [] : [{ line: plans.heading.line, text: plans.rest }];
    value.relatedPlans = readRelatedPlans([...first, ...nonBlank(plans.lines)], code, file, report);
  }

  const statements: CheckedStatement[] = [];
  const opinions = blocks.get('opinions');
  if (opinions) {
    const { bullets, orphans, dotBullets } = splitBullets(withoutOpinionsNote(opinions.lines));
    reportDotBullets(dotBullets, file, report);
    value.opinions = bullets;
    bullets.forEach((b, k) => {
      statements.push({
        ...b,
        recordId: ids.citizenOpinion(code, k + 1),
        what: { ja: `施策 ${code} 市民等からの意見・提案 ${k + 1}`, en: `施策 ${code} 市民等からの意見・提案 ${k + 1}` },
      });
    });
    for (const o of orphans) report.warning('parse:opinions', { file, line: o.line }, { policy: code });
  }

  const expected = blocks.get('expected');
  if (expected) {
    const { bullets, orphans, dotBullets } = splitBullets(expected.lines);
    reportDotBullets(dotBullets, file, report);
    for (const o of orphans) report.warning('parse:expected-actions', { file, line: o.line }, { policy: code });
    for (const b of bullets) {
      const actor = actorRe.exec(normaliseText(b.raw));
      if (!actor) {
        report.error('parse:expected-action-actor', { file, line: b.line }, { policy: code });
        continue;
      }
      value.expectedActions.push({ ...b, actor: actor[1] as ExpectedActionEntity['actor'] });
      const k = value.expectedActions.length;
      statements.push({
        ...b,
        recordId: ids.expectedAction(code, k),
        what: { ja: `施策 ${code} 期待したい行動 ${k}`, en: `施策 ${code} expected action ${k}` },
      });
    }
  }

  const pillars = blocks.get('pillars');
  if (pillars) value.pillars = parsePagePillars(pillars.lines, code, file, report);
  // A list longer than its order column can number is refused once here, not row by row downstream.
  const lists: [Message, { line: number }[]][] = [
    [{ ja: '関連する個別計画', en: 'related plans' }, value.relatedPlans],
    [{ ja: '市民等からの意見・提案', en: "citizens' opinions" }, value.opinions],
    [{ ja: '期待したい行動', en: 'expected actions' }, value.expectedActions],
    ...value.pillars.map((p): [Message, { line: number }[]] => [{ ja: `施策の柱 ${p.number} の取組`, en: `pillar ${p.number}'s actions` }, p.actions]),
  ];
  for (const [what, list] of lists) {
    if (list.length > maxListLength) {
      report.error(
        'parse:too-many-rows',
        { file, line: list[maxListLength]!.line },
        { policy: code, count: list.length.toLocaleString('en'), list: what, max: maxListLength.toLocaleString('en') },
      );
      return value;
    }
  }
  for (const p of value.pillars) {
    p.actions.forEach((a, k) => {
      statements.push({
        ...a,
        recordId: ids.pillarAction(`${code}-${p.number}`, k + 1),
        what: { ja: `施策 ${code} 施策の柱 ${p.number} 取組 ${k + 1}`, en: `施策 ${code} pillar ${p.number} action ${k + 1}` },
      });
    });
  }
  if (value.vision)
    statements.push({ ...value.vision.text, recordId: ids.policy(code), what: { ja: `施策 ${code} 目指す姿の段落`, en: `施策 ${code}'s 目指す姿 paragraph` } });
  checkStatements(statements, page.endsFile, file, report);
  return value;
};

/**
 * The 成果指標 block: its header (「指標 R6 基準 R12 目標 担当課」, on one line or wrapped over a few) and its
 * rows. A header repeated among the rows (a page break) is skipped (parse:repeated-header); one that names
 * other years is an error, since the rows after it would take other default years.
 */
const indicatorBlock = (lines: readonly SourceLine[], code: string, file: string, report: Reporter): IndicatorBlock => {
  const headerAt = lines.findIndex((l) => /基準|目標/.test(l.text));
  if (headerAt < 0) return { header: undefined, lines: [...lines] };
  /** The header's lines from `at`: a line of its words, and the lines it was wrapped onto, up to 担当課. */
  const headerLines = (at: number): SourceLine[] => {
    if (!headerOnly(lines[at]!.text)) return [];
    const out = [lines[at]!];
    let joined = lines[at]!.text.replace(/\s+/g, '');
    for (let k = at + 1; k < lines.length && !joined.includes('担当課') && headerChars.test(lines[k]!.text); k += 1) {
      out.push(lines[k]!);
      joined += lines[k]!.text.replace(/\s+/g, '');
    }
    return out;
  };
  const first = headerLines(headerAt);
  const header = first.length > 0 ? { line: first[0]!.line, text: joinLines(first.map((l) => l.text)) } : lines[headerAt]!;
  const rows: SourceLine[] = [];
  const years = (text: string) => /R\s*[0-9]+\s*基準\s*R\s*[0-9]+/.exec(text.normalize('NFKC').replace(/\s+/g, ''))?.[0];
  for (let k = headerAt + Math.max(first.length, 1); k < lines.length; k += 1) {
    const again = /指標|R\s*[0-9０-９]/.test(lines[k]!.text) ? headerLines(k) : [];
    if (again.length === 0) {
      rows.push(lines[k]!);
      continue;
    }
    const text = joinLines(again.map((l) => l.text));
    if (years(text) === years(header.text))
      report.info('parse:repeated-header', { file, line: again[0]!.line }, { kind: 'indicators', policy: code, header: text });
    else
      report.error('parse:indicator-header', { file, line: again[0]!.line }, { policy: code, second: text, firstLine: header.line, first: header.text.trim() });
    k += again.length - 1;
  }
  return { header, lines: rows };
};

/**
 * Related plans, one per line. A line continues the plan before it where the break falls inside a phrase
 * (line-breaks.ts); after a line that ends like a plan's name (planNameEnd) it starts the next plan; after any
 * other line the text cannot tell a wrapped name from a new plan: it is read as continuing it, and reported.
 */
const readRelatedPlans = (lines: readonly SourceLine[], code: string, file: string, report: Reporter): Statement[] => {
  const plans: { pieces: string[]; line: number; last: string; tail: string }[] = [];
  for (const l of lines) {
    const previous = plans[plans.length - 1];
    if (previous && (lineBreak(previous.last, l.text) === 'inside' || !planNameEnd.test(previous.tail))) {
      if (lineBreak(previous.last, l.text) !== 'inside')
        report.warning(
          'parse:ambiguous-line-break',
          { file, line: l.line },
          { kind: 'related-plan', policy: code, line: l.line, previous: previous.line, excerpt: breakExcerpt(previous.last, l.text) },
          [ids.relatedPlan(code, plans.length)],
        );
      previous.pieces.push(l.text);
      previous.last = l.text;
      // The end of the name so far, long enough for the longest ending (ガイドライン).
      previous.tail = `${previous.tail}${l.text.trim()}`.slice(-12);
      continue;
    }
    plans.push({ pieces: [l.text], line: l.line, last: l.text, tail: l.text.trim().slice(-12) });
  }
  return plans.map((p) => ({ raw: joinLines(p.pieces), line: p.line }));
};

/** Headline lines end at the line ending in まち (every 目指す姿 of the plan is a …まち); the paragraph follows. */
const parseVision = (lines: readonly SourceLine[], code: string, heading: SourceLine, file: string, report: Reporter) => {
  const body = nonBlank(lines);
  // The headline may be wrapped anywhere, even inside its まち: its lines are tested as joined so far.
  let tail = '';
  let end = body.findIndex((l) => {
    tail = `${tail}${l.text.trim()}`.slice(-8);
    return visionHeadlineEnd.test(tail);
  });
  if (end < 0) {
    report.warning('parse:policy-vision', { file, line: heading.line }, { policy: code });
    end = 0;
  }
  const title = body.slice(0, end + 1);
  const text = body.slice(end + 1);
  if (title.length === 0 || text.length === 0) {
    report.error('parse:policy-vision-incomplete', { file, line: heading.line }, { policy: code });
    return undefined;
  }
  return {
    title: { raw: joinLines(title.map((l) => l.text)), line: title[0]!.line, markLines: markLinesOf(title) },
    text: { raw: joinLines(text.map((l) => l.text)), line: text[0]!.line, lastLine: text[text.length - 1]!.line, markLines: markLinesOf(text) },
  };
};

/**
 * A pillar heading ("1 健康づくりの推進", full-width digits too) is a line whose next lines, up to a 【担当課】
 * line, hold neither a ⚫ nor a sentence's end (they are its name, wrapped); the lines after 【担当課】 up to
 * the first ⚫ continue its list of departments. A 【担当課】 line anywhere else, and a line that reads as the
 * next pillar's heading but has no 【担当課】 after it, are errors: read as text, either would be glued onto
 * the action before it and move the next pillar's actions under this one.
 */
const parsePagePillars = (lines: readonly SourceLine[], code: string, file: string, report: Reporter): PagePillarEntity[] => {
  const body = nonBlank(joinOpenLabels(lines));
  const out: PagePillarEntity[] = [];
  let bulletLines: SourceLine[] = [];
  let bulletsSoFar = 0;
  const withoutDepartments: PagePillarEntity[] = [];
  const flush = () => {
    const last = out[out.length - 1];
    if (!last) return;
    const { bullets, orphans, dotBullets } = splitBullets(bulletLines);
    reportDotBullets(dotBullets, file, report);
    last.actions = bullets;
    for (const o of orphans)
      report.error('parse:pillar-actions', { file, line: o.line }, { policy: code, pillar: last.number }, [ids.pillar(`${code}-${last.number}`)]);
    bulletLines = [];
    bulletsSoFar = 0;
  };
  /** Where the 【担当課】 line of a heading at k is: after its name's lines, before any ⚫ or sentence end. */
  const departmentsAfter = (k: number): number | undefined => {
    for (let j = k + 1; j < body.length; j += 1) {
      const t = body[j]!.text;
      if (departmentsLabel.test(t)) return j;
      if (isBulleted(body[j]!) || pillarHeading.test(t) || /^\s*■/.test(t) || endsSentence(t)) return undefined;
    }
    return undefined;
  };
  for (let k = 0; k < body.length; k += 1) {
    const l = body[k]!;
    const h = pillarHeading.exec(l.text);
    const depsAt = h ? departmentsAfter(k) : undefined;
    if (h && depsAt !== undefined) {
      flush();
      // The list runs on while it is unfinished (a line ending in a separator or inside a name), up to the first ⚫.
      const deps = [{ line: body[depsAt]!.line, text: departmentsLabel.exec(body[depsAt]!.text)![1]! }];
      let last = depsAt;
      while (last + 1 < body.length && !isBulleted(body[last + 1]!) && departmentListOpen(deps[deps.length - 1]!.text)) {
        last += 1;
        deps.push(body[last]!);
      }
      out.push({
        number: digitsToNumber(h[1]!),
        name: normaliseText([h[2]!, ...body.slice(k + 1, depsAt).map((n) => n.text)]),
        line: l.line,
        departments: splitDepartments(deps, file, report),
        departmentsLine: body[depsAt]!.line,
        actions: [],
      });
      k = last;
      continue;
    }
    if (out.length === 0) {
      report.error('parse:pillar-heading', { file, line: l.line }, { policy: code });
      continue;
    }
    const current = out[out.length - 1]!;
    if (departmentsLabel.test(l.text)) {
      const pillarCode = `${code}-${current.number}`;
      report.error(
        'parse:stray-departments',
        { file, line: l.line },
        { policy: code, pillar: current.number, own: current.departmentsLine, glued: bulletsSoFar > 0 ? bulletsSoFar : undefined },
        [ids.pillar(pillarCode), ...(bulletsSoFar > 0 ? [ids.pillarAction(pillarCode, bulletsSoFar)] : [])],
      );
      continue;
    }
    // 「2 自殺予防の推進」 after a finished action: the next pillar, whose 【担当課】 line is missing.
    const previous = bulletLines[bulletLines.length - 1];
    if (h && digitsToNumber(h[1]!) === current.number + 1 && (!previous || endsSentence(previous.text))) {
      flush();
      const pillar: PagePillarEntity = {
        number: digitsToNumber(h[1]!),
        name: normaliseText(h[2]!),
        line: l.line,
        departments: [],
        departmentsLine: l.line,
        actions: [],
      };
      out.push(pillar);
      withoutDepartments.push(pillar);
      continue;
    }
    bulletLines.push(l);
    bulletsSoFar += countBullets(l.text);
  }
  flush();
  for (const p of withoutDepartments) {
    const before = out[out.indexOf(p) - 1]!;
    report.error(
      'parse:pillar-without-departments',
      { file, line: p.line },
      {
        policy: code,
        number: p.number,
        name: p.name,
        line: p.line,
        before: before.number,
        actions: p.actions.length > 0 ? { first: p.actions[0]!.line, last: p.actions[p.actions.length - 1]!.lastLine } : undefined,
      },
      [ids.pillar(`${code}-${p.number}`), ids.pillar(`${code}-${before.number}`)],
    );
  }
  for (const p of out) {
    if (p.departments.length === 0 && !withoutDepartments.includes(p))
      report.error('parse:pillar-departments', { file, line: p.departmentsLine }, { policy: code, pillar: p.number });
    if (p.actions.length === 0) report.error('parse:pillar-actions', { file, line: p.line }, { policy: code, pillar: p.number, none: true });
  }
  if (out.length === 0) report.error('parse:pillar-heading', { file, line: body[0]?.line ?? 0 }, { policy: code, none: true });
  return out;
};
