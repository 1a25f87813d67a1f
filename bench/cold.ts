/**
 * Cold start of the strength check, as shipped: the tuned module and the published package are
 * each bundled like the build bundles them, and each run in fresh Node processes, timing load +
 * the first rating. A service worker stopped for idling pays this on the next keystroke.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { percentile, round, seededRandom } from './stats';

const ENTRIES = {
  shipped: `import zxcvbn from '${process.cwd()}/src/background/passwords/zxcvbn-tuned.ts';
import { rateStrength } from '${process.cwd()}/src/background/passwords/strength.ts';
export const first = () => rateStrength(zxcvbn, 'Tr0ub4dor&3', ['ring', 'camera']);`,
  published: `import zxcvbn from 'zxcvbn';
export const first = () => zxcvbn('Tr0ub4dor&3', ['ring', 'camera']);`,
};

export interface ColdStart {
  shipped: number;
  published: number;
  /** Shipped minus published, over interleaved pairs of runs: the median and its 95 % interval. */
  difference: { median: number; low: number; high: number };
}

/** The median of paired differences and a bootstrap 95 % interval for it (seeded: repeatable). */
function pairedDifference(a: readonly number[], b: readonly number[]): ColdStart['difference'] {
  const diffs = a.map((x, i) => x - b[i]!);
  const random = seededRandom(17);
  const medians: number[] = [];
  for (let r = 0; r < 2000; r++) {
    medians.push(
      percentile(
        diffs.map(() => diffs[Math.floor(random() * diffs.length)]!),
        50,
      ),
    );
  }
  return {
    median: round(percentile(diffs, 50)),
    low: round(percentile(medians, 2.5)),
    high: round(percentile(medians, 97.5)),
  };
}

export async function coldStart(runs = 15): Promise<ColdStart> {
  const dir = mkdtempSync(join(tmpdir(), 'homeguard-cold-'));
  const runners = {} as Record<keyof typeof ENTRIES, string>;
  for (const [name, source] of Object.entries(ENTRIES) as Array<[keyof typeof ENTRIES, string]>) {
    const file = join(dir, `${name}.mjs`);
    const bundled = await build({
      stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      minify: true,
    });
    writeFileSync(file, bundled.outputFiles[0]!.text);
    const runner = join(dir, `run-${name}.mjs`);
    writeFileSync(
      runner,
      `const t0 = performance.now(); const m = await import(${JSON.stringify(file)}); m.first(); console.log(performance.now() - t0);`,
    );
    runners[name] = runner;
  }
  // Interleaved, so both see the same machine load, and each goes first in every other pair, so
  // that the order within a pair cannot favour either.
  const times = { shipped: [] as number[], published: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['shipped', 'published'] as const) : (['published', 'shipped'] as const);
    for (const name of order) {
      times[name].push(Number(execFileSync('node', [runners[name]], { encoding: 'utf8' })));
    }
  }
  return {
    shipped: round(percentile(times.shipped, 50)),
    published: round(percentile(times.published, 50)),
    difference: pairedDifference(times.shipped, times.published),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await coldStart(31));
