/** Message keys for values shown in several places, and the renderer for checklist texts. */
import { t, type MessageKey } from './i18n';
import type { ItemStatus, Text } from './checklist/types';
import type { TwoFactorMethod } from '../vendors/schema';
import type { LinkedService } from './vocabulary';

export const METHOD_LABELS: Record<TwoFactorMethod, MessageKey> = {
  sms: 'methodSms',
  call: 'methodCall',
  email: 'methodEmail',
  totp: 'methodTotp',
  push: 'methodPush',
  'security-key': 'methodSecurityKey',
  passkey: 'methodPasskey',
};

/** A linked assistant's name, as the banner and the checkup say it. */
export const SERVICE_LABELS: Record<LinkedService, MessageKey> = {
  alexa: 'serviceAlexa',
  'google-assistant': 'serviceGoogleAssistant',
  ifttt: 'serviceIfttt',
};

/** zxcvbn's score 0–4 in words. */
export const STRENGTH_LABELS: readonly MessageKey[] = ['strength0', 'strength1', 'strength2', 'strength3', 'strength4'];

export const STATUS_LABELS: Record<ItemStatus, MessageKey> = {
  done: 'statusDone',
  todo: 'statusTodo',
  unknown: 'statusUnknown',
  'not-applicable': 'statusNotApplicable',
};

/**
 * A checklist text with its parameters; message parameters are translated first, and plain ones
 * go through `param` (the popup passes the vendor sentences' translation).
 */
export function renderText(text: Text, param: (value: string) => string = (value) => value): string {
  return t(text.key, [...(text.params ?? []).map(param), ...(text.paramKeys ?? []).map((key) => t(key))]);
}
