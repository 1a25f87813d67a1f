/**
 * Receiving protocol messages in the background. The sender is checked before any handler runs,
 * every payload is parsed with its schema, and every failure is answered with an error code
 * instead of a throw. Payloads are never logged: some of them will carry a password.
 */
import * as v from 'valibot';
import { isAccountPage, vendorForUrl } from '../vendors/lookup';
import {
  CONTENT_MESSAGES,
  OFFSITE_MESSAGES,
  PAGE_MESSAGES,
  type OffsiteMessageType,
  type ContentMessageType,
  type ErrorCode,
  type PageMessageType,
  type Payload,
  type Replies,
  type Reply,
} from './messages';

/** The parts of `runtime.MessageSender` the checks read. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Who sent a message, once the sender checks passed. */
export type SenderContext =
  | { kind: 'page' }
  | { kind: 'content'; tabId: number; frameId: number; vendorId: string; url: string }
  /** A content script on a page that is no vendor's (router admin pages, look-alike checks). */
  | { kind: 'offsite'; tabId: number; frameId: number; host: string; url: string };

export interface ExtensionIdentity {
  id: string;
  /** The extension's base URL, e.g. `chrome-extension://<id>/`. */
  baseUrl: string;
}

export type ContentHandlers = {
  [T in ContentMessageType]: (
    payload: Payload<T>,
    sender: Extract<SenderContext, { kind: 'content' }>,
  ) => Promise<Replies[T]>;
};
export type PageHandlers = { [T in PageMessageType]: (payload: Payload<T>) => Promise<Replies[T]> };
export type OffsiteHandlers = {
  [T in OffsiteMessageType]: (
    payload: Payload<T>,
    sender: Extract<SenderContext, { kind: 'offsite' }>,
  ) => Promise<Replies[T]>;
};

export function fail(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/** Decides who a sender is: one of our pages, a content script on a vendor page, or nobody we trust. */
export function identifySender(sender: Sender, self: ExtensionIdentity): SenderContext | { error: string } {
  if (sender.id !== self.id) return { error: 'sender is not this extension' };
  if (typeof sender.url !== 'string') return { error: 'sender has no URL' };
  if (sender.url.startsWith(self.baseUrl)) return { kind: 'page' };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return { error: 'content message without a tab' };
  const vendor = vendorForUrl(sender.url);
  if (vendor !== undefined) {
    // A vendor's forum or shop (community.ring.com) is not its account: it may not speak for it.
    if (!isAccountPage(vendor, new URL(sender.url))) return { error: `not an account page of ${vendor.id}` };
    return { kind: 'content', tabId, frameId: sender.frameId ?? 0, vendorId: vendor.id, url: sender.url };
  }
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return { error: 'sender has a malformed URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: 'sender page is not a web page' };
  return { kind: 'offsite', tabId, frameId: sender.frameId ?? 0, host: url.hostname, url: sender.url };
}

export function isOwnKey<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/**
 * Builds the one `runtime.onMessage` handler of the background. Every outcome is a `Reply`:
 * the caller can always tell a refused message from a failed one.
 */
/** Checks the `{ type, payload }` shape every message has. */
export function readEnvelope(message: unknown): { type: string; payload: unknown } | Reply<never> {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return fail('bad-envelope', 'a message must be an object { type, payload }');
  }
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string') return fail('bad-envelope', 'a message needs a string "type"');
  if (Object.keys(message).some((key) => key !== 'type' && key !== 'payload')) {
    return fail('bad-envelope', 'a message has only "type" and "payload"');
  }
  return { type, payload };
}

/**
 * Parses a content script's payload and checks that a `vendorId` in it is the vendor of the
 * sending page: a vendor page cannot speak for another vendor.
 */
export function parseContentPayload<S extends v.GenericSchema>(
  schema: S,
  type: string,
  payload: unknown,
  sender: Extract<SenderContext, { kind: 'content' }>,
): { ok: true; value: v.InferOutput<S> } | Reply<never> {
  const parsed = v.safeParse(schema, payload);
  if (!parsed.success) return fail('bad-payload', describeIssues(type, parsed.issues));
  const claimed: unknown = (parsed.output as { vendorId?: unknown }).vendorId;
  if (claimed !== undefined && claimed !== sender.vendorId) {
    return fail('bad-sender', `a ${sender.vendorId} page cannot speak for another vendor`);
  }
  return { ok: true, value: parsed.output };
}

/** Runs a handler; a throw becomes an `internal` error reply naming only the message type. */
export async function runHandler(type: string, work: () => Promise<unknown>): Promise<Reply<unknown>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return fail('internal', `"${type}" failed: ${error instanceof Error ? error.message : 'unknown error'}`);
  }
}

/**
 * Builds the one `runtime.onMessage` handler of the background. Every outcome is a `Reply`:
 * the caller can always tell a refused message from a failed one.
 */
export function createRouter(
  handlers: { content: ContentHandlers; page: PageHandlers; offsite?: OffsiteHandlers },
  self: ExtensionIdentity,
  /** The store is migrated and ready: every handler runs only after it, checked here once. */
  ready: Promise<unknown> = Promise.resolve(),
) {
  return async function route(message: unknown, sender: Sender): Promise<Reply<unknown>> {
    const envelope = readEnvelope(message);
    if ('ok' in envelope) return envelope;
    const { type, payload } = envelope;
    const isContentType = isOwnKey(CONTENT_MESSAGES, type);
    const isPageType = isOwnKey(PAGE_MESSAGES, type);
    const isOffsiteType = isOwnKey(OFFSITE_MESSAGES, type);
    if (!isContentType && !isPageType && !isOffsiteType) {
      return fail('unknown-type', `unknown message type "${type.slice(0, 60)}"`);
    }

    const who = identifySender(sender, self);
    if ('error' in who) return fail('bad-sender', who.error);
    if (who.kind === 'offsite') {
      if (!isOffsiteType || handlers.offsite === undefined)
        return fail('bad-sender', 'sender page is not a vendor site');
      const parsed = v.safeParse(OFFSITE_MESSAGES[type], payload);
      if (!parsed.success) return fail('bad-payload', describeIssues(type, parsed.issues));
      const handler = handlers.offsite[type] as (p: unknown, s: typeof who) => Promise<unknown>;
      return runHandler(type, async () => {
        await ready;
        return handler(parsed.output, who);
      });
    }
    if (isOffsiteType) return fail('bad-sender', `"${type}" is sent from pages that are no vendor's`);
    if (who.kind === 'content') {
      if (!isContentType) return fail('bad-sender', `"${type}" may only be sent by the extension's own pages`);
      const parsed = parseContentPayload(CONTENT_MESSAGES[type], type, payload, who);
      if (!parsed.ok) return parsed;
      const handler = handlers.content[type] as (p: unknown, s: typeof who) => Promise<unknown>;
      return runHandler(type, async () => {
        await ready;
        return handler(parsed.value, who);
      });
    }
    if (!isPageType) return fail('bad-sender', `"${type}" is a content-script message`);
    const parsed = v.safeParse(PAGE_MESSAGES[type], payload);
    if (!parsed.success) return fail('bad-payload', describeIssues(type, parsed.issues));
    const handler = handlers.page[type] as (p: unknown) => Promise<unknown>;
    return runHandler(type, async () => {
      await ready;
      return handler(parsed.output);
    });
  };
}

/** Names the bad fields without echoing their values (a value may be a password). */
function describeIssues(type: string, issues: readonly v.BaseIssue<unknown>[]): string {
  // Field names come from the sender too: keep them short.
  const fields = issues.map((issue) => (v.getDotPath(issue) ?? '(payload)').slice(0, 40));
  return `bad payload for "${type}": ${[...new Set(fields)].slice(0, 5).join(', ')}`;
}
