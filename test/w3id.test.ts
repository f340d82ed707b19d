// Issue 20 §3: the w3id.org rules redirect by content type. The committed w3id/<name>/.htaccess is the one
// emit/w3id.ts writes from the settings, and a real Apache httpd (Debian's apache2, its own configuration,
// mod_rewrite on, 127.0.0.1 and a free port) serves it as w3id.org does — AllowOverride All on the folder
// <name>/. Each Accept header gets its redirect for a KPI, a policy, the vocabulary, the root and the catalog;
// and every IRI of the plan graph, asked for HTML, JSON-LD and Turtle, is sent to a file the build wrote.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pagesFolder } from '../pipeline/publish/urls.ts';
import { w3idHtaccess, w3idHtaccessPath, w3idName } from '../pipeline/emit/w3id.ts';
import { apacheHttpd, needs } from './consumers.ts';
import { config, root } from './helpers.ts';

const apache = apacheHttpd();
const name = w3idName(config);
const committed = join(root, w3idHtaccessPath(config));
const data = `${config.pagesUrl}${pagesFolder()}/`;
const site = `${data}site/`;

describe('the w3id.org rules (w3id/<name>/.htaccess)', () => {
  it('are the ones npm run w3id writes from dataset.config.json', () => {
    assert.equal(readFileSync(committed, 'utf8'), w3idHtaccess(config), `${w3idHtaccessPath(config)} is stale: run npm run w3id`);
  });
  it('refuse a base IRI that is not a w3id.org name, and a Pages URL a RewriteRule would misread', () => {
    assert.throws(() => w3idHtaccess({ ...config, baseIri: 'https://example.org/plan/' }), /is not a w3id.org name/);
    assert.throws(() => w3idHtaccess({ ...config, pagesUrl: 'https://example.github.io/a%20b/' }), /to be written into a RewriteRule/);
    assert.throws(() => w3idHtaccess({ ...config, pagesUrl: 'https://example.github.io/$1/' }), /to be written into a RewriteRule/);
  });
});

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('served by Apache httpd with mod_rewrite, as w3id.org serves it', { skip: needs('Apache httpd (apache2, with mod_rewrite)', apache?.httpd) }, () => {
  // httpd started as root serves as nobody, who must be able to reach the rules: under /tmp then (open to all),
  // not the tests' private scratch folder (TMPDIR, scripts/test.mjs).
  const work = mkdtempSync(join(process.getuid?.() === 0 ? '/tmp' : tmpdir(), 'plan-w3id-'));
  let httpd: ChildProcess | undefined;
  let base = '';

  /** Starts httpd with these rules in the folder <name>/ of its document root. */
  before(async () => {
    const docs = join(work, 'htdocs');
    mkdirSync(join(docs, name), { recursive: true });
    writeFileSync(join(docs, name, '.htaccess'), readFileSync(committed));
    // httpd started as root serves as nobody, who must be able to read the rules.
    for (const dir of [work, docs, join(docs, name)]) chmodSync(dir, 0o755);
    const port = await freePort();
    const conf = join(work, 'httpd.conf');
    writeFileSync(
      conf,
      [
        `ServerRoot "${work}"`,
        `Listen 127.0.0.1:${port}`,
        'ServerName 127.0.0.1',
        `PidFile "${join(work, 'httpd.pid')}"`,
        `ErrorLog "${join(work, 'error.log')}"`,
        'LogLevel warn',
        ...['mpm_event', 'authz_core', 'rewrite'].map((m) => `LoadModule ${m}_module "${join(apache!.modules, `mod_${m}.so`)}"`),
        ...(process.getuid?.() === 0 ? ['User nobody', 'Group nogroup'] : []),
        `DocumentRoot "${docs}"`,
        `<Directory "${docs}">`,
        '  AllowOverride All',
        '  Require all granted',
        '</Directory>',
        '',
      ].join('\n'),
    );
    let log = '';
    httpd = spawn(apache!.httpd, ['-f', conf, '-DFOREGROUND'], { stdio: ['ignore', 'pipe', 'pipe'] });
    httpd.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    httpd.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    base = `http://127.0.0.1:${port}/${name}/`;
    for (let attempt = 0; ; attempt += 1) {
      if (httpd.exitCode !== null) throw new Error(`apache2 exited ${httpd.exitCode}: ${log}`);
      try {
        await fetch(base, { redirect: 'manual' });
        break;
      } catch {
        if (attempt > 200) throw new Error(`apache2 did not answer on ${base}: ${log}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  });
  after(() => {
    httpd?.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  });

  /** Where the rules send a request for `path` (below the w3id name) with this Accept header (none when undefined). */
  const redirect = async (path: string, accept?: string): Promise<string> => {
    const response = await fetch(`${base}${path}`, { redirect: 'manual', headers: accept === undefined ? {} : { accept } });
    assert.equal(response.status, 303, `${path} (${accept}): status ${response.status}`);
    return response.headers.get('location') ?? '';
  };

  const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
  const jena = 'text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.5,*/*;q=0.1';
  const expected = (html: string, jsonLd: string, turtle: string) => [
    { accept: 'text/html', to: html },
    { accept: browser, to: html },
    { accept: undefined, to: html },
    { accept: '*/*', to: html },
    { accept: 'application/rdf+xml', to: html },
    { accept: 'application/ld+json', to: jsonLd },
    { accept: 'application/json', to: jsonLd },
    { accept: 'application/ld+json;profile="http://www.w3.org/ns/json-ld#expanded", text/turtle;q=0.5', to: jsonLd },
    { accept: 'Application/LD+JSON', to: jsonLd },
    { accept: 'text/turtle', to: turtle },
    { accept: jena, to: turtle },
    { accept: 'text/turtle;q=1, text/html;q=0.5', to: turtle },
    { accept: 'text/html, application/ld+json;q=0.9', to: html },
  ];
  const cases = [
    { iri: 'kpi/4-1-1', html: `${site}kpi/4-1-1/`, jsonLd: `${site}kpi/4-1-1/index.jsonld`, turtle: `${site}kpi/4-1-1/index.ttl` },
    { iri: 'policy/4-1', html: `${site}policy/4-1/`, jsonLd: `${site}policy/4-1/index.jsonld`, turtle: `${site}policy/4-1/index.ttl` },
    { iri: 'policy/4-1/', html: `${site}policy/4-1/`, jsonLd: `${site}policy/4-1/index.jsonld`, turtle: `${site}policy/4-1/index.ttl` },
    { iri: 'vocab', html: `${site}vocab/`, jsonLd: `${site}vocab/index.jsonld`, turtle: `${data}vocab.ttl` },
    { iri: '', html: site, jsonLd: `${data}${config.municipality.code}_plan.jsonld`, turtle: `${data}${config.municipality.code}_plan.ttl` },
    { iri: 'catalog', html: `${site}catalog/`, jsonLd: `${data}catalog.jsonld`, turtle: `${data}catalog.ttl` },
    { iri: 'dataset', html: `${site}dataset/`, jsonLd: `${data}catalog.jsonld`, turtle: `${data}catalog.ttl` },
    { iri: 'dataset/kpi', html: `${site}dataset/kpi/`, jsonLd: `${site}dataset/kpi/index.jsonld`, turtle: `${site}dataset/kpi/index.ttl` },
    { iri: 'distribution/062022_goals.csv', html: `${site}dataset/`, jsonLd: `${data}catalog.jsonld`, turtle: `${data}catalog.ttl` },
  ];
  for (const c of cases)
    it(`redirects ${config.baseIri}${c.iri} by its Accept header: HTML to the page, JSON-LD and Turtle to the data`, async () => {
      for (const e of expected(c.html, c.jsonLd, c.turtle))
        assert.equal(await redirect(c.iri, e.accept), e.to, `${c.iri || '(root)'} with Accept: ${e.accept}`);
    });

  it('sends every IRI of the plan graph and of the catalog, for HTML, JSON-LD and Turtle, to a file the build wrote', async () => {
    const graph = ['062022_plan.ttl', 'catalog.ttl']
      .map((f) => readFileSync(join(root, 'dist', f.replace('062022', config.municipality.code)), 'utf8'))
      .join('\n');
    // Every IRI under the base the graph names (a term of the vocabulary is the vocabulary's, an anchor its page's).
    const iris = new Set([...graph.matchAll(/<([^>]+)>/g)].map((m) => m[1]!).filter((i) => i.startsWith(config.baseIri)));
    const paths = new Set([...iris].map((i) => i.slice(config.baseIri.length).split('#')[0]!));
    assert.ok(paths.size > 200, `${paths.size} IRIs`);
    const inDist = (url: string): string => {
      assert.ok(url.startsWith(data), url);
      const path = url.slice(data.length);
      return join(root, 'dist', path.endsWith('/') || path === '' ? `${path}index.html` : path);
    };
    const missing: string[] = [];
    for (const path of paths)
      for (const accept of ['text/html', 'application/ld+json', 'text/turtle']) {
        const file = inDist(await redirect(path, accept));
        if (!existsSync(file)) missing.push(`${path} (${accept}) → ${file.slice(root.length + 1)}`);
      }
    assert.deepEqual(missing, []);
  });
});
