// npm test starts with `biome check`: the formatter and the linter over the tree (biome.json). This
// test keeps that true and shows the check bites — a misformatted file and a lint finding each fail it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from './release-helpers.ts';

const biome = join(root, 'node_modules', '.bin', 'biome');
// biome.json copied into a fresh folder (without the git ignore file, which the folder lacks), the code put
// where the tree would hold it, and checked as npm test checks the tree.
const check = (path: string, text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-'));
  const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  writeFileSync(join(dir, 'biome.json'), JSON.stringify({ ...config, $schema: undefined, vcs: { enabled: false } }));
  mkdirSync(join(dir, 'pipeline'));
  writeFileSync(join(dir, path), text);
  try {
    return spawnSync(biome, ['check', '--error-on-warnings', 'pipeline'], { cwd: dir, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('formatter and linter', () => {
  it('run first in npm test, over pipeline/, test/ and scripts/', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.match(pkg.scripts.test, /^biome check --error-on-warnings && /);
    const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
    for (const dir of ['pipeline/**', 'test/**', 'scripts/**']) assert.ok(config.files.includes.includes(dir), dir);
  });
  it('accept code written as the tree is written', () => {
    const r = check('pipeline/example.ts', 'export const answer = (n: number): number => n + 1;\n');
    assert.equal(r.status, 0, r.stderr);
  });
  it('refuse a misformatted file (double quotes, no semicolon)', () => {
    const r = check('pipeline/example.ts', 'export const answer = (n: number): number => n + "1"\n');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr + r.stdout, /format/i);
  });
  it('refuse a lint finding (an unused import)', () => {
    const r = check('pipeline/example.ts', "import { join } from 'node:path';\n\nexport const answer = 1;\n");
    assert.notEqual(r.status, 0);
    assert.match(r.stderr + r.stdout, /noUnusedImports/);
  });
});
