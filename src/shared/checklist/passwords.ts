/** The password items: strength, used nowhere else, and not in known breaches. */
import type { MessageKey } from '../i18n';
import { STRENGTH_LABELS } from '../labels';
import type { Vendor } from '../../vendors/schema';
import { PASSWORD_WORDS, incidentFor, placeStep, type Context } from './context';
import type { ChecklistItem, Step } from './types';

function passwordSteps(vendor: Vendor, extra: Step[] = []): Step[] {
  return [
    placeStep('stepOpenPasswordSetting', vendor.name, vendor.places.password),
    { key: 'stepPasswordNew' },
    ...extra,
    { key: 'stepPasswordSignOutOthers' },
  ];
}

export function passwordItems(ctx: Context): ChecklistItem[] {
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
      : password.leaked
        ? { status: 'todo', detail: { key: 'detailPasswordLeaked' }, steps: passwordSteps(vendor) }
        : password.score >= 3
          ? { status: 'done', doneAt: password.ratedAt, steps: [] }
          : {
              status: 'todo',
              detail: { key: 'detailStrength', paramKeys: [STRENGTH_LABELS[password.score]!] },
              steps: passwordSteps(vendor),
            }),
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
        ? { status: 'todo', steps: passwordSteps(vendor, [{ key: 'stepPasswordNotReused' }]) }
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
      : password?.leaked && breach.status !== 'found'
        ? {
            status: 'todo',
            detail: { key: 'detailPasswordLeaked' },
            steps: passwordSteps(vendor, [{ key: 'stepBreachElsewhere' }]),
          }
        : breach.status === 'found'
          ? {
              status: 'todo',
              detail: { key: 'detailBreachFound', params: [String(breach.count)] },
              steps: passwordSteps(vendor, [{ key: 'stepBreachElsewhere' }]),
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
