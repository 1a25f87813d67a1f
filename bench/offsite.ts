import { gzipSync } from 'node:zlib';
import { checkLookalike } from '../src/background/lookalike';
import { BRANDS } from '../src/background/router/check';
import { lookalikes, ordinary } from '../test/unit/helpers/lookalike-corpus';
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
  const caught = lookalikes.filter((host) => checkLookalike({ host }) !== null).length;
  const warned = ordinary.filter((host) => checkLookalike({ host, title: 'Sign in' }) !== null).length;
  add({
    area: 'look-alike',
    figure: `caught, of ${lookalikes.length} generated look-alikes of vendor domains`,
    value: round((100 * caught) / lookalikes.length),
    unit: '%',
  });
  add({
    area: 'look-alike',
    figure: `false warnings, of the ${ordinary.length} most linked-to domains`,
    value: round((100 * warned) / ordinary.length),
    unit: '%',
    budget: { max: 1 },
  });
  const times: number[] = [];
  for (const host of [...lookalikes, ...ordinary]) {
    const t0 = performance.now();
    checkLookalike({ host, title: 'Sign in' });
    times.push(performance.now() - t0);
  }
  for (const p of [50, 95]) {
    add({
      area: 'look-alike',
      figure: `one page checked (Node, p${p})`,
      value: round(percentile(times, p) * 1000),
      unit: 'µs',
      budget: p === 95 ? { max: 5000 } : undefined,
    });
  }
  return rows;
}
