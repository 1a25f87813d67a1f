/**
 * The checkup, pure: a vendor's facts and the account's stored state in, the checklist out —
 * each item's status, why it matters (citing this vendor's own incidents), the steps to do it
 * (the vendor's own pages or app paths), a score and the single next action. No I/O, no i18n
 * calls: texts are message keys with parameters, rendered by the popup.
 */
import type { MessageKey } from './i18n';
import { METHOD_LABELS } from './labels';
import type { VendorState } from './storage';
import type { Fact, Incident, Place, Vendor } from '../vendors/schema';

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

export interface Step extends Text {
  /** A page to open (the vendor's own, or a well-known one). */
  url?: string;
  /** A path in the vendor's app, e.g. ["Ring app", "Control Center", "Shared Users"]. */
  appPath?: string[];
  /** A caution rather than an action (e.g. 2FA and home-automation integrations). */
  warning?: boolean;
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
  /** The user may mark it done (items HomeGuard can see itself are not markable). */
  markable: boolean;
}

export interface VendorChecklist {
  vendorId: string;
  name: string;
  items: ChecklistItem[];
  /** Done items out of the applicable ones, 0–100; null while nothing is known yet. */
  score: number | null;
  next: ChecklistItem['id'] | null;
}

const DAY = 86_400_000;

function placeStep(key: MessageKey, name: string, fact: Fact<Place>): Step {
  if (fact === 'unknown') return { key: 'stepPlaceUnknown', params: [name] };
  return { key, params: [name], url: fact.value.url, appPath: fact.value.appPath };
}

/** The vendor's most recent incident whose summary is about this item, if any. */
function incidentFor(vendor: Vendor, words: RegExp): ChecklistItem['incident'] {
  const found = vendor.incidents.find((incident) => words.test(incident.summary));
  return found ? { date: found.date, summary: found.summary, source: found.source } : undefined;
}

const PASSWORD_WORDS = /password|credential|takeover|hijack|account|log ?in|2fa|verification/i;

interface Context {
  vendor: Vendor;
  state: VendorState | null;
  now: Date;
  reviewDays: number;
}

/** An item the user marks done: done until the review interval has passed since the mark. */
function marked(ctx: Context, id: ItemId): Pick<ChecklistItem, 'status' | 'doneAt' | 'due'> | undefined {
  const at = ctx.state?.marks?.[id];
  if (at === undefined) return undefined;
  const due = ctx.reviewDays > 0 && ctx.now.getTime() - Date.parse(at) > ctx.reviewDays * DAY;
  return due ? { status: 'todo', doneAt: at, due: true } : { status: 'done', doneAt: at };
}

function passwordSteps(name: string, vendor: Vendor, extra: Step[] = []): Step[] {
  return [
    placeStep('stepOpenPasswordSetting', name, vendor.places.password),
    { key: 'stepPasswordNew' },
    ...extra,
    { key: 'stepPasswordSignOutOthers' },
  ];
}

function twoFactorItem(ctx: Context): ChecklistItem {
  const { vendor, state } = ctx;
  const name = vendor.name;
  const methods = vendor.twoFactor.methods === 'unknown' ? undefined : vendor.twoFactor.methods.value;
  const mandatory = vendor.twoFactor.mandatory !== 'unknown' && vendor.twoFactor.mandatory.value;
  const known = state?.twoFactor;
  const base = {
    id: 'two-factor' as const,
    high: true,
    title: { key: 'itemTwoFactor' as MessageKey },
    why: { key: 'whyTwoFactor' as MessageKey },
    incident: incidentFor(vendor, PASSWORD_WORDS),
    markable: false,
  };
  if (methods !== undefined && methods.length === 0) {
    return {
      ...base,
      status: 'not-applicable',
      high: false,
      detail: { key: 'detailNoTwoFactor', params: [name] },
      steps: [],
    };
  }
  const steps: Step[] = [placeStep('stepOpenTwoFactorSetting', name, vendor.places.twoFactor)];
  if (methods?.includes('totp')) steps.push({ key: 'stepPreferAuthenticator' });
  else if (methods?.includes('push')) steps.push({ key: 'stepPreferVendorApp', params: [name] });
  else if (methods?.includes('security-key') || methods?.includes('passkey')) steps.push({ key: 'stepPreferKey' });
  steps.push({ key: 'stepBackupCodes' });
  const automations = vendor.integrations !== 'unknown' && vendor.integrations.value.includes('home-assistant');
  steps.push({ key: automations ? 'warnAutomationKnown' : 'warnAutomation', params: [name], warning: true });

  if (known?.status === 'on') {
    const weak = known.method === 'sms' && (methods?.includes('totp') || methods?.includes('security-key'));
    return {
      ...base,
      status: 'done',
      doneAt: known.at,
      detail: weak
        ? { key: 'detailSmsWeaker' }
        : known.method
          ? { key: 'detailMethod', paramKeys: [METHOD_LABELS[known.method]] }
          : undefined,
      steps: weak ? steps : [],
    };
  }
  if (known?.status === 'off') return { ...base, status: 'todo', detail: { key: 'detailTwoFactorOff' }, steps };
  if (mandatory)
    return { ...base, status: 'done', high: false, detail: { key: 'detailMandatory', params: [name] }, steps: [] };
  return { ...base, status: 'unknown', detail: { key: 'detailTwoFactorUnknown' }, steps };
}

function passwordItems(ctx: Context): ChecklistItem[] {
  const { vendor, state } = ctx;
  const password = state?.password;
  const incident = incidentFor(vendor, PASSWORD_WORDS);
  const unknown = { key: 'detailPasswordUnknown' as MessageKey, params: [vendor.name] };
  const strength: ChecklistItem = {
    id: 'password-strength',
    high: true,
    title: { key: 'itemPasswordStrength' },
    why: { key: 'whyPasswordStrength' },
    incident,
    markable: false,
    ...(password === undefined
      ? { status: 'unknown', detail: unknown, steps: [] }
      : password.score >= 3
        ? { status: 'done', doneAt: password.ratedAt, steps: [] }
        : { status: 'todo', steps: passwordSteps(vendor.name, vendor) }),
  };
  const unique: ChecklistItem = {
    id: 'password-unique',
    high: true,
    title: { key: 'itemPasswordUnique' },
    why: { key: 'whyPasswordUnique' },
    incident,
    markable: false,
    ...(password === undefined
      ? { status: 'unknown', detail: unknown, steps: [] }
      : password.reused
        ? { status: 'todo', steps: passwordSteps(vendor.name, vendor, [{ key: 'stepPasswordNotReused' }]) }
        : { status: 'done', doneAt: password.ratedAt, steps: [] }),
  };
  const breach = password?.breach;
  const breachItem: ChecklistItem = {
    id: 'breach',
    high: true,
    title: { key: 'itemBreach' },
    why: { key: 'whyBreach' },
    markable: false,
    ...(breach === undefined
      ? { status: 'unknown', detail: unknown, steps: [] }
      : breach.status === 'found'
        ? {
            status: 'todo',
            detail: { key: 'detailBreachFound', params: [String(breach.count)] },
            steps: passwordSteps(vendor.name, vendor, [{ key: 'stepBreachElsewhere' }]),
          }
        : breach.status === 'not-found'
          ? { status: 'done', doneAt: password!.ratedAt, detail: { key: 'detailBreachNotFound' }, steps: [] }
          : {
              status: 'unknown',
              detail: { key: breach.status === 'off' ? 'detailBreachOff' : 'detailBreachError' },
              steps: [{ key: 'stepTurnOnBreachCheck' }],
            }),
  };
  return [strength, unique, breachItem];
}

function reviewItem(
  ctx: Context,
  id: 'shared-users' | 'linked-services' | 'sessions' | 'recording',
  spec: { high: boolean; place: Fact<Place>; open: MessageKey; steps: Step[]; words: RegExp; seen?: string },
): ChecklistItem {
  const { vendor } = ctx;
  const keys: Record<typeof id, [MessageKey, MessageKey]> = {
    'shared-users': ['itemSharedUsers', 'whySharedUsers'],
    'linked-services': ['itemLinkedServices', 'whyLinkedServices'],
    sessions: ['itemSessions', 'whySessions'],
    recording: ['itemRecording', 'whyRecording'],
  };
  const steps = [placeStep(spec.open, vendor.name, spec.place), ...spec.steps];
  const mark = marked(ctx, id);
  // A review HomeGuard saw on the vendor's page counts like a mark, for the same interval.
  const seenFresh =
    spec.seen !== undefined &&
    (ctx.reviewDays === 0 || ctx.now.getTime() - Date.parse(spec.seen) <= ctx.reviewDays * DAY);
  const status = seenFresh ? { status: 'done' as const, doneAt: spec.seen } : (mark ?? { status: 'todo' as const });
  return {
    id,
    high: spec.high,
    title: { key: keys[id][0] },
    why: { key: keys[id][1] },
    incident: incidentFor(vendor, spec.words),
    steps,
    markable: true,
    ...status,
  };
}

function linkedSteps(vendor: Vendor, state: VendorState | null): Step[] {
  const offered = vendor.integrations === 'unknown' ? [] : vendor.integrations.value;
  const linked = Object.entries(state?.linked?.services ?? {})
    .filter(([, on]) => on)
    .map(([service]) => service);
  const steps: Step[] = [];
  if (offered.includes('alexa') || linked.includes('alexa')) {
    steps.push({
      key: 'stepAlexaSkill',
      params: [vendor.name],
      appPath: ['Alexa app', 'More', 'Skills & Games', 'Your Skills'],
    });
    steps.push({ key: 'stepLoginWithAmazon', params: [vendor.name], url: 'https://www.amazon.com/ap/adam' });
  }
  steps.push({ key: 'stepOtherAssistants', params: [vendor.name] });
  return steps;
}

function firmwareItem(ctx: Context): ChecklistItem {
  const { vendor } = ctx;
  const base = {
    id: 'firmware' as const,
    title: { key: 'itemFirmware' as MessageKey },
    why: { key: 'whyFirmware' as MessageKey },
    incident: incidentFor(vendor, /firmware|flaw|vulnerab|cve|exploit|bug/i),
    high: false,
  };
  const facts = vendor.firmware === 'unknown' ? undefined : vendor.firmware.value;
  if (facts?.automatic) {
    return {
      ...base,
      status: 'done',
      detail: { key: 'detailFirmwareAutomatic', params: [vendor.name] },
      steps: [],
      markable: false,
    };
  }
  const steps: Step[] = [
    placeStep('stepOpenFirmware', vendor.name, vendor.places.firmware),
    { key: 'stepFirmwareAuto' },
  ];
  return { ...base, ...(marked(ctx, 'firmware') ?? { status: 'todo' }), steps, markable: true };
}

function incidentsItem(ctx: Context): ChecklistItem {
  const { vendor } = ctx;
  const base = {
    id: 'incidents' as const,
    high: false,
    title: { key: 'itemIncidents' as MessageKey },
    why: { key: 'whyIncidents' as MessageKey },
  };
  if (vendor.incidents.length === 0) {
    return { ...base, status: 'not-applicable', detail: { key: 'detailNoIncidents' }, steps: [], markable: false };
  }
  const mark = ctx.state?.marks?.incidents;
  return {
    ...base,
    ...(mark ? { status: 'done', doneAt: mark } : { status: 'todo' }),
    detail: { key: 'detailIncidentCount', params: [String(vendor.incidents.length)] },
    steps: [{ key: 'stepReadIncidents', params: [vendor.name] }],
    markable: true,
  };
}

/** Done items over applicable ones; unknown items count as not done. */
export function score(items: readonly ChecklistItem[]): number | null {
  const applicable = items.filter((item) => item.status !== 'not-applicable');
  if (applicable.length === 0 || applicable.every((item) => item.status === 'unknown')) return null;
  return Math.round((100 * applicable.filter((item) => item.status === 'done').length) / applicable.length);
}

/** The one thing to do next: high-priority to-dos first, then unknowns, then the rest. */
export function nextAction(items: readonly ChecklistItem[]): ChecklistItem['id'] | null {
  const rank = (item: ChecklistItem) =>
    item.status === 'todo' ? (item.high ? 0 : 2) : item.status === 'unknown' ? (item.high ? 1 : 3) : 9;
  const best = [...items].filter((item) => rank(item) < 9).sort((a, b) => rank(a) - rank(b))[0];
  return best?.id ?? null;
}

export function vendorChecklist(
  vendor: Vendor,
  state: VendorState | null,
  now: Date,
  reviewDays: number,
): VendorChecklist {
  const ctx: Context = { vendor, state, now, reviewDays };
  const linkedOn = Object.values(state?.linked?.services ?? {}).some(Boolean);
  const items: ChecklistItem[] = [
    twoFactorItem(ctx),
    ...passwordItems(ctx),
    reviewItem(ctx, 'shared-users', {
      high: true,
      place: vendor.places.sharedUsers,
      open: 'stepOpenSharedUsers',
      steps: [{ key: 'stepRemoveStrangers' }, { key: 'stepShareNotPassword' }],
      words: /shar|other users|wrong users|someone else/i,
      seen: state?.sharedUsers?.reviewedAt,
    }),
    reviewItem(ctx, 'linked-services', {
      high: linkedOn,
      place: vendor.places.linkedServices,
      open: 'stepOpenLinkedServices',
      steps: linkedSteps(vendor, state),
      words: /alexa|token|assistant|linked/i,
    }),
    reviewItem(ctx, 'sessions', {
      high: false,
      place: vendor.places.sessions,
      open: 'stepOpenSessions',
      steps: [{ key: 'stepRemoveSessions' }],
      words: /token|session|device access/i,
    }),
    reviewItem(ctx, 'recording', {
      high: false,
      place: vendor.places.privacy,
      open: 'stepOpenRecording',
      steps: [{ key: 'stepRecordingOff' }],
      words: /video|footage|thumbnail|camera|recording|stream/i,
    }),
    firmwareItem(ctx),
    incidentsItem(ctx),
  ];
  return { vendorId: vendor.id, name: vendor.name, items, score: score(items), next: nextAction(items) };
}

/** The home network part of the checkup: the router's password and a VPN on the router. */
export function homeChecklist(
  home: { marks: Partial<Record<HomeItemId, string>>; router?: { defaultPassword: boolean; at: string } },
  now: Date,
  reviewDays: number,
  /** How to change the router brand's admin password, when the brand is known and that is. */
  guide?: RouterGuide,
): ChecklistItem[] {
  const markOf = (id: HomeItemId): Pick<ChecklistItem, 'status' | 'doneAt' | 'due'> => {
    const at = home.marks[id];
    if (at === undefined) return { status: 'todo' };
    const due = reviewDays > 0 && now.getTime() - Date.parse(at) > reviewDays * DAY;
    return due ? { status: 'todo', doneAt: at, due } : { status: 'done', doneAt: at };
  };
  const router = home.router;
  return [
    {
      id: 'router-password',
      high: true,
      title: { key: 'itemRouterPassword' },
      why: { key: 'whyRouterPassword' },
      ...(router?.defaultPassword
        ? { status: 'todo', detail: { key: 'detailRouterDefault' } }
        : markOf('router-password')),
      steps: [
        { key: 'stepRouterOpen' },
        ...(guide?.url ? [{ key: 'stepRouterBrandGuide' as const, params: [guide.brandName], url: guide.url }] : []),
        ...(guide?.menuPath
          ? [{ key: 'stepRouterBrandPath' as const, params: [guide.brandName, guide.menuPath] }]
          : []),
        { key: 'stepRouterChange' },
        { key: 'stepRouterWifi' },
        { key: 'stepRouterRemote' },
      ],
      markable: true,
    },
    {
      id: 'router-vpn',
      high: false,
      title: { key: 'itemRouterVpn' },
      why: { key: 'whyRouterVpn' },
      detail: { key: 'detailVpnLimits' },
      ...markOf('router-vpn'),
      steps: [{ key: 'stepVpnCheck' }, { key: 'stepVpnInsteadOfPorts' }],
      markable: true,
    },
  ];
}
