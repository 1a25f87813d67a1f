import { describe, expect, it } from 'vitest';
import { VENDOR_MATCHES, vendorForHost, vendorForUrl } from '../../../src/vendors/lookup';
import { VENDORS } from '../../../src/vendors';

/** Hosts and URLs that imitate vendor hosts. None of them may be taken for a vendor. */
const TRICK_URLS = [
  'https://ring.com.evil.io/',
  'https://ring.com.evil.io/users/sign_in',
  'https://account.ring.com.evil.io/',
  'https://wyze.com-account.net/',
  'https://wyze.com-login.net/',
  'https://auth.wyze.com.login-verify.io/',
  'https://arlo.co/',
  'https://arlo.com.co/',
  'https://my-arlo.com/',
  'https://myarlo.com/',
  'https://arlo-com.net/',
  'https://wyze-com.net/',
  'https://wyzecom.net/',
  'https://ring-com.net/',
  'https://ringcom.io/',
  'https://rlng.com/',
  'https://rinq.com/',
  'https://r1ng.com/',
  'https://ring.co/',
  'https://ring.cm/',
  'https://ring.com.au.evil.io/',
  'https://wyse.com/',
  'https://wyzee.com/',
  'https://wyze.co/',
  'https://wyze.cam/',
  'https://arl0.com/',
  'https://ar1o.com/',
  'https://xn--rng-9ka.com/', // rïng.com
  'https://xn--wze-ysa.com/', // ŵze-like homoglyph
  'https://xn--arlo-fya.com/',
  'https://xn--80ak6aa92e.com/', // Cyrillic look-alike
  'https://rіng.com/', // Cyrillic і, becomes punycode
  'https://аrlo.com/', // Cyrillic а
  'https://wyzе.com/', // Cyrillic е
  'https://ring.com@evil.io/',
  'https://account.ring.com@evil.io/account',
  'https://user:pass@evil.io/ring.com',
  'https://evil.io/ring.com/',
  'https://evil.io/?host=ring.com',
  'https://evil.io/#ring.com',
  'https://evilring.com/',
  'https://notwyze.com/',
  'https://fakearlo.com/',
  'https://ring.evil.com/',
  'https://wyze.evil.com/',
  'https://arlo.evil.com/',
  'https://secure-ring.com/',
  'https://ring-login.com/',
  'https://ringcom.com/',
  'https://www.ring.co.uk.evil.io/',
  'http://ring.com/', // not https
  'http://account.ring.com/',
  'ftp://ring.com/',
  'file:///ring.com/',
  'data:text/html,ring.com',
  'javascript:alert(1)//ring.com',
  'https://127.0.0.1/',
  'https://localhost/',
  'https://com/',
  'not a url',
  '',
];

/** Raw hostnames a caller might pass without parsing: none is a vendor host. */
const TRICK_HOSTS = ['RING.COM', 'Account.Ring.Com', 'ring.com:443', 'ring.com..', '.ring.com', '', 'com', 'ring'];

describe('vendorForUrl', () => {
  it('has at least 50 trick URLs', () => {
    expect(TRICK_URLS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(TRICK_URLS)('does not match %s', (url) => {
    expect(vendorForUrl(url)).toBeUndefined();
  });

  it('matches every listed domain, its subdomains, every listed host, with ports and trailing dots', () => {
    for (const vendor of VENDORS) {
      for (const domain of vendor.match.domains) {
        for (const url of [
          `https://${domain}/`,
          `https://www.${domain}/x`,
          `https://a.b.${domain}:8443/`,
          `https://${domain}./`,
          `https://${domain.toUpperCase()}/`,
        ]) {
          expect(vendorForUrl(url)?.id, url).toBe(vendor.id);
        }
      }
      for (const host of vendor.match.hosts) {
        expect(vendorForUrl(`https://${host}/`)?.id).toBe(vendor.id);
        expect(vendorForUrl(`https://x.${host}/`)).toBeUndefined();
      }
    }
  });

  it('matches the vendor pages the fixtures use', () => {
    expect(vendorForUrl('https://ring.com/users/sign_in')?.id).toBe('ring');
    expect(vendorForUrl('https://account.ring.com/account/dashboard')?.id).toBe('ring');
    expect(vendorForUrl('https://auth.wyze.com/login')?.id).toBe('wyze');
    expect(vendorForUrl('https://my.arlo.com/#/login')?.id).toBe('arlo');
  });
});

describe('vendorForHost', () => {
  it.each(TRICK_HOSTS)('does not match raw host %j', (host) => {
    expect(vendorForHost(host)).toBeUndefined();
  });

  it('carries only id, name, hosts and page patterns (the content script must not get the whole database)', () => {
    for (const match of VENDOR_MATCHES) expect(Object.keys(match).sort()).toEqual(['id', 'match', 'name', 'pages']);
  });
});
