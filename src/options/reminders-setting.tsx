/** How often HomeGuard asks for a new review, and whether it may show a notification for it. */
import { useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import type { SettingsView } from '../shared/messages';

const INTERVALS = [0, 30, 60, 90, 180, 365];

export function RemindersSetting(props: {
  settings: SettingsView | null;
  /** Saves a change and answers with the settings as stored (null if saving failed). */
  onChange: (change: Partial<SettingsView>) => Promise<SettingsView | null>;
}) {
  const [denied, setDenied] = useState(false);
  const settings = props.settings;
  const toggleNotifications = (on: boolean) => {
    setDenied(false);
    if (!on) {
      void props
        .onChange({ reminderNotifications: false })
        // Only once it is saved off: otherwise reminders would stay on without their permission.
        .then((stored) => stored && browser.permissions.remove({ permissions: ['notifications'] }));
      return;
    }
    // Asked in the click's own task, before anything is awaited.
    void browser.permissions.request({ permissions: ['notifications'] }).then((granted) => {
      if (granted) void props.onChange({ reminderNotifications: true });
      else setDenied(true);
    });
  };
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
      <label class="toggle">
        <input
          type="checkbox"
          name="reminderNotifications"
          disabled={settings === null || settings.reminderDays === 0}
          checked={settings?.reminderNotifications ?? false}
          onChange={(event) => toggleNotifications(event.currentTarget.checked)}
        />
        <span>{t('optionsReminderNotify')}</span>
      </label>
      <p class="hint">{t('optionsReminderHint')}</p>
      {denied && (
        <p class="error" role="alert">
          {t('optionsNotifyDenied')}
        </p>
      )}
    </section>
  );
}
