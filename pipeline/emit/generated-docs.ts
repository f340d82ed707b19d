// Which file of docs/ holds which generated section: npm run docs (write-docs.ts) writes them, and the test
// that they are current (test/readme.test.ts) reads the same list, so neither can miss one.
import { withDatasetsSection } from './datasets-doc.ts';
import { withLoadSection } from './load-doc.ts';
import { withRulesSection } from './rules-doc.ts';

/** Each generated file, by its path from the repository root, with the function that regenerates its text. */
export const generatedDocs = (municipalityCode: string): Record<string, (markdown: string) => string> => ({
  'docs/datasets.md': (markdown) => withDatasetsSection(markdown, municipalityCode),
  'docs/load.md': (markdown) => withLoadSection(markdown, municipalityCode),
  'docs/rules.md': (markdown) => withRulesSection(markdown),
});
