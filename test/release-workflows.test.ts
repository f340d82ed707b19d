// The GitHub Actions workflows, checked offline: they parse with GitHub's own parser, every action is
// pinned to a commit that was verified against the action's own repository, tokens get only the
// permissions they need, CI covers every Node.js line we support, and every `run:` step calls only npm
// scripts (or the release's one sh script) that exist and that the tests exercise — so nothing happens
// in a workflow no test has run.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse as parseYaml } from 'yaml';
import { root } from './release-helpers.ts';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  'timeout-minutes'?: number;
  environment?: string | { name?: string; url?: string };
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> };
  needs?: string | string[];
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group?: string };
  jobs: Record<string, Job>;
}

const dir = join(root, '.github', 'workflows');
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const text = (f: string): string => readFileSync(join(dir, f), 'utf8');
const workflow = (f: string): Workflow => parseYaml(text(f)) as Workflow;
const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps);
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };
const scripts = packageJson.scripts;

/**
 * Every action a workflow may use, each checked against a clone of its own repository
 * (github.com/<action>): `git rev-parse <tag>^{commit}` gives the commit, and `runs.using` in action.yml
 * at that commit is node24 or composite (node20 is deprecated on the runners). The newest major of each,
 * its release notes read for breaking changes (see docs/releases.md). A composite's
 * inner action is listed beside it, verified the same way. Pin a new action or version here only after
 * the same check. actions/configure-pages is absent on purpose: its newest release (v5.0.0) still runs
 * on node20, so the Pages deployment does without it.
 */
const verified: Record<string, { version: string; commit: string; runs: 'node24' | 'composite'; inner?: string }> = {
  'actions/checkout': { version: 'v7.0.1', commit: '3d3c42e5aac5ba805825da76410c181273ba90b1', runs: 'node24' },
  'actions/setup-node': { version: 'v7.0.0', commit: '820762786026740c76f36085b0efc47a31fe5020', runs: 'node24' },
  'actions/upload-artifact': { version: 'v7.0.0', commit: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', runs: 'node24' },
  'actions/download-artifact': { version: 'v8.0.1', commit: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', runs: 'node24' },
  'actions/attest-build-provenance': {
    version: 'v4.1.0',
    commit: 'a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32',
    runs: 'composite',
    inner: 'actions/attest@59d89421af93a897026c735860bf21b6eb4f7b26 # v4.1.0, node24',
  },
  'actions/upload-pages-artifact': {
    version: 'v5.0.0',
    commit: 'fc324d3547104276b827a68afc52ff2a11cc49c9',
    runs: 'composite',
    inner: 'actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0, node24',
  },
  'actions/deploy-pages': { version: 'v5.0.0', commit: 'cd2ce8fcbc39b97be8ca5fce6e763baed58fa128', runs: 'node24' },
};

/** The Node.js lines CI tests: the oldest `engines` allows up to the newest LTS. */
const nodeLines = [20, 22, 24];

/** A job's steps that run a shell script, with the script. */
const runs = (job: Job): string[] => job.steps.flatMap((s) => (s.run ? [s.run] : []));

/** Where each of `patterns` first matches in `list` (-1 when nowhere). */
const positions = (list: string[], patterns: RegExp[]): number[] => patterns.map((re) => list.findIndex((r) => re.test(r)));

/** Scripts run with sh in a workflow, e.g. `sh pipeline/release/listed-assets.sh DIR` → that path. */
const shCalls = (run: string): string[] => [...run.matchAll(/(?:^|[\s;&|(])sh\s+([\w./-]+\.sh)\b/g)].map((m) => m[1]!);

/** Every npm command in a shell script: `npm ci`, `npm test`, `npm run X`, … as [command, script]. */
const npmCalls = (run: string): [string, string | undefined][] =>
  [...run.matchAll(/\bnpm\s+(?:--?[\w-]+(?:=\S+)?\s+)*([\w-]+)(?:\s+(?:--?[\w-]+(?:=\S+)?\s+)*([\w:.-]+))?/g)].map((m) => [
    m[1]!,
    m[1] === 'run' || m[1] === 'run-script' ? m[2] : undefined,
  ]);

describe('workflows', () => {
  it('ci.yml and release.yml exist', () => {
    assert.deepEqual(files, ['ci.yml', 'release.yml']);
  });

  for (const f of files) {
    describe(f, () => {
      it('parses with @actions/workflow-parser without errors', () => {
        const result = parseWorkflow({ name: f, content: text(f) }, new NoOperationTraceWriter());
        assert.deepEqual(
          result.context.errors.getErrors().map((e) => e.message),
          [],
        );
        assert.ok(result.value, 'a workflow template');
      });

      it('pins every action to a full commit SHA, with its version in a comment', () => {
        const lines = text(f)
          .split('\n')
          .filter((l) => /^\s*(-\s+)?uses:/.test(l));
        assert.ok(lines.length > 0);
        for (const l of lines) assert.match(l, /uses: [\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/, l);
      });

      it('uses only actions whose pin was verified against their own repository, at that commit and version', () => {
        for (const l of text(f)
          .split('\n')
          .filter((l) => /^\s*(-\s+)?uses:/.test(l))) {
          const m = /uses: ([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # (v[\d.]+)$/.exec(l);
          assert.ok(m, l);
          const pin = verified[m[1]!];
          assert.ok(pin, `${m[1]} is not among the verified actions: verify its tag, commit and runs.using first`);
          assert.deepEqual([m[2], m[3]], [pin.commit, pin.version], `${m[1]}: the verified pin is ${pin.version} ${pin.commit}`);
        }
      });

      it('gives the workflow a read-only token, a concurrency group and every job a timeout', () => {
        const w = workflow(f);
        assert.deepEqual(w.permissions, { contents: 'read' });
        assert.ok(w.concurrency?.group, 'a concurrency group');
        for (const [name, job] of Object.entries(w.jobs)) {
          assert.equal(typeof job['timeout-minutes'], 'number', `${name} has timeout-minutes`);
          assert.ok(job['timeout-minutes']! <= 30, `${name} timeout`);
        }
      });

      it('checks out without persisting credentials, on a Node.js line CI tests', () => {
        for (const s of steps(workflow(f))) {
          if (s.uses?.startsWith('actions/checkout@')) assert.equal(s.with?.['persist-credentials'], false);
          if (s.uses?.startsWith('actions/setup-node@')) {
            const version = String(s.with?.['node-version']);
            assert.ok(version === '${{ matrix.node }}' || nodeLines.includes(Number(version)), `node-version ${version}`);
          }
        }
      });

      it('runs only npm ci, npm test and npm scripts that exist in package.json (or the sh script one of them names)', () => {
        for (const s of steps(workflow(f)).filter((s) => s.run)) {
          for (const script of shCalls(s.run!)) assert.ok(Object.values(scripts).includes(`sh ${script}`), `${f}: sh ${script} is not what an npm script runs`);
          for (const [command, script] of npmCalls(s.run!)) {
            if (command === 'ci') continue;
            if (command === 'test') {
              assert.ok(scripts.test);
              continue;
            }
            assert.ok(command === 'run', `${f}: only npm ci, npm test and npm run: ${s.run}`);
            assert.ok(script && scripts[script], `${f}: npm run ${script} is not a script in package.json`);
          }
          assert.doesNotMatch(s.run!, /\bnpx\b|\bnode\s|\btsx\b/, `${f}: call project code through npm scripts: ${s.run}`);
        }
      });
    });
  }

  it('every npm script a workflow runs is run by a test', () => {
    const tests = readdirSync(join(root, 'test'))
      .filter((n) => n.endsWith('.ts'))
      .map((n) => readFileSync(join(root, 'test', n), 'utf8'))
      .join('\n');
    const used = new Set(files.flatMap((f) => steps(workflow(f)).flatMap((s) => (s.run ? npmCalls(s.run).map(([, script]) => script) : []))));
    for (const script of used) {
      if (!script || script === 'build') continue; // build: test/cli.test.ts runs pipeline/cli.ts
      // A script that runs a test file (test:fuzz, more inputs than npm test throws) is run by npm test.
      const testFiles = /^(?:[A-Z_]+=\S+ )*node --import tsx --test ((?:test\/[\w-]+\.test\.ts ?)+)$/.exec(scripts[script]!)?.[1];
      if (testFiles) {
        for (const testFile of testFiles.trim().split(' '))
          assert.ok(existsSync(join(root, testFile)), `npm run ${script} runs ${testFile}, which does not exist`);
        continue;
      }
      // `node scripts/run.mjs x-cli` runs the bundle of pipeline/release/x-cli.ts.
      const module = /^node scripts\/run\.mjs ([\w-]+-cli)$/.exec(scripts[script]!)?.[1]?.concat('.ts');
      assert.ok(module && tests.includes(`'${module}'`), `npm run ${script} (${scripts[script]}) is not run by any test`);
    }
    const sh = new Set(files.flatMap((f) => steps(workflow(f)).flatMap((s) => (s.run ? shCalls(s.run) : []))));
    assert.ok(sh.size > 0, 'the publish job runs its sh check');
    for (const script of sh) assert.ok(tests.includes(`'${script.split('/').pop()}'`), `sh ${script} is not run by any test`);
  });

  describe('ci.yml', () => {
    const w = workflow('ci.yml');
    it('runs on push and pull request: npm ci, npm test, build, then dist/ must equal the commit', () => {
      assert.deepEqual(Object.keys(w.on).sort(), ['pull_request', 'push']);
      const order = positions(runs(w.jobs.test!), [/^npm ci\b/, /^npm test$/, /^npm run build$/, /^npm run release:check-dist$/]);
      assert.ok(
        order.every((i) => i >= 0),
        JSON.stringify(runs(w.jobs.test!)),
      );
      assert.deepEqual(
        [...order].sort((a, b) => a - b),
        order,
        'in this order',
      );
    });
    it(`tests every Node.js line we support (${nodeLines.join(', ')}), each to the end, from the oldest engines allows`, () => {
      const test = w.jobs.test!;
      assert.deepEqual(test.strategy?.matrix, { node: nodeLines });
      assert.equal(test.strategy?.['fail-fast'], false);
      assert.equal(test.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version'], '${{ matrix.node }}');
      assert.equal(packageJson.engines.node, `>=${nodeLines[0]}`);
    });
    it('never gets a write permission', () => {
      for (const job of Object.values(w.jobs)) assert.ok(!Object.values(job.permissions ?? {}).includes('write'));
    });
    it('installs the consumers .ci/run installs (but Chromium and its headless shell, snaps on Ubuntu: the runner’s Chrome instead) and fails rather than skips without them', () => {
      const install = (text: string) => new Set(/apt-get install -y -qq ([^>\n]+)/.exec(text)?.[1]?.replace(/\\\n/g, ' ').trim().split(/\s+/));
      const ciRun = install(readFileSync(join(root, '.ci', 'run'), 'utf8').replace(/\\\n\s*/g, ' '));
      const here = install(runs(w.jobs.test!).join('\n'));
      assert.ok(ciRun.has('chromium') && ciRun.has('libreoffice-calc-nogui') && here.size >= 8, `${[...ciRun]} / ${[...here]}`);
      assert.deepEqual([...ciRun].filter((p) => p !== 'chromium' && p !== 'chromium-headless-shell').sort(), [...here].sort());
      const test = w.jobs.test!.steps.find((s) => s.run === 'npm test') as Step & { env?: Record<string, string> };
      assert.deepEqual(test.env, { REQUIRE_CONSUMERS: '1', CHROMIUM_PATH: '/usr/bin/google-chrome' });
    });
  });

  describe('release.yml', () => {
    const w = workflow('release.yml');
    const all = steps(w);
    const build = w.jobs.build!;
    const publish = w.jobs.publish!;
    it('runs on tags vX.Y.Z only', () => {
      assert.deepEqual(w.on, { push: { tags: ['v*.*.*'] } });
    });
    it('checks the tag, then that its commit is on main, before testing, building and checking dist/ against the commit', () => {
      const order = positions(runs(build), [
        /^npm ci\b/,
        /^npm run release:check-tag -- "\$GITHUB_REF_NAME"$/,
        /^npm run release:check-on-main -- HEAD --main origin\/main$/,
        /^npm test$/,
        /^npm run build$/,
        /^npm run release:check-dist$/,
        /npm run release:assets -- /,
        /npm run diff -- /,
        /npm run release:notes -- /,
      ]);
      assert.ok(
        order.every((i) => i >= 0),
        JSON.stringify(runs(build)),
      );
      assert.deepEqual(
        [...order].sort((a, b) => a - b),
        order,
        'in this order',
      );
    });
    it("fetches main's whole history, so the ancestry check can tell", () => {
      const checkout = build.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
      assert.equal(checkout?.with?.['fetch-depth'], 0);
    });
    it('builds on a Node.js line CI tests, from the lockfile alone (no dependency cache)', () => {
      const setup = build.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!;
      assert.ok(nodeLines.includes(Number(setup.with?.['node-version'])));
      assert.equal(setup.with?.['package-manager-cache'], false);
      assert.equal(setup.with?.cache, undefined);
    });
    it('points the download URLs at the repository it publishes from', () => {
      assert.match(text('release.yml'), /RELEASES_URL: \$\{\{ github\.server_url \}\}\/\$\{\{ github\.repository \}\}\/releases/);
      const step = build.steps.find((s) => s.run === 'npm run build') as Step & { env?: Record<string, string> };
      assert.equal(step.env?.DATASET_DOWNLOAD_BASE_URL, '${{ env.RELEASES_URL }}');
    });
    it('gives write permissions only to the jobs that publish, and only those they need', () => {
      // publish: the release and its attestations. pages (when there is one): the site, nothing else.
      const allowed: Record<string, Record<string, string>> = {
        publish: { contents: 'write', 'id-token': 'write', attestations: 'write' },
        pages: { contents: 'read', pages: 'write', 'id-token': 'write' },
      };
      const writers = Object.entries(w.jobs).filter(([, j]) => Object.values(j.permissions ?? {}).includes('write'));
      assert.ok(writers.some(([n]) => n === 'publish'));
      for (const [name, job] of writers) assert.deepEqual(job.permissions, allowed[name], `${name} may write`);
      assert.deepEqual(build.permissions, { contents: 'read' });
    });
    it('runs no project code where it can write: no npm, no Node; a checkout only of the sh checkers and what they check against, without credentials', () => {
      const writers = Object.entries(w.jobs).filter(([, j]) => Object.values(j.permissions ?? {}).includes('write'));
      assert.deepEqual(writers.map(([name]) => name).sort(), ['pages', 'publish']);
      for (const [name, job] of writers) {
        for (const r of runs(job)) assert.doesNotMatch(r, /\bnpm\b|\bnpx\b|\bnode\b|\btsx\b/, `${name}: ${r}`);
        const checkouts = job.steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
        assert.equal(checkouts.length, 1, `${name} checks out once`);
        const { 'sparse-checkout': sparse, ...rest } = checkouts[0]!.with ?? {};
        assert.deepEqual(rest, { 'persist-credentials': false, 'sparse-checkout-cone-mode': false }, name);
        const paths = String(sparse).trim().split('\n');
        for (const p of paths)
          assert.match(
            p,
            /^\/(pipeline\/release\/[a-z-]+\.sh|dist\/SHA256SUMS|sources\/source\.json)$/,
            `${name} checks out only the checkers, dist/SHA256SUMS and source.json: ${p}`,
          );
        assert.ok(paths.includes('/dist/SHA256SUMS'), `${name} checks against the tagged commit's dist/SHA256SUMS`);
      }
    });
    it('runs one release at a time across tags, queued, never cancelled (two Pages deploys cannot drop each other’s versions)', () => {
      assert.deepEqual(w.concurrency, { group: 'release', 'cancel-in-progress': false });
      assert.doesNotMatch(String(w.concurrency?.group), /github\.ref/);
    });
    it('publishes in the release environment, after the build', () => {
      assert.equal(typeof publish.environment === 'string' ? publish.environment : publish.environment?.name, 'release');
      assert.equal(publish.needs, 'build');
    });
    it('points the data at the repository’s GitHub Pages (a repository variable may name another domain)', () => {
      assert.match(
        text('release.yml'),
        /PAGES_URL: \$\{\{ vars\.DATASET_PAGES_URL \|\| format\('https:\/\/\{0\}\.github\.io\/\{1\}\/', github\.repository_owner, github\.event\.repository\.name\) \}\}/,
      );
      const step = build.steps.find((s) => s.run === 'npm run build') as Step & { env?: Record<string, string> };
      assert.equal(step.env?.DATASET_PAGES_URL, '${{ env.PAGES_URL }}');
    });
    it('assembles the Pages tree from this build and every earlier release, read-only, and uploads it', () => {
      const steps = w.jobs.build!.steps;
      const i = (p: (s: Step) => boolean) => steps.findIndex(p);
      const fetch = i((s) => /gh release download "\$tag" .*--pattern "\*_plan_\$\{tag\}\.zip" --dir "\$RUNNER_TEMP\/published-zip\/\$tag"/.test(s.run ?? ''));
      const assemble = i((s) => /npm run release:pages -- --out "\$RUNNER_TEMP\/pages" --previous "\$RUNNER_TEMP\/published"/.test(s.run ?? ''));
      const upload = i((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
      assert.ok(
        i((s) => s.run === 'npm run build') < fetch && fetch < assemble && assemble < upload,
        JSON.stringify(steps.map((s) => s.name ?? s.uses ?? s.run)),
      );
      assert.match(
        steps[fetch]!.run!,
        /\[\[ "\$tag" =~ \^v\(0\|\[1-9\]\[0-9\]\*\)/,
        'only vX.Y.Z tags (SemVer: no leading zeros; test/settings.test.ts runs the pattern), quoted',
      );
      assert.equal(steps[upload]!.uses, 'actions/upload-pages-artifact@fc324d3547104276b827a68afc52ff2a11cc49c9');
      assert.equal(steps[upload]!.with?.path, '${{ runner.temp }}/pages');
      assert.equal(steps[upload]!.with?.['include-hidden-files'], true, 'dist/.dataset-build is published as SHA256SUMS lists it');
    });
    it('deploys to Pages only after the release is published, in the github-pages environment, running no project code', () => {
      const pages = w.jobs.pages!;
      assert.deepEqual(pages.needs, ['build', 'publish']);
      assert.equal(typeof pages.environment === 'string' ? pages.environment : pages.environment?.name, 'github-pages');
      assert.equal(pages.steps.at(-1)!.uses, 'actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128');
      assert.ok(!w.jobs.build!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    });
    it('deploys the Pages artifact only after checking it against every version’s committed dist/SHA256SUMS', () => {
      const steps = w.jobs.pages!.steps;
      const i = (p: (s: Step) => boolean) => steps.findIndex(p);
      const download = i((s) => (s.uses?.startsWith('actions/download-artifact@') ?? false) && s.with?.name === 'github-pages');
      const sums = i((s) =>
        /cp dist\/SHA256SUMS "\$RUNNER_TEMP\/sums\/\$GITHUB_REF_NAME"[\s\S]*gh api "repos\/\$GITHUB_REPOSITORY\/contents\/dist\/SHA256SUMS\?ref=\$tag"/.test(
          s.run ?? '',
        ),
      );
      const check = i((s) => s.run === 'sh pipeline/release/committed.sh pages "$RUNNER_TEMP/pages" "$RUNNER_TEMP/sums" sources/source.json');
      const deploy = i((s) => s.uses?.startsWith('actions/deploy-pages@') ?? false);
      assert.ok(download >= 0 && sums > download && check > sums && deploy === check + 1, JSON.stringify(steps.map((s) => s.name ?? s.uses ?? s.run)));
      assert.match(steps[sums]!.run!, /\[\[ "\$tag" =~ \^v\(0\|\[1-9\]\[0-9\]\*\)/, 'only vX.Y.Z folders are looked up');
    });
    it('publishes and attests exactly the files SHA256SUMS lists: checked first, then the same list, never a glob', () => {
      const i = (p: (s: Step) => boolean) => publish.steps.findIndex(p);
      const download = i((s) => s.uses?.startsWith('actions/download-artifact@') ?? false);
      const listed = i((s) => /^sh pipeline\/release\/listed-assets\.sh release\/assets > "\$RUNNER_TEMP\/assets\.txt"$/m.test(s.run ?? ''));
      const committed = i((s) => s.run === 'sh pipeline/release/committed.sh assets release/assets dist/SHA256SUMS "$GITHUB_REF_NAME"');
      const attest = i((s) => s.uses?.startsWith('actions/attest-build-provenance@') ?? false);
      const create = i((s) => /gh release create "\$GITHUB_REF_NAME" "\$\{assets\[@\]\}" .*--notes-file release\/notes\.md/.test(s.run ?? ''));
      assert.ok(download >= 0 && listed > download && committed > listed && attest > committed && create > attest, JSON.stringify(publish.steps));
      assert.equal(publish.steps[listed]!.id, 'listed');
      assert.match(publish.steps[listed]!.run!, /echo 'paths<<EOF'; cat "\$RUNNER_TEMP\/assets\.txt"; echo 'EOF'; \} >> "\$GITHUB_OUTPUT"/);
      assert.deepEqual(publish.steps[attest]!.with, { 'subject-path': '${{ steps.listed.outputs.paths }}' });
      assert.match(publish.steps[create]!.run!, /mapfile -t assets < "\$RUNNER_TEMP\/assets\.txt"/);
      assert.doesNotMatch(text('release.yml'), /assets\/\*/, 'no glob picks what is published');
    });
    it('hands the publish job the artifact the build uploaded', () => {
      const up = all.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
      const down = publish.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
      assert.ok(build.steps.includes(up!));
      assert.equal(up?.with?.name, down?.with?.name);
      assert.equal(up?.with?.['if-no-files-found'], 'error');
    });
  });
});

describe('docs/releases.md', () => {
  const releases = readFileSync(join(root, 'docs', 'releases.md'), 'utf8');
  it('says how to release a new version, naming only npm commands that exist', () => {
    const section = releases.split('# Releasing a new version')[1]?.split(/\n## /)[0];
    assert.ok(section, 'docs/releases.md has the section');
    const calls = npmCalls(section);
    assert.ok(calls.length > 0);
    for (const [command, script] of calls) if (command === 'run') assert.ok(script && scripts[script], `docs/releases.md names npm run ${script}`);
  });
  it('lists every verified action pin, as the test holds it, and says configure-pages is left out', () => {
    const section = releases.split('## Pinned actions')[1]?.split(/\n#/)[0] ?? '';
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    assert.deepEqual(
      rows.map((l) =>
        l
          .split('|')
          .slice(1, 5)
          .map((c) => c.trim().replace(/`/g, ''))
          .join(' '),
      ),
      Object.entries(verified).map(([name, pin]) => `${name} ${pin.version} ${pin.commit} ${pin.runs}`),
    );
    assert.match(section, /`actions\/configure-pages` is not used: its newest release \(v5\.0\.0\) still runs on node20/);
  });
  it('links docs/releasing.md, which says how to set every setting the release workflow relies on', () => {
    assert.match(releases, /\[docs\/releasing\.md\]\(releasing\.md\)/);
    const docs = readFileSync(join(root, 'docs', 'releasing.md'), 'utf8');
    const w = workflow('release.yml');
    const environments = Object.values(w.jobs).flatMap((j) => (j.environment ? [typeof j.environment === 'string' ? j.environment : j.environment.name!] : []));
    assert.deepEqual(environments.sort(), ['github-pages', 'release']);
    for (const name of environments)
      assert.match(docs, new RegExp(`environments/${name}/deployment-branch-policies -f name='v\\*\\.\\*\\.\\*' -f type=tag`), name);
    assert.deepEqual(w.on, { push: { tags: ['v*.*.*'] } }, 'the tag rule the docs give is the trigger');
    assert.match(docs, /"required_status_checks"/);
    for (const node of nodeLines) assert.ok(docs.includes(`"context": "Node ${node}: test, build, dist/ is fresh"`), `the required check of Node ${node}`);
    assert.equal(
      workflow('ci.yml').jobs.test!.steps.length > 0 && (parseYaml(text('ci.yml')) as { jobs: { test: { name: string } } }).jobs.test.name,
      'Node ${{ matrix.node }}: test, build, dist/ is fresh',
    );
    for (const rule of [
      '"target": "tag"',
      '"refs/tags/v*"',
      '{ "type": "deletion" }',
      '{ "type": "update" }',
      'prevent_self_review',
      'Enable release immutability',
    ])
      assert.ok(docs.includes(rule), rule);
  });
  it('documents the versioned and the latest download URL', () => {
    assert.match(releases, /releases\/download\/vX\.Y\.Z\/<asset>/);
    assert.match(releases, /releases\/latest\/download\/<asset>/);
  });
});
