/**
 * The evidence log: harassment kept exactly as it was shown, for a report to the platform or the police. Each
 * record carries a SHA-256 of its content, so anyone can check later that it was not edited.
 */
import { z } from 'zod';
import { httpUrl, id, isoDate, platform, unit } from './common';
import type { TactfulDb } from './db';
import { checkRecord, listStore, type Listed } from './records';

export const EvidenceSchema = z.object({
  id: z.uuid(),
  platform,
  commentId: id,
  author: z.string().max(500),
  handle: z.string().max(200),
  profileUrl: z.string().max(2_000),
  /** The comment text exactly as the page showed it. */
  text: z.string().max(300_000),
  permalink: httpUrl,
  /** When the comment was posted: ISO when the page gave one, else what the page showed ("2h"). */
  time: z.string().max(200),
  scores: z.object({ toxicity: unit, hate: unit, threat: unit, troll: unit }),
  capturedAt: isoDate,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Evidence = z.infer<typeof EvidenceSchema>;
export type EvidenceInput = Omit<Evidence, 'id' | 'sha256' | 'capturedAt'>;

const STORE = 'evidence';

/** The hashed content: every field but the id and the hash, in a fixed order, as JSON. */
function canonical(e: Omit<Evidence, 'id' | 'sha256'>): string {
  const { platform: p, commentId, author, handle, profileUrl, text, permalink, time, scores, capturedAt } = e;
  const { toxicity, hate, threat, troll } = scores;
  return JSON.stringify([p, commentId, author, handle, profileUrl, text, permalink, time, [toxicity, hate, threat, troll], capturedAt]);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Captures a comment as evidence now; returns the stored record with its hash. */
export async function addEvidence(db: TactfulDb, input: EvidenceInput, capturedAt = new Date().toISOString()): Promise<Evidence> {
  const content = { ...input, capturedAt };
  const record = checkRecord(EvidenceSchema, STORE, { ...content, id: crypto.randomUUID(), sha256: await sha256Hex(canonical(content)) });
  await db.add(STORE, record);
  return record;
}

/** True when the record's content still matches its hash. */
export async function verifyEvidence(e: Evidence): Promise<boolean> {
  return (await sha256Hex(canonical(e))) === e.sha256;
}

/** All evidence, oldest capture first. */
export const listEvidence = (db: TactfulDb): Promise<Listed<Evidence>> => listStore(db, STORE, EvidenceSchema, 'capturedAt');

export async function deleteEvidence(db: TactfulDb, evidenceId: string): Promise<void> {
  await db.delete(STORE, evidenceId);
}
