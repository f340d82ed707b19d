// The 18 KPIs of the policy pages, read exactly; and bad rows rejected at their line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collect } from '../pipeline/diagnostics.ts';
import { parseIndicators, type IndicatorBlock } from '../pipeline/parse/indicators.ts';
import type { SourceLine } from '../pipeline/parse/lines.ts';
import { jsonOf, seedBuild } from './helpers.ts';

/** The parser on its own: the rows it read and what it reported. */
const parse = (block: IndicatorBlock, policy: string) => {
  const { value, diagnostics } = collect((report) => parseIndicators(block, policy, 'plan.txt', report));
  return { value: value?.rows ?? [], diagnostics };
};

type Kpi = Record<string, unknown>;
const kpis = async (): Promise<Kpi[]> => jsonOf<Kpi[]>(await seedBuild(), '062022_indicators.json');
const byName = async (name: string): Promise<Kpi> => (await kpis()).find((k) => k.name === name)!;

describe('成果指標 (KPIs)', () => {
  it('reads all 18, numbered per policy', async () => {
    const all = await kpis();
    assert.equal(all.length, 18);
    assert.deepEqual(
      all.filter((k) => k.policyId === 'policy-5-2').map((k) => k.id),
      ['kpi-5-2-1', 'kpi-5-2-2', 'kpi-5-2-3'],
    );
  });
  it('reads KPI 4-1 特定健康診査の受診率（国保）: 49.3 ％ in FY2023 (R5) → 60 以上 in FY2029 (R11), 健康課', async () => {
    const k = await byName('特定健康診査の受診率（国保）');
    assert.equal(k.id, 'kpi-4-1-1');
    assert.deepEqual(
      [k.baselineValue, k.unit, k.baselineFiscalYear, k.baselineFiscalYearNotation, k.baselineFiscalYearFromHeader, k.baselineNotation],
      [49.3, '％', 2023, 'R5', false, '49.3％'],
    );
    assert.deepEqual([k.targetValue, k.targetCondition, k.targetFiscalYear, k.targetNotation], [60, '以上', 2029, '60％以上']);
    assert.equal(k.departmentName, '健康課');
    assert.equal(k.sourceLine, 969);
  });
  it('reads 推定一日食塩摂取量 9.7 ｇ → 7.0 未満', async () => {
    const k = await byName('推定一日食塩摂取量');
    assert.deepEqual([k.baselineValue, k.unit, k.targetValue, k.targetCondition, k.targetNotation], [9.7, 'ｇ', 7, '未満', '7.0ｇ未満']);
  });
  it('reads 5-3 シティプロモーションサイトの訪問回数 0 件 → 100,000 件 as bare numbers, header years R6/R12', async () => {
    const k = await byName('シティプロモーションサイトの訪問回数');
    assert.deepEqual([k.baselineValue, k.targetValue, k.unit, k.targetCondition], [0, 100000, '件', null]);
    assert.deepEqual([k.baselineFiscalYear, k.baselineFiscalYearFromHeader, k.targetFiscalYear, k.targetFiscalYearNotation], [2024, true, 2030, 'R12']);
    assert.equal(k.targetNotation, '100,000件');
  });
  it('reads 5-4’s unitless satisfaction 2.7 → 3.0', async () => {
    const k = (await kpis()).find((x) => x.policyId === 'policy-5-4')!;
    assert.deepEqual([k.name, k.unit, k.baselineValue, k.targetValue, k.targetNotation], ['行政サービスのデジタル化に関する満足度', null, 2.7, 3, '3.0']);
  });
  it('joins a department broken over two lines (患者サポー + トセンター) and a name broken over two lines', async () => {
    const all = await kpis();
    assert.deepEqual(
      all.filter((k) => k.policyId === 'policy-4-2').map((k) => k.departmentName),
      ['患者サポートセンター', '患者サポートセンター'],
    );
    const k = all.find((x) => x.policyId === 'policy-4-4')!;
    assert.equal(k.name, '障がいのある人への偏見や差別、または配慮のなさがあると思う市民の割合');
    assert.deepEqual([k.baselineValue, k.baselineFiscalYear, k.targetValue, k.departmentName], [51.6, 2020, 20, '社会福祉課']);
  });
  it('drops ※ from 経常収支比率※ and reads 95 以下 with the header’s target year', async () => {
    const k = (await kpis()).find((x) => x.policyId === 'policy-5-5')!;
    assert.deepEqual([k.name, k.baselineFiscalYear, k.targetValue, k.targetCondition, k.targetFiscalYear], ['経常収支比率', 2023, 95, '以下', 2030]);
  });
  it('reads values written apart from their unit (2,100 人, 40 か所)', async () => {
    const k = await byName('国際理解講座の受講者数');
    assert.deepEqual([k.baselineValue, k.targetValue, k.unit, k.baselineNotation], [2100, 2400, '人', '2,100人']);
    assert.equal((await byName('通いの場の設置数')).unit, 'か所');
  });
});

const block = (texts: string[], first = 500): { header: SourceLine; lines: SourceLine[] } => ({
  header: { line: first, text: '指標 R6 基準 R12 目標 担当課 ' },
  lines: texts.map((text, k) => ({ line: first + 1 + k, text })),
});

describe('bad KPI rows', () => {
  it('reject a row without a target, at its line', () => {
    const r = parse(block(['特定健康診査の受診率 49.3％ 健康課']), '4-1');
    assert.equal(r.diagnostics.length, 1);
    assert.equal(r.diagnostics[0]!.severity, 'error');
    assert.equal(r.diagnostics[0]!.line, 501);
    assert.match(r.diagnostics[0]!.reason, /has a baseline \(49\.3％\) but no target: found 「健康課」/);
  });
  it('reject a unit we do not know', () => {
    const r = parse(block(['歩道の延長', '12km', '15km', '土木課']), '3-7');
    assert.equal(r.diagnostics[0]!.line, 502);
    assert.match(r.diagnostics[0]!.reason, /unit or condition we do not know \(km\)/);
  });
  it('reject a header that names no default years', () => {
    const r = parse({ header: { line: 9, text: '指標 基準 目標 担当課' }, lines: [] }, '4-1');
    assert.match(r.diagnostics[0]!.reason, /expected the header/);
  });
  it('read a header with other default years', () => {
    const r = parse({ header: { line: 9, text: '指標 R7 基準 R13 目標 担当課' }, lines: [{ line: 10, text: '満足度 2.7 3.0 魅力推進課' }] }, '5-4');
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual([r.value[0]!.baseline.fiscalYear, r.value[0]!.target.fiscalYear], [2025, 2031]);
  });
});
