// The grade rule of issue 13, branch by branch, on the plan's real KPIs: every worked case of the issue,
// the exact boundaries ±0.1, hold-a-level, and the published codebook agreeing with the rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { directionOf, exactOf, gradeOf, gradeRules, grades, meetsTarget, progressRateOf, quotient, type Grade, type KpiGoal } from '../pipeline/model/grade.ts';
import { freshDist } from './helpers.ts';

// The plan's KPIs (dist/062022_indicators.json; the last test checks these are its values).
const kpi = {
  '4-1-1': { baselineValue: 49.3, targetValue: 60, targetCondition: '以上' }, // 特定健康診査の受診率 49.3％ → 60％以上
  '4-1-2': { baselineValue: 9.7, targetValue: 7, targetCondition: '未満' }, // 推定一日食塩摂取量 9.7ｇ → 7.0ｇ未満
  '4-4-1': { baselineValue: 51.6, targetValue: 20, targetCondition: null }, // 偏見や差別があると思う市民の割合 51.6％ → 20％
  '5-3-2': { baselineValue: 0, targetValue: 100000, targetCondition: null }, // サイトの訪問回数 0件 → 100,000件
  '5-3-3': { baselineValue: 25, targetValue: 25, targetCondition: null }, // お試し暮らし体験の参加者数 25人 → 25人
  '5-5-1': { baselineValue: 94.8, targetValue: 95, targetCondition: '以下' }, // 経常収支比率 94.8％ → 95％以下
} as const satisfies Record<string, KpiGoal>;

const grade = (goal: KpiGoal, actual: number): Grade => gradeOf(goal, actual).grade;

describe('the worked cases of issue 13', () => {
  it('KPI 4-1-1 (49.3 → 60以上): 61 → S, 52 → A (rate 0.252), 49.5 → B, 45 → C', () => {
    assert.deepEqual(
      [61, 52, 49.5, 45].map((a) => grade(kpi['4-1-1'], a)),
      ['S', 'A', 'B', 'C'],
    );
    assert.equal(progressRateOf(kpi['4-1-1'], 52)!.toFixed(3), '0.252');
  });
  it('KPI 4-1-2 (9.7 → 7.0未満): 6.9 → S, 7.0 → A (rate 1.0 but 未満 not met), 10.5 → C', () => {
    assert.deepEqual(
      [6.9, 7.0, 10.5].map((a) => grade(kpi['4-1-2'], a)),
      ['S', 'A', 'C'],
    );
    assert.equal(progressRateOf(kpi['4-1-2'], 7.0), 1);
    assert.equal(meetsTarget(kpi['4-1-2'], 7.0), false);
  });
  it('KPI 5-3-2 (0 → 100,000): 50,000 → A (rate 0.5)', () => {
    assert.deepEqual(gradeOf(kpi['5-3-2'], 50000), { grade: 'A', progressRate: 0.5, direction: 1, met: false, targetAgainstDirection: false });
  });
});

describe('direction', () => {
  it('is up for 以上, down for 以下 and 未満, whatever the numbers', () => {
    assert.equal(directionOf(kpi['4-1-1']), 1);
    assert.equal(directionOf(kpi['4-1-2']), -1);
    assert.equal(directionOf(kpi['5-5-1']), -1); // 95以下 above a baseline of 94.8: still down
    assert.equal(directionOf({ baselineValue: 10, targetValue: 5, targetCondition: '以上' }), 1);
  });
  it('is otherwise the sign of target − baseline: up, down, or none where they are equal', () => {
    assert.equal(directionOf(kpi['5-3-2']), 1);
    assert.equal(directionOf(kpi['4-4-1']), -1);
    assert.equal(directionOf(kpi['5-3-3']), 0);
  });
});

describe('S: the target met under its condition', () => {
  it('以上 is ≥, 以下 is ≤, 未満 is <', () => {
    assert.deepEqual(
      [60, 59.9].map((a) => meetsTarget(kpi['4-1-1'], a)),
      [true, false],
    );
    assert.deepEqual(
      [95, 94, 95.1].map((a) => meetsTarget(kpi['5-5-1'], a)),
      [true, true, false],
    );
    assert.deepEqual(
      [6.99, 7, 7.01].map((a) => meetsTarget(kpi['4-1-2'], a)),
      [true, false, false],
    );
  });
  it('no condition: reached or passed in the direction', () => {
    assert.deepEqual(
      [100000, 100001, 99999].map((a) => meetsTarget(kpi['5-3-2'], a)),
      [true, true, false],
    );
    assert.deepEqual(
      [20, 19.9, 20.1].map((a) => meetsTarget(kpi['4-4-1'], a)),
      [true, true, false],
    );
    assert.deepEqual(
      [100000, 100001, 20, 19.9].map((a, k) => grade(k < 2 ? kpi['5-3-2'] : kpi['4-4-1'], a)),
      ['S', 'S', 'S', 'S'],
    );
  });
  it('a met target is S whatever its rate (61 for 60以上: rate 1.09)', () => {
    const g = gradeOf(kpi['4-1-1'], 61);
    assert.equal(g.grade, 'S');
    assert.ok(g.progressRate! > 1);
  });
});

describe('A, B, C: the progress rate against ±0.1, exactly', () => {
  it('progressRate = (actual − baseline) / (target − baseline), the double nearest the exact quotient', () => {
    // 2.7 / 10.7 = 27/107 exactly; the naive float expression is another double.
    assert.equal(progressRateOf(kpi['4-1-1'], 52), 27 / 107);
    assert.notEqual((52 - 49.3) / (60 - 49.3), 27 / 107);
    assert.equal(progressRateOf(kpi['4-1-2'], 10.5), -8 / 27);
    assert.equal(progressRateOf(kpi['4-4-1'], 30), 216 / 316);
  });
  it('a rate of exactly 0.1 is A and exactly −0.1 is C, where floating point would say B', () => {
    // 4-1-2: 9.7 − 0.27 = 9.43, rate −0.27 / −2.7 = 0.1; 4-4-1: 51.6 + 3.16 = 54.76, rate 3.16 / −31.6 = −0.1.
    assert.ok((9.43 - 9.7) / (7 - 9.7) < 0.1, 'the naive float rate falls below 0.1');
    assert.ok((54.76 - 51.6) / (20 - 51.6) > -0.1, 'the naive float rate lies above −0.1');
    assert.deepEqual(gradeOf(kpi['4-1-2'], 9.43), { grade: 'A', progressRate: 0.1, direction: -1, met: false, targetAgainstDirection: false });
    assert.deepEqual(gradeOf(kpi['4-4-1'], 54.76), { grade: 'C', progressRate: -0.1, direction: -1, met: false, targetAgainstDirection: false });
    // 4-1-1: 49.3 ± 1.07
    assert.deepEqual(
      [50.37, 48.23].map((a) => [grade(kpi['4-1-1'], a), progressRateOf(kpi['4-1-1'], a)]),
      [
        ['A', 0.1],
        ['C', -0.1],
      ],
    );
  });
  it('just under 0.1 and at the baseline is B; anything worse than the baseline is C, however little (issue 22)', () => {
    assert.deepEqual(
      [50.36, 49.3, 49.29, 49, 48.24].map((a) => grade(kpi['4-1-1'], a)),
      ['B', 'B', 'C', 'C', 'C'],
    );
    assert.ok(progressRateOf(kpi['4-1-1'], 49.29)! < 0);
    // Down-going: 4-1-2 (9.7 → 7.0未満) at 9.7 is B, at 9.71 C.
    assert.deepEqual(
      [9.7, 9.71].map((a) => grade(kpi['4-1-2'], a)),
      ['B', 'C'],
    );
  });
  it('down-going KPIs grade the same way (4-4-1: 51.6 → 20)', () => {
    assert.deepEqual(
      [30, 50, 55].map((a) => grade(kpi['4-4-1'], a)),
      ['A', 'B', 'C'],
    );
  });
});

describe('hold a level: target = baseline', () => {
  it('has no progress rate, and is S if met, else C (5-3-3: 25 → 25, no condition: only 25 meets it)', () => {
    assert.equal(progressRateOf(kpi['5-3-3'], 30), null);
    assert.deepEqual(
      [25, 24, 26].map((a) => gradeOf(kpi['5-3-3'], a)),
      [
        { grade: 'S', progressRate: null, direction: 0, met: true, targetAgainstDirection: false },
        { grade: 'C', progressRate: null, direction: 0, met: false, targetAgainstDirection: false },
        { grade: 'C', progressRate: null, direction: 0, met: false, targetAgainstDirection: false },
      ],
    );
  });
  it('with a condition the condition decides: 7.0未満 held is S below 7, C at 7', () => {
    const hold = { baselineValue: 7, targetValue: 7, targetCondition: '未満' } as const;
    assert.deepEqual(
      [6.9, 7].map((a) => grade(hold, a)),
      ['S', 'C'],
    );
    const atLeast = { baselineValue: 100, targetValue: 100, targetCondition: '以上' } as const;
    assert.deepEqual(
      [100, 120, 99].map((a) => grade(atLeast, a)),
      ['S', 'S', 'C'],
    );
  });
});

describe('the grade follows the target’s condition (issue 22 §12): a target against its direction', () => {
  it('5-5-1 (94.8 → 95以下): 96 → C (its rate, 6, decides nothing), 95 → S, 94 → S', () => {
    assert.deepEqual(gradeOf(kpi['5-5-1'], 96), { grade: 'C', progressRate: 6, direction: -1, met: false, targetAgainstDirection: true });
    assert.deepEqual(
      [95, 94, 94.9, 95.1].map((a) => grade(kpi['5-5-1'], a)),
      ['S', 'S', 'S', 'C'],
    );
    assert.equal(gradeOf(kpi['4-1-1'], 52).targetAgainstDirection, false);
    assert.equal(gradeOf(kpi['5-3-2'], 1).targetAgainstDirection, false, 'no condition: the direction is the slope');
  });
  it('the same for 以上 below the baseline and 未満 above it: met is S (even on the wrong side of the baseline), missed is C', () => {
    const atLeast = { baselineValue: 10, targetValue: 5, targetCondition: '以上' } as const;
    assert.deepEqual(
      [8, 12, 5, 4.9, 0].map((a) => grade(atLeast, a)),
      ['S', 'S', 'S', 'C', 'C'],
    );
    const below = { baselineValue: 7, targetValue: 8, targetCondition: '未満' } as const;
    assert.deepEqual(
      [7.5, 6, 8, 9].map((a) => grade(below, a)),
      ['S', 'S', 'C', 'C'],
    );
  });
});

// The rule as a table: condition × where the target lies × the actual. `worse` is against the direction
// from the baseline. Each row is [condition, baseline, target, actual, grade].
const combinations: [KpiGoal['targetCondition'], number, number, number, Grade][] = [
  // 以上, target above the baseline (in the direction)
  ['以上', 10, 20, 25, 'S'], // met
  ['以上', 10, 20, 15, 'A'], // missed, better than the baseline, rate 0.5
  ['以上', 10, 20, 10, 'B'], // missed, at the baseline, rate 0
  ['以上', 10, 20, 10.5, 'B'], // missed, better, rate 0.05
  ['以上', 10, 20, 9.5, 'C'], // missed, worse, rate −0.05: worse than the baseline is C (issue 22)
  ['以上', 10, 20, 9, 'C'], // missed, worse, rate −0.1
  // 以上, target = baseline (hold a level)
  ['以上', 10, 10, 12, 'S'],
  ['以上', 10, 10, 10, 'S'],
  ['以上', 10, 10, 9, 'C'], // missed = worse
  // 以上, target below the baseline (against the direction)
  ['以上', 10, 5, 12, 'S'],
  ['以上', 10, 5, 8, 'S'], // met, though worse than the baseline
  ['以上', 10, 5, 4, 'C'], // missed = worse: rate 1.2 would read as A
  // 以下, target below / equal / above (against: 5-5-1)
  ['以下', 10, 5, 4, 'S'],
  ['以下', 10, 5, 7, 'A'],
  ['以下', 10, 5, 9.8, 'B'],
  ['以下', 10, 5, 10.2, 'C'],
  ['以下', 10, 5, 12, 'C'],
  ['以下', 10, 10, 9, 'S'],
  ['以下', 10, 10, 11, 'C'],
  ['以下', 94.8, 95, 94, 'S'],
  ['以下', 94.8, 95, 95, 'S'],
  ['以下', 94.8, 95, 96, 'C'],
  // 未満, target below / equal / above (against)
  ['未満', 9.7, 7, 6.9, 'S'],
  ['未満', 9.7, 7, 7, 'A'], // rate 1, but 未満 is not met
  ['未満', 9.7, 7, 9.65, 'B'],
  ['未満', 9.7, 7, 9.75, 'C'],
  ['未満', 9.7, 7, 10.5, 'C'],
  ['未満', 7, 7, 6.9, 'S'],
  ['未満', 7, 7, 7, 'C'], // hold a level: missed, at the baseline
  ['未満', 7, 7, 8, 'C'],
  ['未満', 7, 8, 7.5, 'S'],
  ['未満', 7, 8, 8, 'C'],
  ['未満', 7, 8, 9, 'C'],
  // no condition: the direction is the slope; a target never lies against it
  [null, 0, 100000, 100001, 'S'],
  [null, 0, 100000, 50000, 'A'],
  [null, 0, 100000, 1, 'B'],
  [null, 0, 100000, -1, 'C'],
  [null, 0, 100000, -20000, 'C'],
  [null, 51.6, 20, 19.9, 'S'],
  [null, 51.6, 20, 30, 'A'],
  [null, 51.6, 20, 51, 'B'],
  [null, 51.6, 20, 52, 'C'],
  [null, 51.6, 20, 55, 'C'],
  [null, 25, 25, 25, 'S'],
  [null, 25, 25, 24, 'C'],
  [null, 25, 25, 26, 'C'],
];

describe('every combination: condition × target against, on or with its direction × actual met, better, equal or worse', () => {
  for (const [targetCondition, baselineValue, targetValue, actual, expected] of combinations) {
    it(`${baselineValue} → ${targetValue}${targetCondition ?? ''}: ${actual} is ${expected}`, () => {
      assert.equal(grade({ baselineValue, targetValue, targetCondition }, actual), expected);
    });
  }
  it('an A is always better than the baseline, and a missed target against its direction always worse: any baseline, target and actual', () => {
    const decimal = fc.integer({ min: -200000, max: 200000 }).map((n) => n / 100);
    fc.assert(
      fc.property(decimal, decimal, decimal, fc.constantFrom('以上', '以下', '未満', null), (b, t, a, c) => {
        const goal = { baselineValue: b, targetValue: t, targetCondition: c };
        const g = gradeOf(goal, a);
        const gain = (a - b) * g.direction; // > 0: better than the baseline in the direction
        if (g.grade === 'A' && !(gain > 0)) return false;
        if (g.targetAgainstDirection && !g.met) return gain < 0 && g.grade === 'C';
        return true;
      }),
      { seed: 20261207, numRuns: 3000 },
    );
  });
});

describe('exact arithmetic', () => {
  it('reads a number as the decimal it prints as, exponents included', () => {
    assert.deepEqual(exactOf(49.3), { n: 493n, scale: 1 });
    assert.deepEqual(exactOf(1e-7), { n: 1n, scale: 7 });
    assert.deepEqual(exactOf(1.5e21), { n: 1500000000000000000000n, scale: 0 });
    assert.deepEqual(exactOf(-0), { n: 0n, scale: 0 });
    assert.throws(() => exactOf(Number.NaN), RangeError);
  });
  it('rounds a quotient of integers to the nearest double, as IEEE division of exact integers does', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.maxSafeInteger().filter((q) => q !== 0),
        (p, q) => quotient(BigInt(p), BigInt(q)) === p / q,
      ),
      { seed: 20261124, numRuns: 2000 },
    );
    assert.equal(quotient(0n, -5n), 0);
    assert.throws(() => quotient(1n, 0n), RangeError);
  });
});

describe('the codebook (grade_rules)', () => {
  it('lists S, A, B, C in order, with the bounds 0 and 0.1 of the rule', () => {
    assert.deepEqual(
      gradeRules.map((r) => r.grade),
      [...grades],
    );
    const bounds = Object.fromEntries(
      gradeRules.map((r) => [r.grade, [r.progressRateMin, r.progressRateMinInclusive, r.progressRateMax, r.progressRateMaxInclusive, r.holdLevel]]),
    );
    assert.deepEqual(bounds, {
      S: [null, null, null, null, true],
      A: [0.1, true, null, null, false],
      B: [0, true, 0.1, false, false],
      C: [null, null, 0, false, true],
    });
  });
  it('gives the rule’s grade when applied to the published rate: any baseline, target and actual', () => {
    // A reader holding the published progressRate, whether the target was met, whether it lies against its
    // condition's direction (from the KPI's baseline, target and condition) and the codebook.
    const fromCodebook = (rate: number | null, met: boolean, against: boolean): Grade => {
      if (met) return 'S';
      if (against) return 'C'; // the criterion of C says so; the rate bounds do not apply there
      const candidates = gradeRules.filter((r) => r.grade !== 'S' && (rate === null ? r.holdLevel : true));
      const inBounds = (r: (typeof gradeRules)[number]) =>
        rate === null ||
        ((r.progressRateMin === null || (r.progressRateMinInclusive ? rate >= r.progressRateMin : rate > r.progressRateMin)) &&
          (r.progressRateMax === null || (r.progressRateMaxInclusive ? rate <= r.progressRateMax : rate < r.progressRateMax)));
      const found = candidates.filter(inBounds);
      assert.equal(found.length, 1, `rate ${rate} falls in ${found.length} grades`);
      return found[0]!.grade;
    };
    const decimal = fc.integer({ min: -200000, max: 200000 }).map((n) => n / 100);
    fc.assert(
      fc.property(decimal, decimal, decimal, fc.constantFrom('以上', '以下', '未満', null), (b, t, a, c) => {
        const g = gradeOf({ baselineValue: b, targetValue: t, targetCondition: c }, a);
        return g.grade === fromCodebook(g.progressRate, g.met, g.targetAgainstDirection);
      }),
      { seed: 20261124, numRuns: 3000 },
    );
  });
  it('says in words, in Japanese and English, that a target against its direction missed is C whatever its rate', () => {
    const c = gradeRules.find((r) => r.grade === 'C')!;
    assert.match(c.criterion, /目標値が条件の方向と逆の側にある.*進捗率（1を超える）によらずC/);
    assert.match(c.criterionEn, /against the direction its condition gives.*C whatever its progressRate/);
    for (const r of gradeRules.filter((g) => g.grade === 'A' || g.grade === 'B')) assert.match(r.criterion, /目標値が基準値から見て方向.*の側にあり/, r.grade);
  });
  it('the KPIs above are the plan’s', async () => {
    const published = JSON.parse(readFileSync(join(await freshDist(), '062022_indicators.json'), 'utf8')) as {
      id: string;
      baselineValue: number;
      targetValue: number;
      targetCondition: string | null;
    }[];
    for (const [code, goal] of Object.entries(kpi)) {
      const k = published.find((p) => p.id === `kpi-${code}`)!;
      assert.deepEqual({ baselineValue: k.baselineValue, targetValue: k.targetValue, targetCondition: k.targetCondition }, goal, code);
    }
  });
});
