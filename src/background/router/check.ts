/**
 * The optional router check: which admin pages it looks at, which brand a page belongs to, and
 * whether a typed admin password is that brand's factory password (compared here, never kept).
 * "Not in the list" is no proof of safety: many routers print a unique password on the label.
 */
import help from './brand-help.json';
import passwords from './default-passwords.json';
import { ROUTER_HOSTS } from '../../shared/router-hosts';

export const BRANDS = passwords as Record<string, { name: string; passwords: string[] }>;

/**
 * How to change a brand's admin password, where it was found and checked (brand-help.json): the
 * brand's own guide (its help site or official support portal), else the place in the admin
 * pages as the brand's own user manual gives it. Nothing guessed: most brands have neither.
 */
export interface BrandHelp {
  url?: string;
  title?: string;
  menuPath?: string;
  /** The manual the menu path is from (a hosted copy where the brand no longer serves it). */
  manual?: { title: string; url: string; hostedCopy: boolean };
  checked: string;
}

export const BRAND_HELP = help as Record<string, BrandHelp>;

export interface HowToChange {
  /** The brand's own guide. */
  url: string | null;
  /** Where the setting is in the brand's admin pages, e.g. "ADVANCED > Administration > Set Password". */
  menuPath: string | null;
}

export function howToChange(brand: string | null): HowToChange {
  const help = brand === null ? undefined : BRAND_HELP[brand];
  return { url: help?.url ?? null, menuPath: help?.menuPath ?? null };
}

const BRAND_WORDS: Array<[string, RegExp]> = Object.entries(BRANDS).map(([id, brand]) => [
  id,
  new RegExp(`\\b(${brand.name.split(' ')[0]!.replace(/[^\w-]/g, '')}|${id})\\b`, 'i'),
]);

/** The brand of a router admin page: from its host, else from its title and visible words. */
export function brandOf(host: string, pageText: string): string | null {
  const fromHost = ROUTER_HOSTS[host];
  if (fromHost) return fromHost;
  return BRAND_WORDS.find(([, words]) => words.test(pageText))?.[0] ?? null;
}

export function isFactoryPassword(brand: string | null, password: string): boolean {
  if (brand === null) return false;
  return BRANDS[brand]?.passwords.includes(password) ?? false;
}
