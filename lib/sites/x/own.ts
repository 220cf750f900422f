import { X } from './selectors';

/** Elements of a quoted post sit inside a role=link card; the post's own fields never do. */
export function own(article: Element, selector: string): Element | null {
  for (const el of article.querySelectorAll(selector)) {
    const card = el.closest(X.quoteCard);
    if (!card || !article.contains(card)) return el;
  }
  return null;
}
