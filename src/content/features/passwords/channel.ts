/**
 * The content end of the password port. Strength requests are "latest wins": while one is being
 * rated, only the newest value waits, so the meter follows typing without a fixed debounce.
 * The port is opened again if the background was restarted.
 */
import type { Runtime } from 'webextension-polyfill';
import { native } from '../../../shared/native';
import type { PasswordForm, PasswordReplies, Reply, StrengthResult } from '../../../shared/messages';
import { PASSWORD_PORT } from '../../../shared/vocabulary';
import { MessageError } from '../../../shared/messaging';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export interface PasswordChannel {
  /** Rates a password; resolves with null when a newer value superseded this one. */
  rate(password: string, userInputs: string[]): Promise<StrengthResult | null>;
  submitted(password: string, form: PasswordForm, userInputs: string[]): Promise<PasswordReplies['password/submitted']>;
  /** Opens the port if the background let it go, waking the worker (the user came to a field). */
  wake(): void;
  close(): void;
}

/**
 * A port cut sooner than this after opening, before any answer, means a failing background: no
 * waking it in a loop.
 */
const HEALTHY_PORT_MS = 1_000;

/**
 * `keepWarm` says whether the user is at a password field: if the browser stops the idle background
 * meanwhile, the port is opened again at once, so the next key meets a running worker.
 */
export function openPasswordChannel(vendorId: string, keepWarm: () => boolean = () => false): PasswordChannel {
  let port: Runtime.Port | null = null;
  let closed = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let rating: Promise<unknown> | null = null;
  let queued: { password: string; userInputs: string[]; resolve: (r: StrengthResult | null) => void } | null = null;

  function connect(): Runtime.Port {
    if (port !== null) return port;
    const opened = native.runtime.connect({ name: PASSWORD_PORT });
    const openedAt = performance.now();
    let answered = false;
    opened.onMessage.addListener((message: unknown) => {
      answered = true;
      const { id, reply } = message as { id: number | null; reply: Reply<unknown> };
      const waiter = id === null ? undefined : pending.get(id);
      if (waiter === undefined) return;
      pending.delete(id!);
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(new MessageError(reply.error.code, reply.error.message));
    });
    opened.onDisconnect.addListener(() => {
      port = null;
      for (const waiter of pending.values()) waiter.reject(new MessageError('internal', 'the background restarted'));
      pending.clear();
      if (closed || !keepWarm() || (!answered && performance.now() - openedAt < HEALTHY_PORT_MS)) return;
      try {
        connect();
      } catch {
        // The extension was reloaded or removed: nothing to wake.
      }
    });
    port = opened;
    return opened;
  }

  function request<T>(type: string, payload: Record<string, unknown>): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      try {
        connect().postMessage({ type, payload: { id, vendorId, ...payload } });
      } catch (error) {
        pending.delete(id);
        port = null;
        reject(error instanceof Error ? error : new Error('port closed'));
      }
    });
  }

  function rateNow(password: string, userInputs: string[]): Promise<StrengthResult> {
    // One retry: a port cut by a background restart is opened again.
    const ask = () => request<StrengthResult>('strength/rate', { password: password.slice(0, 100), userInputs });
    return ask().catch(ask);
  }

  function drain(): void {
    if (queued === null) {
      rating = null;
      return;
    }
    const { password, userInputs, resolve } = queued;
    queued = null;
    rating = rateNow(password, userInputs)
      .then(resolve, () => resolve(null))
      .finally(drain);
  }

  connect(); // wakes the background before the first key is typed
  return {
    rate(password, userInputs) {
      return new Promise((resolve) => {
        queued?.resolve(null); // superseded
        queued = { password, userInputs, resolve };
        if (rating === null) drain();
      });
    },
    submitted(password, form, userInputs) {
      // Once more on a new port if the background stopped mid-check (the checks are idempotent).
      const ask = () =>
        request<PasswordReplies['password/submitted']>('password/submitted', { password, form, userInputs });
      return ask().catch(ask);
    },
    wake() {
      if (closed) return;
      try {
        connect();
      } catch {
        // The extension was reloaded or removed.
      }
    },
    close() {
      closed = true;
      port?.disconnect();
      port = null;
    },
  };
}
