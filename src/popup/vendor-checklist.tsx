/** One account's checklist: score, the next action first and open, every item with its walkthrough. */
import { t } from '../shared/i18n';
import type { VendorSeen } from '../shared/messages';
import { send } from '../shared/messaging';
import { renderText } from '../shared/labels';
import { ChecklistItemView } from './checklist-item';
import { PasswordLine } from './password-line';
import { TwoFactorLine } from './two-factor';

export function VendorChecklistView(props: { account: VendorSeen; onBack: () => void; onChanged: () => void }) {
  const { account } = props;
  const { checklist } = account;
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
        <Score value={checklist.score} />
      </h2>
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
            open={item.id === checklist.next}
            onMark={(done) => mark(item.id, done)}
          />
        ))}
      </ul>
      <button type="button" class="link danger" onClick={forget}>
        {t('forgetAccount', account.name)}
      </button>
    </section>
  );
}

export function Score({ value }: { value: number | null }) {
  return (
    <span class="score" data-score={value ?? ''} title={t('scoreLabel')}>
      {value === null ? t('scoreUnknown') : t('scoreValue', String(value))}
    </span>
  );
}
