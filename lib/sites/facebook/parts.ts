/**
 * The parts of a Facebook comment, found by structure: its author link, action row (time link, Like, Reply), media,
 * the body beside the author's name, and the words in it. Pure DOM reads, once per article per scan (facts.ts).
 */
import { readableText } from '../dom-text';
import { FB } from './selectors';
import { commentIdOf, isOwnLink, isProfileHref } from './links';
import { authorLink, kindOf, own, ownLinks, ownOf } from './structure';
import { factsOf } from './facts';
import { mediaOf } from './media';

export interface Parts {
  author: HTMLAnchorElement | null;
  /** The comment's own action row (time link, Like, Reply). */
  row: Element | null;
  media: Element[];
  /** The blocks around the media (a link preview's title with its picture): what the shield covers besides the text. */
  attachments: Element[];
  body: Element | null;
}

/** True when `el` holds the row or one of the media. */
function holdsOthers(el: Element, row: Element | null, media: Element[]): boolean {
  if (row && el.contains(row)) return true;
  for (let i = 0; i < media.length; i++) if (el.contains(media[i]!)) return true;
  return false;
}

/** Inside a link, a button or a reply before reaching `stop` (bounded: an unbounded closest() walks to the root). */
function inLinkOrButton(el: Element, stop: Element): boolean {
  for (let up: Element | null = el; up && up !== stop; up = up.parentElement) {
    const role = up.getAttribute('role');
    if (up.localName === 'a' || role === 'button' || role === 'article') return true;
  }
  return false;
}

/**
 * The text sits in the same block as the author's name (the bubble): the largest block around the name that holds
 * neither the action row nor the media. Inside it, the first own text container outside links and buttons.
 */
function bodyOf(article: Element, author: Element | null, row: Element | null, media: Element[]): Element | null {
  if (kindOf(article) === 'post') {
    const message = own(article, '[data-ad-preview="message"]')[0];
    if (message) return message;
  }
  let bubble: Element = article;
  if (author && kindOf(article) === 'comment') {
    bubble = author;
    for (let up = author.parentElement; up && up !== article && !holdsOthers(up, row, media); up = up.parentElement) bubble = up;
  }
  const candidates = kindOf(article) === 'post' ? bubble.querySelectorAll(FB.body) : ownOf(article).texts;
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i]!;
    if (bubble.contains(el) && !inLinkOrButton(el, bubble) && !(author && el.contains(author))) return el;
  }
  return null;
}

/** Author link, action row, media and body of an article, found once per scan. */
export function partsOf(article: Element): Parts {
  const facts = factsOf(article);
  if (facts.parts) return facts.parts;
  const author = authorLink(article);
  // A post article holds its whole thread: only its own message is read, never every comment's lists and media.
  if (kindOf(article) === 'post') return (facts.parts = { author, row: null, media: [], attachments: [], body: bodyOf(article, author, null, []) });
  const row = ownOf(article).lists.at(-1) ?? null;
  const media = mediaOf(article, row);
  const body = bodyOf(article, author, row, media);
  return (facts.parts = { author, row, media, attachments: media.length ? attachmentsOf(article, media, author, body, row) : [], body });
}

/** Each medium's largest block that holds none of the comment's other parts. */
function attachmentsOf(article: Element, media: Element[], ...others: Array<Element | null>): Element[] {
  const blocks = new Set<Element>();
  for (const m of media) {
    let block = m;
    for (let up = m.parentElement; up && up !== article && !others.some((o) => o && up!.contains(o)); up = up.parentElement) block = up;
    blocks.add(block);
  }
  return [...blocks];
}

/** A Facebook link that is not a profile: a time link candidate. */
const isTime = (a: Element): boolean => isOwnLink(a.getAttribute('href')) && !isProfileHref(a.getAttribute('href'));

/** The time link: a Facebook link in the action row that is not a profile; else an own comment_id link that is not the author's. */
export function timeLinkOf(article: Element): HTMLAnchorElement | undefined {
  const facts = factsOf(article);
  if (facts.timeLink !== undefined) return facts.timeLink ?? undefined;
  const { row } = partsOf(article);
  let found: HTMLAnchorElement | null = null;
  const links = ownLinks(article);
  for (let i = 0; i < links.length && row && !found; i++) if (row.contains(links[i]!) && isTime(links[i]!)) found = links[i]!;
  for (let i = 0; i < links.length && !found; i++) if (commentIdOf(links[i]!.getAttribute('href')) && isTime(links[i]!)) found = links[i]!;
  facts.timeLink = found;
  return found ?? undefined;
}


/** The body's words (buttons such as "See more" left out) and whether a "See more" said there is more. */
export function textOf(article: Element): { text: string; truncated: boolean } {
  const facts = factsOf(article);
  if (facts.text) return facts.text;
  const { body } = partsOf(article);
  let truncated = false;
  const text = body ? readableText(body, (el) => {
    if (el.getAttribute('role') !== 'button') return false;
    truncated ||= !el.querySelector('img');
    return true;
  }) : '';
  return (facts.text = { text, truncated });
}

