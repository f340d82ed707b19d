// dist/site/: the site (emit/site/), built from the same validated model, after the data and its
// descriptors, so its download lists name every file the catalog describes. Its pages are no distribution:
// the site is the catalog's landing page, not data.
import type { FileKind, OutputFormat } from '../output-format.ts';
import { sitePages } from '../site/index.ts';
import { recordPlaces } from '../site/page-paths.ts';
import { searchDocuments, searchIndexScript } from '../site/search-index.ts';
import { indexReadings } from '../site/search-readings.ts';

const kinds: Record<string, FileKind> = {
  html: { mediaType: 'text/html', fileType: 'HTML', label: { ja: 'HTML', en: 'HTML' } },
  css: { mediaType: 'text/css', fileType: 'CSS', label: { ja: 'CSS', en: 'CSS' } },
  js: { mediaType: 'text/javascript', fileType: 'JS', label: { ja: 'JavaScript', en: 'JavaScript' } },
};

export const siteHtml: OutputFormat = {
  name: 'site-html',
  phase: 'site',
  // The search index needs kuromoji's dictionary: loaded here, so a build that stops before the site never loads it.
  // Each page yielded as it is rendered: a large plan's site is never held whole (issue 23 §2).
  emit: async function* (input, soFar) {
    const subject = { ja: 'サイトのページ', en: 'A page of the site' };
    // The search index first, while the Japanese analyser is held; nothing holds the analyser once it is made.
    const places = recordPlaces(input.model.tables, input.links);
    const searchIndex = searchIndexScript(searchDocuments(input.model.tables, places), indexReadings(await input.japaneseAnalyser()));
    for (const [path, content] of sitePages(input, soFar, places, searchIndex)) {
      const kind = kinds[path.slice(path.lastIndexOf('.') + 1)];
      if (!kind) throw new Error(`site: no kind for ${path}`);
      yield { path, content, kind, subject, title: subject, description: subject, distribution: false };
    }
  },
};
