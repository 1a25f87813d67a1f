/**
 * Page detection: what kind of vendor page this is and what it shows about the account. Pure: a
 * Document and a URL in, findings out (no messaging, no storage), so every fixture page can be
 * checked in a unit test. Vendor page patterns decide first; generic markup and wording after.
 * Only visible content counts, and navigation menus never do: a menu item named "Shared Users"
 * does not make a page the shared-users page.
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

/** The findings, plus the page's own 2FA control to point at (never sent anywhere). */
export interface Detection {
  findings: Findings;
  twoFactorControl: Element | null;
}

const TWO_FACTOR =
  /two[-\s]?(step|factor)|2[-\s]?(step|factor)|\b2fa\b|\b2sv\b|multi[-\s]?factor|\bmfa\b|login verification|account verification/i;
const CHALLENGE_TEXT =
  /(enter|type)\s+(the|your|a)?\s*(\d[-\s]?digit\s+)?(verification|security|one[-\s]?time|authentication|login|sign[-\s]?in)?\s*(code|passcode)|we (sent|texted|emailed)|(send|get|receive) (a |the |your )?(\d[-\s]?digit )?(security |verification |one[-\s]?time )?code|verification method|verify (it'?s|that it'?s) you|code (was|has been) sent/i;
const SHARED =
  /shared users|sharing|\bshare\b|shared access|people with access|grant access|\bguests?\b|\bfamily\b|\bmembers?\b|\busers\b|\bpeople\b|\bfriends\b|user management|invite/i;
const LINKED =
  /linked (accounts|services|apps)|connected (accounts|services|apps)|works with|third[-\s]?party|integrations|voice assistants?|\bskills\b/i;
/** Sessions (logged-in phones and browsers) are not the device list. */
const SESSIONS = /(client|trusted|authorized|logged[-\s]in|signed[-\s]in) devices/gi;
const DEVICES = /\b(devices?|products|cameras|equipment|base stations?)\b|firmware|software version/i;
/** Text of a device list: firmware or software versions, or a label such as "All Devices". */
const DEVICE_LIST = /firmware|software version|^(all|my) (devices|cameras)$|^device list$/i;
const PRIVACY =
  /privacy|recording|\bhistory\b|motion|\bmodes?\b|video (settings|management)|live view|camera settings/i;
/** Switches that decide what a camera sees, records or keeps. */
const PRIVACY_SWITCH =
  /camera (on|off)|\bstream|record|audio|microphone|motion|privacy|face|history|auto[-\s]?delete|live view|status light/i;
const SIGN_IN = /log\s?in|sign\s?in/i;
const SIGN_UP = /create (an |your )?account|sign\s?up|register/i;
const CHANGE_PASSWORD = /change (your )?password|new password|update (your )?password/i;
const ON_WORDS = /^(on|enabled|active|turned on|activated)$/i;
const OFF_WORDS = /^(off|disabled|not (set up|enabled|active)|inactive|turned off)$/i;
const TURN_ON = /^(turn on|enable|set up|get started|activate|add (a )?method)\b/i;
const TURN_OFF = /^(turn off|disable)\b/i;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const SWITCHES = 'input[type="checkbox"],[role="switch"],[role="checkbox"],[aria-checked],[aria-pressed]';

const SERVICE_NAMES: Record<LinkedService, RegExp> = {
  alexa: /\balexa\b/i,
  'google-assistant': /google assistant|works with google/i,
  ifttt: /\bifttt\b/i,
};
const METHODS: Array<[TwoFactorMethod, RegExp]> = [
  ['totp', /authenticator|authentication app|\btotp\b/i],
  ['security-key', /security key|hardware key|yubikey|fido/i],
  ['passkey', /passkey/i],
  ['push', /push notification|trusted device|approve (the )?(sign[-\s]?in|login)/i],
  ['sms', /text message|\bsms\b/i],
  ['call', /phone call|voice call/i],
  ['email', /\be-?mail\b/i],
];

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Verdicts of one detection run: a page's text nodes share their parents, checked once each. */
let hiddenSeen: Map<Element, boolean> | null = null;
let chromeSeen: Map<Element, boolean> | null = null;

function remembered(seen: Map<Element, boolean> | null, element: Element, check: (e: Element) => boolean): boolean {
  if (seen === null) return check(element);
  let verdict = seen.get(element);
  if (verdict === undefined) seen.set(element, (verdict = check(element)));
  return verdict;
}

function hidden(element: Element): boolean {
  return remembered(hiddenSeen, element, (el) => {
    if (el.closest('[hidden],[aria-hidden="true"],template,script,style')) return true;
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
  });
}

/** Navigation, header and footer chrome: their words are not what the page is about. */
function inChrome(element: Element): boolean {
  return remembered(
    chromeSeen,
    element,
    (el) => el.closest('nav,[role="navigation"],header,footer,[role="banner"],[role="contentinfo"]') !== null,
  );
}

/** The page's titles: main headings and the current navigation item, not menu entries. */
function titles(doc: Document): string[] {
  const found = [
    ...doc.querySelectorAll('h1,h2,h3,[role="heading"],legend,[class*="title" i],[class*="heading" i],header strong'),
  ]
    .filter((el) => !hidden(el) && !el.closest('nav,[role="navigation"],[role="menu"],footer,a,button,li'))
    .map((el) => norm(el.textContent));
  const current = [...doc.querySelectorAll('[aria-current="page"],[aria-current="true"],[aria-selected="true"]')]
    .filter((el) => !hidden(el))
    .map((el) => norm(el.textContent));
  return [...found, ...current, norm(doc.title)].filter((t) => t.length > 0 && t.length < 120);
}

/**
 * Visible text nodes under a root, one string each (words from different elements never run
 * together), with their parents, outside navigation chrome.
 */
function textNodes(root: Element): Array<{ text: string; parent: Element }> {
  const out: Array<{ text: string; parent: Element }> = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = norm(node.nodeValue);
    if (text === '' || parent === null || hidden(parent) || inChrome(parent)) continue;
    out.push({ text, parent });
  }
  return out;
}

/** The texts of those nodes outside elements matching `skip`. */
function textsOutside(nodes: Array<{ text: string; parent: Element }>, skip?: string): string[] {
  return nodes.filter((n) => skip === undefined || !n.parent.closest(skip)).map((n) => n.text);
}

function texts(root: Element, skip?: string): string[] {
  return textsOutside(textNodes(root), skip);
}

function visibleInputs(doc: Document, selector: string): HTMLInputElement[] {
  return [...doc.querySelectorAll<HTMLInputElement>(selector)].filter((input) => !input.disabled && !hidden(input));
}

function codeInputs(doc: Document): HTMLInputElement[] {
  return visibleInputs(doc, 'input:not([type]),input[type="text"],input[type="tel"],input[type="number"]').filter(
    (input) => {
      const hint =
        `${input.getAttribute('autocomplete') ?? ''} ${input.name} ${input.id} ${input.getAttribute('aria-label') ?? ''} ${input.placeholder}`.toLowerCase();
      return (
        hint.includes('one-time-code') ||
        /otp|mfa|2fa|totp|verif|passcode|code|digit|\bpin\b/.test(hint) ||
        (input.inputMode === 'numeric' && input.maxLength > 0 && input.maxLength <= 8)
      );
    },
  );
}

function switchState(control: Element): 'on' | 'off' | undefined {
  if (control.tagName === 'INPUT' && (control as HTMLInputElement).type === 'checkbox') {
    return (control as HTMLInputElement).checked ? 'on' : 'off';
  }
  const state = control.getAttribute('aria-checked') ?? control.getAttribute('aria-pressed');
  return state === 'true' ? 'on' : state === 'false' ? 'off' : undefined;
}

/** Elements whose own short text matches: labels, headings, row titles (not links or menu items). */
function labelsMatching(doc: Document, pattern: RegExp): Element[] {
  return [...doc.body.querySelectorAll('*')].filter((el) => {
    if (el.children.length > 2 || inChrome(el) || el.closest('a,option,button')) return false;
    const text = norm(el.textContent);
    return text.length > 0 && text.length <= 60 && pattern.test(text) && !hidden(el);
  });
}

/** What a 2FA row says: a switch, On/Off words, or a "turn on" / "turn off" button. */
function readTwoFactor(block: Element): { status: 'on' | 'off'; control: Element | null } | undefined {
  for (const control of block.querySelectorAll(SWITCHES)) {
    const state = hidden(control) ? undefined : switchState(control);
    if (state !== undefined) return { status: state, control };
  }
  const words = texts(block);
  if (words.some((w) => ON_WORDS.test(w))) return { status: 'on', control: null };
  if (words.some((w) => OFF_WORDS.test(w))) return { status: 'off', control: null };
  const actions = [...block.querySelectorAll('button,a,[role="button"]')].filter((el) => !hidden(el));
  const turnOn = actions.find((a) => TURN_ON.test(norm(a.textContent)));
  if (turnOn) return { status: 'off', control: turnOn };
  const turnOff = actions.find((a) => TURN_OFF.test(norm(a.textContent)));
  if (turnOff) return { status: 'on', control: turnOff };
  return undefined;
}

/** The method in use: the selected option if there is one, else the first method the row names. */
function methodIn(block: Element): TwoFactorMethod | undefined {
  const selected = [
    ...block.querySelectorAll('input[type="radio"]:checked,[role="radio"][aria-checked="true"],option:checked'),
  ];
  const chosen = selected.map((el) => norm((el.closest('label') ?? el.parentElement ?? el).textContent)).join(' ');
  // Paragraphs describe the options; the row's own labels say which one is in use.
  const text = chosen || texts(block, 'p').join(' ');
  let best: { method: TwoFactorMethod; at: number } | undefined;
  for (const [method, pattern] of METHODS) {
    const at = text.search(pattern);
    if (at >= 0 && (best === undefined || at < best.at)) best = { method, at };
  }
  return best?.method;
}

function methodInRowsAfter(block: Element): TwoFactorMethod | undefined {
  let row = block.nextElementSibling;
  for (let n = 0; row !== null && n < 3; n++, row = row.nextElementSibling) {
    const method = methodIn(row);
    if (method) return method;
  }
  return undefined;
}

function detectTwoFactor(
  doc: Document,
): { status: 'on' | 'off'; method?: TwoFactorMethod; control: Element | null } | undefined {
  for (const label of labelsMatching(doc, TWO_FACTOR)) {
    // Widen from the label to its row or section until it says on or off (at most 4 levels).
    let block: Element | null = label;
    for (let depth = 0; block !== null && depth < 5; depth++, block = block.parentElement) {
      if (block === doc.body) break;
      const read = readTwoFactor(block);
      if (read === undefined) continue;
      // The method may be named in the row or in the rows right after it, never in the rows
      // before (Amazon lists the account's Email row above its 2-step verification row).
      const method = read.status === 'on' ? (methodIn(block) ?? methodInRowsAfter(block)) : undefined;
      return method ? { ...read, method } : read;
    }
  }
  return undefined;
}

/** Addresses of the people listed on a sharing page, not the signed-in owner's. */
function sharedEmails(doc: Document): string[] {
  const emails = new Set<string>();
  const main = doc.querySelector('main,[role="main"]') ?? doc.body;
  const walker = doc.createTreeWalker(main, 4);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent === null || hidden(parent) || inChrome(parent)) continue;
    const row = parent.closest('li,tr,[role="listitem"],[role="row"]') ?? parent.parentElement ?? parent;
    if (/\((you|owner)\)|account owner|signed in as|logged in as/i.test(row.textContent ?? '')) continue;
    for (const email of norm(node.nodeValue).match(EMAIL) ?? []) {
      if (!email.includes('•')) emails.add(email.toLowerCase());
    }
  }
  return [...emails];
}

function detectLinked(doc: Document): Findings['linked'] {
  const linked: Findings['linked'] = {};
  const blocks = [...doc.body.querySelectorAll('li,tr,[role="listitem"],[role="row"],article,section,div')].filter(
    (el) => !inChrome(el) && !hidden(el),
  );
  for (const [service, pattern] of Object.entries(SERVICE_NAMES) as Array<[LinkedService, RegExp]>) {
    // The smallest block naming only this service.
    const own = blocks
      .filter(
        (b) =>
          pattern.test(b.textContent ?? '') &&
          Object.values(SERVICE_NAMES).filter((p) => p.test(b.textContent ?? '')).length === 1,
      )
      .sort((a, b) => (a.textContent ?? '').length - (b.textContent ?? '').length);
    for (const block of own.slice(0, 3)) {
      const state = [...block.querySelectorAll(SWITCHES)].map(switchState).find((s) => s !== undefined);
      const text = norm(block.textContent);
      if (state !== undefined) linked[service] = state === 'on';
      else if (/\b(not (linked|connected)|link account|connect|enable skill)\b/i.test(text)) linked[service] = false;
      else if (/\b(linked|connected|account linked|enabled|unlink|disconnect|disable skill)\b/i.test(text))
        linked[service] = true;
      else continue;
      break;
    }
  }
  return Object.keys(linked).length > 0 ? linked : undefined;
}

/** Switches labelled with what a camera streams, records or keeps. */
function privacySwitches(doc: Document): number {
  return [...doc.querySelectorAll(SWITCHES)].filter((control) => {
    if (hidden(control) || inChrome(control)) return false;
    const labelledBy = control.getAttribute('aria-labelledby');
    const label =
      (labelledBy && doc.getElementById(labelledBy)?.textContent) ||
      control.getAttribute('aria-label') ||
      control.closest('label,li,tr,[role="row"]')?.textContent ||
      control.parentElement?.textContent;
    return PRIVACY_SWITCH.test(norm(label));
  }).length;
}

export function detect(doc: Document, url: URL, vendor: Pick<VendorMatch, 'pages'>): Detection {
  hiddenSeen = new Map();
  chromeSeen = new Map();
  try {
    return detectOnce(doc, url, vendor);
  } finally {
    hiddenSeen = null;
    chromeSeen = null;
  }
}

function detectOnce(doc: Document, url: URL, vendor: Pick<VendorMatch, 'pages'>): Detection {
  const kinds = new Set<PageKind>(pageKindsFromPatterns(vendor.pages, url));
  const heads = titles(doc);

  const headText = heads.join(' | ');
  const bodyNodes = textNodes(doc.body);
  const bodyText = textsOutside(bodyNodes).join(' ');
  const passwords = visibleInputs(doc, 'input[type="password"]');
  const auto = (input: HTMLInputElement) => input.getAttribute('autocomplete') ?? '';
  const newOnes = passwords.filter((p) => auto(p).includes('new-password'));
  const current = passwords.filter((p) => auto(p).includes('current-password'));
  const identifiers = visibleInputs(doc, 'input[type="email"],input[type="text"],input:not([type])').filter((i) =>
    /user|email|login|identifier/i.test(`${auto(i)} ${i.name} ${i.id} ${i.type}`),
  );

  if (passwords.length > 0) {
    if (current.length > 0 && newOnes.length > 0) kinds.add('password-change');
    else if (passwords.length >= 2 && CHANGE_PASSWORD.test(headText)) kinds.add('password-change');
    else if (newOnes.length > 0 || SIGN_UP.test(headText)) kinds.add('sign-up');
    else if (passwords.length === 1) kinds.add('login');
  } else if (identifiers.length > 0 && SIGN_IN.test(headText) && !SIGN_UP.test(headText)) {
    kinds.add('login'); // the first step of an "identifier first" sign-in
  }
  const findings: Findings = { kinds: [] };
  let twoFactorControl: Element | null = null;
  // A code field asked for after sign-in is a challenge; otherwise an on/off 2FA row is settings.
  // The page's own inputs first: most pages have none, and the long wording pattern is not run.
  const codeAsked = passwords.length === 0 && codeInputs(doc).length > 0 && CHALLENGE_TEXT.test(bodyText);
  const twoFactor = codeAsked || kinds.has('login') ? undefined : detectTwoFactor(doc);
  if (twoFactor) {
    kinds.add('two-factor-settings');
    findings.twoFactor = twoFactor.method
      ? { status: twoFactor.status, method: twoFactor.method }
      : { status: twoFactor.status };
    twoFactorControl = twoFactor.control;
  }
  const challenge =
    codeAsked ||
    (!twoFactor &&
      passwords.length === 0 &&
      (visibleInputs(doc, 'input[type="radio"]').length > 0 || TWO_FACTOR.test(headText)) &&
      CHALLENGE_TEXT.test(bodyText));
  if (challenge) kinds.add('two-factor-challenge');
  if (SHARED.test(headText)) {
    const emails = sharedEmails(doc);
    if (emails.length > 0) {
      kinds.add('shared-users');
      findings.sharedUsers = { count: emails.length, emails };
    }
  }
  if (LINKED.test(headText)) {
    const linked = detectLinked(doc);
    if (linked) {
      kinds.add('linked-services');
      findings.linked = linked;
    }
  }
  const formPage = kinds.has('login') || kinds.has('sign-up') || challenge;
  // Links and buttons describe other pages ("My Devices: firmware and removal").
  const deviceList = textsOutside(bodyNodes, 'a,button,[role="menu"]').some((text) => DEVICE_LIST.test(text));
  if (!formPage && (DEVICES.test(headText.replace(SESSIONS, '')) || deviceList)) kinds.add('devices');
  if (
    !formPage &&
    (privacySwitches(doc) > 0 ||
      (PRIVACY.test(headText) && doc.querySelector(`${SWITCHES},select,input[type="range"]`)))
  ) {
    kinds.add('privacy');
  }

  findings.kinds = [...kinds].sort();
  return { findings, twoFactorControl };
}
