// A table's rows as its dataset page shows them, as Datasette does: the whole table as static HTML (it reads,
// prints and is indexed without JavaScript), and around it the controls explore.js (explorer-script.ts) brings
// to life — sort by any column, filter by text, choose facets, keep the view in the URL, save the rows shown
// as CSV. The facets come from the registry: each ref() column to a goal, policy or department, the goal,
// policy or department a row reaches through its ref() columns otherwise, and each enum or boolean column.
// The script reads everything it needs from this markup: a column's key and type on its header, a row's
// values in its cells (an empty cell is an empty value), a reached facet's value on the row.
import { type Row, type TableName, tables } from '../../tables/registry.ts';
import { codebookOf, type Column } from '../codebook.ts';
import { csvPath } from '../formats/table-csv.ts';
import type { Site } from './context.ts';
import { formatNumber, html, type Html } from './html.ts';
import type { Linker } from './page-paths.ts';

/** The tables a row is faceted by when it names or reaches them, in the order the facets are shown. */
export const facetTables = ['goals', 'policies', 'departments'] as const satisfies readonly TableName[];

/** The value of a facet's option that stands for an empty cell (no ID, enum value or boolean starts with _). */
export const EMPTY = '_empty';

/** How a row's value of a facet is found: in a column of its own, or through a chain of ref() columns. */
export type FacetSource = { kind: 'column'; column: string } | { kind: 'reached'; path: readonly { column: string; table: TableName }[] };

export interface Facet {
  /** Its name in the URL (`policyId=policy-4-1`): the column's key, or the reached table's ID prefix. */
  key: string;
  /** What its select is labelled. */
  label: string;
  source: FacetSource;
  /** For a facet of a referenced table: that table, whose records label and order the options. */
  table?: TableName;
}

type AnyRow = Record<string, unknown> & { id: string };

/**
 * The facets of a table, from its module: its ref() columns to the facet tables; for each facet table it does
 * not name, the shortest chain of ref() columns that reaches it (the first in column order); its enum and
 * boolean columns.
 */
export const facetsOf = (name: TableName): Facet[] => {
  const columns = codebookOf(name);
  const direct = columns.filter((c) => c.references !== undefined && (facetTables as readonly string[]).includes(c.references));
  const refs: Facet[] = [];
  for (const target of facetTables) {
    const naming = direct.filter((c) => c.references === target);
    for (const c of naming)
      refs.push({ key: c.key, label: naming.length > 1 ? c.title : tables[target].title, source: { kind: 'column', column: c.key }, table: target });
    if (naming.length > 0 || target === name) continue;
    // Breadth first over the ref() columns, so the shortest chain wins; a table is entered once.
    const seen = new Set<TableName>([name]);
    let level: { table: TableName; path: { column: string; table: TableName }[] }[] = [{ table: name, path: [] }];
    let found: { column: string; table: TableName }[] | undefined;
    while (level.length > 0 && !found) {
      const next: typeof level = [];
      for (const at of level)
        for (const fk of tables[at.table].foreignKeys) {
          if (seen.has(fk.table)) continue;
          seen.add(fk.table);
          const path = [...at.path, { column: fk.field, table: fk.table }];
          if (fk.table === target) found ??= path;
          next.push({ table: fk.table, path });
        }
      level = next;
    }
    if (found) refs.push({ key: tables[target].prefix, label: tables[target].title, source: { kind: 'reached', path: found }, table: target });
  }
  const valued = columns
    .filter((c) => c.enum !== undefined || c.type === 'boolean')
    .map((c): Facet => ({ key: c.key, label: c.title, source: { kind: 'column', column: c.key } }));
  const facets = [...refs, ...valued];
  const keys = new Set(facets.map((f) => f.key));
  if (keys.size !== facets.length || [...keys].some((k) => k.startsWith('_')))
    throw new Error(`site: the facets of ${name} (${[...keys].join(', ')}) need names of their own that do not start with _`);
  return facets;
};

/** A row's value of a facet: the cell's text, or the ID reached; null where the chain or the cell is empty. */
const facetValue = (site: Site, facet: Facet, row: AnyRow): string | null => {
  if (facet.source.kind === 'column') {
    const v = row[facet.source.column];
    return v === null || v === undefined ? null : String(v);
  }
  let at: AnyRow = row;
  let id: unknown = null;
  for (const [i, step] of facet.source.path.entries()) {
    id = at[step.column];
    if (typeof id !== 'string') return null;
    if (i < facet.source.path.length - 1) at = site.links.row(step.table, id) as AnyRow;
  }
  return id as string;
};

/** How a record is named in a facet: its notation and label as its linked data names them (4-1 健康づくり), else its ID. */
const recordLabel = (table: TableName, row: AnyRow): string => {
  const ld = tables[table].linkedData;
  const byPredicate = (predicate: string): unknown => {
    const p = ld.properties.find((x) => x.kind === 'column' && x.predicate === predicate);
    return p?.kind === 'column' ? row[p.column] : undefined;
  };
  const label = [byPredicate('skos:notation'), byPredicate('skos:prefLabel')].filter((v) => v !== undefined && v !== null).join(' ');
  return label === '' ? row.id : label;
};

/** A facet's options: every value the rows hold (a referenced table's in its order, an enum's in the model's), with its count. */
const optionsOf = (site: Site, facet: Facet, column: Column | undefined, values: readonly (string | null)[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v ?? EMPTY, (counts.get(v ?? EMPTY) ?? 0) + 1);
  const order: string[] = facet.table
    ? (site.t[facet.table] as AnyRow[]).map((r) => r.id)
    : column?.type === 'boolean'
      ? ['true', 'false']
      : (column?.enum ?? []).map(String);
  const labelOf = (value: string): string =>
    value === EMPTY ? '（空欄）' : facet.table ? recordLabel(facet.table, site.links.row(facet.table, value) as AnyRow) : value;
  return [...order, EMPTY].filter((v) => counts.has(v)).map((value) => ({ value, label: labelOf(value), count: counts.get(value)! }));
};

const cellValue = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** The longest text a column holds that is still kept on one line (an ID, a code, a notation, a short name). */
const TOKEN_LENGTH = 16;

/**
 * A cell: a number right-aligned, an ID linked to the page that shows its record; kept on one line (4-1-10
 * never breaks into 4-1-/10) unless its column holds prose (`wrap`). Its text is the value, always.
 */
const cell = (site: Site, link: Linker, c: Column, wrap: boolean, value: unknown): Html => {
  const text = cellValue(value);
  if (c.type === 'integer' || c.type === 'number') return html`<td class="num">${text}</td>`;
  const place = (c.key === 'id' || c.references !== undefined) && text !== '' ? site.places.get(text) : undefined;
  if (place !== undefined) return html`<td><a href="${link.to(place)}">${text}</a></td>`;
  return wrap ? html`<td class="wrap">${text}</td>` : html`<td>${text}</td>`;
};

/** The file a CSV of the rows shown is saved as. */
export const viewCsvName = (site: Site, name: TableName): string => csvPath(site.config.municipality.code, name).replace(/\.csv$/, '_view.csv');

/** Every row of a table, with its explorer's controls (hidden until explore.js shows them). */
export const exploreTable = (site: Site, link: Linker, name: TableName, headingId: string): Html => {
  const columns = codebookOf(name);
  const rows = site.t[name] as Row<TableName>[] as AnyRow[];
  if (rows.length === 0) return html`<p>この表には行がありません。</p>`;
  const facets = facetsOf(name).map((f) => {
    const column = f.source.kind === 'column' ? columns.find((c) => c.key === (f.source as { column: string }).column) : undefined;
    const values = rows.map((r) => facetValue(site, f, r));
    return { ...f, column, values, options: optionsOf(site, f, column, values) };
  });
  const reached = facets.filter((f) => f.source.kind === 'reached');
  // Prose: a text column (not an ID) with a value longer than a token, or with a space in it.
  const wraps = columns.map(
    (c) =>
      c.type === 'string' &&
      c.key !== 'id' &&
      c.references === undefined &&
      rows.some((r) => [...cellValue(r[c.key])].length > TOKEN_LENGTH || /\s/.test(cellValue(r[c.key]))),
  );
  const select = (f: (typeof facets)[number]): Html => {
    const where = f.source.kind === 'column' ? html` data-column="${columns.indexOf(f.column!)}"` : html` data-attr="${f.key}"`;
    return html`<div class="facet"><label for="facet-${f.key}">${f.label}</label><select id="facet-${f.key}" data-facet="${f.key}"${where}><option value="" data-label="すべて">すべて（${formatNumber(rows.length)}）</option>${f.options.map((o) => html`<option value="${o.value}" data-label="${o.label}">${o.label}（${formatNumber(o.count)}）</option>`)}</select></div>`;
  };
  return html`<div class="explorer">
<div id="explore-controls" class="explore-controls" hidden>
<div class="explore-filter"><label for="explore-q">絞り込み</label> <input type="search" id="explore-q" autocomplete="off" aria-describedby="explore-q-help"><p id="explore-q-help" class="muted">すべての列から探します。空白で区切った語をすべて含む行を表示します。</p></div>
${facets.length > 0 ? html`<div class="explore-facets">${facets.map(select)}</div>` : ''}
<p class="explore-actions"><button type="button" id="explore-reset">条件を解除</button> <button type="button" id="explore-csv">表示中の行を CSV で保存</button> <a id="explore-link" href="index.html">この表示へのリンク</a></p>
</div>
<p id="explore-status" class="explore-status" role="status" aria-live="polite">全${formatNumber(rows.length)}行</p>
<p id="explore-hint" class="muted explore-hint">列が多いため、表は横にスクロールします（${columns.length}列）。</p>
<div class="scroll" tabindex="0" role="region" aria-labelledby="${headingId}"><table id="explore-table" class="explore stack" data-table="${name}" data-csv="${viewCsvName(site, name)}"><thead><tr>${columns.map((c) => html`<th scope="col" data-key="${c.key}" data-type="${c.type}">${c.title}</th>`)}</tr></thead>
<tbody>${rows.map((r, i) => html`<tr${reached.map((f) => (f.values[i] === null ? '' : html` data-${f.key}="${f.values[i]}"`))}>${columns.map((c, j) => cell(site, link, c, wraps[j]!, r[c.key]))}</tr>\n`)}</tbody></table></div>
</div>`;
};

/** The explorer's own section of style.css (emit/site/index.ts appends it to the site's stylesheet). */
export const explorerStyles = `/* Table explorer of the dataset pages (pipeline/emit/site/explore.ts) */
.explore-controls{border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;margin:0 0 .8rem}
.explore-filter label{font-weight:700}
.explore-filter input[type=search]{width:100%;max-width:26rem}
.explore-filter p{margin:.2rem 0 .6rem}
.explore-facets{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.4rem .8rem;margin:0 0 .7rem}
.facet{display:flex;flex-direction:column;min-width:0}
.facet label{font-size:.9rem;color:var(--muted)}
.facet select{font:inherit;width:100%;min-width:0;padding:.3rem .4rem;border:1px solid #767676;border-radius:4px;background:#fff;color:var(--text)}
.explore-actions{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .9rem;margin:0}
#explore-reset{background:#fff;color:var(--link)}
button:disabled{opacity:.65;cursor:default}
.explore-status{font-weight:700;margin:.5rem 0 .2rem}
.explore-hint{margin:0 0 .3rem}
@media (min-width:60rem){.explorer{width:min(88rem,100vw - 3rem);margin-left:calc((100% - min(88rem,100vw - 3rem))/2)}}
table.explore td{white-space:nowrap}
table.explore th{min-width:4.5rem}
table.explore td.wrap{white-space:normal;min-width:14rem}
table.explore tr[hidden]{display:none!important}
button.sort{background:none;border:0;border-radius:0;color:inherit;font:inherit;font-weight:700;padding:0;text-align:left;cursor:pointer;text-decoration:underline dotted;text-underline-offset:.25em}
.sort-mark{color:var(--muted);font-weight:400}
th[aria-sort]{background:#e6eefa}
th[aria-sort] .sort-mark{color:var(--text)}
table.columns td{overflow-wrap:normal}
@media print{.explore-controls,.explore-hint{display:none}}
`;

/**
 * On a phone the rows are cards (table.stack) and nothing scrolls sideways: each cell is labelled by its column
 * from here, one rule per column of every table, not by an attribute repeated in every cell (a page of 600 rows
 * would carry its headers 600 times); the header row stays, as a row of sort buttons.
 */
export const explorerPhoneStyles = (names: readonly TableName[]): string =>
  `@media (max-width:40rem){.explore-hint{display:none}
table.explore.stack thead{position:static;width:auto;height:auto;overflow:visible;clip-path:none;white-space:normal}
table.explore.stack thead tr{display:flex;flex-wrap:wrap;gap:.3rem;border:0;padding:0;margin:0 0 .6rem}
table.explore.stack thead th{display:inline-block;font-size:.85rem}
${names.flatMap((name) => codebookOf(name).map((c, i) => `table.explore[data-table=${name}] td:nth-child(${i + 1})::before{content:${JSON.stringify(`${c.title}：`)};color:var(--muted);font-size:.85rem}`)).join('\n')}
}
`;
