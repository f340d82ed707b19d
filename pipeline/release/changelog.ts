// Reads CHANGELOG.md (Keep a Changelog): the entry of one version, which opens its release notes.
import { parseVersion } from '../semver.ts';

export interface ChangelogEntry {
  version: string;
  /** The release date as written in the heading (`YYYY-MM-DD`). */
  date: string;
  /** The entry's text under its heading, without the link definitions at the end of the file. */
  body: string;
  /** 1-based line of the heading, for messages. */
  line: number;
}

/** `## [1.2.3] - 2026-11-25`; the version is one only when it is a release version (../semver.ts). */
const heading = /^## \[?([^\]\s]+?)\]?\s+-\s+(\d{4}-\d{2}-\d{2})\s*$/;

export const changelogEntries = (markdown: string): ChangelogEntry[] => {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const out: ChangelogEntry[] = [];
  let current: { version: string; date: string; line: number; body: string[] } | undefined;
  const close = () => {
    if (current) out.push({ version: current.version, date: current.date, line: current.line, body: current.body.join('\n').trim() });
  };
  lines.forEach((text, i) => {
    const h = heading.exec(text);
    const m = h && parseVersion(h[1]!) ? h : null;
    if (m || /^## /.test(text)) {
      close();
      current = m ? { version: m[1]!, date: m[2]!, line: i + 1, body: [] } : undefined;
    } else if (current && !/^\[[^\]]+\]:\s/.test(text)) current.body.push(text);
  });
  close();
  return out;
};

export const changelogEntry = (markdown: string, version: string): ChangelogEntry | undefined => changelogEntries(markdown).find((e) => e.version === version);
