/**
 * Which part of a conversation a timeline cell is in: above the focused post (its ancestors), the focused post and
 * its replies, or the unrelated "Discover more" posts. A cell's zone follows from the cell before it, so each cell
 * remembers its zone and a new cell usually needs one step back, not a walk over the whole timeline (comparing
 * document positions costs a walk over the siblings, which made a 5,000-reply scan quadratic).
 */
import { X } from './selectors';

export type Zone = 'above' | 'thread' | 'discover';

interface Memo { prev: Element | null; focused: Element | null; zone: Zone }
const memos = new WeakMap<Element, Memo>();

function step(cell: Element, before: Zone, focused: Element | null): Zone {
  if (before === 'discover' || (cell.querySelector(X.discoverHeading) && !cell.querySelector(X.tweet))) return 'discover';
  if (focused && cell.contains(focused)) return 'thread';
  return before;
}

export function zoneOf(cell: Element, focused: Element | null): Zone {
  const pending: Element[] = [];
  let zone: Zone = 'above';
  for (let c: Element | null = cell; c; c = c.previousElementSibling) {
    const memo = memos.get(c);
    if (memo && memo.prev === c.previousElementSibling && memo.focused === focused) {
      zone = memo.zone;
      break;
    }
    pending.push(c);
  }
  for (let i = pending.length - 1; i >= 0; i--) {
    const c = pending[i]!;
    zone = step(c, zone, focused);
    memos.set(c, { prev: c.previousElementSibling, focused, zone });
  }
  return zone;
}
