/**
 * Turns the background's banner choice into words and actions. Only this vendor's own facts
 * appear; the only actions are links, the checkup, snooze and "not on this site".
 */
import { formatMonth, formatDate, t } from '../../shared/i18n';
import type { BannerSpec } from '../../shared/messages';
import { BANNER_PRIORITY, type BannerKind } from '../../shared/vocabulary';
import { send } from '../../shared/messaging';
import { SERVICE_LABELS } from '../../shared/labels';
import { hideBanner, type BannerAction, type BannerOptions } from './banner';

export function openCheckupAction(vendorId: string): BannerAction {
  return {
    label: t('bannerOpenCheckup'),
    onClick: () => void send('checkup/open', { vendorId }).catch(() => undefined),
  };
}

function snoozeAction(vendorId: string, kind: BannerKind): BannerAction {
  return {
    label: kind === 'incident' ? t('bannerGotIt') : t('bannerSnooze'),
    onClick: () => {
      hideBanner();
      void send('banner/snooze', { vendorId, kind }).catch(() => undefined);
    },
  };
}

function muteAction(vendorId: string): BannerAction {
  return {
    label: t('bannerMute'),
    onClick: () => {
      hideBanner();
      void send('banner/mute-request', { vendorId }).catch(() => undefined);
    },
  };
}

function text(spec: BannerSpec, vendorName: string): string {
  switch (spec.kind) {
    case 'checkup':
      return t('bannerChecking', vendorName);
    case 'password-breached':
      return t('noticeBreached', spec.count.toLocaleString());
    case 'password-leaked':
      return t('noticeLeaked');
    case 'password-reused':
      return t('noticeReused');
    case 'password-weak':
      return t('noticeWeak');
    case 'two-factor-off': {
      if (spec.onSettingsPage) return t('bannerTwoFactorOffHere');
      const where = spec.place?.appPath ? ` ${t('bannerTwoFactorWhere', spec.place.appPath.join(' › '))}` : '';
      return t('bannerTwoFactorOff', vendorName) + where;
    }
    case 'shared-added':
      return t('bannerSharedAdded', [String(spec.added), formatDate(spec.since)]);
    case 'shared-review':
      return t('bannerSharedReview', String(spec.total));
    case 'voice-linked':
      return t('bannerVoiceLinked', spec.services.map((s) => t(SERVICE_LABELS[s])).join(', '));
    case 'incident':
      return t('bannerIncident', [vendorName, formatMonth(spec.date), spec.summary]);
  }
}

function links(spec: BannerSpec): BannerAction[] {
  switch (spec.kind) {
    case 'password-breached':
    case 'password-leaked':
    case 'password-reused':
    case 'password-weak':
      return spec.changeUrl ? [{ label: t('noticeChangePassword'), href: spec.changeUrl }] : [];
    case 'two-factor-off':
    case 'voice-linked':
      return spec.place?.url && !(spec.kind === 'two-factor-off' && spec.onSettingsPage)
        ? [{ label: t('bannerOpenSettings'), href: spec.place.url }]
        : [];
    case 'incident':
      return [{ label: t('vendorsSource'), href: spec.source }];
    default:
      return [];
  }
}

export function bannerOptions(spec: BannerSpec, vendor: { id: string; name: string }): BannerOptions {
  const actions = [...links(spec), openCheckupAction(vendor.id)];
  if (spec.kind !== 'checkup') actions.push(snoozeAction(vendor.id, spec.kind));
  actions.push(muteAction(vendor.id));
  return {
    // What this very page shows beats the same warning from stored state (it says where to click).
    priority: BANNER_PRIORITY[spec.kind] + (spec.kind === 'two-factor-off' && spec.onSettingsPage ? 0.5 : 0),
    tone: spec.kind === 'checkup' ? 'info' : 'warning',
    text: text(spec, vendor.name),
    actions,
  };
}
