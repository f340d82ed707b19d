// The repository's settings, read and checked with the schemas of config.ts: dataset.config.json and
// sources/source.json. Only the command-line edges (the release commands, npm run docs and schemas, the
// benches) call these, once each, and hand the values to the stages they run; no stage reads a file.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import { Config, SourceInfo } from '../config.ts';
import { paths } from '../paths.ts';

/** A JSON settings file through its schema; a broken one is one line naming the file, each key at fault and what is wrong. */
const readSettings = <S extends z.ZodType>(file: string, schema: S): z.infer<S> => {
  const shown = relative(process.cwd(), file) || file;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${shown}: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${shown}: invalid settings: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
};

/** dataset.config.json (the version, the municipality, the IRIs, the licence). */
export const readConfig = (file: string = paths.config): Config => readSettings(file, Config);

/** sources/source.json (what the source text is, and its SHA-256). */
export const readSourceInfo = (file: string = paths.sourceInfo): SourceInfo => readSettings(file, SourceInfo);
