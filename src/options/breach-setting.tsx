/**
 * The opt-in breach check. Turning it on asks the browser for access to the range API (and, in
 * Firefox, for the "authentication information" data-collection permission); turning it off
 * gives that access back.
 */
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import type { SettingsView } from '../shared/messages';
import { RANGE_API_ORIGIN } from '../shared/optional-origins';
import { AccessDenied, Toggle, useOptionalAccess } from './access-switch';
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
  const { denied, ask, release } = useOptionalAccess();
  const toggle = (on: boolean) =>
    on
      ? ask(request() as never, () => props.onChange(true))
      : void release(
          () => props.onChange(false),
          async (stored) => {
            // Firefox: with the data-collection consent. Then whatever no feature needs any more,
            // including all-sites access a browser kept for the range API.
            if (isFirefox()) await browser.permissions.remove(request() as never);
            await giveBackUnneeded(stored);
          },
        );

  return (
    <section aria-labelledby="breach-heading">
      <h2 id="breach-heading">{t('optionsBreachHeading')}</h2>
      <Toggle
        name="breachCheck"
        label={t('optionsBreachLabel')}
        disabled={settings === null}
        checked={settings?.breachCheck ?? false}
        onToggle={toggle}
      />
      <p class="hint">{t('optionsBreachExplain')}</p>
      <p class="hint">{t('optionsBreachOff')}</p>
      <AccessDenied shown={denied} text={t('optionsBreachDenied')} />
    </section>
  );
}
