// Real values of the plan, read through the whole pipeline.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonOf, seedBuild } from './helpers.ts';

type Rec = Record<string, unknown>;
const rows = async (table: string): Promise<Rec[]> => jsonOf<Rec[]>(await seedBuild(), `062022_${table}.json`);

describe('the policy system (第２章)', () => {
  it('has 5 goals, 26 policies and 78 pillars', async () => {
    assert.equal((await rows('goals')).length, 5);
    assert.equal((await rows('policies')).length, 26);
    assert.equal((await rows('pillars')).length, 78);
  });
  it('puts 2-2 観光業 under goal 2 although the layout prints it under goal 3', async () => {
    const p = (await rows('policies')).find((r) => r.code === '2-2')!;
    assert.equal(p.name, '観光業');
    assert.equal(p.goalId, 'goal-2');
    assert.equal(p.sourceLine, 432);
  });
  it('gives goal 3 its own statement, across the interleaved policy line', async () => {
    const g = (await rows('goals')).find((r) => r.number === 3)!;
    assert.equal(g.name, '環境・防災・社会基盤');
    assert.equal(g.statement, '自然や歴史・文化と都市機能が調和した、安全安心な米沢を実現する');
    assert.equal(g.statementSourceLine, 434);
  });
  it('gives every goal a statement ending in 実現する', async () => {
    for (const g of await rows('goals')) assert.match(String(g.statement), /実現する$/);
  });
  it('splits pillars printed without a separator (2-2-2 …推進2-2-3 …)', async () => {
    const pillars = await rows('pillars');
    assert.equal(pillars.find((r) => r.code === '2-2-2')!.name, '国内外に向けた観光プロモーションの推進');
    assert.equal(pillars.find((r) => r.code === '2-2-3')!.name, '観光推進体制の強化');
  });
  it('numbers pillars per policy: 5-5 has five, 4-1 has three', async () => {
    const pillars = await rows('pillars');
    assert.deepEqual(
      pillars.filter((r) => r.policyId === 'policy-5-5').map((r) => r.code),
      ['5-5-1', '5-5-2', '5-5-3', '5-5-4', '5-5-5'],
    );
    assert.equal(pillars.filter((r) => r.policyId === 'policy-4-1').length, 3);
  });
});

describe('the vision and KGIs', () => {
  it('reads the vision and the two KGIs', async () => {
    const plan = jsonOf<{ vision: Rec }>(await seedBuild(), '062022_plan.json');
    assert.equal(plan.vision.text, 'しあわせ 循環 学園都市・よねざわ');
    assert.deepEqual(
      (await rows('kgis')).map((k) => k.name),
      ['将来人口', '地域幸福度'],
    );
  });
});

describe('the priority projects (第１章)', () => {
  it('has 3 projects with their summaries', async () => {
    const projects = await rows('projects');
    assert.deepEqual(
      projects.map((p) => p.name),
      ['育み、学びたい！「ひと」プロジェクト', '稼ぎ、創り出したい！「なりわい」プロジェクト', '住み続け、守りたい！「くらし」プロジェクト'],
    );
    assert.match(String(projects[1]!.summary), /^産業構造の変化に対応した.*「ファンづくり」に取り組みます。$/);
  });
  it('reads project 2 initiative 3’s five departments from the line after its name', async () => {
    const deps = (await rows('project_initiative_departments')).filter((d) => d.initiativeId === 'initiative-2-3');
    assert.deepEqual(
      deps.map((d) => d.departmentName),
      ['地域振興課', '魅力推進課', '商工課', '観光課', '社会教育文化課'],
    );
  });
  it('numbers initiatives from circled digits (project 3 has ①–④)', async () => {
    const inis = (await rows('project_initiatives')).filter((i) => i.projectId === 'project-3');
    assert.deepEqual(
      inis.map((i) => i.number),
      [1, 2, 3, 4],
    );
    assert.equal(inis[3]!.name, '持続可能な地域コミュニティと行政の仕組みづくり');
  });
  it('keeps each action of an item on its own row, and joins an action the PDF wrapped', async () => {
    const items = await rows('project_items');
    const school = items.filter((i) => i.initiativeId === 'initiative-1-2' && i.citedPillarCode === '1-2-2');
    assert.deepEqual(
      school.map((i) => i.actionText),
      ['小中学校の再編統合と学校施設の改修', '小中学校給食の完全無償化と安全安心なおいしい給食の提供'],
    );
    const wrapped = items.find((i) => i.initiativeId === 'initiative-3-4' && i.citedPillarCode === '5-5-2')!;
    assert.equal(wrapped.actionText, '更なる歳入の確保や事業のスクラップ等による歳出の削減、廃止施設の利活用や不要施設の解体の推進');
  });
  it('flags （再掲） and removes the mark from the text', async () => {
    const again = (await rows('project_items')).find((i) => i.initiativeId === 'initiative-3-3' && i.citedPillarCode === '4-2-1')!;
    assert.equal(again.restated, true);
    assert.equal(again.actionText, '診療所の新規開設、承継に対する支援');
  });
  it('keeps the 5-5-2 citation as written (ふるさと納税の推進) and reports it', async () => {
    const result = await seedBuild();
    const item = (await rows('project_items')).find((i) => i.initiativeId === 'initiative-2-3' && i.citedPillarCode === '5-5-2')!;
    assert.equal(item.citedName, 'ふるさと納税の推進');
    assert.equal(item.citedNameMatches, false);
    const warning = result.diagnostics.find((d) => d.ruleId === 'integrity:pillar-name-mismatch' && d.reason.includes('5-5-2'));
    assert.ok(warning, 'a warning names 5-5-2');
    assert.equal(warning.severity, 'warning');
    assert.equal(warning.line, 199);
    const report = jsonOf<{ entries: { reason: string; recordIds: string[] }[] }>(result, 'quality-report.json');
    const entry = report.entries.find((e) => e.reason.includes('5-5-2'))!;
    assert.match(entry.reason, /5-5-3/);
    assert.ok(entry.recordIds.includes('pillar-5-5-2'));
  });
  it('treats 行政 DX and 行政ＤＸ as the same name (no warning for 5-4-1)', async () => {
    const item = (await rows('project_items')).find((i) => i.citedPillarCode === '5-4-1')!;
    assert.equal(item.citedName, '行政DXの推進');
    assert.equal(item.citedNameMatches, true);
  });
  it('lists each department once, with a stable ASCII ID', async () => {
    const deps = await rows('departments');
    const names = deps.map((d) => d.name);
    assert.equal(new Set(names).size, names.length);
    for (const d of deps) assert.match(String(d.id), /^department-[0-9a-f]{10}$/);
    assert.ok(names.includes('森林農村整備課'));
  });
});
