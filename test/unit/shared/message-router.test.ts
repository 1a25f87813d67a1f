import { describe, expect, it, vi } from 'vitest';
import { createRouter, identifySender, type Sender } from '../../../src/shared/message-router';
import { CONTENT_MESSAGES, PAGE_MESSAGES } from '../../../src/shared/messages';

/** A vendor page's visit as content scripts send it. */
const VISIT = { vendorId: 'ring', page: '0123456789abcdef0123456789abcdef', since: 1_764_000_000_000, route: false };

const self = { id: 'homeguard-id', baseUrl: 'chrome-extension://homeguard-id/' };
const popup: Sender = { id: self.id, url: `${self.baseUrl}src/popup/index.html` };
const ringTab: Sender = { id: self.id, url: 'https://account.ring.com/account/dashboard', tab: { id: 7 }, frameId: 0 };

/** A mock for every handler, answering with a marker value (the router does not look inside). */
function makeRouter() {
  const mocks = <T extends object>(table: T) =>
    Object.fromEntries(Object.keys(table).map((type) => [type, vi.fn(async () => ({ handledBy: type }))])) as Record<
      keyof T,
      ReturnType<typeof vi.fn>
    >;
  const handlers = { content: mocks(CONTENT_MESSAGES), page: mocks(PAGE_MESSAGES) };
  return { handlers, route: createRouter(handlers as never, self) };
}

describe('identifySender', () => {
  it('knows our own pages', () => {
    expect(identifySender(popup, self)).toEqual({ kind: 'page' });
  });

  it('knows a content script on a vendor page and which vendor it is', () => {
    expect(identifySender(ringTab, self)).toMatchObject({ kind: 'content', vendorId: 'ring', tabId: 7 });
  });

  it('trusts no vendor page but the account pages: a forum or a shop cannot speak for the account', () => {
    for (const url of [
      'https://community.ring.com/t/doorbell/123',
      'https://shop.ring.com/',
      'https://forums.wyze.com/',
    ]) {
      expect(identifySender({ ...ringTab, url }, self), url).toEqual({
        error: expect.stringMatching(/not an account page/),
      });
    }
    // A page pattern names an account page on a host that is otherwise not one.
    expect(identifySender({ ...ringTab, url: 'https://community.tp-link.com/en/login' }, self)).toMatchObject({
      kind: 'content',
      vendorId: 'tp-link',
    });
  });
});

describe('the router', () => {
  it('refuses every state change from a vendor page that is not an account page', async () => {
    const { route, handlers } = makeRouter();
    const forum: Sender = { ...ringTab, url: 'https://community.ring.com/t/1' };
    const changes = [
      { type: 'page/findings', payload: { vendorId: 'ring', kinds: [], twoFactor: { status: 'off' } } },
      { type: 'banner/mute-request', payload: VISIT },
      { type: 'banner/snooze', payload: { vendorId: 'ring', kind: 'two-factor-off' } },
      { type: 'visit/record', payload: VISIT },
    ];
    for (const message of changes) {
      expect(await route(message, forum), message.type).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
    }
    for (const handler of Object.values(handlers.content)) expect(handler).not.toHaveBeenCalled();
  });

  it('answers a good content message and passes the sender to the handler', async () => {
    const { route, handlers } = makeRouter();
    const reply = await route({ type: 'visit/record', payload: VISIT }, ringTab);
    expect(reply).toEqual({ ok: true, value: { handledBy: 'visit/record' } });
    expect(handlers.content['visit/record']).toHaveBeenCalledWith(
      VISIT,
      expect.objectContaining({ vendorId: 'ring', tabId: 7 }),
    );
  });

  it('answers a good page message', async () => {
    const { route } = makeRouter();
    expect(await route({ type: 'overview/get', payload: { tabId: 3 } }, popup)).toMatchObject({ ok: true });
    expect(await route({ type: 'overview/get', payload: { tabId: 'active' } }, popup)).toMatchObject({ ok: true });
  });

  const badEnvelopes: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'visit/record'],
    ['an array', ['visit/record', {}]],
    ['a number type', { type: 42, payload: {} }],
    ['no type', { payload: {} }],
    ['an extra field', { type: 'visit/record', payload: VISIT, sender: 'background' }],
  ];
  it.each(badEnvelopes)('rejects %s with bad-envelope', async (_name, message) => {
    const { route, handlers } = makeRouter();
    const reply = await route(message, ringTab);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-envelope' } });
    expect(handlers.content['visit/record']).not.toHaveBeenCalled();
  });

  it.each(['storage/clear', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])(
    'rejects the unknown type %s with unknown-type',
    async (type) => {
      const { route } = makeRouter();
      expect(await route({ type, payload: {} }, popup)).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    },
  );

  const badPayloads: Array<[string, unknown]> = [
    ['a missing payload', undefined],
    ['a missing field', {}],
    ['a wrong type', { vendorId: 7 }],
    ['an extra field', { ...VISIT, password: 'hunter2' }],
    ['a malformed id', { ...VISIT, vendorId: 'Ring!' }],
    ['a huge string', { ...VISIT, vendorId: 'r'.repeat(100_000) }],
    ['a page token that is no token', { ...VISIT, page: 'hunter2' }],
  ];
  it.each(badPayloads)('rejects %s with bad-payload, without echoing values', async (_name, payload) => {
    const { route, handlers } = makeRouter();
    const reply = await route({ type: 'visit/record', payload }, ringTab);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
    expect(JSON.stringify(reply)).not.toContain('hunter2');
    expect(handlers.content['visit/record']).not.toHaveBeenCalled();
  });

  it('rejects a page message with a bad tab id', async () => {
    const { route } = makeRouter();
    for (const payload of [{ tabId: -1 }, { tabId: 1.5 }, { tabId: '3' }, { tabId: 'last' }, { tabId: 3, extra: 1 }]) {
      expect(await route({ type: 'overview/get', payload }, popup)).toMatchObject({ error: { code: 'bad-payload' } });
    }
  });

  const badSenders: Array<[string, Sender, string]> = [
    ['another extension', { ...ringTab, id: 'other-extension' }, 'visit/record'],
    ['no extension id', { url: ringTab.url, tab: { id: 7 } }, 'visit/record'],
    ['no URL', { id: self.id, tab: { id: 7 } }, 'visit/record'],
    ['a content script without a tab', { id: self.id, url: ringTab.url }, 'visit/record'],
    ['a non-vendor web page', { ...ringTab, url: 'https://example.com/' }, 'visit/record'],
    ['a look-alike host', { ...ringTab, url: 'https://ring.com.evil.io/' }, 'visit/record'],
    ['an http vendor page', { ...ringTab, url: 'http://ring.com/' }, 'visit/record'],
    ['a file: page', { ...ringTab, url: 'file:///home/user/ring.html' }, 'visit/record'],
    ['a data: frame', { ...ringTab, url: 'data:text/html,hi' }, 'visit/record'],
    ['another extension origin', { ...popup, url: 'chrome-extension://other/src/popup/index.html' }, 'overview/get'],
    ['a vendor page sending a page message', ringTab, 'overview/get'],
  ];
  it.each(badSenders)('rejects %s with bad-sender', async (_name, sender, type) => {
    const { route, handlers } = makeRouter();
    const payload = type === 'overview/get' ? {} : { vendorId: 'ring' };
    expect(await route({ type, payload }, sender)).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
    expect(handlers.content['visit/record']).not.toHaveBeenCalled();
    expect(handlers.page['overview/get']).not.toHaveBeenCalled();
  });

  it('rejects a vendor page that claims to be another vendor', async () => {
    const { route } = makeRouter();
    const reply = await route({ type: 'visit/record', payload: { ...VISIT, vendorId: 'wyze' } }, ringTab);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
  });

  it('turns a failing handler into an internal error reply', async () => {
    const { route, handlers } = makeRouter();
    handlers.page['overview/get'].mockRejectedValueOnce(new Error('storage is gone'));
    expect(await route({ type: 'overview/get', payload: {} }, popup)).toEqual({
      ok: false,
      error: { code: 'internal', message: '"overview/get" failed: storage is gone' },
    });
  });

  it('still answers a good message after bad ones', async () => {
    const { route } = makeRouter();
    await route(null, ringTab);
    await route({ type: 'nope', payload: {} }, ringTab);
    expect(await route({ type: 'visit/record', payload: VISIT }, ringTab)).toMatchObject({ ok: true });
  });
});

describe('the one gate', () => {
  it('runs no handler, page or content, before the store is ready', async () => {
    const { handlers } = makeRouter();
    let open!: () => void;
    const ready = new Promise<void>((resolve) => (open = resolve));
    const route = createRouter(handlers as never, self, ready);
    const fromPopup = route({ type: 'settings/get', payload: {} }, popup);
    const fromPage = route({ type: 'visit/record', payload: VISIT }, ringTab);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(handlers.page['settings/get']).not.toHaveBeenCalled();
    expect(handlers.content['visit/record']).not.toHaveBeenCalled();
    open();
    expect(await fromPopup).toEqual({ ok: true, value: { handledBy: 'settings/get' } });
    expect(await fromPage).toMatchObject({ ok: true });
  });
});
