/**
 * The one way a banner reaches a page: the background decides which banner a page shows, words
 * it, and pushes it to the tab's top frame for that page (its token); the content script renders
 * what it is given and nothing else. Part of the protocol (messages.ts re-exports it).
 */
import type { BannerKind } from './vocabulary';

/** Made by the content script for each page, and again after each single-page-app navigation: 32 hex digits. */
export const PAGE_TOKEN = /^[0-9a-f]{32}$/;

/** What a banner button does; the content script sends the matching message for its page. */
export type BannerCommand = 'open-checkup' | 'snooze' | 'mute';

export type BannerAction = { label: string; href: string } | { label: string; does: BannerCommand };

export interface BannerView {
  /** What the banner is about (`snooze` sends it back); offsite pages have their own kinds. */
  kind: BannerKind | 'lookalike' | 'router';
  /** `info` for a neutral notice, `warning` for a risk the user should act on. */
  tone: 'info' | 'warning';
  text: string;
  actions: BannerAction[];
  /** Comes back when the page removes it (a look-alike page hiding the warning); only the user closes it. */
  keep: boolean;
  /** The banner's own labels, in the user's language. */
  labels: { region: string; hide: string };
}

/** The one message the background sends to a content script: the banner for its page, or none. */
export interface BannerPush {
  type: 'banner/show';
  payload: { page: string; banner: BannerView | null };
}
