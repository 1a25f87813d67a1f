/**
 * Runs axe-core in a page (extension pages too: evaluation through the automation protocol is not
 * subject to the page's CSP) and returns the violations, each as "rule: target".
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { runInRoots } from './shadow';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (context) => {
    type Result = { violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, include ?? null);
}

/**
 * axe-core on HomeGuard's in-page UI. Its shadow roots are closed, which axe cannot enter, so a
 * faithful copy (the same markup and stylesheet, at the same place) goes into an open root for
 * the run, with the original hidden so the copy's colours are judged against the page itself.
 */
export async function axeOnHomeGuard(page: Page): Promise<string[]> {
  const copies = await runInRoots(page, (roots) =>
    roots.map((root) => {
      const sheets = [...root.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      const css = [...sheets, ...[...root.querySelectorAll('style')].map((style) => style.textContent ?? '')].join(
        '\n',
      );
      const markup = [...root.children]
        .filter((child) => child.localName !== 'style')
        .map((child) => child.outerHTML)
        .join('');
      (root.host as HTMLElement).style.setProperty('display', 'none', 'important');
      return { css, markup };
    }),
  );
  if (copies === null || copies.length === 0) throw new Error('no HomeGuard UI on the page');
  await page.evaluate((list) => {
    for (const { css, markup } of list) {
      const host = document.createElement('axe-copy');
      const root = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = css;
      root.append(style);
      root.append(document.createRange().createContextualFragment(markup));
      document.body.append(host);
    }
  }, copies);
  try {
    return await axeViolations(page, 'axe-copy');
  } finally {
    await page.evaluate(() => document.querySelectorAll('axe-copy').forEach((copy) => copy.remove()));
    await runInRoots(page, (roots) => {
      for (const root of roots) (root.host as HTMLElement).style.removeProperty('display');
      return true;
    });
  }
}
