import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { SettingsView } from '../shared/messages';
import { MessageError, send } from '../shared/messaging';
import { Toggle } from './access-switch';
import { BreachSetting } from './breach-setting';
import { DataSection } from './data-section';
import { DataSources } from './data-sources';
import { MutedSites } from './muted-sites';
import { LookalikeSetting, RouterSetting } from './offsite-settings';
import { RemindersSetting } from './reminders-setting';
import { VendorAccess } from './vendor-access';

type State = { status: 'loading' } | { status: 'error'; code: string } | { status: 'ready'; settings: SettingsView };

function errorCode(error: unknown): string {
  return error instanceof MessageError ? error.code : 'internal';
}

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const reload = () =>
    send('settings/get', {})
      .then((settings) => setState({ status: 'ready', settings }))
      .catch((error: unknown) => setState({ status: 'error', code: errorCode(error) }));
  useEffect(() => void reload(), []);

  /** Saves a change; answers with the settings as stored (null when saving failed and was shown). */
  const update = (change: Partial<SettingsView>): Promise<SettingsView | null> =>
    send('settings/update', change).then(
      (settings) => (setState({ status: 'ready', settings }), settings),
      (error: unknown) => (setState({ status: 'error', code: errorCode(error) }), null),
    );

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {state.status === 'error' && (
        <p class="error" role="alert">
          {t('optionsLoadError', state.code)}
        </p>
      )}
      <section aria-labelledby="banners-heading">
        <h2 id="banners-heading">{t('optionsBannersHeading')}</h2>
        <Toggle
          name="bannersEnabled"
          label={t('optionsBannersLabel')}
          disabled={state.status !== 'ready'}
          checked={state.status === 'ready' && state.settings.bannersEnabled}
          onToggle={(on) => void update({ bannersEnabled: on })}
        />
        <p class="hint">{t('optionsBannersHint')}</p>
      </section>
      <BreachSetting
        settings={state.status === 'ready' ? state.settings : null}
        onChange={(on) => update({ breachCheck: on })}
      />
      <RouterSetting settings={state.status === 'ready' ? state.settings : null} onChange={update} />
      <LookalikeSetting settings={state.status === 'ready' ? state.settings : null} onChange={update} />
      <RemindersSetting settings={state.status === 'ready' ? state.settings : null} onChange={update} />
      <MutedSites settings={state.status === 'ready' ? state.settings : null} onChanged={reload} />
      <VendorAccess />
      <DataSection />
      <DataSources />
      <p class="privacy-link">
        <a href="/privacy.html" target="_blank">
          {t('optionsPrivacyLink')}
        </a>
      </p>
    </>
  );
}
