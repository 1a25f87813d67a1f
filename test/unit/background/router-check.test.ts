import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDefaultPasswords, OUTPUT } from '../../../scripts/build-default-passwords';
import { BRANDS, BRAND_HELP, brandOf, isFactoryPassword, routerMatches } from '../../../src/background/router/check';

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

describe('the brands’ own guides to changing the admin password', () => {
  // Each link was found on the brand's help site or its official support portal and checked.
  const OWN_SITES: Record<string, RegExp> = {
    tplink: /^https:\/\/www\.tp-link\.com\//,
    avm: /^https:\/\/help\.avm\.de\//,
    belkin: /^https:\/\/www\.belkin\.com\//,
    ubiquiti: /^https:\/\/help\.ui\.com\//,
    zyxel: /^https:\/\/service-provider\.zyxel\.com\//,
    draytek: /^https:\/\/draytek\.co\.uk\//,
    amcrest: /^https:\/\/support\.amcrest\.com\//,
    reolink: /^https:\/\/support\.reolink\.com\//,
    lorex: /^https:\/\/help\.lorextechnology\.com\//,
    arris: /^https:\/\/arris\.my\.salesforce-sites\.com\//,
    motorola: /^https:\/\/motorolamentor\.zendesk\.com\//,
  };

  it('are for brands in the list, on the brand’s own help site, with a title and a checked date', () => {
    expect(Object.keys(BRAND_HELP).sort()).toEqual(Object.keys(OWN_SITES).sort());
    for (const [brand, guide] of Object.entries(BRAND_HELP)) {
      expect(BRANDS[brand], brand).toBeDefined();
      expect(guide.url, brand).toMatch(OWN_SITES[brand]!);
      expect(guide.title.length, brand).toBeGreaterThan(5);
      expect(guide.checked, brand).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
