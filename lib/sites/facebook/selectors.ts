/**
 * Facebook (www.facebook.com, web.facebook.com: the same Comet markup) selector table. Sources and confidence:
 * ../shared/reference/dom.md §2. Structure first: roles, nesting, profile and permalink hrefs, `dir`/`lang`, image
 * sources. aria-label text is localised (Dutch, Vietnamese, Arabic, …), so labels appear only in the small per-locale
 * table below, as a fast path for actions; reading comments never needs a label.
 */
export const FB = {
  /** Posts and comments are role=article; comments nest inside their post's article or sit in a post dialog,
   * photo viewer or reel pane whose post is not an article. Checked 2026-12-01 (CloneBlocker; real page 2025). */
  article: '[role="article"]',
  /** A post article says what it is: a feed position, a story message or ad-rendering roles (never on comments).
   * Checked 2026-12-01 (real page 2025: aria-posinset, data-ad-rendering-role="story_message"). */
  postMark: '[data-ad-preview], [data-ad-rendering-role], [data-ad-comet-preview]',
  /** Headings: a post's author sits in one (h2/h3/h4 > … > a); a comment's author link never does. Checked 2026-12-01. */
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  /** The comment body: a span[lang] wrapper or a div[dir=auto] (U1, S8; real page 2025). Checked 2026-12-01. */
  body: 'span[lang], div[dir="auto"]',
  /** "See more", Like, Reply, menus: role=button divs. Checked 2026-12-01. */
  button: '[role="button"]',
  /** A comment's action row: a list holding its time link, Like and Reply (real page 2025: ul > li > … > a). */
  actionRow: 'ul',
  /** Media of a comment: GIFs and photos are <img>, stickers <img> or a role=img sprite, videos <video>. Checked
   * 2026-12-01 (real page 2025: external images proxied as external…fbcdn.net/emg1/…?url=<original>). */
  media: 'img, video, [role="img"]',
  /** Where a thread lives when its post is not an article: a post dialog, a side pane (photo viewer, reel), the page. */
  surface: '[role="dialog"], [role="complementary"], [role="main"]',
  /** A post dialog ("<Name>'s Post") holds the post and its comments. Checked 2026-12-01 (S8). */
  dialog: '[role="dialog"]',
  /** Lexical comment composer; never a bare [data-lexical-editor] scan of the page (Messenger boxes match too, S12). Checked 2026-11-25. */
  composer: '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  /** The comment's "…" button opens a menu (hover-revealed but in the DOM). Checked 2026-11-25 (U3). */
  menuButton: '[role="button"][aria-haspopup="menu"]',
  menu: '[role="menu"]',
  menuItem: '[role="menuitem"]',
  /** Post id in a permalink: /posts/<id or pfbid…>, /videos/<id>, /permalink/<id>, /reel/<id>, story_fbid=, fbid= (photos). */
  postPath: /\/(?:posts|videos|permalink|reel)\/([\w-]+)|[?&](?:story_)?fbid=([\w-]+)/,
  /** Facebook's own hosts (www, web, m, l for outbound links): anything else is off-site. */
  host: /^(?:[\w-]+\.)?facebook\.com$/,
  /** Outbound links go through l.facebook.com / lm.facebook.com: never a profile, never a comment. */
  outbound: /^l[m]?\.facebook\.com$/,
  /** Sticker images are served from the t39.1997-6 CDN path (the classic thumbs-up sticker's URL). Checked 2026-12-01. */
  stickerSrc: /\/t39\.1997-6\//,
  /** GIFs come from GIPHY or Tenor, proxied through external…fbcdn.net with the original in `url=`. Checked 2026-12-01. */
  gifSrc: /giphy\.com|tenor\.com|\.gif(?:$|[?&#%])/i,
  /** Pictures from other sites (link previews, GIFs) are proxied through external…fbcdn.net. Checked 2026-12-01 (real page 2025). */
  proxiedSrc: /^https:\/\/external[\w.-]*\.fbcdn\.net\//,
} as const;

/**
 * Localised labels for actions only (the Reply button and the menu's items), a fast path: a button is a candidate
 * only when structure says so (role=button in the comment's own action row, not a menu, not a toggle), and no
 * button is ever chosen by its position. English, Dutch, Vietnamese, Arabic, plus the largest Facebook locales.
 * Checked 2026-12-01 (dom.md §2; Facebook's own locale strings as shown in its UI).
 */
export const FB_LABELS = {
  reply: [/^reply$/i, /^beantwoorden$/i, /^antwoorden$/i, /^phản hồi$/i, /^trả lời$/i, /^رد$/, /^responder$/i,
    /^répondre$/i, /^antworten$/i, /^rispondi$/i, /^odpowiedz$/i, /^ответить$/i, /^balas$/i, /^yanıtla$/i, /^返信$/, /^回复$/, /^回覆$/],
  submit: [/^comment$/i, /^post comment$/i, /^reageren$/i, /^reactie plaatsen$/i, /^bình luận$/i, /^تعليق$/],
  menuButton: [/hide or report this/i, /edit or delete this/i, /verbergen of rapporteren/i, /bewerken of verwijderen/i],
  /** The menu of the viewer's own comment (only its author may edit it): the logged-in account's reply, whoever wrote
   * the post. A fallback to the post's author, never needed to read a comment. */
  mine: [/edit or delete this/i, /bewerken of verwijderen/i, /chỉnh sửa hoặc xóa/i, /تعديل هذا أو حذفه/],
  items: {
    hide: [/^hide/i, /verbergen/i, /^ẩn/i, /^إخفاء/],
    report: [/^report/i, /rapporteren/i, /melden/i, /^báo cáo/i, /^الإبلاغ/],
    block: [/^block/i, /blokkeren/i, /^chặn/i, /^حظر/],
    mute: [/^snooze/i, /^mute/i, /sluimeren/i, /negeren/i],
  },
} as const;
