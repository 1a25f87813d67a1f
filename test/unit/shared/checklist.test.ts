import { describe, expect, it } from 'vitest';
import { homeChecklist, nextAction, score, vendorChecklist, type ChecklistItem } from '../../../src/shared/checklist';
import type { VendorState } from '../../../src/shared/storage';
import { VENDORS, vendorById } from '../../../src/vendors';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const at = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString();
const seen: VendorState = { firstSeen: at(30), lastSeen: at(1), visits: 3 };
const item = (items: ChecklistItem[], id: string) => items.find((i) => i.id === id)!;

describe('vendorChecklist', () => {
  it('has every item for every vendor, with steps for every to-do', () => {
    for (const vendor of VENDORS) {
      const list = vendorChecklist(vendor, seen, NOW, 90);
      expect(list.items.map((i) => i.id)).toEqual([
        'two-factor',
        'password-strength',
        'password-unique',
        'breach',
        'shared-users',
        'linked-services',
        'sessions',
        'recording',
        'firmware',
        'incidents',
      ]);
      for (const i of list.items.filter((x) => x.status === 'todo'))
        expect(i.steps.length, `${vendor.id} ${i.id}`).toBeGreaterThan(0);
    }
  });

  it('knows nothing of a password it has not seen, and says so', () => {
    const list = vendorChecklist(vendorById('wyze')!, seen, NOW, 90);
    expect(item(list.items, 'password-strength')).toMatchObject({
      status: 'unknown',
      detail: { key: 'detailPasswordUnknown' },
    });
    expect(item(list.items, 'breach').status).toBe('unknown');
  });

  it('turns a weak, reused, breached password into high-priority to-dos with the vendor’s steps', () => {
    const state: VendorState = {
      ...seen,
      password: { score: 1, form: 'login', ratedAt: at(0), reused: true, breach: { status: 'found', count: 12 } },
    };
    const list = vendorChecklist(vendorById('ring')!, state, NOW, 90);
    for (const id of ['password-strength', 'password-unique', 'breach']) {
      expect(item(list.items, id)).toMatchObject({ status: 'todo', high: true });
    }
    expect(item(list.items, 'breach').detail).toEqual({ key: 'detailBreachFound', params: ['12'] });
    // Ring's password place is in its app, as the vendor file says.
    expect(
      item(list.items, 'password-strength').steps[0]?.appPath ?? item(list.items, 'password-strength').steps[0]?.key,
    ).toBeTruthy();
  });

  it('counts a password from the leaked lists as a to-do however strong it scores, in the meter’s words otherwise', () => {
    const leaked: VendorState = {
      ...seen,
      password: { score: 4, leaked: true, form: 'login', ratedAt: at(0), reused: false, breach: { status: 'off' } },
    };
    const items = vendorChecklist(vendorById('ring')!, leaked, NOW, 90).items;
    expect(item(items, 'password-strength')).toMatchObject({ status: 'todo', detail: { key: 'detailPasswordLeaked' } });
    expect(item(items, 'breach')).toMatchObject({ status: 'todo', detail: { key: 'detailPasswordLeaked' } });
    const guessable: VendorState = { ...leaked, password: { ...leaked.password!, score: 2, leaked: false } };
    expect(item(vendorChecklist(vendorById('ring')!, guessable, NOW, 90).items, 'password-strength').detail).toEqual({
      key: 'detailStrength',
      paramKeys: ['strength2'],
    });
  });

  it('never says "safe": an unchecked breach is unknown, a check that did not run too', () => {
    for (const breach of [{ status: 'off' as const }, { status: 'error' as const, reason: 'timeout' as const }]) {
      const state: VendorState = {
        ...seen,
        password: { score: 4, form: 'login', ratedAt: at(0), reused: false, breach },
      };
      expect(item(vendorChecklist(vendorById('ring')!, state, NOW, 90).items, 'breach').status).toBe('unknown');
    }
  });

  it('treats 2FA: on is done, SMS gets advice, mandatory is done by the vendor, none offered is not applicable', () => {
    const on = (method?: 'sms' | 'totp'): VendorState => ({
      ...seen,
      twoFactor: { status: 'on', ...(method ? { method } : {}), source: 'settings-page', at: at(2) },
    });
    expect(item(vendorChecklist(vendorById('wyze')!, on('totp'), NOW, 90).items, 'two-factor')).toMatchObject({
      status: 'done',
    });
    expect(item(vendorChecklist(vendorById('wyze')!, on('sms'), NOW, 90).items, 'two-factor').detail?.key).toBe(
      'detailSmsWeaker',
    );
    expect(item(vendorChecklist(vendorById('arlo')!, seen, NOW, 90).items, 'two-factor')).toMatchObject({
      status: 'done',
      detail: { key: 'detailMandatory' },
    });
    expect(item(vendorChecklist(vendorById('honeywell')!, seen, NOW, 90).items, 'two-factor').status).toBe(
      'not-applicable',
    );
    expect(item(vendorChecklist(vendorById('wyze')!, seen, NOW, 90).items, 'two-factor').status).toBe('unknown');
  });

  it('warns that 2FA can break a home-automation integration', () => {
    const steps = item(vendorChecklist(vendorById('wyze')!, seen, NOW, 90).items, 'two-factor').steps;
    expect(steps.some((s) => s.warning && s.key.startsWith('warnAutomation'))).toBe(true);
  });

  it('revokes Alexa through both the skill and Login with Amazon', () => {
    const state: VendorState = { ...seen, linked: { services: { alexa: true }, at: at(0) } };
    const linked = item(vendorChecklist(vendorById('wyze')!, state, NOW, 90).items, 'linked-services');
    expect(linked.high).toBe(true);
    expect(linked.steps.map((s) => s.key)).toEqual(expect.arrayContaining(['stepAlexaSkill', 'stepLoginWithAmazon']));
    expect(linked.steps.find((s) => s.key === 'stepLoginWithAmazon')?.url).toBe('https://www.amazon.com/ap/adam');
  });

  it('cites the vendor’s own incident in why an item matters', () => {
    const shared = item(vendorChecklist(vendorById('wyze')!, seen, NOW, 90).items, 'shared-users');
    expect(vendorById('wyze')!.incidents.map((i) => i.summary)).toContain(shared.incident?.summary);
    expect(shared.incident?.summary).toMatch(/shar|other users/i);
    expect(item(vendorChecklist(vendorById('arlo')!, seen, NOW, 90).items, 'shared-users').incident).toBeUndefined();
  });

  it('keeps a mark or a review seen on the vendor page for the review interval, then asks again', () => {
    const state: VendorState = {
      ...seen,
      marks: { sessions: at(10), recording: at(120) },
      sharedUsers: { hashes: [], reviewedAt: at(5) },
    };
    const items = vendorChecklist(vendorById('ring')!, state, NOW, 90).items;
    expect(item(items, 'sessions')).toMatchObject({ status: 'done', doneAt: at(10) });
    expect(item(items, 'recording')).toMatchObject({ status: 'todo', due: true });
    expect(item(items, 'shared-users')).toMatchObject({ status: 'done', doneAt: at(5) });
    expect(item(vendorChecklist(vendorById('ring')!, state, NOW, 0).items, 'recording').status).toBe('done'); // reminders off
  });

  it('scores done over applicable items and picks one next action, high priority first', () => {
    const items: ChecklistItem[] = [
      {
        id: 'sessions',
        status: 'todo',
        high: false,
        title: { key: 'itemSessions' },
        why: { key: 'whySessions' },
        steps: [],
        markable: true,
      },
      {
        id: 'two-factor',
        status: 'unknown',
        high: true,
        title: { key: 'itemTwoFactor' },
        why: { key: 'whyTwoFactor' },
        steps: [],
        markable: false,
      },
      {
        id: 'firmware',
        status: 'done',
        high: false,
        title: { key: 'itemFirmware' },
        why: { key: 'whyFirmware' },
        steps: [],
        markable: true,
      },
      {
        id: 'incidents',
        status: 'not-applicable',
        high: false,
        title: { key: 'itemIncidents' },
        why: { key: 'whyIncidents' },
        steps: [],
        markable: false,
      },
    ];
    expect(score(items)).toBe(33);
    expect(nextAction(items)).toBe('two-factor');
    expect(score(items.filter((i) => i.status === 'unknown'))).toBeNull();
  });
});

describe('walkthroughs from the vendor database', () => {
  it('recommends a passkey first where the vendor takes one, then an authenticator app', () => {
    const off: VendorState = { ...seen, twoFactor: { status: 'off', source: 'settings-page', at: at(1) } };
    const keys = item(vendorChecklist(vendorById('ring')!, off, NOW, 90).items, 'two-factor').steps.map((s) => s.key);
    expect(keys.indexOf('stepPreferPasskey')).toBeGreaterThan(-1);
    expect(keys.indexOf('stepPreferPasskey')).toBeLessThan(keys.indexOf('stepPasskeyElseAuthenticator'));
    expect(keys).not.toContain('stepPreferAuthenticator');
  });

  it('counts "I already use a passkey" as on, and calls text messages weaker where a passkey is offered', () => {
    const user = (method: 'passkey' | 'sms'): VendorState => ({
      ...seen,
      twoFactor: { status: 'on', method, source: 'user', at: at(1) },
    });
    expect(item(vendorChecklist(vendorById('ring')!, user('passkey'), NOW, 90).items, 'two-factor')).toMatchObject({
      status: 'done',
      detail: { key: 'detailMethod', paramKeys: ['methodPasskey'] },
    });
    expect(item(vendorChecklist(vendorById('ring')!, user('sms'), NOW, 90).items, 'two-factor').detail?.key).toBe(
      'detailSmsWeaker',
    );
  });

  it('says where 2FA is required for some accounts only, without calling it done', () => {
    for (const id of ['google-nest', 'ecobee']) {
      const twoFactor = item(vendorChecklist(vendorById(id)!, seen, NOW, 90).items, 'two-factor');
      expect(twoFactor.status, id).toBe('unknown');
      expect(twoFactor.detail?.key, id).toBe('detailMandatorySome');
      expect(twoFactor.detail?.params?.[1], id).not.toBe('');
    }
  });

  it('warns that a home-automation login needs a separate account where the vendor’s integration needs 2FA off', () => {
    const warning = item(vendorChecklist(vendorById('ezviz')!, seen, NOW, 90).items, 'two-factor').steps.find(
      (s) => s.warning,
    );
    expect(warning).toMatchObject({
      key: 'warnAutomationSeparate',
      params: ['EZVIZ', 'Home Assistant'],
      from: { source: 'https://www.home-assistant.io/integrations/ezviz' },
    });
  });

  it('walks through Wyze’s linked services: the Alexa skill, Login with Amazon, and the API key', () => {
    const linked = item(vendorChecklist(vendorById('wyze')!, seen, NOW, 90).items, 'linked-services');
    const keys = linked.steps.map((s) => s.key);
    expect(keys).toEqual(
      expect.arrayContaining(['stepAlexaSkill', 'stepLoginWithAmazon', 'stepGoogleUnlink', 'stepIftttDisconnect']),
    );
    expect(linked.steps.find((s) => s.key === 'stepLoginWithAmazon')).toMatchObject({
      url: 'https://www.amazon.com/ap/adam',
      from: { source: expect.stringMatching(/^https:\/\/www\.amazon\./) },
    });
    expect(linked.steps.find((s) => s.key === 'warnLongLivedKeyRotate')).toMatchObject({ warning: true });
  });

  it('lists the recording settings that matter with their defaults, and says "not offered" where so', () => {
    const recording = item(vendorChecklist(vendorById('ring')!, seen, NOW, 90).items, 'recording');
    expect(recording.settings?.length).toBeGreaterThan(0);
    for (const setting of recording.settings!) {
      expect(setting.from.source).toMatch(/^https:\/\//);
      expect(setting.why.length).toBeGreaterThan(10);
    }
    const sessions = item(vendorChecklist(vendorById('google-nest')!, seen, NOW, 90).items, 'sessions');
    expect(sessions.steps[0]).toMatchObject({ key: 'stepPlaceNotOffered', from: { checked: expect.any(String) } });
  });

  it('carries the source and its checked date on every step built from a vendor fact', () => {
    for (const vendor of VENDORS) {
      for (const entry of vendorChecklist(vendor, seen, NOW, 90).items) {
        for (const step of entry.steps.filter((s) => s.url !== undefined || s.appPath !== undefined)) {
          if (step.key.startsWith('stepRouter')) continue;
          expect(step.from?.source, `${vendor.id} ${entry.id} ${step.key}`).toMatch(/^https:\/\//);
        }
      }
    }
  });
});

describe('homeChecklist', () => {
  it('asks about the router password unless the router check found the factory one', () => {
    expect(homeChecklist({ marks: {} }, NOW, 90)[0]).toMatchObject({ id: 'router-password', status: 'todo' });
    expect(homeChecklist({ marks: { 'router-password': at(3) } }, NOW, 90)[0]?.status).toBe('done');
    expect(
      homeChecklist({ marks: { 'router-password': at(3) }, router: { defaultPassword: true, at: at(0) } }, NOW, 90)[0],
    ).toMatchObject({
      status: 'todo',
      detail: { key: 'detailRouterDefault' },
    });
  });

  it('links the router brand’s own guide when there is one, and only then', () => {
    const guide = { brandName: 'TP-Link', url: 'https://www.tp-link.com/id/support/faq/73', menuPath: null };
    const steps = homeChecklist({ marks: {} }, NOW, 90, guide)[0]!.steps;
    expect(steps[1]).toEqual({ key: 'stepRouterBrandGuide', params: ['TP-Link'], url: guide.url });
    expect(steps.map((s) => s.key)).not.toContain('stepRouterBrandPath');
    const keys = homeChecklist({ marks: {} }, NOW, 90)[0]!.steps.map((s) => s.key);
    expect(keys).not.toContain('stepRouterBrandGuide');
    expect(keys).not.toContain('stepRouterBrandPath');
  });

  it('names the place in the admin pages where the brand’s manual gives one', () => {
    const guide = { brandName: 'Netgear', url: null, menuPath: 'ADVANCED > Administration > Set Password' };
    const steps = homeChecklist({ marks: {} }, NOW, 90, guide)[0]!.steps;
    expect(steps[1]).toEqual({ key: 'stepRouterBrandPath', params: ['Netgear', guide.menuPath] });
    expect(steps.map((s) => s.key)).not.toContain('stepRouterBrandGuide');
  });

  it('says what a VPN does not protect', () => {
    expect(homeChecklist({ marks: {} }, NOW, 90)[1]?.detail?.key).toBe('detailVpnLimits');
  });
});
