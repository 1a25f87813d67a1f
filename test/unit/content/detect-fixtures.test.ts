/**
 * Detection over every fixture vendor page that has expected findings next to it
 * (`<page>.expected.json`). Pages run their own scripts in happy-dom (late forms, single-page-app
 * navigation), then detection must find exactly what the file says.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { detect, type Findings } from '../../../src/content/detect';
import { VENDOR_MATCHES, vendorForUrl } from '../../../src/vendors/lookup';

const ROOT = 'test/fixtures/sites';

interface Expected {
  vendor: string;
  expect: Findings;
  then?: Array<{ click: string; expect: Findings }>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The URL a fixture is served at: `<host>/<path>.html` -> `https://<host>/<path>`. */
function urlOf(htmlFile: string): string {
  const [host, ...rest] = relative(ROOT, htmlFile).split('/');
  const path = rest
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')
    .replace(/\.html$/, '');
  return `https://${host}/${path}`;
}

const cases = filesUnder(ROOT)
  .filter((file) => file.endsWith('.expected.json'))
  .sort()
  .map((file) => {
    const html = file.replace(/\.expected\.json$/, '.html');
    return {
      name: relative(ROOT, html),
      html,
      url: urlOf(html),
      expected: JSON.parse(readFileSync(file, 'utf8')) as Expected,
    };
  });

async function load(html: string, url: string): Promise<Window> {
  const window = new Window({
    url,
    width: 1280,
    height: 800,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  window.document.write(readFileSync(html, 'utf8'));
  await window.happyDOM.waitUntilComplete();
  return window;
}

/** The findings in the expected-file shape (emails sorted, only the fields the file names). */
function comparable(found: Findings): Findings {
  const out: Findings = { kinds: found.kinds };
  if (found.twoFactor) out.twoFactor = found.twoFactor;
  if (found.sharedUsers)
    out.sharedUsers = { count: found.sharedUsers.count, emails: [...found.sharedUsers.emails].sort() };
  if (found.linked) out.linked = found.linked;
  return out;
}

function normalise(expected: Findings): Findings {
  return comparable({ ...expected, kinds: [...expected.kinds].sort() });
}

let kindsRight = 0;
let kindsTotal = 0;

describe('the fixture pages', () => {
  it('are at least 30 pages, for at least 8 vendors, each with a vendor that owns its host', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.expected.vendor)).size).toBeGreaterThanOrEqual(8);
    for (const c of cases) expect(vendorForUrl(c.url)?.id, c.name).toBe(c.expected.vendor);
  });
});

describe.each(cases)('detection on $name', ({ html, url, expected }) => {
  it('finds what the page shows, after load and after each in-page navigation', async () => {
    const window = await load(html, url);
    const vendor = VENDOR_MATCHES.find((v) => v.id === expected.vendor)!;
    const steps = [{ click: null as string | null, expect: expected.expect }, ...(expected.then ?? [])];
    try {
      for (const step of steps) {
        if (step.click !== null) {
          const target = window.document.querySelector(step.click);
          expect(target, `click target ${step.click}`).not.toBeNull();
          (target as unknown as { click(): void }).click();
          await window.happyDOM.waitUntilComplete();
        }
        const found = detect(window.document as unknown as Document, new URL(window.location.href), vendor).findings;
        kindsTotal += 1;
        if (JSON.stringify(found.kinds) === JSON.stringify([...step.expect.kinds].sort())) kindsRight += 1;
        expect(comparable(found), step.click ?? 'after load').toEqual(normalise(step.expect));
      }
    } finally {
      await window.happyDOM.abort();
      await window.happyDOM.close();
    }
  });
});

afterAll(() => {
  console.log(`detection accuracy: page kinds right on ${kindsRight} of ${kindsTotal} fixture states`);
});
