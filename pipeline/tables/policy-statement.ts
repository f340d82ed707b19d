// The row schema of the tables that list a policy page's statements one a row (related_plans,
// citizen_opinions): the policy, the statement's position on the page and its text; and how they are linked data.
import { z } from 'zod';
import { count, head, ref, sourceLine, text, type FieldMeta } from './fields.ts';
import { column, type LinkedData, linked, sourceLines } from './linked-data.ts';
import { policies } from './policies.ts';

export const policyStatementSchema = (prefix: string, id: string, title: string, statement: FieldMeta) =>
  z
    .object({
      ...head(prefix),
      policyId: ref(policies, { title: '施策ID' }),
      order: count({ title: '順序', ja: '施策ページの中での記載順。', description: 'Position on the policy page' }),
      text: text(statement),
      sourceLine,
    })
    .strict()
    .meta({ id, title });

/** How those tables are linked data: a record of `cls`, part of its policy, with its position and text. */
export const policyStatementLinks = (cls: string): LinkedData =>
  linked({
    class: cls,
    properties: [column('dct:isPartOf', 'policyId'), column('yp:order', 'order'), column('yp:text', 'text'), ...sourceLines('sourceLine')],
  });
