/**
 * Whether this content script still belongs to a running extension. After a reload, an update or
 * a removal the browser leaves the old script in the page with its runtime cut off: Chromium
 * drops `runtime.id`, Firefox makes the objects dead (any access throws).
 */
import { native } from '../shared/native';

/** How often the content script checks (a property read: nothing is sent). */
export const LIFE_CHECK_MS = 2_000;

export function extensionGone(runtime: () => { id?: string } | undefined = () => native.runtime): boolean {
  try {
    return !runtime()?.id;
  } catch {
    return true;
  }
}
