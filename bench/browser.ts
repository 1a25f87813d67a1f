/**
 * Figures that need a real browser: keystroke-to-meter latency on a fixture sign-up page, in
 * Chromium and Firefox, with the built extension. Each trial clears the field, then enters a
 * password and times the moment the meter shows its rating (measured inside the page).
 */
import { extensionDirFor, launchWithExtension, type BrowserKind } from '../test/harness/browsers';
import { startFixtureServer } from '../test/harness/fixture-server';
import { percentile, round, samplePasswords, seededRandom } from './stats';

interface Row {
  area: string;
  figure: string;
  value: number;
  unit: string;
  budget?: { max: number };
}

/** Runs in the page: for each password, ms from the input event to the meter's new rating. */
function timeMeter(passwords: string[]): Promise<number[]> {
  const input = document.querySelector<HTMLInputElement>('#user_password')!;
  const root = () => document.querySelector('homeguard-ui[data-homeguard="password-meter"]')?.shadowRoot ?? null;
  const until = (test: () => boolean) =>
    new Promise<number>((resolve) => {
      if (test()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (test()) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(root()!, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  const enter = (value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return (async () => {
    const times: number[] = [];
    for (const password of passwords) {
      enter('');
      await until(() => root()?.querySelector('.meter.empty') !== null);
      const started = performance.now();
      enter(password);
      const shown = await until(() => root()?.querySelector('.meter[data-score]') !== null);
      times.push(shown - started);
    }
    return times;
  })();
}

async function keystrokeToMeter(kind: BrowserKind): Promise<Row[]> {
  const server = await startFixtureServer();
  const session = await launchWithExtension(kind, {
    extensionDir: extensionDirFor(kind),
    port: server.port,
    hosts: server.hosts,
  });
  try {
    const page = await session.browser.newPage();
    await page.goto('https://ring.com/users/sign_up', { waitUntil: 'load' });
    await page.focus('#user_password');
    await page.waitForSelector('homeguard-ui[data-homeguard="password-meter"]');
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    const random = seededRandom(7);
    await page.evaluate(timeMeter, samplePasswords(12, 3, random)); // warm-up
    const short = [8, 16, 24, 32].flatMap((n) => samplePasswords(n, 10, random));
    const long = [48, 64, 80, 100].flatMap((n) => samplePasswords(n, 10, random));
    const shortTimes = await page.evaluate(timeMeter, short);
    const longTimes = await page.evaluate(timeMeter, long);
    return [
      {
        area: `browser (${kind})`,
        figure: 'keystroke-to-meter p50, up to 32 characters',
        value: round(percentile(shortTimes, 50)),
        unit: 'ms',
      },
      {
        area: `browser (${kind})`,
        figure: 'keystroke-to-meter p95, up to 32 characters',
        value: round(percentile(shortTimes, 95)),
        unit: 'ms',
        budget: { max: 50 },
      },
      {
        area: `browser (${kind})`,
        figure: 'keystroke-to-meter p50, 33–100 characters',
        value: round(percentile(longTimes, 50)),
        unit: 'ms',
      },
      {
        area: `browser (${kind})`,
        figure: 'keystroke-to-meter p95, 33–100 characters',
        value: round(percentile(longTimes, 95)),
        unit: 'ms',
        budget: { max: 120 },
      },
    ];
  } finally {
    await session.close();
    await server.close();
  }
}

export async function measureBrowser(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const kind of ['chromium', 'firefox'] as const) rows.push(...(await keystrokeToMeter(kind)));
  return rows;
}
