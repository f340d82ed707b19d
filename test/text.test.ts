import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayWidth } from '../pipeline/display-width.ts';
import { comparable, joinLines, normaliseText, removeExtractionSpaces } from '../pipeline/parse/text.ts';

describe('text normalisation', () => {
  it('removes the spaces extraction put between Japanese and digits or Latin letters', () => {
    assert.equal(removeExtractionSpaces('令和 5 年度'), '令和5年度');
    assert.equal(removeExtractionSpaces('新規学卒者や UIJ ターン者'), '新規学卒者やUIJターン者');
    assert.equal(removeExtractionSpaces('行政 DX の推進'), '行政DXの推進');
  });
  it('keeps spaces between two Japanese words and between Latin words', () => {
    assert.equal(removeExtractionSpaces('公共施設等総合管理計画 個別施設計画'), '公共施設等総合管理計画 個別施設計画');
    assert.equal(removeExtractionSpaces('Key Goal Indicator'), 'Key Goal Indicator');
  });
  it('removes a space next to Japanese punctuation', () => {
    assert.equal(removeExtractionSpaces('ランニングイベント ・ウォーキングイベント'), 'ランニングイベント・ウォーキングイベント');
  });
  it('joins PDF lines and drops the glossary mark ※', () => {
    assert.equal(
      normaliseText(['自殺対策を支える人材（ゲートキーパー※）の育成を進める', 'とともに']),
      '自殺対策を支える人材（ゲートキーパー）の育成を進めるとともに',
    );
    assert.equal(joinLines(['Well-', 'Being 全国調査']), 'Well-Being 全国調査');
  });
  it('compares names across widths (ＤＸ = DX)', () => {
    assert.equal(comparable('行政 DX の推進'), comparable('行政ＤＸの推進'));
    assert.notEqual(comparable('鳥獣被害対策の推進'), comparable('鳥獣による農林業被害対策の推進'));
  });
  it('counts full-width characters as two columns', () => {
    assert.equal(displayWidth('推進'), 4);
    assert.equal(displayWidth('DX'), 2);
  });
});
