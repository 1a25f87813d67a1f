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
