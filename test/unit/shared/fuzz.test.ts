/**
 * Property-based fuzzing of the message router and the password port: for every message type,
 * 10,000 generated bad messages (wrong types, missing and extra fields, `__proto__` keys, huge
 * strings, wrong senders) are each refused with a known error code, and a good message is
 * still answered afterwards.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { answerPasswordMessage } from '../../../src/background/passwords/port';
import { createRouter, type Sender } from '../../../src/shared/message-router';
import { CONTENT_MESSAGES, ERROR_CODES, PAGE_MESSAGES, PASSWORD_MESSAGES } from '../../../src/shared/messages';

const RUNS = 10_000;
const self = { id: 'homeguard-id', baseUrl: 'chrome-extension://homeguard-id/' };
const popup: Sender = { id: self.id, url: `${self.baseUrl}src/popup/index.html` };
const ringTab: Sender = { id: self.id, url: 'https://account.ring.com/account/dashboard', tab: { id: 7 }, frameId: 0 };
const ringSender = { kind: 'content' as const, tabId: 7, frameId: 0, vendorId: 'ring', url: ringTab.url! };

function mocks<T extends object>(table: T) {
  return Object.fromEntries(
    Object.keys(table).map((type) => [type, vi.fn(async () => ({ handledBy: type }))]),
  ) as Record<keyof T, ReturnType<typeof vi.fn>>;
}

/** Values that break schemas: wrong types, prototype keys, huge strings, deep nesting. */
const nasty = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 }),
  fc.constantFrom(
    JSON.parse('{"__proto__":{"polluted":true}}'),
    { constructor: { prototype: {} } },
    'x'.repeat(200_000),
  ),
  fc.dictionary(
    fc.constantFrom('vendorId', 'tabId', '__proto__', 'extra', 'password', 'id'),
    fc.anything({ maxDepth: 2 }),
  ),
);

/** Senders that must never be trusted, whatever they send. */
const badSender: fc.Arbitrary<Sender> = fc.oneof(
  fc.record({ id: fc.string(), url: fc.webUrl(), tab: fc.record({ id: fc.nat() }) }),
  fc.record({
    id: fc.constant(self.id),
    url: fc.constantFrom('https://example.com/', 'file:///x', 'data:text/html,x', 'https://ring.com.evil.io/'),
    tab: fc.record({ id: fc.nat() }),
  }),
  fc.record({ id: fc.constant(self.id), url: fc.constant(ringTab.url!) }),
  fc.constant<Sender>({}),
);

describe.each([...Object.keys(CONTENT_MESSAGES), ...Object.keys(PAGE_MESSAGES)])('router: %s', (type) => {
  const schema =
    (CONTENT_MESSAGES as Record<string, v.GenericSchema>)[type] ??
    (PAGE_MESSAGES as Record<string, v.GenericSchema>)[type]!;
  const isPage = type in PAGE_MESSAGES;

  it(`refuses ${RUNS} bad messages with an error code, then answers a good one`, async () => {
    const handlers = { content: mocks(CONTENT_MESSAGES), page: mocks(PAGE_MESSAGES) };
    const route = createRouter(handlers as never, self);
    const message = fc.oneof(
      nasty.map((payload) => ({ type, payload })),
      nasty,
      fc.record({ type: fc.constant(type), payload: nasty, extra: nasty }),
    );
    await fc.assert(
      fc.asyncProperty(message, fc.oneof(fc.constant(isPage ? popup : ringTab), badSender), async (msg, sender) => {
        const payload = (msg as { payload?: unknown } | null)?.payload;
        const good =
          sender === (isPage ? popup : ringTab) &&
          typeof msg === 'object' &&
          msg !== null &&
          Object.keys(msg).length === 2 &&
          v.safeParse(schema, payload).success;
        fc.pre(!good);
        const reply = await route(msg, sender);
        expect(reply.ok).toBe(false);
        if (!reply.ok) expect(ERROR_CODES).toContain(reply.error.code);
      }),
      { numRuns: RUNS },
    );
    expect(Object.values({ ...handlers.content, ...handlers.page }).every((h) => h.mock.calls.length === 0)).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  }, 120_000);
});

describe.each(Object.keys(PASSWORD_MESSAGES))('password port: %s', (type) => {
  const schema = (PASSWORD_MESSAGES as Record<string, v.GenericSchema>)[type]!;
  it(`refuses ${RUNS} bad messages with an error code, never echoing a value`, async () => {
    const handlers = mocks(PASSWORD_MESSAGES);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          nasty.map((payload) => ({ type, payload })),
          nasty,
        ),
        async (msg) => {
          fc.pre(
            !v.safeParse(schema, (msg as { payload?: unknown } | null)?.payload).success || typeof msg !== 'object',
          );
          const answer = await answerPasswordMessage(msg, ringSender, handlers as never);
          expect(answer.reply.ok).toBe(false);
          if (!answer.reply.ok) {
            expect(ERROR_CODES).toContain(answer.reply.error.code);
            expect(answer.reply.error.message.length).toBeLessThan(200);
          }
        },
      ),
      { numRuns: RUNS },
    );
    const good =
      type === 'strength/rate'
        ? { type, payload: { id: 1, vendorId: 'ring', password: 'x', userInputs: [] } }
        : { type, payload: { id: 1, vendorId: 'ring', password: 'x', form: 'login', userInputs: [] } };
    expect((await answerPasswordMessage(good, ringSender, handlers as never)).reply.ok).toBe(true);
  }, 120_000);
});
