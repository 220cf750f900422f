import { X } from './selectors';

/** Elements of a quoted post sit inside a role=link card; the post's own fields never do. */
export function own(article: Element, selector: string): Element | null {
  for (const el of article.querySelectorAll(selector)) {
    const card = el.closest(X.quoteCard);
    if (!card || !article.contains(card)) return el;
  }
  return null;
}

/**
 * The post's own permalink time (`X.time`), found by tag and checked in script: an attribute-substring +
 * combinator query costs far more on freshly inserted cells (bench:dom).
 */
export function ownTime(article: Element): Element | null {
  for (const t of article.getElementsByTagName('time')) {
    const link = t.parentElement;
    if (link?.localName !== 'a' || !link.getAttribute('href')?.includes('/status/')) continue;
    const card = t.closest(X.quoteCard);
    if (!card || !article.contains(card)) return t;
  }
  return null;
}
