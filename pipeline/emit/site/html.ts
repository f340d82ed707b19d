// HTML as escaped-by-default strings: every value interpolated into html`…` is escaped unless it is
// already Html, so text from the source can never become markup. No DOM: pages are plain strings.
// Text is escaped by ../../escape-html.ts, which shows a hidden character as 〈U+XXXX〉, never raw.
import { escapeHiddenInJson } from '../../characters.ts';
import { escapeHtml } from '../../escape-html.ts';

export { escapeHtml };

/** A fragment of markup that is safe to insert as it is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Value = Html | string | number | boolean | null | undefined | readonly Value[];

const render = (value: Value): string => {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
};

export const html = (strings: TemplateStringsArray, ...values: Value[]): Html => {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i += 1) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
};

/** Markup we wrote ourselves (never text from the source). */
export const raw = (markup: string): Html => new Html(markup);

/** A value as the body of a <script> element: JSON with <, > and & escaped, so no text can close the element, and hidden characters as \\u escapes. */
export const scriptJson = (value: unknown): Html =>
  raw(escapeHiddenInJson(JSON.stringify(value)).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));

/** Digits grouped by thousands (2100 → 2,100), decimals kept as given; no locale data involved. */
export const formatNumber = (value: number): string => {
  const [int, frac] = String(Math.abs(value)).split('.');
  // Counted from the right in one pass (a lookahead for digit triples rescans the rest of the number at every digit).
  let grouped = '';
  for (let i = 0; i < int!.length; i += 1) grouped += (i > 0 && (int!.length - i) % 3 === 0 ? ',' : '') + int![i];
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
};

/** Bytes as a reader reads them (1.2 KB, 340 KB, 1.1 MB). */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
};
