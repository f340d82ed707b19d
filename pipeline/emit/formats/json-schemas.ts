// dist/schemas/<stem>.schema.json: the self-contained JSON Schema (draft 2020-12) of each JSON file, as
// committed in schemas/ (npm run schemas writes them; the build checks every JSON file against them).
import type { Emitted, FileKind, OutputFormat } from '../output-format.ts';
import { titled } from '../output-format.ts';
import { jsonText } from '../schemas.ts';

export const jsonSchemaKind: FileKind = {
  mediaType: 'application/json',
  fileType: 'JSON',
  conformsTo: 'https://json-schema.org/draft/2020-12/schema',
  label: { ja: 'JSON Schema', en: 'JSON Schema' },
};

export const jsonSchemas: OutputFormat = {
  name: 'json-schemas',
  phase: 'data',
  emit: ({ schemas }, { files }) =>
    [...schemas].map(([stem, schema]): Emitted => {
      // The schema is of the JSON file of the same stem, emitted before it: its subject and table are that file's.
      const of = files.get(`${stem}.json`);
      const subject = of?.subject ?? { ja: stem, en: stem };
      return {
        path: `schemas/${stem}.schema.json`,
        content: jsonText(schema),
        kind: jsonSchemaKind,
        subject,
        title: titled(subject, jsonSchemaKind),
        description: {
          ja: `${stem}.json を検証する自己完結の JSON Schema（draft 2020-12）。`,
          en: `The self-contained JSON Schema (draft 2020-12) that ${stem}.json validates against.`,
        },
        ...(of?.table === undefined ? {} : { table: of.table }),
        distribution: true,
      };
    }),
};
