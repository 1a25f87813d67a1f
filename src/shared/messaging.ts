/**
 * Sending protocol messages from content scripts and extension pages. Payloads are never logged:
 * some of them will carry a password.
 */
import { native } from './native';
import type { ErrorCode, MessageType, Payload, Replies, Reply } from './messages';

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/**
 * Sends a message to the background and returns its reply value; a refusal throws a MessageError.
 * If the background stopped while handling it (MV3 workers are stopped and restarted), the message
 * is sent once more: every message is safe to repeat (handlers merge or overwrite, never add twice
 * except visit counts).
 */
export async function send<T extends MessageType>(type: T, payload: Payload<T>): Promise<Replies[T]> {
  let reply: Reply<Replies[T]> | undefined;
  try {
    reply = (await native.runtime.sendMessage({ type, payload })) as Reply<Replies[T]> | undefined;
  } catch {
    reply = undefined;
  }
  if (reply === undefined || reply === null) {
    reply = (await native.runtime.sendMessage({ type, payload }).catch(() => undefined)) as
      Reply<Replies[T]> | undefined;
  }
  if (reply === undefined || reply === null) throw new MessageError('internal', `no reply to "${type}"`);
  if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
  return reply.value;
}
