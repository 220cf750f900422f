/**
 * Instagram (www.instagram.com) selector table. Sources and confidence: ../shared/reference/dom.md §3.
 * The 2025 markup is classless divs: keyed on the comment permalink (/c/<id>/ wrapping a time[datetime]), profile
 * hrefs, dir=auto and roles. Labels are localised (the real pages are Portuguese): per-locale tables below.
 */
export const IG = {
  /** A comment's permalink wraps its time: /p/<code>/c/<id>/; its `datetime` is read when present, else its label
   * ("2 h", "3 d", "2 sem"). Checked 2026-12-01 (U2, S14, real pages 2025: every one has a datetime). */
  commentTime: 'a[href*="/c/"] > time',
  /** The caption's time is not inside a /c/ link; its block names the post owner. Checked 2026-11-25 (real pages). */
  time: 'time[datetime]',
  /** Profile link: /<username>/ (avatar link holds only an img). Checked 2026-11-25 (S10, real pages). */
  profileHref: /^\/([A-Za-z0-9._]{1,30})\/?$/,
  /** Paths that look like a username but are sections. */
  reserved: /^(p|reel|reels|tv|explore|stories|direct|accounts|about|legal)$/,
  /** Text spans, Reply / options / "more" buttons. Checked 2026-11-25. */
  text: 'span[dir="auto"]',
  button: '[role="button"], button',
  /** Comment box: a textarea in a form, newer surfaces an input or a contenteditable. Checked 2026-11-25 (S11). */
  composer: 'form textarea, form input[type="text"], [role="textbox"][contenteditable="true"]',
  /** Post modal and the options sheet are role=dialog. Checked 2026-11-25 (S10). */
  dialog: '[role="dialog"]',
  /** Shortcode in the URL or a permalink. */
  postPath: /\/(?:p|reel|tv)\/([\w-]+)/,
  commentPath: /\/c\/(\d+)/,
} as const;

/** Localised labels: English, Dutch, Portuguese (the real pages). Checked 2026-11-25. */
export const IG_LABELS = {
  reply: [/^reply$/i, /^beantwoorden$/i, /^antwoorden$/i, /^responder$/i],
  submit: [/^post$/i, /^plaatsen$/i, /^publicar$/i],
  options: [/comment options/i, /opmerkingopties/i, /opties voor opmerking/i, /opções de comentário/i],
  items: {
    report: [/^report/i, /^rapporteren/i, /^melden/i, /^denunciar/i],
    block: [/^block/i, /^blokkeren/i, /^bloquear/i],
    mute: [/^mute/i, /^restrict/i, /^dempen/i, /^beperken/i, /^silenciar/i, /^restringir/i],
    hide: [/^hide/i, /^verbergen/i, /^ocultar/i],
  },
} as const;

/**
 * `commentTime`, checked in script: Blink answers an attribute-substring + child-combinator query on a freshly
 * inserted subtree ~10x slower than a plain tag query (0.4 ms per appended comment in bench:dom).
 */
export function isCommentTime(el: Element): boolean {
  const link = el.parentElement;
  return el.localName === 'time' && link?.localName === 'a' && IG.commentPath.test(link.getAttribute('href') ?? '');
}

export const commentTimes = (root: ParentNode): Element[] => [...root.querySelectorAll('time')].filter(isCommentTime);
