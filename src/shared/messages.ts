/**
 * The message protocol: every message type, its payload schema and its reply type.
 * Split by trust (DESIGN.md §3): content scripts run inside vendor pages that may be hostile,
 * extension pages are our own code.
 */
import * as v from 'valibot';
import type { ExportFile, ImportPreview } from './export-file';
import type { OptionalAccess } from '../vendors/host-access';
import { HOME_ITEM_IDS, ITEM_IDS, type ChecklistItem, type Text, type VendorChecklist } from './checklist/types';
import type { MessageKey } from './i18n';
import { PAGE_KINDS, TWO_FACTOR_METHODS, type TwoFactorMethod } from '../vendors/kinds';
import { BANNER_KINDS, LINKED_SERVICES, PASSWORD_FORMS, type BreachFailure, type LinkedService } from './vocabulary';
import { PAGE_TOKEN } from './banner-push';

export * from './vocabulary';
export * from './banner-push';

const VendorId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(40));
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31 - 1));

const Email = v.pipe(v.string(), v.maxLength(254), v.email());
const Page = v.pipe(v.string(), v.regex(PAGE_TOKEN));
const EpochMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));

/** Messages a content script may send. A `vendorId` must be the vendor of the sending page. */
export const CONTENT_MESSAGES = {
  /** A vendor page (or a single-page app's next route, `route`) began at `since` (epoch ms). */
  'visit/record': v.strictObject({ vendorId: VendorId, page: Page, since: EpochMs, route: v.boolean() }),
  'page/findings': v.strictObject({
    vendorId: VendorId,
    page: Page,
    kinds: v.pipe(v.array(v.picklist(PAGE_KINDS)), v.maxLength(PAGE_KINDS.length)),
    twoFactor: v.optional(
      v.strictObject({ status: v.picklist(['on', 'off']), method: v.optional(v.picklist(TWO_FACTOR_METHODS)) }),
    ),
    sharedUsers: v.optional(v.strictObject({ emails: v.pipe(v.array(Email), v.maxLength(200)) })),
    linked: v.optional(v.record(v.picklist(LINKED_SERVICES), v.boolean())),
  }),
  'banner/snooze': v.strictObject({ vendorId: VendorId, kind: v.picklist(BANNER_KINDS) }),
  /** "Not on this site": asks the user to confirm on the extension's own page (the page cannot click it). */
  'banner/mute-request': v.strictObject({ vendorId: VendorId }),
  'checkup/open': v.strictObject({ vendorId: VendorId }),
};

/** Messages only the extension's own pages (popup, options) may send. */
export const PAGE_MESSAGES = {
  /** About a tab by id, or the active tab of the window last focused (the popup's own), looked up by the background. */
  'overview/get': v.strictObject({ tabId: v.optional(v.union([TabId, v.literal('active')])) }),
  'twofactor/confirm': v.strictObject({ vendorId: VendorId, method: v.optional(v.picklist(TWO_FACTOR_METHODS)) }),
  'banners/unmute': v.strictObject({ vendorId: VendorId }),
  /** The user's answer to a mute request from a vendor page. */
  'banners/mute': v.strictObject({ vendorId: VendorId, mute: v.boolean() }),
  'checklist/mark': v.union([
    v.strictObject({ vendorId: VendorId, item: v.picklist(ITEM_IDS), done: v.boolean() }),
    v.strictObject({ item: v.picklist(HOME_ITEM_IDS), done: v.boolean() }),
  ]),
  'vendors/add': v.strictObject({ vendorId: VendorId }),
  /** "I've reviewed this account". */
  'vendors/reviewed': v.strictObject({ vendorId: VendorId }),
  /** "Not now" to allowing HomeGuard on a vendor added since the first release. */
  'access/decline': v.strictObject({ vendorId: VendorId }),
  'vendors/forget': v.strictObject({ vendorId: VendorId }),
  'data/export': v.strictObject({}),
  /** `file` is checked in full by the background (a bad file gets the problems named back). */
  'data/import': v.strictObject({ file: v.unknown(), apply: v.boolean() }),
  'data/delete-all': v.strictObject({}),
  'settings/get': v.strictObject({}),
  'settings/update': v.strictObject({
    bannersEnabled: v.optional(v.boolean()),
    breachCheck: v.optional(v.boolean()),
    reminderDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))),
    reminderNotifications: v.optional(v.boolean()),
    routerCheck: v.optional(v.boolean()),
    routerHosts: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/))), v.maxLength(10))),
    lookalikeWarnings: v.optional(v.boolean()),
  }),
};

const RequestId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
/** Longest password accepted for the reuse and breach checks (strength looks at the first 100). */
export const MAX_PASSWORD_LENGTH = 4096;
const UserInputs = v.pipe(v.array(v.pipe(v.string(), v.maxLength(254))), v.maxLength(4));
/** What arrives on the password port (PASSWORD_PORT in vocabulary.ts). */
export const PASSWORD_MESSAGES = {
  'strength/rate': v.strictObject({
    id: RequestId,
    vendorId: VendorId,
    password: v.pipe(v.string(), v.maxLength(100)),
    userInputs: UserInputs,
  }),
  'password/submitted': v.strictObject({
    id: RequestId,
    vendorId: VendorId,
    password: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PASSWORD_LENGTH)),
    form: v.picklist(PASSWORD_FORMS),
    userInputs: UserInputs,
  }),
};
export type PasswordMessageType = keyof typeof PASSWORD_MESSAGES;
export type PasswordPayload<T extends PasswordMessageType> = v.InferOutput<(typeof PASSWORD_MESSAGES)[T]>;

export type CrackTime = 'instant' | 'seconds' | 'minutes' | 'hours' | 'days' | 'months' | 'years' | 'centuries';
export type StrengthFeedback = Extract<MessageKey, `feedback${string}`>;
export interface StrengthResult {
  score: 0 | 1 | 2 | 3 | 4;
  /** In the on-device list of the most common leaked passwords; null when that list could not be read. */
  leaked: boolean | null;
  crackTime: CrackTime;
  warning: StrengthFeedback | null;
  suggestions: StrengthFeedback[];
}

/** Never "safe": not found only means not in the breach corpus; off or failed says so. */
export type BreachVerdict =
  | { status: 'found'; count: number }
  | { status: 'not-found' }
  | { status: 'off' }
  | { status: 'error'; reason: BreachFailure };

/** Where a setting lives, as the vendor database says (a page, a path in the vendor's app, or both). */
export interface PlaceView {
  url?: string;
  appPath?: string[];
}

/**
 * The one banner the background chose for a vendor page. Everything in it is about this vendor:
 * a page never learns another vendor's name or any fact from another site.
 */
export type BannerSpec =
  | { kind: 'checkup' }
  | PasswordNotice
  | { kind: 'two-factor-off'; onSettingsPage: boolean; place: PlaceView | null }
  | { kind: 'shared-added'; added: number; since: string }
  | { kind: 'shared-review'; total: number }
  | { kind: 'voice-linked'; services: LinkedService[]; place: PlaceView | null }
  | { kind: 'incident'; date: string; summary: string; source: string };

/** One in-page notice after a password was used, the most important first. */
export type PasswordNotice =
  | { kind: 'password-breached'; count: number; changeUrl: string | null }
  | { kind: 'password-leaked'; changeUrl: string | null }
  | { kind: 'password-reused'; changeUrl: string | null }
  | { kind: 'password-weak'; changeUrl: string | null };

export interface PasswordOutcome {
  score: StrengthResult['score'];
  leaked: boolean | null;
  reused: boolean;
  breach: BreachVerdict;
  notice: PasswordNotice | null;
  /** When the background received the password (epoch ms), to tell the submitting page from the next. */
  submittedAt: number;
}

export interface PasswordReplies {
  'strength/rate': StrengthResult;
  /** Nothing: a notice comes as the page's banner (banner-push.ts), never the verdicts behind it. */
  'password/submitted': Record<string, never>;
}

/**
 * Messages from content scripts on pages that are no vendor's: router admin pages (the optional
 * router check) and any page with a password field (the optional look-alike warning).
 */
export const OFFSITE_MESSAGES = {
  'offsite/hello': v.strictObject({
    page: Page,
    title: v.pipe(v.string(), v.maxLength(300)),
    logoAlts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(10)),
    formAction: v.optional(v.pipe(v.string(), v.maxLength(500))),
  }),
  'router/password': v.strictObject({ page: Page, password: v.pipe(v.string(), v.maxLength(256)) }),
  'offsite/open-checkup': v.strictObject({}),
};
export type OffsiteMessageType = keyof typeof OFFSITE_MESSAGES;

/** What an offsite page is: a router's admin page, a look-alike (warned by banner), or neither. */
export type OffsiteMode = { mode: 'router' } | { mode: 'lookalike' } | { mode: 'none' };

export type ContentMessageType = keyof typeof CONTENT_MESSAGES;
export type PageMessageType = keyof typeof PAGE_MESSAGES;
export type MessageType = ContentMessageType | PageMessageType | OffsiteMessageType;
type Schemas = typeof CONTENT_MESSAGES & typeof PAGE_MESSAGES & typeof OFFSITE_MESSAGES;
export type Payload<T extends MessageType> = v.InferOutput<Schemas[T]>;

export interface VendorSeen {
  id: string;
  name: string;
  firstSeen: string;
  lastSeen: string;
  /** The last password check for this account, if a password was used since install. */
  password: {
    score: StrengthResult['score'];
    leaked: boolean;
    breach: BreachVerdict;
    checkedAt: string;
    /** Names of the other vendors with the same password (the popup may name them; pages never). */
    reusedWith: string[];
  } | null;
  twoFactor: {
    status: 'on' | 'off' | 'unknown';
    method?: TwoFactorMethod;
    source?: 'settings-page' | 'login-flow' | 'user';
    at?: string;
    /** The vendor requires 2FA for every account. */
    mandatory: boolean;
  };
  checklist: VendorChecklist;
  addedByHand: boolean;
  /** The vendor has no web account HomeGuard can see: every step is marked by hand. */
  appOnly: boolean;
  /** The user's last review of the account (null: never), and what changed since. */
  review: { at: string | null; changes: Text[] };
}

export interface Overview {
  /** The vendor of the tab the popup is about, or null when that tab is not a vendor site. */
  current: { id: string; name: string } | null;
  /** The user's vendor accounts (visited or added by hand): the current tab's first, then most recent. */
  seen: VendorSeen[];
  /** The home-network part of the checkup. */
  home: ChecklistItem[];
  /** Done over applicable items across everything, 0–100; null while nothing is known. */
  overall: number | null;
  /** To do, not checked yet and done across every account and the home network. */
  household: { todo: number; check: number; done: number };
  /** The riskiest to-dos across everything, each one click from its walkthrough. */
  topActions: Array<{ vendorId: string | null; vendorName: string | null; itemId: string; title: Text }>;
  /** Vendors HomeGuard knows that are not in the list yet, to add by hand. */
  available: Array<{ id: string; name: string; appOnly: boolean }>;
  settings: SettingsView;
  /** Stored data that was unreadable and had to be reset, so the user can be told. */
  resets: Array<{ key: string; at: string }>;
  /** A vendor page's "Not on this site" waiting for the user's confirmation here. */
  muteRequest: { id: string; name: string } | null;
  /** The tab shows a look-alike of a vendor's site (the look-alike warning is on). */
  lookalike: { host: string; vendorName: string; realHost: string } | null;
  /** Vendors added since the first release whose hosts the user has not allowed or declined yet. */
  accessOffers: AccessOffer[];
}

/**
 * What allowing a vendor added since the first release asks the browser for (its origins, with
 * the "scripting" permission that registers the content script) and shows the user (its hosts).
 */
export type AccessOffer = OptionalAccess;

/** What each message type answers with. */
export interface Replies {
  'visit/record': { firstVisit: boolean };
  'page/findings': Record<string, never>;
  'banner/snooze': Record<string, never>;
  'banner/mute-request': { openedIn: 'popup' | 'tab' };
  'banners/mute': Record<string, never>;
  'twofactor/confirm': Record<string, never>;
  'banners/unmute': Record<string, never>;
  'checklist/mark': Record<string, never>;
  'vendors/add': Record<string, never>;
  'vendors/reviewed': Record<string, never>;
  'access/decline': Record<string, never>;
  'vendors/forget': Record<string, never>;
  'data/export': ExportFile;
  'data/import': { ok: true; preview: ImportPreview } | { ok: false; problems: string[] };
  'data/delete-all': Record<string, never>;
  'offsite/hello': OffsiteMode;
  /** The verdict comes as the page's banner. */
  'router/password': Record<string, never>;
  'offsite/open-checkup': { openedIn: 'popup' | 'tab' };
  'checkup/open': { openedIn: 'popup' | 'tab' };
  'overview/get': Overview;
  'settings/get': SettingsView;
  'settings/update': SettingsView;
}

/** The user's preferences as the options page shows them. */
export interface SettingsView {
  bannersEnabled: boolean;
  breachCheck: boolean;
  reminderDays: number;
  reminderNotifications: boolean;
  routerCheck: boolean;
  routerHosts: string[];
  lookalikeWarnings: boolean;
  /** Vendors whose pages show no banners. */
  mutedSites?: Array<{ id: string; name: string }>;
  /** Vendors added since the first release that the user allowed by name. */
  allowedVendors?: string[];
}

export const ERROR_CODES = ['bad-envelope', 'unknown-type', 'bad-payload', 'bad-sender', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** The envelope every message travels in. */
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}
