// @vitest-environment happy-dom
/**
 * The look-alike side of the offsite content script, with the background replaced: a page that
 * names the vendor only after loading (a later title) is asked about again, and a warning the
 * background sent comes back when the page removes it. The end-to-end test (e2e/offsite.test.ts) runs the same in both
 * browsers against the real background.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const hellos: Array<{ title: string; page?: string }> = [];
let answer: (title: string) => unknown = () => ({ mode: 'none' });
vi.mock('../../../src/shared/messaging', () => ({
  send: async (type: string, payload: { title: string; page?: string }) => {
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
const { showBanner } = await import('../../../src/content/ui/banner');

function page(title: string): void {
  document.title = title;
  document.body.innerHTML = '<form><input type="email"><input type="password"></form>';
}
const bannerHosts = () => document.querySelectorAll('homeguard-ui[data-homeguard="banner"]');
const PAGE = { token: '00000000000000ab', since: 0, route: false };

describe('the look-alike warning in the page', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it('asks again when the title changes, with its page token, and stops once warned', async () => {
    page('Camera deals');
    answer = (title) => (/wyze/i.test(title) ? { mode: 'lookalike' } : { mode: 'none' });
    await offsite.init({ page: PAGE, signal: controller.signal });
    expect(hellos).toHaveLength(1);
    expect(hellos[0]).toMatchObject({ page: PAGE.token, title: 'Camera deals' });

    document.title = 'Wyze - Log in';
    await vi.waitFor(() => expect(hellos.at(-1)?.title).toBe('Wyze - Log in'), { timeout: 3000 });
    const asked = hellos.length;
    document.title = 'Something else';
    document.body.append(document.createElement('p'));
    await new Promise((done) => setTimeout(done, 600)); // longer than the page watch's throttle
    expect(hellos).toHaveLength(asked);
  });

  it('keeps a warning the background marked "keep" on the page when the page removes it', async () => {
    page('Wyze - Log in');
    const view = {
      kind: 'lookalike' as const,
      tone: 'warning' as const,
      text: 'This is not wyze.com',
      actions: [{ label: 'Go to wyze.com', href: 'https://wyze.com/' }],
      keep: true,
      labels: { region: 'HomeGuard', hide: 'Hide' },
    };
    showBanner(view, () => undefined);
    expect(bannerHosts()).toHaveLength(1);
    bannerHosts()[0]!.remove();
    await vi.waitFor(() => expect(bannerHosts()).toHaveLength(1));
    document.body.replaceChildren();
    await vi.waitFor(() => expect(bannerHosts()).toHaveLength(1));
  });
});
