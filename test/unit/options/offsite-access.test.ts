/**
 * What to give back when an optional feature is turned off: never what the other feature still
 * needs, in a browser that removes exact patterns (Firefox) or narrower ones too (Chromium).
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/browser', () => ({ default: {} }));
const { accessToGiveBack } = await import('../../../src/options/offsite-access');

const ROUTERS = ['http://routerlogin.net/*', 'https://routerlogin.net/*'];
const ALL = ['https://*/*', 'http://*/*'];

describe('accessToGiveBack', () => {
  it.each([
    // feature, other on, removal takes narrower, expected origins, expected permissions
    ['router', true, false, ROUTERS, []],
    ['router', true, true, ROUTERS, []],
    ['router', false, false, [...ROUTERS, ...ALL], ['scripting']],
    ['router', false, true, [...ROUTERS, ...ALL], ['scripting']],
    ['lookalike', true, false, ALL, []],
    ['lookalike', true, true, [], []],
    ['lookalike', false, false, [...ROUTERS, ...ALL], ['scripting']],
    ['lookalike', false, true, [...ROUTERS, ...ALL], ['scripting']],
  ] as const)('%s off, other on: %s, narrower removed too: %s', (feature, otherOn, narrower, origins, permissions) => {
    expect(accessToGiveBack(feature, { routerOrigins: ROUTERS, otherOn, removalTakesNarrower: narrower })).toEqual({
      origins,
      permissions,
    });
  });

  it('never removes a router pattern while the router check stays on', () => {
    for (const removalTakesNarrower of [false, true]) {
      const { origins } = accessToGiveBack('lookalike', {
        routerOrigins: ROUTERS,
        otherOn: true,
        removalTakesNarrower,
      });
      // In a browser that removes narrower patterns, all-sites access contains the router pages.
      expect(origins.some((o) => ROUTERS.includes(o) || (removalTakesNarrower && ALL.includes(o)))).toBe(false);
    }
  });
});
