/**
 * How a Facebook thread is built, read from structure alone (no label text, so any UI language works): which
 * role=article is a post and which a comment, where a thread lives when its post is not an article (post dialogs,
 * group dialogs, the photo viewer, reels), and who answers whom, whether replies nest inside their parent's article
 * or follow it in a sibling container.
 */
import { FB } from './selectors';
import { identityOf, isProfileHref } from './links';
import { factsOf, pageOf, type Kind, type Own, type Place } from './facts';

export type { Kind, Place } from './facts';

/** The article around this one (asked for every comment on the way to its post: remembered per scan). */
export function articleAbove(el: Element): Element | null {
  const facts = factsOf(el);
  if (facts.above === undefined) facts.above = el.parentElement?.closest(FB.article) ?? null;
  return facts.above;
}

/** Elements that belong to this article, not to a reply article nested inside it. */
export function own<T extends Element = Element>(article: Element, selector: string): T[] {
  const all = [...article.querySelectorAll<T>(selector)];
  const nested = factsOf(article).nested ?? article.querySelector(FB.article) !== null;
  return nested ? all.filter((el) => el.closest(FB.article) === article) : all;
}

/**
 * The article's own links, lists, media, text containers and menu buttons, out of one query, with the ownership
 * check (native closest) only when replies nest inside.
 */
export function ownOf(article: Element): Own {
  const facts = factsOf(article);
  if (facts.own) return facts.own;
  const nested = facts.nested ?? article.querySelector(FB.article) !== null;
  const found: Own = { links: [], lists: [], media: [], texts: [], menus: [] };
  // One query for every part (each query is a walk over the comment's subtree and a list the page's heap keeps);
  // indexed, not for…of: a first scan runs this cold, where each iterator step allocates (bench:dom).
  const parts = article.querySelectorAll(OWN_PARTS);
  for (let i = 0; i < parts.length; i++) {
    const el = parts[i]!;
    if (nested && el.closest(FB.article) !== article) continue;
    const tag = el.localName;
    if (tag === 'a') found.links.push(el as HTMLAnchorElement);
    else if (tag === 'ul') found.lists.push(el);
    else if (tag === 'img' || tag === 'video' || el.getAttribute('role') === 'img') found.media.push(el);
    else if (el.getAttribute('aria-haspopup') === 'menu') found.menus.push(el);
    else found.texts.push(el);
  }
  return (facts.own = found);
}

const OWN_PARTS = `a[href], ${FB.actionRow}, ${FB.media}, ${FB.body}, ${FB.menuButton}`;

const MARKS = `${FB.postMark}, ${FB.heading}`;

/** Headings and story/ad-rendering marks of the article's own: a post has them, a comment never (so most articles
 * are answered by one query that finds nothing, without a list). */
const marksOf = (article: Element): Element[] => article.querySelector(MARKS) ? own(article, MARKS) : [];

export const ownLinks = (article: Element): HTMLAnchorElement[] => ownOf(article).links;

/**
 * The first own link that passes `test`, without collecting the rest: a post article holds every link of its
 * thread, but its author and permalink come first.
 */
export function firstOwnLink(article: Element, test: (a: HTMLAnchorElement) => boolean): HTMLAnchorElement | null {
  const facts = factsOf(article);
  if (facts.own) return facts.own.links.find(test) ?? null;
  const nested = facts.nested ?? true;
  for (const a of article.getElementsByTagName('a')) {
    if (a.hasAttribute('href') && (!nested || a.closest(FB.article) === article) && test(a)) return a;
  }
  return null;
}

/** A profile link with visible text (the avatar link holds only a picture). */
const isNameLink = (a: HTMLAnchorElement): boolean => a.getAttribute('aria-hidden') !== 'true'
  && !!(a.textContent ?? '').trim() && isProfileHref(a.getAttribute('href'));

/** The first own profile link with visible text: the author's name (the avatar link holds only a picture). */
export function authorLink(article: Element): HTMLAnchorElement | null {
  const facts = factsOf(article);
  if (facts.author !== undefined) return facts.author;
  // A comment's own links are all needed later anyway; a post's are its whole thread's, so only the first few.
  return (facts.author = isPost(article) ? firstOwnLink(article, isNameLink) : ownLinks(article).find(isNameLink) ?? null);
}

export function authorOf(article: Element): ReturnType<typeof identityOf> {
  const facts = factsOf(article);
  if (facts.identity !== undefined) return facts.identity;
  const link = authorLink(article);
  return (facts.identity = link ? identityOf(link.getAttribute('href'), pageOf(article.ownerDocument).host) : null);
}

/**
 * A post article says so: a feed position, a label that points at a heading, a story message or ad-rendering
 * role, or its author's link inside a heading. A comment has none of these (its author link is never in a heading).
 */
function isPostArticle(a: Element): boolean {
  if (a.hasAttribute('aria-posinset')) return true;
  const labelledBy = a.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  if (labelledBy && a.ownerDocument.getElementById(labelledBy)?.matches(FB.heading)) return true;
  // Inside a post, an article is one of its comments: no need to look for marks.
  const up = articleAbove(a);
  if (up && (kindOf(up) === 'post' || threadOf(up).matches(FB.article))) return false;
  return marksOf(a).some((el) => !el.matches(FB.heading)
    || [...el.querySelectorAll('a[href]')].some((l) => isProfileHref(l.getAttribute('href'))));
}

const isPost = (article: Element): boolean => (factsOf(article).post ??= isPostArticle(article));

/** Post, comment (an author link of its own), or other (a deleted comment's stub, an unrelated widget). */
export function kindOf(article: Element): Kind {
  const facts = factsOf(article);
  return (facts.kind ??= isPost(article) ? 'post' : authorLink(article) ? 'comment' : 'other');
}

/** Where a comment's thread lives: its (outermost) post article, else the dialog, side pane or page around it. */
export function threadOf(article: Element): Element {
  const facts = factsOf(article);
  if (facts.thread) return facts.thread;
  const up = articleAbove(article);
  let thread: Element;
  if (!up) thread = article.closest(FB.surface) ?? article.ownerDocument.body;
  else {
    const outer = threadOf(up); // the outermost post wins: a post can sit inside another's article
    thread = outer.matches(FB.article) ? outer : kindOf(up) === 'post' ? up : outer;
  }
  return (facts.thread = thread);
}

const depthBelow = (ancestor: Element, el: Element): number => {
  let n = 0;
  for (let cur: Element | null = el; cur && cur !== ancestor; cur = cur.parentElement) n++;
  return n;
};

const isArticle = (el: Element): boolean => el.getAttribute('role') === 'article';

/**
 * Flat layouts put a comment's replies in a container after it: climbing from a comment, the nearest earlier
 * sibling subtree that holds a comment tells which. A comment shallower in the common ancestor is the thread head;
 * one at the same depth is a sibling, so keep climbing. Only earlier siblings are searched, never the whole list.
 */
function flatHead(article: Element, thread: Element): Element | null {
  for (let child: Element = article, up = article.parentElement; up && up !== thread; child = up, up = up.parentElement) {
    if (isArticle(up)) return null; // nested inside another article: nesting already answered
    let earlier: Element | null = null;
    for (let sib = child.previousElementSibling; sib && !earlier; sib = sib.previousElementSibling) {
      earlier = isArticle(sib) ? sib : sib.querySelector(FB.article);
    }
    if (earlier && kindOf(earlier) === 'comment' && depthBelow(up, earlier) < depthBelow(up, article)) return earlier;
  }
  return null;
}

/** The comment this one answers (null: the post) and its depth (1 = a direct comment on the post). */
export function placeOf(article: Element): Place {
  const facts = factsOf(article);
  if (facts.place) return facts.place;
  const thread = threadOf(article);
  let parent: Element | null = null;
  let depth = 1;
  for (let up = articleAbove(article); up && up !== thread; up = articleAbove(up)) {
    if (kindOf(up) !== 'comment') continue;
    parent ??= up;
    depth++;
  }
  if (!parent) {
    const head = flatHead(article, thread);
    if (head) [parent, depth] = [head, placeOf(head).depth + 1];
  }
  return (facts.place = { parent, depth });
}
