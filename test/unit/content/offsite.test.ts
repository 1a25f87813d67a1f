// @vitest-environment happy-dom
/**
 * The look-alike side of the offsite content script, with the background replaced: a page that
 * names the vendor only after loading (a later title) is asked about again, and the warning comes
 * back when the page removes it. The end-to-end test (e2e/offsite.test.ts) runs the same in both
 * browsers against the real background.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const hellos: Array<{ title: string }> = [];
let answer: (title: string) => unknown = () => ({ mode: 'none' });
vi.mock('../../../src/shared/messaging', () => ({
  send: async (type: string, payload: { title: string }) => {
    if (type !== 'offsite/hello') throw new Error(`unexpected ${type}`);
    hellos.push(payload);
    return answer(payload.title);
  },
}));
vi.mock('../../../src/shared/native', () => ({
  native: {
    i18n: {
      getMessage: (key: string, subs?: string[]) => `${key}:${[subs ?? []].flat().join(',')}`,
      getUILanguage: () => 'en',
    },
  },
}));

const { offsite } = await import('../../../src/content/features/offsite');

function page(title: string): void {
  document.title = title;
  document.body.innerHTML = '<form><input type="email"><input type="password"></form>';
}
const bannerHosts = () => document.querySelectorAll('homeguard-ui[data-homeguard="banner"]');

describe('the look-alike warning in the page', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it('asks again when the title changes, and keeps its warning on the page', async () => {
    page('Camera deals');
    answer = (title) =>
      /wyze/i.test(title) ? { mode: 'lookalike', vendorName: 'Wyze', realHost: 'wyze.com' } : { mode: 'none' };
    const running = offsite(controller.signal);
    await vi.waitFor(() => expect(hellos).toHaveLength(1));
    await running;
    expect(bannerHosts()).toHaveLength(0);

    document.title = 'Wyze - Log in';
    await vi.waitFor(() => expect(hellos.at(-1)?.title).toBe('Wyze - Log in'), { timeout: 3000 });
    await vi.waitFor(() => expect(bannerHosts()).toHaveLength(1));

    // The page removes the warning: it is back, still one.
    bannerHosts()[0]!.remove();
    await vi.waitFor(() => expect(bannerHosts()).toHaveLength(1));
    document.body.replaceChildren();
    await vi.waitFor(() => expect(bannerHosts()).toHaveLength(1));
  });
});
