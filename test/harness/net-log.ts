/**
 * Reads what the browsers themselves logged about network requests: Chromium's NetLog (JSON)
 * and Firefox's HTTP log (MOZ_LOG, one file per process). Used to prove which hosts were asked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BrowserKind } from './browsers';

/**
 * The browsers' own service traffic (updates, sync, remote settings), which runs whatever the
 * extension does; in the tests it cannot resolve anyway. Every other host must be a fixture host.
 */
export const BROWSER_SERVICE_HOSTS =
  /(^|\.)(google\.com|googleapis\.com|gvt1\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)$/;

function chromiumUrls(file: string): string[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as { events: unknown[] };
  const urls = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'url' || key === 'original_url') && typeof inner === 'string') urls.add(inner);
        else walk(inner);
      }
    }
  };
  walk(log.events);
  return [...urls];
}

function firefoxUrls(file: string): string[] {
  const dir = dirname(file);
  const urls = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.startsWith(basename(file)))) {
    for (const match of readFileSync(join(dir, name), 'utf8').matchAll(/uri=(\S+)/g)) urls.add(match[1]!);
  }
  return [...urls];
}

/** Every http(s) URL the browser logged a request for. */
export function requestedUrls(kind: BrowserKind, file: string): string[] {
  if (kind === 'chromium' && !existsSync(file)) throw new Error(`no NetLog at ${file}`);
  const urls = kind === 'chromium' ? chromiumUrls(file) : firefoxUrls(file);
  return urls.filter((url) => /^https?:\/\//.test(url));
}

/** Hosts that are neither fixture (loopback) hosts nor the browser's own services. */
export function unexpectedHosts(urls: readonly string[], fixtureHosts: readonly string[]): string[] {
  const hosts = urls.map((url) => new URL(url).hostname);
  return [...new Set(hosts)].filter(
    (host) => !fixtureHosts.includes(host) && !BROWSER_SERVICE_HOSTS.test(host) && host !== '~notfound',
  );
}
