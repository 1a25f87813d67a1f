/**
 * Your data: export as JSON, a printable report, import (checked first, then previewed, then
 * merged) and delete everything. A bad import file is named as such and changes nothing.
 */
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';
import type { Replies } from '../shared/messages';
import { MessageError, send } from '../shared/messaging';
import { Report } from './report';

const MAX_IMPORT_BYTES = 1_000_000;

/** How the preview names an optional feature that an import leaves off on this device. */
const OPT_IN_NAMES: Record<string, MessageKey> = {
  breachCheck: 'optionsBreachHeading',
  reminderNotifications: 'optionsReminderNotify',
  routerCheck: 'optionsRouterHeading',
  lookalikeWarnings: 'optionsLookalikeHeading',
};

type ImportState =
  | { step: 'idle' }
  | { step: 'error'; message: string }
  | { step: 'preview'; file: unknown; preview: Extract<Replies['data/import'], { ok: true }>['preview'] }
  | { step: 'done' };

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection() {
  const [importState, setImportState] = useState<ImportState>({ step: 'idle' });
  const [report, setReport] = useState<Replies['overview/get'] | null>(null);
  const [deleted, setDeleted] = useState(false);

  const exportJson = async () => {
    const file = await send('data/export', {});
    download(
      `homeguard-${file.exportedAt.slice(0, 10)}.json`,
      `${JSON.stringify(file, null, 2)}\n`,
      'application/json',
    );
  };

  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setImportState({ step: 'error', message: t('importTooLarge') });
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      return setImportState({ step: 'error', message: t('importNotJson') });
    }
    try {
      const answer = await send('data/import', { file: parsed, apply: false });
      if (!answer.ok) return setImportState({ step: 'error', message: t('importInvalid', answer.problems.join(', ')) });
      setImportState({ step: 'preview', file: parsed, preview: answer.preview });
    } catch (error) {
      setImportState({
        step: 'error',
        message: t('importInvalid', error instanceof MessageError ? error.code : 'internal'),
      });
    }
  };

  const merge = async (file: unknown) => {
    const answer = await send('data/import', { file, apply: true });
    setImportState(
      answer.ok ? { step: 'done' } : { step: 'error', message: t('importInvalid', answer.problems.join(', ')) },
    );
  };

  const deleteAll = async () => {
    if (!confirm(t('deleteAllConfirm'))) return;
    await send('data/delete-all', {});
    setDeleted(true);
  };

  return (
    <section aria-labelledby="data-heading" class="no-print">
      <h2 id="data-heading">{t('optionsDataHeading')}</h2>
      <div class="buttons">
        <button type="button" onClick={() => void exportJson()}>
          {t('exportJson')}
        </button>
        <button type="button" onClick={() => void send('overview/get', {}).then(setReport)}>
          {t('showReport')}
        </button>
        <label class="button">
          {t('importChoose')}
          <input
            type="file"
            name="import"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(event) => void chooseFile(event.currentTarget)}
          />
        </label>
      </div>
      {importState.step === 'error' && (
        <p class="error" role="alert" data-import="error">
          {importState.message}
        </p>
      )}
      {importState.step === 'preview' && (
        <div class="preview" role="region" aria-label={t('importPreviewLabel')} data-import="preview">
          <p>{t('importPreviewIntro')}</p>
          <ul>
            {importState.preview.added.length > 0 && <li>{t('importAdded', importState.preview.added.join(', '))}</li>}
            {importState.preview.updated.length > 0 && (
              <li>{t('importUpdated', importState.preview.updated.join(', '))}</li>
            )}
            {importState.preview.unchanged.length > 0 && (
              <li>{t('importUnchanged', importState.preview.unchanged.join(', '))}</li>
            )}
            {importState.preview.unknownVendors.length > 0 && (
              <li>{t('importUnknown', importState.preview.unknownVendors.join(', '))}</li>
            )}
            {importState.preview.settingsChange && <li>{t('importSettings')}</li>}
            {importState.preview.optInsOffHere.length > 0 && (
              <li data-import="opt-ins">
                {t(
                  'importOptInsOff',
                  importState.preview.optInsOffHere
                    .map((name) => t(OPT_IN_NAMES[name] ?? 'optionsBreachHeading'))
                    .join(', '),
                )}
              </li>
            )}
          </ul>
          <button type="button" onClick={() => void merge(importState.file)}>
            {t('importMerge')}
          </button>{' '}
          <button type="button" onClick={() => setImportState({ step: 'idle' })}>
            {t('cancel')}
          </button>
        </div>
      )}
      {importState.step === 'done' && (
        <p class="ok" role="status" data-import="done">
          {t('importDone')}
        </p>
      )}
      <h3>{t('deleteAllHeading')}</h3>
      <p class="hint">{t('deleteAllHint')}</p>
      <button type="button" class="danger" onClick={() => void deleteAll()}>
        {t('deleteAll')}
      </button>
      {deleted && (
        <p class="ok" role="status">
          {t('deleteAllDone')}
        </p>
      )}
      {report && <Report overview={report} onClose={() => setReport(null)} />}
    </section>
  );
}
