/**
 * Where an account or the household stands: a mark that is a symbol and a word (never colour
 * alone) and the counts, "2 to do · 5 to check · 3 done". Not checked yet is its own count and
 * never a failure.
 */
import { t, type MessageKey } from '../shared/i18n';
import { standing, type Counts, type StandState } from '../shared/checklist';

const MARKS: Record<StandState, { symbol: string; word: MessageKey }> = {
  todo: { symbol: '!', word: 'standTodo' },
  check: { symbol: '?', word: 'standCheck' },
  done: { symbol: '✓', word: 'standDone' },
  empty: { symbol: '–', word: 'standEmpty' },
};

export function Standing({ counts }: { counts: Counts }) {
  const state = standing(counts);
  const mark = MARKS[state];
  return (
    <span class="standing" data-state={state}>
      <span class={`stand-mark ${state}`}>
        <span aria-hidden="true">{mark.symbol}</span> {t(mark.word)}
      </span>{' '}
      <span class="counts">{t('countsLine', [String(counts.todo), String(counts.check), String(counts.done)])}</span>
    </span>
  );
}
