// Issue 22 §10 and the next text's edits: what another extractor writes for a space, a dash, a separator or a
// bullet is read as what it stands for and said in the quality report; a table's header repeated after a page
// break is one; page furniture among the text is skipped and named. And the edits a careless editor and the
// next extractor make to the real text: each gives the same tables, or is named in an error or a warning at
// its line — never a silently changed published value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from '../pipeline/diagnostics.ts';
import { changedFromCommitted, committedRead, edit, listed, read, seed, seedLines, type Read, type RecordDiff } from './next-text-support.ts';

/** What the committed text reports already (the edits are judged by what they add). */
const before = new Set(committedRead().diagnostics.map((d) => `${d.ruleId} ${d.reason}`));
const added = (r: Read): Diagnostic[] => r.diagnostics.filter((d) => !before.has(`${d.ruleId} ${d.reason}`));

/** The same tables as the committed text's, cell for cell (source lines aside), and no error. */
const same = (text: string): Read => {
  const r = read(text);
  assert.deepEqual(r.errors, [], listed(r.errors));
  assert.deepEqual(changedFromCommitted(r), []);
  return r;
};
/** The same tables (warnings and infos aside). */
const unchanged = (r: Read): void => assert.deepEqual(changedFromCommitted(r), []);
/** A diagnostic of `rule` at `line`, with the catalogue's severity. */
const at = (r: Read, rule: string, line: number): Diagnostic => {
  const found = r.diagnostics.find((d) => d.ruleId === rule && d.line === line);
  assert.ok(found, `${rule} at line ${line}; got:\n${listed(added(r))}`);
  return found;
};
/**
 * Never silent: the edit stops the build (an error), or gives the same tables, or each record it changes is
 * named by a warning it adds (by ID, or at the record's line).
 */
const neverSilent = (r: Read): RecordDiff[] => {
  if (r.errors.length > 0) return [];
  const changed = changedFromCommitted(r);
  const warnings = added(r).filter((d) => d.severity === 'warning');
  const lines = new Map<string, number>();
  for (const [table, rows] of Object.entries(r.model!.tables))
    for (const row of rows as Record<string, unknown>[]) lines.set(`${table} ${String(row.id)}`, row.sourceLine as number);
  // A glossary usage (term-usage-<record>-<k>) is named with the record it belongs to, or by the footnote that lost its ※.
  const owner = (c: RecordDiff): string | undefined => /^term-usage-(.+)-\d+$/.exec(c.id)?.[1];
  const unnamed = changed.filter(
    (c) =>
      !warnings.some(
        (w) =>
          w.recordIds?.includes(c.id) ||
          w.line === lines.get(`${c.table} ${c.id}`) ||
          (c.table === 'glossary_usages' && (w.recordIds?.includes(owner(c)!) || w.ruleId === 'pages:footnote-unmarked')),
      ),
  );
  assert.deepEqual(unnamed, [], `changed without a word:\n${JSON.stringify(unnamed, null, 1)}\nwarnings:\n${listed(warnings)}`);
  return changed;
};

describe('normalised at the edge, and said: spaces, dashes, separators, bullets', () => {
  it('no-break, em and ideographic spaces and tabs in codes, KPI rows and lists read as spaces; one info names them and their lines', () => {
    const r = same(
      edit(
        {
          497: ' 1-1-1　結婚・妊娠・出産支援の推進 1-1-2　こども・子育て支援の推進 1-1-3　配慮が必要な家庭に対する支援の推進',
          1504: '通いの場の設置数 40 か所 74 か所 高齢福祉課',
        },
        (l) => {
          l[496] = l[496]!.replace('1-1-1\u3000', '1-1-1\u00A0').replace('1-1-2\u3000', '1-1-2\u2003').replace(' 1-1-3', '\t1-1-3');
          l[1503] = '通いの場の設置数\t40\u00A0か所\t74\u2002か所\t高齢福祉課';
          l[1033] = l[1033]!.replace('健康課、', '健康課、\u00A0');
        },
      ),
    );
    const info = at(r, 'parse:normalised-space', 294);
    assert.equal(info.severity, 'info');
    assert.match(info.reason, /U\+00A0 \(no-break space\) ×3/);
    assert.match(info.reason, /U\+2003 \(em space\) ×1/);
    assert.match(info.reason, /U\+0009 \(tab\) ×4/);
    assert.match(info.reason, /496–497/);
    assert.match(info.reason, /1034/);
    assert.match(info.reason, /1504/);
  });
  it('dashes and minus signs in codes read as "-": 【施策 1–1–1】, 施策 4−1, 1‐1‐1 in 第２章', () => {
    const r = same(
      edit({ 89: '⚫ 【施策 1-1-1】結婚・妊娠・出産支援の推進', 949: ' 施策 4-1 健康・保健' }, (l) => {
        l[88] = '⚫ 【施策 1\u20131\u20131】結婚・妊娠・出産支援の推進';
        l[948] = ' 施策 4\u22121 健康・保健';
        l[496] = l[496]!.replace('1-1-1', '1\u20101\u20101').replace('1-1-2', '1\uFF0D1\uFF0D2');
      }),
    );
    assert.match(at(r, 'parse:normalised-dash', 89).reason, /U\+2013 \(en dash\) ×2.*U\+2212 \(minus sign\) ×1.*on 3 lines: 89, 497, 949/);
  });
  it('a minus sign before a number is the sign of the number: −5％ is -5', () => {
    const r = read(edit({ 1259: '民生委員・児童委員の充足率 95.5％ 100％ 社会福祉課' }, (l) => (l[1258] = '民生委員・児童委員の充足率 −5％ 100％ 社会福祉課')));
    assert.deepEqual(r.errors, [], listed(r.errors));
    const kpi = (r.model!.tables.indicators as Record<string, unknown>[]).find((k) => k.id === 'kpi-4-3-1')!;
    assert.equal(kpi.baselineValue, -5);
    assert.equal(kpi.baselineNotation, '-5％');
    at(r, 'parse:normalised-dash', 1259);
  });
  it('departments separated by ・ ／ spaces and commas read as a list, as with 、; said per list', () => {
    const r = same(
      edit(
        {
          87: '①結婚・子育てを応援する環境づくり           【担当課】地域振興課、子育て支援課、健康課',
          1034: '【担当課】社会福祉課、健康課、高齢福祉課、農業振興課、スポーツ課、学校教育課',
        },
        (l) => {
          l[86] = '①結婚・子育てを応援する環境づくり           【担当課】地域振興課・子育て支援課・健康課';
          l[1033] = '【担当課】社会福祉課／健康課 高齢福祉課，農業振興課,スポーツ課・学校教育課';
        },
      ),
    );
    assert.match(at(r, 'parse:normalised-separator', 87).reason, /「・」 ×2, read as 、/);
    assert.match(at(r, 'parse:normalised-separator', 1034).reason, /「／」 ×1, 「space」 ×1, 「，」 ×1, 「,」 ×1, 「・」 ×1/);
  });
  it('・ within a department’s name is not a separator (「保健・医療課」 is one name)', () => {
    const r = read(edit({ 1064: '【担当課】健康課' }, (l) => (l[1063] = '【担当課】保健・医療課、健康課')));
    const deps = (r.model!.tables.pillar_departments as Record<string, unknown>[]).filter((d) => d.pillarId === 'pillar-4-1-2');
    assert.deepEqual(
      deps.map((d) => d.departmentName),
      ['保健・医療課', '健康課'],
    );
  });
  it('●, • and a PDF font’s private-use bullet read as ⚫; ・ opening a line after a finished statement is a bullet', () => {
    const r = same(
      edit(
        { 1036: '⚫ 保健・栄養指導や適塩教室等により、適切な食塩摂取について周知啓発を行い、減塩を推進し', 1153: '⚫ 24 時間受診可能な小児科がほしい。' },
        (l) => {
          l[1035] = l[1035]!.replace('⚫', '\uF06C');
          l[1039] = l[1039]!.replace('⚫', '•');
          l[1152] = l[1152]!.replace('⚫', '・');
        },
      ),
    );
    assert.match(at(r, 'parse:normalised-bullet', 1036).reason, /U\+2022 • ×1, U\+F06C/);
    at(r, 'parse:normalised-bullet', 1153);
  });
});

describe('a table header repeated after a page break is recognised as one', () => {
  it('the KPI header repeated between two rows of 施策 5-3 is skipped, not glued into the next KPI’s name', () => {
    const r = same(
      edit({ 2077: 'シティプロモーションサイトの訪問回数 0 件 100,000 件 魅力推進課' }, (l) => l.splice(2076, 0, '指標 R6 基準 R12 目標 担当課', '')),
    );
    assert.equal(at(r, 'parse:repeated-header', 2077).severity, 'info');
  });
  it('with the page footer and the page number before it, and wrapped over two lines', () => {
    same(edit({ 977: '健康課' }, (l) => l.splice(977, 0, '', '第３部 前期基本計画', '', '14', '', '指標 R6 基準 R12', '目標 担当課')));
  });
  it('a header naming other years among the rows is an error: the rows after it would take other default years', () => {
    at(
      read(edit({ 2077: 'シティプロモーションサイトの訪問回数 0 件 100,000 件 魅力推進課' }, (l) => l.splice(2076, 0, '指標 R7 基準 R12 目標 担当課'))),
      'parse:indicator-header',
      2077,
    );
  });
  it('【主な取組】 and the Well-Being heading repeated are skipped too', () => {
    const r = same(
      edit({ 109: '小中学校給食の完全無償化と安全安心なおいしい給食の提供' }, (l) => {
        l.splice(1741, 0, l[1739]!);
        l.splice(109, 0, '【主な取組】');
      }),
    );
    at(r, 'parse:repeated-header', 110);
    at(r, 'parse:repeated-header', 1743);
  });
});

describe('page furniture among the text is skipped and named, never glued into data', () => {
  it('a page number (12, - 12 -, 12 / 80), the footer line without its number and a chapter heading as a running header, each inside a statement', () => {
    // Into five statements of 施策 4-1's pillar 1, from the last up, so that the lines above keep their numbers.
    const furniture = ['12', '- 12 -', '12 / 80', '第３部 前期基本計画', ' 第３章 分野別施策'];
    const into = [1056, 1052, 1046, 1042, 1036];
    for (const n of into) assert.match(seedLines[n - 1]!, /[^。\s]\s*$/, `line ${n} does not end its statement`);
    const r = same(
      edit({}, (l) => {
        into.forEach((n, k) => {
          l.splice(n, 0, '', furniture[k]!);
        });
      }),
    );
    const skipped = r.diagnostics.filter((d) => d.ruleId === 'parse:page-furniture').sort((a, b) => a.line - b.line);
    assert.deepEqual(
      skipped.map((d) => [d.severity, d.line]),
      [...into].reverse().map((n, k) => ['warning', n + 2 + 2 * k]),
    );
  });
  it('a page number among a project’s actions is not an action', () => {
    at(same(edit({ 109: '小中学校給食の完全無償化と安全安心なおいしい給食の提供' }, (l) => l.splice(108, 0, '12', ''))), 'parse:page-furniture', 109);
  });
  it('a policy page’s heading repeated at the top of its next sheet, and its goal’s heading on a later page, are running headers', () => {
    const r = same(
      edit({ 1030: ' ■施策の柱と主な取組', 1101: ' 施策 4-2 地域医療' }, (l) => {
        l.splice(1100, 0, '基本目標 4 健康・医療・福祉', '');
        l.splice(1029, 0, ' 施策 4-1 健康・保健', '');
      }),
    );
    at(r, 'parse:page-furniture', 1030);
    at(r, 'parse:page-furniture', 1103);
  });
});

describe('a careless editor and the next extractor: the same data, or named', () => {
  const cases: { what: string; text: () => string; expect: (r: Read) => void }[] = [
    {
      what: 'a decimal comma (32,8％)',
      text: () => edit({ 1947: '審議会・委員会の女性登用率 32.8％ 40％ 地域振興課' }, (l) => (l[1946] = '審議会・委員会の女性登用率 32,8％ 40％ 地域振興課')),
      expect: (r) => void at(r, 'parse:digit-grouping', 1947),
    },
    {
      what: 'a duplicated KPI row',
      text: () => edit({ 2075: 'ふるさと納税申込件数 48,791 件 60,000 件 商工課' }, (l) => l.splice(2075, 0, '', l[2074]!)),
      expect: (r) => void at(r, 'plausibility:duplicate-indicator', 2077),
    },
    {
      what: 'a KPI row without its 担当課',
      text: () => edit({ 1259: '民生委員・児童委員の充足率 95.5％ 100％ 社会福祉課' }, (l) => (l[1258] = '民生委員・児童委員の充足率 95.5％ 100％')),
      expect: (r) => void at(r, 'parse:indicator-department', 1259),
    },
    {
      what: 'a KPI row’s cells in another order (the department first)',
      text: () => edit({ 1504: '通いの場の設置数 40 か所 74 か所 高齢福祉課' }, (l) => (l[1503] = '通いの場の設置数 高齢福祉課 40 か所 74 か所')),
      expect: (r) => assert.ok(r.errors.length > 0, listed(added(r))),
    },
    {
      what: 'full-width digits in a KPI row (values and notations the same; said)',
      text: () =>
        edit({ 1259: '民生委員・児童委員の充足率 95.5％ 100％ 社会福祉課' }, (l) => (l[1258] = '民生委員・児童委員の充足率 ９５．５％ １００％ 社会福祉課')),
      expect: (r) => {
        assert.deepEqual(changedFromCommitted(r), []);
        at(r, 'parse:normalised-digit', 1259);
      },
    },
    {
      what: 'a dropped ※ (the page’s footnote then marks nothing)',
      text: () =>
        edit(
          { 1046: '⚫ 介護予防普及啓発事業、住民主体の通いの場、いきいきデイサービス等において、フレイル※予' },
          (l) => (l[1045] = l[1045]!.replace('※', '')),
        ),
      expect: (r) => void at(r, 'pages:footnote-unmarked', 1098),
    },
    {
      what: 'a duplicated action bullet',
      text: () =>
        edit({ 1040: '⚫ 身体活動や運動習慣の重要性を普及啓発し、日常生活における身体活動や運動を促進します。' }, (l) => l.splice(1040, 0, '', l[1039]!)),
      expect: (r) => void at(r, 'plausibility:duplicate-action', 1042),
    },
    {
      what: 'a page break inside a bullet (the footer block between its lines)',
      text: () => edit({ 1038: 'ます。' }, (l) => l.splice(1037, 0, '第３部 前期基本計画', '', '14', '')),
      expect: unchanged,
    },
    {
      what: 'a pillar heading split over two lines',
      text: () => edit({ 1062: '2 自殺予防の推進' }, (l) => l.splice(1061, 1, '2 自殺予防の', '', '推進')),
      expect: unchanged,
    },
    {
      what: 'a 目指す姿 headline wrapped inside its まち',
      text: () => edit({ 1107: '地域の中で安心して受けられるまち' }, (l) => l.splice(1106, 1, '地域の中で安心して受けられるま', '', 'ち')),
      expect: unchanged,
    },
    {
      what: 'a citation’s name wrapped after its と',
      text: () =>
        edit({ 160: '⚫ 【施策 2-3-3】生産・流通体制の整備とスマート農業の活用' }, (l) =>
          l.splice(159, 1, '⚫ 【施策 2-3-3】生産・流通体制の整備と', 'スマート農業の活用'),
        ),
      expect: unchanged,
    },
    {
      what: 'a project action’s （再掲） on a line of its own',
      text: () => edit({ 254: '診療所の新規開設、承継に対する支援（再掲）' }, (l) => l.splice(253, 1, '診療所の新規開設、承継に対する支援', '（再掲）')),
      expect: unchanged,
    },
    {
      what: 'a project action wrapped between two nouns (the text cannot tell): read as two, and said',
      text: () => edit({ 113: '県立中高一貫教育校の設置に向けた取組' }, (l) => l.splice(112, 1, '県立中高一貫教育校', '', '設置に向けた取組')),
      expect: (r) => {
        assert.equal(changedFromCommitted(r).length, 2);
        at(r, 'parse:ambiguous-line-break', 115);
      },
    },
    {
      what: 'a related plan wrapped inside its name',
      text: () => edit({ 993: '第３期国民健康保険保健事業実施計画' }, (l) => l.splice(992, 1, '第３期国民健康保険保健', '事業実施計画')),
      expect: (r) => {
        assert.deepEqual(changedFromCommitted(r), []);
        at(r, 'parse:ambiguous-line-break', 994);
      },
    },
    {
      what: 'a footnote wrapped before its ：',
      text: () =>
        edit({ 1100: '＊メンタルヘルス：＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊' }, (l) =>
          l.splice(1099, 1, '＊メンタル', 'ヘルス：＊＊＊＊＊＊＊＊', '＊＊＊＊＊＊＊＊＊＊＊'),
        ),
      expect: unchanged,
    },
    {
      what: 'tabs between the cells of a KPI row and of a 第２章 row',
      text: () =>
        edit({ 1506: '認知症カフェの設置数 16 か所 22 か所 高齢福祉課', 505: '1-4-1　文化芸術の振興 1-4-2　スポーツの振興' }, (l) => {
          l[1505] = '認知症カフェの設置数\t16\tか所\t22\tか所\t高齢福祉課';
          l[504] = '1-4-1\t文化芸術の振興\t1-4-2\tスポーツの振興';
        }),
      expect: unchanged,
    },
    {
      what: 'an extractor that writes no blank line between lines',
      text: () => seedLines.filter((l) => l.trim() !== '').join('\n'),
      expect: unchanged,
    },
    {
      what: 'CRLF line ends and no trailing spaces',
      text: () => seedLines.map((l) => l.trimEnd()).join('\r\n'),
      expect: unchanged,
    },
    {
      what: 'a KPI row’s unit on the next line (a narrower table)',
      text: () =>
        edit({ 1945: '国際理解講座の受講者数 2,100 人 2,400 人 魅力推進課' }, (l) =>
          l.splice(1944, 1, '国際理解講座の受講者数 2,100', '人 2,400 人 魅力推', '進課'),
        ),
      expect: unchanged,
    },
    {
      what: 'a KPI row with its years glued to its values (another extractor lost the line breaks of the cell)',
      text: () =>
        edit({ 969: '特定健康診査の受診率（国保）', 977: '健康課' }, (l) =>
          l.splice(968, 9, '特定健康診査の受診率（国保） 49.3％（R5） 60％以上（R11） 健康課'),
        ),
      expect: unchanged,
    },
    {
      what: 'a category heading of 本市の現状と課題 wrapped',
      text: () => edit({ 1655: '多文化共生・男女共同参画' }, (l) => l.splice(1654, 1, '多文化共生・男女', '共同参画')),
      expect: unchanged,
    },
    {
      what: 'a line inserted before a category heading (a category without statements)',
      text: () => edit({ 814: '健康・保健' }, (l) => l.splice(813, 0, '架空の分類')),
      expect: (r) => void at(r, 'parse:current-issues', 814),
    },
  ];
  for (const c of cases) {
    it(c.what, () => {
      const r = read(c.text());
      c.expect(r);
      neverSilent(r);
    });
  }
  it('the whole set holds at least 15 edits beside the ones above', () => assert.ok(cases.length >= 15));
  it('the committed text itself: nothing changes, and only the two undecidable breaks are warned', () => {
    const r = committedRead();
    assert.deepEqual(
      r.warnings.filter((w) => w.ruleId === 'parse:ambiguous-line-break').map((w) => w.line),
      [109, 150],
    );
    assert.deepEqual(
      r.diagnostics.filter((d) => d.ruleId === 'parse:page-furniture' || d.ruleId === 'parse:repeated-header'),
      [],
    );
    assert.equal(seed.split('\n').length, seedLines.length);
  });
});
