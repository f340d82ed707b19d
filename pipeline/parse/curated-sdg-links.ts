// sources/sdg-links.csv: (policy, SDG) links a person read off the original PDF, each with its 出典.
// Read with papaparse; a row without provenance or with an unknown code is an error at its line.
import Papa from 'papaparse';
import { error, type Diagnostic } from '../diagnostics.ts';

export interface CuratedSdgLink {
  policyCode: string;
  sdg: number;
  provenance: string;
  line: number;
}

export const curatedSdgHeader = ['施策番号', 'SDGゴール番号', '出典'] as const;

export const parseCuratedSdgLinks = (text: string, file: string): { value: CuratedSdgLink[]; diagnostics: Diagnostic[] } => {
  const diagnostics: Diagnostic[] = [];
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  for (const e of parsed.errors) diagnostics.push(error('curated:csv', { file, line: (e.row ?? 0) + 1 }, `not valid CSV: ${e.message}`));
  const [header, ...rows] = parsed.data;
  if (!header || header.join(',') !== curatedSdgHeader.join(',')) {
    diagnostics.push(error('curated:header', { file, line: 1 }, `expected the header 「${curatedSdgHeader.join(',')}」`));
    return { value: [], diagnostics };
  }
  const value: CuratedSdgLink[] = [];
  rows.forEach((row, k) => {
    const line = k + 2;
    const [policyCode = '', sdgText = '', provenance = ''] = row.map((c) => c.trim());
    if (!/^\d+-\d+$/.test(policyCode)) return diagnostics.push(error('curated:sdg-link', { file, line }, `施策番号 「${policyCode}」 is not a policy code such as 4-1`));
    const sdg = Number(sdgText);
    if (!Number.isInteger(sdg) || sdg < 1 || sdg > 17) return diagnostics.push(error('curated:sdg-link', { file, line }, `SDGゴール番号 「${sdgText}」 is not 1–17`));
    if (provenance === '') return diagnostics.push(error('curated:sdg-link', { file, line }, 'the row has no 出典: say where the link was read (e.g. 原本PDF p.11 の表)'));
    value.push({ policyCode, sdg, provenance, line });
  });
  return { value, diagnostics };
};
