import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBreach, parseRangeResponse, sha1Hex } from '../../../../src/background/passwords/breach';
import { rangeBody, sha1Upper } from '../../../harness/fake-hibp';

describe('parseRangeResponse', () => {
  const hash = sha1Upper('P@ssw0rd');
  it('reads CRLF and LF lines and drops padding (count 0)', () => {
    const body = [`${hash.slice(5)}:52579`, `${'A'.repeat(35)}:0`, `${'b'.repeat(35)}:3`].join('\r\n');
    expect(parseRangeResponse(body)).toEqual(
      new Map([
        [hash.slice(5), 52579],
        ['B'.repeat(35), 3],
      ]),
    );
    expect(parseRangeResponse(body.replaceAll('\r\n', '\n'))?.size).toBe(2);
  });

  it('tolerates a few bad lines but calls a bad body malformed', () => {
    const good = Array.from({ length: 30 }, (_, i) => `${i.toString(16).padStart(35, '0').toUpperCase()}:1`);
    expect(parseRangeResponse([...good, 'garbage', ''].join('\r\n'))?.size).toBe(30);
    expect(parseRangeResponse('')).toBeUndefined();
    expect(parseRangeResponse('<html>Service Unavailable</html>')).toBeUndefined();
    expect(parseRangeResponse(['x:1', 'y:2', `${'A'.repeat(35)}:1`].join('\n'))).toBeUndefined();
  });

  it('never says "not found" on a doubtful answer: an unreadable line with the suffix, or a cut-off body', () => {
    const suffix = sha1Upper('P@ssw0rd').slice(5);
    const padded = rangeBody('21BD1', {}, true).split('\r\n');
    // The user's own line, with a count the parser cannot read (thousands separator, stray text).
    for (const line of [`${suffix}:52,579`, `${suffix}: 52579 times`, `${suffix.toLowerCase()};52579`]) {
      expect(parseRangeResponse([...padded, line].join('\r\n'), suffix), line).toBeUndefined();
    }
    // Cut off cleanly mid-list: every line is valid, but fewer than padding always gives.
    expect(parseRangeResponse(padded.slice(0, 500).join('\r\n'), suffix)).toBeUndefined();
    expect(parseRangeResponse(padded.join('\r\n'), suffix)?.has(suffix)).toBe(false); // whole: not found
    // A short body that does list the suffix is still a finding.
    expect(parseRangeResponse(`${suffix}:7`, suffix)?.get(suffix)).toBe(7);
  });

  it('hashes like the API expects (upper-case SHA-1)', async () => {
    expect(await sha1Hex('P@ssw0rd')).toBe('21BD12DC183F740EE76F27B78EB39C8AD972A757');
  });
});

type Behaviour = 'ok' | 'slow' | '429' | '500' | 'malformed' | 'truncated';
let behaviour: Behaviour = 'ok';
const seen: Array<{ url: string; padding: string | undefined }> = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push({ url: req.url ?? '', padding: req.headers['add-padding'] as string | undefined });
    const prefix = (req.url ?? '').split('/').pop()!;
    if (behaviour === 'slow') return void setTimeout(() => res.end(rangeBody(prefix, {}, true)), 3000);
    if (behaviour === '429') return void res.writeHead(429).end('Rate limit exceeded');
    if (behaviour === '500') return void res.writeHead(500).end('oops');
    if (behaviour === 'malformed') return void res.end('<html>not a range</html>');
    if (behaviour === 'truncated')
      return void res.end(rangeBody(prefix, {}, true).split('\r\n').slice(0, 300).join('\r\n'));
    res.end(rangeBody(prefix, { 'P@ssw0rd': 52579 }, req.headers['add-padding'] === 'true'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/range/`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const client = (overrides: Partial<Parameters<typeof checkBreach>[1]> = {}) => ({
  fetch: fetch.bind(globalThis),
  endpoint: base,
  timeoutMs: 1000,
  ...overrides,
});

describe('checkBreach against a loopback fake of the range API', () => {
  it('finds a breached password, sending only the 5-character prefix with padding asked for', async () => {
    behaviour = 'ok';
    seen.length = 0;
    expect(await checkBreach('P@ssw0rd', client())).toEqual({ status: 'found', count: 52579 });
    expect(seen).toEqual([{ url: '/range/21BD1', padding: 'true' }]);
  });

  it('says not found (never "safe") for a password that is not in the corpus', async () => {
    behaviour = 'ok';
    expect(await checkBreach('a unique passphrase nobody used', client())).toEqual({ status: 'not-found' });
  });

  it.each([
    ['429', 'rate-limited'],
    ['500', 'server'],
    ['malformed', 'malformed'],
    ['truncated', 'malformed'],
  ] as const)('reports %s as could-not-check (%s)', async (mode, reason) => {
    behaviour = mode;
    expect(await checkBreach('P@ssw0rd', client())).toEqual({ status: 'error', reason });
  });

  it('gives up after the timeout on a slow service', async () => {
    behaviour = 'slow';
    const started = Date.now();
    expect(await checkBreach('P@ssw0rd', client({ timeoutMs: 200 }))).toEqual({ status: 'error', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('reports a service that is down as offline', async () => {
    expect(await checkBreach('P@ssw0rd', client({ endpoint: 'http://127.0.0.1:9/range/' }))).toEqual({
      status: 'error',
      reason: 'offline',
    });
  });
});
