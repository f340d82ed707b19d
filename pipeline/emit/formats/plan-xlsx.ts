// The whole model as one Excel workbook (dist/062022_plan.xlsx, emit/xlsx.ts): a README sheet, the 項目定義
// (codebook) sheet and a sheet per table. datapackage.json lists it as a file resource.
import { type FileKind, fileStem, type OutputFormat, titled, wholePlan } from '../output-format.ts';
import { toWorkbook } from '../xlsx.ts';

export const xlsxKind: FileKind = {
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  fileType: 'XLSX',
  label: { ja: 'Excel ブック', en: 'Excel workbook' },
};

export const xlsxPath = (municipalityCode: string): string => `${fileStem(municipalityCode, 'plan')}.xlsx`;

export const planXlsx: OutputFormat = {
  name: 'plan-xlsx',
  phase: 'data',
  emit: ({ model, provenance }) => [
    {
      path: xlsxPath(provenance.config.municipality.code),
      content: toWorkbook(model, provenance),
      kind: xlsxKind,
      subject: wholePlan,
      title: titled(wholePlan, xlsxKind),
      description: {
        ja: `${wholePlan.ja}の Excel ブック。表ごとに1シート（コードは文字列、数値は数値、真偽値は TRUE/FALSE）、README シートと項目定義シート付き。`,
        en: 'Every table as a sheet of one Excel workbook, with a README sheet and a 項目定義 (codebook) sheet; codes are text, numbers numbers, booleans booleans.',
      },
      resource: 'file',
      distribution: true,
    },
  ],
};
