// npm run release:committed (sh): the publish and pages jobs check what they publish against the tagged
// commit's committed dist/SHA256SUMS, not against the SHA256SUMS the build job wrote beside its artifact —
// an artifact poisoned consistently (the file and its line in the artifact's own SHA256SUMS) is refused.
// Real assets (release:assets of the committed dist/) and a real Pages tree (release:pages), each edit one
// step from valid; the script runs under sh as the jobs run it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../pipeline/read/settings.ts';
import { checksumsName, zipName } from '../pipeline/release/assets.ts';
import { releaseAssets } from '../pipeline/release/assets-cli.ts';
import { unzipFiles, zipFiles } from '../pipeline/release/bundle.ts';
import { sha256Sums } from '../pipeline/sha256.ts';
import { cli, dist, resum, root, setVersion, tempDir } from './release-helpers.ts';

const work = tempDir('committed');
after(() => rmSync(work, { recursive: true, force: true }));
const script = join(root, 'pipeline', 'release', 'committed.sh');
const config = readConfig();
const tag = `v${config.version}`;
const committed = join(dist, checksumsName);
const run = (...args: string[]) => spawnSync('sh', [script, ...args], { encoding: 'utf8' });

/**
 * A small build of the committed dist/'s shape (top-level tables, excel/, schemas/, site/, the manifest,
 * SHA256SUMS over all), stating `version`: the refusals start from it, each one edit from valid, so that
 * each case copies and hashes a dozen files, not a thousand (the committed dist/ passes once, in full).
 */
const smallDist = (dir: string, version: string): string => {
  const files: Record<string, string> = {
    '.dataset-build': 'manifest\n',
    '062022_goals.csv': 'id\r\ngoal-1\r\n',
    '062022_goals.json': '[{"id":"goal-1"}]\n',
    '062022_policies.csv': 'id\r\npolicy-1-1\r\n',
    '062022_plan.json': `${JSON.stringify({ datasetVersion: version })}\n`,
    'excel/062022_goals.csv': '\uFEFFid\r\ngoal-1\r\n',
    'schemas/062022_goals.schema.json': '{}\n',
    'site/index.html': '<!DOCTYPE html>\n',
    'site/kpi/4-1-1/index.html': '<!DOCTYPE html>\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, checksumsName), sha256Sums(new Map(Object.entries(files))));
  return dir;
};

describe('release:committed assets: the release assets are the tagged commit’s dist/', () => {
  const small = smallDist(join(work, 'small-dist'), config.version);
  const smallSums = join(small, checksumsName);
  const assets = releaseAssets(small, config.municipality.code, config.version);
  const zip = zipName(config.municipality.code, config.version);
  let n = 0;
  /** The real assets, edited by `change` and then given a SHA256SUMS of their own that agrees (what listed-assets.sh passes). */
  const poisoned = (change: (files: Map<string, Uint8Array>) => void): string => {
    const dir = join(work, `assets-${++n}`);
    mkdirSync(dir);
    const files = new Map([...assets].filter(([name]) => name !== checksumsName));
    change(files);
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, checksumsName), sha256Sums(files));
    return dir;
  };
  const rezip = (files: Map<string, Uint8Array>, edit: (entries: Map<string, Uint8Array>) => void) => {
    const entries = unzipFiles(files.get(zip)!);
    edit(entries);
    files.set(zip, zipFiles(entries));
  };

  it('passes the real assets of the committed dist/ (every flat name as publish/urls.ts gives it, and the zip)', () => {
    const dir = join(work, 'real-assets');
    mkdirSync(dir);
    for (const [name, bytes] of releaseAssets(dist, config.municipality.code, config.version)) writeFileSync(join(dir, name), bytes);
    const r = run('assets', dir, committed, tag);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(
      run(
        'assets',
        poisoned(() => {}),
        smallSums,
        tag,
      ).status,
      0,
      'and those of the small build the refusals start from',
    );
  });
  const refusals: [string, (files: Map<string, Uint8Array>) => void, RegExp][] = [
    [
      'a flat asset changed, with its line',
      (f) => f.set('062022_goals.csv', new TextEncoder().encode('id\r\n')),
      /first difference: [<>] [0-9a-f]{64} {2}062022_goals\.csv/,
    ],
    ['a flat asset missing, with its line', (f) => f.delete('062022_goals.json'), /062022_goals\.json/],
    ['an extra asset, listed', (f) => f.set('payload.js', new TextEncoder().encode('alert(1)')), /payload\.js/],
    [
      'two assets swapped',
      (f) => {
        const a = f.get('062022_goals.csv')!;
        f.set('062022_goals.csv', f.get('062022_policies.csv')!);
        f.set('062022_policies.csv', a);
      },
      /first difference/,
    ],
    [
      'a file of the zip changed',
      (f) => rezip(f, (e) => e.set('site/index.html', new TextEncoder().encode('<script>alert(1)</script>'))),
      /a file does not have the SHA-256/,
    ],
    ['an extra file in the zip', (f) => rezip(f, (e) => e.set('site/extra.html', new TextEncoder().encode('x'))), /its entries are not the committed files/],
    ['a file missing from the zip', (f) => rezip(f, (e) => e.delete('062022_goals.csv')), /its entries are not the committed files/],
    [
      'the zip’s SHA256SUMS rewritten to agree with a changed file',
      (f) =>
        rezip(f, (e) => {
          e.set('062022_goals.csv', new TextEncoder().encode('id\r\n'));
          e.set(checksumsName, new TextEncoder().encode(sha256Sums(new Map([...e].filter(([p]) => p !== checksumsName)))));
        }),
      /SHA256SUMS:0:0 {2}error {2}.*? ／ is not the tagged commit's/,
    ],
    ['no zip', (f) => f.delete(zip), /expected one zip/],
  ];
  for (const [what, change, message] of refusals) {
    it(`refuses ${what} (exit 1, release:not-committed)`, () => {
      const r = run('assets', poisoned(change), smallSums, tag);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /\(release:not-committed\)\n$/);
    });
  }
  it('exits 2 on usage errors: a mode it does not know, too few arguments, a tag that is not vX.Y.Z', () => {
    assert.equal(run('publish').status, 2);
    assert.equal(run('assets', work).status, 2);
    assert.equal(run('assets', work, committed, 'v01.0.0').status, 2);
  });
});

describe('release:committed pages: the Pages tree is every version’s committed dist/ and the root page', () => {
  const previous = join(work, 'previous');
  const tree = join(work, 'tree');
  const sums = join(work, 'sums');
  before(async () => {
    mkdirSync(previous);
    smallDist(join(previous, 'v1.9.0'), '1.9.0');
    const old = smallDist(join(previous, 'v0.8.0'), '0.8.0');
    // Released before the site existed.
    rmSync(join(old, 'site'), { recursive: true });
    resum(old);
    const current = smallDist(join(work, 'pages-dist'), config.version);
    const r = await cli('pages-cli.ts', ['--out', tree, '--dist', current, '--previous', previous]);
    assert.equal(r.status, 0, r.stderr);
    mkdirSync(sums);
    writeFileSync(join(sums, tag), readFileSync(join(current, checksumsName)));
    for (const v of ['v1.9.0', 'v0.8.0']) writeFileSync(join(sums, v), readFileSync(join(previous, v, checksumsName)));
  });
  let n = 0;
  /** A copy of the tree and the sums, edited. */
  const edited = (change: (tree: string, sums: string) => void): [string, string] => {
    const t = join(work, `tree-${++n}`);
    const s = join(work, `sums-${n}`);
    cpSync(tree, t, { recursive: true });
    cpSync(sums, s, { recursive: true });
    change(t, s);
    return [t, s];
  };
  const check = (t: string, s: string) => run('pages', t, s, join(root, 'sources', 'source.json'));

  it('passes the tree release:pages writes, of small builds and of the committed dist/', async () => {
    const r = check(tree, sums);
    assert.equal(r.status, 0, r.stderr);
    const real = join(work, 'real-tree');
    assert.equal((await cli('pages-cli.ts', ['--out', real])).status, 0);
    const realSums = join(work, 'real-sums');
    mkdirSync(realSums);
    writeFileSync(join(realSums, tag), readFileSync(committed));
    const full = check(real, realSums);
    assert.equal(full.status, 0, full.stderr);
  });
  const refusals: [string, (t: string, s: string) => void, RegExp][] = [
    [
      'a page of this version changed',
      (t) => writeFileSync(join(t, `data/${tag}/site/index.html`), '<script>alert(1)</script>'),
      /a file does not have the SHA-256/,
    ],
    ['a file added to latest', (t) => writeFileSync(join(t, 'data/latest/site/x.html'), 'x'), /not listed: site\/x\.html/],
    [
      'a symbolic link in an earlier version',
      (t) => {
        unlinkSync(join(t, 'data/v1.9.0/062022_goals.csv'));
        symlinkSync('/etc/hostname', join(t, 'data/v1.9.0/062022_goals.csv'));
      },
      /is not a regular file/,
    ],
    [
      'an earlier version whose files and SHA256SUMS were both changed',
      (t) => {
        writeFileSync(join(t, 'data/v1.9.0/062022_goals.csv'), 'id\r\n');
        setVersion(join(t, 'data/v1.9.0'), '1.9.0');
      },
      /is not the tagged commit's/,
    ],
    [
      'latest that is not the newest version',
      (t) => {
        rmSync(join(t, 'data/latest'), { recursive: true });
        cpSync(join(t, 'data/v1.9.0'), join(t, 'data/latest'), { recursive: true });
      },
      /data\/latest\/SHA256SUMS:0:0 {2}error {2}.*? ／ is not the tagged commit's/,
    ],
    ['a version with no committed SHA256SUMS', (_, s) => unlinkSync(join(s, 'v0.8.0')), /no committed SHA256SUMS of v0\.8\.0/],
    [
      'a root page with a script',
      (t) => writeFileSync(join(t, 'index.html'), `${readFileSync(join(t, 'index.html'), 'utf8')}<script>alert(1)</script>\n`),
      /index\.html:0:0 {2}error {2}.*? ／ is not the root page/,
    ],
    [
      'a root page that leaves out a version',
      (t) => writeFileSync(join(t, 'index.html'), readFileSync(join(t, 'index.html'), 'utf8').replace(/<li><a href="data\/v0\.8\.0\/">.*\n/, '')),
      /is not the root page/,
    ],
    ['a file beside data/', (t) => writeFileSync(join(t, 'CNAME'), 'evil.example'), /holds only index\.html and data\//],
    ['a folder in data/ that is not a version', (t) => mkdirSync(join(t, 'data/v1.9')), /holds only latest\/ and vX\.Y\.Z\//],
    ['a version folder renamed', (t) => renameSync(join(t, 'data/v0.8.0'), join(t, 'data/v0.8.1')), /no committed SHA256SUMS of v0\.8\.1/],
  ];
  for (const [what, change, message] of refusals) {
    it(`refuses ${what} (exit 1)`, () => {
      const r = check(...edited(change));
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, message);
    });
  }
});
