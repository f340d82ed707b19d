// Each table as JSON (dist/062022_<table>.json): the same records as its CSV, as an array, English camelCase
// keys; checked against its committed schema before anything is written.
import { tableNames, tables } from '../../tables/registry.ts';
import { type Emitted, type FileKind, fileStem, type OutputFormat, titled } from '../output-format.ts';
import { jsonText } from '../schemas.ts';

export const jsonKind: FileKind = { mediaType: 'application/json', fileType: 'JSON', label: { ja: 'JSON', en: 'JSON' } };

export const tableJson: OutputFormat = {
  name: 'table-json',
  phase: 'data',
  emit: ({ model, provenance }) =>
    tableNames.map((name): Emitted => {
      const { title, titleEn } = tables[name];
      const rows = model.tables[name];
      return {
        path: `${fileStem(provenance.config.municipality.code, name)}.json`,
        content: jsonText(rows),
        document: rows,
        kind: jsonKind,
        subject: { ja: title, en: titleEn },
        title: titled({ ja: title, en: titleEn }, jsonKind),
        description: {
          ja: `${title}の表と同じレコードの JSON 配列（英語 camelCase キー）。`,
          en: `The records of the ${name} table as a JSON array (English camelCase keys).`,
        },
        table: name,
        distribution: true,
      };
    }),
};
