// 第３章 policy pages → 目指す姿, 成果指標, related plans, citizens' opinions, expected actions, the
// pillars with their departments and action bullets, and the glossary footnotes (＊term：definition).
import type { Reporter } from '../diagnostics.ts';
import { ids } from '../ids.ts';
import { countBullets, endsSentence, splitBullets, type BulletStatement, type Statement } from './bullets.ts';
import { parseIndicators, type IndicatorEntity, type IndicatorHeader } from './indicators.ts';
import type { SourceLine } from './lines.ts';
import { departmentsLabel } from './marks.ts';
import type { PolicyPage } from './sections.ts';
import { checkStatements, type CheckedStatement } from './statements.ts';
import { digitsToNumber, joinLines, markLinesOf, normaliseText, splitList } from './text.ts';

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
export const opinionsNote = /^\s*※\s*アンケート/;
/** 「1 健康づくりの推進」: the name taken greedily and trimmed (a lazy name before \s*$ is quadratic). */
export const pillarHeading = /^\s*([0-9０-９]{1,2})\s+(\S.*)$/;
export const actorRe = /^(市民等|事業者・団体等)は/;
export const visionHeadlineEnd = /まち\s*$/;

/** The most rows one list may have: what the tables' order column holds (model/fields.ts, count). */
const maxListLength = 9_999;

const nonBlank = (lines: readonly SourceLine[]) => lines.filter((l) => l.text.trim() !== '');

export const parsePolicyPage = (page: PolicyPage, file: string, report: Reporter): PolicyPageEntity => {
  const code = `${page.goal}-${page.policy}`;
  const footnotes: FootnoteEntity[] = [];
  const blocks = new Map<BlockKey, { heading: SourceLine; rest: string; lines: SourceLine[] }>();
  let current: { heading: SourceLine; rest: string; lines: SourceLine[] } | undefined;

  for (const l of page.lines) {
    const f = footnote.exec(l.text);
    if (f && f[1]!.trim() !== '') {
      const definition = f[2]!.trim();
      const masked = maskedDefinition.test(definition);
      footnotes.push({ term: normaliseText(f[1]!.trim()), definition: masked || definition === '' ? null : normaliseText(definition), masked, line: l.line });
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
    const lines = nonBlank(kpi.lines);
    const headerAt = lines.findIndex((l) => /基準/.test(l.text) && /目標/.test(l.text));
    const parsed = parseIndicators({ header: lines[headerAt], lines: lines.slice(headerAt + 1) }, code, file, report);
    value.indicators = parsed.rows;
    value.indicatorHeader = parsed.header;
  }

  const plans = blocks.get('plans');
  if (plans) {
    const first = plans.rest === '' ? [] : [{ raw: plans.rest, line: plans.heading.line }];
    value.relatedPlans = [...first, ...nonBlank(plans.lines).map((l) => ({ raw: l.text.trim(), line: l.line }))];
  }

  const statements: CheckedStatement[] = [];
  const opinions = blocks.get('opinions');
  if (opinions) {
    const { bullets, orphans } = splitBullets(opinions.lines.filter((l) => !opinionsNote.test(l.text)));
    value.opinions = bullets;
    bullets.forEach((b, k) => {
      statements.push({ ...b, recordId: ids.citizenOpinion(code, k + 1), what: `施策 ${code} 市民等からの意見・提案 ${k + 1}` });
    });
    for (const o of orphans)
      report.warning('parse:opinions', { file, line: o.line }, `施策 ${code}: text in 市民等からの意見・提案 that is not a ⚫ bullet, skipped`);
  }

  const expected = blocks.get('expected');
  if (expected) {
    const { bullets, orphans } = splitBullets(expected.lines);
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

/** Headline lines end at the line ending in まち (every 目指す姿 of the plan is a …まち); the paragraph follows. */
const parseVision = (lines: readonly SourceLine[], code: string, heading: SourceLine, file: string, report: Reporter) => {
  const body = nonBlank(lines);
  let end = body.findIndex((l) => visionHeadlineEnd.test(l.text));
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
 * A pillar heading ("1 健康づくりの推進", full-width digits too) is one whose next line is 【担当課】. A
 * 【担当課】 line anywhere else, and a line that reads as the next pillar's heading but has no 【担当課】
 * after it, are errors: read as text, either would be glued onto the action before it and move the next
 * pillar's actions under this one.
 */
const parsePagePillars = (lines: readonly SourceLine[], code: string, file: string, report: Reporter): PagePillarEntity[] => {
  const body = nonBlank(lines);
  const out: PagePillarEntity[] = [];
  let bulletLines: SourceLine[] = [];
  let bulletsSoFar = 0;
  const withoutDepartments: PagePillarEntity[] = [];
  const flush = () => {
    const last = out[out.length - 1];
    if (!last) return;
    const { bullets, orphans } = splitBullets(bulletLines);
    last.actions = bullets;
    for (const o of orphans)
      report.error('parse:pillar-actions', { file, line: o.line }, `施策 ${code}: text under pillar ${last.number} that is not a ⚫ bullet`, [
        ids.pillar(`${code}-${last.number}`),
      ]);
    bulletLines = [];
    bulletsSoFar = 0;
  };
  for (let k = 0; k < body.length; k += 1) {
    const l = body[k]!;
    const h = pillarHeading.exec(l.text);
    const deps = body[k + 1] ? departmentsLabel.exec(body[k + 1]!.text) : null;
    if (h && deps) {
      flush();
      out.push({
        number: digitsToNumber(h[1]!),
        name: normaliseText(h[2]!),
        line: l.line,
        departments: splitList(deps[1]!),
        departmentsLine: body[k + 1]!.line,
        actions: [],
      });
      k += 1;
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
