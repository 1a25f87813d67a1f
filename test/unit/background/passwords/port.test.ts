import { describe, expect, it, vi } from 'vitest';
import { answerPasswordMessage } from '../../../../src/background/passwords/port';

const ring = {
  kind: 'content' as const,
  tabId: 3,
  frameId: 0,
  vendorId: 'ring',
  url: 'https://ring.com/users/sign_in',
};
const handlers = {
  'strength/rate': vi.fn(async () => ({
    score: 2 as const,
    leaked: false,
    crackTime: 'days' as const,
    warning: null,
    suggestions: [],
  })),
  'password/submitted': vi.fn(async () => ({})),
};

describe('password port messages', () => {
  it('answers a good request with its id', async () => {
    const answer = await answerPasswordMessage(
      { type: 'strength/rate', payload: { id: 7, vendorId: 'ring', password: 'abc', userInputs: [] } },
      ring,
      handlers,
    );
    expect(answer).toMatchObject({ id: 7, reply: { ok: true, value: { score: 2 } } });
  });

  it.each([
    ['not an envelope', 'hello', 'bad-envelope'],
    ['an unknown type', { type: 'password/store', payload: { id: 1 } }, 'unknown-type'],
    [
      'a password over 100 characters for rating',
      { type: 'strength/rate', payload: { id: 1, vendorId: 'ring', password: 'x'.repeat(101), userInputs: [] } },
      'bad-payload',
    ],
    [
      'an empty submitted password',
      { type: 'password/submitted', payload: { id: 1, vendorId: 'ring', password: '', form: 'login', userInputs: [] } },
      'bad-payload',
    ],
    [
      'an unknown form',
      {
        type: 'password/submitted',
        payload: { id: 1, vendorId: 'ring', password: 'x', form: 'reset', userInputs: [] },
      },
      'bad-payload',
    ],
    [
      'another vendor',
      { type: 'strength/rate', payload: { id: 1, vendorId: 'wyze', password: 'x', userInputs: [] } },
      'bad-sender',
    ],
    [
      'too many user inputs',
      {
        type: 'strength/rate',
        payload: { id: 1, vendorId: 'ring', password: 'x', userInputs: ['a', 'b', 'c', 'd', 'e'] },
      },
      'bad-payload',
    ],
  ])('rejects %s', async (_name, message, code) => {
    const answer = await answerPasswordMessage(message, ring, handlers);
    expect(answer.reply).toMatchObject({ ok: false, error: { code } });
    expect(JSON.stringify(answer)).not.toContain('xxxxxxxx');
  });
});
