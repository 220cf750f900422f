/**
 * Every message between content scripts, the background worker and the side panel, defined once.
 * Content scripts run on hostile pages, so every receiver validates with these schemas before acting.
 */
import * as z from 'zod/mini';

// Extension pages forbid eval: without this, zod probes `new Function` and the browser logs a CSP violation.
z.config({ jitless: true });
import { MEDIA_KINDS, type AdapterHealth, type Comment, type InsertResult, type ModerationResult } from '../sites/site-adapter';
import { ACTIONS, TAKEN_ACTIONS, type Assessment } from '../scoring/assessment';
import { LIMITS } from '../limits';
import { TIME_FROM } from '../sites/time-label';
import { isPlatformUrl } from '../urls';

const platform = z.enum(['x', 'facebook', 'instagram']);
const text = (max = 2_000) => z.string().check(z.maxLength(max));
const unit = z.number().check(z.gte(0), z.lte(1));

/** An address a page gave for a comment: empty (unknown) or https on the comment's own platform. */
const onPlatform = (field: 'permalink' | 'profileUrl') => z.refine<Comment>(
  (c) => c[field] === '' || isPlatformUrl(c.platform, c[field]),
  { error: 'must be an https address on the platform\'s own hosts', path: [field] },
);

export const CommentSchema: z.ZodMiniType<Comment> = z.object({
  id: text(LIMITS.id).check(z.minLength(1)),
  platform,
  authorName: text(LIMITS.name),
  handle: text(LIMITS.handle),
  profileUrl: text(LIMITS.url),
  text: text(LIMITS.text),
  media: z.optional(z.array(z.enum(MEDIA_KINDS)).check(z.maxLength(MEDIA_KINDS.length))),
  truncated: z.boolean(),
  permalink: text(LIMITS.url),
  time: z.optional(text(LIMITS.time)),
  timeFrom: z.enum(TIME_FROM),
  timeText: text(LIMITS.timeText),
  parentId: z.optional(text(LIMITS.id)),
  depth: z.number().check(z.int(), z.gte(0), z.lte(LIMITS.depth)),
  isPost: z.boolean(),
  byOwner: z.boolean(),
}).check(onPlatform('permalink'), onPlatform('profileUrl'));

export const HealthSchema: z.ZodMiniType<AdapterHealth> = z.object({
  platform,
  commentsFound: z.number().check(z.int(), z.gte(0)),
  missing: z.array(text(200)),
  unreadable: z.number().check(z.int(), z.gte(0)),
});

const ReasonSchema = z.object({ code: text(100), evidence: z.optional(text(500)) });

export const AssessmentSchema: z.ZodMiniType<Assessment> = z.object({
  language: z.enum(['en', 'nl', 'other']),
  tone: z.object({ negative: unit, neutral: unit, positive: unit }),
  toxicity: unit,
  hate: unit,
  threat: unit,
  troll: unit,
  complaint: unit,
  misinformation: unit,
  action: z.enum(ACTIONS),
  confidence: unit,
  reasons: z.array(ReasonSchema),
  alternative: z.optional(z.object({ action: z.enum(ACTIONS), confidence: unit, reasons: z.array(ReasonSchema) })),
});

const count = z.number().check(z.int(), z.gte(0));
/** The wave (the same text from several accounts, across the threads seen) a comment is in: lib/background/wave-pool.ts. */
export const WaveTagSchema = z.object({ key: text(LIMITS.id + 20), comments: count, accounts: count });

export const ScoredCommentSchema = z.object({ comment: CommentSchema, assessment: AssessmentSchema, firstSeen: z.number(), wave: z.optional(WaveTagSchema) });
export type ScoredComment = z.infer<typeof ScoredCommentSchema>;

export const TabStateSchema = z.object({
  tabId: z.number(),
  url: text(LIMITS.url),
  platform: z.nullable(platform),
  comments: z.array(ScoredCommentSchema).check(z.maxLength(LIMITS.tabComments)),
  health: z.nullable(HealthSchema),
  /** Comments dropped to keep the tab within LIMITS.tabComments (oldest context first, then oldest). */
  dropped: z.number().check(z.int(), z.gte(0)),
  /** The browser's session storage was full: the tab's comments are kept in memory only (re-read on restart). */
  sessionFull: z.boolean(),
});
export type TabState = z.infer<typeof TabStateSchema>;

const InsertResultSchema: z.ZodMiniType<InsertResult> = z.union([
  z.object({ ok: z.literal(true), verified: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['no-comment', 'no-reply-box', 'not-accepted', 'unsupported']),
    detail: z.optional(text()),
  }),
]);

const ModerationResultSchema: z.ZodMiniType<ModerationResult> = z.union([
  z.object({ ok: z.literal(true), highlighted: z.boolean() }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['no-comment', 'no-menu', 'no-item', 'unsupported']),
    detail: z.optional(text()),
  }),
]);

const tabId = z.number().check(z.int(), z.gte(0));
const commentId = text(200).check(z.minLength(1));

const batchText = z.refine<Comment[]>((cs) => cs.reduce((n, c) => n + c.text.length, 0) <= LIMITS.batchChars,
  { error: `more than ${LIMITS.batchChars} characters of text in one batch` });

/**
 * `from` is who may send a message, as the browser reports the sender (never as the message claims):
 * `content` — Tactful's content script in the top frame of a tab showing a platform page over https;
 * `extension` — one of Tactful's own pages or its worker. Anything else is refused with `forbidden`.
 */
export const protocol = {
  /**
   * content → background: comments found on the page (`reset` after SPA navigation); answers their scores.
   * The tab, its URL and platform come from the sender; `resync` asks for every comment again (state was lost).
   */
  'page/comments': {
    from: 'content',
    request: z.strictObject({
      reset: z.boolean(),
      comments: z.array(CommentSchema).check(z.maxLength(LIMITS.batchComments), batchText),
      health: HealthSchema,
    }),
    response: z.object({ assessments: z.array(AssessmentSchema), shield: z.enum(['off', 'severe', 'toxic']), resync: z.boolean() }),
  },
  /** panel → background: everything known about a tab. */
  'panel/state': { from: 'extension', request: z.object({ tabId }), response: TabStateSchema },
  /** panel → background: the tone of a draft, for BIFF's "Friendly" (the model lives only in the worker). */
  'panel/draft-tone': {
    from: 'extension',
    request: z.object({ text: text(LIMITS.reply) }),
    response: z.object({ negative: unit, neutral: unit, positive: unit }),
  },
  /**
   * panel → background: the user saved settings or changed the person memory (forgot someone); rescore every tab
   * with them and update the page shield.
   */
  'panel/settings-changed': { from: 'extension', request: z.object({}), response: z.null() },
  /**
   * panel → background: the user took an action on a comment (a reply inserted, a decision made). The person
   * memory records it; when it differs from the recommendation the judgement learns from it (the worker has the
   * comment's text; only its features are kept). Comments are rescored. `learned` says whether it was learned from.
   */
  'panel/decided': {
    from: 'extension',
    request: z.object({ tabId, commentId: text(LIMITS.id).check(z.minLength(1)), taken: z.enum(TAKEN_ACTIONS) }),
    response: z.object({ learned: z.boolean() }),
  },
  /** panel → background: forget a person (their memory and the fingerprints of their comments); rescore. */
  'panel/forget-person': { from: 'extension', request: z.object({ person: text(LIMITS.url + 20).check(z.minLength(3)) }), response: z.null() },
  /** panel → background: what the judgement learned from the user's decisions; undo the last one, or reset. */
  'panel/learning': {
    from: 'extension',
    request: z.object({ op: z.enum(['status', 'undo', 'reset']) }),
    response: z.object({ decisions: count, last: z.optional(z.object({ recommended: z.enum(ACTIONS), chosen: z.enum(ACTIONS), at: text(100) })) }),
  },
  /** background → panels: a tab's state changed; ask again. */
  'panel/changed': { from: 'extension', request: z.object({ tabId }), response: z.null() },
  /** panel → content: write a draft into the platform's reply box for a comment. Never submits. */
  'content/insert-reply': {
    from: 'extension',
    request: z.object({ commentId, text: text(LIMITS.reply).check(z.minLength(1)) }),
    response: InsertResultSchema,
  },
  /** panel → content: open the platform's own moderation menu for a comment. Never confirms. */
  'content/moderate': {
    from: 'extension',
    request: z.object({ commentId, kind: z.enum(['mute', 'block', 'report', 'hide']) }),
    response: ModerationResultSchema,
  },
  /** background → content: the user changed the shield level; re-cover the page's comments. */
  'content/settings': { from: 'extension', request: z.object({ shield: z.enum(['off', 'severe', 'toxic']) }), response: z.null() },
  /** panel → content: scroll the page to a comment and highlight it. */
  'content/reveal': { from: 'extension', request: z.object({ commentId }), response: z.object({ found: z.boolean() }) },
  /** background → content: comments were rescored (a decision, a wave grown elsewhere, new settings); re-badge them. */
  'content/assessments': {
    from: 'extension',
    request: z.object({ assessments: z.array(z.object({ id: text(LIMITS.id), assessment: AssessmentSchema })).check(z.maxLength(LIMITS.tabComments)) }),
    response: z.null(),
  },
  /** background → content: the worker lost this tab's comments (restart, full session storage); send them all. */
  'content/resync': { from: 'extension', request: z.object({}), response: z.null() },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.infer<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.infer<Protocol[K]['response']>;

export type Sender = Protocol[MessageType]['from'];
export type ErrorCode = 'bad-request' | 'unknown-message' | 'forbidden' | 'bad-response' | 'unreachable' | 'internal';
export interface MessageError {
  code: ErrorCode;
  message: string;
}
export type Reply<T> = { ok: true; data: T } | { ok: false; error: MessageError };

export const EnvelopeSchema = z.object({ type: text(100), payload: z.unknown() });

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}

/** Human-readable summary of what failed validation, for typed errors and logs. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}
