// The files of sources/ a reader meets — the plan text, the curated actuals, the curated SDG links — named for
// what they hold and linked where they can be read (the repository at this version's tag), never shown as a
// path of the repository.
import { repositoryFileUrl } from '../../publish/urls.ts';
import type { Site } from './context.ts';
import { html, type Html } from './html.ts';

/** What each curated file holds, in words. */
const curated: Record<string, string> = {
  'indicator-actuals.csv': '実績値の記録ファイル',
  'sdg-links.csv': 'SDGs との対応の記録ファイル',
};

/** What a file of sources/ is, in words: 抽出テキストのファイル, 実績値の記録ファイル, … */
export const sourceFileKind = (site: Site, name: string): string => (name === site.source.file ? '抽出テキストのファイル' : (curated[name] ?? '記録ファイル'));

/** A file of sources/ as a reader meets it: 実績値の記録ファイル（indicator-actuals.csv）, its name linking the file. */
export const sourceFileLink = (site: Site, name: string): Html =>
  html`${sourceFileKind(site, name)}（<a href="${repositoryFileUrl(site.config, `sources/${name}`)}">${name}</a>）`;

/**
 * A text that names files of the repository (`sources/x.csv`), with each named as sourceFileLink names it; in an
 * English text, by its file name alone, linked the same way.
 */
export const withoutRepositoryPaths = (site: Site, text: string, lang: 'ja' | 'en' = 'ja'): Html => {
  const parts = text.split(/sources\/([A-Za-z0-9._-]+)/);
  return html`${parts.map((part, i) =>
    i % 2 === 0 ? part : lang === 'ja' ? sourceFileLink(site, part) : html`<a href="${repositoryFileUrl(site.config, `sources/${part}`)}">${part}</a>`,
  )}`;
};
