/** What every vendor item is built from, and the small helpers they share. */
import type { MessageKey } from '../i18n';
import type { VendorState } from '../storage';
import { known, type Fact, type Place, type Provenance, type Vendor } from '../../vendors/schema';
import type { ChecklistItem, ItemId, Step, StepSource } from './types';

export interface Context {
  vendor: Vendor;
  state: VendorState | null;
  now: Date;
  reviewDays: number;
}

const DAY = 86_400_000;

export function daysSince(iso: string, now: Date): number {
  return (now.getTime() - Date.parse(iso)) / DAY;
}

export function sourceOf(fact: Provenance): StepSource {
  return fact.checked === undefined ? { source: fact.source } : { source: fact.source, checked: fact.checked };
}

/** The step that opens a setting: its page or app path, "not offered", or "not known" with how to look. */
export function placeStep(key: MessageKey, name: string, fact: Fact<Place>): Step {
  const place = known(fact);
  if (place === undefined) return { key: 'stepPlaceUnknown', params: [name] };
  const from = sourceOf(fact as Provenance);
  if ('offered' in place) return { key: 'stepPlaceNotOffered', params: [name], from };
  return { key, params: [name], url: place.url, appPath: place.appPath, from };
}

/** The vendor's most recent incident whose summary is about this item, if any. */
export function incidentFor(vendor: Vendor, words: RegExp): ChecklistItem['incident'] {
  const found = vendor.incidents.find((incident) => words.test(incident.summary));
  return found ? { date: found.date, summary: found.summary, source: found.source } : undefined;
}

export const PASSWORD_WORDS = /password|credential|takeover|hijack|account|log ?in|2fa|verification/i;

/** An item the user marks done: done until the review interval has passed since the mark. */
export function marked(ctx: Context, id: ItemId): Pick<ChecklistItem, 'status' | 'doneAt' | 'due'> | undefined {
  const at = ctx.state?.marks?.[id];
  if (at === undefined) return undefined;
  const due = ctx.reviewDays > 0 && daysSince(at, ctx.now) > ctx.reviewDays;
  return due ? { status: 'todo', doneAt: at, due: true } : { status: 'done', doneAt: at };
}

/**
 * A review the user does on the vendor's side (shared users, linked services, sessions,
 * recording): done while a review HomeGuard saw, or the user's mark, is within the interval.
 */
export function reviewItem(
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
  const seenFresh =
    spec.seen !== undefined && (ctx.reviewDays === 0 || daysSince(spec.seen, ctx.now) <= ctx.reviewDays);
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
