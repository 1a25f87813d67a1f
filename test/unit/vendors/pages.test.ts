import { describe, expect, it } from 'vitest';
import { VENDORS } from '../../../src/vendors';
import { matchesPagePattern, pageKindsFromPatterns } from '../../../src/vendors/pages';

/** The meaning of a page pattern, written the obvious way: `*` is any run of characters. */
function referenceMatches(pattern: string, url: URL): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  const regex = new RegExp(`^${escaped.join('.*')}$`);
  return regex.test(url.hostname + url.pathname + url.search + url.hash) || regex.test(url.hostname + url.pathname);
}

/** A small deterministic generator, so a failure names a URL that can be run again. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const PATTERNS = [...new Set(VENDORS.flatMap((vendor) => Object.values(vendor.pages).flat()))] as string[];
const FILLERS = ['', 'a', 'x/y', 'login', '/', '*', 'sign_in', '?next=%2F', '#/devices', 'a*b', '.', '..'];

/** URLs near each pattern: its wildcards filled in, and the result cut, extended or altered. */
function urlsNear(pattern: string, random: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < 12; i++) {
    const filled = pattern.replace(/\*/g, () => FILLERS[Math.floor(random() * FILLERS.length)]!);
    const cut = filled.slice(0, Math.max(filled.indexOf('/') + 1, Math.floor(random() * filled.length)));
    const altered = filled.replace(/[a-z]/, (c) => (c === 'z' ? 'a' : String.fromCharCode(c.charCodeAt(0) + 1)));
    out.push(filled, `${filled}/more`, `${filled}?q=1`, `${filled}#frag`, cut, altered);
  }
  return out.map((path) => `https://${path}`);
}

describe('vendor page patterns', () => {
  it('match exactly what the plain reading of `*` says, on every vendor pattern and URLs near it', () => {
    const random = seeded(18);
    let compared = 0;
    for (const pattern of PATTERNS) {
      for (const href of urlsNear(pattern, random)) {
        let url: URL;
        try {
          url = new URL(href);
        } catch {
          continue;
        }
        expect(matchesPagePattern(pattern, url), `${pattern} on ${href}`).toBe(referenceMatches(pattern, url));
        compared += 1;
      }
    }
    expect(PATTERNS.length).toBeGreaterThan(20);
    expect(compared).toBeGreaterThan(PATTERNS.length * 50);
  });

  it('need the whole pattern: a prefix, a suffix or the middle alone does not match', () => {
    const url = (href: string) => new URL(href);
    expect(matchesPagePattern('ring.com/users/sign_in*', url('https://ring.com/users/sign_in?x=1'))).toBe(true);
    expect(matchesPagePattern('ring.com/users/sign_in*', url('https://ring.com/users/sign'))).toBe(false);
    expect(matchesPagePattern('ring.com/users/sign_in*', url('https://www.ring.com/users/sign_in'))).toBe(false);
    expect(matchesPagePattern('a.com/*/x/*/y', url('https://a.com/1/x/2/x/3/y'))).toBe(true);
    expect(matchesPagePattern('a.com/*/x/*/y', url('https://a.com/1/x/2/y/z'))).toBe(false);
    expect(matchesPagePattern('a.com/x*x', url('https://a.com/x'))).toBe(false);
    expect(matchesPagePattern('a.com/x*x', url('https://a.com/xx'))).toBe(true);
    expect(matchesPagePattern('my.arlo.com/#/login*', url('https://my.arlo.com/#/login/step'))).toBe(true);
    expect(matchesPagePattern('a.com/x', url('https://a.com/x?y'))).toBe(true); // the bare path matches
  });

  it('give a page every kind whose pattern matches it', () => {
    const pages = { login: ['a.com/in*'], devices: ['a.com/*devices*'], 'sign-up': ['b.com/*'] };
    expect(pageKindsFromPatterns(pages, new URL('https://a.com/in/devices'))).toEqual(['login', 'devices']);
    expect(pageKindsFromPatterns(pages, new URL('https://a.com/out'))).toEqual([]);
  });
});
