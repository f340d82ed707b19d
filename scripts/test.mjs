// `npm test` after the typecheck: the test files in two shard processes (test/shard.ts says why), with
// one claims folder for the run and one bundled CLI for every test that spawns it (test/helpers.ts).
// Fails when a test file was claimed by no shard, so a file can never be skipped in silence.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBundle } from './bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const claims = mkdtempSync(join(tmpdir(), 'plan-test-claims-'));
// The same bundle npm run build runs, rebuilt only when a source changed.
const cli = await ensureBundle();
let status = 1;
try {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', join('test', 'shard-1.ts'), join('test', 'shard-2.ts')],
    { cwd: root, stdio: 'inherit', env: { ...process.env, PLAN_TEST_CLAIMS: claims, PLAN_TEST_CLI: cli } },
  );
  const unclaimed = readdirSync(join(root, 'test')).filter((f) => f.endsWith('.test.ts') && !existsSync(join(claims, f)));
  if (unclaimed.length > 0) process.stderr.write(`\nnot run by any shard: ${unclaimed.join(', ')}\n`);
  status = unclaimed.length > 0 ? 1 : (run.status ?? 1);
} finally {
  rmSync(claims, { recursive: true, force: true });
}
process.exit(status);
