/**
 * Pages that try to spoof or subvert HomeGuard, served under a vendor hostname, in both browsers:
 * forged protocol messages, synthetic clicks, overridden page APIs, HTML payloads, a see-through
 * banner over bait, a page that removes the banner, and a page with a strict CSP.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, openPopupFor, readStorage } from '../harness/browsers';
import { waitForHomeGuard } from '../harness/shadow';
import { useExtension } from '../harness/suite';
import { waitFor } from '../harness/wait';

describe.each(BROWSER_KINDS)('%s', (kind) => {
  const env = useExtension(kind);
  let probe: Page; // an extension page, to read storage
  beforeAll(async () => {
    probe = await env.session.openExtensionPage('src/options/index.html');
  });

  /** Everything stored except the visit bookkeeping a page load legitimately changes. */
  async function state(): Promise<string> {
    const [local, sync] = await Promise.all([readStorage(probe, 'local'), readStorage(probe, 'sync')]);
    for (const value of Object.values(local)) {
      if (value && typeof value === 'object') {
        delete (value as Record<string, unknown>).lastSeen;
        delete (value as Record<string, unknown>).visits;
        delete (value as Record<string, unknown>).sharedUsers;
      }
    }
    return JSON.stringify([local, sync]);
  }

  it('ignores forged messages, synthetic clicks and overridden page APIs; page text stays text', async () => {
    const page = await env.session.browser.newPage();
    await page.goto('https://account.ring.com/account/hostile/', { waitUntil: 'load' });
    await waitForHomeGuard(page, '.banner');
    const before = await state();
    const requestsBefore = env.server.requests.length;
    // Let the page fire its forged messages and synthetic clicks at the banner for a while.
    await page.waitForFunction(
      () => (window as unknown as { __attacks: { syntheticClicks: number } }).__attacks.syntheticClicks > 40,
      {
        polling: 50,
      },
    );
    const attacks = await page.evaluate(() => (window as unknown as { __attacks: Record<string, number> }).__attacks);
    expect(attacks.messages).toBeGreaterThan(0);
    // The banner is still there (no synthetic "Not on this site" or close), nothing changed.
    await waitForHomeGuard(page, '.banner');
    expect(await state()).toBe(before);
    // HomeGuard's own work does not go through the page's patched fetch or addEventListener.
    expect(attacks.fetchCalls).toBe(0);
    // The extension made no request; the page made none either.
    expect(env.server.requests.slice(requestsBefore)).toEqual([]);
    // The HTML in the page's list was read as text, never run.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('removes a banner the page made see-through instead of acting on a click through it', async () => {
    const page = await env.session.browser.newPage();
    await page.goto('https://account.ring.com/account/hostile/see-through', { waitUntil: 'load' });
    const mute = await page.waitForFunction(
      () =>
        [...document.querySelectorAll('homeguard-ui')]
          .flatMap((h) => [...(h.shadowRoot?.querySelectorAll('button') ?? [])])
          .find((b) => b.textContent === 'Not on this site') ?? null,
      { polling: 50 },
    );
    const before = await state();
    const box = await (
      mute.asElement() as never as { boundingBox(): Promise<{ x: number; y: number; width: number; height: number }> }
    ).boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2); // a real click, on the bait
    await page.waitForFunction(
      () => ![...document.querySelectorAll('homeguard-ui')].some((h) => h.shadowRoot?.querySelector('.banner')),
      {
        polling: 50,
      },
    );
    expect(await state()).toBe(before);
    expect(JSON.stringify(await readStorage(probe, 'local', ['bannerPrefs']))).not.toContain('"ring"');
    await page.close();
  });

  it('keeps working when the page removes its banner', async () => {
    const page = await env.session.browser.newPage();
    await page.goto('https://account.ring.com/account/hostile/remover', { waitUntil: 'load' });
    await page.waitForFunction(() => ((window as unknown as { __removed?: number }).__removed ?? 0) > 0, {
      polling: 50,
    });
    const popup = await openPopupFor(env.session, 'https://account.ring.com/*');
    await popup.waitForSelector('.current[data-vendor="ring"]');
    await Promise.all([popup.close(), page.close()]);
  });

  it('shows its styled banner on a page with a strict CSP, causing no CSP violation', async () => {
    const page = await env.session.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { __violations: string[] }).__violations.push(
          `${event.violatedDirective} ${event.blockedURI}`,
        ),
      );
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) consoleErrors.push(message.text());
    });
    await page.goto('https://account.ring.com/account/strict', { waitUntil: 'load' });
    const banner = await waitForHomeGuard(page, '.banner');
    // Styled: our stylesheet applied despite `style-src 'self'`.
    expect(await banner.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    const probeVisit = async () =>
      ((await readStorage(probe, 'local', ['vendor.ring']))['vendor.ring'] as { visits: number }).visits;
    await waitFor(async () => (await probeVisit()) > 0, { what: 'the visit' });
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
