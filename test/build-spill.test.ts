// A build given a spill (as the CLI gives one: issue 23 §2) writes each file of the site out as it is made and
// holds only the data: the same files, byte for byte, as the build that holds everything.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sha256Hex } from '../pipeline/sha256.ts';
import { buildWith, seedBuild } from './helpers.ts';

describe('a build given a spill', () => {
  it('hands every file of the site to it once, as its format makes it, and holds only the data: together the same files, byte for byte', async () => {
    const handed: string[] = [];
    const bytes = new Map<string, Uint8Array>();
    const result = await buildWith({
      spill: (path, content) => {
        handed.push(path);
        bytes.set(path, Uint8Array.from(content));
        return `/spilled/${path}`;
      },
    });
    assert.ok(result.ok);
    const whole = (await seedBuild()).files;
    const site = [...whole.keys()].filter((p) => p.startsWith('site/'));
    assert.ok(site.length > 700, `${site.length} files of the site`);
    assert.deepEqual(handed, site, 'each file of the site, once, in the order the build makes them');
    assert.deepEqual(
      [...result.files.keys()],
      [...whole.keys()].filter((p) => !p.startsWith('site/')),
      'the data held, in order',
    );
    assert.deepEqual([...result.spilled.keys()], site);
    for (const path of site) {
      const spilled = result.spilled.get(path)!;
      const expected = Buffer.from(whole.get(path)!);
      assert.equal(spilled.spilledTo, `/spilled/${path}`);
      assert.ok(expected.equals(bytes.get(path)!), path);
      assert.deepEqual(spilled.facts, { path, bytes: expected.byteLength, sha256: sha256Hex(expected) });
    }
    // SHA256SUMS and the manifest, held, list the spilled files as the whole build does.
    for (const path of ['SHA256SUMS', '.dataset-build']) assert.equal(result.files.get(path), whole.get(path), path);
  });
});
