/**
 * What optional access to give back after a switch is turned off: everything no feature still
 * needs, in a browser that removes exact host patterns (Firefox) or narrower ones too (Chromium),
 * and never a pattern whose removal would take a feature's access with it.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/browser', () => ({ default: { runtime: { getURL: () => 'chrome-extension://x/' } } }));
const { accessToGiveBack } = await import('../../../src/options/optional-access');
const { routerMatches } = await import('../../../src/shared/router-hosts');

const ALL = ['https://*/*', 'http://*/*'];
const RANGE = 'https://api.pwnedpasswords.com/*';
const ROUTERS = routerMatches(['192.168.178.1']);
const off = { routerCheck: false, lookalikeWarnings: false, breachCheck: false, routerHosts: ['192.168.178.1'] };

describe('accessToGiveBack', () => {
  it('gives everything back once every feature is off, in both kinds of browser', () => {
    for (const narrower of [false, true])
      expect(accessToGiveBack(off, narrower)).toEqual({
        origins: [...ROUTERS, ...ALL, RANGE],
        permissions: ['scripting'],
      });
  });

  it('look-alike off, router check on: all sites go where removal is exact, stay where it is not', () => {
    const features = { ...off, routerCheck: true };
    expect(accessToGiveBack(features, false)).toEqual({ origins: [...ALL, RANGE], permissions: [] });
    expect(accessToGiveBack(features, true)).toEqual({ origins: [RANGE], permissions: [] });
  });

  it('look-alike off, breach check on: in Chromium all sites stay, or the range API would go with them', () => {
    const features = { ...off, breachCheck: true };
    expect(accessToGiveBack(features, true)).toEqual({ origins: ROUTERS, permissions: ['scripting'] });
    expect(accessToGiveBack(features, false)).toEqual({ origins: [...ROUTERS, ...ALL], permissions: ['scripting'] });
  });

  it('router check off, look-alike on: only the router patterns go, scripting stays', () => {
    expect(accessToGiveBack({ ...off, lookalikeWarnings: true }, true)).toEqual({
      origins: [...ROUTERS, RANGE],
      permissions: [],
    });
  });

  it('keeps scripting, and in Chromium all sites, while the user allows a vendor added since the first release', () => {
    expect(accessToGiveBack(off, true, true)).toEqual({ origins: [...ROUTERS, RANGE], permissions: [] });
    expect(accessToGiveBack(off, false, true)).toEqual({ origins: [...ROUTERS, ...ALL, RANGE], permissions: [] });
  });

  it('never removes what an enabled feature needs, nor, in Chromium, a pattern containing it', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (router, lookalike, breach, narrower, vendors) => {
          const features = { ...off, routerCheck: router, lookalikeWarnings: lookalike, breachCheck: breach };
          const { origins, permissions } = accessToGiveBack(features, narrower, vendors);
          const needed = [...(router ? ROUTERS : []), ...(lookalike ? ALL : []), ...(breach ? [RANGE] : [])];
          expect(origins.filter((o) => needed.includes(o))).toEqual([]);
          if (narrower && (needed.length > 0 || vendors)) expect(origins.filter((o) => ALL.includes(o))).toEqual([]);
          expect(permissions.length === 0).toBe(router || lookalike || vendors);
        },
      ),
    );
  });
});
