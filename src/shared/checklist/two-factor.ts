/**
 * The two-step sign-in item: on, off or not known, the vendor's own place for it, and the best
 * method it offers first (a passkey, then an authenticator app, then the vendor's app or a key;
 * text messages last), with the home-automation caution the vendor's integrations call for.
 */
import type { MessageKey } from '../i18n';
import { METHOD_LABELS } from '../labels';
import { known, type Vendor } from '../../vendors/schema';
import { PASSWORD_WORDS, incidentFor, placeStep, sourceOf, type Context } from './context';
import type { ChecklistItem, Step } from './types';

/** What to choose when setting it up, best first, from what the vendor offers. */
function methodSteps(vendor: Vendor): Step[] {
  const methods = known(vendor.twoFactor.methods) ?? [];
  const passkeys = known(vendor.twoFactor.passkeys);
  const steps: Step[] = [];
  if (passkeys?.signIn || passkeys?.secondStep || methods.includes('passkey')) steps.push({ key: 'stepPreferPasskey' });
  if (methods.includes('totp'))
    steps.push({ key: steps.length > 0 ? 'stepPasskeyElseAuthenticator' : 'stepPreferAuthenticator' });
  else if (steps.length === 0 && methods.includes('push'))
    steps.push({ key: 'stepPreferVendorApp', params: [vendor.name] });
  else if (steps.length === 0 && methods.includes('security-key')) steps.push({ key: 'stepPreferKey' });
  return steps;
}

/** The caution about home-automation logins: the vendor's own note where there is one. */
function automationWarning(vendor: Vendor): Step {
  const note = vendor.automation.find((a) => a.concern === 'needs-two-factor-off');
  if (note) {
    return {
      key: 'warnAutomationSeparate',
      params: [vendor.name, INTEGRATION_NAMES[note.integration]],
      warning: true,
      from: sourceOf(note),
    };
  }
  return { key: 'warnAutomation', params: [vendor.name], warning: true };
}

const INTEGRATION_NAMES: Record<Vendor['automation'][number]['integration'], string> = {
  'home-assistant': 'Home Assistant',
  homebridge: 'Homebridge',
  'api-key': 'API key',
  ifttt: 'IFTTT',
};

export function twoFactorItem(ctx: Context): ChecklistItem {
  const { vendor, state } = ctx;
  const name = vendor.name;
  const methods = known(vendor.twoFactor.methods);
  const mandatory = known(vendor.twoFactor.mandatory);
  const seen = state?.twoFactor;
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
  const steps: Step[] = [
    placeStep('stepOpenTwoFactorSetting', name, vendor.places.twoFactor),
    ...methodSteps(vendor),
    { key: 'stepBackupCodes' },
    automationWarning(vendor),
  ];

  if (seen?.status === 'on') {
    const better = ['passkey', 'totp', 'security-key'].some((m) => methods?.includes(m as never));
    const passkeyOffered = known(vendor.twoFactor.passkeys);
    const weak =
      seen.method === 'sms' && (better || passkeyOffered?.secondStep === true || passkeyOffered?.signIn === true);
    return {
      ...base,
      status: 'done',
      doneAt: seen.at,
      detail: weak
        ? { key: 'detailSmsWeaker' }
        : seen.method
          ? { key: 'detailMethod', paramKeys: [METHOD_LABELS[seen.method]] }
          : undefined,
      steps: weak ? steps : [],
    };
  }
  if (seen?.status === 'off') return { ...base, status: 'todo', detail: { key: 'detailTwoFactorOff' }, steps };
  if (mandatory === true) {
    return { ...base, status: 'done', high: false, detail: { key: 'detailMandatory', params: [name] }, steps: [] };
  }
  if (mandatory === 'some-accounts') {
    const note = 'note' in vendor.twoFactor.mandatory ? (vendor.twoFactor.mandatory.note ?? '') : '';
    return { ...base, status: 'unknown', detail: { key: 'detailMandatorySome', params: [name, note] }, steps };
  }
  return { ...base, status: 'unknown', detail: { key: 'detailTwoFactorUnknown' }, steps };
}
