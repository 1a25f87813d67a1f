/**
 * The password port's waking: when the browser stops the idle background while the user is at a
 * password field, the port is opened again at once (so the next key meets a running worker); not
 * when the user is elsewhere, not after the channel is closed, and not in a loop for a background
 * that fails as it starts. The bench measures the effect in Chromium (cold keystroke rows).
 */
import { describe, expect, it, vi } from 'vitest';

interface FakePort {
  postMessage: (message: unknown) => void;
  disconnect: () => void;
  onMessage: { addListener: (fn: (message: unknown) => void) => void };
  onDisconnect: { addListener: (fn: () => void) => void };
  /** Test side: the background answers, or goes away. */
  answer: (message: unknown) => void;
  cut: () => void;
}
const ports: FakePort[] = [];
vi.mock('../../../src/shared/native', () => ({
  native: {
    runtime: {
      connect: () => {
        const messageListeners: Array<(m: unknown) => void> = [];
        const disconnectListeners: Array<() => void> = [];
        const port: FakePort = {
          postMessage: () => undefined,
          disconnect: () => undefined,
          onMessage: { addListener: (fn) => void messageListeners.push(fn) },
          onDisconnect: { addListener: (fn) => void disconnectListeners.push(fn) },
          answer: (m) => messageListeners.forEach((fn) => fn(m)),
          cut: () => disconnectListeners.forEach((fn) => fn()),
        };
        ports.push(port);
        return port;
      },
    },
  },
}));

const { openPasswordChannel } = await import('../../../src/content/features/passwords/channel');

describe('the password port', () => {
  it('is opened again at once when the background stops while the user is at a field', () => {
    ports.length = 0;
    let atField = true;
    const channel = openPasswordChannel('ring', () => atField);
    expect(ports).toHaveLength(1); // opened up front, before the first key
    ports[0]!.answer({ id: null, reply: { ok: true, value: null } });
    ports[0]!.cut();
    expect(ports).toHaveLength(2);
    // Elsewhere: left closed until the user comes back (focus wakes it).
    ports[1]!.answer({ id: null, reply: { ok: true, value: null } });
    atField = false;
    ports[1]!.cut();
    expect(ports).toHaveLength(2);
    channel.wake();
    expect(ports).toHaveLength(3);
    channel.wake(); // already open
    expect(ports).toHaveLength(3);
    channel.close();
    atField = true;
    ports[2]!.cut();
    channel.wake();
    expect(ports).toHaveLength(3);
  });

  it('does not wake a background that fails as it starts, again and again', () => {
    ports.length = 0;
    openPasswordChannel('ring', () => true);
    ports[0]!.cut(); // cut at once, before any answer
    expect(ports).toHaveLength(1);
  });
});
