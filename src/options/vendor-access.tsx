/**
 * The vendors added since the first release, each with a switch: on asks the browser for the
 * vendor's hosts (the background then registers the content script there), off gives them back.
 * The popup offers them one at a time; here the user sees and changes all of them at once.
 */
import { useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { OPTIONAL_VENDOR_ACCESS } from '../vendors/optional-vendors';
import { AccessDenied, Toggle, useAccessChanges, useOptionalAccess } from './access-switch';

export function VendorAccess() {
  const [held, setHeld] = useState<Record<string, boolean> | null>(null);
  const { denied, ask } = useOptionalAccess();
  const refresh = () =>
    void Promise.all(
      OPTIONAL_VENDOR_ACCESS.map(async (a) => [a.vendorId, await browser.permissions.contains({ origins: a.origins })]),
    ).then((entries) => setHeld(Object.fromEntries(entries)));
  useAccessChanges(refresh);
  if (OPTIONAL_VENDOR_ACCESS.length === 0) return null;
  return (
    <section aria-labelledby="vendor-access-heading">
      <h2 id="vendor-access-heading">{t('optionsVendorAccessHeading')}</h2>
      <p class="hint">{t('optionsVendorAccessIntro')}</p>
      <ul class="vendor-access">
        {OPTIONAL_VENDOR_ACCESS.map((access) => (
          <li key={access.vendorId} data-vendor={access.vendorId}>
            <Toggle
              name={`vendor-${access.vendorId}`}
              label={t('optionsVendorAccessLabel', [access.vendorName, access.hosts.join(', ')])}
              disabled={held === null}
              checked={held?.[access.vendorId] === true}
              onToggle={(on) =>
                on
                  ? ask({ permissions: ['scripting'], origins: access.origins }, refresh)
                  : void browser.permissions.remove({ origins: access.origins }).then(refresh)
              }
            />
          </li>
        ))}
      </ul>
      <AccessDenied shown={denied} text={t('popupAccessOfferDeclined')} />
    </section>
  );
}
