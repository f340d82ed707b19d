// sources/sdg-links.csv: (policy, SDG) links a person read off the original PDF, each with its 出典.
// Read with papaparse; a row without provenance or with an unknown code is an error at its line.
import { error, type Diagnostic } from '../diagnostics.ts';
import { csvRecords, csvText, isBlank } from './csv-records.ts';

export interface CuratedSdgLink {
  policyCode: string;
  sdg: number;
  provenance: string;
  line: number;
}

export const curatedSdgHeader = ['施策番号', 'SDGゴール番号', '出典'] as const;

export const parseCuratedSdgLinks = (text: string, file: string): { value: CuratedSdgLink[]; diagnostics: Diagnostic[] } => {
  const diagnostics: Diagnostic[] = [];
  const { records, problems } = csvRecords(csvText(text));
  for (const p of problems) diagnostics.push(error('curated:csv', { file, line: p.line }, `not valid CSV: ${p.message}`));
  const [header, ...rows] = records.filter((r) => !isBlank(r));
  if (!header || header.cells.join(',') !== curatedSdgHeader.join(',')) {
    diagnostics.push(error('curated:header', { file, line: header?.line ?? 1 }, `expected the header 「${curatedSdgHeader.join(',')}」`));
    return { value: [], diagnostics };
  }
  const value: CuratedSdgLink[] = [];
  rows.forEach(({ cells, line }) => {
    const [policyCode = '', sdgText = '', provenance = ''] = cells.map((c) => c.trim());
    if (!/^\d+-\d+$/.test(policyCode)) return diagnostics.push(error('curated:sdg-link', { file, line }, `施策番号 「${policyCode}」 is not a policy code such as 4-1`));
    const sdg = Number(sdgText);
    if (!Number.isInteger(sdg) || sdg < 1 || sdg > 17) return diagnostics.push(error('curated:sdg-link', { file, line }, `SDGゴール番号 「${sdgText}」 is not 1–17`));
    if (provenance === '') return diagnostics.push(error('curated:sdg-link', { file, line }, 'the row has no 出典: say where the link was read (e.g. 原本PDF p.11 の表)'));
    value.push({ policyCode, sdg, provenance, line });
  });
  return { value, diagnostics };
};
