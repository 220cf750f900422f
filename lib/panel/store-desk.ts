/** The reply desk on the IndexedDB guide and logs (lib/store). */
import type { ScoredComment } from '../messaging/protocol';
import { send } from '../messaging/transport';
import {
  addEvidence, draftsFor, getPeople, getSettings, listSources, loggedReplies, logReply, putSource, recordReply, replyStats, responsesForPage,
  saveReplyAsTemplate, storageUse, updateSettings, type EvidenceInput, type Reply, type TactfulDb,
} from '../store';
import type { Desk, Draft } from './desk';
import { waitingSince } from './queue';

/** The logs need a web address; a comment whose page gave none is logged against its page (the tab's URL). */
const permalinkOf = (item: ScoredComment, pageUrl: string): string => item.comment.permalink || pageUrl;

/** What the evidence log keeps of a comment: exactly what the protocol accepted, so saving it cannot fail on a field. */
export function evidenceFrom(item: ScoredComment, pageUrl: string): EvidenceInput {
  const { comment: c, assessment: a } = item;
  return {
    platform: c.platform, commentId: c.id, author: c.authorName, handle: c.handle, profileUrl: c.profileUrl,
    text: c.text, truncated: c.truncated, permalink: permalinkOf(item, pageUrl),
    // Evidence states only what the page said: its exact time, else its label as shown ("2 d"), never an estimate.
    time: c.timeFrom === 'exact' && c.time ? c.time : c.timeText,
    scores: { toxicity: a.toxicity, hate: a.hate, threat: a.threat, troll: a.troll },
  };
}

function seen(item: ScoredComment, pageUrl: string): Omit<Reply, 'repliedAt' | 'action'> {
  const { comment } = item;
  return {
    commentId: comment.id, platform: comment.platform, permalink: permalinkOf(item, pageUrl), page: pageUrl,
    // When it started waiting (its own time, else first seen): the median reply time counts from there.
    thread: pageUrl, person: comment.handle, firstSeen: new Date(waitingSince(item)).toISOString(),
  };
}

export function storeDesk(open: () => Promise<TactfulDb>): Desk {
  let db: Promise<TactfulDb> | undefined;
  const guide = (): Promise<TactfulDb> => (db ??= open());

  return {
    settings: async () => getSettings(await guide()),

    updateSettings: async (patch) => updateSettings(await guide(), patch),

    async draft(item, pageUrl, r): Promise<Draft> {
      const { drafts } = await draftsFor(await guide(), {
        comment: item.comment, situation: r.situation, language: r.language, page: pageUrl, thread: pageUrl,
        fill: r.fill, sourceId: r.sourceId,
      });
      const pick = drafts[r.step % Math.max(1, drafts.length)];
      if (!pick) return { text: '', missing: [], count: 0 };
      return { text: pick.text, missing: pick.missing, nearDuplicate: pick.nearDuplicate, templateId: pick.templateId,
        variant: pick.variant, title: pick.title, template: pick.template, values: pick.values, count: drafts.length };
    },

    sources: async () => (await listSources(await guide())).items,

    async addSource({ title, url, claim }) {
      return putSource(await guide(), { id: `user-${crypto.randomUUID()}`, title, url, claim, lastChecked: new Date().toISOString(), tags: [] });
    },

    async saveAsTemplate(item, r, reply) {
      await saveReplyAsTemplate(await guide(), { comment: item.comment, situation: r.situation, language: r.language,
        fill: r.fill, sourceId: r.sourceId, reply });
    },

    async recordReply(item, pageUrl, kind, draft) {
      await logReply(await guide(), { ...seen(item, pageUrl), repliedAt: new Date().toISOString(), action: kind,
        templateId: draft.templateId, variant: draft.variant, text: draft.text });
    },

    async recordDecision(item, pageUrl, decision) {
      await recordReply(await guide(), { ...seen(item, pageUrl), repliedAt: new Date().toISOString(), action: decision });
    },

    async saveEvidence(item, pageUrl) {
      await addEvidence(await guide(), evidenceFrom(item, pageUrl));
    },

    storageUse: async () => storageUse(await guide()),

    async decided(tabId, item, taken) {
      const reply = await send('panel/decided', { tabId, commentId: item.comment.id, taken });
      // The decision is in the response log already; the person memory and learning miss it, and say so in the console.
      if (!reply.ok) console.warn('Tactful: the worker did not take the decision', reply.error);
      return reply.ok ? reply.data : { learned: false };
    },

    people: async (ids) => getPeople(await guide(), ids),

    async pageStats(pageUrl) {
      const { items } = await responsesForPage(await guide(), pageUrl);
      const stats = replyStats(items);
      return {
        medianReplyMs: stats.medianMinutes === undefined ? undefined : stats.medianMinutes * 60_000,
        handled: new Set(items.filter((e) => e.repliedAt).map((e) => e.commentId)),
        replied: loggedReplies(items),
      };
    },
  };
}
