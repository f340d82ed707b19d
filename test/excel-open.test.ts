// What Excel users are offered opens with its codes intact (issue 21 §7). A spreadsheet in a Japanese locale is
// LibreOffice headless with a profile whose locale is ja-JP (Tools → Options → Language Settings → Locale
// setting: the registry key /org.openoffice.Setup/L10N/ooSetupSystemLocale, written into a fresh profile) —
// the same as a Japanese Excel for what matters here. A double-click on a CSV is its import with the options a
// double-click offers, "detect special numbers" ticked as Excel always does: the filter options
// `CSV:44,34,76,1,,1041,false,true` (comma, double quote, UTF-8, from line 1, no column types, language 1041 =
// ja-JP, quoted fields not forced to text, special numbers detected). A double-click on the workbook is its
// plain load. Each is saved back as CSV "as shown" (what the person sees), text cells quoted.
// The BOM copies lose exactly what their caveat names (施策番号 1-1 becomes a date, 062022 the number 62022, the
// notation 3.0 the number 3) and nothing else; the workbook keeps every text cell as written (1-1, 1-1-1, 062022, R5, 49.3％) and every
// number as its value. And every link of the site that offers Excel points at the workbook.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Papa from 'papaparse';
import { codebookOf } from '../pipeline/emit/codebook.ts';
import { bomCsvCaveat } from '../pipeline/emit/formats/table-excel-csv.ts';
import { sheetNamesOf } from '../pipeline/emit/xlsx.ts';
import { tableNames } from '../pipeline/tables/registry.ts';
import { needs, sofficePath } from './consumers.ts';
import { seedBuild, textOf } from './helpers.ts';

const code = '062022';
const soffice = sofficePath();
const work = mkdtempSync(join(tmpdir(), 'plan-excel-open-'));
after(() => rmSync(work, { recursive: true, force: true }));

const fileText = async (path: string): Promise<string> => textOf((await seedBuild()).files, path);
const json = async (table: string) => JSON.parse(await fileText(`${code}_${table}.json`)) as Record<string, unknown>[];

/** A fresh LibreOffice profile whose locale is Japanese. */
const japaneseProfile = (name: string): string => {
  const dir = join(work, name);
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>ja-JP</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>ja-JP</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
};

/** The double-click of a CSV in a Japanese spreadsheet, as LibreOffice's import options. */
const doubleClickCsv = 'CSV:44,34,76,1,,1041,false,true';
/** Saved as CSV the way the cells are shown, every text cell quoted (so a text cell tells itself from a number or date); `-1`: every sheet, each to a file of its own. */
const asShown = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1041,true,true,true,false,false';

/** Opens files in a Japanese-locale LibreOffice of their own and saves what it shows; both conversions run side by side. */
const convert = (name: string, files: string[], options: { infilter?: string; sheets?: boolean }): Promise<string> =>
  new Promise((resolve, reject) => {
    const out = join(work, `${name}-out`);
    const args = [
      `-env:UserInstallation=${japaneseProfile(name)}`,
      '--headless',
      '--norestore',
      ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
    ];
    const filter = options.sheets ? `${asShown},-1` : asShown;
    const child = spawn(soffice!, [...args, '--convert-to', filter, '--outdir', out, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      if (status === 0) resolve(out);
      else reject(new Error(`soffice exited ${status}: ${log}`));
    });
  });

/** The seed's data files on disk: the BOM copies and the workbook, as a person downloads them. */
let written: Promise<string> | undefined;
const dist = (): Promise<string> =>
  (written ??= seedBuild().then((r) => {
    const dir = join(work, 'dist');
    for (const [path, content] of r.files) {
      if (!path.startsWith('excel/') && !path.endsWith('.xlsx')) continue;
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  }));

/** A CSV LibreOffice wrote: each row's cells, each with whether it was quoted (a text cell). */
const cellsOf = (text: string): { value: string; text: boolean }[][] =>
  text
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => {
      const values = Papa.parse<string[]>(line).data[0] ?? [];
      // Split the raw line on the commas between fields, so each field shows whether it was quoted.
      const raw: string[] = [];
      let at = 0;
      for (const v of values) {
        const quoted = line[at] === '"';
        const length = quoted ? 2 + v.length + (v.match(/"/g)?.length ?? 0) : v.length;
        raw.push(line.slice(at, at + length));
        at += length + 1;
      }
      return values.map((value, i) => ({ value, text: raw[i]!.startsWith('"') }));
    });

describe('opened by double-click in a Japanese-locale spreadsheet (LibreOffice, ja-JP)', { skip: needs('LibreOffice (soffice)', soffice) }, () => {
  const conversions = dist().then((dir) =>
    Promise.all([
      convert(
        'bom',
        tableNames.map((t) => join(dir, 'excel', `${code}_${t}.csv`)),
        { infilter: doubleClickCsv },
      ),
      convert('workbook', [join(dir, `${code}_plan.xlsx`)], { sheets: true }),
    ]),
  );

  it('the BOM copies lose exactly the codes their caveat names — 施策番号 1-1 a date, 062022 a number — and keep every other text', async () => {
    const [out] = await conversions;
    const lost: string[] = [];
    for (const name of tableNames) {
      const rows = await json(name);
      if (rows.length === 0) continue;
      const shown = cellsOf(readFileSync(join(out, `${code}_${name}.csv`), 'utf8')).slice(1);
      const published = Papa.parse<string[]>(await fileText(`${code}_${name}.csv`), { skipEmptyLines: true }).data.slice(1);
      assert.equal(shown.length, rows.length, name);
      const caveat = bomCsvCaveat(name, rows, `${code}_plan.xlsx`).ja;
      codebookOf(name).forEach((c, j) => {
        if (c.type !== 'string') return;
        const kept = shown.every((r, i) => published[i]![j] === '' || (r[j]!.text && r[j]!.value === published[i]![j]));
        const named = caveat.includes(`${c.title} `);
        assert.equal(!kept, named, `${name}.${c.title}: ${kept ? 'kept' : 'changed'}, ${named ? '' : 'not '}named in the caveat: ${caveat}`);
        if (named) lost.push(`${name}.${c.title}`);
      });
    }
    for (const l of ['policies.施策番号', 'pillars.施策の柱番号', 'indicators.全国地方公共団体コード', 'indicators.目標値表記'])
      assert.ok(lost.includes(l), `${l} in ${lost.join(' ')}`);
    const policy = cellsOf(readFileSync(join(out, `${code}_policies.csv`), 'utf8'))[1]!;
    assert.equal(policy[0]!.value, '62022', '062022 became a number');
    assert.equal(policy[0]!.text, false);
    assert.notEqual(policy[3]!.value, '1-1', '1-1 became a date');
  });

  it('the workbook keeps every text as written (1-1, 1-1-1, 062022, R5, 49.3％) and every number as its value, in every sheet', async () => {
    const [, out] = await conversions;
    const sheets = sheetNamesOf(tableNames);
    for (const name of tableNames) {
      const shown = cellsOf(readFileSync(join(out, `${code}_plan-${sheets.get(name)}.csv`), 'utf8'));
      const rows = await json(name);
      const columns = codebookOf(name);
      assert.deepEqual(
        shown[0]!.map((c) => c.value),
        columns.map((c) => c.title),
        `${name}: header`,
      );
      assert.equal(shown.length - 1, rows.length, `${name}: rows`);
      for (const [i, row] of rows.entries())
        for (const [j, c] of columns.entries()) {
          const cell = shown[i + 1]![j] ?? { value: '', text: false };
          const value = row[c.key];
          const where = `${name} row ${i + 1} ${c.title}`;
          if (value === null) assert.equal(cell.value, '', where);
          else if (c.type === 'string') assert.deepEqual(cell, { value, text: true }, where);
          else if (c.type === 'boolean') assert.equal(cell.value, value ? 'TRUE' : 'FALSE', where);
          else assert.equal(Number(cell.value), value, where);
        }
    }
    const cell = (sheet: string, row: number, col: number) => cellsOf(readFileSync(join(out, `${code}_plan-${sheet}.csv`), 'utf8'))[row]![col]!.value;
    assert.equal(cell('policies', 1, 3), '1-1');
    assert.equal(cell('pillars', 1, 3), '1-1-1');
    assert.equal(cell('indicators', 1, 0), '062022');
    assert.equal(cell('indicators', 1, 9), 'R5');
    assert.equal(cell('indicators', 1, 11), '49.3％');
  });
});

describe('what the site offers for Excel', () => {
  it('every link that names Excel opens the workbook; the BOM copy is labelled for what it is, with what a double-click loses', async () => {
    const { files } = await seedBuild();
    let excelLinks = 0;
    for (const path of [...files.keys()].filter((p) => p.startsWith('site/') && p.endsWith('.html'))) {
      const html = textOf(files, path);
      for (const [, href, text] of html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
        if (!/excel/i.test(text!.replace(/<[^>]*>/g, ''))) continue;
        excelLinks += 1;
        assert.match(href!, new RegExp(`(^|/)${code}_plan\\.xlsx$`), `${path}: 「${text}」 → ${href}`);
      }
      assert.doesNotMatch(html, /Excel ?用 ?CSV/, path);
    }
    assert.ok(excelLinks >= tableNames.length, `${excelLinks} links name Excel`);
    for (const name of tableNames) {
      const html = textOf(files, `site/dataset/${name}/index.html`);
      assert.match(html, new RegExp(`<a href="\\.\\./\\.\\./\\.\\./${code}_plan\\.xlsx"[^>]*>Excel ブック</a>`), `${name}: the workbook`);
      assert.match(html, new RegExp(`<a href="\\.\\./\\.\\./\\.\\./excel/${code}_${name}\\.csv"[^>]*>BOM付きCSV</a>`), `${name}: the BOM copy`);
      assert.ok(html.includes('Excel などでダブルクリックして開くと番号や表記が日付や数値に変わることがあります'), `${name}: its caveat`);
    }
    assert.match(textOf(files, 'site/dataset/policies/index.html'), /（全国地方公共団体コード 062022 が 62022 に、施策番号 1-1 が日付に）/);
  });
});
