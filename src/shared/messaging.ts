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

/** Sends a message to the background and returns its reply value; a refusal throws a MessageError. */
export async function send<T extends MessageType>(type: T, payload: Payload<T>): Promise<Replies[T]> {
  const reply = (await native.runtime.sendMessage({ type, payload })) as Reply<Replies[T]> | undefined;
  if (reply === undefined || reply === null) throw new MessageError('internal', `no reply to "${type}"`);
  if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
  return reply.value;
}
