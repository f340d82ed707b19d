// Cold-process timing of the linked-data steps (run once per process).
import { performance } from 'node:perf_hooks';
const t0 = performance.now();
const mode = process.argv[2];
const { readFileSync } = await import('node:fs');
const plan = JSON.parse(readFileSync('dist/062022_plan.jsonld', 'utf8'));
const catalog = JSON.parse(readFileSync('dist/catalog.jsonld', 'utf8'));
const { contextOf } = await import('./pipeline/emit/context.ts');
const { vocabularyNodes } = await import('./pipeline/emit/vocab.ts');
const { readConfig } = await import('./pipeline/read/settings.ts');
const { prefixesOf } = await import('./pipeline/emit/namespaces.ts');
const config = readConfig();
const vocab = { '@context': contextOf(config), '@graph': vocabularyNodes(config) };
const prefixes = prefixesOf(config);
const t1 = performance.now();
let out: string[] = [];
if (mode === 'own') {
  const { toQuads } = await import('./pipeline/emit/rdf.ts');
  const { jsonLdToTurtle } = await import('./pipeline/emit/turtle.ts');
  toQuads(plan);
  out.push(await jsonLdToTurtle(vocab, prefixes), await jsonLdToTurtle(catalog, prefixes));
} else if (mode === 'jsonld') {
  const jsonld = (await import('jsonld')).default as any;
  const { quadsToTurtle } = await import('./pipeline/emit/turtle.ts');
  const { DataFactory: F } = await import('n3');
  const term = (t: any): any => t.termType === 'NamedNode' ? F.namedNode(t.value) : t.termType === 'BlankNode' ? F.blankNode(t.value.replace(/^_:/, '')) : F.literal(t.value, t.language || F.namedNode(t.datatype.value));
  const conv = (qs: any[]) => qs.map((q) => F.quad(term(q.subject), term(q.predicate), term(q.object)));
  const opts = { safe: true, documentLoader: async (u: string) => { throw new Error(u); } };
  await jsonld.toRDF(plan, opts);
  out.push(await quadsToTurtle(conv(await jsonld.toRDF(vocab, opts)), prefixes), await quadsToTurtle(conv(await jsonld.toRDF(catalog, opts)), prefixes));
}
const t2 = performance.now();
if (process.argv[3] === 'check') {
  const { Parser } = await import('n3');
  for (const t of out) new Parser().parse(t);
  if (mode === 'own') {
    const jsonld = (await import('jsonld')).default as any;
    const opts = { safe: true, documentLoader: async (u: string) => { throw new Error(u); } };
    await jsonld.toRDF(plan, opts); await jsonld.toRDF(catalog, opts);
  }
}
const t3 = performance.now();
console.log(JSON.stringify({ mode, check: process.argv[3] ?? '', setup: Math.round(t1 - t0), convert: Math.round(t2 - t1), check_ms: Math.round(t3 - t2), total: Math.round(t3 - t0), same: out.map((s) => s.length) }));
