/**
 * What happens when the user submits a password on a vendor page: rate it, fingerprint it for
 * reuse, check it against breaches if the user opted in, and keep only the verdicts. The password
 * lives in this function's memory until it returns.
 */
import type { BreachVerdict, PasswordNotice, PasswordOutcome, PasswordPayload } from '../../shared/messages';
import { fingerprints, vendorStates, type Store } from '../../shared/storage';
import { ensureInstallSalt } from '../salt';
import { vendorById } from '../../vendors';
import { reachablePlace } from '../../vendors/schema';
import { PBKDF2_ITERATIONS, fingerprint, reuseFlags } from './reuse';
import { rateStrength, userInputsFor } from './strength';
import zxcvbn from './zxcvbn-tuned';

export interface SubmitDeps {
  store: Store;
  now: () => Date;
  /** The breach verdict for a password: `off` unless the user turned the check on. */
  checkBreach: (password: string) => Promise<BreachVerdict>;
  /** Whether the password is in the on-device list of common leaked passwords (null: not known). */
  isLeaked: (password: string) => Promise<boolean | null>;
  /** Resolves once zxcvbn can rate (frequency-lists.ts). */
  zxcvbnReady: () => Promise<void>;
}

/** The one notice worth showing in the page, most important first. */
export function pickNotice(
  outcome: Pick<PasswordOutcome, 'score' | 'reused' | 'breach' | 'leaked'>,
  form: PasswordPayload<'password/submitted'>['form'],
  changeUrl: string | null,
): PasswordNotice | null {
  if (outcome.breach.status === 'found') return { kind: 'password-breached', count: outcome.breach.count, changeUrl };
  if (outcome.leaked === true) return { kind: 'password-leaked', changeUrl };
  if (outcome.reused) return { kind: 'password-reused', changeUrl };
  if (form === 'login' && outcome.score <= 2) return { kind: 'password-weak', changeUrl };
  return null;
}

export async function passwordSubmitted(
  deps: SubmitDeps,
  { vendorId, password, form, userInputs }: PasswordPayload<'password/submitted'>,
): Promise<PasswordOutcome> {
  const { store, now } = deps;
  const submittedAt = now().getTime();
  const vendor = vendorById(vendorId);
  await deps.zxcvbnReady();
  const { score } = rateStrength(zxcvbn, password, userInputsFor(vendor?.name ?? vendorId, userInputs));
  const [hash, breach, leaked] = await Promise.all([
    ensureInstallSalt(store).then((salt) => fingerprint(password, salt)),
    deps.checkBreach(password),
    deps.isLeaked(password),
  ]);

  await store.set(fingerprints.member(vendorId), { hash, iterations: PBKDF2_ITERATIONS });
  const all = await store.getFamily(fingerprints);
  const flags = reuseFlags(new Map([...all].flatMap(([id, fp]) => (fp === null ? [] : [[id, fp.hash] as const]))));
  const at = now().toISOString();
  const reused = flags.get(vendorId) ?? false;
  await store.update(vendorStates.member(vendorId), (state) => ({
    firstSeen: state?.firstSeen ?? at,
    lastSeen: state?.lastSeen ?? at,
    visits: state?.visits ?? 0,
    password: { score, ...(leaked === null ? {} : { leaked }), form, ratedAt: at, reused, breach },
  }));
  // Another vendor's flag changes when it now shares (or no longer shares) this password.
  for (const [otherId, otherReused] of flags) {
    if (otherId === vendorId) continue;
    await store.update(vendorStates.member(otherId), (state) =>
      state?.password === undefined || state.password.reused === otherReused
        ? state
        : { ...state, password: { ...state.password, reused: otherReused } },
    );
  }

  const changeUrl = (vendor && reachablePlace(vendor.places.password)?.url) ?? null;
  const notice = pickNotice({ score, reused, breach, leaked }, form, changeUrl);
  return { score, leaked, reused, breach, notice, submittedAt };
}
