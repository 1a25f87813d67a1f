import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDefaultPasswords, OUTPUT } from '../../../scripts/build-default-passwords';
import { BRANDS, BRAND_HELP, brandOf, howToChange, isFactoryPassword } from '../../../src/background/router/check';
import { routerMatches } from '../../../src/shared/router-hosts';

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

describe('how to change the admin password, per brand', () => {
  // Each guide was found on the brand's help site or its official support portal and checked.
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
    mikrotik: /^https:\/\/help\.mikrotik\.com\//,
  };
  // Brands with no guide found, whose own user manual names the place in the admin pages.
  const FROM_MANUALS = ['hikvision', 'netgear'];

  it('guides: for brands in the list, on the brand’s own help site, with a title and a checked date', () => {
    const guides = Object.entries(BRAND_HELP).filter(([, help]) => help.url !== undefined);
    expect(guides.map(([brand]) => brand).sort()).toEqual(Object.keys(OWN_SITES).sort());
    for (const [brand, guide] of guides) {
      expect(BRANDS[brand], brand).toBeDefined();
      expect(guide.url, brand).toMatch(OWN_SITES[brand]!);
      expect(guide.title?.length, brand).toBeGreaterThan(5);
      expect(guide.checked, brand).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('menu paths: only where no guide was found, each from a named manual, with a checked date', () => {
    const paths = Object.entries(BRAND_HELP).filter(([, help]) => help.menuPath !== undefined);
    expect(paths.map(([brand]) => brand).sort()).toEqual(FROM_MANUALS);
    for (const [brand, help] of paths) {
      expect(BRANDS[brand], brand).toBeDefined();
      expect(help.url, brand).toBeUndefined();
      expect(help.menuPath, brand).toMatch(/^[A-Z][\w ]+( > [A-Z][\w ]+)+$/);
      expect(help.manual?.title, brand).toMatch(/manual/i);
      expect(help.manual?.url, brand).toMatch(/^https:\/\//);
      expect(help.checked, brand).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('answers with the guide or the menu path, and nothing for a brand without either', () => {
    expect(howToChange('netgear')).toEqual({ url: null, menuPath: 'ADVANCED > Administration > Set Password' });
    expect(howToChange('tplink').url).toBe('https://www.tp-link.com/id/support/faq/73');
    expect(howToChange('asus')).toEqual({ url: null, menuPath: null });
    expect(howToChange(null)).toEqual({ url: null, menuPath: null });
  });
});
