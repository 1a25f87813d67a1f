// @vitest-environment happy-dom
/**
 * The optional features' switches: on only once the browser granted the access, back off (and
 * saying why) when the user declines, and giving the access back when turned off.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const permissions = { request: vi.fn(), remove: vi.fn() };
vi.mock('../../../src/shared/browser', () => ({ default: { permissions } }));
(globalThis as unknown as { chrome: unknown }).chrome = {
  i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' },
  runtime: {},
};
const { LookalikeSetting, RouterSetting } = await import('../../../src/options/offsite-settings');
const { settings } = await import('../../../src/shared/storage');
const defaultSettings = () => settings.fallback();

function mount(ui: preact.VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(ui, root);
  return root;
}
const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => {
  permissions.request.mockReset();
  permissions.remove.mockReset().mockResolvedValue(true);
});

describe('the look-alike switch', () => {
  it('stays off and says so when the browser access is declined', async () => {
    permissions.request.mockResolvedValue(false);
    const onChange = vi.fn().mockResolvedValue(undefined);
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

  it('turns on once granted, and gives back all-sites access (keeping scripting for the router check) when off', async () => {
    permissions.request.mockResolvedValue(true);
    const onChange = vi.fn().mockResolvedValue(undefined);
    let root = mount(<LookalikeSetting settings={defaultSettings()} onChange={onChange} />);
    root.querySelector<HTMLInputElement>('input[name="lookalikeWarnings"]')!.click();
    await flush();
    expect(onChange).toHaveBeenCalledWith({ lookalikeWarnings: true });

    root = mount(
      <LookalikeSetting
        settings={{ ...defaultSettings(), lookalikeWarnings: true, routerCheck: true }}
        onChange={onChange}
      />,
    );
    root.querySelector<HTMLInputElement>('input[name="lookalikeWarnings"]')!.click();
    await flush();
    expect(onChange).toHaveBeenLastCalledWith({ lookalikeWarnings: false });
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://*/*', 'http://*/*'], permissions: [] });
  });
});

describe('the router switch', () => {
  it('asks only for the router admin addresses, and gives them and scripting back when off', async () => {
    permissions.request.mockResolvedValue(true);
    const onChange = vi.fn().mockResolvedValue(undefined);
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
    expect(permissions.remove).toHaveBeenCalledWith({ origins: asked.origins, permissions: ['scripting'] });
  });
});
