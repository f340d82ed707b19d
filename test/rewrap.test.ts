// Issue 22 §9: no layout constant of one PDF decides what a line means. The whole plan re-wrapped at every
// width from 20 to 120 columns (test/rewrap.ts says what an extractor re-wraps and how) reads as the same
// tables. Running text, re-flowed: the same tables cell for cell, no error. Headings and table cells too: the
// same tables, or every record that differs named by a warning at its line — a line break the text cannot
// decide (an action of a project or a related plan, which no marker delimits) is read one way and said.
// `npm test` re-wraps at every 10th width, each scope at other widths (21 readings, ~1 CPU-s); `npm run
// test:fuzz` (PLAN_FUZZ_SCALE=10, which CI runs) at every width from 20 to 120 in both scopes. The widths a
// run tries are named in each test's title.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breakCell, lineKinds, rewrap, type Scope } from './rewrap.ts';
import { changedFromCommitted, committedRead, listed, read, seed, seedLines, type RecordDiff, type Row } from './next-text-support.ts';
import { displayWidth } from '../pipeline/display-width.ts';

const scale = Number(process.env.PLAN_FUZZ_SCALE ?? '1');
/** Every width from 20 to 120 in a longer run; every 10th in npm test, from 20 + offset (the scopes try different widths). */
const widths = (offset: number): number[] => Array.from({ length: 101 }, (_, k) => 20 + k).filter((w) => scale >= 5 || (w - 20 - offset) % 10 === 0);
/** Odd widths with a blank line between the pieces a line is broken into (as this extractor writes paragraphs), even ones without. */
const styles = (w: number): boolean[] => [w % 2 === 1];

const reading = (scope: Scope, width: number, blankBetween: boolean) => {
  const text = rewrap(seed, width, scope, blankBetween);
  return { text, ...read(text) };
};

describe('the re-wrapper is a realistic extractor (test/rewrap.ts)', () => {
  it('breaks a line only where Japanese typesetting may: never before 、。）ー or small kana, never after （「【, never inside a code or a number', () => {
    const lines = breakCell('⚫ 【施策 1-1-1】結婚・妊娠（出産）支援の推進、2,100 人。', 8);
    for (const l of lines) {
      assert.ok(displayWidth(l) <= 8 || !/\s/.test(l), `${l} wider than 8`);
      assert.doesNotMatch(l, /^[、。）ー・％]/);
      assert.doesNotMatch(l, /[（「【]$/);
    }
    assert.ok(lines.some((l) => l.includes('1-1-1')) && lines.some((l) => l.includes('2,100')), lines.join('|'));
    const unspaced = (t: string) => t.replace(/\s/g, '');
    assert.equal(
      unspaced(lines.join('')),
      unspaced('⚫ 【施策 1-1-1】結婚・妊娠（出産）支援の推進、2,100 人。'),
      'nothing lost or added but a space where a line breaks',
    );
  });
  it('re-wraps running text in scope "text" and headings and cells only in scope "all"; never a chapter heading, the vision or page furniture', () => {
    const kinds = lineKinds(seedLines);
    const kindOf = (n: number) => kinds[n - 1];
    assert.equal(seedLines[76]!.trim().slice(0, 6), '若い世代の希');
    assert.equal(kindOf(77), 'text', 'a project summary');
    assert.equal(kindOf(1036), 'text', 'a ⚫ action of a pillar');
    assert.equal(kindOf(1034), 'text', 'a 【担当課】 list');
    assert.equal(kindOf(107), 'cell', 'a project action');
    assert.equal(kindOf(969), 'cell', 'a KPI row');
    assert.equal(kindOf(993), 'cell', 'a related plan');
    assert.equal(kindOf(1032), 'cell', 'a pillar heading');
    for (const n of [1, 54, 288, 563, 565, 800, 965]) assert.equal(kindOf(n), 'fixed', `line ${n}: ${seedLines[n - 1]}`);
    // At 20 columns, running text moves in both scopes, cells in "all" only.
    assert.notEqual(rewrap(seed, 20, 'text', true).split('\n').length, seedLines.length);
    assert.ok(rewrap(seed, 20, 'all', true).split('\n').length > rewrap(seed, 20, 'text', true).split('\n').length);
  });
});

describe('running text re-wrapped at another width reads as the same tables', () => {
  const ws = widths(0);
  it(`at ${ws.length === 101 ? 'every width from 20 to 120' : `widths ${ws.join(', ')}`}: every table cell for cell, and no error`, () => {
    const failures: string[] = [];
    for (const w of ws) {
      for (const blank of styles(w)) {
        const r = reading('text', w, blank);
        if (r.errors.length > 0 || !r.model) {
          failures.push(`width ${w}${blank ? ' (blank lines)' : ''}: ${listed(r.errors.slice(0, 3))}`);
          continue;
        }
        const changed = changedFromCommitted(r);
        if (changed.length > 0) failures.push(`width ${w}${blank ? ' (blank lines)' : ''}: ${JSON.stringify(changed.slice(0, 3))}`);
      }
    }
    assert.deepEqual(failures, []);
  });
});

/** The item (project-item-P-I-C) a project item's ID belongs to. */
const itemOf = (id: string): string => id.replace(/^project-item-(\d+-\d+-\d+)-\d+$/, '$1');

/**
 * A related plan written with a space inside its name, read as two plans where a line breaks at that space
 * (「公共施設等総合管理計画 個別施設計画」): each half ends like a plan's name, and a break at a space leaves
 * nothing in the text to tell them from two plans. The one reading the text cannot decide and does not name;
 * the build names it when it replaces an output (cli:list-count-changed, test/previous-output.test.ts).
 */
const splitAtSpace = (before: readonly Row[], after: readonly Row[]): boolean => {
  const a = before.map((r) => r.text as string);
  const b = after.map((r) => r.text as string);
  return (
    b.length === a.length + 1 &&
    a.some((text, k) => text === `${b[k]} ${b[k + 1]}` && [...a.slice(0, k), ...a.slice(k + 1)].join('|') === [...b.slice(0, k), ...b.slice(k + 2)].join('|'))
  );
};

describe('headings and table cells re-wrapped too: the same tables, or each difference named at its line', () => {
  const ws = widths(5);
  it(`at ${ws.length === 101 ? 'every width from 20 to 120' : `widths ${ws.join(', ')}`}: no error; a changed project action is named by a warning within its item`, () => {
    const failures: string[] = [];
    let named = 0;
    for (const w of ws) {
      for (const blank of styles(w)) {
        const r = reading('all', w, blank);
        const at = `width ${w}${blank ? ' (blank lines)' : ''}`;
        if (r.errors.length > 0 || !r.model) {
          failures.push(`${at}: ${listed(r.errors.slice(0, 3))}`);
          continue;
        }
        const items = r.model.tables.project_items as Row[];
        const related = (code: string, rows: readonly Row[]) => rows.filter((p) => p.policyId === `policy-${code}`);
        const unnamed = changedFromCommitted(r).filter((d: RecordDiff) => {
          if (d.table === 'related_plans') {
            const code = d.id.replace(/^related-plan-(\d+-\d+)-\d+$/, '$1');
            return !splitAtSpace(related(code, committedRead().model!.tables.related_plans as Row[]), related(code, r.model!.tables.related_plans as Row[]));
          }
          if (d.table !== 'project_items') return true;
          const siblings = items.filter((i) => itemOf(i.id as string) === itemOf(d.id));
          if (siblings.length === 0) return true;
          const from = Math.min(...siblings.map((s) => s.citationSourceLine as number));
          const to = Math.max(...siblings.map((s) => s.sourceLine as number)) + 2;
          const said = r.warnings.some(
            (x) => ['parse:ambiguous-line-break', 'integrity:pillar-name-mismatch'].includes(x.ruleId) && x.line >= from && x.line <= to,
          );
          if (said) named += 1;
          return !said;
        });
        if (unnamed.length > 0) failures.push(`${at}: ${JSON.stringify(unnamed.slice(0, 3))}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(named > 0, 'the narrow widths change some actions, each named');
  });
});
