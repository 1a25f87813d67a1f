/**
 * The vendor database's one schema: the TypeScript type and the runtime check are the same thing.
 * Every fact a user can see carries its source and the date it was checked; a fact nobody has
 * verified is the literal "unknown" and is shown as "not known", never guessed.
 */
import * as v from 'valibot';

/** Lower-case hostname without a trailing dot, port or userinfo (checked again against the PSL in tests). */
const Hostname = v.pipe(
  v.string(),
  v.regex(/^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/, 'must be a lower-case hostname'),
);

const IsoDate = v.pipe(v.string(), v.isoDate('must be a YYYY-MM-DD date'));

export const HttpsUrl = v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https:// URL'));

/** Where a user can find a setting: a web page, a path in the vendor's app, or both. */
const Place = v.pipe(
  v.strictObject({
    url: v.optional(HttpsUrl),
    appPath: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))),
  }),
  v.check((place) => place.url !== undefined || place.appPath !== undefined, 'needs a url or an appPath'),
);

/** A verified fact: its value, where it comes from and when that was checked. */
function fact<T extends v.GenericSchema>(value: T) {
  return v.union([
    v.literal('unknown'),
    v.strictObject({
      value,
      source: HttpsUrl,
      checked: IsoDate,
      note: v.optional(v.string()),
    }),
  ]);
}

export const TWO_FACTOR_METHODS = ['sms', 'call', 'email', 'totp', 'push', 'security-key', 'passkey'] as const;
export type TwoFactorMethod = (typeof TWO_FACTOR_METHODS)[number];

export const PAGE_KINDS = [
  'login',
  'sign-up',
  'password-change',
  'two-factor-settings',
  'two-factor-challenge',
  'shared-users',
  'linked-services',
  'devices',
  'privacy',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * A page pattern: a vendor host followed by a path, `*` matching any run of characters,
 * e.g. `account.ring.com/account/dashboard*`. The host must belong to the vendor.
 */
const PagePattern = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9.-]+\/[^\s]*$/, 'must be host/path, e.g. account.ring.com/account/*'),
);

const Incident = v.strictObject({
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD')),
  summary: v.pipe(v.string(), v.minLength(10), v.maxLength(240)),
  source: HttpsUrl,
  checked: IsoDate,
});

export const INTEGRATIONS = [
  'alexa',
  'google-assistant',
  'siri-homekit',
  'ifttt',
  'smartthings',
  'home-assistant',
] as const;
export type Integration = (typeof INTEGRATIONS)[number];

export const PLACE_KINDS = [
  'password',
  'twoFactor',
  'sharedUsers',
  'linkedServices',
  'sessions',
  'privacy',
  'firmware',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const VendorSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')),
  name: v.pipe(v.string(), v.minLength(2)),
  /** The vendor's hosts. `domains` are registrable domains (all subdomains belong to the
   *  vendor); `hosts` are single hosts on a domain the vendor does not own as a whole;
   *  `accountHosts` are the hosts of the account's own pages (sign-in, settings): only they and
   *  the page patterns below may change what HomeGuard knows of the account, never a forum or a
   *  shop on another subdomain. */
  match: v.strictObject({
    domains: v.array(Hostname),
    hosts: v.array(Hostname),
    accountHosts: v.array(Hostname),
  }),
  /** Page patterns per page kind, for page detection. */
  pages: v.record(v.picklist(PAGE_KINDS), v.pipe(v.array(PagePattern), v.minLength(1))),
  twoFactor: v.strictObject({
    /** An empty list means the vendor offers no two-step sign-in at all. */
    methods: fact(v.array(v.picklist(TWO_FACTOR_METHODS))),
    mandatory: fact(v.boolean()),
    documentation: fact(HttpsUrl),
    /** Why our methods or documentation link differ from the 2FA Directory's entry, when they do. */
    directoryDifference: v.optional(v.pipe(v.string(), v.minLength(10))),
  }),
  /** Where each setting lives: a web page, or the path through the vendor's app. */
  places: v.strictObject(
    Object.fromEntries(PLACE_KINDS.map((kind) => [kind, fact(Place)])) as Record<
      PlaceKind,
      ReturnType<typeof fact<typeof Place>>
    >,
  ),
  /** Voice assistants and other services that can be linked to the account. */
  integrations: fact(v.pipe(v.array(v.picklist(INTEGRATIONS)), v.minLength(1))),
  firmware: fact(
    v.strictObject({
      /** Whether devices update themselves without the user doing anything. */
      automatic: v.boolean(),
      guidance: v.pipe(v.string(), v.minLength(10), v.maxLength(300)),
    }),
  ),
  incidents: v.array(Incident),
});

export type Vendor = v.InferOutput<typeof VendorSchema>;
export type Fact<T> = 'unknown' | { value: T; source: string; checked: string; note?: string };
export type Place = v.InferOutput<typeof Place>;
export type Incident = v.InferOutput<typeof Incident>;

/** Validates one vendor file; the issues name the path of every bad field. */
export function parseVendor(input: unknown): { ok: true; vendor: Vendor } | { ok: false; problems: string[] } {
  const result = v.safeParse(VendorSchema, input);
  if (result.success) return { ok: true, vendor: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
  };
}

/** The value of a fact, or undefined when it is not known. */
export function known<T>(f: Fact<T>): T | undefined {
  return f === 'unknown' ? undefined : f.value;
}
