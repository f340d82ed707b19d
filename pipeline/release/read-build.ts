// A build folder given to a release command (dist/, or an unpacked release zip), read as a snapshot: one
// that is not a build stops the command with release:not-a-build. Used by npm run diff and release:notes.
import { existsSync, statSync } from 'node:fs';
import type { Reporter } from '../diagnostics.ts';
import { shownPath, UsageError } from './cli-main.ts';
import { readSnapshot, SnapshotError, type Snapshot } from './snapshot.ts';

/** The build in `dir`, given as `role`; one that is not a build stops the command (release:not-a-build). */
export const readBuild = (dir: string, role: string, report: Reporter): Snapshot => {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${role} ${dir} is not a directory`);
  let snapshot: Snapshot;
  try {
    snapshot = readSnapshot(dir);
  } catch (e) {
    if (e instanceof SnapshotError) report.fail('release:not-a-build', { file: shownPath(e.file), line: 0 }, { role, detail: e.reason });
    throw e;
  }
  if (!snapshot.datasetVersion) report.fail('release:not-a-build', { file: shownPath(dir), line: 0 }, { role, noVersion: true });
  return snapshot;
};
