import { describe, expect, it } from 'vitest';
import {
  breachBlocked,
  featureGranted,
  giveBackEverything,
  type PermissionsApi,
} from '../../../src/background/optional-access';

const RANGE = 'https://api.pwnedpasswords.com/*';

/** A browser that grants exactly `origins`, `permissions` and `consents` (as exact strings). */
function browserGranting(
  grants: { origins?: string[]; permissions?: string[]; consents?: string[] },
  isFirefox: boolean,
): PermissionsApi & { removed: unknown[] } {
  const removed: unknown[] = [];
  return {
    isFirefox,
    removed,
    contains: async (access) =>
      (access.origins ?? []).every((o) => grants.origins?.includes(o)) &&
      (access.permissions ?? []).every((p) => grants.permissions?.includes(p)) &&
      (access.data_collection ?? []).every((c) => grants.consents?.includes(c)),
    remove: async (access) => (removed.push(access), true),
  };
}

describe('the breach check’s gate, at run time', () => {
  it('is off unless turned on on this device', async () => {
    const api = browserGranting({ origins: [RANGE] }, false);
    expect(await breachBlocked(api, { breachCheck: false })).toEqual({ status: 'off' });
    expect(await breachBlocked(api, { breachCheck: true })).toBeNull();
  });

  it('needs the range API granted now (access taken back later stops it)', async () => {
    expect(await breachBlocked(browserGranting({}, false), { breachCheck: true })).toEqual({
      status: 'error',
      reason: 'no-permission',
    });
  });

  it('in Firefox needs the authentication-information consent too', async () => {
    const withoutConsent = browserGranting({ origins: [RANGE] }, true);
    expect(await breachBlocked(withoutConsent, { breachCheck: true })).toEqual({
      status: 'error',
      reason: 'no-permission',
    });
    const withConsent = browserGranting({ origins: [RANGE], consents: ['authenticationInfo'] }, true);
    expect(await breachBlocked(withConsent, { breachCheck: true })).toBeNull();
  });
});

describe('what each feature needs', () => {
  it('asks for the router pages the user added, and all sites for the look-alike warning', async () => {
    const api = browserGranting(
      { permissions: ['scripting'], origins: ['http://router.lan/*', 'https://router.lan/*'] },
      false,
    );
    expect(await featureGranted(api, 'routerCheck', ['router.lan'])).toBe(false); // the listed routers too
    expect(await featureGranted(api, 'lookalikeWarnings', [])).toBe(false);
    expect(
      await featureGranted(browserGranting({ permissions: ['notifications'] }, false), 'reminderNotifications', []),
    ).toBe(true);
  });
});

describe('giving everything back', () => {
  it('removes every optional access, and in Firefox the data-collection consent', async () => {
    const chromium = browserGranting({}, false);
    await giveBackEverything(chromium, ['10.0.0.138']);
    expect(chromium.removed).toEqual([
      {
        origins: expect.arrayContaining([
          RANGE,
          'https://*/*',
          'http://*/*',
          'http://10.0.0.138/*',
          'http://fritz.box/*',
        ]),
        permissions: ['scripting', 'notifications'],
      },
    ]);
    const firefox = browserGranting({}, true);
    await giveBackEverything(firefox, []);
    expect(firefox.removed).toContainEqual({ data_collection: ['authenticationInfo'] });
  });
});
