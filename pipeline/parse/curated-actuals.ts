// sources/indicator-actuals.csv: the actual values of the KPIs, one row per (KPI, fiscal year), each with
// where the figure was published. Read strictly with papaparse: every cell must be exactly what the
// column asks for, or the row is an error at its line; nothing is guessed, trimmed into shape or converted
// (1,000 and full-width digits are refused, not read as 1000). Checks against the model (the KPI exists,
// the year lies in its range, no (KPI, year) twice) are model/progress.ts's.
import type { Reporter } from '../diagnostics.ts';
import type { MessageParams } from '../rules.ts';
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
const valueProblem = (text: string): MessageParams<'curated:actual-value'> | undefined => {
  if (text === '') return { kind: 'empty' };
  const value = shown(text);
  if (bareNumber.test(text)) return significantDigits(text) > maxSignificantDigits ? { kind: 'digits', value, max: maxSignificantDigits } : undefined;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return { kind: 'not-a-number', value, fix: 'separator', bare: shown(text.replace(/,/g, '')) };
  if (/^\+\d/.test(text)) return { kind: 'not-a-number', value, fix: 'sign', bare: shown(text.slice(1)) };
  if (/^-?0\d/.test(text)) return { kind: 'not-a-number', value, fix: 'zeros' };
  if (fullWidthDigits.test(text)) return { kind: 'not-a-number', value, fix: 'full-width' };
  if (/^-?\d+(\.\d+)?\s*[^\d\s.]+$/u.test(text)) return { kind: 'not-a-number', value, fix: 'unit', bare: shown(/^-?\d+(\.\d+)?/.exec(text)![0]) };
  return { kind: 'not-a-number', value, fix: undefined };
};

export const parseIndicatorActuals = (input: string, file: string, report: Reporter): CuratedActual[] => {
  const text = csvText(input);
  const undecoded = text.indexOf('\uFFFD');
  if (undecoded >= 0) {
    report.error('curated:actuals-encoding', { file, line: lineOfOffset(text, undecoded) }, {});
    return [];
  }

  const { records, problems: csvProblems } = csvRecords(text);
  for (const p of csvProblems) report.error('curated:csv', { file, line: p.line }, { detail: p.message });
  if (csvProblems.length > 0) return [];

  const content = records.filter((r) => !isBlank(r));
  const [header, ...body] = content;
  if (!header || header.cells.map((c) => c.trim()).join(',') !== actualsHeader.join(',')) {
    report.error(
      'curated:actuals-header',
      { file, line: header?.line ?? 1 },
      { header: actualsHeader.join(','), found: header ? shown(header.cells.join(',')) : undefined },
    );
    return [];
  }

  const value: CuratedActual[] = [];
  for (const { cells, line } of body) {
    const place = { file, line };
    if (cells.length !== actualsHeader.length) {
      report.error('curated:actual-columns', place, { cells: cells.length, expected: actualsHeader.length, header: actualsHeader.join(', ') });
      continue;
    }
    const [kpiId, yearText, valueText, provenance] = cells.map((c) => c.trim()) as [string, string, string, string];
    const before = report.errorCount;
    cells.forEach((raw, k) => {
      const cell = raw.trim();
      if (lineBreak.test(raw)) report.error('curated:actual-text', place, { column: actualsHeader[k]! });
      else if (isFormulaLike(cell)) report.error('curated:actual-formula', place, { column: actualsHeader[k]!, value: shown(cell) });
    });
    if (report.errorCount === before) {
      if (!/^kpi-\d+-\d+-\d+$/.test(kpiId)) {
        const written = /^\d+-\d+-\d+$/.test(kpiId) ? shown(kpiId) : undefined;
        report.error('curated:actual-kpi', place, { id: shown(kpiId), written });
      }
      if (!/^\d{4}$/.test(yearText)) report.error('curated:actual-year', place, { year: shown(yearText) });
      const valueIssue = valueProblem(valueText);
      if (valueIssue) report.error('curated:actual-value', place, valueIssue);
      if (provenance === '') report.error('curated:actual-provenance', place, {});
    }
    if (report.errorCount > before) continue;
    value.push({ kpiId, fiscalYear: Number(yearText), value: Number(valueText), provenance, line });
  }
  return value;
};
