// sources/indicator-actuals.csv: the actual values of the KPIs, one row per (KPI, fiscal year), each with
// where the figure was published. Read strictly with papaparse: every cell must be exactly what the
// column asks for, or the row is an error at its line; nothing is guessed, trimmed into shape or converted
// (1,000 and full-width digits are refused, not read as 1000). Checks against the model (the KPI exists,
// the year lies in its range, no (KPI, year) twice) are model/progress.ts's.
import type { Reporter } from '../diagnostics.ts';
import { csvRecords, csvText, isBlank, isFormulaLike, lineOfOffset } from './csv-records.ts';
import { maxSignificantDigits } from './indicators.ts';

export interface CuratedActual {
  /** `kpi-4-1-1`, as the indicators table names it. */
  kpiId: string;
  /** 西暦 fiscal year (令和8年度 = 2026). */
  fiscalYear: number;
  /** The value in the KPI's unit, as the bare number the cell holds. */
  value: number;
  /** Where the figure was published: a URL or a document title. */
  provenance: string;
  /** Line of the file the row starts on (the header is line 1). */
  line: number;
}

export const actualsHeader = ['指標ID', '年度', '実績値', '出典'] as const;

/** A bare decimal in ASCII: 52, 49.5, -3, 0.25 — no sign +, no thousands separator, no leading zeros, no unit. */
const bareNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
/** A line break inside a cell (every other hidden character is refused for the whole file: read/curated-text.ts). */
const lineBreak = /[\r\n]/;

const fullWidthDigits = /[０-９．，－]/;

/** A cell as a message quotes it: at most 40 characters, so a runaway cell does not flood the report. */
export const shown = (text: string): string => {
  const head = [...text.slice(0, 41)];
  return head.length > 40 ? `${head.slice(0, 40).join('')}…` : text;
};

const significantDigits = (text: string): number => text.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length;

/** Why a 実績値 cell is not a bare number, with what to write instead; undefined when it is one. */
const valueProblem = (text: string): string | undefined => {
  if (text === '') return 'the row has no 実績値';
  if (bareNumber.test(text)) {
    return significantDigits(text) > maxSignificantDigits
      ? `実績値 「${shown(text)}」 has more than ${maxSignificantDigits} significant digits, which a published number cannot hold exactly`
      : undefined;
  }
  const hint = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)
    ? `; write it without the thousands separator (${shown(text.replace(/,/g, ''))})`
    : /^\+\d/.test(text)
      ? `; write it without the sign + (${shown(text.slice(1))})`
      : /^-?0\d/.test(text)
        ? '; write it without leading zeros'
        : fullWidthDigits.test(text)
          ? '; write it in ASCII digits (0–9, .)'
          : /^-?\d+(\.\d+)?\s*[^\d\s.]+$/u.test(text)
            ? `; write the bare number (${shown(/^-?\d+(\.\d+)?/.exec(text)![0])}) in the KPI's unit, without the unit`
            : '';
  return `実績値 「${shown(text)}」 is not a bare number such as 52 or 49.5 in the KPI's unit${hint}`;
};

export const parseIndicatorActuals = (input: string, file: string, report: Reporter): CuratedActual[] => {
  const text = csvText(input);
  const undecoded = text.indexOf('\uFFFD');
  if (undecoded >= 0) {
    report.error(
      'curated:actuals-encoding',
      { file, line: lineOfOffset(text, undecoded) },
      'the file is not UTF-8 (this line holds bytes that do not decode); save it as CSV UTF-8, not in Shift_JIS',
    );
    return [];
  }

  const { records, problems: csvProblems } = csvRecords(text);
  for (const p of csvProblems) report.error('curated:csv', { file, line: p.line }, `not valid CSV: ${p.message}`);
  if (csvProblems.length > 0) return [];

  const content = records.filter((r) => !isBlank(r));
  const [header, ...body] = content;
  if (!header || header.cells.map((c) => c.trim()).join(',') !== actualsHeader.join(',')) {
    report.error(
      'curated:actuals-header',
      { file, line: header?.line ?? 1 },
      `expected the header 「${actualsHeader.join(',')}」${header ? `, found 「${shown(header.cells.join(','))}」` : ', found an empty file'}`,
    );
    return [];
  }

  const value: CuratedActual[] = [];
  for (const { cells, line } of body) {
    const place = { file, line };
    if (cells.length !== actualsHeader.length) {
      report.error(
        'curated:actual-columns',
        place,
        `the row has ${cells.length} cells, expected ${actualsHeader.length} (${actualsHeader.join(', ')}); a comma inside a value must be quoted, and a number must have none`,
      );
      continue;
    }
    const [kpiId, yearText, valueText, provenance] = cells.map((c) => c.trim()) as [string, string, string, string];
    const before = report.errorCount;
    cells.forEach((raw, k) => {
      const cell = raw.trim();
      if (lineBreak.test(raw)) report.error('curated:actual-text', place, `${actualsHeader[k]} holds a line break; retype the cell on one line`);
      else if (isFormulaLike(cell))
        report.error(
          'curated:actual-formula',
          place,
          `${actualsHeader[k]} 「${shown(cell)}」 starts like a spreadsheet formula (=, +, -, @); write the value itself`,
        );
    });
    if (report.errorCount === before) {
      if (!/^kpi-\d+-\d+-\d+$/.test(kpiId)) {
        const hint = /^\d+-\d+-\d+$/.test(kpiId) ? ` (write kpi-${shown(kpiId)})` : '';
        report.error('curated:actual-kpi', place, `指標ID 「${shown(kpiId)}」 is not a KPI ID such as kpi-4-1-1${hint}`);
      }
      if (!/^\d{4}$/.test(yearText))
        report.error('curated:actual-year', place, `年度 「${shown(yearText)}」 is not a 西暦 fiscal year such as 2026 (令和8年度 = 2026)`);
      const valueIssue = valueProblem(valueText);
      if (valueIssue) report.error('curated:actual-value', place, valueIssue);
      if (provenance === '')
        report.error('curated:actual-provenance', place, 'the row has no 出典: say where the figure was published (a URL or a document title)');
    }
    if (report.errorCount > before) continue;
    value.push({ kpiId, fiscalYear: Number(yearText), value: Number(valueText), provenance, line });
  }
  return value;
};
