// The build's own JSON-LD → RDF converter (pipeline/emit/rdf.ts) against jsonld.js, a processor that is
// not ours: for every JSON-LD document we publish, the same N-Quads, blank-node labels included (so the
// Turtle files are the bytes jsonld.js would have given), and the same refusals as its safe mode.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextOf } from '../pipeline/emit/jsonld-context.ts';
import { toNQuads, toQuads } from '../pipeline/emit/rdf.ts';
import { vocabularyNodes } from '../pipeline/emit/vocab.ts';
import { config, seedBuild } from './helpers.ts';
import { toNQuadsOffline } from './jsonld-offline.ts';

const documents = async (): Promise<[string, unknown][]> => {
  const { files } = await seedBuild();
  const json = (path: string) => JSON.parse(files.get(path) as string) as unknown;
  return [
    ['062022_plan.jsonld', json('062022_plan.jsonld')],
    ['catalog.jsonld', json('catalog.jsonld')],
    ['the vocabulary graph (vocab.ttl)', { '@context': contextOf(config), '@graph': vocabularyNodes(config) }],
  ];
};

describe('emit/rdf.ts gives the quads jsonld.js gives', () => {
  it('for every published JSON-LD document, line for line', async () => {
    for (const [what, doc] of await documents()) {
      const ours = toNQuads(toQuads(doc));
      assert.ok(ours.split('\n').length > 100, what);
      assert.equal(ours, await toNQuadsOffline(doc), what);
    }
  });

  const context = {
    '@version': 1.1,
    ex: 'https://example.org/',
    'ex:size': { '@type': 'http://www.w3.org/2001/XMLSchema#integer' },
    'ex:label': { '@language': 'ja' },
    'ex:link': { '@type': '@id' },
  };
  it('for the literal forms: doubles, integers, booleans, coerced and tagged strings, nested blank nodes', async () => {
    const doc = {
      '@context': context,
      '@graph': [
        {
          '@id': 'ex:a',
          '@type': 'ex:Thing',
          'ex:n': [49.3, 60, 1e21, -0.5, 0],
          'ex:size': 5,
          'ex:flag': [true, false],
          'ex:label': '米沢',
          'ex:link': 'ex:b',
          'ex:plain': 'a "quoted"\nline\\',
        },
        {
          'ex:nested': { 'ex:deeper': { '@value': '7.0', '@type': 'http://www.w3.org/2001/XMLSchema#decimal' } },
          'ex:en': { '@value': 'Yonezawa', '@language': 'EN' },
        },
      ],
    };
    assert.equal(toNQuads(toQuads(doc)), await toNQuadsOffline(doc));
  });
  it('refuses what jsonld.js’s safe mode refuses: a key the context does not define', async () => {
    const doc = { '@context': context, '@id': 'ex:a', undefinedTerm: 'x' };
    assert.throws(() => toQuads(doc), /undefinedTerm: the context defines no term or prefix/);
    await assert.rejects(toNQuadsOffline(doc));
  });
  it('refuses the JSON-LD it does not implement, rather than guessing', () => {
    assert.throws(() => toQuads({ '@context': context, '@id': 'ex:a', 'ex:list': { '@list': [1] } }), /unsupported value-object keys|keyword not supported/);
    assert.throws(() => toQuads({ '@context': 'https://example.org/context.jsonld', '@id': 'ex:a' }), /@context must be one embedded object/);
    assert.throws(() => toQuads({ '@context': context, '@id': 'relative/iri' }), /neither a compact nor an absolute IRI/);
  });
});
