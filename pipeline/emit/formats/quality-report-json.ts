// dist/quality-report.json: every inconsistency of the source and every fact it leaves open, with its place,
// and the rules they are found by; checked against its committed schema before anything is written.
import type { OutputFormat } from '../output-format.ts';
import { titled } from '../output-format.ts';
import { jsonText } from '../schemas.ts';
import { jsonKind } from './table-json.ts';

export const qualityReportSubject = { ja: '品質レポート', en: 'Data-quality report' };

export const qualityReportJson: OutputFormat = {
  name: 'quality-report-json',
  phase: 'data',
  emit: ({ qualityReport }) => [
    {
      path: 'quality-report.json',
      content: jsonText(qualityReport),
      document: qualityReport,
      kind: jsonKind,
      subject: qualityReportSubject,
      title: titled(qualityReportSubject, jsonKind),
      description: {
        ja: '原文の不整合と、本文から確定できない事項のすべてを、その箇所とともに記載した品質レポート。それらを見つける規則の一覧も収録。',
        en: 'Every inconsistency found in the source and every fact the text does not determine, with its place, and the rules that find them.',
      },
      distribution: true,
    },
  ],
};
