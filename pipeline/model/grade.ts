// The grade rule of KPI progress, in one place: direction, whether the target is met, the progress rate
// (actual − baseline) / (target − baseline) and the grade S/A/B/C. Pure, and exact: values are compared
// and divided as the decimals they are written as, so a rate of exactly 0.1 is A, never B by rounding.
// The grade follows the target's condition (issue 22 §12): an actual that misses the target and is worse
// than the baseline in the direction is C, whatever its rate — where the target lies against the direction
// its condition gives (95以下 above a baseline of 94.8) that is every actual that misses it, whose rate
// (above 1) would otherwise read as progress.
// The codebook (`gradeRules`) is what the grade_rules table, the vocabulary and docs/kpi-progress.md publish.
import type { Condition } from '../parse/indicators.ts';
import { gradeLetters } from '../tables/grade-rules.ts';

export const grades = gradeLetters;
export type Grade = (typeof grades)[number];

/** +1: higher is better, −1: lower is better, 0: the plan states neither (no condition, target = baseline). */
export type Direction = 1 | -1 | 0;

/** What a KPI's row of the plan says about its goal: the model's `indicators` columns. */
export interface KpiGoal {
  baselineValue: number;
  targetValue: number;
  targetCondition: Condition | null;
}

export interface Graded {
  grade: Grade;
  /** (actual − baseline) / (target − baseline): the double nearest the exact quotient; null where target = baseline. */
  progressRate: number | null;
  direction: Direction;
  /** The target is met under its condition. */
  met: boolean;
  /**
   * The target lies against the direction its condition gives (95以下 above a baseline of 94.8): the rate
   * then grows as the actual moves away from the condition, so it decides no grade — S if met, else C.
   */
  targetAgainstDirection: boolean;
}

// ── exact decimals ───────────────────────────────────────────────────────────────────────────────

/** value = n / 10^scale */
interface Exact {
  n: bigint;
  scale: number;
}

/** A finite number as the decimal it prints as (49.3 → 493/10; 1e-7 → 1/10^7). */
export const exactOf = (value: number): Exact => {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!m) throw new RangeError(`${value} has no decimal form`);
  const [, sign, whole, fraction = '', exponent = '0'] = m;
  const digits = BigInt(`${whole}${fraction}`) * (sign === '-' ? -1n : 1n);
  const scale = fraction.length - Number(exponent);
  return scale >= 0 ? { n: digits, scale } : { n: digits * 10n ** BigInt(-scale), scale: 0 };
};

const aligned = (a: Exact, b: Exact): [bigint, bigint] => {
  const scale = Math.max(a.scale, b.scale);
  return [a.n * 10n ** BigInt(scale - a.scale), b.n * 10n ** BigInt(scale - b.scale)];
};

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
const compare = (a: number, b: number): Direction => {
  const [x, y] = aligned(exactOf(a), exactOf(b));
  return x < y ? -1 : x > y ? 1 : 0;
};

const sign = (n: bigint): Direction => (n < 0n ? -1 : n > 0n ? 1 : 0);
const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/**
 * The double nearest num/den (den ≠ 0). Sixty significant digits and a sticky digit for any remainder
 * round exactly as the quotient itself would: a quotient of decimals this short cannot lie that close to
 * a midpoint between two doubles.
 */
export const quotient = (num: bigint, den: bigint): number => {
  if (den === 0n) throw new RangeError('division by zero');
  if (num === 0n) return 0;
  const negative = sign(num) * sign(den) < 0;
  let p = abs(num);
  const q = abs(den);
  // Scale so that p/q has at least 60 digits before the point, then read them off.
  let shift = 0;
  while (p < q * 10n ** 60n) {
    p *= 10n;
    shift += 1;
  }
  const digits = p / q;
  const sticky = p % q === 0n ? '' : '1';
  const text = `${digits}${sticky}e-${shift + sticky.length}`;
  return (negative ? -1 : 1) * Number(text);
};

// ── the rule ─────────────────────────────────────────────────────────────────────────────────────

/** Up for 以上, down for 以下 and 未満, otherwise the sign of target − baseline. */
export const directionOf = (goal: KpiGoal): Direction => {
  if (goal.targetCondition === '以上') return 1;
  if (goal.targetCondition === '以下' || goal.targetCondition === '未満') return -1;
  return compare(goal.targetValue, goal.baselineValue);
};

/** 以上: actual ≥ target, 以下: ≤, 未満: <; no condition: reached or passed in the direction (direction 0: reached). */
export const meetsTarget = (goal: KpiGoal, actual: number): boolean => {
  const c = compare(actual, goal.targetValue);
  switch (goal.targetCondition) {
    case '以上':
      return c >= 0;
    case '以下':
      return c <= 0;
    case '未満':
      return c < 0;
    case null: {
      const d = directionOf(goal);
      return c === 0 || (d !== 0 && c === d);
    }
  }
};

/** The exact quotient (actual − baseline) / (target − baseline) as [numerator, denominator]; undefined where target = baseline. */
const rateParts = (goal: KpiGoal, actual: number): [bigint, bigint] | undefined => {
  const a = exactOf(actual);
  const b = exactOf(goal.baselineValue);
  const t = exactOf(goal.targetValue);
  const scale = Math.max(a.scale, b.scale, t.scale);
  const at = (x: Exact) => x.n * 10n ** BigInt(scale - x.scale);
  const den = at(t) - at(b);
  return den === 0n ? undefined : [at(a) - at(b), den];
};

export const progressRateOf = (goal: KpiGoal, actual: number): number | null => {
  const parts = rateParts(goal, actual);
  return parts ? quotient(...parts) : null;
};

/** The rate compared with ±1/10, exactly: 1 when rate ≥ 0.1, −1 when rate ≤ −0.1, 0 in between. */
const band = ([num, den]: [bigint, bigint]): Direction => {
  // rate ≥ 1/10 ⇔ 10·num/den ≥ 1 ⇔ 10·num·sgn(den) ≥ |den|
  const scaled = 10n * num * BigInt(sign(den));
  if (scaled >= abs(den)) return 1;
  if (scaled <= -abs(den)) return -1;
  return 0;
};

/**
 * S — the target is met under its condition. Otherwise C where the actual is worse than the baseline in the
 * direction (issue 22 §12; with the target in the direction that is progressRate < 0, against it every
 * missed actual) or where target = baseline (hold a level: no rate); else A if progressRate ≥ 0.1, B below.
 */
export const gradeOf = (goal: KpiGoal, actual: number): Graded => {
  const direction = directionOf(goal);
  const met = meetsTarget(goal, actual);
  const parts = rateParts(goal, actual);
  const progressRate = parts ? quotient(...parts) : null;
  const slope = compare(goal.targetValue, goal.baselineValue);
  const targetAgainstDirection = goal.targetCondition !== null && slope !== 0 && slope !== direction;
  // Worse than the baseline in the direction: the actual lies beyond the baseline on the side away from
  // where the direction points (direction 0 is a held level, decided above by `parts` being undefined).
  const worse = compare(actual, goal.baselineValue) === -direction && direction !== 0;
  const grade: Grade = met ? 'S' : !parts || worse ? 'C' : band(parts) > 0 ? 'A' : 'B';
  return { grade, progressRate, direction, met, targetAgainstDirection };
};

// ── the codebook ─────────────────────────────────────────────────────────────────────────────────

export interface GradeRule {
  grade: Grade;
  /** Short Japanese name of the grade. */
  name: string;
  nameEn: string;
  /** The rule as a sentence, in Japanese and in English. */
  criterion: string;
  criterionEn: string;
  /** Bounds on progressRate for the grades decided by it; null for S (decided by the target). */
  progressRateMin: number | null;
  progressRateMinInclusive: boolean | null;
  progressRateMax: number | null;
  progressRateMaxInclusive: boolean | null;
  /** Whether the grade is given where target = baseline (hold a level): S if met, else C. */
  holdLevel: boolean;
}

export const gradeRules: readonly GradeRule[] = [
  {
    grade: 'S',
    name: '目標達成',
    nameEn: 'target met',
    criterion:
      '実績値が目標値をその条件どおりに満たす（以上: 実績値 ≥ 目標値、以下: 実績値 ≤ 目標値、未満: 実績値 < 目標値、条件なし: 方向に沿って目標値に到達または超過。方向は目標値 − 基準値の符号で、0のときは目標値と等しい場合のみ）。目標値 = 基準値（水準の維持）のときも同じ。',
    criterionEn:
      'The actual meets the target under its condition (以上: actual ≥ target, 以下: actual ≤ target, 未満: actual < target; no condition: the target reached or passed in the direction, the sign of target − baseline, or, where that is 0, the target reached exactly). The same where target = baseline (hold a level).',
    progressRateMin: null,
    progressRateMinInclusive: null,
    progressRateMax: null,
    progressRateMaxInclusive: null,
    holdLevel: true,
  },
  {
    grade: 'A',
    name: '前進',
    nameEn: 'progressing',
    criterion:
      '目標未達成で、目標値が基準値から見て方向（以上: 上、以下・未満: 下、条件なし: 目標値 − 基準値の符号）の側にあり、進捗率 = (実績値 − 基準値) / (目標値 − 基準値) が0.1以上。',
    criterionEn:
      'Target not met, the target lies on the side of the baseline its direction points to (up for 以上, down for 以下 and 未満, otherwise the sign of target − baseline), and progressRate = (actual − baseline) / (target − baseline) ≥ 0.1.',
    progressRateMin: 0.1,
    progressRateMinInclusive: true,
    progressRateMax: null,
    progressRateMaxInclusive: null,
    holdLevel: false,
  },
  {
    grade: 'B',
    name: '横ばい',
    nameEn: 'no clear change',
    criterion: '目標未達成で、目標値が基準値から見て方向の側にあり、実績値が基準値より方向に反する側にない（進捗率が0以上0.1未満）。',
    criterionEn:
      'Target not met, the target lies on the side of the baseline its direction points to, and the actual is not worse than the baseline in that direction: 0 ≤ progressRate < 0.1.',
    progressRateMin: 0,
    progressRateMinInclusive: true,
    progressRateMax: 0.1,
    progressRateMaxInclusive: false,
    holdLevel: false,
  },
  {
    grade: 'C',
    name: '後退',
    nameEn: 'moving away',
    criterion:
      '目標未達成で、次のいずれか。実績値が基準値より方向に反する側にある（目標値が基準値から見て方向の側にあれば、進捗率が0未満）。目標値 = 基準値（水準の維持。進捗率は空）。目標値が条件の方向と逆の側にある（94.8％ → 95％以下など）: 目標に届かない実績値はいつも基準値より方向に反する側にあるので、進捗率（1を超える）によらずC。',
    criterionEn:
      'Target not met, and one of: the actual is worse than the baseline in the direction (where the target lies on the side of the baseline its direction points to: progressRate < 0); target = baseline (hold a level; progressRate empty); the target lies against the direction its condition gives (94.8 → 95以下): an actual that misses it always lies beyond the baseline on the wrong side, so it is C whatever its progressRate (above 1).',
    progressRateMin: null,
    progressRateMinInclusive: null,
    progressRateMax: 0,
    progressRateMaxInclusive: false,
    holdLevel: true,
  },
];
