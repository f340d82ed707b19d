// The release notes: the CHANGELOG entry of the version, the data diff against the previous release
// (or a line saying there is none), and where to download and how to verify. The entry is Markdown the
// maintainers wrote; the diff escapes what it quotes (markdown-text.ts); a link's text is escaped too,
// and its destination written in <…>, which no character of a checked URL setting can end early.
import { checksumsName, downloadUrl, latestUrl, zipName } from './assets.ts';
import type { ChangelogEntry } from './changelog.ts';
import { markdownCode, markdownInline, markdownText } from './markdown-text.ts';

const link = (text: string, url: string): string => `[${markdownText(text)}](<${url}>)`;

export interface NotesInput {
  version: string;
  municipalityCode: string;
  downloadBaseUrl: string;
  entry: ChangelogEntry;
  /** The Markdown data diff against the previous release; undefined for a first release. */
  diff?: string;
}

export const releaseNotes = (input: NotesInput): string => {
  const { version, municipalityCode: code } = input;
  const urls = { downloadBaseUrl: input.downloadBaseUrl };
  const zip = zipName(code, version);
  const sample = `${code}_goals.csv`;
  return [
    `## What changed in v${markdownInline(version)} (${markdownInline(input.entry.date)})`,
    '',
    input.entry.body,
    '',
    input.diff?.trim() ?? '## Data changes\n\nThis is the first release: there is no previous release to compare with.',
    '',
    '## Downloads',
    '',
    `- Everything in one file: ${link(zip, downloadUrl(urls, version, zip))} (the \`dist/\` folder as built).`,
    `- Each file is also attached on its own, under a name that never changes between versions: this version's ${markdownCode(sample)} is <${downloadUrl(urls, version, sample)}>, the newest release's is always <${latestUrl(urls, sample)}>.`,
    `- Verify a download: put it beside ${link(checksumsName, downloadUrl(urls, version, checksumsName))} and run ${markdownCode(`sha256sum -c --ignore-missing ${checksumsName}`)}; the build provenance of every file is attested (\`gh attestation verify FILE --repo OWNER/REPO\`).`,
    '',
  ].join('\n');
};
