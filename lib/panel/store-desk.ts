/** The reply desk on the IndexedDB guide and logs (lib/store). */
import type { ScoredComment } from '../messaging/protocol';
import {
  addEvidence, draftsFor, getSettings, listSources, logReply, putSource, recordReply, replyStats, responsesForPage,
  saveReplyAsTemplate, updateSettings, type Reply, type TactfulDb,
} from '../store';
import type { Desk, Draft } from './desk';

/** The response log needs a web address; a comment without a permalink is logged against its page. */
const permalinkOf = (item: ScoredComment, pageUrl: string): string =>
  /^https?:\/\//.test(item.comment.permalink) ? item.comment.permalink : pageUrl;

function seen(item: ScoredComment, pageUrl: string): Omit<Reply, 'repliedAt' | 'action'> {
  const { comment } = item;
  return {
    commentId: comment.id, platform: comment.platform, permalink: permalinkOf(item, pageUrl), page: pageUrl,
    thread: pageUrl, person: comment.handle, firstSeen: new Date(item.firstSeen).toISOString(),
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
      const { comment: c, assessment: a } = item;
      await addEvidence(await guide(), {
        platform: c.platform, commentId: c.id, author: c.authorName, handle: c.handle, profileUrl: c.profileUrl,
        text: c.text, permalink: permalinkOf(item, pageUrl), time: c.time ?? c.timeText,
        scores: { toxicity: a.toxicity, hate: a.hate, threat: a.threat, troll: a.troll },
      });
    },

    async pageStats(pageUrl) {
      const { items } = await responsesForPage(await guide(), pageUrl);
      const stats = replyStats(items);
      return {
        medianReplyMs: stats.medianMinutes === undefined ? undefined : stats.medianMinutes * 60_000,
        handled: new Set(items.filter((e) => e.repliedAt).map((e) => e.commentId)),
      };
    },
  };
}
