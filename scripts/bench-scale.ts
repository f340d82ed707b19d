// The scale inputs of `npm run bench`: 第３章's pages repeated n times with renumbered codes, and the
// per-page stages timed on them. Run on its own (`node --import tsx scripts/bench-scale.ts N`) it processes
// the N× input once and exits, so its peak memory can be measured in a process that loads nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../pipeline/emit/csv.ts';
import { tables } from '../pipeline/tables/registry.ts';
import { parseGoalPage } from '../pipeline/parse/goal-pages.ts';
import { splitLines, type SourceLine } from '../pipeline/parse/lines.ts';
import { parsePolicyPage } from '../pipeline/parse/policy-pages.ts';
import { goalPageHeading, policyPageHeading, withoutPageFooters, type GoalPage, type PolicyPage } from '../pipeline/parse/sections.ts';
import { restated } from '../pipeline/parse/marks.ts';
import { digitsToNumber, normaliseText } from '../pipeline/parse/text.ts';
import { root } from '../pipeline/paths.ts';
import { decodeSource } from '../pipeline/read/decode.ts';
import { Reporter } from '../pipeline/diagnostics.ts';
import { readConfig, readSourceInfo } from '../pipeline/read/settings.ts';

const config = readConfig();
const source = readSourceInfo();
const seed = readFileSync(join(root, 'sources', source.file), 'utf8');

// --- scale curve -------------------------------------------------------------------------------------
const lines = seed.split('\n');
const chapter3 = lines.findIndex((l) => /第\s*[3３]\s*章\s*分野別施策/.test(l));
const pagesText = lines.slice(chapter3 + 1);
/** 第３章's pages n times; copy k renumbers every page code's goal to (goal + k) mod 9 (+1) so codes vary. */
export const scaled = (n: number): string => {
  const copies: string[] = [];
  for (let k = 0; k < n; k += 1) {
    copies.push(
      pagesText
        .map((l) =>
          l
            .replace(/^(\s*基本目標\s*)([0-9０-９])/, (_, h: string, d: string) => `${h}${((digitsToNumber(d) + k - 1) % 9) + 1}`)
            .replace(/^(\s*施策\s*)([0-9０-９])/, (_, h: string, d: string) => `${h}${((digitsToNumber(d) + k - 1) % 9) + 1}`),
        )
        .join('\n'),
    );
  }
  return [...lines.slice(0, chapter3 + 1), ...copies].join('\n');
};
export const perPageStages = (bytes: Uint8Array) => {
  const report = new Reporter();
  const text = decodeSource(bytes, { file: 'bench.txt', maxBytes: Number.MAX_SAFE_INTEGER }, report);
  const all = withoutPageFooters(splitLines(text, 'bench.txt', report));
  const goalPages: GoalPage[] = [];
  const policyPages: PolicyPage[] = [];
  let start: { i: number; l: SourceLine; g?: RegExpExecArray; p?: RegExpExecArray } | undefined;
  const close = (end: number) => {
    if (!start) return;
    const body = all.slice(start.i + 1, end);
    if (start.g) goalPages.push({ goal: digitsToNumber(start.g[1]!), name: start.g[2]!, heading: start.l, lines: body, endsFile: false });
    else if (start.p)
      policyPages.push({
        goal: digitsToNumber(start.p[1]!),
        policy: digitsToNumber(start.p[2]!),
        name: start.p[3]!,
        heading: start.l,
        lines: body,
        endsFile: false,
      });
  };
  all.forEach((l, i) => {
    const g = goalPageHeading.exec(l.text);
    const p = g ? null : policyPageHeading.exec(l.text);
    if (g || p) {
      close(i);
      start = { i, l, ...(g ? { g } : {}), ...(p ? { p } : {}) };
    }
  });
  close(all.length);
  const goals = goalPages.map((p) => parseGoalPage(p, 'bench.txt', report));
  const policies = policyPages.map((p) => parsePolicyPage(p, 'bench.txt', report));
  // Validate and emit what the pages hold, as rows of the indicators table.
  const indicatorRows = policies.flatMap((p) => p.indicators);
  const schema = tables.pillar_actions.schema;
  const actionRows = policies.flatMap((p) =>
    p.pillars.flatMap((pillar) =>
      pillar.actions.map((a, j) => ({
        municipalityCode: config.municipality.code,
        id: `pillar-action-${p.goal}-${p.policy}-${pillar.number}-${j + 1}`,
        municipalityName: config.municipality.name,
        pillarId: `pillar-${p.goal}-${p.policy}-${pillar.number}`,
        order: j + 1,
        ...restated(normaliseText(a.raw)),
        sourceLine: a.line,
      })),
    ),
  );
  const valid = actionRows.filter((r) => schema.safeParse(r).success).length;
  const csv = toCsv(schema, actionRows);
  return { pages: goals.length + policies.length, indicators: indicatorRows.length, actions: actionRows.length, valid, csvBytes: csv.length };
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  perPageStages(Buffer.from(scaled(Number(process.argv[2] ?? '1')), 'utf8'));
}
