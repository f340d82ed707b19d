// The data diff as Markdown, for release notes and for people reviewing a change: a summary table,
// then per table the schema changes and the records added, removed and changed (field: old → new).
// Every text from the builds compared (names, IDs, values, versions) goes through markdown-text.ts.
import { describeMeaningChange, type DataDiff, type TableDiff } from './diff.ts';
import { markdownCode, markdownInline, markdownText } from './markdown-text.ts';
import type { Verdict } from './verdict.ts';
import { kpiActualsMarkdown } from './progress-diff.ts';

/** Long diffs (a source edit that shifts every line number) stay readable; the JSON keeps everything. */
export const maxListed = 50;

/** A value in a table cell: its JSON as a code span, cut at 200 characters. */
const value = (v: unknown): string => {
  const s = JSON.stringify(v) ?? 'null';
  return markdownCode(s.length > 200 ? `${s.slice(0, 199)}…` : s, true);
};
const code = (s: string): string => markdownCode(s, true);
/** The text with exactly one final newline (a loop: an unanchored \n+$ rescans every run of newlines). */
const withOneFinalNewline = (text: string): string => {
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end -= 1;
  return `${text.slice(0, end)}\n`;
};
const ids = (list: string[]): string => {
  const shown = list.slice(0, maxListed).map(code).join(', ');
  return list.length > maxListed ? `${shown}, … and ${list.length - maxListed} more` : shown;
};

const schemaSummary = (t: TableDiff): string[] => [
  ...t.columnsAdded.map((c) => `column ${code(c)} added`),
  ...t.columnsRemoved.map((c) => `column ${code(c)} removed`),
  ...t.columnsRenamed.map((r) => `column ${code(r.from)} renamed to ${code(r.to)}`),
  ...t.columnsRetyped.map((r) => `column ${code(r.column)} retyped ${code(r.old)} → ${code(r.new)}`),
  ...(t.columnsReordered ? [`columns reordered: ${t.columnsReordered.old.map(code).join(', ')} → ${t.columnsReordered.new.map(code).join(', ')}`] : []),
];

const tableSection = (t: TableDiff): string[] => {
  const out = [`### ${code(t.table)}${t.status === 'added' ? ' (new table)' : t.status === 'removed' ? ' (table removed)' : ''}`, ''];
  if (t.status !== 'changed') {
    out.push(`${t.recordsAdded.length + t.recordsRemoved.length} records, columns ${[...t.columnsAdded, ...t.columnsRemoved].map(code).join(', ')}.`, '');
    return out;
  }
  const schema = schemaSummary(t);
  if (schema.length) out.push('Schema:', '', ...schema.map((s) => `- ${s}`), '');
  if (t.recordsAdded.length) out.push(`Added records: ${ids(t.recordsAdded)}`, '');
  if (t.recordsRemoved.length) out.push(`Removed records: ${ids(t.recordsRemoved)}`, '');
  const reidentified = t.recordsChanged.filter((r) => r.meaningChanged);
  if (reidentified.length) {
    out.push('**Changed meaning under the same ID** (MAJOR: whoever joined on these IDs now gets another thing):', '');
    for (const r of reidentified.slice(0, maxListed)) out.push(`- ${markdownText(describeMeaningChange(r.id, r.meaningChanged!))}`);
    if (reidentified.length > maxListed) out.push(`- … and ${reidentified.length - maxListed} more (see the JSON diff)`);
    out.push('');
  }
  if (t.recordsChanged.length) {
    out.push('| ID | field | old | new |', '|---|---|---|---|');
    for (const r of t.recordsChanged.slice(0, maxListed))
      for (const f of r.fields) out.push(`| ${code(r.id)} | ${code(f.field)} | ${value(f.old)} | ${value(f.new)} |`);
    if (t.recordsChanged.length > maxListed) out.push('', `… and ${t.recordsChanged.length - maxListed} more changed records (see the JSON diff).`);
    out.push('');
  }
  return out;
};

export const diffMarkdown = (diff: DataDiff, verdict?: Verdict): string => {
  const changed = diff.tables.filter((t) => t.status !== 'unchanged');
  const out = [`## Data changes ${markdownInline(diff.old.version ?? '?')} → ${markdownInline(diff.new.version ?? '?')}`, ''];
  out.push(
    `Required version bump: **${diff.requiredBump.toUpperCase()}**${verdict ? ` — ${verdict.ok ? 'ok' : 'NOT OK'}: ${markdownInline(verdict.message)}` : ''}`,
    '',
  );
  if (changed.length === 0 && diff.filesAdded.length + diff.filesRemoved.length === 0) {
    out.push('No records, columns or files changed.', '');
    return withOneFinalNewline(out.join('\n'));
  }
  out.push('| table | status | records added | removed | changed | schema changes |', '|---|---|---:|---:|---:|---:|');
  for (const t of changed)
    out.push(
      `| ${code(t.table)} | ${t.status} | ${t.recordsAdded.length} | ${t.recordsRemoved.length} | ${t.recordsChanged.length} | ${t.status === 'changed' ? schemaSummary(t).length : '—'} |`,
    );
  out.push('');
  out.push(...kpiActualsMarkdown(diff.kpiActuals ?? []));
  for (const t of changed) out.push(...tableSection(t));
  if (diff.filesAdded.length) out.push(`Files added: ${diff.filesAdded.map(code).join(', ')}`, '');
  if (diff.filesRemoved.length) out.push(`Files removed: ${diff.filesRemoved.map(code).join(', ')}`, '');
  out.push('Why this bump:', '', ...diff.reasons.map((r) => `- ${r.bump.toUpperCase()}: ${markdownInline(r.text)}`), '');
  out.push(
    '_Tables are compared record by record by ID from their JSON files and schemas; the CSV files carry the same records. Other files are compared by presence._',
    '',
  );
  return withOneFinalNewline(out.join('\n'));
};
