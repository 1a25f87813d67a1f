/**
 * Serves the fixture vendor pages over HTTPS on a loopback port, under the vendors' real
 * hostnames: the browsers map those names to this server, so the shipped manifest's match
 * patterns are what gets tested. Every request is recorded for the privacy checks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { generate } from 'selfsigned';

export const FIXTURE_SITES = resolve('test/fixtures/sites');

export interface RecordedRequest {
  method: string;
  host: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Answers requests for a host in code (e.g. a fake API) instead of from files. */
export type DynamicHost = (
  request: RecordedRequest,
) => Promise<{ status: number; headers?: Record<string, string>; body: string }>;

export interface FixtureServer {
  port: number;
  /** Every hostname the server answers for (one folder each under test/fixtures/sites). */
  hosts: string[];
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function fixtureHosts(root = FIXTURE_SITES): string[] {
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort();
}

/** The file for a request path: `/a/` -> `a/index.html`, `/a` -> `a` or `a.html`. */
function resolveFile(root: string, host: string, pathname: string): string | undefined {
  const base = join(root, host);
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = safe.endsWith('/')
    ? [join(base, safe, 'index.html')]
    : [join(base, safe), `${join(base, safe)}.html`, join(base, safe, 'index.html')];
  return candidates.find((file) => file.startsWith(base) && existsSync(file) && statSync(file).isFile());
}

/**
 * Starts the server. A POST to a page with a `<path>.post` file is answered with a 303 redirect
 * to the URL in that file, as a vendor's login form would be.
 */
export async function startFixtureServer(
  root = FIXTURE_SITES,
  dynamic: Record<string, DynamicHost> = {},
): Promise<FixtureServer> {
  const hosts = [...fixtureHosts(root), ...Object.keys(dynamic)].sort();
  const pems = await generate([{ name: 'commonName', value: 'HomeGuard test fixtures' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2 as const, value })) }],
  });
  const requests: RecordedRequest[] = [];
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const url = new URL(req.url ?? '/', `https://${host || 'invalid'}`);
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        host,
        path: url.pathname + url.search,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      const handler = dynamic[host];
      if (handler !== undefined) {
        void handler(request).then(
          (answer) => res.writeHead(answer.status, answer.headers ?? {}).end(answer.body),
          () => res.writeHead(500).end(),
        );
        return;
      }
      const redirect = join(root, host, `${url.pathname}.post`);
      if (request.method === 'POST' && redirect.startsWith(join(root, host)) && existsSync(redirect)) {
        res.writeHead(303, { location: readFileSync(redirect, 'utf8').trim() }).end();
        return;
      }
      const file = hosts.includes(host) ? resolveFile(root, host, url.pathname) : undefined;
      if (file === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      // `<page>.headers.json` next to a page adds response headers (e.g. a strict CSP).
      const extra = existsSync(`${file}.headers.json`) ? JSON.parse(readFileSync(`${file}.headers.json`, 'utf8')) : {};
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...extra,
      });
      res.end(readFileSync(file));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
