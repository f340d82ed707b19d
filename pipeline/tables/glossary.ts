// glossary: the terms marked ※ in the text and listed in a page's footnotes, one row per term (an ID from
// the digest of the term, model/glossary.ts). The source masks every definition (＊＊＊): none is invented.
import { z } from 'zod';
import { field, flag, head, optionalText, sourceLine, text } from './fields.ts';
import { column, linked, scheme, sourceLines } from './linked-data.ts';
import { onSitePage } from './site-place.ts';
import { defineTable, topLevel } from './table.ts';

const prefix = 'term';

export const glossary = defineTable({
  name: 'glossary',
  prefix,
  titleEn: 'Glossary',
  description: {
    ja: '本文中で※を付した用語。原文の用語解説は定義がすべて伏字（＊＊＊）のため、定義は空欄とし、補っていない。',
    en: 'Terms marked ※. The source masks every definition (＊＊＊): definitions are empty, never invented.',
  },
  schema: z
    .object({
      ...head(prefix),
      term: text({
        title: '用語',
        ja: '本文中で※を付し、ページの脚注に掲げられた用語。',
        description: 'Term marked ※ in the text and listed in a page’s footnotes',
      }),
      definition: optionalText({
        title: '定義',
        ja: '用語の定義。原文では定義がすべて伏字（＊＊＊）のため空欄とし、補っていない。',
        description: 'Definition; empty: the source masks every definition (＊＊＊), and none is invented',
      }),
      definitionMasked: flag({
        title: '定義伏字',
        ja: '原文で定義が＊＊＊（伏字）としか記載されていない場合は true。',
        description: 'true when the source gives the definition only as ＊＊＊',
      }),
      sourceLine: field(sourceLine, { title: '出典行', ja: '用語が最初に脚注に記載されている行の番号。', description: 'Line of the term’s first footnote' }),
    })
    .strict()
    .meta({ id: 'GlossaryTerm', title: '用語解説' }),
  nesting: topLevel('glossary', 5),
  linkedData: linked({
    class: ['skos:Concept', 'yp:GlossaryTerm'],
    conceptScheme: { path: 'glossary', label: { ja: '用語解説', en: 'Glossary of the plan (terms marked ※)' } },
    properties: [
      scheme('skos:inScheme', 'glossary'),
      column('skos:prefLabel', 'term'),
      // Never invented: absent where the source masks it, and yp:definitionMasked says so.
      column('skos:definition', 'definition'),
      column('yp:definitionMasked', 'definitionMasked'),
      scheme('skos:topConceptOf', 'glossary'),
      ...sourceLines('sourceLine'),
    ],
  }),
  site: onSitePage('glossary'),
});
