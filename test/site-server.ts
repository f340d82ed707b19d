// A tiny static HTTP server for dist/site on 127.0.0.1, as GitHub Pages serves it: index.html for a folder, a
// Content-Type by extension, gzip when the client accepts it (Pages compresses text), 404 for anything else.
// Only for tests and measurements; nothing outside `dir` is ever read (the path is resolved and checked).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
};
const compressible = /^(text\/|application\/(json|ld\+json)|image\/svg)/;

export interface SiteServer {
  /** The site's root URL, ending in `/`. */
  url: string;
  /** Bytes sent per path (after compression) since the server started. */
  sent: Map<string, number>;
  close(): Promise<void>;
}

/** Serves `dir` over http on 127.0.0.1 at a free port. */
export async function serveSite(dir: string): Promise<SiteServer> {
  const root = normalize(dir + sep);
  const sent = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'max-age=600' };
    if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    sent.set(path, (sent.get(path) ?? 0) + body.length);
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
