/** The data steps of schema version 3 (see UPGRADES in db.ts): written once, never edited after release. */
import { z } from 'zod';
import type { Platform } from '../sites/site-adapter';
import { httpsUrl, isPlatformUrl } from '../urls';
import type { UpgradeTx } from './db';
import { EMPTY_HEAD, EvidenceSchema, HEAD_KEY, type Evidence } from './evidence';
import { hashOf } from './evidence-chain';
import { sha256Hex } from './hash';

/** A version-2 evidence record: hashed on its own, no place in a chain, `truncated` not kept. */
const V2Evidence = z.object({
  id: z.string(), platform: z.enum(['x', 'facebook', 'instagram']), commentId: z.string(), author: z.string(), handle: z.string(),
  profileUrl: z.string(), text: z.string(), permalink: z.string(), time: z.string(),
  scores: z.object({ toxicity: z.number(), hate: z.number(), threat: z.number(), troll: z.number() }),
  capturedAt: z.string(), sha256: z.string(),
});
type V2 = z.infer<typeof V2Evidence>;

/** What version 2 hashed: every field but the id and the hash, in a fixed order. */
const v2Content = (e: V2): string => JSON.stringify([e.platform, e.commentId, e.author, e.handle, e.profileUrl, e.text,
  e.permalink, e.time, [e.scores.toxicity, e.scores.hate, e.scores.threat, e.scores.troll], e.capturedAt]);

/**
 * Chains the version-2 evidence in capture order. A record whose old hash no longer matched is chained with
 * `legacyAltered` (so it is never laundered into "intact"); one that does not fit the new schema is left as it
 * was, outside the chain, and reported when the log is verified. Their `truncated` was not kept: false.
 */
export async function chainEvidence(tx: UpgradeTx): Promise<void> {
  const store = tx.objectStore('evidence');
  const old = (await store.getAll()).flatMap((v: unknown) => {
    const parsed = V2Evidence.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  }).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id));
  let head = EMPTY_HEAD;
  for (const e of old) {
    const { sha256: v2Hash, ...content } = e;
    const record: Evidence = { ...content, kind: 'comment', truncated: false, seq: head.seq + 1, prevHash: head.sha256, sha256: '',
      ...(sha256Hex(v2Content(e)) === v2Hash ? {} : { legacyAltered: true }) };
    record.sha256 = hashOf(record);
    if (!EvidenceSchema.safeParse(record).success) continue;
    await store.put(record);
    head = { seq: record.seq, sha256: record.sha256 };
  }
  await tx.objectStore('meta').put(head, HEAD_KEY);
}

/**
 * Links must be https: an http source moves to https and is flagged for review (last checked: never); a
 * response logged with a permalink off its platform's hosts falls back to its page when that is on them.
 */
export async function requireHttps(tx: UpgradeTx): Promise<void> {
  for (let c = await tx.objectStore('sources').openCursor(); c; c = await c.continue()) {
    const s = c.value as { url?: unknown };
    if (typeof s.url !== 'string' || !/^http:/i.test(s.url)) continue;
    const url = httpsUrl(s.url.replace(/^http:/i, 'https:'));
    if (url) await c.update({ ...s, url, lastChecked: new Date(0).toISOString() });
  }
  for (let c = await tx.objectStore('responses').openCursor(); c; c = await c.continue()) {
    const r = c.value as { platform?: Platform; permalink?: unknown; page?: unknown };
    if (!r.platform || typeof r.permalink !== 'string' || isPlatformUrl(r.platform, r.permalink)) continue;
    if (typeof r.page === 'string' && isPlatformUrl(r.platform, r.page)) await c.update({ ...r, permalink: r.page });
  }
}
