/** One checklist item: its status, why it matters, the numbered steps, and "mark done". */
import { formatDate, formatMonth, t } from '../shared/i18n';
import type { ChecklistItem, SettingCheck, Step } from '../shared/checklist';
import { STATUS_LABELS, renderText } from '../shared/labels';
import { Age } from './age';
import { prose } from './prose';

/** Where to go: the app path and a link, as the vendor's (or assistant maker's) help gives them. */
function Where({ url, appPath }: { url?: string; appPath?: string[] }) {
  return (
    <>
      {appPath && <span class="path"> {appPath.join(' › ')}</span>}
      {url && (
        <>
          {' '}
          <a href={url} target="_blank" rel="noreferrer">
            {t('stepOpenLink')}
          </a>
        </>
      )}
    </>
  );
}

function StepView({ step }: { step: Step }) {
  return (
    <li class={step.warning ? 'warning-step' : undefined}>
      {renderText(step, prose)}
      <Where url={step.url} appPath={step.appPath} />
      <Age checked={step.from?.checked} />
    </li>
  );
}

function SettingView({ setting }: { setting: SettingCheck }) {
  return (
    <li class="setting">
      <strong>{setting.name}</strong>
      <Where url={setting.url} appPath={setting.appPath} />
      <br />
      <span class="meta">
        {t('settingDefault', prose(setting.default))} · {t('settingRecommended', prose(setting.recommended))}
      </span>
      <br />
      {prose(setting.why)}{' '}
      <a href={setting.from.source} target="_blank" rel="noreferrer">
        {t('vendorsSource')}
      </a>
      <Age checked={setting.from.checked} />
    </li>
  );
}

export function ChecklistItemView(props: { item: ChecklistItem; open: boolean; onMark: (done: boolean) => void }) {
  const { item } = props;
  const actions = item.steps.filter((s) => !s.warning);
  const warnings = item.steps.filter((s) => s.warning);
  return (
    <li class="item" data-item={item.id} data-status={item.status}>
      <details open={props.open}>
        <summary>
          <span class={`pill ${item.status}`}>{t(STATUS_LABELS[item.status])}</span>
          <span class="item-title">{renderText(item.title)}</span>
          {item.high && item.status === 'todo' && <span class="visually-hidden">{t('itemImportant')}</span>}
        </summary>
        <div class="item-body">
          {item.detail && <p>{renderText(item.detail)}</p>}
          {item.findOut && (
            <p class="find-out">
              {renderText(item.findOut)}
              {item.findOut.url && (
                <>
                  {' '}
                  <a href={item.findOut.url} target="_blank" rel="noreferrer">
                    {t('stepOpenLink')}
                  </a>
                </>
              )}
            </p>
          )}
          {item.doneAt && <p class="meta">{t(item.due ? 'itemDueAgain' : 'itemDoneOn', formatDate(item.doneAt))}</p>}
          <p class="why">{renderText(item.why)}</p>
          {item.incident && (
            <p class="incident">
              <strong>{formatMonth(item.incident.date)}:</strong> {prose(item.incident.summary)}{' '}
              <a href={item.incident.source} target="_blank" rel="noreferrer">
                {t('vendorsSource')}
              </a>
            </p>
          )}
          {actions.length > 0 && item.status !== 'done' && (
            <ol class="steps" aria-label={t('stepsLabel')}>
              {actions.map((step, i) => (
                <StepView key={i} step={step} />
              ))}
            </ol>
          )}
          {item.settings && item.status !== 'done' && (
            <ul class="settings" aria-label={t('settingsLabel')}>
              {item.settings.map((setting) => (
                <SettingView key={setting.name} setting={setting} />
              ))}
            </ul>
          )}
          {warnings.map((step, i) => (
            <p key={i} class="caution" role="note">
              {renderText(step)}
              {step.from && (
                <>
                  {' '}
                  <a href={step.from.source} target="_blank" rel="noreferrer">
                    {t('vendorsSource')}
                  </a>
                  <Age checked={step.from.checked} />
                </>
              )}
            </p>
          ))}
          {item.markable && (
            <button type="button" class="mark" onClick={() => props.onMark(item.status !== 'done')}>
              {item.status === 'done' ? t('itemMarkNotDone') : t('itemMarkDone')}
            </button>
          )}
        </div>
      </details>
    </li>
  );
}
