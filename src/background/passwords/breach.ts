/**
 * The opt-in breach check against Have I Been Pwned's k-anonymity range API: only the first five
 * hex characters of the password's SHA-1 leave the machine; the match happens here. The answer
 * is found, not found or a failure, never "safe".
 */
import type { BreachFailure, BreachVerdict } from '../../shared/messages';

export const RANGE_API = 'https://api.pwnedpasswords.com/range/';
/** The origin the optional host permission names. */
export const BREACH_TIMEOUT_MS = 5000;

export async function sha1Hex(password: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(password));
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/**
 * With `Add-Padding: true` the API always answers with at least this many lines (800 to 1,000,
 * real ones and count-0 padding): a shorter body was cut off, and "not found" in it means nothing.
 */
export const MIN_PADDED_LINES = 800;

/**
 * Parses a range response (`SUFFIX:COUNT` lines, CRLF or LF). Padding lines (count 0) are
 * dropped; a body with no valid line, or with too many invalid ones, is malformed. With the
 * user's `suffix`, a body is also malformed (doubtful) when a line it could not read starts with
 * that suffix (e.g. a count written `52,579`), or when it is shorter than padding guarantees.
 */
export function parseRangeResponse(body: string, suffix?: string): Map<string, number> | undefined {
  const counts = new Map<string, number>();
  let bad = 0;
  let valid = 0;
  const lines = body.split(/\r?\n/).filter((line) => line.trim() !== '');
  for (const line of lines) {
    const match = /^([0-9A-Fa-f]{35}):(\d{1,12})$/.exec(line.trim());
    if (!match) {
      bad += 1;
      if (suffix !== undefined && line.trim().toUpperCase().startsWith(suffix)) return undefined;
      continue;
    }
    valid += 1;
    const count = Number(match[2]);
    if (count > 0) counts.set(match[1]!.toUpperCase(), count);
  }
  if (lines.length === 0 || bad > lines.length / 10) return undefined;
  if (suffix !== undefined && valid < MIN_PADDED_LINES && !counts.has(suffix)) return undefined;
  return counts;
}

export interface BreachClient {
  fetch: typeof fetch;
  /** The range endpoint; the product always uses RANGE_API. */
  endpoint: string;
  timeoutMs: number;
}

export async function checkBreach(password: string, client: BreachClient): Promise<BreachVerdict> {
  const hash = await sha1Hex(password);
  const prefix = hash.slice(0, 5);
  const suffix = hash.slice(5);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), client.timeoutMs);
  let failure: BreachFailure;
  try {
    const response = await client.fetch(client.endpoint + prefix, {
      headers: { 'Add-Padding': 'true' },
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    if (response.status === 429) failure = 'rate-limited';
    else if (!response.ok) failure = 'server';
    else {
      const counts = parseRangeResponse(await response.text(), suffix);
      if (counts === undefined) failure = 'malformed';
      else {
        const count = counts.get(suffix);
        return count === undefined ? { status: 'not-found' } : { status: 'found', count };
      }
    }
  } catch {
    failure = controller.signal.aborted ? 'timeout' : 'offline';
  } finally {
    clearTimeout(timer);
  }
  return { status: 'error', reason: failure };
}
