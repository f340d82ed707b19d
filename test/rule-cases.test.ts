// One case for each rule no other test makes fire: a careless edit of the real text run through the model
// stages (parseModel, in-process, no files), or a stage given what only a bug or a hand-made model could
// hand it. Each case asserts its rule is reported, at its place, with the catalogue's severity — with the
// other tests, every rule of pipeline/rules.ts is exercised (test/rules.test.ts checks that).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collect, type Diagnostic } from '../pipeline/diagnostics.ts';
import type { Model } from '../pipeline/model/build.ts';
import { buildGlossary } from '../pipeline/model/glossary.ts';
import { parseCuratedSdgLinks } from '../pipeline/parse/curated-sdg-links.ts';
import { parseChapter1 } from '../pipeline/parse/projects.ts';
import { parsePolicySystem } from '../pipeline/parse/policy-system.ts';
import { parseSdgTable } from '../pipeline/parse/sdg-table.ts';
import { rules, type RuleId } from '../pipeline/rules.ts';
import { checkIntegrity } from '../pipeline/validate/integrity.ts';
import { validateRows } from '../pipeline/validate/model.ts';
import { config, parsedModel, seedText } from './helpers.ts';

const seed = seedText();
const seedLines = seed.split('\n');
/** The committed text with its lines edited (0-based array, as split); `check` asserts what the edit expects to find. */
const edited = (check: Record<number, string>, edit: (lines: string[]) => void): Uint8Array => {
  for (const [n, text] of Object.entries(check)) assert.equal(seedLines[Number(n) - 1]!.trimEnd(), text, `line ${n}`);
  const lines = [...seedLines];
  edit(lines);
  return Buffer.from(lines.join('\n'));
};
const model = (bytes: Uint8Array): Diagnostic[] =>
  parsedModel(bytes, 'plan.txt', config, { sdgLinks: undefined }, { startFiscalYear: 2026, endFiscalYear: 2030 }).diagnostics;

/** The diagnostics of `rule` among those reported; at least one, each with the rule's severity. */
const of = (diagnostics: readonly Diagnostic[], rule: RuleId): Diagnostic[] => {
  const found = diagnostics.filter((d) => d.ruleId === rule);
  assert.ok(found.length > 0, `${rule} not reported; got ${JSON.stringify(diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.ruleId, d.line]))}`);
  for (const d of found) assert.equal(d.severity, rules[rule].severity);
  return found;
};
const at = (diagnostics: readonly Diagnostic[], rule: RuleId, line: number): void =>
  assert.ok(
    of(diagnostics, rule).some((d) => d.line === line),
    `${rule} at line ${line}: ${JSON.stringify(of(diagnostics, rule).map((d) => d.line))}`,
  );

describe('rules of the text, each made to fire by an edit of the real text', () => {
  it('read:empty — an empty file', () => at(model(new Uint8Array()), 'read:empty', 0));

  it('parse:section — 第３章 without its heading', () => {
    const d = model(edited({ 800: ' 第３章 分野別施策' }, (l) => l.splice(799, 1)));
    of(d, 'parse:section');
  });
  it('parse:duplicate-page — 基本目標 4 with a second page (its heading and statement again; a heading alone is a running header)', () => {
    at(
      model(
        edited({ 804: '基本目標 4 健康・医療・福祉', 806: '安心できる地域医療と、誰もが健康で活躍できる共生社会' }, (l) =>
          l.splice(815, 0, l[803]!, '', l[805]!),
        ),
      ),
      'parse:duplicate-page',
      816,
    );
  });

  it('parse:duplicate-entry — 第２章 lists 1-2 twice', () => {
    at(model(edited({ 450: '1-2　学校教育' }, (l) => l.splice(450, 0, '1-2　学校教育'))), 'parse:duplicate-entry', 451);
  });
  it('parse:pillar-name — a pillar code of 第２章 without its name', () => {
    at(model(edited({ 505: '1-4-1　文化芸術の振興 1-4-2　スポーツの振興' }, (l) => (l[504] = '1-4-1　 1-4-2　スポーツの振興'))), 'parse:pillar-name', 505);
  });
  it('parse:goal-statement-missing and parse:goal-statement — a goal without its statement, one that does not end in 実現する', () => {
    at(
      model(
        edited({ 421: '米沢に誇りを持つこどもを育み、生涯に', 423: 'わたる「ひとづくり」を実現する' }, (l) => {
          l[420] = '';
          l[422] = '';
        }),
      ),
      'parse:goal-statement-missing',
      420,
    );
    at(model(edited({ 423: 'わたる「ひとづくり」を実現する' }, (l) => (l[422] = 'わたる「ひとづくり」を実現したい'))), 'parse:goal-statement', 421);
  });
  it('parse:goals and parse:pillars — a 第２章 that lists neither', () => {
    const { diagnostics } = collect((r) => parsePolicySystem([{ line: 300, text: '施策体系の図' }], 'plan.txt', r));
    at(diagnostics, 'parse:goals', 300);
    at(diagnostics, 'parse:pillars', 300);
  });

  it('parse:vision, parse:kgi and parse:projects — a 第１章 with none of them', () => {
    const { diagnostics } = collect((r) => parseChapter1([{ line: 2, text: '前期基本計画では' }], 'plan.txt', r));
    for (const rule of ['parse:vision', 'parse:kgi', 'parse:projects'] as const) at(diagnostics, rule, 2);
  });
  it('parse:project-summary — project 1 without its summary', () => {
    const d = model(edited({ 77: '若い世代の希望を叶え、結婚や子育てを応援する取組の充実を図るとともに、より良い教育環境' }, (l) => l.fill('', 76, 81)));
    at(d, 'parse:project-summary', 73);
  });
  it('parse:initiative-departments — an initiative whose 【担当課】 is gone', () => {
    const d = model(
      edited(
        { 87: '①結婚・子育てを応援する環境づくり           【担当課】地域振興課、子育て支援課、健康課' },
        (l) => (l[86] = '①結婚・子育てを応援する環境づくり'),
      ),
    );
    at(d, 'parse:initiative-departments', 87);
  });

  it('parse:current-issues-missing — goal page 4 without ■本市の現状と課題', () => {
    at(model(edited({ 812: '■本市の現状と課題' }, (l) => (l[811] = ''))), 'parse:current-issues-missing', 804);
  });
  it('parse:current-issue-text — a statement before the first category', () => {
    at(model(edited({ 812: '■本市の現状と課題' }, (l) => l.splice(812, 0, '⚫ 分類より前の文です。'))), 'parse:current-issue-text', 813);
  });
  it('parse:current-issues — a category without a statement', () => {
    at(model(edited({ 814: '健康・保健' }, (l) => l.splice(813, 0, '架空の分類'))), 'parse:current-issues', 814);
  });
  it('parse:wellbeing-example and parse:wellbeing — an example too many, an example missing', () => {
    // Two categories, and now three 主観: the third (医療機関が充実している, line 932 + 1) has none left.
    at(model(edited({ 926: '主観：身体的に健康な状態である 等' }, (l) => l.splice(926, 0, '主観：三つ目の例 等'))), 'parse:wellbeing-example', 933);
    at(model(edited({ 928: '客観：健康寿命（平均自立期間） 等' }, (l) => (l[927] = ''))), 'parse:wellbeing', 922);
  });

  it('parse:policy-page-section and parse:policy-page — a page without ■成果指標, one with a section we do not know', () => {
    at(model(edited({ 965: '■成果指標' }, (l) => (l[964] = '成果指標'))), 'parse:policy-page-section', 949);
    at(model(edited({ 991: '■主な個別計画・方針等 健康長寿日本一推進プラン' }, (l) => l.splice(990, 0, '■関連データ'))), 'parse:policy-page', 991);
  });
  it('parse:policy-vision-incomplete and parse:policy-vision — 目指す姿 without its paragraph, a headline not ending in まち', () => {
    at(
      model(edited({ 957: '市民の健康づくりのため、減塩の推進、運動習慣の定着化、生活習慣病の予防と早期発見・' }, (l) => l.fill('', 956, 962))),
      'parse:policy-vision-incomplete',
      951,
    );
    at(model(edited({ 955: '健康長寿のまち' }, (l) => (l[954] = '健康長寿の町'))), 'parse:policy-vision', 951);
  });
  it('parse:indicator-header — a KPI table header without its years', () => {
    at(model(edited({ 967: '指標 R6 基準 R12 目標 担当課' }, (l) => (l[966] = '指標 基準 目標 担当課'))), 'parse:indicator-header', 967);
  });
  it('parse:indicator-number — a KPI value of 20 digits, which no published number holds exactly', () => {
    at(model(edited({ 970: '49.3％' }, (l) => (l[969] = '12345678901234567890％'))), 'parse:indicator-number', 970);
  });
  it('parse:opinions — a line in 市民等からの意見・提案 that is not a bullet', () => {
    at(model(edited({ 1009: '■市民等からの意見・提案' }, (l) => l.splice(1009, 0, '前置きの一文'))), 'parse:opinions', 1010);
  });
  it('parse:expected-action-actor and parse:expected-actions — an action without its actor, a line that is not a bullet', () => {
    at(
      model(edited({ 1021: '⚫ 市民等は望ましい食生活と運動の実践と合' }, (l) => (l[1020] = '⚫ 私たちは望ましい食生活と運動の実践と合'))),
      'parse:expected-action-actor',
      1021,
    );
    at(
      model(edited({ 1019: '■目指す姿に近付くために市民・事業者・団体等に期待したい行動' }, (l) => l.splice(1019, 0, '前置きの一文'))),
      'parse:expected-actions',
      1020,
    );
  });
  it('parse:pillar-heading, parse:pillar-actions and parse:pillar-departments — text before the first pillar, before the first action, an empty 【担当課】', () => {
    at(model(edited({ 1032: '1 健康づくりの推進' }, (l) => l.splice(1031, 0, '前置きの一文'))), 'parse:pillar-heading', 1032);
    at(
      model(edited({ 1034: '【担当課】社会福祉課、健康課、高齢福祉課、農業振興課、スポーツ課、学校教育課' }, (l) => l.splice(1034, 0, '前置きの一文'))),
      'parse:pillar-actions',
      1035,
    );
    at(
      model(edited({ 1034: '【担当課】社会福祉課、健康課、高齢福祉課、農業振興課、スポーツ課、学校教育課' }, (l) => (l[1033] = '【担当課】'))),
      'parse:pillar-departments',
      1034,
    );
  });
  it('parse:too-many-rows — 10,000 related plans on one page, more than the order column numbers', () => {
    const d = model(
      edited({ 991: '■主な個別計画・方針等 健康長寿日本一推進プラン' }, (l) => l.splice(991, 0, ...Array.from({ length: 10_000 }, (_, k) => `計画${k}`))),
    );
    at(d, 'parse:too-many-rows', 992 + 9_998);
  });
  it('parse:sdg-table — an SDG table without a policy row', () => {
    at(collect((r) => parseSdgTable([{ line: 569, text: '■施策とSDGｓ（持続可能な開発目標）の対応一覧' }], 'plan.txt', r)).diagnostics, 'parse:sdg-table', 569);
  });
  it('curated:sdg-link — a link to SDG 18', () => {
    at(collect((r) => parseCuratedSdgLinks('施策番号,SDGゴール番号,出典\n4-1,18,原本PDF p.11\n', 'sdg-links.csv', r)).diagnostics, 'curated:sdg-link', 2);
  });
});

describe('rules of 第３章 against 第２章', () => {
  it('pages:unknown-goal and pages:goal-name — a goal page for goal 6, one that names goal 4 otherwise', () => {
    at(model(edited({ 804: '基本目標 4 健康・医療・福祉' }, (l) => (l[803] = '基本目標 6 健康・医療・福祉'))), 'pages:unknown-goal', 804);
    at(model(edited({ 804: '基本目標 4 健康・医療・福祉' }, (l) => (l[803] = '基本目標 4 健康・医療・福祉・子育て'))), 'pages:goal-name', 804);
  });
  it('pages:goal-statement — a goal page that states goal 4 otherwise', () => {
    at(
      model(edited({ 806: '安心できる地域医療と、誰もが健康で活躍できる共生社会' }, (l) => (l[805] = '安心できる地域医療と、誰もが健康で活躍できる社会'))),
      'pages:goal-statement',
      806,
    );
  });
  it('pages:unknown-policy and pages:policy-name — a page for 施策 4-9, one that names 4-1 otherwise', () => {
    const line = seedLines.findIndex((l) => l.trim() === '施策 4-1 健康・保健');
    assert.ok(line > 0);
    at(model(edited({}, (l) => (l[line] = ' 施策 4-9 健康・保健'))), 'pages:unknown-policy', line + 1);
    at(model(edited({}, (l) => (l[line] = ' 施策 4-1 健康・保健・予防'))), 'pages:policy-name', line + 1);
  });
  it('pages:unknown-pillar and pages:pillar-missing — pillar 1 of 4-1 numbered 9 on its page', () => {
    const d = model(edited({ 1032: '1 健康づくりの推進' }, (l) => (l[1031] = '9 健康づくりの推進')));
    at(d, 'pages:unknown-pillar', 1032);
    of(d, 'pages:pillar-missing');
  });
});

describe('rules a stage meets only in what a bug or a hand-made model hands it', () => {
  const seedModel = (): Model => {
    const { model: m } = parsedModel(Buffer.from(seed), 'plan.txt', config, { sdgLinks: undefined });
    assert.ok(m);
    return m;
  };
  it('glossary:definition-differs and glossary:unused-term — one term defined twice, marked nowhere', () => {
    const footnote = { term: 'フレイル', masked: false, policyCode: '4-1' };
    const { diagnostics } = collect((r) =>
      buildGlossary(
        [
          { ...footnote, definition: '加齢による心身の衰え', line: 1098 },
          { ...footnote, definition: '虚弱', line: 1236 },
        ],
        [],
        'plan.txt',
        undefined,
        r,
      ),
    );
    at(diagnostics, 'glossary:definition-differs', 1236);
    at(diagnostics, 'glossary:unused-term', 1098);
  });
  it('model:schema — a goal numbered 0', () => {
    const m = seedModel();
    m.tables.goals[0] = { ...m.tables.goals[0]!, number: 0 };
    at(collect((r) => validateRows(m.tables, 'plan.txt', r)).diagnostics, 'model:schema', m.tables.goals[0].sourceLine);
  });
  it('integrity:duplicate-id, integrity:reference, integrity:empty, integrity:goal-without-policy and integrity:policy-without-pillar', () => {
    const m = seedModel();
    const [goal, policy] = [m.tables.goals[0]!, m.tables.policies[0]!];
    m.tables.goals.push({ ...goal }, { ...goal, id: 'goal-9', number: 9, sourceLine: 1 });
    m.tables.policies.push({ ...policy, id: 'policy-8-1', code: '8-1', goalId: 'goal-8', sourceLine: 2 });
    m.tables.projects = [];
    const { diagnostics } = collect((r) => checkIntegrity(m.tables, 'plan.txt', r));
    at(diagnostics, 'integrity:duplicate-id', goal.sourceLine);
    at(diagnostics, 'integrity:reference', 2);
    at(diagnostics, 'integrity:empty', 0);
    at(diagnostics, 'integrity:goal-without-policy', 1);
    at(diagnostics, 'integrity:policy-without-pillar', 2);
  });
});
