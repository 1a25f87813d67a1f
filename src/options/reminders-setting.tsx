/** How often HomeGuard asks for a new review, and whether it may show a notification for it. */
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import type { SettingsView } from '../shared/messages';
import { AccessDenied, Toggle, useOptionalAccess } from './access-switch';

const INTERVALS = [0, 30, 60, 90, 180, 365];

export function RemindersSetting(props: {
  settings: SettingsView | null;
  /** Saves a change and answers with the settings as stored (null if saving failed). */
  onChange: (change: Partial<SettingsView>) => Promise<SettingsView | null>;
}) {
  const { denied, ask, release } = useOptionalAccess();
  const settings = props.settings;
  const notifications = { permissions: ['notifications' as const] };
  const toggleNotifications = (on: boolean) =>
    on
      ? ask(notifications, () => props.onChange({ reminderNotifications: true }))
      : void release(
          () => props.onChange({ reminderNotifications: false }),
          () => browser.permissions.remove(notifications),
        );
  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('optionsRemindersHeading')}</h2>
      <label class="field">
        {t('optionsReminderInterval')}{' '}
        <select
          name="reminderDays"
          disabled={settings === null}
          value={String(settings?.reminderDays ?? 90)}
          onChange={(event) => void props.onChange({ reminderDays: Number(event.currentTarget.value) })}
        >
          {INTERVALS.map((days) => (
            <option key={days} value={String(days)}>
              {days === 0 ? t('optionsReminderOff') : t('optionsReminderDays', String(days))}
            </option>
          ))}
        </select>
      </label>
      <Toggle
        name="reminderNotifications"
        label={t('optionsReminderNotify')}
        disabled={settings === null || settings.reminderDays === 0}
        checked={settings?.reminderNotifications ?? false}
        onToggle={toggleNotifications}
      />
      <p class="hint">{t('optionsReminderHint')}</p>
      <AccessDenied shown={denied} text={t('optionsNotifyDenied')} />
    </section>
  );
}
