/**
 * Times one strength estimator in a process of its own (the tuned zxcvbn patches the library's
 * shared module, so the plain library must be measured apart). Prints JSON.
 *   tsx bench/strength-worker.ts zxcvbn | zxcvbn-tuned | zxcvbn-ts
 */
import { percentile, round, samplePasswords, seededRandom } from './stats';

type Estimator = (password: string) => unknown;
const LENGTHS = [8, 16, 32, 64, 100];
const PER_LENGTH = 60;

async function load(name: string): Promise<Estimator> {
  if (name === 'zxcvbn') {
    const zxcvbn = (await import('zxcvbn')).default;
    return (p) => zxcvbn(p);
  }
  if (name === 'zxcvbn-tuned') {
    const zxcvbn = (await import('../src/background/passwords/zxcvbn-tuned')).default;
    const { rateStrength } = await import('../src/background/passwords/strength');
    return (p) => rateStrength(zxcvbn, p, ['ring', 'camera']);
  }
  const { ZxcvbnFactory } = await import('@zxcvbn-ts/core');
  const common = await import('@zxcvbn-ts/language-common');
  const en = await import('@zxcvbn-ts/language-en');
  const factory = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return (p) => factory.check(p.slice(0, 100));
}

const name = process.argv[2] ?? 'zxcvbn-tuned';
const started = performance.now();
const estimate = await load(name);
estimate('warm-up');
const coldMs = performance.now() - started;
const random = seededRandom(42);
const byLength: Record<string, { p50: number; p95: number; max: number }> = {};
for (const length of LENGTHS) {
  const times = samplePasswords(length, PER_LENGTH, random).map((password) => {
    const t0 = performance.now();
    estimate(password);
    return performance.now() - t0;
  });
  byLength[length] = {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    max: round(Math.max(...times)),
  };
}
const paste = samplePasswords(10_000, 10, random).map((password) => {
  const t0 = performance.now();
  estimate(name === 'zxcvbn' ? password.slice(0, 100) : password);
  return performance.now() - t0;
});
console.log(
  JSON.stringify({
    name,
    coldMs: round(coldMs),
    byLength,
    paste10k: { p50: round(percentile(paste, 50)), p95: round(percentile(paste, 95)) },
  }),
);
