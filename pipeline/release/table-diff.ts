// What the data diff (diff.ts) says of one table: its records and columns added, removed and changed. Its
// own module, so that what reads a table's diff (progress-diff.ts) does not import the diff that reads it.

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface RecordChange {
  id: string;
  fields: FieldChange[];
  /** Set when the ID now names another thing: its label (name, text, …) changed meaning, not spelling. */
  meaningChanged?: MeaningChange;
}

/**
 * A record's label under the same ID changed meaning: `moved` when the old label now belongs to another ID
 * (or the new one belonged to another ID before) — a row inserted, duplicated or deleted shifted the
 * order-based IDs; `replaced` when old and new labels have little in common (Dice coefficient of their
 * character bigrams below 0.5). A corrected typo keeps most bigrams and stays a PATCH.
 */
export interface MeaningChange {
  field: string;
  old: string;
  new: string;
  why: 'moved' | 'replaced';
  /** For `moved`: the ID the old label has now, and the ID the new label had before. */
  oldLabelNowAt?: string[];
  newLabelWasAt?: string[];
}

export interface TableDiff {
  table: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  recordsAdded: string[];
  recordsRemoved: string[];
  recordsChanged: RecordChange[];
  columnsAdded: string[];
  columnsRemoved: string[];
  columnsRenamed: { from: string; to: string }[];
  columnsRetyped: { column: string; old: string; new: string }[];
  /** Set when the columns both builds have stand in another order: old order → new order. */
  columnsReordered?: { old: string[]; new: string[] };
}
