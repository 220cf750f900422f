/**
 * Typed send / handle on top of browser.runtime messaging. Every reply is a `Reply`: receivers answer bad input
 * with a typed error instead of throwing, and senders never see an exception for an unreachable peer.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  EnvelopeSchema, describeIssues, isMessageType, protocol,
  type ErrorCode, type MessageType, type Reply, type RequestOf, type ResponseOf,
} from './protocol';
import { senderIs } from './senders';

type Handler<K extends MessageType> = (payload: RequestOf<K>, sender: Browser.runtime.MessageSender) =>
  ResponseOf<K> | Promise<ResponseOf<K>>;
export type Handlers = { [K in MessageType]?: Handler<K> };

/** Thrown by a handler to answer with a typed error instead of `internal`. */
export class Refused extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

function parseReply<K extends MessageType>(type: K, raw: unknown): Reply<ResponseOf<K>> {
  if (raw && typeof raw === 'object' && 'ok' in raw && raw.ok === false && 'error' in raw) {
    return raw as Reply<ResponseOf<K>>;
  }
  const data = raw && typeof raw === 'object' && 'data' in raw ? raw.data : undefined;
  const parsed = protocol[type].response.safeParse(data);
  if (!parsed.success) return { ok: false, error: { code: 'bad-response', message: describeIssues(parsed.error) } };
  return { ok: true, data: parsed.data as ResponseOf<K> };
}

function unreachable(err: unknown): { ok: false; error: { code: 'unreachable'; message: string } } {
  return { ok: false, error: { code: 'unreachable', message: err instanceof Error ? err.message : String(err) } };
}

/** To the background worker (from a content script or the panel). */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<Reply<ResponseOf<K>>> {
  try {
    return parseReply(type, await browser.runtime.sendMessage({ type, payload }));
  } catch (err) {
    return unreachable(err);
  }
}

/** To the content script of one tab (from the panel or the background). */
export async function sendToTab<K extends MessageType>(
  tabId: number, type: K, payload: RequestOf<K>,
): Promise<Reply<ResponseOf<K>>> {
  try {
    return parseReply(type, await browser.tabs.sendMessage(tabId, { type, payload }));
  } catch (err) {
    return unreachable(err);
  }
}

/**
 * Registers handlers for some message types. Messages of other types are left to other listeners unless
 * `answerUnknown` is set (the background answers them with a typed error). A message from a sender its protocol
 * entry does not allow is answered `forbidden` before its payload is even parsed. Returns the unsubscribe function.
 */
export function handle(handlers: Handlers, options: { answerUnknown?: boolean } = {}): () => void {
  const answer = async (raw: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<unknown> | undefined> => {
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success) return options.answerUnknown ? { ok: false, error: { code: 'bad-request', message: 'not a Tactful message' } } : undefined;
    const { type, payload } = envelope.data;
    const handler = isMessageType(type) ? (handlers[type] as Handler<typeof type> | undefined) : undefined;
    if (!isMessageType(type) || !handler) {
      return options.answerUnknown ? { ok: false, error: { code: 'unknown-message', message: `unknown message "${type}"` } } : undefined;
    }
    if (!senderIs(protocol[type].from, sender)) {
      return { ok: false, error: { code: 'forbidden', message: `"${type}" is only accepted from ${protocol[type].from === 'content' ? "Tactful's content script on a platform page" : "Tactful's own pages"}` } };
    }
    const parsed = protocol[type].request.safeParse(payload);
    if (!parsed.success) return { ok: false, error: { code: 'bad-request', message: describeIssues(parsed.error) } };
    try {
      return { ok: true, data: await handler(parsed.data as never, sender) };
    } catch (err) {
      const code = err instanceof Refused ? err.code : 'internal';
      return { ok: false, error: { code, message: err instanceof Error ? err.message : String(err) } };
    }
  };
  // sendResponse + `return true` works in Chrome, Firefox and the test fake alike; returning false leaves the
  // message to other listeners (a panel and a content script may both be listening).
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void): boolean => {
    const envelope = EnvelopeSchema.safeParse(raw);
    const mine = options.answerUnknown || (envelope.success && isMessageType(envelope.data.type) && !!handlers[envelope.data.type]);
    if (!mine) return false;
    void answer(raw, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
