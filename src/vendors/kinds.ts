/**
 * The vendor database's lists of kinds, apart from its schema (which pulls in valibot), so the
 * content script can use them without the schema library.
 */
export const TWO_FACTOR_METHODS = ['sms', 'call', 'email', 'totp', 'push', 'security-key', 'passkey'] as const;
export type TwoFactorMethod = (typeof TWO_FACTOR_METHODS)[number];

export const PAGE_KINDS = [
  'login',
  'sign-up',
  'password-change',
  'two-factor-settings',
  'two-factor-challenge',
  'shared-users',
  'linked-services',
  'devices',
  'privacy',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const INTEGRATIONS = [
  'alexa',
  'google-assistant',
  'siri-homekit',
  'ifttt',
  'smartthings',
  'home-assistant',
] as const;
export type Integration = (typeof INTEGRATIONS)[number];

export const PLACE_KINDS = [
  'password',
  'twoFactor',
  'sharedUsers',
  'linkedServices',
  'sessions',
  'privacy',
  'firmware',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
