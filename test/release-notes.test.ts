// One version, stated everywhere it is published, and the release notes built from it: the
// CHANGELOG entry of the configured version plus the data diff against the previous release.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { changelogEntries, changelogEntry } from '../pipeline/release/changelog.ts';
import { listFiles } from '../pipeline/release/snapshot.ts';
import { readConfig } from '../pipeline/read/settings.ts';
import { parseVersion } from '../pipeline/release/version.ts';
import { cli, copyDist, dist, editValue, root, runScript, setVersion, tempDir } from './release-helpers.ts';

const work = tempDir('notes');
after(() => rmSync(work, { recursive: true, force: true }));
const config = readConfig();
const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');

/** Every value of a `datasetVersion` key anywhere in a JSON document. */
const statedVersions = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(statedVersions)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => (k === 'datasetVersion' && typeof v === 'string' ? [v] : statedVersions(v)))
      : [];

describe('one dataset version', () => {
  it('dataset.config.json holds a MAJOR.MINOR.PATCH version', () => {
    assert.ok(parseVersion(config.version), config.version);
  });
  it('every version dist/ states is the configured one', () => {
    const stated = listFiles(dist)
      .filter((f) => /\.json(ld)?$/.test(f) && !f.startsWith('schemas/'))
      .flatMap((f) => statedVersions(JSON.parse(readFileSync(join(dist, f), 'utf8'))));
    assert.ok(stated.length > 0, 'dist states its version somewhere');
    assert.deepEqual([...new Set(stated)], [config.version]);
  });
  it('CHANGELOG.md has a dated entry for the configured version, newest first', () => {
    const entries = changelogEntries(changelog);
    const entry = changelogEntry(changelog, config.version);
    assert.ok(entry, `CHANGELOG.md has no "## [${config.version}] - YYYY-MM-DD" entry`);
    assert.match(entry.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(entry.body.length > 0, 'the entry says what changed');
    assert.equal(entries[0]?.version, config.version, 'the configured version is the newest entry');
  });
});

describe('changelog entries', () => {
  const sample = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '- pending',
    '',
    '## [1.1.0] - 2027-04-01',
    '',
    '### Fixed',
    '',
    '- a name',
    '',
    '## 1.0.0 - 2026-11-24',
    '',
    'first',
    '',
    '[1.1.0]: https://example.org/v1.1.0',
    '',
  ].join('\n');
  it('reads each version entry without Unreleased and link definitions', () => {
    assert.deepEqual(changelogEntries(sample), [
      { version: '1.1.0', date: '2027-04-01', line: 7, body: '### Fixed\n\n- a name' },
      { version: '1.0.0', date: '2026-11-24', line: 13, body: 'first' },
    ]);
    assert.equal(changelogEntry(sample, '9.9.9'), undefined);
  });
});

describe('npm run release:notes', () => {
  const entry = changelogEntry(changelog, config.version)!;
  it('without a previous release: the CHANGELOG entry, a first-release line, download links', () => {
    const r = runScript('notes-cli.ts', []);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.includes(entry.body));
    assert.match(r.stdout, /This is the first release/);
    assert.ok(r.stdout.includes(`${config.downloadBaseUrl}/download/v${config.version}/SHA256SUMS`));
  });
  it('with the previous release: the data diff, and the URLs of the repository the workflow names', async () => {
    const previous = copyDist(work, 'previous');
    const rows = JSON.parse(readFileSync(join(previous, '062022_goals.json'), 'utf8')) as { id: string; name: string }[];
    editValue(previous, '062022_goals', rows[0]!.id, 'name', `${rows[0]!.name}（旧）`);
    const v = parseVersion(config.version)!;
    if (v.patch > 0) setVersion(previous, `${v.major}.${v.minor}.${v.patch - 1}`);
    const out = join(work, 'notes.md');
    const r = await cli('notes-cli.ts', ['--previous', previous, '--out', out], { DATASET_DOWNLOAD_BASE_URL: 'https://github.com/example/fork/releases' });
    assert.equal(r.status, 0, r.stderr);
    const notes = readFileSync(out, 'utf8');
    assert.ok(notes.startsWith(`## What changed in v${config.version} (${entry.date})\n\n${entry.body}\n`));
    assert.match(notes, /## Data changes /);
    assert.ok(notes.includes(`| \`${rows[0]!.id}\` | \`name\` |`), notes);
    assert.ok(notes.includes(`https://github.com/example/fork/releases/download/v${config.version}/`));
    assert.ok(notes.includes('https://github.com/example/fork/releases/latest/download/'));
  });
  it('exits 2 on an unknown option or a previous release that is not a build', async () => {
    assert.equal((await cli('notes-cli.ts', ['--bogus'])).status, 2);
    assert.equal((await cli('notes-cli.ts', ['--previous', join(work, 'nowhere')])).status, 2);
  });
});
