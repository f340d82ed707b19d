// sources/sdg-links.csv as a person edits it: every error names the line of the file the row is on, however
// the file is laid out (blank lines, a quoted cell over two lines, CRLF, a BOM).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collect } from '../pipeline/diagnostics.ts';
import { parseCuratedSdgLinks } from '../pipeline/parse/curated-sdg-links.ts';

const parse = (text: string, file: string) => {
  const { value, diagnostics } = collect((report) => parseCuratedSdgLinks(text, file, report));
  return { value: value ?? [], diagnostics };
};

const header = '施策番号,SDGゴール番号,出典';
const file = 'sources/sdg-links.csv';

describe('sources/sdg-links.csv', () => {
  it('reads a link with the line it is on, past a blank line and a cell that spans two lines', () => {
    const text = [header, '', '4-1,3,"原本PDF p.11 の表', '（●の列）"', '', '4-2,4,原本PDF p.11 の表', ''].join('\r\n');
    const { value, diagnostics } = parse(`\uFEFF${text}`, file);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(
      value.map((l) => [l.policyCode, l.sdg, l.line]),
      [
        ['4-1', 3, 3],
        ['4-2', 4, 6],
      ],
    );
  });
  it('names the line of a bad row, not its position among the rows', () => {
    const text = [header, '', '4-1,3,原本PDF p.11', '', '', '4-1,18,原本PDF p.11', '4-1,5,'].join('\n');
    const { diagnostics } = parse(text, file);
    assert.deepEqual(
      diagnostics.map((d) => [d.line, d.reason]),
      [
        [6, 'SDGゴール番号 「18」 is not 1–17'],
        [7, 'the row has no 出典: say where the link was read (e.g. 原本PDF p.11 の表)'],
      ],
    );
  });
  it('finds the header below blank lines, and names its line when it is wrong', () => {
    assert.deepEqual(
      parse(`\n\n${header}\n4-1,3,原本`, file).value.map((l) => l.line),
      [4],
    );
    assert.deepEqual(
      parse('\n施策,SDG,出典\n', file).diagnostics.map((d) => [d.ruleId, d.line]),
      [['curated:header', 2]],
    );
  });
});
