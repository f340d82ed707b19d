// Every rule fires: a table of rule → an input that triggers it, run through the real stages, and a test that
// the rule is reported — with the catalogue's severity, at its line where the case names one. An input is a
// careless edit of the real text run through the model stages (parseModel, in-process, no files), a curated
// file, a stage given what only a bug or a hand-made model could hand it, or a command run in-process on real
// folders. The table is typed by the catalogue: a rule without a case does not compile. A rule whose input
// cannot be made without a file system fault, a git history or another process (the build CLI's exit-2/3/4
// rules, the release gates) names the test that makes it fire, and that test must assert the reported rule id
// in an assert call — a comment or a mention does not count. Only a rule no input can reach says why. What a
// case reports carries its rule's message in both languages, from the rule's template: a Japanese message with
// its kana, and an English one — on a diagnostic (reasonJa, reason), or on a printed line (`日本語 ／ English`).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { applyEnvironment } from '../pipeline/config.ts';
import { collect, type Diagnostic } from '../pipeline/diagnostics.ts';
import { noteFormulaCells } from '../pipeline/emit/csv.ts';
import { checkXlsxLimits } from '../pipeline/emit/xlsx.ts';
import type { Model } from '../pipeline/model/build.ts';
import { buildGlossary } from '../pipeline/model/glossary.ts';
import { parseIndicatorActuals } from '../pipeline/parse/curated-actuals.ts';
import { parseCuratedSdgLinks } from '../pipeline/parse/curated-sdg-links.ts';
import { parseGoalPage } from '../pipeline/parse/goal-pages.ts';
import { maxLineLength, splitLines } from '../pipeline/parse/lines.ts';
import { parsePolicyPage } from '../pipeline/parse/policy-pages.ts';
import { parsePolicySystem } from '../pipeline/parse/policy-system.ts';
import { parseChapter1 } from '../pipeline/parse/projects.ts';
import { parseSdgTable } from '../pipeline/parse/sdg-table.ts';
import { segment } from '../pipeline/parse/sections.ts';
import { decodeSource } from '../pipeline/read/decode.ts';
import { checkSourceHash } from '../pipeline/read/source-hash.ts';
import * as checkTag from '../pipeline/release/check-tag-cli.ts';
import { execute, type Command } from '../pipeline/release/cli-main.ts';
import * as diffCli from '../pipeline/release/diff-cli.ts';
import * as onMain from '../pipeline/release/on-main-cli.ts';
import { ruleIds, rules, type RuleId } from '../pipeline/rules.ts';
import { validateDocuments } from '../pipeline/validate/emitted.ts';
import { checkIntegrity } from '../pipeline/validate/integrity.ts';
import { validateRows } from '../pipeline/validate/model.ts';
import { checkPages } from '../pipeline/validate/pages.ts';
import { config, parsedModel, root, seedBytes, seedText, sourceInfo } from './helpers.ts';

const file = 'plan.txt';
const period = { startFiscalYear: 2026, endFiscalYear: 2030 };
const seed = seedText();
const seedLines = seed.split('\n');
const utf8 = (text: string) => Buffer.from(text);

/** The committed text with its lines edited (0-based array, as split); `check` asserts what the edit expects to find. */
const edited = (check: Record<number, string>, edit: (lines: string[]) => void): Uint8Array => {
  for (const [n, text] of Object.entries(check)) assert.equal(seedLines[Number(n) - 1]!.trimEnd(), text, `line ${n}`);
  const lines = [...seedLines];
  edit(lines);
  return utf8(lines.join('\n'));
};
/** The model stages on a text, with curated actuals when given: what they reported. */
const model = (bytes: Uint8Array, actuals?: string): Diagnostic[] =>
  parsedModel(
    bytes,
    file,
    config,
    { sdgLinks: undefined, ...(actuals === undefined ? {} : { indicatorActuals: { file: 'actuals.csv', text: actuals } }) },
    period,
  ).diagnostics;
/** A stage run with a reporter of its own: what it reported. */
const stage = (run: Parameters<typeof collect>[0]): Diagnostic[] => collect(run).diagnostics;
/** An input several rules share, computed once (the seed's build reports seven rules at once). */
const once = <T>(make: () => T): (() => T) => {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: make() };
    return value.v;
  };
};

const seedRun = once(() => parsedModel(utf8(seed), file, config, { sdgLinks: undefined }, period));
/** A fresh copy of the seed's model, for the cases that hand a stage what only a bug could. */
const seedModel = (): Model => {
  const m = seedRun().model;
  assert.ok(m);
  return structuredClone(m);
};
/** The seed's entities, parsed once, for the cross-checks given entities the parsers never produce. */
const seedEntities = once(() => {
  const { value } = collect((r) => {
    const sections = segment(splitLines(seed, file, r), file, r);
    return {
      policySystem: parsePolicySystem(sections.chapter2, file, r),
      goalPages: sections.goalPages.map((p) => parseGoalPage(p, file, r)),
      policyPages: sections.policyPages.map((p) => parsePolicyPage(p, file, r)),
    };
  });
  assert.ok(value);
  return value;
});
const actualsHeader = '指標ID,年度,実績値,出典';
const fixture = (name: string) => readFileSync(join(root, 'test', 'fixtures', name), 'utf8');

const work = mkdtempSync(join(tmpdir(), 'plan-rule-cases-'));
after(() => rmSync(work, { recursive: true, force: true }));
/** A command run in-process as its npm script runs it: what it printed on stderr. */
const printedBy = async (command: Command, usage: string, argv: string[]): Promise<string> => {
  let err = '';
  await execute(command, usage, argv, { out: () => {}, err: (t) => (err += t), env: {} });
  return err;
};

/** What an input gives: a stage's diagnostics, or a command's printed lines. */
type Output = readonly Diagnostic[] | string;
type Case =
  /** The input, and the line the rule is reported at, where the case pins it. */
  | { input: () => Output | Promise<Output>; line?: number }
  /** The test file whose assertion on the reported rule id proves it fires (a fault, a git history or another process). */
  | { provedBy: string }
  /** No input reaches it: why. */
  | { unreachable: string };

const shared = {
  chapter2Empty: once(() => stage((r) => parsePolicySystem([{ line: 300, text: '施策体系の図' }], file, r))),
  chapter1Empty: once(() => stage((r) => parseChapter1([{ line: 2, text: '前期基本計画では' }], file, r))),
  goalWithoutStatement: once(() =>
    model(
      edited({ 421: '米沢に誇りを持つこどもを育み、生涯に', 423: 'わたる「ひとづくり」を実現する' }, (l) => {
        l[420] = '';
        l[422] = '';
      }),
    ),
  ),
  wellbeingExampleTooMany: once(() => model(edited({ 926: '主観：身体的に健康な状態である 等' }, (l) => l.splice(926, 0, '主観：三つ目の例 等')))),
  policyPageWithoutKpis: once(() => model(edited({ 965: '■成果指標' }, (l) => (l[964] = '成果指標')))),
  pillarRenumbered: once(() => model(edited({ 1032: '1 健康づくりの推進' }, (l) => (l[1031] = '9 健康づくりの推進')))),
  fiscalYearsSwapped: once(() => model(edited({ 972: '（R5）' }, (l) => (l[971] = '（R15） ')))),
  cutBeforeFootnotes: once(() => model(utf8(seedLines.slice(0, 2476).join('\n')))),
  glossaryTwice: once(() =>
    stage((r) => {
      const footnote = { term: 'フレイル', masked: false, policyCode: '4-1' };
      buildGlossary(
        [
          { ...footnote, definition: '加齢による心身の衰え', line: 1098 },
          { ...footnote, definition: '虚弱', line: 1236 },
        ],
        [],
        file,
        undefined,
        r,
      );
    }),
  ),
  badActuals: once(() => model(utf8(seed), fixture('indicator-actuals-bad.csv'))),
  surprisingActuals: once(() => model(utf8(seed), `${actualsHeader}\nkpi-4-1-1,2026,0.52,x\nkpi-5-5-1,2026,96,x\n`)),
  brokenModel: once(() => {
    const m = seedModel();
    const [goal, policy] = [m.tables.goals[0]!, m.tables.policies[0]!];
    m.tables.goals.push({ ...goal }, { ...goal, id: 'goal-9', number: 9, sourceLine: 1 });
    m.tables.policies.push({ ...policy, id: 'policy-8-1', code: '8-1', goalId: 'goal-8', sourceLine: 2 });
    m.tables.projects = [];
    return stage((r) => checkIntegrity(m.tables, file, r));
  }),
};

const cases: { readonly [R in RuleId]: Case } = {
  // ── read ──
  'read:size': { input: () => stage((r) => decodeSource(seedBytes(), { file, maxBytes: 1000 }, r)), line: 0 },
  'read:empty': { input: () => model(new Uint8Array()), line: 0 },
  'read:encoding': {
    input: () => stage((r) => decodeSource(readFileSync(join(root, 'test', 'fixtures', 'shift-jis-head.txt')), { file, maxBytes: 1e7 }, r)),
    line: 1,
  },
  'read:line-length': { input: () => stage((r) => splitLines(`x\n${'a'.repeat(maxLineLength + 1)}`, file, r)), line: 2 },
  'read:invisible-character': { input: () => stage((r) => splitLines('x\n\u200Bよねざわ', file, r)), line: 2 },
  'read:source-hash': {
    input: () =>
      stage((r) =>
        checkSourceHash(
          utf8(seed.replace('こどもを育み', '子どもを育み')),
          sourceInfo.sha256,
          { file: 'sources/source.json', text: readFileSync(join(root, 'sources', 'source.json'), 'utf8') },
          file,
          r,
        ),
      ),
  },
  // ── parse ──
  'parse:section': { input: () => model(edited({ 800: ' 第３章 分野別施策' }, (l) => l.splice(799, 1))) },
  'parse:duplicate-page': {
    // Its heading and statement again: a heading alone is a running header (parse:page-furniture).
    input: () =>
      model(
        edited({ 804: '基本目標 4 健康・医療・福祉', 806: '安心できる地域医療と、誰もが健康で活躍できる共生社会' }, (l) =>
          l.splice(815, 0, l[803]!, '', l[805]!),
        ),
      ),
    line: 816,
  },
  'parse:duplicate-entry': { input: () => model(edited({ 450: '1-2　学校教育' }, (l) => l.splice(450, 0, '1-2　学校教育'))), line: 451 },
  'parse:pillar-name': {
    input: () => model(edited({ 505: '1-4-1　文化芸術の振興 1-4-2　スポーツの振興' }, (l) => (l[504] = '1-4-1　 1-4-2　スポーツの振興'))),
    line: 505,
  },
  'parse:goal-statement-missing': { input: shared.goalWithoutStatement, line: 420 },
  'parse:goal-statement': {
    input: () => model(edited({ 423: 'わたる「ひとづくり」を実現する' }, (l) => (l[422] = 'わたる「ひとづくり」を実現したい'))),
    line: 421,
  },
  'parse:goals': { input: shared.chapter2Empty, line: 300 },
  'parse:pillars': { input: shared.chapter2Empty, line: 300 },
  'parse:vision': { input: shared.chapter1Empty, line: 2 },
  'parse:kgi': { input: shared.chapter1Empty, line: 2 },
  'parse:projects': { input: shared.chapter1Empty, line: 2 },
  'parse:project-summary': {
    input: () => model(edited({ 77: '若い世代の希望を叶え、結婚や子育てを応援する取組の充実を図るとともに、より良い教育環境' }, (l) => l.fill('', 76, 81))),
    line: 73,
  },
  // NFKC folds ① into 1: an item then comes before any initiative of its project.
  'parse:project-item': { input: () => model(utf8(seed.normalize('NFKC'))) },
  'parse:initiative-departments': {
    input: () =>
      model(
        edited(
          { 87: '①結婚・子育てを応援する環境づくり           【担当課】地域振興課、子育て支援課、健康課' },
          (l) => (l[86] = '①結婚・子育てを応援する環境づくり'),
        ),
      ),
    line: 87,
  },
  'parse:current-issues-missing': { input: () => model(edited({ 812: '■本市の現状と課題' }, (l) => (l[811] = ''))), line: 804 },
  'parse:current-issue-text': { input: () => model(edited({ 812: '■本市の現状と課題' }, (l) => l.splice(812, 0, '⚫ 分類より前の文です。'))), line: 813 },
  'parse:current-issues': { input: () => model(edited({ 814: '健康・保健' }, (l) => l.splice(813, 0, '架空の分類'))), line: 814 },
  // Two categories, and now three 主観: the third (医療機関が充実している, line 932 + 1) has none left.
  'parse:wellbeing-example': { input: shared.wellbeingExampleTooMany, line: 933 },
  'parse:wellbeing': { input: () => model(edited({ 928: '客観：健康寿命（平均自立期間） 等' }, (l) => (l[927] = ''))), line: 922 },
  'parse:policy-page-section': { input: shared.policyPageWithoutKpis, line: 949 },
  'parse:policy-page': {
    input: () => model(edited({ 991: '■主な個別計画・方針等 健康長寿日本一推進プラン' }, (l) => l.splice(990, 0, '■関連データ'))),
    line: 991,
  },
  'parse:policy-vision-incomplete': {
    input: () => model(edited({ 957: '市民の健康づくりのため、減塩の推進、運動習慣の定着化、生活習慣病の予防と早期発見・' }, (l) => l.fill('', 956, 962))),
    line: 951,
  },
  'parse:policy-vision': { input: () => model(edited({ 955: '健康長寿のまち' }, (l) => (l[954] = '健康長寿の町'))), line: 951 },
  'parse:indicator-header': { input: () => model(edited({ 967: '指標 R6 基準 R12 目標 担当課' }, (l) => (l[966] = '指標 基準 目標 担当課'))), line: 967 },
  // KPI 4-1-1 without its target: its department is read where the target stands.
  'parse:indicator-row': { input: () => model(edited({ 974: '60％以上' }, (l) => (l[973] = ''))), line: 976 },
  'parse:digit-grouping': { input: () => model(edited({ 970: '49.3％' }, (l) => (l[969] = '4,93％'))), line: 970 },
  'parse:indicator-number': { input: () => model(edited({ 970: '49.3％' }, (l) => (l[969] = '12345678901234567890％'))), line: 970 },
  'parse:indicator-department': { input: () => model(edited({ 977: '健康課' }, (l) => l.splice(976, 1))), line: 974 },
  'parse:opinions': { input: () => model(edited({ 1009: '■市民等からの意見・提案' }, (l) => l.splice(1009, 0, '前置きの一文'))), line: 1010 },
  'parse:expected-action-actor': {
    input: () => model(edited({ 1021: '⚫ 市民等は望ましい食生活と運動の実践と合' }, (l) => (l[1020] = '⚫ 私たちは望ましい食生活と運動の実践と合'))),
    line: 1021,
  },
  'parse:expected-actions': {
    input: () => model(edited({ 1019: '■目指す姿に近付くために市民・事業者・団体等に期待したい行動' }, (l) => l.splice(1019, 0, '前置きの一文'))),
    line: 1020,
  },
  'parse:pillar-heading': { input: () => model(edited({ 1032: '1 健康づくりの推進' }, (l) => l.splice(1031, 0, '前置きの一文'))), line: 1032 },
  'parse:pillar-actions': {
    input: () =>
      model(edited({ 1034: '【担当課】社会福祉課、健康課、高齢福祉課、農業振興課、スポーツ課、学校教育課' }, (l) => l.splice(1034, 0, '前置きの一文'))),
    line: 1035,
  },
  'parse:pillar-departments': {
    input: () => model(edited({ 1034: '【担当課】社会福祉課、健康課、高齢福祉課、農業振興課、スポーツ課、学校教育課' }, (l) => (l[1033] = '【担当課】'))),
    line: 1034,
  },
  'parse:stray-departments': { input: () => model(edited({}, (l) => l.splice(1040, 0, l[1033]!))), line: 1041 },
  'parse:pillar-without-departments': { input: () => model(edited({ 1064: '【担当課】健康課' }, (l) => l.splice(1063, 1))), line: 1062 },
  'parse:too-many-rows': {
    input: () =>
      model(
        edited({ 991: '■主な個別計画・方針等 健康長寿日本一推進プラン' }, (l) => l.splice(991, 0, ...Array.from({ length: 10_000 }, (_, k) => `計画${k}`))),
      ),
    line: 992 + 9_998,
  },
  // A line lost at a page break: the end of an action.
  'parse:unfinished-statement': { input: () => model(edited({ 1038: 'ます。' }, (l) => l.splice(1037, 1))), line: 1036 },
  'parse:source-ends-mid-sentence': { input: () => model(utf8(seedLines.slice(0, 1200).join('\n'))), line: 1200 },
  'parse:text-after-statement': { input: () => model(edited({}, (l) => l.splice(1040, 0, '詳細は別に定めます。'))), line: 1041 },
  'parse:sdg-table': { input: () => stage((r) => parseSdgTable([{ line: 569, text: '■施策とSDGｓ（持続可能な開発目標）の対応一覧' }], file, r)), line: 569 },
  // ── curated files ──
  'curated:csv': { input: () => stage((r) => parseIndicatorActuals(`${actualsHeader}\nkpi-4-1-1,2026,52,x\nkpi-4-1-1,2027,"53,x\n`, 'a.csv', r)), line: 3 },
  'curated:header': { input: () => stage((r) => parseCuratedSdgLinks('\n施策,SDG,出典\n', 'sdg-links.csv', r)), line: 2 },
  'curated:sdg-link': { input: () => stage((r) => parseCuratedSdgLinks('施策番号,SDGゴール番号,出典\n4-1,18,原本PDF p.11\n', 'sdg-links.csv', r)), line: 2 },
  // The header's Shift_JIS bytes, read as UTF-8 the way the CLI reads the file.
  'curated:actuals-encoding': {
    input: () =>
      stage((r) => parseIndicatorActuals(Buffer.from([0x8e, 0x77, 0x95, 0x57, 0x49, 0x44, 0x2c, 0x94, 0x4e, 0x93, 0x78, 0x0a]).toString('utf8'), 'a.csv', r)),
    line: 1,
  },
  'curated:actuals-header': { input: () => stage((r) => parseIndicatorActuals('指標ID,年度,値,出典\nkpi-4-1-1,2026,52,x\n', 'a.csv', r)), line: 1 },
  'curated:actual-columns': { input: shared.badActuals, line: 11 },
  'curated:actual-text': { input: () => stage((r) => parseIndicatorActuals(`${actualsHeader}\nkpi-4-1-1,2026,52,"市報\n5月号"\n`, 'a.csv', r)), line: 2 },
  'curated:actual-formula': { input: shared.badActuals, line: 13 },
  'curated:actual-kpi': { input: shared.badActuals, line: 2 },
  'curated:actual-year': { input: shared.badActuals, line: 14 },
  'curated:actual-value': { input: shared.badActuals, line: 4 },
  'curated:actual-provenance': { input: shared.badActuals, line: 3 },
  'curated:actual-duplicate': { input: shared.badActuals, line: 8 },
  'curated:actual-year-range': { input: shared.badActuals, line: 9 },
  'curated:character': { provedBy: 'test/settings.test.ts' },
  // ── 第３章 against 第２章 ──
  'pages:unknown-goal': { input: () => model(edited({ 804: '基本目標 4 健康・医療・福祉' }, (l) => (l[803] = '基本目標 6 健康・医療・福祉'))), line: 804 },
  'pages:goal-name': { input: () => model(edited({ 804: '基本目標 4 健康・医療・福祉' }, (l) => (l[803] = '基本目標 4 健康・医療・福祉・子育て'))), line: 804 },
  'pages:goal-statement': {
    input: () =>
      model(edited({ 806: '安心できる地域医療と、誰もが健康で活躍できる共生社会' }, (l) => (l[805] = '安心できる地域医療と、誰もが健康で活躍できる社会'))),
    line: 806,
  },
  // Cut after 施策 4-2's page: the pages of 4-3 … 4-5 are missing.
  'pages:missing-policy-page': { input: () => model(utf8(seedLines.slice(0, 1238).join('\n'))), line: 804 },
  'pages:issue-category': { input: () => model(edited({ 814: '健康・保健' }, (l) => (l[813] = '健康・保健・食育'))), line: 816 },
  'pages:unknown-policy': { input: () => model(edited({ 949: ' 施策 4-1 健康・保健' }, (l) => (l[948] = ' 施策 4-9 健康・保健'))), line: 949 },
  'pages:policy-name': { input: () => model(edited({ 949: ' 施策 4-1 健康・保健' }, (l) => (l[948] = ' 施策 4-1 健康・保健・予防'))), line: 949 },
  'pages:unknown-pillar': { input: shared.pillarRenumbered, line: 1032 },
  'pages:pillar-name': { input: () => model(edited({ 1062: '2 自殺予防の推進' }, (l) => (l[1061] = '2 自殺対策の推進'))), line: 1062 },
  'pages:source-ends-early': { input: () => model(utf8(seedLines.slice(0, 2430).join('\n'))), line: 2429 },
  'pages:pillar-missing': { input: shared.pillarRenumbered },
  // A policy page without KPIs fails its parser first (parse:policy-page-section): the cross-check is given the entity.
  'pages:no-indicator': {
    input: () =>
      stage((r) => {
        const { policySystem, goalPages, policyPages } = seedEntities();
        checkPages(policySystem, goalPages, [{ ...policyPages[0]!, indicators: [] }, ...policyPages.slice(1)], file, r);
      }),
    line: 949,
  },
  // ── what the text leaves open: the committed text reports them ──
  'unresolved:goal-page': { input: () => seedRun().diagnostics },
  'unresolved:policy-page': { input: () => seedRun().diagnostics },
  'unresolved:glossary-definition': { input: () => seedRun().diagnostics },
  'unresolved:sdg-goals-1-7': { input: () => seedRun().diagnostics },
  'unresolved:sdg-goals-8-17': { input: () => seedRun().diagnostics },
  // ── plausibility ──
  // Baseline and target swapped: 60％以上 as the baseline.
  'plausibility:baseline-condition': {
    input: () => model(edited({ 970: '49.3％', 974: '60％以上' }, (l) => ([l[969], l[973]] = [l[973]!, l[969]!]))),
    line: 969,
  },
  'plausibility:fiscal-year-order': { input: shared.fiscalYearsSwapped, line: 969 },
  'plausibility:fiscal-year-span': { input: shared.fiscalYearsSwapped, line: 969 },
  'plausibility:department-name': { input: () => model(edited({ 1064: '【担当課】健康課' }, (l) => (l[1063] = '【担当課】健康課2'))), line: 1064 },
  'plausibility:duplicate-indicator': {
    input: () => model(edited({ 1819: '審議会等の公募委員の割合 13％ 15％ 総務課' }, (l) => l.splice(1820, 0, l[1818]!, ''))),
    line: 1821,
  },
  'plausibility:duplicate-action': { input: () => model(edited({}, (l) => l.splice(1041, 0, l[1039]!, ''))), line: 1042 },
  // ── glossary ──
  'glossary:definition-differs': { input: shared.glossaryTwice, line: 1236 },
  'glossary:unknown-term': { input: () => seedRun().diagnostics, line: 1066 },
  'glossary:unused-term': { input: shared.glossaryTwice, line: 1098 },
  'glossary:source-ends-early': { input: shared.cutBeforeFootnotes, line: 2429 },
  // ── KPI progress ──
  'progress:percent-as-fraction': { input: shared.surprisingActuals, line: 2 },
  'progress:target-against-direction': { input: shared.surprisingActuals, line: 3 },
  // ── the model ──
  'model:schema': {
    input: () => {
      const m = seedModel();
      m.tables.goals[0] = { ...m.tables.goals[0]!, number: 0 };
      return stage((r) => validateRows(m.tables, file, r));
    },
    line: 420,
  },
  'integrity:duplicate-id': { input: shared.brokenModel },
  'integrity:reference': { input: shared.brokenModel, line: 2 },
  'integrity:empty': { input: shared.brokenModel, line: 0 },
  'integrity:goal-without-policy': { input: shared.brokenModel, line: 1 },
  'integrity:policy-without-pillar': { input: shared.brokenModel, line: 2 },
  'integrity:pillar-name-mismatch': { input: () => seedRun().diagnostics, line: 199 },
  // ── the emitters' checks ──
  'emit:linked-data': { provedBy: 'test/rdf.test.ts' },
  'emit:csv-formula': {
    input: () => {
      const m = seedModel();
      m.tables.pillar_actions[0]!.text = '=HYPERLINK("https://example.org")';
      return stage((r) => noteFormulaCells(m, file, r));
    },
  },
  'emit:xlsx-too-many-rows': {
    input: () => {
      const m = seedModel();
      const row = m.tables.related_plans[0]!;
      m.tables.related_plans = Array.from({ length: 1_048_576 }, () => row);
      return stage((r) => checkXlsxLimits(m, file, r));
    },
  },
  'emit:xlsx-cell-too-long': {
    input: () => {
      const m = seedModel();
      m.tables.pillar_actions[3]!.text = 'あ'.repeat(32_768);
      return stage((r) => checkXlsxLimits(m, file, r));
    },
  },
  'validate:json-schema': {
    input: () => {
      const goals = structuredClone(seedModel().tables.goals) as Record<string, unknown>[];
      delete goals[2]!.statement;
      return stage((r) => validateDocuments(new Map([['062022_goals', goals]]), 'schemas', r));
    },
  },
  'validate:schema-missing': { input: () => stage((r) => validateDocuments(new Map([['062022_unknown', []]]), 'schemas', r)) },
  // ── the commands ──
  'cli:usage': { input: () => printedBy(checkTag.command, checkTag.usage, []) },
  'cli:config': { input: () => stage((r) => applyEnvironment(config, { DATASET_BASE_IRI: 'http://example.org/plan/' }, r)) },
  'cli:source-unusable': { provedBy: 'test/cli.test.ts' },
  'cli:input-unusable': { provedBy: 'test/cli-inputs.test.ts' },
  'parse:normalised-space': {
    input: () =>
      model(edited({ 1504: '通いの場の設置数 40 か所 74 か所 高齢福祉課' }, (l) => (l[1503] = '通いの場の設置数\t40\u00A0か所\t74\u2002か所\t高齢福祉課'))),
    // One entry names every line; it stands at the first (294, which the plan itself writes with U+3000).
    line: 294,
  },
  'parse:normalised-dash': { provedBy: 'test/next-text.test.ts' },
  'parse:normalised-bullet': { provedBy: 'test/next-text.test.ts' },
  'parse:normalised-digit': {
    input: () =>
      model(
        edited({ 1259: '民生委員・児童委員の充足率 95.5％ 100％ 社会福祉課' }, (l) => (l[1258] = '民生委員・児童委員の充足率 ９５．５％ １００％ 社会福祉課')),
      ),
    line: 1259,
  },
  'parse:normalised-separator': { provedBy: 'test/next-text.test.ts' },
  'parse:ambiguous-line-break': { provedBy: 'test/next-text.test.ts' },
  'parse:repeated-header': { provedBy: 'test/next-text.test.ts' },
  'parse:page-furniture': { provedBy: 'test/next-text.test.ts' },
  'pages:footnote-unmarked': {
    input: () =>
      model(
        edited(
          { 1046: '⚫ 介護予防普及啓発事業、住民主体の通いの場、いきいきデイサービス等において、フレイル※予' },
          (l) => (l[1045] = l[1045]!.replace('※', '')),
        ),
      ),
    line: 1098,
  },
  'cli:meaning-changed': { provedBy: 'test/previous-output.test.ts' },
  'cli:record-removed': { provedBy: 'test/previous-output.test.ts' },
  'cli:list-count-changed': { provedBy: 'test/previous-output.test.ts' },
  'cli:out-refused': { provedBy: 'test/rules.test.ts' },
  'cli:out-busy': { provedBy: 'test/cli-output.test.ts' },
  'cli:io': { provedBy: 'test/cli-output.test.ts' },
  'cli:unknown-setting': { provedBy: 'test/rules.test.ts' },
  'cli:internal': {
    input: () =>
      printedBy(
        async () => {
          throw new Error('boom');
        },
        'usage: test',
        [],
      ),
  },
  'release:tag-version': { input: () => printedBy(checkTag.command, checkTag.usage, ['v99.0.0']) },
  'release:not-on-main': { provedBy: 'test/release-gates.test.ts' },
  'release:history-unknown': { input: () => printedBy(onMain.command, onMain.usage, ['HEAD', '--repo', work]) },
  'release:assets-mismatch': { provedBy: 'test/release-gates.test.ts' },
  'release:dist-not-committed': { provedBy: 'test/release-gates.test.ts' },
  'release:stale-dist': { provedBy: 'test/release-assets.test.ts' },
  'release:not-a-build': { input: () => printedBy(diffCli.command, diffCli.usage, [join(root, 'dist'), join(root, 'sources')]) },
  'release:version-bump': { provedBy: 'test/release-diff.test.ts' },
  'release:changelog-entry': {
    unreachable:
      'needs a dataset.config.json whose version CHANGELOG.md lacks, and release:notes reads both from the repository root; changelogEntry() itself is tested on its own (test/release-notes.test.ts)',
  },
  'release:pages-version': { provedBy: 'test/release-pages.test.ts' },
  'release:pages-unlisted': { provedBy: 'test/release-pages.test.ts' },
  'release:not-committed': { provedBy: 'test/release-committed.test.ts' },
};

/** Where `output` reports `rule`: the diagnostics of it, or the printed lines that end with `  (rule)`, with their messages. */
const reported = (output: Output, rule: RuleId): { line?: number; severity?: string; ja: string; en: string }[] =>
  typeof output === 'string'
    ? output
        .split('\n')
        .filter((l) => l.endsWith(`  (${rule})`))
        .map((l) => {
          const m = /^(?:.+:(\d+):\d+ {2}(error|warning) {2})?(.*?) ／ (.*) {2}\([a-z]+:[a-z0-9-]+\)$/.exec(l);
          const message = { ja: m?.[3] ?? '', en: m?.[4] ?? '' };
          return m?.[1] ? { line: Number(m[1]), severity: m[2], ...message } : message;
        })
    : output.filter((d) => d.ruleId === rule).map((d) => ({ line: d.line, severity: d.severity, ja: d.reasonJa, en: d.reason }));

/** Japanese has kana; the English of a message is not its Japanese. */
const kana = /[\u3040-\u30FF]/;
const assertBilingual = (rule: RuleId, found: { ja: string; en: string }): void => {
  assert.match(found.ja, kana, `${rule}: its Japanese message 「${found.ja}」`);
  assert.ok(found.en.trim() !== '' && found.en !== found.ja, `${rule}: its English message "${found.en}"`);
};

/**
 * The assert calls of a test file that name a rule id, comments left out: each statement that starts an
 * assert call (assert.equal(…), assert.match(…), …), up to its end, naming the id.
 */
export const assertionsNaming = (text: string, rule: string): string[] => {
  // Block comments open a line (a glob such as 'dist/*' inside a string is not one); line comments follow code or a line's start.
  const code = text.replace(/^\s*\/\*[\s\S]*?\*\//gm, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return [...code.matchAll(/\bassert\.[a-zA-Z]+\([\s\S]*?\);\s*$/gm)].map((m) => m[0]).filter((a) => a.includes(rule));
};

describe('every rule of the catalogue fires on a real input', () => {
  it('the table has a case for every rule, and only for rules', () => {
    assert.deepEqual(Object.keys(cases).sort(), [...ruleIds].sort());
  });
  for (const rule of ruleIds) {
    const c: Case = cases[rule];
    if ('input' in c)
      it(`${rule}: ${'line' in c && c.line !== undefined ? `reported at line ${c.line}` : 'reported'}, as a ${rules[rule].severity}`, async () => {
        const output = await c.input();
        const found = reported(output, rule);
        assert.ok(found.length > 0, `${rule} not reported; got ${typeof output === 'string' ? output : JSON.stringify(output.map((d) => [d.ruleId, d.line]))}`);
        for (const f of found) if (f.severity !== undefined) assert.equal(f.severity, rules[rule].severity, rule);
        for (const f of found) assertBilingual(rule, f);
        if (c.line !== undefined)
          assert.ok(
            found.some((f) => f.line === c.line),
            `${rule} at line ${c.line}: ${JSON.stringify(found.map((f) => f.line))}`,
          );
      });
    else if ('provedBy' in c)
      it(`${rule}: ${c.provedBy} asserts it is reported`, () => {
        assert.ok(assertionsNaming(readFileSync(join(root, c.provedBy), 'utf8'), rule).length > 0, `no assert call of ${c.provedBy} names ${rule}`);
      });
    else
      it(`${rule}: unreachable, and why`, () => {
        assert.ok(c.unreachable.length > 40, rule);
      });
  }
  it('bites: a comment or a mention outside an assert call proves nothing; an assert call naming the id does', () => {
    assert.deepEqual(
      assertionsNaming("// assert.equal(x, 'cli:io');\nconst rule = 'cli:io';\n/* assert.ok('cli:io'); */\nx(); // assert.ok('cli:io');\n", 'cli:io'),
      [],
    );
    assert.equal(assertionsNaming("const glob = 'dist/*';\nassert.equal(r, 'cli:io');\nconst end = '*/';\n", 'cli:io').length, 1);
    assert.equal(assertionsNaming('assert.match(\n  r.stderr,\n  /nothing was written {2}\\(cli:io\\)/,\n);\n', 'cli:io').length, 1);
    assert.deepEqual(reported('a.txt:3:1  warning  ある ／ x  (parse:goal-statement)\n', 'parse:goal-statement'), [
      { line: 3, severity: 'warning', ja: 'ある', en: 'x' },
    ]);
    assert.deepEqual(reported('x  (parse:goal-statement)  and more\n', 'parse:goal-statement'), []);
  });
  it('bites: a message without its Japanese, or with no English beside it, fails', () => {
    assert.throws(() => assertBilingual('parse:goal-statement', reported('a.txt:3:1  warning  x  (parse:goal-statement)', 'parse:goal-statement')[0]!));
    assert.throws(() => assertBilingual('parse:goal-statement', { ja: 'statement', en: 'statement' }));
    assert.throws(() => assertBilingual('parse:goal-statement', { ja: 'ある', en: '' }));
    assertBilingual('parse:goal-statement', { ja: 'ある', en: 'x' });
  });
});
