import { formatDate, t } from '../shared/i18n';
import { useState } from 'preact/hooks';
import { useOptionalAccess } from '../options/access-switch';
import type { AccessOffer, Overview } from '../shared/messages';
import { send } from '../shared/messaging';
import { renderText } from '../shared/labels';
import { ChecklistItemView } from './checklist-item';
import { PasswordLine } from './password-line';
import { TwoFactorLine } from './two-factor';
import { Standing } from './standing';
import { ReviewLine, VendorChecklistView } from './vendor-checklist';

/**
 * The checkup: the riskiest actions first, every account with where it stands and its next step,
 * the home network, adding a vendor.
 */
export function OverviewView({ overview, onChanged }: { overview: Overview; onChanged: () => void }) {
  const [opened, setOpened] = useState<{ vendorId: string; itemId: string | null } | null>(null);
  const [homeItem, setHomeItem] = useState<string | null>(null);
  const account = overview.seen.find((a) => a.id === opened?.vendorId);
  if (account)
    return (
      <VendorChecklistView
        account={account}
        openItem={opened?.itemId ?? null}
        onBack={() => (setOpened(null), onChanged())}
        onChanged={onChanged}
      />
    );
  const openAction = (action: Overview['topActions'][number]) => {
    if (action.vendorId !== null) setOpened({ vendorId: action.vendorId, itemId: action.itemId });
    else {
      setHomeItem(action.itemId);
      document.getElementById('home-heading')?.scrollIntoView();
    }
  };
  const markHome = (item: string, done: boolean) =>
    void send('checklist/mark', { item: item as never, done }).then(onChanged);
  return (
    <>
      {overview.resets.length > 0 && (
        <p class="warning" role="alert">
          {t('popupResetNotice', overview.resets.map((r) => r.key).join(', '))}
        </p>
      )}
      {overview.muteRequest && <MuteConfirm vendor={overview.muteRequest} onChanged={onChanged} />}
      <p class="current" data-vendor={overview.current?.id ?? ''}>
        {overview.current ? t('popupCurrentVendor', overview.current.name) : t('popupNoVendor')}
      </p>
      {overview.seen.length > 0 && (
        <>
          <p class="overall">
            {t('overallScore')}: <Standing counts={overview.household} />
          </p>
          <TopActions actions={overview.topActions} onOpen={openAction} />
        </>
      )}
      <section aria-labelledby="seen-heading">
        <h2 id="seen-heading">{t('popupSeenHeading')}</h2>
        {overview.seen.length === 0 ? (
          <div class="empty">
            <p>{t('popupEmptyIntro')}</p>
            <p>{t('popupSeenEmpty')}</p>
          </div>
        ) : (
          <ul class="vendors">
            {overview.seen.map((vendor) => {
              const next = vendor.checklist.items.find((item) => item.id === vendor.checklist.next);
              return (
                <li key={vendor.id} data-vendor={vendor.id}>
                  <div class="row">
                    <span class="name">{vendor.name}</span>
                  </div>
                  <Standing counts={vendor.checklist.counts} />
                  <p class="meta">
                    {vendor.addedByHand ? t('popupAddedByHand') : t('popupLastVisit', formatDate(vendor.lastSeen))}
                  </p>
                  {vendor.appOnly && <p class="meta app-only">{t('popupAppOnlyMeta')}</p>}
                  <ReviewLine review={vendor.review} />
                  <TwoFactorLine vendor={vendor} onChanged={onChanged} />
                  <PasswordLine password={vendor.password} />
                  <button
                    type="button"
                    class="open-checklist"
                    onClick={() => setOpened({ vendorId: vendor.id, itemId: null })}
                  >
                    {next ? t('openChecklistNext', renderText(next.title)) : t('openChecklist')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <AddVendor available={overview.available} onAdded={onChanged} />
      </section>
      {overview.accessOffers[0] && <AccessOfferView offer={overview.accessOffers[0]} onChanged={onChanged} />}
      <section aria-labelledby="home-heading">
        <h2 id="home-heading">{t('homeHeading')}</h2>
        <ul class="checklist">
          {overview.home.map((item) => (
            <ChecklistItemView
              key={item.id}
              item={item}
              open={item.id === homeItem}
              onMark={(done) => markHome(item.id, done)}
            />
          ))}
        </ul>
      </section>
    </>
  );
}

/** "Do these first": the three riskiest to-dos across every account, each one click from its steps. */
function TopActions(props: {
  actions: Overview['topActions'];
  onOpen: (action: Overview['topActions'][number]) => void;
}) {
  return (
    <section class="top-actions" aria-labelledby="top-actions-heading">
      <h2 id="top-actions-heading">{t('topActionsHeading')}</h2>
      {props.actions.length === 0 ? (
        <p class="meta">{t('topActionsNone')}</p>
      ) : (
        <ol>
          {props.actions.map((action) => (
            <li key={`${action.vendorId ?? 'home'}-${action.itemId}`}>
              <button
                type="button"
                class="top-action"
                data-vendor={action.vendorId ?? 'home'}
                data-item={action.itemId}
                onClick={() => props.onOpen(action)}
              >
                <strong>{renderText(action.title)}</strong>
                <span class="meta"> · {action.vendorName ?? t('topActionHome')}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * Adding an account by hand: a search field over every vendor HomeGuard knows, each tagged with
 * whether HomeGuard can see it on the web or it is app only.
 */
function AddVendor(props: { available: Overview['available']; onAdded: () => void }) {
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState(false);
  if (props.available.length === 0) return null;
  const label = (v: Overview['available'][number]) =>
    `${v.name} — ${t(v.appOnly ? 'addVendorAppTag' : 'addVendorWebTag')}`;
  const add = (event: Event) => {
    event.preventDefault();
    const wanted = query.trim().toLowerCase();
    const choice = props.available.find((v) => label(v).toLowerCase() === wanted || v.name.toLowerCase() === wanted);
    setMissing(choice === undefined);
    if (choice) void send('vendors/add', { vendorId: choice.id }).then(() => (setQuery(''), props.onAdded()));
  };
  return (
    <form class="add-vendor" onSubmit={add}>
      <label for="add-vendor-search">{t('addVendorSearchLabel')}</label>
      <div class="add-row">
        <input
          id="add-vendor-search"
          name="vendor"
          type="search"
          list="add-vendor-list"
          autocomplete="off"
          placeholder={t('addVendorSearchPlaceholder')}
          value={query}
          aria-describedby={missing ? 'add-vendor-missing' : undefined}
          onInput={(e) => (setQuery(e.currentTarget.value), setMissing(false))}
        />
        <button type="submit" disabled={query.trim() === ''}>
          {t('addVendorButton')}
        </button>
      </div>
      <datalist id="add-vendor-list">
        {props.available.map((v) => (
          <option key={v.id} value={label(v)} data-vendor={v.id} />
        ))}
      </datalist>
      {missing && (
        <p id="add-vendor-missing" class="error" role="alert">
          {t('addVendorNoMatch')}
        </p>
      )}
    </form>
  );
}

/**
 * "Not on this site", asked for on a vendor page, is decided here: a page can fake or redirect a
 * click in its own DOM, never on the extension's page.
 */
function MuteConfirm({ vendor, onChanged }: { vendor: { id: string; name: string }; onChanged: () => void }) {
  const answer = (mute: boolean) => void send('banners/mute', { vendorId: vendor.id, mute }).then(onChanged);
  return (
    <section class="mute-confirm" role="alertdialog" aria-labelledby="mute-heading" aria-describedby="mute-text">
      <h2 id="mute-heading">{t('muteConfirmHeading', vendor.name)}</h2>
      <p id="mute-text">{t('muteConfirmText', vendor.name)}</p>
      <div class="actions">
        <button type="button" class="primary" data-answer="mute" onClick={() => answer(true)}>
          {t('muteConfirmYes', vendor.name)}
        </button>
        <button type="button" data-answer="keep" onClick={() => answer(false)}>
          {t('muteConfirmNo')}
        </button>
      </div>
    </section>
  );
}

/**
 * A vendor added since the first release: its hosts are optional access, asked for in this click
 * (the browser allows a request only in the user's own gesture). The background registers the
 * content script once the browser grants it.
 */
function AccessOfferView({ offer, onChanged }: { offer: AccessOffer; onChanged: () => void }) {
  const { denied: declined, ask } = useOptionalAccess();
  const hosts = offer.hosts.join(', ');
  const allow = () => ask({ permissions: ['scripting'], origins: offer.origins }, onChanged);
  const later = () => void send('access/decline', { vendorId: offer.vendorId }).then(onChanged);
  return (
    <section class="access-offer" data-vendor={offer.vendorId} aria-labelledby="access-offer-heading">
      <h2 id="access-offer-heading">{t('popupAccessOfferTitle', offer.vendorName)}</h2>
      <p>{t('popupAccessOfferBody', [hosts, offer.vendorName])}</p>
      {declined && (
        <p class="warning" role="status">
          {t('popupAccessOfferDeclined')}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" data-answer="allow" onClick={allow}>
          {t('popupAccessOfferAllow', hosts)}
        </button>
        <button type="button" data-answer="later" onClick={later}>
          {t('popupAccessOfferLater')}
        </button>
      </div>
    </section>
  );
}
