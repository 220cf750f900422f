/**
 * Session-only desk used until the communication guide's store is wired in: drafts from the skeleton's
 * per-action texts, decisions kept in memory. Replaced by the IndexedDB-backed desk.
 */
import type { Desk, Draft } from './desk';
import { DEFAULT_THRESHOLDS } from '../scoring/policy-settings';
import { skeletonDraft } from '../templates/skeleton-draft';
import { median } from './format';

export function interimDesk(): Desk {
  const handled = new Set<string>();
  const replyTimes = new Map<string, number[]>();
  return {
    settings: async () => ({ thresholds: DEFAULT_THRESHOLDS, shield: 'severe', replyTargetMinutes: 60 }),
    draft: async (item, kind): Promise<Draft> => ({
      text: skeletonDraft(kind === 'apologise' ? 'apologise' : kind, item.comment.authorName, item.assessment.language),
      unfilled: [],
    }),
    sources: async () => [],
    recordReply: async (item, _kind, _draft, page) => {
      handled.add(item.comment.id);
      replyTimes.set(page, [...(replyTimes.get(page) ?? []), Date.now() - item.firstSeen]);
    },
    recordDecision: async (item) => { handled.add(item.comment.id); },
    saveEvidence: async () => undefined,
    pageStats: async (page) => ({ medianReplyMs: median(replyTimes.get(page) ?? []), handled: new Set(handled) }),
  };
}
