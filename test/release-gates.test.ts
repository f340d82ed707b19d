// The release workflow's gates, each run the way the workflow runs it against real files and real git
// repositories: the tag's commit must be on main (release:check-on-main), the fresh build must equal the
// committed dist/ (release:check-dist), and the publish job publishes and attests exactly the files
// SHA256SUMS lists (release:listed-assets, a POSIX sh script: that job runs no Node).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { releaseAssets } from '../pipeline/release/assets-cli.ts';
import { checksumsName } from '../pipeline/release/assets.ts';
import { sha256Sums } from '../pipeline/sha256.ts';
import { readConfig } from '../pipeline/read/settings.ts';
import { cli, dist, root, tempDir } from './release-helpers.ts';

const work = tempDir('gates');
after(() => rmSync(work, { recursive: true, force: true }));

/** git with no user or system configuration, so the machine's settings cannot change the outcome. */
const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
};
const git = (repo: string, ...args: string[]): string => {
  const r = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', env: gitEnv });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};

describe('npm run release:check-on-main', () => {
  // main: c1 - c2 (tag v1.0.0) - c3 - c4; side: branched at c2, one commit (tag v9.9.9): not on main.
  const origin = join(work, 'origin');
  const c: Record<string, string> = {};
  before(() => {
    mkdirSync(origin);
    git(origin, 'init', '--quiet', '--initial-branch=main');
    const commit = (message: string) => git(origin, 'commit', '--quiet', '--allow-empty', '-m', message);
    commit('c1');
    commit('c2');
    git(origin, 'tag', '-a', '-m', 'v1.0.0', 'v1.0.0');
    git(origin, 'switch', '--quiet', '-c', 'side');
    commit('side');
    git(origin, 'tag', 'v9.9.9');
    git(origin, 'switch', '--quiet', 'main');
    commit('c3');
    commit('c4');
    const [c1, side, c4] = git(origin, 'rev-parse', 'main~3', 'side', 'main').split('\n');
    Object.assign(c, { c1, side, c4 });
  });
  const check = (repo: string, ...args: string[]) => cli('on-main-cli.ts', [...args, '--repo', repo]);

  it('passes an older commit on main and an annotated tag on it (exit 0)', async () => {
    for (const rev of [c.c1!, 'v1.0.0']) {
      const r = await check(origin, rev, '--main', 'main');
      assert.equal(r.status, 0, `${rev}: ${r.stderr}`);
      assert.match(r.stderr, /^ok: リリースするコミットは main にある: commit [0-9a-f]{12} \(.+\) is on main .* ／ commit [0-9a-f]{12} \(.+\) is on main/);
    }
  });

  it('refuses a commit of another branch, naming it and saying what to do (exit 1)', async () => {
    for (const rev of ['v9.9.9', c.side!]) {
      const r = await check(origin, rev, '--main', 'main');
      assert.equal(r.status, 1, `${rev}: ${r.stderr}`);
      assert.match(
        r.stderr,
        new RegExp(
          `^\\S+:0:0 {2}error {2}.*? ／ commit ${c.side!.slice(0, 12)} \\(${rev}\\) is not on main: a release is made only from main; merge.* {2}\\(release:not-on-main\\)$`,
          'm',
        ),
      );
    }
  });

  it('checks HEAD against origin/main by default, in a clone as the workflow makes it', async () => {
    const clone = join(work, 'clone');
    git(work, 'clone', '--quiet', `file://${origin}`, clone);
    git(clone, 'checkout', '--quiet', 'v1.0.0');
    const onMain = await check(clone);
    assert.equal(onMain.status, 0, onMain.stderr);
    assert.match(onMain.stderr, /\(HEAD\) is on origin\/main/);
    git(clone, 'checkout', '--quiet', 'v9.9.9');
    const off = await check(clone);
    assert.equal(off.status, 1, off.stderr);
    assert.match(off.stderr, /\(HEAD\) is not on origin\/main/);
  });

  it('cannot tell in a shallow clone that misses the history, and says to fetch it (exit 2, never a pass)', async () => {
    const shallow = join(work, 'shallow');
    git(work, 'clone', '--quiet', '--depth=1', '--no-single-branch', `file://${origin}`, shallow);
    const tip = await check(shallow, 'origin/main');
    assert.equal(tip.status, 0, tip.stderr);
    const side = await check(shallow, 'origin/side');
    assert.equal(side.status, 2, side.stderr);
    assert.match(side.stderr, /the clone is shallow: fetch main's whole history \(actions\/checkout with fetch-depth: 0\)/);
  });

  it('exits 2 for a missing main, an unknown commit, a folder outside git and extra arguments', async () => {
    const noMain = await check(origin, c.c4!); // no remote here, so no origin/main
    assert.equal(noMain.status, 2);
    assert.match(noMain.stderr, /origin\/main names no commit in .*: fetch main first/);
    const unknown = await check(origin, 'no-such-tag', '--main', 'main');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /no-such-tag names no commit/);
    const option = await check(origin, '--output=/tmp/x', '--main', 'main');
    assert.equal(option.status, 2, 'an option-like revision is a usage error, never passed to git');
    const plain = join(work, 'plain');
    mkdirSync(plain);
    assert.equal((await check(plain)).status, 2);
    assert.equal((await cli('on-main-cli.ts', ['a', 'b'])).status, 2);
  });
});

describe('npm run release:check-dist', () => {
  // A repository whose committed dist/ is a copy of ours: the check must see every kind of difference.
  const repo = join(work, 'repo');
  const d = join(repo, 'dist');
  before(() => {
    mkdirSync(repo);
    git(repo, 'init', '--quiet', '--initial-branch=main');
    cpSync(dist, d, { recursive: true });
    writeFileSync(join(repo, '.gitignore'), 'dist/*.tmp\n');
    git(repo, 'add', '--all');
    git(repo, 'commit', '--quiet', '-m', 'build');
  });
  const check = () => cli('check-dist-cli.ts', [d]);

  it('passes a dist/ equal to its commit (exit 0)', async () => {
    const r = await check();
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^ok: .*dist は最後のコミットと同じ ／ .*dist equals its last commit\n$/);
  });

  it('fails every kind of difference at once (exit 1), naming each path and how it differs', async () => {
    const edit = (file: string, change: (text: string) => string) => writeFileSync(join(d, file), change(readFileSync(join(d, file), 'utf8')));
    edit('062022_goals.csv', (t) => t.replace('1', '2')); // a changed value
    unlinkSync(join(d, 'excel', '062022_goals.csv')); // a deleted file
    writeFileSync(join(d, 'extra.csv'), 'x\r\n'); // a file the commit lacks
    mkdirSync(join(d, 'notes'));
    writeFileSync(join(d, 'notes', 'index.html'), '<p>'); // … in a new folder
    writeFileSync(join(d, 'cache.tmp'), 'x'); // a file .gitignore hides, which a release would still publish
    renameSync(join(d, '062022_goals.json'), join(d, '062022_goals2.json')); // a renamed file
    chmodSync(join(d, '062022_plan.json'), 0o755); // a changed file mode
    edit('quality-report.json', () => '{}\n');
    writeFileSync(join(d, 'staged.csv'), 'x\r\n');
    git(repo, 'add', 'dist/quality-report.json', 'dist/staged.csv'); // changes only staged
    writeFileSync(join(repo, 'README.md'), 'changed\n'); // outside dist/: not this check's business
    const r = await check();
    assert.equal(r.status, 1, r.stderr);
    const found = [
      ...r.stderr.matchAll(/^(\S+):0:0 {2}error {2}.*? ／ ([^:]+): the fresh build differs from the committed one {2}\(release:dist-not-committed\)$/gm),
    ].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(found.sort(), [
      'dist/062022_goals.csv changed',
      'dist/062022_goals.json deleted',
      'dist/062022_goals2.json not committed',
      'dist/062022_plan.json changed',
      'dist/cache.tmp ignored by .gitignore',
      'dist/excel/062022_goals.csv deleted',
      'dist/extra.csv not committed',
      'dist/notes/index.html not committed',
      'dist/quality-report.json changed',
      'dist/staged.csv added',
    ]);
    // The count follows the diagnostics, as the build's summary follows its.
    assert.match(
      r.stderr,
      /\(release:dist-not-committed\)\ncheck failed: 新しいビルドの 10 個のファイルがコミットと違う。npm run build を実行し、dist\/ をコミットする.* ／ 10 file\(s\) of the fresh build differ from the commit: run npm run build, then commit dist\/.*\n$/,
    );
    git(repo, 'reset', '--quiet', '--hard');
    git(repo, 'clean', '--quiet', '-fdx');
    const again = await check();
    assert.equal(again.status, 0, again.stderr);
  });

  it('exits 2 for a folder outside git or a missing one', async () => {
    const plain = join(work, 'plain-dist');
    mkdirSync(plain);
    assert.equal((await cli('check-dist-cli.ts', [plain])).status, 2);
    assert.equal((await cli('check-dist-cli.ts', [join(work, 'missing')])).status, 2);
    assert.equal((await cli('check-dist-cli.ts', [d, d])).status, 2);
  });
});

describe('npm run release:listed-assets (sh)', () => {
  const script = join(root, 'pipeline', 'release', 'listed-assets.sh');
  const config = readConfig();
  const assets = releaseAssets(dist, config.municipality.code, config.version);
  const listed = [...assets.keys()].filter((n) => n !== checksumsName).sort();
  const writeSums = (dir: string, names: string[]) =>
    writeFileSync(join(dir, checksumsName), sha256Sums(new Map(names.map((name) => [name, new Uint8Array(readFileSync(join(dir, name)))]))));
  // The refusals start from three real assets and their SHA256SUMS: each edit is one step from valid.
  const few = ['062022_goals.csv', '062022_goals.json', '062022_plan.json'];
  let n = 0;
  /** A fresh folder of real release assets to edit: all of them, or `names` with their own SHA256SUMS. */
  const assetsDir = (names?: string[]): string => {
    const dir = join(work, `assets-${++n}`);
    mkdirSync(dir);
    for (const [name, bytes] of assets) if (!names || names.includes(name)) writeFileSync(join(dir, name), bytes);
    if (names) writeSums(dir, names);
    return dir;
  };
  const run = (dir: string, ...args: string[]) => spawnSync('sh', [script, ...(args.length > 0 ? args : [dir])], { encoding: 'utf8' });

  it('prints the path of every listed file, then SHA256SUMS, for the real release assets (exit 0)', () => {
    const dir = assetsDir();
    const r = run(dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.split('\n').slice(0, -1), [...listed.map((name) => `${dir}/${name}`), `${dir}/${checksumsName}`]);
    assert.equal(r.stderr, '');
    const trailing = run(dir, `${dir}/`);
    assert.equal(trailing.stdout, r.stdout, 'DIR/ and DIR give the same paths');
  });

  it('is the npm script the README names', () => {
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    assert.equal(scripts['release:listed-assets'], 'sh pipeline/release/listed-assets.sh');
  });

  const refusals: [string, (dir: string) => void, RegExp][] = [
    [
      'an unlisted file',
      (dir) => writeFileSync(join(dir, 'extra.csv'), 'x\r\n'),
      /extra\.csv is not listed in .*SHA256SUMS: a release publishes only the listed files/,
    ],
    ['an unlisted hidden file', (dir) => writeFileSync(join(dir, '.hidden'), 'x'), /\.hidden is not listed/],
    ['an unlisted file named ..x', (dir) => writeFileSync(join(dir, '..x'), 'x'), /\.\.x is not listed/],
    ['an unlisted folder', (dir) => mkdirSync(join(dir, 'site')), /site is not listed/],
    ['an unlisted symlink, even a dangling one', (dir) => symlinkSync('/nonexistent', join(dir, 'link')), /link is not listed/],
    ['a file whose name holds a newline', (dir) => writeFileSync(join(dir, `${few[0]}\n${few[1]}`), 'x'), /is not listed/],
    [
      'a listed file that is missing',
      (dir) => unlinkSync(join(dir, few[0]!)),
      new RegExp(`SHA256SUMS:1:67 {2}error {2}.*? ／ .*${few[0]!.replace(/\./g, '\\.')} is missing or not a regular file`),
    ],
    [
      'a listed file that is a symlink',
      (dir) => {
        unlinkSync(join(dir, few[0]!));
        symlinkSync(join(dist, few[0]!), join(dir, few[0]!));
      },
      /SHA256SUMS:1:67 {2}error {2}.*? ／ .* is missing or not a regular file/,
    ],
    [
      'a changed file',
      (dir) => writeFileSync(join(dir, '062022_goals.csv'), 'tampered\r\n'),
      /a file does not have the SHA-256 .*SHA256SUMS lists: 062022_goals\.csv: FAILED/,
    ],
    [
      'a file listed twice',
      (dir) =>
        writeFileSync(
          join(dir, checksumsName),
          readFileSync(join(dir, checksumsName), 'utf8') + readFileSync(join(dir, checksumsName), 'utf8').split('\n')[0] + '\n',
        ),
      /is listed twice/,
    ],
    ['SHA256SUMS listing itself', (dir) => writeSums(dir, [...few, checksumsName]), /SHA256SUMS lists itself/],
    [
      'a name with a folder',
      (dir) => {
        mkdirSync(join(dir, 'sub'));
        writeFileSync(join(dir, 'sub', 'x.csv'), 'x');
        writeSums(dir, [...few, 'sub/x.csv']);
      },
      /'sub\/x\.csv' is not a plain asset name/,
    ],
    [
      'a name starting with a dash',
      (dir) => {
        writeFileSync(join(dir, '-rf'), 'x');
        writeSums(dir, ['-rf', ...few]);
      },
      /'-rf' is not a plain asset name/,
    ],
    [
      'a name with a space',
      (dir) => {
        writeFileSync(join(dir, 'a b.csv'), 'x');
        writeSums(dir, ['a b.csv', ...few]);
      },
      /'a b\.csv' is not a plain asset name/,
    ],
    [
      'CRLF line ends',
      (dir) => writeFileSync(join(dir, checksumsName), readFileSync(join(dir, checksumsName), 'utf8').replace(/\n/g, '\r\n')),
      /is not a plain asset name/,
    ],
    [
      'a malformed line',
      (dir) => writeFileSync(join(dir, checksumsName), `${readFileSync(join(dir, checksumsName), 'utf8')}deadbeef  x.csv\n`),
      /SHA256SUMS:\d+:1 {2}error {2}.*? ／ expected '<64 lowercase hex digits> {2}<name>', found 'deadbeef {2}x\.csv'/,
    ],
    [
      'a blank line',
      (dir) => writeFileSync(join(dir, checksumsName), `\n${readFileSync(join(dir, checksumsName), 'utf8')}`),
      /SHA256SUMS:1:1 {2}error {2}.*? ／ expected/,
    ],
    ['an empty SHA256SUMS', (dir) => writeFileSync(join(dir, checksumsName), ''), /SHA256SUMS is empty/],
    ['no SHA256SUMS', (dir) => unlinkSync(join(dir, checksumsName)), /SHA256SUMS is missing or not a regular file/],
  ];
  for (const [what, edit, expected] of refusals) {
    it(`refuses ${what} (exit 1), printing no path`, () => {
      const dir = assetsDir(few);
      edit(dir);
      const r = run(dir);
      assert.equal(r.status, 1, `${r.stdout}${r.stderr}`);
      assert.equal(r.stdout, '', 'nothing to publish');
      assert.match(r.stderr, expected);
      // One diagnostic, in the form every command prints (the script runs without Node, so it writes it itself).
      assert.match(r.stderr, /^\S[\s\S]*:\d+:\d+ {2}error {2}[\s\S]*? ／ [\s\S]+ {2}\(release:assets-mismatch\)\n$/);
    });
  }

  it('accepts a SHA256SUMS without its last newline (sha256sum does too)', () => {
    const dir = assetsDir(few);
    writeFileSync(join(dir, checksumsName), readFileSync(join(dir, checksumsName), 'utf8').replace(/\n$/, ''));
    assert.equal(run(dir).status, 0);
  });

  it('exits 2 for no DIR, two, an option or a missing folder', () => {
    const none = spawnSync('sh', [script], { encoding: 'utf8' });
    assert.equal(none.status, 2);
    assert.match(
      none.stderr,
      /^コマンドの指定が正しくない: .*? ／ expected one DIR, got 0 argument\(s\) {2}\(cli:usage\)\nusage: npm run release:listed-assets -- DIR/,
    );
    assert.equal(run('', 'a', 'b').status, 2);
    assert.equal(run('', '--help').status, 2);
    assert.equal(run('', join(work, 'missing')).status, 2);
  });
});
