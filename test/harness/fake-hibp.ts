/**
 * A loopback stand-in for Have I Been Pwned's range API, with the real response format:
 * `SUFFIX:COUNT` lines (CRLF), padded with count-0 lines when `Add-Padding: true` is sent.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { DynamicHost } from './fixture-server';

export const HIBP_HOST = 'api.pwnedpasswords.com';

export function sha1Upper(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
}

/** A range body for `prefix` listing the breached passwords that fall in it, plus padding. */
export function rangeBody(prefix: string, breached: Record<string, number>, padding: boolean): string {
  const lines: string[] = [];
  for (const [password, count] of Object.entries(breached)) {
    const hash = sha1Upper(password);
    if (hash.startsWith(prefix)) lines.push(`${hash.slice(5)}:${count}`);
  }
  if (padding) {
    while (lines.length < 800) lines.push(`${randomBytes(18).toString('hex').slice(0, 35).toUpperCase()}:0`);
  }
  return lines.join('\r\n');
}

export function fakeHibp(breached: Record<string, number>): DynamicHost {
  return async (request) => {
    const match = /^\/range\/([0-9A-F]{5})$/.exec(request.path);
    if (request.method !== 'GET' || !match) return { status: 400, body: 'The hash prefix was not in a valid format' };
    const padding = String(request.headers['add-padding']).toLowerCase() === 'true';
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: rangeBody(match[1]!, breached, padding) };
  };
}
