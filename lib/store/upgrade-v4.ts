/** The data step of schema version 4 (see UPGRADES in db.ts): written once, never edited after release. */
import { z } from 'zod';
import type { UpgradeTx } from './db';

/** What a version-3 response log entry says about a person: who, which comment, what the user did, when. */
const V3Response = z.object({
  commentId: z.string().min(1), platform: z.enum(['x', 'facebook', 'instagram']), person: z.string().min(1),
  firstSeen: z.string(), repliedAt: z.string(), action: z.string(),
});

/** Version 3's actions taken, as the person memory's decisions. */
const DECISION: Record<string, string> = {
  ignore: 'ignored', mute: 'muted', block: 'blocked', report: 'reported',
  apologise: 'answered', answer: 'answered', thank: 'answered', 'fact-check': 'answered',
};

interface PersonV4 {
  id: string; platform: string; key: string; name: string; handle: string; profileUrl: string;
  firstSeen: string; lastSeen: string; comments: never[]; decisions: Array<{ commentId: string; decision: string; at: string }>;
}

/**
 * The person memory starts from what the response log already knows: each decision the user took about a
 * person (ignored, muted, blocked, reported, answered), newest 100 per person, so an established troll is
 * recognised from the first comment after the update. The judgements of those comments were not kept (none).
 */
export async function peopleFromResponses(tx: UpgradeTx): Promise<void> {
  const people = new Map<string, PersonV4>();
  for (let c = await tx.objectStore('responses').openCursor(); c; c = await c.continue()) {
    const r = V3Response.safeParse(c.value);
    if (!r.success || !DECISION[r.data.action] || Number.isNaN(Date.parse(r.data.repliedAt))) continue;
    const { platform, person, commentId, firstSeen, repliedAt, action } = r.data;
    const id = `${platform}:${person}`;
    const p = people.get(id) ?? { id, platform, key: person, name: '', handle: person, profileUrl: '', firstSeen: repliedAt, lastSeen: repliedAt, comments: [], decisions: [] };
    const seen = Number.isNaN(Date.parse(firstSeen)) ? repliedAt : firstSeen;
    if (seen < p.firstSeen) p.firstSeen = seen;
    if (repliedAt > p.lastSeen) p.lastSeen = repliedAt;
    p.decisions.push({ commentId, decision: DECISION[action]!, at: repliedAt });
    people.set(id, p);
  }
  for (const p of people.values()) {
    p.decisions.sort((a, b) => a.at.localeCompare(b.at));
    p.decisions = p.decisions.slice(-100);
    await tx.objectStore('people').put(p);
  }
}
