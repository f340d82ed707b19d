// The whole plan as one nested document (dist/062022_plan.json): each table's rows under the row they nest
// in (emit/plan.ts), checked against its committed schema before anything is written.
import { fileStem, type OutputFormat, titled, wholePlan } from '../output-format.ts';
import { toPlan } from '../plan.ts';
import { jsonText } from '../schemas.ts';
import { jsonKind } from './table-json.ts';

export const planJson: OutputFormat = {
  name: 'plan-json',
  phase: 'data',
  emit: ({ model, links, provenance }) => {
    const plan = toPlan(model, links, provenance);
    return [
      {
        path: `${fileStem(provenance.config.municipality.code, 'plan')}.json`,
        content: jsonText(plan),
        document: plan,
        kind: jsonKind,
        subject: wholePlan,
        title: titled(wholePlan, jsonKind),
        description: {
          ja: '計画全体を1つの入れ子の JSON 文書にしたもの。各レコードは表と同じ内容で、属するレコードの下に置いている。',
          en: 'The whole plan as one nested JSON document: every record as in the tables, under the record it belongs to.',
        },
        distribution: true,
      },
    ];
  },
};
