// @vitest-environment happy-dom
/** What counts as the page changing: its own DOM and address, never HomeGuard's UI coming and going. */
import { describe, expect, it } from 'vitest';
import { isOwnUi, routeOf, watchPage } from '../../../src/content/page-watch';

describe('the page watch', () => {
  it('calls back for the page’s own changes, not for HomeGuard’s hosts being added or removed', async () => {
    document.body.replaceChildren();
    const controller = new AbortController();
    let calls = 0;
    watchPage(() => (calls += 1), controller.signal, 20);
    const host = document.createElement('homeguard-ui');
    document.body.append(host);
    host.remove();
    await new Promise((done) => setTimeout(done, 80));
    expect(calls).toBe(0);
    document.body.append(document.createElement('main'));
    await new Promise((done) => setTimeout(done, 80));
    expect(calls).toBe(1);
    controller.abort();
  });

  it('tells a record of HomeGuard’s own UI from one that also touches the page', () => {
    const host = document.createElement('homeguard-ui');
    const page = document.createElement('div');
    const record = (added: Node[], target: Node = document.body) =>
      ({ type: 'childList', target, addedNodes: added, removedNodes: [] }) as unknown as MutationRecord;
    expect(isOwnUi(record([host]))).toBe(true);
    expect(isOwnUi(record([host, page]))).toBe(false);
    expect(isOwnUi(record([page]))).toBe(false);
    expect(isOwnUi(record([], page))).toBe(false);
  });

  it('takes a route from the path, the query and a routing fragment only', () => {
    expect(routeOf('https://account.ring.com/account/dashboard?x=1#top')).toBe(
      'https://account.ring.com/account/dashboard?x=1',
    );
    expect(routeOf('https://my.arlo.com/#/devices')).toBe('https://my.arlo.com/#/devices');
    expect(routeOf('https://app.example.com/#!/settings')).toBe('https://app.example.com/#!/settings');
  });
});
