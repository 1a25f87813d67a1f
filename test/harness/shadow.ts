/**
 * Waits for an element inside HomeGuard's in-page UI (open shadow roots of <homeguard-ui>).
 * Puppeteer's own `>>>` waits re-check on document mutations, which changes inside a shadow
 * root do not cause, so this polls instead.
 */
import type { ElementHandle, Page } from 'puppeteer-core';

export async function waitForHomeGuard(
  page: Page,
  selector: string,
  timeout = 30_000,
): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (inner: string) => {
      for (const host of document.querySelectorAll('homeguard-ui')) {
        const found = host.shadowRoot?.querySelector(inner);
        if (found && found.getClientRects().length > 0) return found;
      }
      return null;
    },
    { polling: 50, timeout },
    selector,
  );
  const element = handle.asElement();
  if (element === null) throw new Error(`no element for ${selector}`);
  return element as ElementHandle<Element>;
}
