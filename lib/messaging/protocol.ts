/**
 * Every message between content scripts, the background worker and the side panel, defined once.
 * Content scripts run on hostile pages, so every receiver validates with these schemas before acting.
 */
import * as z from 'zod/mini';

// Extension pages forbid eval: without this, zod probes `new Function` and the browser logs a CSP violation.
z.config({ jitless: true });
import { MEDIA_KINDS, type AdapterHealth, type Comment, type InsertResult, type ModerationResult } from '../sites/site-adapter';
import { ACTIONS, type Assessment } from '../scoring/assessment';

const MAX_TEXT = 300_000; // a 100 kB comment must pass; a megabyte of junk must not
const MAX_COMMENTS = 10_000;

const platform = z.enum(['x', 'facebook', 'instagram']);
const text = (max = 2_000) => z.string().check(z.maxLength(max));
const unit = z.number().check(z.gte(0), z.lte(1));

export const CommentSchema: z.ZodMiniType<Comment> = z.object({
  id: text(200).check(z.minLength(1)),
  platform,
  authorName: text(),
  handle: text(),
  profileUrl: text(),
  text: text(MAX_TEXT),
  media: z.optional(z.array(z.enum(MEDIA_KINDS)).check(z.maxLength(MEDIA_KINDS.length))),
  truncated: z.boolean(),
  permalink: text(),
  time: z.optional(text(100)),
  timeText: text(200),
  parentId: z.optional(text(200)),
  depth: z.number().check(z.int(), z.gte(0), z.lte(100)),
  isPost: z.boolean(),
  byOwner: z.boolean(),
});

export const HealthSchema: z.ZodMiniType<AdapterHealth> = z.object({
  platform,
  commentsFound: z.number().check(z.int(), z.gte(0)),
  missing: z.array(text(200)),
  unreadable: z.number().check(z.int(), z.gte(0)),
});

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
  reasons: z.array(z.object({ code: text(100), evidence: z.optional(text(500)) })),
});

export const ScoredCommentSchema = z.object({ comment: CommentSchema, assessment: AssessmentSchema, firstSeen: z.number() });
export type ScoredComment = z.infer<typeof ScoredCommentSchema>;

export const TabStateSchema = z.object({
  tabId: z.number(),
  url: text(4_000),
  platform: z.nullable(platform),
  comments: z.array(ScoredCommentSchema),
  health: z.nullable(HealthSchema),
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

export const protocol = {
  /** content → background: comments found on the page (`reset` after SPA navigation); answers their scores. */
  'page/comments': {
    request: z.object({
      url: text(4_000),
      reset: z.boolean(),
      comments: z.array(CommentSchema).check(z.maxLength(MAX_COMMENTS)),
      health: HealthSchema,
    }),
    response: z.object({ assessments: z.array(AssessmentSchema), shield: z.enum(['off', 'severe', 'toxic']) }),
  },
  /** panel → background: everything known about a tab. */
  'panel/state': { request: z.object({ tabId }), response: TabStateSchema },
  /** panel → background: the tone of a draft, for BIFF's "Friendly" (the model lives only in the worker). */
  'panel/draft-tone': {
    request: z.object({ text: text(10_000) }),
    response: z.object({ negative: unit, neutral: unit, positive: unit }),
  },
  /** panel → background: the user saved settings; rescore with the new thresholds and update the page shield. */
  'panel/settings-changed': { request: z.object({}), response: z.null() },
  /** background → panels: a tab's state changed; ask again. */
  'panel/changed': { request: z.object({ tabId }), response: z.null() },
  /** panel → content: write a draft into the platform's reply box for a comment. Never submits. */
  'content/insert-reply': {
    request: z.object({ commentId, text: text(10_000).check(z.minLength(1)) }),
    response: InsertResultSchema,
  },
  /** panel → content: open the platform's own moderation menu for a comment. Never confirms. */
  'content/moderate': {
    request: z.object({ commentId, kind: z.enum(['mute', 'block', 'report', 'hide']) }),
    response: ModerationResultSchema,
  },
  /** background → content: the user changed the shield level; re-cover the page's comments. */
  'content/settings': { request: z.object({ shield: z.enum(['off', 'severe', 'toxic']) }), response: z.null() },
  /** panel → content: scroll the page to a comment and highlight it. */
  'content/reveal': { request: z.object({ commentId }), response: z.object({ found: z.boolean() }) },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.infer<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.infer<Protocol[K]['response']>;

export type ErrorCode = 'bad-request' | 'unknown-message' | 'bad-response' | 'unreachable' | 'internal';
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
