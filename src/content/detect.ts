/**
 * Page detection: what kind of vendor page this is and what it shows about the account. Pure: a
 * Document and a URL in, findings out (no messaging, no storage), so every fixture page can be
 * checked in a unit test. Vendor page patterns decide first; generic markup and wording after.
 */
import type { PageKind, TwoFactorMethod } from '../vendors/schema';
import { pageKindsFromPatterns } from '../vendors/pages';
import type { VendorMatch } from '../vendors/lookup';

export type LinkedService = 'alexa' | 'google-assistant' | 'ifttt';

export interface Findings {
  kinds: PageKind[];
  twoFactor?: { status: 'on' | 'off'; method?: TwoFactorMethod };
  sharedUsers?: { count: number; emails: string[] };
  linked?: Partial<Record<LinkedService, boolean>>;
}

/** The 2FA switch or button the page shows, to point at it (not part of the findings sent on). */
export interface Detection {
  findings: Findings;
  twoFactorControl: Element | null;
}

const TWO_FACTOR =
  /two[-\s]?(step|factor)|2[-\s]?(step|factor|fa\b|sv\b)|multi[-\s]?factor|\bmfa\b|login verification|account verification/i;
const CHALLENGE =
  /(enter|type|input)\s+(the|your|a)?\s*(\d[-\s]?digit\s+)?(verification|security|one[-\s]?time|authentication|login|sign[-\s]?in)?\s*(code|passcode|pin)|we (sent|texted|emailed) (a|the|you a)?\s*(\d[-\s]?digit\s+)?(code|passcode)|code (was|has been) sent|check your (phone|email|authenticator)|authenticator app|verify (it'?s|that it'?s) you|two[-\s]?step verification|2[-\s]?step verification/i;
const SHARED =
  /shared users|shared access|share (camera|device|access)|people with access|grant access|guests?\b|family (&|and) guests|manage (users|people|members)|people (&|and) permissions|home members|members|user management|additional users|invite/i;
const LINKED =
  /linked (accounts|services|apps)|connected (accounts|services|apps)|works with|third[-\s]?party (services|apps|integrations)|integrations|voice assistants?|authorized (apps|clients|client devices)|alexa|google assistant|ifttt/i;
const DEVICES = /firmware|device (list|settings|info)|my devices|devices\b/i;
const PRIVACY =
  /privacy|recording|motion (detection|zones|alerts)|live view|privacy zones|video (history|recording)|camera (on|off)|modes/i;
const SIGN_UP = /create (an |your )?account|sign up|register|get started/i;
const CHANGE_PASSWORD = /change (your )?password|new password|update (your )?password/i;
const ON = /^(on|enabled|active|turned on|activated)$/i;
const OFF = /^(off|disabled|not (set up|enabled|active)|inactive|turned off)$/i;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;

const SERVICE_NAMES: Record<LinkedService, RegExp> = {
  alexa: /\balexa\b|amazon alexa/i,
  'google-assistant': /google assistant|google home|works with google/i,
  ifttt: /\bifttt\b/i,
};
const METHODS: Array<[TwoFactorMethod, RegExp]> = [
  ['totp', /authenticator|authentication app|totp|one[-\s]?time password app/i],
  ['security-key', /security key|hardware key|yubikey|fido/i],
  ['passkey', /passkey/i],
  ['push', /push notification|approve (the )?(sign[-\s]?in|login)|trusted device|(arlo|app) (notification|prompt)/i],
  ['sms', /text message|\bsms\b|phone number|mobile number/i],
  ['call', /phone call|voice call/i],
  ['email', /\bemail\b|e-mail/i],
];

function visible(element: Element): boolean {
  const html = element as HTMLElement;
  if (html.hidden || element.closest('[hidden],[aria-hidden="true"],template')) return false;
  const style = element.ownerDocument.defaultView?.getComputedStyle(html);
  return !(style && (style.display === 'none' || style.visibility === 'hidden'));
}

function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function headings(doc: Document): Element[] {
  return [
    ...doc.querySelectorAll('h1,h2,h3,h4,[role="heading"],legend,title,[class*="title" i],[class*="header" i]'),
  ].filter(visible);
}

function inputs(doc: Document, selector: string): HTMLInputElement[] {
  return [...doc.querySelectorAll<HTMLInputElement>(selector)].filter((input) => !input.disabled && visible(input));
}

/** Fields for a one-time code: autocomplete, numeric 4–8 character inputs, or code-ish names. */
function codeInputs(doc: Document): HTMLInputElement[] {
  return inputs(
    doc,
    'input:not([type="hidden"]):not([type="password"]):not([type="checkbox"]):not([type="radio"])',
  ).filter((input) => {
    const hint =
      `${input.autocomplete} ${input.name} ${input.id} ${input.getAttribute('aria-label') ?? ''} ${input.placeholder}`.toLowerCase();
    const max = input.maxLength;
    return (
      hint.includes('one-time-code') ||
      /otp|mfa|2fa|totp|verification|verify|passcode|security.?code|auth.?code|\bcode\b|\bpin\b/.test(hint) ||
      (input.inputMode === 'numeric' && max > 0 && max <= 8)
    );
  });
}

/** A switch's state: checkbox/switch semantics, else the words next to it. */
function switchState(control: Element): 'on' | 'off' | undefined {
  if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked ? 'on' : 'off';
  const aria = control.getAttribute('aria-checked') ?? control.getAttribute('aria-pressed');
  if (aria === 'true') return 'on';
  if (aria === 'false') return 'off';
  return undefined;
}

/** The section around a heading: its nearest ancestor that holds more than the heading itself. */
function sectionOf(heading: Element): Element {
  let node: Element = heading;
  while (node.parentElement && textOf(node.parentElement).length <= textOf(heading).length + 4)
    node = node.parentElement;
  return node.parentElement ?? node;
}

function detectTwoFactor(
  doc: Document,
): { status?: 'on' | 'off'; method?: TwoFactorMethod; control: Element | null } | undefined {
  const titles = headings(doc).filter((h) => TWO_FACTOR.test(textOf(h)) && textOf(h).length < 80);
  for (const title of titles) {
    const section = sectionOf(title);
    const controls = [
      ...section.querySelectorAll('input[type="checkbox"],[role="switch"],[aria-checked],button,a[role="button"],a'),
    ].filter(visible);
    let status: 'on' | 'off' | undefined;
    let control: Element | null = null;
    for (const candidate of controls) {
      const state = switchState(candidate);
      if (state !== undefined) {
        status = state;
        control = candidate;
        break;
      }
    }
    if (status === undefined) {
      const labels = [...section.querySelectorAll('*')]
        .filter((el) => el.children.length === 0 && visible(el))
        .map(textOf);
      if (labels.some((t) => ON.test(t))) status = 'on';
      else if (labels.some((t) => OFF.test(t))) status = 'off';
      const action = controls.find((c) =>
        /^(turn on|enable|set up|get started|activate|turn off|disable|manage|edit|change)/i.test(textOf(c)),
      );
      if (status === undefined && action && /^(turn on|enable|set up|get started|activate)/i.test(textOf(action)))
        status = 'off';
      if (status === undefined && action && /^(turn off|disable)/i.test(textOf(action))) status = 'on';
      control = action ?? null;
    }
    if (status === undefined) continue;
    const text = textOf(section);
    const method =
      status === 'on' ? METHODS.find(([, pattern]) => pattern.test(methodText(section, text)))?.[0] : undefined;
    return { status, method, control };
  }
  return undefined;
}

/** The words that say which method is in use: the selected option, else the section's text. */
function methodText(section: Element, fallback: string): string {
  const selected = [
    ...section.querySelectorAll(
      'input[type="radio"]:checked, [aria-selected="true"], [aria-checked="true"][role="radio"], option:checked',
    ),
  ];
  const labels = selected.map(
    (el) => textOf(el.closest('label') ?? el.parentElement ?? el) || el.getAttribute('aria-label') || '',
  );
  return labels.join(' ') || fallback;
}

function detectSharedUsers(doc: Document, owner: Set<string>): Findings['sharedUsers'] | undefined {
  const titles = headings(doc).filter((h) => SHARED.test(textOf(h)) && textOf(h).length < 80);
  for (const title of titles) {
    const section = sectionOf(title);
    const emails = [...new Set((textOf(section).match(EMAIL) ?? []).map((e) => e.toLowerCase()))].filter(
      (e) => !owner.has(e),
    );
    if (emails.length > 0) return { count: emails.length, emails };
  }
  return undefined;
}

/** Emails shown as the signed-in account (header, "signed in as"), not as people with access. */
function ownerEmails(doc: Document): Set<string> {
  const places = [
    ...doc.querySelectorAll('header, nav, [class*="account" i], [class*="profile" i], [data-testid*="account" i]'),
  ];
  const owner = new Set<string>();
  for (const place of places) {
    if (place.closest('main') && !/signed in as|logged in as|account owner|\(you\)|owner/i.test(textOf(place)))
      continue;
    for (const email of textOf(place).match(EMAIL) ?? []) owner.add(email.toLowerCase());
  }
  for (const el of doc.querySelectorAll('*')) {
    if (el.children.length === 0 && /\(you\)|\(owner\)|account owner/i.test(textOf(el.parentElement))) {
      for (const email of textOf(el.parentElement).match(EMAIL) ?? []) owner.add(email.toLowerCase());
    }
  }
  return owner;
}

function detectLinked(doc: Document): Findings['linked'] | undefined {
  const linked: Findings['linked'] = {};
  const rows = [
    ...doc.querySelectorAll(
      'li, tr, [role="listitem"], [role="row"], section, article, [class*="card" i], [class*="row" i], [class*="item" i]',
    ),
  ].filter(visible);
  for (const [service, pattern] of Object.entries(SERVICE_NAMES) as Array<[LinkedService, RegExp]>) {
    // The smallest block that names the service and shows a state for it.
    const blocks = rows.filter((row) => pattern.test(textOf(row))).sort((a, b) => textOf(a).length - textOf(b).length);
    for (const block of blocks) {
      const text = textOf(block);
      if (
        Object.keys(SERVICE_NAMES).filter((s) => SERVICE_NAMES[s as LinkedService].test(text)).length > 1 &&
        blocks.length > 1
      )
        continue;
      const state = [...block.querySelectorAll('input[type="checkbox"],[role="switch"],[aria-checked]')]
        .map(switchState)
        .find((s) => s !== undefined);
      if (state !== undefined) {
        linked[service] = state === 'on';
        break;
      }
      if (
        /\b(unlink|disconnect|disable skill|remove|revoke|connected|linked|enabled|active)\b/i.test(text) &&
        !/\bnot (linked|connected)\b/i.test(text)
      ) {
        linked[service] = !/^(link|connect|enable)\b/i.test(
          textOf([...block.querySelectorAll('button, a')].filter(visible)[0] ?? null),
        );
        break;
      }
      if (/\b(link|connect|enable|set up|not linked|not connected)\b/i.test(text)) {
        linked[service] = false;
        break;
      }
    }
  }
  return Object.keys(linked).length > 0 ? linked : undefined;
}

export function detect(doc: Document, url: URL, vendor: Pick<VendorMatch, 'pages'>): Detection {
  const kinds = new Set<PageKind>(pageKindsFromPatterns(vendor.pages, url));
  const text = textOf(doc.body);
  const titleText = headings(doc).map(textOf).join(' | ');
  const passwords = inputs(doc, 'input[type="password"]');
  const newPasswords = passwords.filter((p) => p.autocomplete.includes('new-password'));
  const currentPasswords = passwords.filter((p) => p.autocomplete.includes('current-password'));

  if (passwords.length > 0) {
    if (currentPasswords.length > 0 && newPasswords.length > 0) kinds.add('password-change');
    else if (passwords.length >= 2 && CHANGE_PASSWORD.test(titleText)) kinds.add('password-change');
    else if (newPasswords.length > 0 || (passwords.length >= 2 && SIGN_UP.test(titleText))) kinds.add('sign-up');
    else if (passwords.length === 1 && !SIGN_UP.test(titleText)) kinds.add('login');
    else if (passwords.length === 1) kinds.add('sign-up');
  }
  const codes = codeInputs(doc);
  if (passwords.length === 0 && codes.length > 0 && codes.length <= 8 && CHALLENGE.test(text))
    kinds.add('two-factor-challenge');

  const findings: Findings = { kinds: [] };
  let twoFactorControl: Element | null = null;
  if (!kinds.has('two-factor-challenge')) {
    const twoFactor = detectTwoFactor(doc);
    if (twoFactor?.status !== undefined) {
      kinds.add('two-factor-settings');
      findings.twoFactor = twoFactor.method
        ? { status: twoFactor.status, method: twoFactor.method }
        : { status: twoFactor.status };
      twoFactorControl = twoFactor.control;
    }
  }
  const shared = detectSharedUsers(doc, ownerEmails(doc));
  if (shared) {
    kinds.add('shared-users');
    findings.sharedUsers = shared;
  }
  if (LINKED.test(titleText)) {
    const linked = detectLinked(doc);
    if (linked) {
      kinds.add('linked-services');
      findings.linked = linked;
    }
  }
  if (DEVICES.test(titleText) && /firmware/i.test(text)) kinds.add('devices');
  if (PRIVACY.test(titleText) && doc.querySelector('input[type="checkbox"],[role="switch"],select,input[type="range"]'))
    kinds.add('privacy');

  findings.kinds = [...kinds].sort();
  return { findings, twoFactorControl };
}
