// sources/sdg-links.csv: (policy, SDG) links a person read off the original PDF, each with its 出典.
// Read with papaparse; a row without provenance or with an unknown code is an error at its line.
import type { Reporter } from '../diagnostics.ts';
import { csvRecords, csvText, isBlank } from './csv-records.ts';

export interface CuratedSdgLink {
  policyCode: string;
  sdg: number;
  provenance: string;
  line: number;
}

export const curatedSdgHeader = ['施策番号', 'SDGゴール番号', '出典'] as const;

export const parseCuratedSdgLinks = (text: string, file: string, report: Reporter): CuratedSdgLink[] => {
  const { records, problems } = csvRecords(csvText(text));
  for (const p of problems) report.error('curated:csv', { file, line: p.line }, { detail: p.message });
  const [header, ...rows] = records.filter((r) => !isBlank(r));
  if (!header || header.cells.join(',') !== curatedSdgHeader.join(',')) {
    report.error('curated:header', { file, line: header?.line ?? 1 }, { header: curatedSdgHeader.join(',') });
    return [];
  }
  const value: CuratedSdgLink[] = [];
  for (const { cells, line } of rows) {
    const [policyCode = '', sdgText = '', provenance = ''] = cells.map((c) => c.trim());
    const sdg = Number(sdgText);
    if (!/^\d+-\d+$/.test(policyCode)) report.error('curated:sdg-link', { file, line }, { kind: 'policy-code', text: policyCode });
    else if (!Number.isInteger(sdg) || sdg < 1 || sdg > 17) report.error('curated:sdg-link', { file, line }, { kind: 'sdg', text: sdgText });
    else if (provenance === '') report.error('curated:sdg-link', { file, line }, { kind: 'provenance' });
    else value.push({ policyCode, sdg, provenance, line });
  }
  return value;
};
