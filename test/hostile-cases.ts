// The pathological repetitions of issue 6, shared by test/hostile-input.test.ts (which checks that their
// cost grows linearly from n to 4n) and `npm run bench` (which times them, up to the size limit).
const MB = 1024 * 1024;

export interface RepetitionCase {
  what: string;
  /** The seed with the thing repeated n times. */
  make: (n: number) => string;
  /** The test's n (4n stays within the 10 MB limit). */
  n: number;
  /** What the build does with it: rejected (an error), parsed, or either (depends on where the copies fall). */
  outcome: 'parsed' | 'rejected' | 'either';
}

export const repetitionCases = (seed: string): RepetitionCase[] => [
  { what: 'a single line of “a” (no heading at all)', make: (n) => 'a'.repeat(n), n: 1 * MB, outcome: 'rejected' },
  {
    what: 'a line of spaces behind a page heading, inside the seed',
    make: (n) => {
      const lines = seed.split('\n');
      lines.splice(2400, 0, `施策 4-1 ${' '.repeat(n)}x`);
      return lines.join('\n');
    },
    n: 1 * MB,
    outcome: 'either',
  },
  { what: 'a policy page heading 「施策1-1 x」 (third chapter)', make: (n) => `${seed}\n${'施策1-1 x\n'.repeat(n)}`, n: 12_500, outcome: 'rejected' },
  {
    what: 'a goal heading 「1 x」 (second chapter)',
    make: (n) => seed.replace('第２章 施策体系', `第２章 施策体系\n${'1 x\n'.repeat(n)}`),
    n: 15_000,
    outcome: 'rejected',
  },
  {
    what: 'a policy heading 「1-1 x」 (second chapter)',
    make: (n) => seed.replace('第２章 施策体系', `第２章 施策体系\n${'1-1 x\n'.repeat(n)}`),
    n: 15_000,
    outcome: 'rejected',
  },
  { what: 'a block heading 「■成果指標」', make: (n) => `${seed}\n${'■成果指標\n'.repeat(n)}`, n: 5_000, outcome: 'either' },
  { what: 'a one-character line after the last page', make: (n) => `${seed}\n${'1\n'.repeat(n)}`, n: 8_000, outcome: 'either' },
  {
    what: 'a number line inside a KPI row (its department never ends)',
    make: (n) => {
      const lines = seed.split('\n');
      const at = lines.findIndex((l, k) => k > lines.findIndex((x) => /■\s*成果指標/.test(x)) && /^\s*[0-9]/.test(l));
      return [...lines.slice(0, at + 1), '1\n'.repeat(n - 1) + '1', ...lines.slice(at + 1)].join('\n');
    },
    n: 5_000,
    outcome: 'either',
  },
];
