/** The home-network part of the checkup: the router's admin password and a VPN on the router. */
import { daysSince } from './context';
import type { ChecklistItem, HomeItemId, RouterGuide } from './types';

/** The home network part of the checkup: the router's password and a VPN on the router. */
export function homeChecklist(
  home: { marks: Partial<Record<HomeItemId, string>>; router?: { defaultPassword: boolean; at: string } },
  now: Date,
  reviewDays: number,
  /** How to change the router brand's admin password, when the brand is known and that is. */
  guide?: RouterGuide,
): ChecklistItem[] {
  const markOf = (id: HomeItemId): Pick<ChecklistItem, 'status' | 'doneAt' | 'due'> => {
    const at = home.marks[id];
    if (at === undefined) return { status: 'todo' };
    const due = reviewDays > 0 && daysSince(at, now) > reviewDays;
    return due ? { status: 'todo', doneAt: at, due } : { status: 'done', doneAt: at };
  };
  const router = home.router;
  return [
    {
      id: 'router-password',
      high: true,
      title: { key: 'itemRouterPassword' },
      why: { key: 'whyRouterPassword' },
      ...(router?.defaultPassword
        ? { status: 'todo', detail: { key: 'detailRouterDefault' } }
        : markOf('router-password')),
      steps: [
        { key: 'stepRouterOpen' },
        ...(guide?.url ? [{ key: 'stepRouterBrandGuide' as const, params: [guide.brandName], url: guide.url }] : []),
        ...(guide?.menuPath
          ? [{ key: 'stepRouterBrandPath' as const, params: [guide.brandName, guide.menuPath] }]
          : []),
        { key: 'stepRouterChange' },
        { key: 'stepRouterWifi' },
        { key: 'stepRouterRemote' },
      ],
      markable: true,
    },
    {
      id: 'router-vpn',
      high: false,
      title: { key: 'itemRouterVpn' },
      why: { key: 'whyRouterVpn' },
      detail: { key: 'detailVpnLimits' },
      ...markOf('router-vpn'),
      steps: [{ key: 'stepVpnCheck' }, { key: 'stepVpnInsteadOfPorts' }],
      markable: true,
    },
  ];
}
