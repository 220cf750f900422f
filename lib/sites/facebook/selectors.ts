/**
 * Facebook (www.facebook.com, Comet markup) selector table. Sources and confidence: ../shared/reference/dom.md §2.
 * Structure first: roles, `comment_id` hrefs, `dir`/`lang`, nesting. aria-label text is localised (Dutch, Vietnamese,
 * …), so labels appear only in the small per-locale tables below, as a fast path or a last resort.
 */
export const FB = {
  /** Posts and comments are role=article; a comment is an article nested in another (CloneBlocker). Checked 2026-11-25. */
  article: '[role="article"]',
  /** Permalink of a comment (and the author link, whose comment_id is base64). Checked 2026-11-25 (U1, S8, real page 2025). */
  commentLink: 'a[href*="comment_id="]',
  /** The comment body: a span[lang] wrapper or a div[dir=auto] (U1, S8; real page 2025). Checked 2026-11-25. */
  body: 'span[lang], div[dir="auto"]',
  /** "See more", Like, Reply, menus: role=button divs. Checked 2026-11-25. */
  button: '[role="button"]',
  /** A post dialog ("<Name>'s Post") holds the post and its comments. Checked 2026-11-25 (S8). */
  dialog: '[role="dialog"]',
  /** Lexical comment composer; never a bare [data-lexical-editor] scan of the page (Messenger boxes match too, S12). Checked 2026-11-25. */
  composer: '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  /** The comment's "…" button opens a menu (hover-revealed but in the DOM). Checked 2026-11-25 (U3). */
  menuButton: '[role="button"][aria-haspopup="menu"]',
  menu: '[role="menu"]',
  menuItem: '[role="menuitem"]',
  /** Post id in a permalink path: /posts/<id or pfbid…>, /videos/<id>, /permalink/<id>, story_fbid=<id>. */
  postPath: /\/(?:posts|videos|permalink|reel)\/([\w-]+)|[?&]story_fbid=([\w-]+)/,
} as const;

/** Localised labels, English and Dutch (the product's two UI languages). Checked 2026-11-25 (dom.md §2). */
export const FB_LABELS = {
  reply: [/^reply$/i, /^beantwoorden$/i, /^antwoorden$/i],
  submit: [/^comment$/i, /^post comment$/i, /^reageren$/i, /^reactie plaatsen$/i],
  menuButton: [/hide or report this/i, /edit or delete this/i, /verbergen of rapporteren/i, /bewerken of verwijderen/i],
  items: {
    hide: [/^hide/i, /verbergen/i],
    report: [/^report/i, /rapporteren/i, /melden/i],
    block: [/^block/i, /blokkeren/i],
    mute: [/^snooze/i, /^mute/i, /sluimeren/i, /negeren/i],
  },
} as const;
