/**
 * Tests over EVERY vendor file: the data is validated like code. The rules are in
 * docs/vendor-data.md; a broken file fails here with its name and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { getDomain } from 'tldts';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AssistantsSchema } from '../../../src/vendors/assistants';
import { VendorSchema, known, parseVendor, type TwoFactorMethod, type Vendor } from '../../../src/vendors/schema';
import { sourceProblems } from '../../../src/vendors/source-rules';

const DIR = 'src/vendors';
const TODAY = new Date().toISOString().slice(0, 10);
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();
const raw = files.map((file) => ({ file, text: readFileSync(join(DIR, file), 'utf8') }));
const vendors = raw.map(({ text }) => JSON.parse(text) as Vendor);

describe.each(raw)('$file', ({ file, text }) => {
  const data = JSON.parse(text);

  it('matches the schema', () => {
    const result = parseVendor(data);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('follows the source rules: tiers per field, own domains, no weak sources, no future dates', () => {
    const result = parseVendor(data);
    if (!result.ok) return; // reported above
    expect(sourceProblems(result.vendor, TODAY).map((p) => `${file} ${p.field}: ${p.message}`)).toEqual([]);
  });

  it('is named after its id', () => {
    expect(file).toBe(`${data.id}.json`);
  });

  it('is formatted canonically', async () => {
    const options = await prettier.resolveConfig(join(DIR, file));
    expect(await prettier.check(text, { ...options, parser: 'json' })).toBe(true);
  });

  it('keeps the schema key order', () => {
    expect(Object.keys(data)).toEqual(Object.keys(VendorSchema.entries).filter((key) => key in data));
    const twoFactorKeys = Object.keys(VendorSchema.entries.twoFactor.entries);
    expect(Object.keys(data.twoFactor)).toEqual(twoFactorKeys.filter((key) => key in data.twoFactor));
  });

  it('lists registrable domains as domains and single hosts as hosts (Public Suffix List)', () => {
    for (const domain of [...data.match.domains, ...data.helpDomains]) expect(getDomain(domain), domain).toBe(domain);
    for (const host of data.match.hosts) expect(getDomain(host), host).not.toBe(host);
  });

  it('has page patterns and account hosts only on its own hosts', () => {
    const own = (host: string) =>
      data.match.hosts.includes(host) ||
      (data.match.platformHosts ?? []).includes(host) ||
      data.match.domains.some((d: string) => host === d || host.endsWith(`.${d}`));
    for (const patterns of Object.values(data.pages) as string[][]) {
      for (const pattern of patterns) expect(own(pattern.slice(0, pattern.indexOf('/'))), pattern).toBe(true);
    }
    for (const host of data.match.accountHosts) expect(own(host), host).toBe(true);
  });

  it('lists incidents newest first', () => {
    const dates = data.incidents.map((incident: { date: string }) => incident.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('the vendor database', () => {
  it('has at least Ring, Wyze and Arlo', () => {
    expect(vendors.map((v) => v.id)).toEqual(expect.arrayContaining(['ring', 'wyze', 'arlo']));
  });

  it('claims every host for one vendor only', () => {
    const owner = new Map<string, string>();
    for (const vendor of vendors) {
      for (const host of [...vendor.match.domains, ...vendor.match.hosts]) {
        expect(owner.get(host), `${host} is listed by ${owner.get(host)} and ${vendor.id}`).toBeUndefined();
        owner.set(host, vendor.id);
      }
    }
    // A single host must not sit under a domain another vendor owns whole.
    for (const vendor of vendors) {
      for (const host of vendor.match.hosts) {
        const domain = getDomain(host)!;
        const domainOwner = owner.get(domain);
        expect(domainOwner === undefined || domainOwner === vendor.id, host).toBe(true);
      }
    }
  });

  it('says for every vendor without a host that it is app-only, with the vendor’s own source', () => {
    for (const vendor of vendors.filter((v) => v.match.domains.length + v.match.hosts.length === 0)) {
      expect(vendor.appOnly && 'value' in vendor.appOnly ? vendor.appOnly.tier : vendor.id, vendor.id).toBe('vendor');
    }
  });
});

describe('the assistants’ side of unlinking (platforms/assistants.json)', () => {
  const data = JSON.parse(readFileSync(join(DIR, 'platforms/assistants.json'), 'utf8'));
  it('matches its schema, each place on the assistant maker’s own pages', () => {
    const result = v.safeParse(AssistantsSchema, data);
    expect(result.success ? [] : result.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toEqual([]);
    const makers = ['amazon', 'google.com', 'apple.com', 'ifttt.com', 'smartthings.com', 'samsung.com'];
    for (const [service, entry] of Object.entries(data) as Array<[string, Record<string, unknown>]>) {
      for (const [field, fact] of Object.entries(entry)) {
        if (typeof fact !== 'object' || fact === null || !('value' in fact)) continue;
        const { source, tier, value } = fact as { source: string; tier: string; value: { url?: string } };
        expect(tier, `${service}.${field}`).toBe('vendor');
        for (const url of [source, value.url].filter(Boolean) as string[]) {
          const host = new URL(url).hostname;
          expect(
            makers.some((maker) => host.includes(maker)),
            `${service}.${field}: ${url}`,
          ).toBe(true);
        }
      }
    }
  });
});

/** The 2FA Directory's method names in ours. */
const DIRECTORY_METHODS: Record<string, TwoFactorMethod> = {
  sms: 'sms',
  call: 'call',
  email: 'email',
  totp: 'totp',
  u2f: 'security-key',
  'custom-software': 'push',
  'custom-hardware': 'security-key',
};

interface DirectoryEntry {
  domain?: string;
  'additional-domains'?: string[];
  tfa?: string[];
  documentation?: string;
  passwordless?: 'allowed' | 'required';
  mfa?: 'allowed' | 'required';
}

function entry(directory: string, path: string): DirectoryEntry {
  return Object.values(JSON.parse(readFileSync(join('data', directory, 'entries', path), 'utf8')))[0] as DirectoryEntry;
}

/** Every entry file of the full directory by the domains it covers (data/<directory>/domains.json). */
function indexOf(directory: string): Record<string, string[]> {
  return JSON.parse(readFileSync(join('data', directory, 'domains.json'), 'utf8'));
}

/** The vendor's own registrable domains: where its directory entry would be. */
function ownDomains(vendor: Vendor): Set<string> {
  return new Set([...vendor.match.domains, ...vendor.match.hosts.map((h) => getDomain(h)!), ...vendor.helpDomains]);
}

describe.each(vendors.map((vendor) => ({ id: vendor.id, vendor })))('directory cross-checks: $id', ({ vendor }) => {
  it('names its 2FA Directory entry, which agrees on methods and documentation or records why not', () => {
    const named = vendor.directories.twoFactor;
    if (typeof named !== 'string') {
      // "none" must be true of the whole directory, not only of the copied entries.
      const taken = Object.entries(indexOf('2fa-directory')).filter(([, domains]) =>
        domains.some((d) => ownDomains(vendor).has(d)),
      );
      expect(
        taken.map(([file]) => file),
        'the directory does have an entry',
      ).toEqual([]);
      return;
    }
    const found = entry('2fa-directory', named);
    const theirs = [...new Set((found.tfa ?? []).map((m) => DIRECTORY_METHODS[m]))].sort();
    const methods = known(vendor.twoFactor.methods);
    const docs = known(vendor.twoFactor.documentation);
    const agrees =
      JSON.stringify(methods ? [...methods].sort() : undefined) === JSON.stringify(theirs) &&
      docs === found.documentation;
    if (agrees) expect(vendor.twoFactor.directoryDifference, 'a stale difference note').toBeUndefined();
    else
      expect(
        vendor.twoFactor.directoryDifference,
        `methods ${methods} vs ${theirs}, docs ${docs} vs ${found.documentation}`,
      ).toBeDefined();
  });

  it('names its Passkeys Directory entry, and a fact taken from it says what the entry says', () => {
    const named = vendor.directories.passkeys;
    const passkeys = vendor.twoFactor.passkeys;
    if (typeof named !== 'string') {
      const taken = Object.entries(indexOf('passkeys-directory')).filter(([, domains]) =>
        domains.some((d) => ownDomains(vendor).has(d)),
      );
      expect(
        taken.map(([file]) => file),
        'the directory does have an entry',
      ).toEqual([]);
      expect('tier' in passkeys && passkeys.tier === 'directory').toBe(false);
      return;
    }
    const found = entry('passkeys-directory', named);
    expect('unknown' in passkeys, 'the directory has an entry: use it or the vendor’s own page').toBe(false);
    if ('value' in passkeys && passkeys.tier === 'directory') {
      expect(passkeys.value).toEqual({ signIn: found.passwordless !== undefined, secondStep: found.mfa !== undefined });
    }
  });
});

describe('the copied directory entries', () => {
  it('are exactly the ones the vendors name', () => {
    for (const directory of ['2fa-directory', 'passkeys-directory'] as const) {
      const key = directory === '2fa-directory' ? 'twoFactor' : 'passkeys';
      const named = new Set(vendors.map((v) => v.directories[key]).filter((e): e is string => typeof e === 'string'));
      const copied = readdirSync(join('data', directory, 'entries')).flatMap((letter) =>
        readdirSync(join('data', directory, 'entries', letter)).map((file) => `${letter}/${file}`),
      );
      expect(copied.sort()).toEqual([...named].sort());
      for (const file of named) expect(indexOf(directory)[file], file).toBeDefined();
    }
  });
});
