import type { Page } from 'puppeteer-core';

/** Polls an async condition until it holds: tests wait for conditions, never for fixed sleeps. */
export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  { timeout = 20_000, interval = 50, what = 'condition' } = {},
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, interval));
  }
}

/** Resolves once the page has drawn `count` more frames (a rendering step, not a timer). */
export async function framesDrawn(page: Pick<Page, 'evaluate'>, count = 1): Promise<void> {
  await page.evaluate(
    (left) =>
      new Promise<void>((done) => {
        const next = () => (--left <= 0 ? done() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
    count,
  );
}
