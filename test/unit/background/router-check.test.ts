import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDefaultPasswords, OUTPUT } from '../../../scripts/build-default-passwords';
import { BRANDS, brandOf, isFactoryPassword, routerMatches } from '../../../src/background/router/check';

describe('the shipped factory-password list', () => {
  it('is exactly what the data set gives for the brands HomeGuard knows (no drift)', () => {
    const fresh = buildDefaultPasswords(readFileSync('data/default-credentials/DefaultCreds-Cheat-Sheet.csv', 'utf8'));
    expect(JSON.parse(readFileSync(OUTPUT, 'utf8'))).toEqual(fresh);
    expect(Object.keys(BRANDS).length).toBeGreaterThanOrEqual(20);
  });

  it('holds consumer routers and cameras, not enterprise gear', () => {
    expect(BRANDS.netgear?.passwords).toContain('password');
    expect(BRANDS.tplink?.passwords).toContain('admin');
    expect(Object.keys(BRANDS)).not.toContain('cisco');
  });
});

describe('router pages', () => {
  it('knows the brand from the host, else from the page', () => {
    expect(brandOf('routerlogin.net', '')).toBe('netgear');
    expect(brandOf('192.168.0.1', 'TP-Link Wireless Router Archer C7')).toBe('tplink');
    expect(brandOf('192.168.1.1', 'Welcome')).toBeNull();
  });

  it('compares a typed password with the brand’s factory passwords only', () => {
    expect(isFactoryPassword('netgear', 'password')).toBe(true);
    expect(isFactoryPassword('netgear', 'Tr1cky-unique-Pass')).toBe(false);
    expect(isFactoryPassword(null, 'admin')).toBe(false); // unknown brand: no verdict
  });

  it('asks for http and https of every router host, and the user’s own', () => {
    expect(routerMatches(['router.home'])).toEqual(
      expect.arrayContaining(['http://192.168.1.1/*', 'https://routerlogin.net/*', 'http://router.home/*']),
    );
  });
});
