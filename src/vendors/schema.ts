/**
 * The vendor database's one schema: the TypeScript type and the runtime check are the same thing.
 * Every fact a user can see carries its source, the kind of source it is (its tier) and the day
 * that source was read for it; a fact taken from a directory names the directory and its commit
 * instead. A fact nobody could verify is `{ unknown: "what was searched" }`, shown as "not known",
 * never guessed. The rules across fields (which tier a field may rest on, whose domains a step
 * may link to) are in source-rules.ts; docs/vendor-data.md explains both for contributors.
 */
import * as v from 'valibot';
import { INTEGRATIONS, PAGE_KINDS, PLACE_KINDS, TWO_FACTOR_METHODS, type PlaceKind } from './kinds';

export { INTEGRATIONS, PAGE_KINDS, PLACE_KINDS, TWO_FACTOR_METHODS };
export type { Integration, PageKind, PlaceKind, TwoFactorMethod } from './kinds';

/** Lower-case hostname without a trailing dot, port or userinfo (checked again against the PSL in tests). */
const Hostname = v.pipe(
  v.string(),
  v.regex(/^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/, 'must be a lower-case hostname'),
);

const IsoDate = v.pipe(v.string(), v.isoDate('must be a YYYY-MM-DD date'));

export const HttpsUrl = v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https:// URL'));

/** What kind of source a fact rests on (docs/vendor-data.md says which fields may rest on which). */
export const SOURCE_TIERS = ['vendor', 'directory', 'regulator', 'researcher', 'press', 'community'] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];

/** The directories facts may come from, at the commit of the copy in `data/`. */
export const DIRECTORIES = ['2fa-directory@f3ac2ab', 'passkeys-directory@4b68cbc'] as const;

/** Only where research found nothing, with what was searched (shown as "not known"). */
export const Unknown = v.strictObject({
  unknown: v.pipe(v.string(), v.minLength(10, 'must say what was searched')),
});
export type Unknown = v.InferOutput<typeof Unknown>;

/** Where a fact comes from: a page read on `checked`, or a directory entry at a commit. */
const Provenance = {
  source: HttpsUrl,
  tier: v.picklist(SOURCE_TIERS),
  checked: v.optional(IsoDate),
  directory: v.optional(v.picklist(DIRECTORIES)),
  note: v.optional(v.pipe(v.string(), v.minLength(1))),
};

function provenanceOk(input: { tier: SourceTier; checked?: string; directory?: string }): boolean {
  return input.tier === 'directory'
    ? input.directory !== undefined && input.checked === undefined
    : input.directory === undefined && input.checked !== undefined;
}
const PROVENANCE_RULE =
  'needs `checked` (the day its page was read), or for tier "directory" `directory` and no `checked`';

function sourced<T extends v.ObjectEntries>(entries: T) {
  const object = v.strictObject({ ...entries, ...Provenance });
  return v.pipe(
    object,
    v.check(
      (input) => provenanceOk(input as { tier: SourceTier; checked?: string; directory?: string }),
      PROVENANCE_RULE,
    ),
  );
}

/** A verified fact: its value and where it comes from, or unknown with what was searched. */
export function fact<T extends v.GenericSchema>(value: T) {
  return v.union([Unknown, sourced({ value })]);
}

/** Where a user can find a setting: a web page, a path in the vendor's app, or both; or "not offered". */
export const PlaceSchema = v.union([
  v.strictObject({ offered: v.literal(false) }),
  v.pipe(
    v.strictObject({
      url: v.optional(HttpsUrl),
      appPath: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))),
    }),
    v.check((place) => place.url !== undefined || place.appPath !== undefined, 'needs a url or an appPath'),
  ),
]);

/**
 * A page pattern: a vendor host followed by a path, `*` matching any run of characters,
 * e.g. `account.ring.com/account/dashboard*`. The host must belong to the vendor.
 */
const PagePattern = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9.-]+\/[^\s]*$/, 'must be host/path, e.g. account.ring.com/account/*'),
);

const Incident = sourced({
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD')),
  summary: v.pipe(v.string(), v.minLength(10), v.maxLength(240)),
});

/** A service linked to the account, with its name as the assistant's app shows it, where known. */
const LinkedIntegration = v.strictObject({
  service: v.picklist(INTEGRATIONS),
  name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(80))),
});

/** A setting that decides what cameras record or share (the advice's step 3), with its default. */
const PrivacySetting = sourced({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')),
  /** As the vendor's app or site calls it. */
  name: v.pipe(v.string(), v.minLength(2), v.maxLength(80)),
  default: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  recommended: v.pipe(v.string(), v.minLength(1), v.maxLength(160)),
  why: v.pipe(v.string(), v.minLength(10), v.maxLength(240)),
  where: PlaceSchema,
});

/** A home-automation link that needs 2FA off or keeps a long-lived key, and what to do about it. */
export const AUTOMATION_CONCERNS = ['needs-two-factor-off', 'long-lived-token'] as const;
const AutomationNote = sourced({
  integration: v.picklist(['home-assistant', 'homebridge', 'api-key', 'ifttt']),
  concern: v.picklist(AUTOMATION_CONCERNS),
  advice: v.picklist(['separate-account', 'rotate-key']),
  note: v.pipe(v.string(), v.minLength(10), v.maxLength(300)),
});

/** A directory entry file (`w/wyze.com.json`), or why there is none. */
const DirectoryEntry = v.union([
  v.pipe(v.string(), v.regex(/^[a-z0-9]\/[a-z0-9.-]+\.json$/, 'must be an entry path such as w/wyze.com.json')),
  v.strictObject({ none: v.pipe(v.string(), v.minLength(10)) }),
]);

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
    /** Hosts of a platform the vendor shares with everything else it runs (www.amazon.com,
     *  myaccount.google.com): only the page patterns there are the vendor's account pages, never
     *  the whole host. */
    platformHosts: v.optional(v.array(Hostname)),
    /** What a host is called where the vendor's name would be wrong there: account.samsung.com
     *  is every Samsung account's, not only SmartThings'. */
    labels: v.optional(v.record(Hostname, v.pipe(v.string(), v.minLength(2), v.maxLength(40)))),
  }),
  /** Registrable domains where the vendor publishes its own help (a `vendor` source's host). */
  helpDomains: v.pipe(v.array(Hostname), v.minLength(1)),
  /** This vendor's entries in the 2FA Directory and the Passkeys Directory (data/). */
  directories: v.strictObject({ twoFactor: DirectoryEntry, passkeys: DirectoryEntry }),
  /** Page patterns per page kind, for page detection. */
  pages: v.record(v.picklist(PAGE_KINDS), v.pipe(v.array(PagePattern), v.minLength(1))),
  /** Present when the vendor has no web account at all: everything is in its app. */
  appOnly: v.optional(fact(v.literal(true))),
  twoFactor: v.strictObject({
    /** An empty list means the vendor offers no two-step sign-in at all. */
    methods: fact(v.array(v.picklist(TWO_FACTOR_METHODS))),
    /** "some-accounts": required for some accounts or products only; the note says which. */
    mandatory: fact(v.union([v.boolean(), v.literal('some-accounts')])),
    /** Whether a passkey can be used to sign in, or as the second step. */
    passkeys: fact(v.strictObject({ signIn: v.boolean(), secondStep: v.boolean() })),
    documentation: fact(HttpsUrl),
    /** Why our methods or documentation link differ from the 2FA Directory's entry, when they do. */
    directoryDifference: v.optional(v.pipe(v.string(), v.minLength(10))),
  }),
  /** Where each setting lives: a web page, or the path through the vendor's app. */
  places: v.strictObject(
    Object.fromEntries(PLACE_KINDS.map((kind) => [kind, fact(PlaceSchema)])) as Record<
      PlaceKind,
      ReturnType<typeof fact<typeof PlaceSchema>>
    >,
  ),
  /** Voice assistants and other services that can be linked to the account. */
  integrations: fact(v.pipe(v.array(LinkedIntegration), v.minLength(1))),
  /** The recording and sharing settings that matter, each sourced; unknown when none was found. */
  privacySettings: v.union([Unknown, v.pipe(v.array(PrivacySetting), v.minLength(1))]),
  /** Home-automation links that need 2FA off or keep long-lived keys (may be empty). */
  automation: v.array(AutomationNote),
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
export type Provenance = { source: string; tier: SourceTier; checked?: string; directory?: string; note?: string };
export type Known<T> = { value: T } & Provenance;
export type Fact<T> = Unknown | Known<T>;
export type Place = Exclude<Extract<Vendor['places']['password'], { value: unknown }>['value'], never>;
export type Incident = Vendor['incidents'][number];
export type PrivacySetting = Vendor['privacySettings'] extends infer P ? Extract<P, unknown[]>[number] : never;
export type AutomationNote = Vendor['automation'][number];

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
  return 'unknown' in f ? undefined : f.value;
}

/** A place a user can go to: a page or an app path (not "not offered", not unknown). */
export function reachablePlace(f: Fact<Place>): { url?: string; appPath?: string[] } | undefined {
  const place = known(f);
  return place === undefined || 'offered' in place ? undefined : place;
}
