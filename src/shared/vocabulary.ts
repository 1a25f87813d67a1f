/**
 * The product's vocabulary, in one leaf module without schema code: what every context names
 * the same way (linked services, banner kinds and their order, password forms, breach failures,
 * the password port). The protocol (messages.ts) and storage (storage.ts) build on it; the
 * content script imports it without pulling in the schema library.
 */
export const LINKED_SERVICES = ['alexa', 'google-assistant', 'ifttt'] as const;
export type LinkedService = (typeof LINKED_SERVICES)[number];

export const BANNER_KINDS = [
  'checkup',
  'password-breached',
  'password-leaked',
  'password-reused',
  'password-weak',
  'two-factor-off',
  'shared-added',
  'shared-review',
  'voice-linked',
  'incident',
] as const;
export type BannerKind = (typeof BANNER_KINDS)[number];

/** Which banner wins when several apply: one banner at a time, the most important. */
export const BANNER_PRIORITY: Record<BannerKind, number> = {
  'password-breached': 9,
  'password-leaked': 8.5,
  'password-reused': 8,
  'two-factor-off': 7,
  'shared-added': 6,
  'password-weak': 5,
  'shared-review': 4,
  'voice-linked': 3,
  incident: 2,
  checkup: 1,
};

export const PASSWORD_FORMS = ['login', 'sign-up', 'password-change'] as const;
export type PasswordForm = (typeof PASSWORD_FORMS)[number];

/** Why a breach check could not say found or not found. */
export const BREACH_FAILURES = ['offline', 'timeout', 'rate-limited', 'server', 'malformed', 'no-permission'] as const;
export type BreachFailure = (typeof BREACH_FAILURES)[number];

/**
 * The password port: content scripts on vendor pages send typed passwords over a port of this
 * name, so they never go through the general message path (nor its error texts).
 */
export const PASSWORD_PORT = 'homeguard-password';
