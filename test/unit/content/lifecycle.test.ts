// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extensionGone } from '../../../src/content/lifecycle';
import { mountShadowUi, removeAllUi } from '../../../src/content/ui/shadow-host';

describe('the content script’s teardown', () => {
  it('knows the extension is gone when its runtime lost its id or became a dead object', () => {
    expect(extensionGone(() => ({ id: 'homeguard' }))).toBe(false);
    expect(extensionGone(() => ({}))).toBe(true); // Chromium after a reload
    expect(extensionGone(() => undefined)).toBe(true);
    expect(
      extensionGone(() => {
        throw new TypeError("can't access dead object"); // Firefox
      }),
    ).toBe(true);
  });

  it('removes every UI this copy mounted, and only those', () => {
    const page = document.createElement('homeguard-ui'); // another copy's, or the page's own
    document.body.append(page);
    mountShadowUi('banner', '');
    mountShadowUi('password-meter', '');
    expect(document.querySelectorAll('homeguard-ui')).toHaveLength(3);
    removeAllUi();
    expect([...document.querySelectorAll('homeguard-ui')]).toEqual([page]);
  });
});
