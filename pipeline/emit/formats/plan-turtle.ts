// dist/062022_plan.ttl: the plan graph in Turtle, for readers and tools that take only Turtle — the very quads
// jsonld.js read back from 062022_plan.jsonld (formats/plan-jsonld.ts), written by n3's Writer and read back by
// its Parser (emit/turtle.ts), so the two files are one graph.
import { prefixesOf } from '../namespaces.ts';
import { fileStem, type OutputFormat, titled, wholePlan } from '../output-format.ts';
import { toTurtle } from '../turtle.ts';
import { planJsonLdPath } from './plan-jsonld.ts';
import { turtleComments, turtleKind } from './vocab-turtle.ts';

export const planTurtlePath = (municipalityCode: string): string => `${fileStem(municipalityCode, 'plan')}.ttl`;

export const planTurtle: OutputFormat = {
  name: 'plan-turtle',
  phase: 'data',
  emit: async ({ provenance }, { files }) => {
    const code = provenance.config.municipality.code;
    const quads = files.get(planJsonLdPath(code))?.quads;
    if (!quads) throw new Error(`plan-turtle: ${planJsonLdPath(code)} was not read back before it`);
    const path = planTurtlePath(code);
    return [
      {
        path,
        content: await toTurtle(
          quads,
          prefixesOf(provenance.config),
          path,
          turtleComments(`${provenance.source.title}: the plan as linked data (the graph of ${planJsonLdPath(code)})`, provenance),
        ),
        readBack: true,
        quads,
        kind: turtleKind,
        subject: wholePlan,
        title: titled(wholePlan, turtleKind),
        description: {
          ja: `${wholePlan.ja}の Linked Data（Turtle）。${planJsonLdPath(code)} と同じグラフ。`,
          en: `${wholePlan.en} as linked data (Turtle): the same graph as ${planJsonLdPath(code)}.`,
        },
        distribution: true,
      },
    ];
  },
};
