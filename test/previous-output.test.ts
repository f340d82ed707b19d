// Issue 22 §11: a changed meaning is named at build time. The build compares what it built with the output it
// replaces (release/replaced-output.ts, on the release diff) and names, as a warning at the line of the new
// text, every ID whose record now means something else, the records gone, and every list delimited by line
// breaks alone whose count changed. On stderr only: the published bytes never depend on what was there before.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { collect, type Diagnostic } from '../pipeline/diagnostics.ts';
import type { Model } from '../pipeline/model/build.ts';
import { compareWithPrevious } from '../pipeline/release/replaced-output.ts';
import { snapshotOfFiles } from '../pipeline/release/snapshot.ts';
import { root, runCli, snapshot } from './helpers.ts';
import { committedRead, edit, listed, read, seed } from './next-text-support.ts';
import { rewrap } from './rewrap.ts';

/** A model's tables as the JSON files of a build hold them. */
const filesOf = (model: Model): Map<string, string> =>
  new Map(Object.entries(model.tables).map(([name, rows]) => [`062022_${name}.json`, JSON.stringify(rows)]));

/** What the build says when `text` replaces the output of the committed text. */
const comparedWithCommitted = (text: string): Diagnostic[] => {
  const edited = read(text);
  assert.ok(edited.model, listed(edited.errors));
  return collect((report) =>
    compareWithPrevious(snapshotOfFiles('dist', filesOf(committedRead().model!)), snapshotOfFiles('dist', filesOf(edited.model!)), 'plan.txt', 'dist', report),
  ).diagnostics;
};
const said = (diagnostics: readonly Diagnostic[], rule: string, id: string): Diagnostic | undefined =>
  diagnostics.find((d) => d.ruleId === rule && d.recordIds?.includes(id));

// 5-3's KPIs: ふるさと納税申込件数 (2075), シティプロモーションサイトの訪問回数 (2077), お試し暮らし体験事業の参加者数 (2079).
const kpiDeleted = edit({ 2077: 'シティプロモーションサイトの訪問回数 0 件 100,000 件 魅力推進課' }, (l) => l.splice(2076, 2));

describe('the build names what it changes in the output it replaces', () => {
  it('a KPI row deleted: kpi-5-3-2 now names the next row — named at that row’s line; kpi-5-3-3 is gone — named', () => {
    const d = comparedWithCommitted(kpiDeleted);
    const moved = said(d, 'cli:meaning-changed', 'kpi-5-3-2');
    assert.ok(moved, listed(d));
    assert.equal(moved.severity, 'warning');
    assert.equal(moved.line, 2077, 'the line お試し暮らし体験事業の参加者数 now stands on');
    assert.match(moved.reason, /シティプロモーションサイトの訪問回数」 → 「お試し暮らし体験事業の参加者数/);
    assert.match(moved.reason, /was kpi-5-3-3/);
    assert.ok(said(d, 'cli:record-removed', 'kpi-5-3-3'), listed(d));
  });
  it('the same text: nothing to say', () => {
    assert.deepEqual(comparedWithCommitted(seed), []);
  });
  it('a KPI’s baseline and target swapped: named, though no label moved', () => {
    const d = comparedWithCommitted(
      edit({ 1259: '民生委員・児童委員の充足率 95.5％ 100％ 社会福祉課' }, (l) => (l[1258] = '民生委員・児童委員の充足率 100％ 95.5％ 社会福祉課')),
    );
    const swap = said(d, 'cli:meaning-changed', 'kpi-4-3-1');
    assert.ok(swap, listed(d));
    assert.match(swap.reason, /baselineValue and targetValue exchanged \(95\.5 ↔ 100\)/);
    assert.equal(swap.line, 1259);
  });
  it('the project section re-wrapped narrower: the actions cut in two are named, as changed meanings and as lists whose count changed', () => {
    const d = comparedWithCommitted(rewrap(seed, 30, 'all', false));
    const counted = d.filter((x) => x.ruleId === 'cli:list-count-changed');
    assert.ok(
      counted.some((x) => /initiative-1-1 【施策 1-1-1】/.test(x.reason)),
      listed(d),
    );
    assert.ok(
      d.some((x) => x.ruleId === 'cli:meaning-changed' && x.recordIds?.[0]?.startsWith('project-item-')),
      listed(d),
    );
  });
  it('a related plan split where a line broke at the space inside its name (which the text cannot tell): the count of 5-5’s plans is named', () => {
    const d = comparedWithCommitted(
      edit({ 2358: '公共施設等総合管理計画 個別施設計画' }, (l) => l.splice(2357, 1, '公共施設等総合管理計画', '', '個別施設計画')),
    );
    assert.ok(
      d.some((x) => x.ruleId === 'cli:list-count-changed' && /policy-5-5/.test(x.reason) && /6 related plans \(one a line\) now, 5/.test(x.reason)),
      listed(d),
    );
  });
});

describe('the build CLI over its previous output', () => {
  const work = mkdtempSync(join(tmpdir(), 'plan-previous-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  it('names the changes on stderr with their lines, exits 0, and writes the same bytes as a build into a fresh folder, which says nothing', () => {
    const source = join(work, 'plan.txt');
    writeFileSync(source, kpiDeleted);
    // A fresh output (as in a fresh clone, no dist/): compared with nothing.
    const fresh = runCli(['--source', source, '--out', join(work, 'fresh')]);
    assert.equal(fresh.status, 0, fresh.stderr);
    assert.doesNotMatch(fresh.stderr, /cli:(meaning-changed|record-removed|list-count-changed)/);
    // Over the committed output.
    const out = join(work, 'out');
    cpSync(join(root, 'dist'), out, { recursive: true });
    const r = runCli(['--source', source, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const line = r.stderr.split('\n').find((l) => l.endsWith('(cli:meaning-changed)') && l.includes('kpi-5-3-2'));
    assert.ok(line, r.stderr);
    assert.match(line, /plan\.txt:2077:0 {2}warning {2}.*? ／ kpi-5-3-2 name: /);
    assert.match(r.stderr, /kpi-5-3-3.*\(cli:record-removed\)/);
    // What the build publishes does not depend on what it replaced.
    assert.deepEqual(snapshot(out), snapshot(join(work, 'fresh')));
    assert.doesNotMatch(readFileSync(join(out, 'quality-report.json'), 'utf8'), /"cli:/);
  });
});
