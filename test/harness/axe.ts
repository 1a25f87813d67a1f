/**
 * Runs axe-core in a page (extension pages too: evaluation through the automation protocol is not
 * subject to the page's CSP) and returns the violations, each as "rule: target".
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';

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
