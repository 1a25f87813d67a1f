// @vitest-environment happy-dom
/**
 * The switches that need optional browser access (breach check, router check, look-alike
 * warning, reminder notifications): on only once the browser granted it, back off (saying why)
 * when the user declines, and giving the access back once turned off and saved.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A browser permission event the page subscribes to. */
function permissionEvent() {
  const listeners = new Set<() => void>();
  return {
    addListener: (listener: () => void) => listeners.add(listener),
    removeListener: (listener: () => void) => listeners.delete(listener),
    fire: () => listeners.forEach((listener) => listener()),
  };
}
const permissions = {
  request: vi.fn(),
  remove: vi.fn(),
  contains: vi.fn(),
  onAdded: permissionEvent(),
  onRemoved: permissionEvent(),
};
/** The extension's base URL tells the browsers apart; Chromium removes narrower host patterns too. */
let base = 'chrome-extension://id/';
const runtime = { getURL: (path: string) => base + path };
vi.mock('../../../src/shared/browser', () => ({ default: { permissions, runtime } }));
(globalThis as unknown as { chrome: unknown }).chrome = {
  i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' },
  runtime: {},
};
const { LookalikeSetting, RouterSetting } = await import('../../../src/options/offsite-settings');
const { BreachSetting } = await import('../../../src/options/breach-setting');
const { RemindersSetting } = await import('../../../src/options/reminders-setting');
const { settings, optIns } = await import('../../../src/shared/storage');
const { routerMatches } = await import('../../../src/shared/router-hosts');
const defaultSettings = () => ({ ...settings.fallback(), ...optIns.fallback() });
type Settings = ReturnType<typeof defaultSettings>;

/** Saves like the background does: applies each change and answers with the settings as stored. */
function storing(initial: Settings) {
  let stored = initial;
  return vi.fn(async (change: Partial<Settings>) => (stored = { ...stored, ...change }));
}

function mount(ui: preact.VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  // Inside act, so the component's effects have run when this returns.
  act(() => render(ui, root));
  return root;
}
const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => {
  permissions.request.mockReset();
  permissions.remove.mockReset().mockResolvedValue(true);
  permissions.contains.mockReset().mockResolvedValue(false);
  base = 'chrome-extension://id/';
});

const ALL = ['https://*/*', 'http://*/*'];
const RANGE = 'https://api.pwnedpasswords.com/*';

describe('the look-alike switch', () => {
  it('stays off and says so when the browser access is declined', async () => {
    permissions.request.mockResolvedValue(false);
    const onChange = storing(defaultSettings());
    const root = mount(<LookalikeSetting settings={defaultSettings()} onChange={onChange} />);
    const box = root.querySelector<HTMLInputElement>('input[name="lookalikeWarnings"]')!;
    box.click();
    await flush();
    expect(permissions.request).toHaveBeenCalledWith({
      permissions: ['scripting'],
      origins: ['https://*/*', 'http://*/*'],
    });
    expect(onChange).not.toHaveBeenCalled();
    expect(box.checked).toBe(false);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('optionsAccessDenied');
  });

  it('turns on once granted, and when off gives back all-sites access where that keeps the router pages', async () => {
    base = 'moz-extension://id/';
    permissions.request.mockResolvedValue(true);
    const onChange = storing(defaultSettings());
    let root = mount(<LookalikeSetting settings={defaultSettings()} onChange={onChange} />);
    root.querySelector<HTMLInputElement>('input[name="lookalikeWarnings"]')!.click();
    await flush();
    expect(onChange).toHaveBeenCalledWith({ lookalikeWarnings: true });

    const both = { ...defaultSettings(), lookalikeWarnings: true, routerCheck: true };
    const saveBoth = storing(both);
    root = mount(<LookalikeSetting settings={both} onChange={saveBoth} />);
    root.querySelector<HTMLInputElement>('input[name="lookalikeWarnings"]')!.click();
    await flush();
    expect(saveBoth).toHaveBeenLastCalledWith({ lookalikeWarnings: false });
    expect(permissions.remove).toHaveBeenCalledWith({ origins: [...ALL, RANGE], permissions: [] });
  });

  it('keeps all-sites access while the router check needs it in a browser that removes narrower patterns, and says so', async () => {
    const on = { ...defaultSettings(), lookalikeWarnings: true, routerCheck: true };
    const onChange = storing(on);
    let root = mount(<LookalikeSetting settings={on} onChange={onChange} />);
    permissions.contains.mockResolvedValue(true);
    root.querySelector<HTMLInputElement>('input[name="lookalikeWarnings"]')!.click();
    await flush();
    // Only the unused range API goes; all sites stay, or the router patterns would go with them.
    expect(permissions.remove).toHaveBeenCalledWith({ origins: [RANGE], permissions: [] });
    expect(permissions.contains).toHaveBeenCalledWith({ origins: ALL });
    // Re-rendered with the stored setting off, the note stays: it follows the browser's real access.
    root = mount(<LookalikeSetting settings={{ ...on, lookalikeWarnings: false }} onChange={onChange} />);
    await flush();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('optionsLookalikeAccessKept');
  });

  it('drops the note when the browser reports the access gone (the router check turned off)', async () => {
    permissions.contains.mockResolvedValue(true);
    const root = mount(<LookalikeSetting settings={{ ...defaultSettings(), routerCheck: true }} onChange={vi.fn()} />);
    await flush();
    expect(root.querySelector('[role="status"]')).not.toBeNull();
    permissions.contains.mockResolvedValue(false);
    permissions.onRemoved.fire();
    await flush();
    expect(root.querySelector('[role="status"]')).toBeNull();
  });

  it('gives back according to the settings as stored, not as last shown', async () => {
    base = 'moz-extension://id/';
    // The page still shows the router check off; the store already has it on.
    const shown = { ...defaultSettings(), lookalikeWarnings: true };
    const root = mount(<LookalikeSetting settings={shown} onChange={storing({ ...shown, routerCheck: true })} />);
    root.querySelector<HTMLInputElement>('input[name="lookalikeWarnings"]')!.click();
    await flush();
    expect(permissions.remove).toHaveBeenCalledWith({ origins: [...ALL, RANGE], permissions: [] });
  });
});

describe('the router switch', () => {
  it('asks only for the router admin addresses, and gives them and scripting back when off', async () => {
    permissions.request.mockResolvedValue(true);
    const onChange = storing(defaultSettings());
    let root = mount(<RouterSetting settings={defaultSettings()} onChange={onChange} />);
    root.querySelector<HTMLInputElement>('input[name="routerCheck"]')!.click();
    await flush();
    const asked = permissions.request.mock.calls[0]![0] as { origins: string[] };
    expect(asked.origins).toContain('http://192.168.1.1/*');
    expect(asked.origins.some((o) => o.includes('*/*'))).toBe(false);
    expect(onChange).toHaveBeenCalledWith({ routerCheck: true });

    root = mount(<RouterSetting settings={{ ...defaultSettings(), routerCheck: true }} onChange={onChange} />);
    root.querySelector<HTMLInputElement>('input[name="routerCheck"]')!.click();
    await flush();
    // With the look-alike warning off too, everything goes, including all-sites access kept for the router.
    expect(permissions.remove).toHaveBeenCalledWith({
      origins: [...asked.origins, ...ALL, RANGE],
      permissions: ['scripting'],
    });
  });
});

describe('the breach switch', () => {
  it('asks only for the range API (and, in Firefox, the data-collection consent)', async () => {
    permissions.request.mockResolvedValue(true);
    const save = storing(defaultSettings());
    const onChange = vi.fn((on: boolean) => save({ breachCheck: on }));
    for (const [browserBase, asked] of [
      ['chrome-extension://id/', { origins: [RANGE] }],
      ['moz-extension://id/', { origins: [RANGE], data_collection: ['authenticationInfo'] }],
    ] as const) {
      base = browserBase;
      const root = mount(<BreachSetting settings={defaultSettings()} onChange={onChange} />);
      root.querySelector<HTMLInputElement>('input[name="breachCheck"]')!.click();
      await flush();
      expect(permissions.request).toHaveBeenLastCalledWith(asked);
    }
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('when off, gives back the range API (in Firefox with the consent) and whatever no feature needs', async () => {
    for (const browserBase of ['chrome-extension://id/', 'moz-extension://id/']) {
      base = browserBase;
      permissions.remove.mockClear();
      const save = storing({ ...defaultSettings(), breachCheck: true });
      const onChange = vi.fn((on: boolean) => save({ breachCheck: on }));
      const root = mount(<BreachSetting settings={{ ...defaultSettings(), breachCheck: true }} onChange={onChange} />);
      root.querySelector<HTMLInputElement>('input[name="breachCheck"]')!.click();
      await flush();
      expect(onChange).toHaveBeenCalledWith(false);
      const calls = permissions.remove.mock.calls.map(([access]) => access);
      const everything = { origins: [...routerMatches([]), ...ALL, RANGE], permissions: ['scripting'] };
      expect(calls).toEqual(
        browserBase.startsWith('moz')
          ? [{ origins: [RANGE], data_collection: ['authenticationInfo'] }, everything]
          : [everything],
      );
    }
  });

  it('keeps the access when turning it off could not be saved', async () => {
    const onChange = vi.fn(async () => null);
    const root = mount(<BreachSetting settings={{ ...defaultSettings(), breachCheck: true }} onChange={onChange} />);
    root.querySelector<HTMLInputElement>('input[name="breachCheck"]')!.click();
    await flush();
    expect(onChange).toHaveBeenCalledWith(false);
    expect(permissions.remove).not.toHaveBeenCalled();
  });
});

describe('the reminder notifications switch', () => {
  const box = (root: HTMLElement) => root.querySelector<HTMLInputElement>('input[name="reminderNotifications"]')!;

  it('asks for the notifications permission, and stays off with an alert when declined', async () => {
    permissions.request.mockResolvedValue(false);
    const onChange = storing(defaultSettings());
    const root = mount(<RemindersSetting settings={defaultSettings()} onChange={onChange} />);
    box(root).click();
    await flush();
    expect(permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(onChange).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('gives the permission back once turned off and saved, and keeps it when saving failed', async () => {
    const on = { ...defaultSettings(), reminderNotifications: true };
    let root = mount(<RemindersSetting settings={on} onChange={storing(on)} />);
    box(root).click();
    await flush();
    expect(permissions.remove).toHaveBeenCalledWith({ permissions: ['notifications'] });

    permissions.remove.mockClear();
    root = mount(<RemindersSetting settings={on} onChange={vi.fn(async () => null)} />);
    box(root).click();
    await flush();
    expect(permissions.remove).not.toHaveBeenCalled();
  });
});
