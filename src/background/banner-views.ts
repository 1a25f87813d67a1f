/**
 * Words the background's banner choice for the page: text and actions in the user's language.
 * Only this vendor's own facts appear; the only actions are links, the checkup, snooze and
 * "not on this site". The page renders the result as it is (banner-push.ts).
 */
import { formatMonth, formatDate, t } from '../shared/i18n';
import type { BannerAction, BannerSpec, BannerView } from '../shared/messages';
import { SERVICE_LABELS } from '../shared/labels';

const LABELS = () => ({ region: t('bannerRegion'), hide: t('bannerHide') });

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

/** A vendor page's banner. */
export function vendorBannerView(spec: BannerSpec, vendorName: string): BannerView {
  const actions: BannerAction[] = [...links(spec), { label: t('bannerOpenCheckup'), does: 'open-checkup' }];
  if (spec.kind !== 'checkup') {
    actions.push({ label: spec.kind === 'incident' ? t('bannerGotIt') : t('bannerSnooze'), does: 'snooze' });
  }
  actions.push({ label: t('bannerMute'), does: 'mute' });
  return {
    kind: spec.kind,
    tone: spec.kind === 'checkup' ? 'info' : 'warning',
    text: text(spec, vendorName),
    actions,
    keep: false,
    labels: LABELS(),
  };
}

/** A look-alike login page: said until the user closes it, and back if the page removes it. */
export function lookalikeBannerView(vendorName: string, realHost: string): BannerView {
  return {
    kind: 'lookalike',
    tone: 'warning',
    text: t('bannerLookalike', [vendorName, realHost]),
    actions: [{ label: t('bannerGoToRealSite', realHost), href: `https://${realHost}/` }],
    keep: true,
    labels: LABELS(),
  };
}

/** A router admin password compared with the brand's factory passwords, and where to change it. */
export function routerBannerView(verdict: {
  brandName: string;
  factory: boolean;
  helpUrl: string | null;
  menuPath: string | null;
}): BannerView {
  const { brandName, factory, helpUrl, menuPath } = verdict;
  return {
    kind: 'router',
    tone: factory ? 'warning' : 'info',
    // Either way, where to change it: the label password is worth changing too.
    text: [
      factory ? t('bannerRouterDefault', brandName) : t('bannerRouterNotListed', brandName),
      ...(menuPath ? [t('bannerRouterMenuPath', [brandName, menuPath])] : []),
    ].join(' '),
    actions: [
      ...(helpUrl ? [{ label: t('bannerRouterHowTo', brandName), href: helpUrl }] : []),
      { label: t('bannerOpenCheckup'), does: 'open-checkup' as const },
    ],
    keep: false,
    labels: LABELS(),
  };
}
