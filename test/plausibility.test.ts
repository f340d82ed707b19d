// Careless edits of the plan text (issue 9, "wrong data published with exit 0"): each test makes the real
// one-line edit of the committed text and builds it in-process. Every edit must either give the same data
// or be named by a located diagnostic — its rule, its line and the records it concerns.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { BuildResult } from '../pipeline/build.ts';
import type { Diagnostic } from '../pipeline/diagnostics.ts';
import { departmentSuffixes } from '../pipeline/parse/department-names.ts';
import { diffSnapshots } from '../pipeline/release/diff.ts';
import { diffMarkdown } from '../pipeline/release/diff-markdown.ts';
import { releaseNotes } from '../pipeline/release/notes.ts';
import { readSnapshot } from '../pipeline/release/snapshot.ts';
import { judgeBump } from '../pipeline/release/verdict.ts';
import { buildBytes, config, jsonOf, seedBuild, seedText } from './helpers.ts';

const seed = seedText();
const seedLines = seed.split('\n');
/** The text of (1-based) line n of the committed source. */
const line = (n: number): string => seedLines[n - 1]!;
/** The committed text with its lines edited (0-based array, as split). */
const edited = (edit: (lines: string[]) => void): Buffer => {
  const lines = [...seedLines];
  edit(lines);
  return Buffer.from(lines.join('\n'));
};
/** The committed text with `from` (which must occur once) replaced. */
const replaced = (from: string, to: string): Buffer => {
  assert.equal(seed.split(from).length, 2, `「${from}」 occurs once in the source`);
  return Buffer.from(seed.replace(from, to));
};
const build = (bytes: Buffer): Promise<BuildResult> => buildBytes(bytes);
/** The one diagnostic of a rule; fails listing what there was. */
const only = (r: BuildResult, ruleId: string): Diagnostic => {
  const found = r.diagnostics.filter((d) => d.ruleId === ruleId);
  assert.equal(
    found.length,
    1,
    `one ${ruleId}, got: ${JSON.stringify(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.ruleId, d.line, d.reason.slice(0, 80)]))}`,
  );
  return found[0]!;
};
const located = (d: Diagnostic, expected: { severity: Diagnostic['severity']; line: number; recordIds: string[] }) =>
  assert.deepEqual({ severity: d.severity, line: d.line, recordIds: d.recordIds }, expected, d.reason);

describe('the edits of issue 9 that published wrong data with exit 0', () => {
  it('「32,8％」 (a decimal comma) is an error at its line, not the baseline 328', async () => {
    assert.match(line(1947), /32\.8％/);
    const r = await build(replaced('32.8％', '32,8％'));
    assert.equal(r.ok, false);
    const d = only(r, 'parse:digit-grouping');
    located(d, { severity: 'error', line: 1947, recordIds: ['kpi-5-2-2'] });
    assert.match(d.reason, /「32,8」 are not grouped by thousands/);
  });

  it('「48,7910 件」 and 「2,40,0」 are errors, not 487910 and 2400', async () => {
    const a = await build(replaced('48,791 件', '48,7910 件'));
    located(only(a, 'parse:digit-grouping'), { severity: 'error', line: 2075, recordIds: ['kpi-5-3-1'] });
    const b = await build(replaced('2,400 人', '2,40,0 人'));
    located(only(b, 'parse:digit-grouping'), { severity: 'error', line: 1945, recordIds: ['kpi-5-2-1'] });
  });

  it('baseline and target swapped (60％以上 as the baseline) is an error: a baseline carries no 以上', async () => {
    assert.deepEqual([line(970).trim(), line(974).trim()], ['49.3％', '60％以上']);
    const r = await build(edited((l) => ([l[969], l[973]] = [l[973]!, l[969]!])));
    const d = only(r, 'plausibility:baseline-condition');
    located(d, { severity: 'error', line: 969, recordIds: ['kpi-4-1-1'] });
    assert.match(d.reason, /「60％以上」 carries the condition 以上.*swapped/);
  });

  it('a baseline year after the target year (（R15） vs （R11）) is an error', async () => {
    assert.equal(line(972).trim(), '（R5）');
    const r = await build(edited((l) => (l[971] = '（R15） ')));
    const d = only(r, 'plausibility:fiscal-year-order');
    located(d, { severity: 'error', line: 969, recordIds: ['kpi-4-1-1'] });
    assert.match(d.reason, /baseline year R15 \(FY2033\) is after target year R11 \(FY2029\)/);
    // FY2033 is also past the plan's last year, FY2030 (sources/source.json).
    located(only(r, 'plausibility:fiscal-year-span'), { severity: 'error', line: 969, recordIds: ['kpi-4-1-1'] });
  });

  it('a header 「指標 R12 基準 R6 目標」 is an error at the header, naming the KPIs that take its years', async () => {
    assert.equal(line(967).trim(), '指標 R6 基準 R12 目標 担当課');
    const r = await build(edited((l) => (l[966] = '指標 R12 基準 R6 目標 担当課 ')));
    const d = only(r, 'plausibility:fiscal-year-order');
    located(d, { severity: 'error', line: 967, recordIds: ['kpi-4-1-1', 'kpi-4-1-2'] });
    assert.match(d.reason, /baseline year R12 \(FY2030\) after the target year R6 \(FY2024\)/);
  });

  it('KPI 4-1-1’s department line deleted: an error naming both rows, not a department 「推定一日食塩摂取量9.7ｇ…健康課」', async () => {
    assert.equal(line(977).trim(), '健康課');
    const r = await build(edited((l) => l.splice(976, 1)));
    assert.equal(r.ok, false);
    const d = only(r, 'parse:indicator-department');
    located(d, { severity: 'error', line: 974, recordIds: ['kpi-4-1-1', 'kpi-4-1-2'] });
    assert.match(d.reason, /「特定健康診査の受診率（国保）」 has no department .*「推定一日食塩摂取量」 \(line 978\) is followed by the value 「9\.7ｇ」/);
  });

  it('a stray 【担当課】 line among a pillar’s actions is an error, not glued onto the action before it', async () => {
    const r = await build(edited((l) => l.splice(1040, 0, l[1033]!)));
    const d = only(r, 'parse:stray-departments');
    located(d, { severity: 'error', line: 1041, recordIds: ['pillar-4-1-1', 'pillar-action-4-1-1-2'] });
  });

  it('a content line starting 「第２部 」 is kept as content: only the exact footer block is dropped', async () => {
    assert.equal(line(993).trim(), '第３期国民健康保険保健事業実施計画');
    const r = await build(edited((l) => (l[992] = '第２部 国民健康保険保健事業実施計画')));
    assert.ok(r.ok);
    const plans = jsonOf<{ id: string; text: string }[]>(r, '062022_related_plans.json');
    assert.equal(plans.find((p) => p.id === 'related-plan-4-1-2')!.text, '第２部 国民健康保険保健事業実施計画');
    assert.equal(plans.length, jsonOf<unknown[]>(await seedBuild(), '062022_related_plans.json').length);
  });

  it('the real footers (「第３部 前期基本計画」 then the page number) are still dropped, and a lone one is page furniture, named', async () => {
    for (const [footer, number] of [
      [563, 565],
      [916, 918],
      [2121, 2123],
    ] as const) {
      assert.equal(line(footer).trim(), '第３部 前期基本計画');
      assert.match(line(number), /^\d+ $/);
    }
    // Without its page number the 「第３部」 line on 施策 5-3's page is skipped and named, never glued to the
    // expected action before it (issue 22 §10); another line starting with 第n部 is content (glued, an error).
    const r = await build(edited((l) => l.splice(2122, 1)));
    assert.ok(r.ok);
    const furniture = only(r, 'parse:page-furniture');
    assert.deepEqual([furniture.severity, furniture.line], ['warning', 2121]);
    const glued = await build(edited((l) => l.splice(2120, 2, '第３部 前期基本計画の続き')));
    located(only(glued, 'parse:unfinished-statement'), { severity: 'error', line: 2121, recordIds: ['expected-action-5-3-2'] });
  });

  it('pillar 2’s 【担当課】 removed: an error naming the heading and the pillars, not its actions moved under pillar 1', async () => {
    assert.equal(line(1064).trim(), '【担当課】健康課');
    const r = await build(edited((l) => l.splice(1063, 1)));
    const d = only(r, 'parse:pillar-without-departments');
    located(d, { severity: 'error', line: 1062, recordIds: ['pillar-4-1-2', 'pillar-4-1-1'] });
    assert.match(d.reason, /「2 自殺予防の推進」 \(line 1062\).*its actions \(lines 1065–1071\) would be read as pillar 1's/);
  });

  it('a file cut in mid-sentence is an error, not the half sentence 「市税等の納付回数が変更になることに伴」', async () => {
    const cut = seed.indexOf('変更になることに伴') + '変更になることに伴'.length;
    const r = await build(Buffer.from(seed.slice(0, cut)));
    const d = only(r, 'parse:source-ends-mid-sentence');
    located(d, { severity: 'error', line: 2427, recordIds: ['pillar-action-5-5-2-4'] });
    assert.match(d.reason, /stops at 「市税等の納付回数が変更になることに伴」 without its 。 — is the file cut short\?/);
  });

  it('a file cut at a sentence end before its last page’s end is an error naming the pillars it loses', async () => {
    const r = await build(Buffer.from(seedLines.slice(0, 2430).join('\n')));
    located(only(r, 'pages:source-ends-early'), { severity: 'error', line: 2429, recordIds: ['pillar-5-5-3', 'pillar-5-5-4', 'pillar-5-5-5'] });
    // Cut after the last action, before the footnotes that close the page: each ※ of the page is named.
    const beforeFootnotes = await build(Buffer.from(seedLines.slice(0, 2476).join('\n')));
    const lost = beforeFootnotes.diagnostics.filter((d) => d.ruleId === 'glossary:source-ends-early');
    assert.deepEqual(
      lost.map((d) => [d.severity, d.line]),
      [
        ['error', 2346],
        ['error', 2429],
        ['error', 2431],
        ['error', 2431],
      ],
    );
  });

  it('a line lost at a page break (the end of an action) is an error at the action', async () => {
    assert.equal(line(1038).trim(), 'ます。');
    const r = await build(edited((l) => l.splice(1037, 1)));
    located(only(r, 'parse:unfinished-statement'), { severity: 'error', line: 1036, recordIds: ['pillar-action-4-1-1-1'] });
  });

  it('a stray sentence after a finished action is named in a warning', async () => {
    const r = await build(edited((l) => l.splice(1040, 0, '詳細は別に定めます。')));
    assert.ok(r.ok);
    located(only(r, 'parse:text-after-statement'), { severity: 'warning', line: 1041, recordIds: ['pillar-action-4-1-1-2'] });
  });

  it('a department that does not look like one is an error (a value, or not the plan’s 課/センター)', async () => {
    const digit = await build(edited((l) => (l[1063] = '【担当課】健康課2')));
    located(only(digit, 'plausibility:department-name'), { severity: 'error', line: 1064, recordIds: ['pillar-department-4-1-2-1'] });
    const ending = await build(edited((l) => (l[1063] = '【担当課】健康')));
    const d = only(ending, 'plausibility:department-name');
    located(d, { severity: 'error', line: 1064, recordIds: ['pillar-department-4-1-2-1'] });
    assert.match(d.reason, /does not end like the plan's department names \(…センター, …課\)/);
  });

  it('the department endings are the ones the plan’s own department names use', async () => {
    const names = jsonOf<{ name: string }[]>(await seedBuild(), '062022_departments.json').map((d) => d.name);
    const endings = new Set(names.map((n) => departmentSuffixes.find((s) => n.endsWith(s))));
    assert.ok(!endings.has(undefined), 'every department of the plan ends in one of the suffixes');
    assert.deepEqual([...endings].sort(), [...departmentSuffixes].sort());
  });
});

describe('a duplicated row: a warning naming both lines, and npm run diff demands MAJOR for the shifted ID', () => {
  const work = mkdtempSync(join(tmpdir(), 'plan-dup-'));
  after(() => rmSync(work, { recursive: true, force: true }));
  const writeBuild = (r: BuildResult, name: string): string => {
    const dir = join(work, name);
    for (const [path, content] of r.files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  };

  it('a duplicated action is a warning naming both lines and records, and the records after it, whose IDs shift', async () => {
    const r = await build(edited((l) => l.splice(1041, 0, l[1039]!, '')));
    assert.ok(r.ok);
    const d = only(r, 'plausibility:duplicate-action');
    located(d, {
      severity: 'warning',
      line: 1042,
      recordIds: [
        'pillar-action-4-1-1-2',
        'pillar-action-4-1-1-3',
        'pillar-action-4-1-1-4',
        'pillar-action-4-1-1-5',
        'pillar-action-4-1-1-6',
        'pillar-action-4-1-1-7',
      ],
    });
    assert.match(d.reason, /repeats line 1040/);
  });

  it('KPI 5-1-1 duplicated: a warning naming both lines; the diff flags kpi-5-1-2 with both names as MAJOR', async () => {
    assert.equal(line(1819).trim(), '審議会等の公募委員の割合 13％ 15％ 総務課');
    const r = await build(edited((l) => l.splice(1820, 0, l[1818]!, '')));
    assert.ok(r.ok, 'a duplicate is published, with its warning');
    const d = only(r, 'plausibility:duplicate-indicator');
    located(d, { severity: 'warning', line: 1821, recordIds: ['kpi-5-1-1', 'kpi-5-1-2', 'kpi-5-1-3'] });
    const report = jsonOf<{ entries: { ruleId: string; line: number; recordIds: string[] }[] }>(r, 'quality-report.json');
    assert.ok(
      report.entries.some((e) => e.ruleId === 'plausibility:duplicate-indicator' && e.line === 1821),
      'the warning is in the published quality report',
    );

    const diff = diffSnapshots(readSnapshot(writeBuild(await seedBuild(), 'seed')), readSnapshot(writeBuild(r, 'duplicated')));
    assert.equal(diff.requiredBump, 'major');
    const kpi = diff.tables.find((t) => t.table === 'indicators')!;
    const change = kpi.recordsChanged.find((c) => c.id === 'kpi-5-1-2')!;
    assert.deepEqual(change.meaningChanged, {
      field: 'name',
      old: '協働提案制度による提案数',
      new: '審議会等の公募委員の割合',
      why: 'moved',
      oldLabelNowAt: ['kpi-5-1-3'],
      newLabelWasAt: ['kpi-5-1-1'],
    });
    const reason = diff.reasons.find((x) => x.text.startsWith('indicators: 1 record changed meaning'))!;
    assert.equal(reason.bump, 'major');
    assert.match(reason.text, /kpi-5-1-2 name: 「協働提案制度による提案数」 → 「審議会等の公募委員の割合」/);
    const verdict = judgeBump(diff);
    assert.equal(verdict.ok, false, 'the same version cannot carry it');
    const markdown = diffMarkdown(diff, verdict);
    assert.match(markdown, /\*\*Changed meaning under the same ID\*\*/);
    assert.match(
      markdown,
      /- kpi-5-1-2 name: 「協働提案制度による提案数」 → 「審議会等の公募委員の割合」 \(「協働提案制度による提案数」 is now kpi-5-1-3; 「審議会等の公募委員の割合」 was kpi-5-1-1\)/,
    );
    const notes = releaseNotes({
      version: '2.0.0',
      municipalityCode: config.municipality.code,
      downloadBaseUrl: config.downloadBaseUrl,
      entry: { version: '2.0.0', date: '2026-12-01', body: 'x', line: 1 },
      diff: markdown,
    });
    assert.ok(notes.includes('「協働提案制度による提案数」 → 「審議会等の公募委員の割合」'), 'the release notes carry both names');
  });
});

describe('quality report and source lines (issue 9 §8)', () => {
  type Entry = { severity: string; ruleId: string; line: number; reason: string; recordIds: string[] };
  const entries = async () => jsonOf<{ entries: Entry[] }>(await seedBuild(), 'quality-report.json').entries;

  it('names the goals whose pages the text lacks (1–3: no current issues, Well-Being or KPIs)', async () => {
    const goals = (await entries()).filter((e) => e.ruleId === 'unresolved:goal-page');
    assert.deepEqual(
      goals.map((e) => [e.severity, e.recordIds, e.line]),
      [
        ['info', ['goal-1'], 420],
        ['info', ['goal-2'], 425],
        ['info', ['goal-3'], 430],
      ],
    );
    for (const e of goals) assert.match(e.reason, /本市の現状と課題 .* 地域幸福度 \(Well-Being\) .* no 成果指標/);
  });

  it('names the 16 policies without a page (no 目指す姿) and their 50 pillars (no actions or departments)', async () => {
    const policies = (await entries()).filter((e) => e.ruleId === 'unresolved:policy-page');
    assert.equal(policies.length, 16);
    const ids = policies.flatMap((e) => e.recordIds);
    assert.deepEqual(
      new Set(ids.filter((i) => i.startsWith('policy-'))),
      new Set(
        jsonOf<{ id: string; visionTitle: string | null }[]>(await seedBuild(), '062022_policies.json')
          .filter((p) => p.visionTitle === null)
          .map((p) => p.id),
      ),
    );
    const pillars = ids.filter((i) => i.startsWith('pillar-'));
    assert.equal(pillars.length, 50);
    const published = jsonOf<{ pillarId: string }[]>(await seedBuild(), '062022_pillar_actions.json').map((a) => a.pillarId);
    assert.ok(
      pillars.every((p) => !published.includes(p)),
      'none of them has an action',
    );
    assert.match(
      policies.find((e) => e.recordIds[0] === 'policy-1-1')!.reason,
      /^施策 1-1 「結婚・妊娠・出産・子育て」 has no page in 第３章 .* 目指す姿, 成果指標, .* 4 pillars \(1-1-1, 1-1-2, 1-1-3, 1-1-4\)$/,
    );
  });

  it('department 患者サポートセンター comes from line 1124, where its name starts (患者サポー / トセンター)', async () => {
    const d = jsonOf<{ name: string; sourceLine: number }[]>(await seedBuild(), '062022_departments.json').find((x) => x.name === '患者サポートセンター')!;
    assert.equal(d.sourceLine, 1124);
    assert.equal(line(1124).trim(), '患者サポー');
  });

  it('every department’s source line shows the start of its name', async () => {
    for (const d of jsonOf<{ name: string; sourceLine: number }[]>(await seedBuild(), '062022_departments.json')) {
      assert.ok(line(d.sourceLine).includes(d.name.slice(0, 3)), `${d.name}: line ${d.sourceLine} is 「${line(d.sourceLine).trim()}」`);
    }
  });

  it('every glossary usage’s source line holds its ※ (メンタルヘルス※ of pillar-action-4-1-2-2 is line 1072, not 1070)', async () => {
    const usages = jsonOf<{ id: string; recordId: string; sourceLine: number }[]>(await seedBuild(), '062022_glossary_usages.json');
    assert.equal(usages.length, 23);
    for (const u of usages) assert.ok(line(u.sourceLine).includes('※'), `${u.id}: line ${u.sourceLine} has no ※`);
    assert.equal(usages.find((u) => u.recordId === 'pillar-action-4-1-2-2')!.sourceLine, 1072);
  });
});
