import { render } from 'preact';
import type { Overview } from '../shared/messages';
import { App } from './app';

/** The popup's interface, loaded while its first overview is on its way. */
export function renderPopup(root: HTMLElement, first: { tab: number | 'active'; overview: Promise<Overview> }) {
  render(<App {...first} />, root);
}
