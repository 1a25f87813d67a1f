/** "last checked …" beside a fact whose source was read more than a year ago: never hidden. */
import { formatDate, t } from '../shared/i18n';

const YEAR_MS = 365 * 86_400_000;

export function isStale(checked: string | undefined, now = Date.now()): boolean {
  return checked !== undefined && now - Date.parse(checked) > YEAR_MS;
}

export function Age({ checked }: { checked: string | undefined }) {
  if (!isStale(checked)) return null;
  return <span class="age"> ({t('factLastChecked', formatDate(checked!))})</span>;
}
