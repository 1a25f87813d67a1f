import { describe, expect, it } from 'vitest';
import { ROUTER_HOSTS, isAllowedRouterHost, isRouterHost } from '../../../src/shared/router-hosts';

describe('router hosts a user may add', () => {
  it('allows private addresses, local names and the known router domains', () => {
    for (const host of [
      '192.168.178.1',
      '10.0.0.138',
      '172.16.0.1',
      '172.31.255.254',
      'router.lan',
      'nas.local',
      'gw.home.arpa',
      'fritz.box',
      'routerlogin.net',
    ]) {
      expect(isAllowedRouterHost(host), host).toBe(true);
    }
  });

  it('refuses public addresses and ordinary websites', () => {
    for (const host of [
      '8.8.8.8',
      '172.32.0.1',
      '192.169.1.1',
      '256.1.1.1',
      'example.com',
      'bank.example',
      'evil.lan.example.com',
      'local',
      '.lan',
      'router.home',
    ]) {
      expect(isAllowedRouterHost(host), host).toBe(false);
    }
  });

  it('looks hosts up as own keys only (no prototype names)', () => {
    for (const host of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(isRouterHost(host, []), host).toBe(false);
    }
    expect(Object.keys(ROUTER_HOSTS).every((host) => isRouterHost(host, []))).toBe(true);
  });
});
