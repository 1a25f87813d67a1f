import { gzipSync } from 'node:zlib';
import { checkLookalike } from '../src/background/lookalike/check';
import { BRANDS } from '../src/background/router/check';
import { permutationCorpus, realHosts } from '../test/unit/helpers/domain-permutations';
import { percentile, round, type Row } from './stats';

/** The optional features: what the router list costs, how well and how fast look-alikes are told apart. */
export function offsiteStats(): Row[] {
  const rows: Row[] = [];
  const add = (row: Row) => rows.push(row);
  const list = JSON.stringify(BRANDS);
  const count = Object.values(BRANDS).reduce((sum, brand) => sum + brand.passwords.length, 0);
  add({
    area: 'router check',
    figure: `factory-password list: ${Object.keys(BRANDS).length} brands, ${count} passwords (minified JSON)`,
    value: round(list.length / 1024),
    unit: 'KiB',
    budget: { max: 10 },
  });
  add({
    area: 'router check',
    figure: 'factory-password list (gzip)',
    value: round(gzipSync(list).length / 1024),
    unit: 'KiB',
  });
  const byKind = permutationCorpus();
  const all = [...byKind.values()].flat();
  const rate = (part: number, whole: number) => round((100 * part) / whole);
  for (const [kind, hosts] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    const hits = hosts.filter(({ host }) => checkLookalike({ host }) !== null).length;
    add({
      area: 'look-alike',
      figure: `caught from the hostname alone: ${kind} (${hosts.length})`,
      value: rate(hits, hosts.length),
      unit: '%',
    });
  }
  const hostOnly = all.filter(({ host }) => checkLookalike({ host }) !== null).length;
  add({
    area: 'look-alike',
    figure: `caught from the hostname alone, all ${all.length} permutations of vendor domains`,
    value: rate(hostOnly, all.length),
    unit: '%',
    goal: { min: 90 },
  });
  const withSignals = all.filter(
    ({ host, vendor }) => checkLookalike({ host, title: `${vendor.name} | Sign in`, logoAlts: [vendor.name] }) !== null,
  ).length;
  add({
    area: 'look-alike',
    figure: 'caught with a login page naming the vendor',
    value: rate(withSignals, all.length),
    unit: '%',
    goal: { min: 99 },
  });
  const { popular, heldOut } = realHosts();
  const warned = heldOut.filter((host) => checkLookalike({ host }) !== null).length;
  add({
    area: 'look-alike',
    figure: `false warnings per 10,000 real hosts (${heldOut.length} from two public lists of mail domains, not shipped)`,
    value: round((10_000 * warned) / heldOut.length),
    unit: '',
    budget: { max: 1 },
  });
  add({
    area: 'look-alike',
    figure: 'popular sites shipped as known (top-sites)',
    value: popular.length,
    unit: 'domains',
  });
  const times: number[] = [];
  const sample = [
    ...all.filter((_, i) => i % 4 === 0).map(({ host }) => host),
    ...heldOut.filter((_, i) => i % 20 === 0),
  ];
  for (const host of sample) {
    const t0 = performance.now();
    checkLookalike({ host, title: 'Sign in' });
    times.push(performance.now() - t0);
  }
  for (const p of [50, 95]) {
    add({
      area: 'look-alike',
      figure: `one page checked (Node, p${p}, ${sample.length} hosts)`,
      value: round(percentile(times, p) * 1000),
      unit: 'µs',
      budget: p === 95 ? { max: 200 } : undefined,
    });
  }
  return rows;
}
