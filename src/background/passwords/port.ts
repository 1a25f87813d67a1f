/**
 * The background end of the password port. The sender is checked once, when the port connects
 * (a content script on a vendor page, in a tab); every message is then parsed like any other.
 * Replies carry the request id; nothing here logs or keeps a password.
 */
import {
  fail,
  identifySender,
  isOwnKey,
  parseContentPayload,
  readEnvelope,
  runHandler,
  type ExtensionIdentity,
  type SenderContext,
} from '../../shared/message-router';
import {
  PASSWORD_MESSAGES,
  PASSWORD_PORT,
  type PasswordMessageType,
  type PasswordPayload,
  type PasswordReplies,
  type Reply,
} from '../../shared/messages';
import type { Runtime } from '../../shared/browser';

type ContentSender = Extract<SenderContext, { kind: 'content' }>;
export type PasswordHandlers = {
  [T in PasswordMessageType]: (payload: PasswordPayload<T>, sender: ContentSender) => Promise<PasswordReplies[T]>;
};

export interface PortReply {
  id: number | null;
  reply: Reply<unknown>;
}

/** Answers one message that arrived on a password port. */
export async function answerPasswordMessage(
  message: unknown,
  sender: ContentSender,
  handlers: PasswordHandlers,
): Promise<PortReply> {
  const envelope = readEnvelope(message);
  if ('ok' in envelope) return { id: null, reply: envelope };
  const { type, payload } = envelope;
  const rawId = (payload as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'number' && Number.isSafeInteger(rawId) && rawId >= 0 ? rawId : null;
  if (!isOwnKey(PASSWORD_MESSAGES, type)) {
    return { id, reply: fail('unknown-type', `unknown password message "${type.slice(0, 60)}"`) };
  }
  const parsed = parseContentPayload(PASSWORD_MESSAGES[type], type, payload, sender);
  if (!parsed.ok) return { id, reply: parsed };
  const handler = handlers[type] as (p: unknown, s: ContentSender) => Promise<unknown>;
  return { id, reply: await runHandler(type, () => handler(parsed.value, sender)) };
}

/** Accepts a password port from a vendor page's content script; refuses any other. */
export function acceptPasswordPort(port: Runtime.Port, self: ExtensionIdentity, handlers: PasswordHandlers): boolean {
  if (port.name !== PASSWORD_PORT) return false;
  const who = port.sender === undefined ? { error: 'no sender' } : identifySender(port.sender, self);
  if ('error' in who || who.kind !== 'content') {
    port.disconnect();
    return false;
  }
  port.onMessage.addListener((message: unknown) => {
    void answerPasswordMessage(message, who, handlers).then((answer) => {
      try {
        port.postMessage(answer);
      } catch {
        // The page went away (e.g. it navigated after a login): the work is done, nobody to tell.
      }
    });
  });
  return true;
}
