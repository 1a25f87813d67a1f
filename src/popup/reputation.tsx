/**
 * The vendors' track records (the standard advice's step 2, "know the vendor's reputation"):
 * 2FA methods, whether 2FA is required, and past incidents, each with its source. The vendor
 * database is loaded only when this view opens, so the popup's first paint stays small.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDate, formatMonth, t, type MessageKey } from '../shared/i18n';
import { METHOD_LABELS } from '../shared/labels';
import { compareVendorNames } from '../vendors/names';
import { known, type Fact, type SourceTier, type Vendor } from '../vendors/schema';
import { Age } from './age';
import { prose } from './prose';

/** The current tab's vendor first, then the rest by name. */
export function orderVendors(vendors: readonly Vendor[], currentId: string | undefined): Vendor[] {
  return [...vendors].sort(
    (a, b) => Number(b.id === currentId) - Number(a.id === currentId) || compareVendorNames(a.name, b.name),
  );
}

export function ReputationView({ currentId }: { currentId: string | undefined }) {
  const [vendors, setVendors] = useState<Vendor[] | null>(null);
  useEffect(() => {
    void import('../vendors').then(({ VENDORS }) => setVendors(orderVendors(VENDORS, currentId)));
  }, [currentId]);

  return (
    <section aria-labelledby="vendors-heading">
      <h2 id="vendors-heading">{t('vendorsHeading')}</h2>
      <p class="intro">{t('vendorsIntro')}</p>
      {vendors === null ? (
        <p aria-busy="true">{t('popupLoading')}</p>
      ) : (
        <ul class="reputation">
          {vendors.map((vendor) => (
            <li key={vendor.id} data-vendor={vendor.id}>
              <VendorRecord vendor={vendor} expanded={vendor.id === currentId} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function VendorRecord({ vendor, expanded }: { vendor: Vendor; expanded: boolean }) {
  const { methods, mandatory, passkeys } = vendor.twoFactor;
  const methodList = known(methods);
  const required = known(mandatory);
  const passkey = known(passkeys);
  return (
    <details open={expanded}>
      <summary>
        <span class="name">{vendor.name}</span>
        <span class="meta">{t('vendorsIncidentCount', String(vendor.incidents.length))}</span>
      </summary>
      <dl class="facts">
        <dt>{t('vendorsTwoFactorMethods')}</dt>
        <dd data-fact="methods">
          {methodList === undefined
            ? t('notKnown')
            : methodList.length === 0
              ? t('methodsNone')
              : methodList.map((m) => t(METHOD_LABELS[m])).join(', ')}
          <FactSource fact={methods} />
        </dd>
        <dt>{t('vendorsTwoFactorRequired')}</dt>
        <dd data-fact="mandatory">
          {required === undefined
            ? t('notKnown')
            : required === 'some-accounts'
              ? t('vendorsRequiredSome')
              : required
                ? t('yes')
                : t('no')}
          <FactSource fact={mandatory} />
        </dd>
        <dt>{t('vendorsPasskeys')}</dt>
        <dd data-fact="passkeys">
          {passkey === undefined
            ? t('notKnown')
            : passkey.signIn
              ? t('vendorsPasskeySignIn')
              : passkey.secondStep
                ? t('vendorsPasskeySecondStep')
                : t('no')}
          <FactSource fact={passkeys} />
        </dd>
      </dl>
      <h3>{t('vendorsIncidents')}</h3>
      {vendor.incidents.length === 0 ? (
        <p class="meta">{t('vendorsNoIncidents')}</p>
      ) : (
        <ol class="incidents">
          {vendor.incidents.map((incident) => (
            <li key={incident.date + incident.summary}>
              <time dateTime={incident.date}>{formatMonth(incident.date)}</time> {prose(incident.summary)}{' '}
              <a href={incident.source} target="_blank" rel="noreferrer">
                {t(TIER_LABELS[incident.tier])}
              </a>
              <Age checked={incident.checked} />
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

/** How the source of a fact is named: the kind of source it is. */
const TIER_LABELS: Record<SourceTier, MessageKey> = {
  vendor: 'tierVendor',
  directory: 'tierDirectory',
  regulator: 'tierRegulator',
  researcher: 'tierResearcher',
  press: 'tierPress',
  community: 'tierCommunity',
};

function FactSource<T>({ fact }: { fact: Fact<T> }) {
  if ('unknown' in fact) return null;
  const title = fact.checked ? t('vendorsChecked', formatDate(fact.checked)) : t('factFromDirectory');
  return (
    <>
      {' '}
      <a class="source" href={fact.source} target="_blank" rel="noreferrer" title={title}>
        {t(TIER_LABELS[fact.tier])}
      </a>
      <Age checked={fact.checked} />
    </>
  );
}
