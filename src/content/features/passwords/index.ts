/**
 * Passwords on vendor pages: a live strength meter under new-password fields, and the checks
 * after a password is submitted. Fields added later (single-page apps, late forms) are found
 * through a DOM observer and on focus; same-origin frames run their own copy of this feature.
 * Only what the user typed or pasted counts (see typed.ts): a value a page script planted is
 * never rated or checked. Values go to the background over the password port only, and none is
 * kept here once it has been sent.
 */
import type { PasswordForm } from '../../../shared/messages';
import { pageKindsFromPatterns } from '../../../vendors/pages';
import type { VendorMatch } from '../../../vendors/lookup';
import type { Feature } from '../types';
import { openPasswordChannel, type PasswordChannel } from './channel';
import { classifyScope, passwordInputs, scopeOf, typedUserInputs, type PasswordField } from './fields';
import { mountMeter, type MeterUi } from './meter';
import { trackTyping } from './typed';
import { watchPage } from '../../page-watch';

/** Password checks one page may ask for per minute. */
const SUBMITS_PER_WINDOW = 3;
const SUBMIT_WINDOW_MS = 60_000;

const SUBMIT_WORDS =
  /log\s?in|sign\s?in|sign\s?up|register|create|continue|next|submit|save|change|update|anmelden|weiter|speichern/i;

/** The page's password-form kind according to the vendor's page patterns, if one matches. */
function formFromPatterns(pages: Parameters<typeof pageKindsFromPatterns>[0]): PasswordForm | undefined {
  const kinds = pageKindsFromPatterns(pages, new URL(location.href));
  if (kinds.includes('password-change')) return 'password-change';
  if (kinds.includes('sign-up')) return 'sign-up';
  if (kinds.includes('login')) return 'login';
  return undefined;
}

/** How long after the user last used a new-password field its page keeps the worker running. */
const WARM_AFTER_USE_MS = 5 * 60_000;

/**
 * Sets up the meter and the checks once the page has a password field (most account pages have
 * none: they pay for one observer and one listener); returns what takes on each field.
 */
function armPasswords(vendor: VendorMatch, signal: AbortSignal): (input: HTMLInputElement) => void {
  let channel: PasswordChannel | null = null;
  const meters = new Map<HTMLInputElement, MeterUi>();
  const seen = new WeakSet<HTMLInputElement>();
  const typing = trackTyping(signal);
  // At most a few checks per page: a page cannot use HomeGuard to test guesses at speed.
  const sentAt: number[] = [];

  // Kept warm while the page is in view and the user is in one of its password fields, or was
  // in a new-password field a short while ago (left it to read the rules, coming back to type).
  let lastUse = -Infinity;
  const atPasswordField = () =>
    document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'password';
  const keepWarm = () =>
    document.visibilityState === 'visible' &&
    (atPasswordField() || (meters.size > 0 && performance.now() - lastUse < WARM_AFTER_USE_MS));
  const getChannel = () => (channel ??= openPasswordChannel(vendor.id, keepWarm));
  document.addEventListener(
    'visibilitychange',
    () => {
      if (channel !== null && keepWarm()) channel.wake();
    },
    { signal },
  );
  const classify = (input: HTMLInputElement): PasswordField | undefined =>
    classifyScope(scopeOf(input), formFromPatterns(vendor.pages)).find((field) => field.input === input);

  function watch(input: HTMLInputElement): void {
    if (seen.has(input)) return;
    seen.add(input);
    getChannel();
    // Coming (back) to the field wakes a background the browser stopped while the page sat idle.
    input.addEventListener('focus', () => ((lastUse = performance.now()), getChannel().wake()), { signal });
    const field = classify(input);
    if (!field?.isNew) return;
    const meter = mountMeter(input);
    meters.set(input, meter);
    input.addEventListener(
      'input',
      (event) => {
        if (!event.isTrusted) return;
        lastUse = performance.now();
        if (input.value === '') return meter.update(null);
        if (!typing.isTyped(input)) return;
        void getChannel()
          .rate(input.value, typedUserInputs(scopeOf(input)))
          .then((result) => result !== null && meter.update(result));
      },
      { signal },
    );
  }

  function submitted(scope: ParentNode): void {
    const fields = classifyScope(scope, formFromPatterns(vendor.pages));
    const field = fields.find((f) => f.isNew) ?? (fields.length === 1 ? fields[0] : undefined);
    if (field === undefined) return;
    // Only a value the user typed, and each typed value once (a submit can fire click, keydown
    // and submit); the tracker forgets it as it hands it over.
    const value = typing.takeTyped(field.input);
    if (value === null) return;
    const now = Date.now();
    while (sentAt.length > 0 && now - sentAt[0]! > SUBMIT_WINDOW_MS) sentAt.shift();
    if (sentAt.length >= SUBMITS_PER_WINDOW) return;
    sentAt.push(now);
    // A notice comes back as the page's banner (or the next page's, when this one navigates).
    void getChannel()
      .submitted(value, field.form, typedUserInputs(scope))
      .catch(() => undefined);
  }

  document.addEventListener(
    'submit',
    (event) => {
      if (event.isTrusted && event.target instanceof HTMLFormElement) submitted(event.target);
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      const target = event.target;
      if (event.isTrusted && event.key === 'Enter' && target instanceof HTMLInputElement && target.form === null) {
        if (passwordInputs(scopeOf(target)).length > 0) submitted(scopeOf(target));
      }
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'click',
    (event) => {
      const button =
        event.target instanceof Element ? event.target.closest('button, [role="button"], input[type="submit"]') : null;
      if (!event.isTrusted || !(button instanceof HTMLElement)) return;
      // Forms without <form> (single-page apps) submit from a button: find its password fields.
      const isSubmit = button.getAttribute('type') === 'submit' || SUBMIT_WORDS.test(button.textContent ?? '');
      if (!isSubmit || (button as HTMLButtonElement).form) return;
      const scope = passwordInputs(document)
        .map((input) => scopeOf(input))
        .find((s) => s.contains(button));
      if (scope !== undefined) submitted(scope);
    },
    { capture: true, signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      for (const meter of meters.values()) meter.remove();
      channel?.close();
    },
    { once: true },
  );
  return watch;
}

export const passwords: Feature = {
  id: 'passwords',
  where: 'vendor',
  topFrameOnly: false,
  init({ vendor, signal }) {
    let takeOn: ((input: HTMLInputElement) => void) | null = null;
    const arm = () => (takeOn ??= armPasswords(vendor, signal));
    const scan = () => {
      const inputs = passwordInputs(document);
      if (inputs.length === 0) return;
      const take = arm();
      for (const input of inputs) take(input);
    };
    // Focus comes before the first key: a field the observer has not reported yet is armed in time.
    document.addEventListener(
      'focusin',
      (event) => {
        if (event.target instanceof HTMLInputElement && event.target.type === 'password') arm()(event.target);
      },
      { capture: true, signal },
    );
    scan();
    watchPage(scan, signal, 100);
  },
};
