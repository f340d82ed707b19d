// Our Markdown as readers meet it: npm test lints it (markdownlint-cli2, .markdownlint-cli2.jsonc) after Biome,
// and here every relative link and #anchor of README.md, docs/*.md, DATA-CONTRACT.md, CHANGELOG.md and the other
// Markdown files of ours resolves, and no table row renders as text — offline, as GitHub renders the files
// (test/markdown-links.ts). Each check is shown to bite: a lint finding, a broken link, a missing anchor, a
// table cut by a paragraph.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { anchorsOf, brokenLinks, slug, strayTableRows } from './markdown-links.ts';
import { root } from './helpers.ts';

/** The Markdown files of ours: those at the root, in docs/ and in sources/ (dependencies, dist/ and vendored files are not). */
const ours = (dir: string): string[] => [
  ...readdirSync(dir).filter((f) => f.endsWith('.md')),
  ...['docs', 'sources'].flatMap((sub) => {
    try {
      return readdirSync(join(dir, sub))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `${sub}/${f}`);
    } catch {
      return [];
    }
  }),
];

const scratch = mkdtempSync(join(tmpdir(), 'markdown-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder holding `files` (path → text), for the checks to run on. */
const tree = (name: string, files: Record<string, string>): string => {
  const dir = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
};

const markdownlint = join(root, 'node_modules', '.bin', 'markdownlint-cli2');
/** markdownlint-cli2 as npm test runs it, with our configuration, in `dir`. */
const lint = (dir: string) => {
  copyFileSync(join(root, '.markdownlint-cli2.jsonc'), join(dir, '.markdownlint-cli2.jsonc'));
  return spawnSync(markdownlint, [], { cwd: dir, encoding: 'utf8' });
};

describe('Markdown lint (markdownlint-cli2)', () => {
  it('runs in npm test right after Biome, over every Markdown file of ours', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.match(pkg.scripts.test!, /^biome check --error-on-warnings && markdownlint-cli2 && /);
    const config = readFileSync(join(root, '.markdownlint-cli2.jsonc'), 'utf8');
    assert.match(config, /"globs": \["\*\*\/\*\.md"\]/);
  });
  it('accepts Japanese written as the tree writes it: long lines, compact tables, a folded <details>', () => {
    const long = `${'計画の本文から、版管理されたオープンデータを作ります。'.repeat(20)}\n`;
    const r = lint(
      tree('lint-ok', {
        'README.md': `# 題\n\n${long}\n| 列 | 意味 |\n|---|---|\n| \`ID\` | 記録の ID |\n\n<details><summary>SQL</summary>\n\n\`\`\`sql\nSELECT 1;\n\`\`\`\n\n</details>\n`,
      }),
    );
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
  for (const [what, text, rule] of [
    ['a heading without a blank line after it', '# 題\n\n## 節\n本文。\n', 'MD022'],
    ['a code block without a language', '# 題\n\n```\nnpm test\n```\n', 'MD040'],
    ['a bare URL', '# 題\n\n公式サイト https://www.city.yonezawa.yamagata.jp/ を見る。\n', 'MD034'],
    ['raw HTML other than <details>', '# 題\n\n<b>太字</b>\n', 'MD033'],
  ] as const) {
    it(`refuses ${what} (${rule})`, () => {
      const r = lint(tree(`lint-${rule}`, { 'README.md': text }));
      assert.notEqual(r.status, 0);
      assert.match(r.stdout + r.stderr, new RegExp(rule));
    });
  }
});

describe('Markdown links', () => {
  it('every relative link and #anchor of our Markdown resolves', () => {
    const files = ours(root);
    for (const f of ['README.md', 'DATA-CONTRACT.md', 'CHANGELOG.md', 'docs/README.md']) assert.ok(files.includes(f), f);
    const broken = files.flatMap((f) => brokenLinks(root, f).map((b) => `${f}: ${b}`));
    assert.deepEqual(broken, []);
  });
  it('no table row of our Markdown renders as text (a table cut in two by a paragraph)', () => {
    const stray = ours(root).flatMap((f) => strayTableRows(readFileSync(join(root, f), 'utf8')).map((row) => `${f}: ${row}`));
    assert.deepEqual(stray, []);
  });
  it('makes anchors as GitHub does: Japanese kept, punctuation dropped, repeats numbered', () => {
    assert.equal(slug('The command: what it reads, what it replaces, what it says'), 'the-command-what-it-reads-what-it-replaces-what-it-says');
    assert.equal(slug('公式の計画 / The official plan'), '公式の計画--the-official-plan');
    assert.equal(slug('KPIs (成果指標) as 機械判読 統一ルール asks'), 'kpis-成果指標-as-機械判読-統一ルール-asks');
    assert.equal(slug('「よねざわ しあわせビジョン2035」・データ'), 'よねざわ-しあわせビジョン2035データ');
    assert.deepEqual([...anchorsOf('# A\n\n## A\n\n## `grade_rules`\n\n<a id="here"></a>\n')], ['a', 'a-1', 'grade_rules', 'here']);
  });
  it('names a link to a missing file, a missing anchor here or in another file, and a path out of the repository', () => {
    const dir = tree('links', {
      'README.md': [
        '# Top',
        '',
        '[ok](docs/a.md#section-two) [ok](#top) [ok](docs/) [ok](https://example.org/nowhere) `[code](nowhere.md)`',
        '',
        '[gone](docs/gone.md) [anchor](#nowhere) [there](docs/a.md#section-three) [out](../../etc/passwd)',
        '',
      ].join('\n'),
      'docs/a.md': '# Section one\n\n## Section two\n',
    });
    assert.deepEqual(brokenLinks(dir, 'README.md'), [
      'docs/gone.md: no such file',
      '#nowhere: no anchor #nowhere in README.md',
      'docs/a.md#section-three: no anchor #section-three in docs/a.md',
      '../../etc/passwd: outside the repository',
    ]);
  });
  it('names the rows of a table a paragraph cut off (the old README’s “The site”)', () => {
    const cut = '| page | what |\n|---|---|\n| `a/` | one |\n\n**Note.** Text.\n| `b/` | two |\n| `c/` | three |\n';
    assert.deepEqual(strayTableRows(cut), ['| <code>b/</code> | two |', '| <code>c/</code> | three |']);
    assert.deepEqual(strayTableRows('| page | what |\n|---|---|\n| `a/` | one |\n| `b/` | two |\n\n**Note.** Text.\n'), []);
  });
});
