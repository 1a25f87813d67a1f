/** The printable report: every account's checklist and the home network, as plain text. */
import { formatDate, t } from '../shared/i18n';
import type { ChecklistItem } from '../shared/checklist';
import { STATUS_LABELS, renderText } from '../shared/labels';
import type { Overview } from '../shared/messages';

function Items({ items }: { items: ChecklistItem[] }) {
  return (
    <table>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">{renderText(item.title)}</th>
            <td>{t(STATUS_LABELS[item.status])}</td>
            <td>{item.doneAt ? formatDate(item.doneAt) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Report({ overview, onClose }: { overview: Overview; onClose: () => void }) {
  return (
    <article class="report" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('reportHeading', formatDate(new Date().toISOString()))}</h2>
      <div class="no-print buttons">
        <button type="button" onClick={() => print()}>
          {t('printReport')}
        </button>
        <button type="button" onClick={onClose}>
          {t('closeReport')}
        </button>
      </div>
      {overview.seen.length === 0 && <p>{t('popupSeenEmpty')}</p>}
      {overview.seen.map((account) => (
        <section key={account.id}>
          <h3>
            {account.name} —{' '}
            {t('countsLine', [
              String(account.checklist.counts.todo),
              String(account.checklist.counts.check),
              String(account.checklist.counts.done),
            ])}
          </h3>
          <Items items={account.checklist.items} />
        </section>
      ))}
      <section>
        <h3>{t('homeHeading')}</h3>
        <Items items={overview.home} />
      </section>
    </article>
  );
}
