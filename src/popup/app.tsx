import { useEffect, useState } from 'preact/hooks';
import { formatDate, t } from '../shared/i18n';
import type { Overview } from '../shared/messages';
import { MessageError, send } from '../shared/messaging';

type State = { status: 'loading' } | { status: 'error'; code: string } | { status: 'ready'; overview: Overview };

export function App({ tabId }: { tabId: Promise<number | undefined> }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    tabId
      .then((id) => send('overview/get', id === undefined ? {} : { tabId: id }))
      .then((overview) => setState({ status: 'ready', overview }))
      .catch((error: unknown) =>
        setState({ status: 'error', code: error instanceof MessageError ? error.code : 'internal' }),
      );
  }, [tabId]);

  return (
    <>
      <header class="top">
        <img class="logo" src="/icons/icon-32.png" alt="" width={24} height={24} />
        <h1>{t('popupHeading')}</h1>
      </header>
      {state.status === 'loading' && <p aria-busy="true">{t('popupLoading')}</p>}
      {state.status === 'error' && (
        <p class="error" role="alert">
          {t('popupLoadError', state.code)}
        </p>
      )}
      {state.status === 'ready' && <OverviewView overview={state.overview} />}
    </>
  );
}

function OverviewView({ overview }: { overview: Overview }) {
  return (
    <>
      {overview.resets.length > 0 && (
        <p class="warning" role="alert">
          {t('popupResetNotice', overview.resets.map((r) => r.key).join(', '))}
        </p>
      )}
      <p class="current" data-vendor={overview.current?.id ?? ''}>
        {overview.current ? t('popupCurrentVendor', overview.current.name) : t('popupNoVendor')}
      </p>
      <section aria-labelledby="seen-heading">
        <h2 id="seen-heading">{t('popupSeenHeading')}</h2>
        {overview.seen.length === 0 ? (
          <p class="empty">{t('popupSeenEmpty')}</p>
        ) : (
          <ul class="vendors">
            {overview.seen.map((vendor) => (
              <li key={vendor.id} data-vendor={vendor.id}>
                <span class="name">{vendor.name}</span>
                <span class="meta">{t('popupLastVisit', formatDate(vendor.lastSeen))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
