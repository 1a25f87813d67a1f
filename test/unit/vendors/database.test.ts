/** Tests over EVERY vendor file: the data is validated like code. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { VendorSchema, parseVendor, type TwoFactorMethod, type Vendor } from '../../../src/vendors/schema';

const DIR = 'src/vendors';
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
    for (const domain of data.match.domains) expect(getDomain(domain), domain).toBe(domain);
    for (const host of data.match.hosts) expect(getDomain(host), host).not.toBe(host);
  });

  it('has page patterns only on its own hosts', () => {
    for (const patterns of Object.values(data.pages) as string[][]) {
      for (const pattern of patterns) {
        const host = pattern.slice(0, pattern.indexOf('/'));
        const own =
          data.match.hosts.includes(host) ||
          data.match.domains.some((d: string) => host === d || host.endsWith(`.${d}`));
        expect(own, pattern).toBe(true);
      }
    }
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
  domain: string;
  'additional-domains'?: string[];
  tfa?: string[];
  documentation?: string;
}

const directoryDir = 'data/2fa-directory/entries';
const directory: DirectoryEntry[] = readdirSync(directoryDir).flatMap((letter) =>
  readdirSync(join(directoryDir, letter)).map(
    (file) => Object.values(JSON.parse(readFileSync(join(directoryDir, letter, file), 'utf8')))[0] as DirectoryEntry,
  ),
);

function directoryEntryFor(vendor: Vendor): DirectoryEntry | undefined {
  // A single host (alexa.amazon.com) is compared through its registrable domain (amazon.com).
  const ours = new Set([
    ...vendor.match.domains,
    ...vendor.match.hosts,
    ...vendor.match.hosts.map((h) => getDomain(h)!),
  ]);
  return directory.find((entry) => [entry.domain, ...(entry['additional-domains'] ?? [])].some((d) => ours.has(d)));
}

describe.each(vendors.map((vendor) => ({ id: vendor.id, vendor })))('2FA Directory cross-check: $id', ({ vendor }) => {
  it('agrees on methods and documentation, or records why not', () => {
    const entry = directoryEntryFor(vendor);
    if (entry === undefined) {
      expect(vendor.twoFactor.directoryDifference).toBeUndefined();
      return;
    }
    const theirs = [...new Set((entry.tfa ?? []).map((m) => DIRECTORY_METHODS[m]))].sort();
    const methods = vendor.twoFactor.methods === 'unknown' ? undefined : [...vendor.twoFactor.methods.value].sort();
    const docs = vendor.twoFactor.documentation === 'unknown' ? undefined : vendor.twoFactor.documentation.value;
    const agrees = JSON.stringify(methods) === JSON.stringify(theirs) && docs === entry.documentation;
    if (agrees) expect(vendor.twoFactor.directoryDifference, 'a stale difference note').toBeUndefined();
    else
      expect(
        vendor.twoFactor.directoryDifference,
        `methods ${methods} vs ${theirs}, docs ${docs} vs ${entry.documentation}`,
      ).toBeDefined();
  });
});
