/**
 * The look-alike corpus, shared by the detection test and the bench: look-alikes made from every
 * vendor's own domains with the tricks typosquatters and phishers use, and the 500 most
 * linked-to domains (data/top-sites, a real public list), which must not warn.
 */
import { readFileSync } from 'node:fs';
import { getDomainWithoutSuffix, getPublicSuffix } from 'tldts';
import { VENDORS } from '../../../src/vendors';

export const ordinary: string[] = JSON.parse(readFileSync('data/top-sites/top-sites.json', 'utf8'));
const homoglyph: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', i: 'і' };

/** Look-alikes of one vendor domain, the way typosquatters and phishers make them. */
function lookalikesOf(domain: string): string[] {
  const name = getDomainWithoutSuffix(domain)!;
  const suffix = getPublicSuffix(domain)!;
  const out = new Set<string>();
  if (name.length >= 5) {
    out.add(`${name.slice(1)}.${suffix}`); // a letter dropped
    out.add(`${name[0]}${name}.${suffix}`.replace(/^(.)(.)/, '$1$1')); // a letter doubled
    out.add(`${name.slice(0, 1)}${name[2]}${name[1]}${name.slice(3)}.${suffix}`); // neighbours swapped
  }
  const withHomoglyph = [...name].findIndex((ch) => homoglyph[ch]);
  if (withHomoglyph >= 0) {
    const spoof = name.slice(0, withHomoglyph) + homoglyph[name[withHomoglyph]!] + name.slice(withHomoglyph + 1);
    out.add(new URL(`https://${spoof}.${suffix}/`).hostname); // punycode
  }
  if (name.includes('o')) out.add(`${name.replace('o', '0')}.${suffix}`);
  if (name.includes('l')) out.add(`${name.replace('l', '1')}.${suffix}`);
  out.add(`${name}-login.com`);
  out.add(`secure-${name}.net`);
  out.add(`${name}-account.info`);
  out.add(`${domain}.verify-session.io`);
  out.add(`${name}.com-account.net`);
  return [...out].filter((h) => h !== domain);
}

const vendorDomains = VENDORS.flatMap((v) => v.match.domains.filter((d) => getDomainWithoutSuffix(d)!.length >= 4));
export const lookalikes = [...new Set(vendorDomains.flatMap(lookalikesOf))];
