/**
 * On pages that are no vendor's (only while the user turned the router check or the look-alike
 * warning on): once the page shows a password field, ask the background what this page is. A
 * router admin page gets its typed admin password compared with the brand's factory passwords
 * (in the background; nothing kept); a look-alike login page gets a strong warning. Both come
 * back as the page's banner.
 */
import { send } from '../../shared/messaging';
import { watchPage } from '../page-watch';
import { passwordInputs, scopeOf } from './passwords/fields';
import type { Feature, PageContext } from './types';

/** How often one page asks again whether it is a look-alike (its title or route changed). */
const MAX_HELLOS = 30;

function signals() {
  const form = document.querySelector<HTMLFormElement>('form:has(input[type="password"])');
  const logoAlts = [...document.querySelectorAll('img')]
    .map((img) => img.alt.trim())
    .filter(Boolean)
    .slice(0, 10)
    .map((alt) => alt.slice(0, 200));
  return {
    title: document.title.slice(0, 300),
    logoAlts,
    ...(form?.action ? { formAction: form.action.slice(0, 500) } : {}),
  };
}

function checkRouterPasswords(page: PageContext, signal: AbortSignal): void {
  let last = '';
  const check = (password: string) => {
    if (password === '' || password === last || signal.aborted) return;
    last = password;
    void send('router/password', { page: page.token, password }).catch(() => undefined);
  };
  // Compared when the form is sent, or when the user leaves the field after typing.
  const fieldOf = (scope: ParentNode) => passwordInputs(scope)[0]?.value ?? '';
  document.addEventListener(
    'submit',
    (e) => e.isTrusted && e.target instanceof HTMLFormElement && check(fieldOf(e.target)),
    {
      capture: true,
      signal,
    },
  );
  document.addEventListener(
    'change',
    (e) => {
      const input = e.target;
      if (e.isTrusted && input instanceof HTMLInputElement && input.type === 'password') check(fieldOf(scopeOf(input)));
    },
    { capture: true, signal },
  );
}

async function run(page: PageContext, signal: AbortSignal): Promise<void> {
  // Nothing happens on pages without a password field.
  await new Promise<void>((resolve) => {
    if (passwordInputs(document).length > 0) return resolve();
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { once: true });
    watchPage(() => {
      if (passwordInputs(document).length > 0) {
        stop.abort();
        resolve();
      }
    }, stop.signal);
  });
  if (signal.aborted) return;
  let sent = signals();
  const mode = await send('offsite/hello', { page: page.token, ...sent });
  if (mode.mode === 'router') return checkRouterPasswords(page, signal);
  if (mode.mode === 'lookalike') return; // warned
  // A page may name the vendor only later (a title set after load, a single-page app's next
  // route): ask again when what the page says changes, a bounded number of times.
  let asked = 1;
  watchPage(() => {
    const now = signals();
    if (asked >= MAX_HELLOS || JSON.stringify(now) === JSON.stringify(sent)) return;
    asked += 1;
    sent = now;
    void send('offsite/hello', { page: page.token, ...now })
      .then((again) => {
        if (again.mode === 'lookalike') asked = MAX_HELLOS; // warned: nothing more to ask
      })
      .catch(() => undefined);
  }, signal);
}

export const offsite = {
  id: 'offsite',
  where: 'offsite',
  topFrameOnly: true,
  init: ({ page, signal }: { page: PageContext; signal: AbortSignal }) => run(page, signal),
} as const satisfies Feature;
