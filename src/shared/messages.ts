/**
 * The message protocol: every message type, its payload schema and its reply type.
 * Split by trust (DESIGN.md §3): content scripts run inside vendor pages that may be hostile,
 * extension pages are our own code.
 */
import * as v from 'valibot';

const VendorId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(40));
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31 - 1));

/** Messages a content script may send. A `vendorId` must be the vendor of the sending page. */
export const CONTENT_MESSAGES = {
  'visit/record': v.strictObject({ vendorId: VendorId }),
  'checkup/open': v.strictObject({ vendorId: VendorId }),
};

/** Messages only the extension's own pages (popup, options) may send. */
export const PAGE_MESSAGES = {
  'overview/get': v.strictObject({ tabId: v.optional(TabId) }),
  'settings/get': v.strictObject({}),
  'settings/update': v.strictObject({ bannersEnabled: v.optional(v.boolean()) }),
};

export type ContentMessageType = keyof typeof CONTENT_MESSAGES;
export type PageMessageType = keyof typeof PAGE_MESSAGES;
export type MessageType = ContentMessageType | PageMessageType;
type Schemas = typeof CONTENT_MESSAGES & typeof PAGE_MESSAGES;
export type Payload<T extends MessageType> = v.InferOutput<Schemas[T]>;

export interface VendorSeen {
  id: string;
  name: string;
  firstSeen: string;
  lastSeen: string;
}

export interface Overview {
  /** The vendor of the tab the popup is about, or null when that tab is not a vendor site. */
  current: { id: string; name: string } | null;
  /** Vendors the user has visited, most recent first. */
  seen: VendorSeen[];
  /** Stored data that was unreadable and had to be reset, so the user can be told. */
  resets: Array<{ key: string; at: string }>;
}

/** What each message type answers with. */
export interface Replies {
  'visit/record': { firstVisit: boolean; showBanner: boolean };
  'checkup/open': { openedIn: 'popup' | 'tab' };
  'overview/get': Overview;
  'settings/get': SettingsView;
  'settings/update': SettingsView;
}

/** The user's preferences as the options page shows them. */
export interface SettingsView {
  bannersEnabled: boolean;
}

export const ERROR_CODES = ['bad-envelope', 'unknown-type', 'bad-payload', 'bad-sender', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** The envelope every message travels in. */
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}
