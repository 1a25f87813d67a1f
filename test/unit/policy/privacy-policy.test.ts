/**
 * PRIVACY.md matches the code: every permission the manifest can hold and every storage item the
 * typed storage module declares is named in it, with the one network request and the store
 * declarations.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManifest, loadVendors } from '../../../scripts/manifest';
import * as storage from '../../../src/shared/storage';

const policy = readFileSync('PRIVACY.md', 'utf8');
const manifest = buildManifest(
  JSON.parse(readFileSync('manifest.json', 'utf8')),
  loadVendors('src/vendors'),
  'firefox',
);

/** Every item and item family storage.ts exports, by its key or prefix. */
const storageNames = Object.values(storage).flatMap((value) => {
  if (typeof value !== 'object' || value === null || !('area' in value)) return [];
  if ('key' in value) return [String(value.key)];
  if ('prefix' in value) return [`${String(value.prefix)}<`];
  return [];
});

describe('the privacy policy', () => {
  it('names every storage item and family the code declares', () => {
    expect(storageNames.length).toBeGreaterThan(10);
    for (const name of storageNames) expect(policy, name).toContain(`\`${name}`);
  });

  it('names every permission, required or optional', () => {
    const permissions = [...(manifest.permissions as string[]), ...(manifest.optional_permissions as string[])];
    for (const permission of permissions) expect(policy, permission).toContain(`\`${permission}\``);
    for (const origin of ['https://api.pwnedpasswords.com/*', 'https://*/*', 'http://*/*']) {
      expect(manifest.optional_host_permissions).toContain(origin);
      expect(policy, origin).toContain(`\`${origin}\``);
    }
  });

  it('states the one network request, the Firefox declarations and the Limited Use statement', () => {
    expect(policy).toMatch(/first \*\*5 hexadecimal\s+characters\*\* of the password's SHA-1/);
    const gecko = (manifest.browser_specific_settings as { gecko: { data_collection_permissions: object } }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'], optional: ['authenticationInfo'] });
    expect(policy).toContain('`"required": ["none"]`');
    expect(policy).toContain('`"optional": ["authenticationInfo"]`');
    expect(policy).toMatch(/Chrome Web\s+Store User Data Policy, including the Limited Use requirements/);
  });
});
