/**
 * Filters the default-credentials data set (data/default-credentials, MIT) to the consumer
 * routers and cameras the router check knows, and writes what ships:
 * src/background/router/default-passwords.json. A test regenerates it and compares, so the
 * shipped list cannot drift from the data set. Run: `npx tsx scripts/build-default-passwords.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const OUTPUT = 'src/background/router/default-passwords.json';
const CSV = 'data/default-credentials/DefaultCreds-Cheat-Sheet.csv';

/** Brand id -> display name and the product-vendor names (lower case) that belong to it. */
export const BRANDS: Record<string, { name: string; match: RegExp }> = {
  actiontec: { name: 'Actiontec', match: /^actiontec$/ },
  amcrest: { name: 'Amcrest', match: /^amcrest$/ },
  arris: { name: 'Arris', match: /^arris$/ },
  asus: { name: 'ASUS', match: /^asus( router)?$/ },
  avm: { name: 'AVM FRITZ!Box', match: /^avm$/ },
  axis: { name: 'Axis', match: /^axis( \(web\)| camera \(web\)| communications)?$/ },
  belkin: { name: 'Belkin', match: /^belkin$/ },
  buffalo: { name: 'Buffalo', match: /^buffalo( technology|\/melco)?$/ },
  dahua: { name: 'Dahua', match: /^dahua$|^flir \(dahua oem\)$/ },
  dlink: { name: 'D-Link', match: /^d-?link( \(web\)| router| dir\w+)?$/ },
  draytek: { name: 'DrayTek', match: /^draytek( corp)?$/ },
  foscam: { name: 'Foscam', match: /^foscam$/ },
  hikvision: { name: 'Hikvision', match: /^w-box \(hikvision oem old\) \(ip[- ]cam(era)?\)$/ },
  huawei: { name: 'Huawei', match: /^huawei( technologies co| hg\w+| eg\w+)?$/ },
  linksys: { name: 'Linksys', match: /^linksys( router)?$/ },
  lorex: { name: 'Lorex', match: /^lorex$/ },
  mikrotik: { name: 'MikroTik', match: /^mikrotik( routeros)?$/ },
  motorola: { name: 'Motorola', match: /^motorola$/ },
  netgear: { name: 'Netgear', match: /^netgear( router)?$/ },
  reolink: { name: 'Reolink', match: /^reolink \(ip[- ]cam(era)?\)$/ },
  sagem: { name: 'Sagem', match: /^sagem$/ },
  swann: { name: 'Swann', match: /^swann \(ip[- ]cam(era)?\)$/ },
  tplink: { name: 'TP-Link', match: /^tp-link( router)?$/ },
  trendnet: { name: 'TRENDnet', match: /^trendnet( internet camera \(webcam\))?$/ },
  ubiquiti: { name: 'Ubiquiti', match: /^ubiquiti( unifi \(web\)| edgerouter| edgeos \(web\))$/ },
  zte: { name: 'ZTE', match: /^zte$/ },
  zyxel: { name: 'Zyxel', match: /^zyxel( router)?$/ },
};

export function buildDefaultPasswords(csv: string): Record<string, { name: string; passwords: string[] }> {
  const out: Record<string, { name: string; passwords: string[] }> = {};
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [vendor, , password] = line.split(',');
    if (vendor === undefined || password === undefined) continue;
    const brand = Object.entries(BRANDS).find(([, b]) => b.match.test(vendor.trim().toLowerCase()));
    if (!brand) continue;
    const entry = (out[brand[0]] ??= { name: brand[1].name, passwords: [] });
    const value = password === '<blank>' ? '' : password;
    if (!entry.passwords.includes(value)) entry.passwords.push(value);
  }
  for (const entry of Object.values(out)) entry.passwords.sort();
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

if (process.argv[1]?.endsWith('build-default-passwords.ts')) {
  const result = buildDefaultPasswords(readFileSync(CSV, 'utf8'));
  writeFileSync(OUTPUT, `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `${OUTPUT}: ${Object.keys(result).length} brands, ${Object.values(result).reduce((n, b) => n + b.passwords.length, 0)} passwords`,
  );
}
