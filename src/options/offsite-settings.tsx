/**
 * The two features that work outside the vendors' sites, each off until turned on here, each
 * asking the browser for exactly the access it needs: the router check (router admin pages) and
 * the look-alike warning (every site, to see login forms).
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { SettingsView } from '../shared/messages';
import { ALL_SITES } from '../shared/optional-origins';
import { isAllowedRouterHost, routerMatches } from '../shared/router-hosts';
import { AccessDenied, Toggle, useAccessChanges, useOptionalAccess } from './access-switch';
import { giveBackUnneeded, holdsAllSites } from './optional-access';

type Props = {
  settings: SettingsView | null;
  /** Saves a change and answers with the settings as stored (null if saving failed). */
  onChange: (change: Partial<SettingsView>) => Promise<SettingsView | null>;
};

/** What a feature asks for: the content-script API and the pages it runs on. */
const accessTo = (origins: string[]) => ({ permissions: ['scripting' as const], origins });

export function RouterSetting({ settings, onChange }: Props) {
  const { denied, ask, release } = useOptionalAccess();
  const [host, setHost] = useState('');
  const [invalid, setInvalid] = useState(false);
  const hosts = settings?.routerHosts ?? [];
  const toggle = (on: boolean) =>
    on
      ? ask(accessTo(routerMatches(hosts)), () => onChange({ routerCheck: true }))
      : void release(() => onChange({ routerCheck: false }), giveBackUnneeded);
  const add = (event: Event) => {
    event.preventDefault();
    const clean = host.trim().toLowerCase();
    // Only router addresses: the check (and the access it asks for) must not reach websites.
    setInvalid(!isAllowedRouterHost(clean));
    if (!isAllowedRouterHost(clean) || hosts.includes(clean)) return;
    ask(accessTo(routerMatches([clean])), () => onChange({ routerHosts: [...hosts, clean] }).then(() => setHost('')));
  };
  return (
    <section aria-labelledby="router-heading">
      <h2 id="router-heading">{t('optionsRouterHeading')}</h2>
      <Toggle
        name="routerCheck"
        label={t('optionsRouterLabel')}
        disabled={settings === null}
        checked={settings?.routerCheck ?? false}
        onToggle={toggle}
      />
      <p class="hint">{t('optionsRouterExplain')}</p>
      {settings?.routerCheck && (
        <form class="field" onSubmit={add}>
          <label>
            {t('optionsRouterAddHost')}{' '}
            <input
              type="text"
              name="routerHost"
              value={host}
              placeholder="192.168.178.1"
              onInput={(e) => setHost(e.currentTarget.value)}
            />
          </label>{' '}
          <button type="submit">{t('addVendorButton')}</button>
          {invalid && (
            <p class="error" role="alert">
              {t('optionsRouterHostInvalid')}
            </p>
          )}
          {hosts.length > 0 && <p class="hint">{t('optionsRouterHosts', hosts.join(', '))}</p>}
        </form>
      )}
      <AccessDenied shown={denied} text={t('optionsAccessDenied')} />
    </section>
  );
}

export function LookalikeSetting({ settings, onChange }: Props) {
  const { denied, ask, release } = useOptionalAccess();
  // Chromium gives all-sites access back only together with the other features' narrower access:
  // follow what the browser really holds, except while this switch is still giving it back.
  const [accessKept, setAccessKept] = useState(false);
  const [givingBack, setGivingBack] = useState(false);
  useAccessChanges(() => void holdsAllSites().then(setAccessKept));
  const off = settings !== null && !settings.lookalikeWarnings;
  const toggle = (on: boolean) => {
    if (on) return ask(accessTo(ALL_SITES), () => onChange({ lookalikeWarnings: true }));
    setGivingBack(true);
    void release(() => onChange({ lookalikeWarnings: false }), giveBackUnneeded)
      .then(holdsAllSites)
      .then(setAccessKept)
      .finally(() => setGivingBack(false));
  };
  return (
    <section aria-labelledby="lookalike-heading">
      <h2 id="lookalike-heading">{t('optionsLookalikeHeading')}</h2>
      <Toggle
        name="lookalikeWarnings"
        label={t('optionsLookalikeLabel')}
        disabled={settings === null}
        checked={settings?.lookalikeWarnings ?? false}
        onToggle={toggle}
      />
      <p class="hint">{t('optionsLookalikeExplain')}</p>
      {off && accessKept && !givingBack && (
        <p class="hint" role="status">
          {t('optionsLookalikeAccessKept')}
        </p>
      )}
      <AccessDenied shown={denied} text={t('optionsAccessDenied')} />
    </section>
  );
}
