/**
 * The opt-in breach check. Turning it on asks the browser for access to the range API (and, in
 * Firefox, for the "authentication information" data-collection permission); turning it off
 * gives that access back.
 */
import { useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import type { SettingsView } from '../shared/messages';
import { RANGE_API_ORIGIN } from '../shared/optional-origins';
import { giveBackUnneeded, isFirefox } from './optional-access';

// Firefox's data-collection consent; Chrome rejects the unknown key, so it is sent to Firefox only.
const request = () =>
  isFirefox()
    ? { origins: [RANGE_API_ORIGIN], data_collection: ['authenticationInfo'] }
    : { origins: [RANGE_API_ORIGIN] };

export function BreachSetting(props: {
  settings: SettingsView | null;
  /** Saves the switch and answers with the settings as stored (null if saving failed). */
  onChange: (on: boolean) => Promise<SettingsView | null>;
}) {
  const { settings } = props;
  const [denied, setDenied] = useState(false);

  function toggle(on: boolean) {
    setDenied(false);
    if (!on) {
      void props.onChange(false).then(async (stored) => {
        if (!stored) return; // not saved: the check stays on, and keeps its access
        // Firefox: with the data-collection consent. Then whatever no feature needs any more,
        // including all-sites access a browser kept for the range API.
        if (isFirefox()) await browser.permissions.remove(request() as never);
        await giveBackUnneeded(stored);
      });
      return;
    }
    // permissions.request must run in the click's own task, before anything is awaited.
    void browser.permissions.request(request() as never).then((granted) => {
      if (granted) void props.onChange(true);
      else setDenied(true);
    });
  }

  return (
    <section aria-labelledby="breach-heading">
      <h2 id="breach-heading">{t('optionsBreachHeading')}</h2>
      <label class="toggle">
        <input
          type="checkbox"
          name="breachCheck"
          disabled={settings === null}
          checked={settings?.breachCheck ?? false}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        <span>{t('optionsBreachLabel')}</span>
      </label>
      <p class="hint">{t('optionsBreachExplain')}</p>
      <p class="hint">{t('optionsBreachOff')}</p>
      {denied && (
        <p class="error" role="alert">
          {t('optionsBreachDenied')}
        </p>
      )}
    </section>
  );
}
