import type { Values } from './render';

/**
 * Turns a reply the user wrote for a comment that matched no template into template text: the person's name and
 * handle, the facts of their comment, the source, the brand and the agent become variables again, so the next
 * person gets their own name and order number. Longer values go first ("the claim" before a word inside it).
 */
export function templateFromReply(reply: string, values: Values): string {
  const order = ['claim', 'handle', 'name', 'order', 'product', 'place', 'brand', 'agent', 'source'] as const;
  let text = reply;
  for (const variable of order) {
    const value = values[variable]?.trim();
    if (!value || value.length < 2) continue;
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Whole words only: the name "Ann" must not turn "Annual" into "{name}ual".
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}_@])${escaped}(?![\\p{L}\\p{N}_])`, 'gu'), `{${variable}}`);
  }
  return text;
}
