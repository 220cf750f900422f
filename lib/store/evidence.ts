/**
 * The evidence log: harassment kept exactly as it was shown, for a report to the platform or the police. The log
 * is a hash chain: every record carries its place (`seq`), the hash of the record before it (`prevHash`) and its
 * own SHA-256 over both and its content; the chain's head (last seq and hash) is kept apart. Deleting evidence
 * erases its content but leaves its place and hash, and appends a `deletion` record naming it, so a deletion is
 * seen, never silent. `verifyEvidenceLog` (evidence-chain.ts) names what was edited, removed or reordered.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { id, isoDate, onPlatform, platform, unit } from './common';

/** `prevHash` of the first record. */
export const GENESIS = '0'.repeat(64);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const link = { id: z.uuid(), seq: z.number().int().min(1), prevHash: hex64, sha256: hex64 };

export const EvidenceSchema = z.object({
  ...link,
  kind: z.literal('comment'),
  platform,
  commentId: id,
  author: z.string().max(LIMITS.name),
  handle: z.string().max(LIMITS.handle),
  profileUrl: z.string().max(LIMITS.url),
  /** The comment text exactly as the page showed it (cut at LIMITS.text). */
  text: z.string().max(LIMITS.text),
  /** The text is not the whole comment: the page showed only its start, or it was cut at Tactful's limit. */
  truncated: z.boolean(),
  permalink: z.string().max(LIMITS.url),
  /** When the comment was posted: ISO when the page gave one, else what the page showed ("2h"). */
  time: z.string().max(LIMITS.timeText),
  scores: z.object({ toxicity: unit, hate: unit, threat: unit, troll: unit }),
  capturedAt: isoDate,
  /** Set on records captured before the chain existed (schema v2) whose old per-record hash no longer matched. */
  legacyAltered: z.boolean().optional(),
}).superRefine(onPlatform(['permalink'], ['profileUrl']));
export type Evidence = z.infer<typeof EvidenceSchema>;
export type EvidenceInput = Omit<Evidence, keyof typeof link | 'kind' | 'capturedAt' | 'legacyAltered'>;

/** Says that record `deletes` (whose hash was `deletedHash`) was deleted, by the user or by the retention period. */
export const DeletionSchema = z.object({
  ...link,
  kind: z.literal('deletion'),
  deletes: z.number().int().min(1),
  deletedHash: hex64,
  reason: z.enum(['user', 'retention']),
  at: isoDate,
});
export type Deletion = z.infer<typeof DeletionSchema>;

/** What is left of a deleted record: its place and hash (the chain still links through it), no content. */
export const ErasedSchema = z.object({ ...link, kind: z.literal('erased'), erasedAt: isoDate });
export type Erased = z.infer<typeof ErasedSchema>;

export const EvidenceRecordSchema = z.discriminatedUnion('kind', [EvidenceSchema, DeletionSchema, ErasedSchema]);
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

/** The last record's place and hash, stored apart from the records (a removed last record leaves no gap). */
export const ChainHeadSchema = z.object({ seq: z.number().int().min(0), sha256: hex64 });
export type ChainHead = z.infer<typeof ChainHeadSchema>;
export const EMPTY_HEAD: ChainHead = { seq: 0, sha256: GENESIS };
/** Where the head lives, in the `meta` store. */
export const HEAD_KEY = 'evidence-head';
