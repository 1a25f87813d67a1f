/**
 * The one typed storage module. Every stored value is declared here with its schema and a
 * fallback; a value that fails its schema is repaired to the fallback and reported, never thrown
 * (a corrupt item must not take the extension down). Only the background reads and writes it:
 * storage has no transactions, so a single writer is what keeps concurrent tabs from losing updates.
 */
import * as v from 'valibot';
import { TWO_FACTOR_METHODS } from '../vendors/kinds';
import { HOME_ITEM_IDS, ITEM_IDS } from './checklist/types';
import { BREACH_FAILURES, LINKED_SERVICES, PASSWORD_FORMS } from './vocabulary';

/** The subset of `storage.StorageArea` this module uses; the real areas and test fakes fit it. */
export interface AreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
/**
 * `secret` is the background's IndexedDB (background/secret-area.ts): content scripts can read
 * `storage.local`, never the extension's own IndexedDB, so the salt and fingerprints live there.
 */
export type AreaName = 'local' | 'sync' | 'session' | 'secret';
export type Areas = Record<AreaName, AreaLike>;

export interface Item<T> {
  area: AreaName;
  key: string;
  schema: v.GenericSchema<unknown, T>;
  fallback: () => T;
}

/** Every item and family this module declares, as they are declared: what prepareStore reads. */
export const REGISTRY: { items: Array<Item<unknown>>; families: Array<ItemFamily<unknown>> } = {
  items: [],
  families: [],
};

export function defineItem<T>(item: Item<T>): Item<T> {
  REGISTRY.items.push(item as Item<unknown>);
  return item;
}

/** A family of items stored under `prefix + id`, one key per member (e.g. one per vendor). */
export interface ItemFamily<T> {
  area: AreaName;
  prefix: string;
  member(id: string): Item<T>;
}

export function defineFamily<T>(family: Omit<Item<T>, 'key'> & { prefix: string }): ItemFamily<T> {
  const defined: ItemFamily<T> = {
    area: family.area,
    prefix: family.prefix,
    member: (id) => ({ area: family.area, key: family.prefix + id, schema: family.schema, fallback: family.fallback }),
  };
  REGISTRY.families.push(defined as ItemFamily<unknown>);
  return defined;
}

/** Parses a stored value; anything that fails the schema becomes the fallback. */
export function parseItem<T>(item: Item<T>, raw: unknown): { value: T; repaired: boolean } {
  if (raw === undefined) return { value: item.fallback(), repaired: false };
  const result = v.safeParse(item.schema, raw);
  return result.success ? { value: result.output, repaired: false } : { value: item.fallback(), repaired: true };
}

const IsoTime = v.pipe(v.string(), v.isoTimestamp());

/** The version of the stored data's shape; migrations in background/migrations move data up to it. */
export const STORE_VERSION = 1;

export const storeVersion = defineItem<number>({
  area: 'local',
  key: 'storeVersion',
  schema: v.pipe(v.number(), v.integer(), v.minValue(0)),
  fallback: () => STORE_VERSION,
});

const BreachVerdict = v.variant('status', [
  v.object({ status: v.literal('found'), count: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  v.object({ status: v.literal('not-found') }),
  v.object({ status: v.literal('off') }),
  v.object({
    status: v.literal('error'),
    reason: v.picklist(BREACH_FAILURES),
  }),
]);

/** What HomeGuard knows of the account's password: verdicts only, never the password or a hash of it. */
const PasswordState = v.object({
  score: v.picklist([0, 1, 2, 3, 4]),
  /** In the on-device list of common leaked passwords (absent in data from before the list). */
  leaked: v.optional(v.boolean()),
  form: v.picklist(PASSWORD_FORMS),
  ratedAt: IsoTime,
  reused: v.boolean(),
  breach: BreachVerdict,
});
export type PasswordState = v.InferOutput<typeof PasswordState>;

const TwoFactorState = v.object({
  status: v.picklist(['on', 'off']),
  method: v.optional(v.picklist(TWO_FACTOR_METHODS)),
  /** Where HomeGuard learned it: the vendor's settings page, the login flow, or the user. */
  source: v.picklist(['settings-page', 'login-flow', 'user']),
  at: IsoTime,
});
export type TwoFactorState = v.InferOutput<typeof TwoFactorState>;

export const VendorState = v.object({
  firstSeen: IsoTime,
  lastSeen: IsoTime,
  visits: v.pipe(v.number(), v.integer(), v.minValue(0)),
  password: v.optional(PasswordState),
  twoFactor: v.optional(TwoFactorState),
  /** People with shared access, as salted hashes of their addresses (never the addresses). */
  sharedUsers: v.optional(
    v.object({ hashes: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(200)), reviewedAt: IsoTime }),
  ),
  /** Which voice assistants / services the vendor's page showed as linked, and when. */
  linked: v.optional(v.object({ services: v.record(v.picklist(LINKED_SERVICES), v.boolean()), at: IsoTime })),
  /** Checklist items the user marked done, and when. */
  marks: v.optional(v.record(v.picklist(ITEM_IDS), IsoTime)),
  /** Added by hand in the popup, not (yet) seen on a vendor page. */
  addedByHand: v.optional(v.boolean()),
  /** The user's last "I've reviewed this account", with what was known then (to say what changed). */
  review: v.optional(
    v.object({
      at: IsoTime,
      sharedCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      twoFactor: v.optional(v.picklist(['on', 'off'])),
      incidents: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
});
export type VendorState = v.InferOutput<typeof VendorState>;

/** What the user's account at each vendor looks like, one key per vendor (`vendor.ring`). */
export const vendorStates = defineFamily<VendorState | null>({
  area: 'local',
  prefix: 'vendor.',
  schema: v.nullable(VendorState),
  fallback: () => null,
});

/**
 * Reuse fingerprints, one per vendor (`fingerprint.ring`): PBKDF2 output, kept apart from the
 * vendor state so that exports and the popup never carry them, out of content scripts' reach.
 */
export const fingerprints = defineFamily<{ hash: string; iterations: number } | null>({
  area: 'secret',
  prefix: 'fingerprint.',
  schema: v.nullable(
    v.object({
      hash: v.pipe(v.string(), v.base64(), v.length(44)),
      iterations: v.pipe(v.number(), v.integer(), v.minValue(1)),
    }),
  ),
  fallback: () => null,
});

/** The per-install PBKDF2 salt (base64 of 16 random bytes), made on first use. */
export const installSalt = defineItem<string | null>({
  area: 'secret',
  key: 'installSalt',
  schema: v.nullable(v.pipe(v.string(), v.base64(), v.length(24))),
  fallback: () => null,
});

const PasswordNotice = v.variant('kind', [
  v.object({ kind: v.literal('password-breached'), count: v.number(), changeUrl: v.nullable(v.string()) }),
  v.object({ kind: v.literal('password-leaked'), changeUrl: v.nullable(v.string()) }),
  v.object({ kind: v.literal('password-reused'), changeUrl: v.nullable(v.string()) }),
  v.object({ kind: v.literal('password-weak'), changeUrl: v.nullable(v.string()) }),
]);

/** A notice waiting for the next vendor page in a tab (`notice.<tabId>`), for this browser session only. */
export const pendingNotices = defineFamily<{
  vendorId: string;
  notice: v.InferOutput<typeof PasswordNotice>;
  /** When the password was submitted (epoch ms); stale notices are dropped. */
  submittedAt: number;
} | null>({
  area: 'session',
  prefix: 'notice.',
  schema: v.nullable(v.object({ vendorId: v.string(), notice: PasswordNotice, submittedAt: v.number() })),
  fallback: () => null,
});

/**
 * The page a tab's top frame shows now (`page.<tabId>`), for the one banner the background
 * pushes to it: its token, when it began, what it found, and what it was last sent. This
 * browser session only; a new page in the tab replaces it.
 */
const TabPage = v.object({
  page: v.string(),
  /** null: a page that is no vendor's (the router check, the look-alike warning). */
  vendorId: v.nullable(v.string()),
  /** The name the page's host goes by (Amazon on www.amazon.com, Amazon Alexa on alexa.amazon.com). */
  vendorName: v.nullable(v.string()),
  /** When the page or the single-page app's route began (epoch ms). */
  since: v.number(),
  /** A single-page app's next route: the same visit. */
  route: v.boolean(),
  /**
   * The page may show the neutral "HomeGuard is checking" banner: no page of the vendor has shown
   * it in this browser session yet (a single-page app's next route never does).
   */
  greets: v.boolean(),
  found: v.nullable(
    v.object({
      onTwoFactorSettings: v.boolean(),
      twoFactorOff: v.boolean(),
      shared: v.nullable(v.object({ total: v.number(), added: v.nullable(v.number()), since: v.nullable(v.string()) })),
      linkedHere: v.boolean(),
    }),
  ),
  /** The password notice this page took over (it stays the page's while the page is up). */
  notice: v.nullable(PasswordNotice),
  /** The banner last sent to the page (as sent), so an unchanged one is not sent again. */
  shown: v.nullable(v.string()),
  /** The user snoozed or muted the banner here: nothing more is sent but a new notice. */
  closed: v.boolean(),
});
export type TabPage = v.InferOutput<typeof TabPage>;

export const tabPages = defineFamily<TabPage | null>({
  area: 'session',
  prefix: 'page.',
  schema: v.nullable(TabPage),
  fallback: () => null,
});

/** Vendors whose neutral banner a page has shown in this browser session: it greets once, not on every page. */
export const greeted = defineItem<string[]>({
  area: 'session',
  key: 'greeted',
  schema: v.array(v.string()),
  fallback: () => [],
});

export const BannerPrefs = v.object({
  /** Vendors whose pages show no HomeGuard banner ("don't show on this site"). */
  muted: v.optional(v.array(v.string()), []),
  /** Banner kinds snoozed per vendor, until an ISO time: `{ ring: { 'two-factor-off': '…' } }`. */
  snoozed: v.optional(v.record(v.string(), v.record(v.string(), IsoTime)), {}),
  /** The incident date last shown per vendor: an incident banner is shown once. */
  incidentsSeen: v.optional(v.record(v.string(), v.string()), {}),
});
export type BannerPrefs = v.InferOutput<typeof BannerPrefs>;

export const bannerPrefs = defineItem<BannerPrefs>({
  area: 'local',
  key: 'bannerPrefs',
  schema: BannerPrefs,
  fallback: () => ({ muted: [], snoozed: {}, incidentsSeen: {} }),
});

/** The last password submit per tab (`login.<tabId>`): a 2FA challenge soon after means 2FA is on. */
export const recentLogins = defineFamily<{ vendorId: string; at: number } | null>({
  area: 'session',
  prefix: 'login.',
  schema: v.nullable(v.object({ vendorId: v.string(), at: v.number() })),
  fallback: () => null,
});

/**
 * A tab showing a look-alike of a vendor's site (`lookalike.<tabId>`), for the toolbar and the
 * popup, where the page cannot hide the warning; dropped when the tab leaves that host.
 */
export const lookalikeTabs = defineFamily<{ host: string; vendorName: string; realHost: string } | null>({
  area: 'session',
  prefix: 'lookalike.',
  schema: v.nullable(v.object({ host: v.string(), vendorName: v.string(), realHost: v.string() })),
  fallback: () => null,
});

/** A vendor page's "Not on this site", until the user confirms or declines it in the popup. */
export const muteRequest = defineItem<{ vendorId: string; at: number } | null>({
  area: 'session',
  key: 'muteRequest',
  schema: v.nullable(v.object({ vendorId: v.string(), at: v.number() })),
  fallback: () => null,
});

/** The home-network part of the checkup: marks, and the router check's verdict (never a password). */
export const HomeState = v.object({
  marks: v.optional(v.record(v.picklist(HOME_ITEM_IDS), IsoTime), {}),
  router: v.optional(v.object({ defaultPassword: v.boolean(), at: IsoTime, brand: v.optional(v.string()) })),
});
export type HomeState = v.InferOutput<typeof HomeState>;

export const home = defineItem<HomeState>({
  area: 'local',
  key: 'home',
  schema: HomeState,
  fallback: () => ({ marks: {} }),
});

/** When the last review reminder was shown (at most one a day). */
export const lastReminder = defineItem<string | null>({
  area: 'local',
  key: 'lastReminder',
  schema: v.nullable(IsoTime),
  fallback: () => null,
});

/** Router admin hosts the user may add: private addresses, `.local`/`.lan` names, router domains (checked in the background). */
export const RouterHosts = v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/))), v.maxLength(10));

export const Settings = v.object({
  bannersEnabled: v.optional(v.boolean(), true),
  /** Days after which a reviewed item is due again; 0 turns reminders off. */
  reminderDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)), 90),
});
export type Settings = v.InferOutput<typeof Settings>;

/** Small preferences, synced across the user's browsers. Never secrets, never a consent. */
export const settings = defineItem<Settings>({
  area: 'sync',
  key: 'settings',
  schema: Settings,
  fallback: () => v.parse(Settings, {}),
});

/**
 * The optional features the user turned on, on this device. Consent is per device: each needs
 * browser access that is granted per device, so these never sync, and an import never sets them.
 */
export const OptIns = v.object({
  /** The opt-in breach check (also needs the optional host permission). */
  breachCheck: v.optional(v.boolean(), false),
  /** Show a system notification when reviews are due (needs the optional permission). */
  reminderNotifications: v.optional(v.boolean(), false),
  /** The optional router check (needs host access to router admin pages). */
  routerCheck: v.optional(v.boolean(), false),
  /** Router admin hosts the user added to the router check. */
  routerHosts: v.optional(RouterHosts, []),
  /** The optional look-alike warning (needs access to every site, to see password fields). */
  lookalikeWarnings: v.optional(v.boolean(), false),
});
export type OptIns = v.InferOutput<typeof OptIns>;
export const OPT_IN_SWITCHES = ['breachCheck', 'reminderNotifications', 'routerCheck', 'lookalikeWarnings'] as const;

export const optIns = defineItem<OptIns>({
  area: 'local',
  key: 'optIns',
  schema: OptIns,
  fallback: () => v.parse(OptIns, {}),
});

/**
 * Vendors added since the first release that the user answered "Not now" for in the popup: their
 * offer to allow HomeGuard on their hosts is not shown again (the options page still lists them).
 */
export const declinedAccess = defineItem<string[]>({
  area: 'local',
  key: 'declinedAccess',
  schema: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(200)),
  fallback: () => [],
});

/**
 * Vendors added since the first release whose hosts the user allowed by name (the popup's or the
 * settings' "Allow"), as the browser reported the grant. Access to every site, which the
 * look-alike warning holds, covers their hosts too but is not this user's choice of them.
 */
export const allowedVendors = defineItem<string[]>({
  area: 'local',
  key: 'allowedVendors',
  schema: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(200)),
  fallback: () => [],
});

/** The synced preferences and this device's opt-ins, as one view. */
export async function readSettings(store: Pick<Store, 'get'>): Promise<Settings & OptIns> {
  const [prefs, features] = await Promise.all([store.get(settings), store.get(optIns)]);
  return { ...prefs, ...features };
}

const Reset = v.object({ key: v.string(), at: IsoTime });

/** Items that were unreadable and reset, kept so the popup can tell the user. */
export const resets = defineItem<Array<v.InferOutput<typeof Reset>>>({
  area: 'local',
  key: 'resets',
  schema: v.pipe(v.array(Reset), v.maxLength(50)),
  fallback: () => [],
});

/**
 * Reads and writes typed items. `update` calls for one key run one after another, so two
 * messages that change the same item cannot overwrite each other's change.
 */
export function createStore(areas: Areas, now: () => Date = () => new Date()) {
  const queues = new Map<string, Promise<unknown>>();

  function serialized<R>(key: string, work: () => Promise<R>): Promise<R> {
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    queues.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  async function noteReset(key: string): Promise<void> {
    const at = now().toISOString();
    await update(resets, (list) => [...list.filter((r) => r.key !== key), { key, at }].slice(-50), false);
  }

  /**
   * Parses a value read from storage (by `get`, or from a snapshot of its area); a bad one is
   * overwritten with the fallback and reported.
   */
  async function check<T>(item: Item<T>, raw: unknown): Promise<T> {
    const { value, repaired } = parseItem(item, raw);
    if (repaired) {
      // Reported before the bad value is overwritten: a worker stopped in between finds it bad
      // again next time and reports it once more, instead of finding it repaired and saying nothing.
      if (item.key !== resets.key) await noteReset(item.key);
      await serialized(`${item.area}:${item.key}`, () => areas[item.area].set({ [item.key]: value }));
    }
    return value;
  }

  async function get<T>(item: Item<T>): Promise<T> {
    return check(item, (await areas[item.area].get(item.key))[item.key]);
  }

  async function set<T>(item: Item<T>, value: T): Promise<void> {
    const checked = v.parse(item.schema, value); // a bad write is a bug here, not bad input: throw
    await serialized(`${item.area}:${item.key}`, () => areas[item.area].set({ [item.key]: checked }));
  }

  async function update<T>(item: Item<T>, change: (current: T) => T, reportRepairs = true): Promise<T> {
    return serialized(`${item.area}:${item.key}`, async () => {
      const raw = (await areas[item.area].get(item.key))[item.key];
      const { value, repaired } = parseItem(item, raw);
      const next = v.parse(item.schema, change(value));
      // Reported before the bad value is overwritten, as in `check`.
      if (repaired && reportRepairs && item.key !== resets.key) await noteReset(item.key);
      await areas[item.area].set({ [item.key]: next });
      return next;
    });
  }

  async function remove(item: Item<unknown>): Promise<void> {
    await serialized(`${item.area}:${item.key}`, () => areas[item.area].remove(item.key));
  }

  /** Every member of a family that holds a valid value, by id. Invalid members are repaired. */
  async function getFamily<T>(family: ItemFamily<T>): Promise<Map<string, T>> {
    return checkFamily(family, await areas[family.area].get(null));
  }

  /** `getFamily` from a snapshot of the family's area. */
  async function checkFamily<T>(family: ItemFamily<T>, all: Record<string, unknown>): Promise<Map<string, T>> {
    const members = new Map<string, T>();
    for (const key of Object.keys(all)
      .filter((k) => k.startsWith(family.prefix))
      .sort()) {
      const id = key.slice(family.prefix.length);
      members.set(id, await check(family.member(id), all[key]));
    }
    return members;
  }

  return { get, check, set, update, remove, getFamily, checkFamily };
}

export type Store = ReturnType<typeof createStore>;
