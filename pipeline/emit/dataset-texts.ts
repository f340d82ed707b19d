// What the dataset as a whole is called and said to be, in Japanese and English, and its keywords: the
// catalog's dataset, datapackage.json, the workbook's properties and the site's schema.org Dataset state the
// same words.
import type { Config, SourceInfo } from '../config.ts';

/** The dataset's English title and its description (ja, en): the catalog's and the site's schema.org Dataset's. */
export const datasetTexts = (config: Config, source: SourceInfo) => {
  const { startFiscalYear, endFiscalYear } = source.period;
  return {
    titleEn: `${config.municipality.nameEn}: comprehensive plan “Yonezawa Shiawase Vision 2035”, first-term basic plan (structured data)`,
    descriptionJa: `${source.municipalityName}「${source.planTitle}」${source.part}（${startFiscalYear}〜${endFiscalYear}年度）の本文から、基本目標・施策・施策の柱・成果指標・重点プロジェクト等を表（CSV・JSON）と Linked Data（JSON-LD）に構造化したデータ。${config.license.derivationNote}`,
    descriptionEn: `The text of ${config.municipality.nameEn}'s comprehensive plan (first-term basic plan, FY${startFiscalYear}–FY${endFiscalYear}) as tables (CSV, JSON) and linked data (JSON-LD): goals, policies, pillars, outcome indicators, priority projects. Derived (加工) from the plan by the open-data maintainers; not published by the city.`,
  };
};

/** The dataset's keywords (Japanese): the catalog's, datapackage.json's, the workbook's. */
export const keywordsOf = (source: SourceInfo): string[] => [
  source.publisher,
  source.planTitle,
  source.part,
  '総合計画',
  '施策',
  '成果指標',
  'KPI',
  source.municipalityCode,
];
