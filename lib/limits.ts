/**
 * Every size limit that crosses a boundary, defined once. The content script cuts what a page shows to these
 * limits before sending it (and says so in `truncated`), the protocol refuses anything past them, the store's
 * schemas accept everything the protocol accepts (so saving evidence never fails on a length), and the panel's
 * inputs use them as `maxLength`.
 */
export const LIMITS = {
  /** A platform's comment id; anything longer is not an id, and the comment cannot be tracked. */
  id: 200,
  name: 200,
  handle: 200,
  /** Permalinks, profile and source addresses. */
  url: 2_000,
  /** Comment text: a 100 kB comment passes whole; past this the text is cut and marked truncated. */
  text: 300_000,
  /** ISO time the page gave, and the time text it showed ("2 h"). */
  time: 100,
  timeText: 200,
  depth: 100,
  /** Comments per `page/comments` message, and their text in total (runtime messages are capped at 64 MiB). */
  batchComments: 500,
  batchChars: 2_000_000,
  /** Comments the background keeps per tab; past it the oldest context, then the oldest comments, go first. */
  tabComments: 5_000,
  /** A reply written into a platform's box, and the response log's copy of it. */
  reply: 10_000,
  brand: 100,
  agent: 100,
  templateTitle: 200,
  sourceTitle: 300,
  claim: 1_000,
  /** A guide file to import. */
  importBytes: 5 * 1024 * 1024,
} as const;

/** `text` cut to `max` UTF-16 units without splitting an emoji's surrogate pair; `cut` says whether it was. */
export function clip(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return { text: text.slice(0, end), cut: true };
}
