/**
 * X (x.com, twitter.com) selector table. Sources and confidence: ../shared/reference/dom.md §1.
 * Keyed on data-testid, roles, hrefs and time[datetime]; never on generated class names; aria-label text is
 * localised, so it is never used. Each entry: what it matches, and the date it was last checked.
 */
export const X = {
  /** Every post, reply and quoted-post shell. Checked 2026-11-25 (CPFT 2026-08, OpenCLI 2026). */
  tweet: 'article[data-testid="tweet"]',
  /** Virtualised timeline row that holds one article or a "show more" button. Checked 2026-11-25. */
  cell: '[data-testid="cellInnerDiv"]',
  /** The logged-in account's profile link in the side navigation (/<handle>), inside the page's one
   * <header role=banner>: whose replies are the user's own. Checked 2026-12-01 (real logged-in page 2025; absent
   * when logged out). */
  accountLink: 'a[data-testid="AppTabBar_Profile_Link"]',
  /** The conversation column; new cells arrive under it. Checked 2026-11-25. */
  primaryColumn: '[data-testid="primaryColumn"]',
  /** The post text (has `lang`); emoji are <img alt>. Checked 2026-11-25. */
  text: '[data-testid="tweetText"]',
  /** Author block: display-name link, @handle link (tabindex=-1), time link. Checked 2026-11-25. */
  userName: '[data-testid="User-Name"]',
  /** A quoted post is a role=link card inside the article; its fields are not the post's own. Checked 2026-11-25. */
  quoteCard: 'div[role="link"]',
  /** The time of a post, inside its permalink <a>; its `datetime` is read when present, else its label ("2h",
   * "Nov 23"). Checked 2026-12-01 (real pages 2025: every such time has a datetime). */
  time: 'a[href*="/status/"] > time',
  /** "Show more" link that expands a truncated post. Checked 2026-11-25 (CPFT). */
  showMore: '[data-testid="tweet-text-show-more-link"]',
  /** A post's photos, GIFs, videos and link cards. Checked 2026-12-01 (CPFT `tweetPhoto`, `videoPlayer`, `card.wrapper`). */
  media: '[data-testid="tweetPhoto"], [data-testid="videoPlayer"], [data-testid="card.wrapper"]',
  /** "Discover more" heading, in a cell without an article: every post after it is unrelated (CPFT
   * DISCOVER_MORE_HEADING). Checked 2026-11-25. */
  discoverHeading: 'h2[role="heading"]',
  /** Reply button in a post's action bar. Checked 2026-11-25. */
  replyButton: '[data-testid="reply"]',
  /** Draft.js editor (inline or modal; thread composers add _1, _2). Checked 2026-11-25. */
  composer: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  /** Submit buttons of the inline and modal composers (we only read them, never click). Checked 2026-11-25. */
  submit: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  /** The "More" caret that opens a post's menu. Checked 2026-11-25. */
  caret: '[data-testid="caret"]',
  /** Menu portal and its dropdown. Checked 2026-11-25. */
  menu: '#layers [data-testid="Dropdown"]',
  menuItem: '[role="menuitem"]',
  /** Menu items with stable testids. Checked 2026-11-25 (CPFT, TUIC). */
  blockItem: '[data-testid="block"][role="menuitem"]',
  reportItem: '[data-testid="report"][role="menuitem"]',
  /** "Mute @user" has no testid: its speaker icon path (TUIC `userMute`), told from "Mute this conversation" by
   * the @handle in its text. Checked 2026-11-25. */
  muteIconPath: 'path[d^="M18 6.59V1.2L8.71 7H5.5C4.12"]',
  /** Post-URL path: /<handle>/status/<id>. */
  statusPath: /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/,
} as const;

/**
 * The 2px vertical line that joins a reply to the post in the cell above it (a reply to a reply, or a self-thread):
 * CPFT's isReplyToPreviousTweet walks six first children from the article and checks the computed width.
 * Structural and fragile, so a miss only flattens depth. Checked 2026-11-25 (CPFT 2026-08).
 */
export function connectsUp(article: Element): boolean {
  let el: Element | null = article;
  for (let i = 0; i < 6 && el; i++) el = el.firstElementChild;
  return !!el && el.ownerDocument.defaultView?.getComputedStyle(el).width === '2px';
}
