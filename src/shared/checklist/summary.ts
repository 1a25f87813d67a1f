/**
 * Where an account, or the whole household, stands in words and counts, and which actions come
 * first across every account, ranked by risk. "Not known" is its own state: it never counts as a
 * failure, and only verified facts and the user's own marks move an account's state.
 */
import type { ChecklistItem, ItemId, HomeItemId } from './types';

export interface Counts {
  todo: number;
  check: number;
  done: number;
}

export type StandState = 'todo' | 'check' | 'done' | 'empty';

export function countItems(items: readonly ChecklistItem[]): Counts {
  const counts: Counts = { todo: 0, check: 0, done: 0 };
  for (const item of items) {
    if (item.status === 'todo') counts.todo++;
    else if (item.status === 'unknown') counts.check++;
    else if (item.status === 'done') counts.done++;
  }
  return counts;
}

/** To do wins over to check, which wins over done. */
export function standing(counts: Counts): StandState {
  if (counts.todo > 0) return 'todo';
  if (counts.check > 0) return 'check';
  return counts.done > 0 ? 'done' : 'empty';
}

/**
 * Risk order: a breached, leaked or reused password and two-step sign-in off are how camera
 * accounts are taken over (Ring's 2019 credential stuffing); then who can watch, then the rest.
 */
const RISK: ReadonlyArray<ItemId | HomeItemId> = [
  'breach',
  'two-factor',
  'password-unique',
  'password-strength',
  'shared-users',
  'router-password',
  'linked-services',
  'sessions',
  'recording',
  'firmware',
  'router-vpn',
  'incidents',
];

export interface TopAction {
  /** Null for the home network's items. */
  vendorId: string | null;
  vendorName: string | null;
  item: ChecklistItem;
}

/** The first `n` to-dos across every account and the home network, riskiest first. */
export function topActions(
  accounts: ReadonlyArray<{ id: string; name: string; checklist: { items: readonly ChecklistItem[] } }>,
  home: readonly ChecklistItem[],
  n = 3,
): TopAction[] {
  const all: TopAction[] = [
    ...accounts.flatMap((a) => a.checklist.items.map((item) => ({ vendorId: a.id, vendorName: a.name, item }))),
    ...home.map((item) => ({ vendorId: null, vendorName: null, item })),
  ];
  const rank = (a: TopAction) => RISK.indexOf(a.item.id) + (a.item.high ? 0 : 0.5);
  return all
    .filter((a) => a.item.status === 'todo')
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, n);
}
