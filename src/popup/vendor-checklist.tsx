/** One account's checklist: where it stands, the next action first and open, every item with its walkthrough. */
import { formatDate, formatList, t } from '../shared/i18n';
import type { VendorSeen } from '../shared/messages';
import { send } from '../shared/messaging';
import { renderText } from '../shared/labels';
import { ChecklistItemView } from './checklist-item';
import { PasswordLine } from './password-line';
import { Standing } from './standing';
import { TwoFactorLine } from './two-factor';

export function VendorChecklistView(props: {
  account: VendorSeen;
  /** The item to open first (from "Do these first"); else the next action. */
  openItem?: string | null;
  onBack: () => void;
  onChanged: () => void;
}) {
  const { account } = props;
  const { checklist } = account;
  const opened = props.openItem ?? checklist.next;
  const reviewed = () => void send('vendors/reviewed', { vendorId: account.id }).then(props.onChanged);
  const next = checklist.items.find((i) => i.id === checklist.next);
  const mark = (item: string, done: boolean) =>
    void send('checklist/mark', { vendorId: account.id, item: item as never, done }).then(props.onChanged);
  const forget = () => {
    if (confirm(t('forgetConfirm', account.name)))
      void send('vendors/forget', { vendorId: account.id }).then(props.onBack);
  };
  return (
    <section class="vendor" data-vendor={account.id} aria-labelledby="vendor-heading">
      <button type="button" class="link back" onClick={props.onBack}>
        ← {t('backToAccounts')}
      </button>
      <h2 id="vendor-heading" class="vendor-heading">
        {account.name}
      </h2>
      <p class="stand-line">
        <Standing counts={checklist.counts} />
      </p>
      <ReviewLine review={account.review} />
      {next && (
        <p class="next">
          {t('nextAction')}: <strong>{renderText(next.title)}</strong>
        </p>
      )}
      <TwoFactorLine vendor={account} onChanged={props.onChanged} />
      <PasswordLine password={account.password} />
      <ul class="checklist">
        {checklist.items.map((item) => (
          <ChecklistItemView
            key={item.id}
            item={item}
            open={item.id === opened}
            onMark={(done) => mark(item.id, done)}
          />
        ))}
      </ul>
      <button type="button" class="mark reviewed" onClick={reviewed}>
        {t('markReviewed')}
      </button>
      <br />
      <button type="button" class="link danger" onClick={forget}>
        {t('forgetAccount', account.name)}
      </button>
    </section>
  );
}

/** When the account was last reviewed, and what changed since, from facts only. */
export function ReviewLine({ review }: { review: VendorSeen['review'] }) {
  if (review.at === null) return <p class="meta review">{t('neverReviewed')}</p>;
  const changes = review.changes.map((change) => renderText(change));
  return (
    <p class="meta review">
      {t('lastReviewed', formatDate(review.at))} ·{' '}
      {changes.length === 0 ? t('changeNothing') : t('changedSince', formatList(changes))}
    </p>
  );
}
