// Everything else the policy and goal pages of goals 4 and 5 say, read from the real source.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildBytes, jsonOf, seedBuild, seedText } from './helpers.ts';

type Rec = Record<string, unknown>;
const rows = async (table: string): Promise<Rec[]> => jsonOf<Rec[]>(await seedBuild(), `062022_${table}.json`);
const report = async () =>
  jsonOf<{ entries: { ruleId: string; reason: string; line: number; recordIds: string[] }[] }>(await seedBuild(), 'quality-report.json');

describe('policy pages', () => {
  it('give 目指す姿 headline and paragraph to policies 4-1 … 5-5 only', async () => {
    const policies = await rows('policies');
    const p = policies.find((x) => x.code === '4-1')!;
    assert.equal(p.visionTitle, '誰もが健康で明るく元気に生活を送ることができる健康長寿のまち');
    assert.match(String(p.visionText), /^市民の健康づくりのため、減塩の推進、.*環境づくりに取り組みます。$/);
    assert.equal(policies.filter((x) => x.visionTitle !== null).length, 10);
    assert.equal(policies.find((x) => x.code === '1-1')!.visionTitle, null);
  });
  it('read pillar actions joined across lines, with （再掲） flagged', async () => {
    const actions = await rows('pillar_actions');
    const first = actions.find((a) => a.id === 'pillar-action-4-1-1-1')!;
    assert.equal(first.text, '保健・栄養指導や適塩教室等により、適切な食塩摂取について周知啓発を行い、減塩を推進します。');
    assert.equal(actions.filter((a) => a.pillarId === 'pillar-4-1-1').length, 6);
    assert.equal(actions.find((a) => a.pillarId === 'pillar-5-3-3' && a.order === 2)!.restated, true);
  });
  it('read pillar 3 of 4-1 although the page numbers it with a full-width ３', async () => {
    assert.equal((await rows('pillar_actions')).filter((a) => a.pillarId === 'pillar-4-1-3').length, 1);
  });
  it('keep 全課 as written, flagged, without a department ID', async () => {
    const deps = (await rows('pillar_departments')).filter((d) => d.pillarId === 'pillar-5-5-1');
    assert.deepEqual(
      deps.map((d) => [d.departmentName, d.allDepartments, d.departmentId]),
      [['全課', true, null]],
    );
    assert.ok(!(await rows('departments')).some((d) => d.name === '全課'));
  });
  it('read 【担当】 as well as 【担当課】 (5-3-2 names eight departments)', async () => {
    assert.equal((await rows('pillar_departments')).filter((d) => d.pillarId === 'pillar-5-3-2').length, 8);
  });
  it('split two opinions printed on one line, and continue one onto the next line', async () => {
    const ops = (await rows('citizen_opinions')).filter((o) => o.policyId === 'policy-4-1');
    assert.deepEqual(
      ops.map((o) => o.text),
      ['健康診断の声掛けをしてほしい。', 'ランニングイベント・ウォーキングイベント等の参加しやすい仕組みをつくってほしい。'],
    );
    assert.equal((await rows('citizen_opinions')).length, 20);
  });
  it('read expected actions with their actor', async () => {
    const acts = (await rows('expected_actions')).filter((o) => o.policyId === 'policy-4-2');
    assert.deepEqual(
      acts.map((a) => a.actor),
      ['市民等', '事業者・団体等'],
    );
    assert.equal(acts[0]!.text, '市民等はかかりつけ医・かかりつけ薬局を持ち、適切に医療機関を受診しましょう。');
  });
  it('read related plans, none for 5-1, five for 5-5', async () => {
    const plans = await rows('related_plans');
    assert.equal(plans.filter((p) => p.policyId === 'policy-5-1').length, 0);
    assert.deepEqual(
      plans.filter((p) => p.policyId === 'policy-5-5').map((p) => p.text),
      ['人口ビジョン', '公共施設等総合管理計画', '公共施設等総合管理計画 個別施設計画', '置賜定住自立圏第２次共生ビジョン', 'SDGs未来都市計画'],
    );
  });
});

describe('goal pages', () => {
  it('read 本市の現状と課題 by category, linked to the policy of that name', async () => {
    const issues = await rows('current_issues');
    assert.equal(issues.length, 24);
    const dx = issues.filter((i) => i.category === 'ＤＸ');
    assert.equal(dx.length, 2);
    assert.equal(dx[0]!.policyId, 'policy-5-4');
    assert.equal(dx[0]!.text, 'マイナンバーカードの保有率が81%（令和6年度末）となり、カードの持つメリットや安全性を更に周知し、利活用を進める必要があります。');
  });
  it('pair each Well-Being category with its own examples across the two columns', async () => {
    const wb = (await rows('wellbeing_categories')).filter((w) => w.goalId === 'goal-5');
    assert.deepEqual(
      wb.map((w) => [w.category, w.subjectiveExample, w.objectiveExample]),
      [
        ['自己効力感', '自分のことを好ましく感じる', '首長選挙投票率'],
        ['地域とのつながり', '地域活動への市民参加が盛んである', '自治会・町内会加入率'],
        ['多様性と寛容性', '女性・若者が活躍しやすい', '人口あたり外国人人口'],
        ['デジタル生活', '行政サービスのデジタル化が進んでいる', 'マイナンバーカード普及率'],
        ['地域行政', '公共施設は使い勝手が良く便利である', '経常収支比率'],
      ],
    );
  });
});

describe('glossary', () => {
  it('publishes each ※ term without a definition, and says the definition is masked', async () => {
    const terms = await rows('glossary');
    const frailty = terms.find((t) => t.term === 'フレイル')!;
    assert.deepEqual([frailty.definition, frailty.definitionMasked], [null, true]);
    const usages = (await rows('glossary_usages')).filter((u) => u.termId === frailty.id);
    assert.deepEqual(
      usages.map((u) => u.policyId),
      ['policy-4-1', 'policy-4-5'],
    );
    assert.ok((await report()).entries.some((e) => e.ruleId === 'unresolved:glossary-definition' && e.recordIds.includes(String(frailty.id))));
  });
  it('finds a term broken over two lines (メンタルヘル + ス※)', async () => {
    const t = (await rows('glossary')).find((x) => x.term === 'メンタルヘルス')!;
    assert.ok((await rows('glossary_usages')).some((u) => u.termId === t.id && u.recordId === 'pillar-action-4-1-2-2'));
  });
  it('reports ゲートキーパー※, which no footnote defines', async () => {
    assert.ok((await report()).entries.some((e) => e.ruleId === 'glossary:unknown-term' && e.line === 1066 && e.reason.includes('ゲートキーパー')));
  });
});

describe('SDG table', () => {
  it('publishes no link the text does not prove, and what it does prove: mark counts among SDGs 1–7', async () => {
    assert.equal((await rows('sdg_links')).length, 0);
    const counts = await rows('sdg_mark_counts');
    assert.equal(counts.length, 26);
    assert.deepEqual([counts.find((c) => c.policyId === 'policy-1-1')!.markCount, counts.find((c) => c.policyId === 'policy-2-2')!.markCount], [4, 0]);
  });
  it('lists what stays unresolved: the columns of the 1–7 marks and the 25 unlabeled rows of 8–17', async () => {
    const entries = (await report()).entries;
    assert.equal(entries.filter((e) => e.ruleId === 'unresolved:sdg-goals-1-7').length, 21);
    const half = entries.find((e) => e.ruleId === 'unresolved:sdg-goals-8-17')!;
    assert.match(half.reason, /25 unlabeled rows .* for 26 policies/);
  });
  it('accepts a curated link with provenance and rejects one without, or one the text contradicts', async () => {
    const ok = await buildBytes(Buffer.from(seedText()), 'plan.txt', '施策番号,SDGゴール番号,出典\r\n4-1,3,原本PDF p.11\r\n');
    assert.equal(ok.ok, true);
    assert.deepEqual(
      jsonOf<Rec[]>(ok, '062022_sdg_links.json').map((l) => [l.policyId, l.sdg, l.provenance]),
      [['policy-4-1', 3, '原本PDF p.11']],
    );
    const bare = await buildBytes(Buffer.from(seedText()), 'plan.txt', '施策番号,SDGゴール番号,出典\r\n4-1,3,\r\n');
    assert.equal(bare.ok, false);
    assert.match(bare.diagnostics.find((d) => d.severity === 'error')!.reason, /no 出典/);
    const contradicts = await buildBytes(Buffer.from(seedText()), 'plan.txt', '施策番号,SDGゴール番号,出典\r\n2-2,3,原本PDF p.11\r\n');
    assert.equal(contradicts.ok, false);
    assert.match(contradicts.diagnostics.find((d) => d.severity === 'error')!.reason, /has only 0 ●/);
  });
});

describe('pages checked against 第２章', () => {
  it('warns when a page names a pillar differently, and publishes 第２章’s name', async () => {
    const text = seedText().replace('2 自殺予防の推進', '2 自殺対策の推進');
    const r = await buildBytes(Buffer.from(text));
    assert.equal(r.ok, true);
    const w = r.diagnostics.find((d) => d.ruleId === 'pages:pillar-name')!;
    assert.equal(w.severity, 'warning');
    assert.equal(w.line, 1062);
    assert.equal(jsonOf<Rec[]>(r, '062022_pillars.json').find((p) => p.code === '4-1-2')!.name, '自殺予防の推進');
  });
  it('rejects a file cut inside goal 4’s pages (policy pages missing)', async () => {
    // Cut after 施策 4-2's page: the pages of 4-3 … 4-5 are missing.
    const r = await buildBytes(Buffer.from(seedText().split('\n').slice(0, 1238).join('\n')));
    assert.equal(r.ok, false);
    assert.ok(r.diagnostics.some((d) => d.ruleId === 'pages:missing-policy-page' && d.reason.includes('4-3')));
    // Cut inside a sentence of 4-2's page: that is what the error names.
    const mid = await buildBytes(Buffer.from(seedText().split('\n').slice(0, 1200).join('\n')));
    assert.equal(mid.ok, false);
    assert.ok(mid.diagnostics.some((d) => d.ruleId === 'parse:source-ends-mid-sentence' && d.line === 1200));
  });
});
