import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { seedBytes, sourceInfo } from './helpers.ts';

describe('sources/', () => {
  it('holds the plan text byte for byte as the shared seed (sha256 21568c98…)', () => {
    const digest = createHash('sha256').update(seedBytes()).digest('hex');
    assert.equal(digest, '21568c984cf87469519dbd511fead64b671a1ba94c37f104eca74b6aff32a33a');
    assert.equal(sourceInfo.sha256, digest);
  });
  it('describes the source: 米沢市, 062022, FY2026–FY2030', () => {
    assert.equal(sourceInfo.publisher, '米沢市');
    assert.equal(sourceInfo.municipalityCode, '062022');
    assert.deepEqual(sourceInfo.period, { startFiscalYear: 2026, endFiscalYear: 2030 });
  });
});
