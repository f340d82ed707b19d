// The GitHub Actions workflows, checked offline: they parse with GitHub's own parser, every action is
// pinned to a commit, tokens get only the permissions they need, and every `run:` step calls only npm
// scripts that exist and that the tests exercise — so nothing happens in a workflow no test has run.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse as parseYaml } from 'yaml';
import { root } from './release-helpers.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  environment?: { name?: string; url?: string };
  permissions?: Record<string, string>;
  'timeout-minutes'?: number;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group?: string };
  jobs: Record<string, Job>;
}

const dir = join(root, '.github', 'workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
const text = (f: string): string => readFileSync(join(dir, f), 'utf8');
const workflow = (f: string): Workflow => parseYaml(text(f)) as Workflow;
const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps);
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Every npm command in a shell script: `npm ci`, `npm test`, `npm run X`, … as [command, script]. */
const npmCalls = (run: string): [string, string | undefined][] =>
  [...run.matchAll(/\bnpm\s+(?:--?[\w-]+(?:=\S+)?\s+)*([\w-]+)(?:\s+(?:--?[\w-]+(?:=\S+)?\s+)*([\w:.-]+))?/g)].map((m) => [m[1]!, m[1] === 'run' || m[1] === 'run-script' ? m[2] : undefined]);

describe('workflows', () => {
  it('ci.yml and release.yml exist', () => {
    assert.deepEqual(files, ['ci.yml', 'release.yml']);
  });

  for (const f of files) {
    describe(f, () => {
      it('parses with @actions/workflow-parser without errors', () => {
        const result = parseWorkflow({ name: f, content: text(f) }, new NoOperationTraceWriter());
        assert.deepEqual(result.context.errors.getErrors().map((e) => e.message), []);
        assert.ok(result.value, 'a workflow template');
      });

      it('pins every action to a full commit SHA, with its version in a comment', () => {
        const lines = text(f).split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l));
        assert.ok(lines.length > 0);
        for (const l of lines) assert.match(l, /uses: [\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/, l);
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

      it('checks out without persisting credentials, on Node 20', () => {
        for (const s of steps(workflow(f))) {
          if (s.uses?.startsWith('actions/checkout@')) assert.equal(s.with?.['persist-credentials'], false);
          if (s.uses?.startsWith('actions/setup-node@')) assert.equal(String(s.with?.['node-version']), '20');
        }
      });

      it('runs only npm ci, npm test and npm scripts that exist in package.json', () => {
        for (const s of steps(workflow(f)).filter((s) => s.run)) {
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
      const module = /pipeline\/release\/([\w-]+\.ts)/.exec(scripts[script]!)?.[1];
      assert.ok(module && tests.includes(`'${module}'`), `npm run ${script} (${scripts[script]}) is not run by any test`);
    }
  });

  describe('ci.yml', () => {
    const w = workflow('ci.yml');
    it('runs on push and pull request: npm ci, npm test, build, git diff --exit-code dist', () => {
      assert.deepEqual(Object.keys(w.on).sort(), ['pull_request', 'push']);
      const runs = steps(w).flatMap((s) => (s.run ? [s.run] : []));
      const at = (re: RegExp) => runs.findIndex((r) => re.test(r));
      const order = [/^npm ci\b/, /^npm test$/, /^npm run build$/, /git diff --exit-code -- dist/].map(at);
      assert.ok(order.every((i) => i >= 0), JSON.stringify(runs));
      assert.deepEqual([...order].sort((a, b) => a - b), order, 'in this order');
    });
    it('never gets a write permission', () => {
      for (const job of Object.values(w.jobs)) assert.ok(!Object.values(job.permissions ?? {}).includes('write'));
    });
  });

  describe('release.yml', () => {
    const w = workflow('release.yml');
    const all = steps(w);
    it('runs on tags vX.Y.Z only', () => {
      assert.deepEqual(w.on, { push: { tags: ['v*.*.*'] } });
    });
    it('checks the tag against the dataset version before testing and building', () => {
      const runs = w.jobs.build!.steps.flatMap((s) => (s.run ? [s.run] : []));
      const at = (re: RegExp) => runs.findIndex((r) => re.test(r));
      const order = [/^npm ci\b/, /npm run release:check-tag -- "\$GITHUB_REF_NAME"/, /^npm test$/, /^npm run build$/, /npm run release:assets -- /, /npm run diff -- /, /npm run release:notes -- /].map(at);
      assert.ok(order.every((i) => i >= 0), JSON.stringify(runs));
      assert.deepEqual([...order].sort((a, b) => a - b), order, 'in this order');
    });
    it('points the download URLs at the repository it publishes from', () => {
      assert.match(text('release.yml'), /RELEASES_URL: \$\{\{ github\.server_url \}\}\/\$\{\{ github\.repository \}\}\/releases/);
      const build = w.jobs.build!.steps.find((s) => s.run === 'npm run build') as Step & { env?: Record<string, string> };
      assert.equal(build.env?.DATASET_DOWNLOAD_BASE_URL, '${{ env.RELEASES_URL }}');
    });
    it('gives write permissions to the publishing and Pages jobs alone, and only those they need', () => {
      const writers = Object.entries(w.jobs).filter(([, j]) => Object.values(j.permissions ?? {}).includes('write'));
      assert.deepEqual(writers.map(([n]) => n), ['publish', 'pages']);
      assert.deepEqual(w.jobs.pages!.permissions, { pages: 'write', 'id-token': 'write' });
      assert.deepEqual(w.jobs.publish!.permissions, { contents: 'write', 'id-token': 'write', attestations: 'write' });
      assert.deepEqual(w.jobs.build!.permissions, { contents: 'read' });
      assert.ok(!w.jobs.publish!.steps.some((s) => s.uses?.startsWith('actions/checkout@') || /\bnpm\b/.test(s.run ?? '')), 'the job with write access runs no project code');
    });
    it('points the data at the repository’s GitHub Pages (a repository variable may name another domain)', () => {
      assert.match(text('release.yml'), /PAGES_URL: \$\{\{ vars\.DATASET_PAGES_URL \|\| format\('https:\/\/\{0\}\.github\.io\/\{1\}\/', github\.repository_owner, github\.event\.repository\.name\) \}\}/);
      const build = w.jobs.build!.steps.find((s) => s.run === 'npm run build') as Step & { env?: Record<string, string> };
      assert.equal(build.env?.DATASET_PAGES_URL, '${{ env.PAGES_URL }}');
    });
    it('assembles the Pages tree from this build and every earlier release, read-only, and uploads it', () => {
      const steps = w.jobs.build!.steps;
      const i = (p: (s: Step) => boolean) => steps.findIndex(p);
      const fetch = i((s) => /gh release download "\$tag" .*--pattern "\*_plan_\$\{tag\}\.zip" --dir "\$RUNNER_TEMP\/published-zip\/\$tag"/.test(s.run ?? ''));
      const assemble = i((s) => /npm run release:pages -- --out "\$RUNNER_TEMP\/pages" --previous "\$RUNNER_TEMP\/published"/.test(s.run ?? ''));
      const upload = i((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
      assert.ok(i((s) => s.run === 'npm run build') < fetch && fetch < assemble && assemble < upload, JSON.stringify(steps.map((s) => s.name ?? s.uses ?? s.run)));
      assert.match(steps[fetch]!.run!, /\[\[ "\$tag" =~ \^v\[0-9\]\+/, 'only vX.Y.Z tags, quoted');
      assert.equal(steps[upload]!.uses, 'actions/upload-pages-artifact@fc324d3547104276b827a68afc52ff2a11cc49c9');
      assert.equal(steps[upload]!.with?.path, '${{ runner.temp }}/pages');
    });
    it('deploys to Pages only after the release is published, in the github-pages environment, running no project code', () => {
      const pages = w.jobs.pages!;
      assert.deepEqual(pages.needs, ['build', 'publish']);
      assert.equal(pages.environment?.name, 'github-pages');
      assert.deepEqual(pages.steps.map((s) => s.uses), ['actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128']);
      assert.ok(!w.jobs.build!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    });
    it('verifies, attests and publishes the assets with gh release create', () => {
      const publish = w.jobs.publish!.steps;
      const i = (p: (s: Step) => boolean) => publish.findIndex(p);
      const verify = i((s) => /sha256sum -c --strict SHA256SUMS/.test(s.run ?? ''));
      const attest = i((s) => s.uses?.startsWith('actions/attest-build-provenance@') ?? false);
      const create = i((s) => /gh release create "\$GITHUB_REF_NAME" release\/assets\/\* .*--notes-file release\/notes\.md/.test(s.run ?? ''));
      assert.ok(verify >= 0 && attest > verify && create > attest, JSON.stringify(publish));
      assert.equal(publish[attest]!.with?.['subject-path'], 'release/assets/*');
      assert.ok(all.some((s) => s.uses?.startsWith('actions/upload-artifact@')));
    });
  });
});

describe('README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  it('has a "Releasing a new version" section whose npm commands all exist', () => {
    const section = readme.split('## Releasing a new version')[1]?.split(/\n## /)[0];
    assert.ok(section, 'README has the section');
    const calls = npmCalls(section);
    assert.ok(calls.length > 0);
    for (const [command, script] of calls) if (command === 'run') assert.ok(script && scripts[script], `README names npm run ${script}`);
  });
  it('documents the versioned and the latest download URL', () => {
    assert.match(readme, /releases\/download\/vX\.Y\.Z\/<asset>/);
    assert.match(readme, /releases\/latest\/download\/<asset>/);
  });
});
