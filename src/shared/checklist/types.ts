/** The checkup's vocabulary: item ids, statuses, texts, steps and items. Pure types and lists. */
import type { MessageKey } from '../i18n';
import type { Incident } from '../../vendors/schema';

export const ITEM_IDS = [
  'two-factor',
  'password-strength',
  'password-unique',
  'breach',
  'shared-users',
  'linked-services',
  'sessions',
  'recording',
  'firmware',
  'incidents',
] as const;
export type ItemId = (typeof ITEM_IDS)[number];

export const HOME_ITEM_IDS = ['router-password', 'router-vpn'] as const;
export type HomeItemId = (typeof HOME_ITEM_IDS)[number];

export type ItemStatus = 'done' | 'todo' | 'unknown' | 'not-applicable';

export interface Text {
  key: MessageKey;
  params?: string[];
  /** Parameters that are themselves messages (translated before they are put in). */
  paramKeys?: MessageKey[];
}

/** How to change a router brand's admin password: its own guide, and/or the place in its admin pages. */
export interface RouterGuide {
  brandName: string;
  url: string | null;
  menuPath: string | null;
}

/** Where a step's fact comes from, so the checkup can show it and how old it is. */
export interface StepSource {
  source: string;
  /** The day the source was read (absent for a directory entry, which names its commit). */
  checked?: string;
}

export interface Step extends Text {
  /** A page to open (the vendor's own, or the assistant maker's). */
  url?: string;
  /** A path in the vendor's app, e.g. ["Ring app", "Control Center", "Shared Users"]. */
  appPath?: string[];
  /** A caution rather than an action (e.g. 2FA and home-automation integrations). */
  warning?: boolean;
  /** The source behind the place or fact this step uses. */
  from?: StepSource;
}

/** One recording or sharing setting to check (the advice's step 3), as the vendor documents it. */
export interface SettingCheck {
  name: string;
  default: string;
  recommended: string;
  why: string;
  url?: string;
  appPath?: string[];
  from: StepSource;
}

export interface ChecklistItem {
  id: ItemId | HomeItemId;
  status: ItemStatus;
  /** High-priority items count on the toolbar badge. */
  high: boolean;
  /** When it was done (checked on the vendor's page, or marked done by the user). */
  doneAt?: string;
  /** Marked done by the user, and due for a new review after the reminder interval. */
  due?: boolean;
  title: Text;
  detail?: Text;
  why: Text;
  /** This vendor's own incident that shows why the item matters. */
  incident?: Pick<Incident, 'date' | 'summary' | 'source'>;
  steps: Step[];
  /** Settings to check one by one (the recording item). */
  settings?: SettingCheck[];
  /** The user may mark it done (items HomeGuard can see itself are not markable). */
  markable: boolean;
  /** For an item not checked yet: the one step that finds it out. */
  findOut?: Step;
}

export interface VendorChecklist {
  vendorId: string;
  name: string;
  items: ChecklistItem[];
  /** Done items out of the applicable ones, 0–100; null while nothing is known yet. */
  score: number | null;
  /** To do, not checked yet, done: where the account stands ("not known" is never a failure). */
  counts: { todo: number; check: number; done: number };
  next: ChecklistItem['id'] | null;
}
