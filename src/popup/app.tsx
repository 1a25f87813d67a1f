import { useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Overview } from '../shared/messages';
import { MessageError, send } from '../shared/messaging';
import { OverviewView } from './overview';
import { ReputationView } from './reputation';

type State = { status: 'loading' } | { status: 'error'; code: string } | { status: 'ready'; overview: Overview };
type View = 'checkup' | 'vendors';

/** `overview` is the first one, asked for as the popup opened; later ones follow a change. */
export function App({ tab, overview }: { tab: number | 'active'; overview: Promise<Overview> }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [view, setView] = useState<View>('checkup');
  const [version, setVersion] = useState(0);
  // Subscribed as the app mounts, not after the next frame: an overview that came while the
  // interface loaded is on screen at the first paint, with no loading line before it.
  useLayoutEffect(() => {
    const asked = version === 0 ? overview : send('overview/get', { tabId: tab });
    asked
      .then((overview) => setState({ status: 'ready', overview }))
      .catch((error: unknown) =>
        setState({ status: 'error', code: error instanceof MessageError ? error.code : 'internal' }),
      );
  }, [tab, overview, version]);

  return (
    <>
      <header class="top">
        <img class="logo" src="/icons/icon-32.png" alt="" width={24} height={24} />
        <h1>{t('popupHeading')}</h1>
      </header>
      {state.status === 'ready' && state.overview.lookalike && <LookalikeAlert warning={state.overview.lookalike} />}
      <nav class="views" aria-label={t('popupViewsLabel')}>
        <ViewButton view="checkup" current={view} onSelect={setView} label={t('popupViewCheckup')} />
        <ViewButton view="vendors" current={view} onSelect={setView} label={t('popupViewVendors')} />
      </nav>
      {state.status === 'loading' && <p aria-busy="true">{t('popupLoading')}</p>}
      {state.status === 'error' && (
        <p class="error" role="alert">
          {t('popupLoadError', state.code)}
        </p>
      )}
      {state.status === 'ready' && view === 'checkup' && (
        <OverviewView overview={state.overview} onChanged={() => setVersion((v) => v + 1)} />
      )}
      {state.status === 'ready' && view === 'vendors' && <ReputationView currentId={state.overview.current?.id} />}
    </>
  );
}

function ViewButton(props: { view: View; current: View; label: string; onSelect: (view: View) => void }) {
  const selected = props.view === props.current;
  return (
    <button
      type="button"
      data-view={props.view}
      aria-current={selected ? 'page' : undefined}
      onClick={() => props.onSelect(props.view)}
    >
      {props.label}
    </button>
  );
}

/** The tab imitates a vendor's site: said first, where the page cannot reach it. */
function LookalikeAlert({ warning }: { warning: NonNullable<Overview['lookalike']> }) {
  return (
    <section class="lookalike-alert" role="alert" aria-labelledby="lookalike-alert-heading">
      <h2 id="lookalike-alert-heading">{t('popupLookalikeTitle', [warning.vendorName, warning.realHost])}</h2>
      <p>{t('popupLookalikeBody', [warning.host, warning.vendorName])}</p>
      <a class="go" href={`https://${warning.realHost}/`} target="_blank" rel="noreferrer">
        {t('popupLookalikeGo', warning.realHost)}
      </a>
    </section>
  );
}
