// 第３章 policy pages → 目指す姿, 成果指標, related plans, citizens' opinions, expected actions, the
// pillars with their departments and action bullets, and the glossary footnotes (＊term：definition).
import type { Reporter } from '../diagnostics.ts';
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
      if (blocks.has(h[0]))
        report.warning('parse:policy-page', { file, line: l.line }, `施策 ${code}: a second 「${l.text.trim()}」 section; its content is added to the first`);
      current = blocks.get(h[0]) ?? { heading: l, rest: h[1].exec(l.text)![1]!.trim(), lines: [] };
      blocks.set(h[0], current);
      continue;
    }
    if (/^\s*■/.test(l.text)) {
      report.warning('parse:policy-page', { file, line: l.line }, `施策 ${code}: unknown section 「${l.text.trim()}」 skipped`);
      current = undefined;
      continue;
    }
    if (current) current.lines.push(l);
    else if (l.text.trim() !== '') report.warning('parse:policy-page', { file, line: l.line }, `施策 ${code}: text outside any ■ section skipped`);
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
    if (!blocks.has(key)) report.error('parse:policy-page-section', { file, line: page.heading.line }, `施策 ${code}'s page has no 「${label}」 section`);
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
      statements.push({ ...b, recordId: ids.citizenOpinion(code, k + 1), what: `施策 ${code} 市民等からの意見・提案 ${k + 1}` });
    });
    for (const o of orphans)
      report.warning('parse:opinions', { file, line: o.line }, `施策 ${code}: text in 市民等からの意見・提案 that is not a ⚫ bullet, skipped`);
  }

  const expected = blocks.get('expected');
  if (expected) {
    const { bullets, orphans, dotBullets } = splitBullets(expected.lines);
    reportDotBullets(dotBullets, file, report);
    for (const o of orphans)
      report.warning('parse:expected-actions', { file, line: o.line }, `施策 ${code}: text in 期待したい行動 that is not a ⚫ bullet, skipped`);
    for (const b of bullets) {
      const actor = actorRe.exec(normaliseText(b.raw));
      if (!actor) {
        report.error(
          'parse:expected-action-actor',
          { file, line: b.line },
          `施策 ${code}: expected action does not start with 「市民等は」 or 「事業者・団体等は」`,
        );
        continue;
      }
      value.expectedActions.push({ ...b, actor: actor[1] as ExpectedActionEntity['actor'] });
      const k = value.expectedActions.length;
      statements.push({ ...b, recordId: ids.expectedAction(code, k), what: `施策 ${code} expected action ${k}` });
    }
  }

  const pillars = blocks.get('pillars');
  if (pillars) value.pillars = parsePagePillars(pillars.lines, code, file, report);
  // A list longer than its order column can number is refused once here, not row by row downstream.
  const lists: [string, { line: number }[]][] = [
    ['related plans', value.relatedPlans],
    ["citizens' opinions", value.opinions],
    ['expected actions', value.expectedActions],
    ...value.pillars.map((p): [string, { line: number }[]] => [`pillar ${p.number}'s actions`, p.actions]),
  ];
  for (const [what, list] of lists) {
    if (list.length > maxListLength) {
      report.error(
        'parse:too-many-rows',
        { file, line: list[maxListLength]!.line },
        `施策 ${code} lists ${list.length.toLocaleString('en')} ${what}; at most ${maxListLength.toLocaleString('en')} can be numbered (a plan lists a handful) — is a block repeated?`,
      );
      return value;
    }
  }
  for (const p of value.pillars) {
    p.actions.forEach((a, k) => {
      statements.push({ ...a, recordId: ids.pillarAction(`${code}-${p.number}`, k + 1), what: `施策 ${code} pillar ${p.number} action ${k + 1}` });
    });
  }
  if (value.vision) statements.push({ ...value.vision.text, recordId: ids.policy(code), what: `施策 ${code}'s 目指す姿 paragraph` });
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
      report.info(
        'parse:repeated-header',
        { file, line: again[0]!.line },
        `施策 ${code} 成果指標: the table's header 「${text}」 repeated (a page break); skipped`,
      );
    else
      report.error(
        'parse:indicator-header',
        { file, line: again[0]!.line },
        `施策 ${code} 成果指標: a second header 「${text}」 among the rows names other years than the first (line ${header.line}: 「${header.text.trim()}」); the rows after it would take other default years — expected one header`,
      );
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
          `施策 ${code} 主な個別計画・方針等: line ${l.line} is read as continuing the plan of line ${previous.line}, whose line does not end like a plan's name (計画, プラン, 戦略, …); nothing in the text tells it from a new plan (${breakExcerpt(previous.last, l.text)})`,
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
    report.warning(
      'parse:policy-vision',
      { file, line: heading.line },
      `施策 ${code}: no 目指す姿 headline ends in まち; the first line is taken as the headline`,
    );
    end = 0;
  }
  const title = body.slice(0, end + 1);
  const text = body.slice(end + 1);
  if (title.length === 0 || text.length === 0) {
    report.error('parse:policy-vision-incomplete', { file, line: heading.line }, `施策 ${code}: 目指す姿 needs a headline and a paragraph`);
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
      report.error('parse:pillar-actions', { file, line: o.line }, `施策 ${code}: text under pillar ${last.number} that is not a ⚫ bullet`, [
        ids.pillar(`${code}-${last.number}`),
      ]);
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
      report.error('parse:pillar-heading', { file, line: l.line }, `施策 ${code}: expected a pillar heading 「1 name」 followed by 【担当課】`);
      continue;
    }
    const current = out[out.length - 1]!;
    if (departmentsLabel.test(l.text)) {
      const pillarCode = `${code}-${current.number}`;
      const glued = bulletsSoFar > 0 ? `; read as text it would be glued onto action ${bulletsSoFar}` : '';
      report.error(
        'parse:stray-departments',
        { file, line: l.line },
        `施策 ${code}: a 【担当課】 line among the actions of pillar ${current.number} (its own 【担当課】 is line ${current.departmentsLine}); expected 【担当課】 only on the line after a pillar heading${glued}`,
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
    const moved =
      p.actions.length > 0
        ? `its actions (lines ${p.actions[0]!.line}–${p.actions[p.actions.length - 1]!.lastLine}) would be read as pillar ${before.number}'s`
        : 'it would be read as text of pillar ' + before.number;
    report.error(
      'parse:pillar-without-departments',
      { file, line: p.line },
      `施策 ${code}: 「${p.number} ${p.name}」 (line ${p.line}) reads as the heading of pillar ${p.number}, but no 【担当課】 line follows it; ${moved}. Expected the pillar's 【担当課】 on the next line`,
      [ids.pillar(`${code}-${p.number}`), ids.pillar(`${code}-${before.number}`)],
    );
  }
  for (const p of out) {
    if (p.departments.length === 0 && !withoutDepartments.includes(p))
      report.error('parse:pillar-departments', { file, line: p.departmentsLine }, `施策 ${code} pillar ${p.number}: 【担当課】 names no department`);
    if (p.actions.length === 0) report.error('parse:pillar-actions', { file, line: p.line }, `施策 ${code} pillar ${p.number} has no ⚫ action`);
  }
  if (out.length === 0) report.error('parse:pillar-heading', { file, line: body[0]?.line ?? 0 }, `施策 ${code}: 施策の柱と主な取組 lists no pillar`);
  return out;
};
