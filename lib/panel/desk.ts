/**
 * What the reply desk needs from the rest of Tactful, as one small interface: drafts from the communication
 * guide, the response and evidence logs, and settings. The panel's components only see this.
 */
import type { ScoredComment } from '../messaging/protocol';
import type { PolicyThresholds } from '../scoring/policy-settings';
import type { ShieldLevel } from './shield';

export const REPLY_KINDS = ['apologise', 'answer', 'thank', 'fact-check'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];
export const DECISIONS = ['ignore', 'mute', 'block', 'report'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface Draft {
  text: string;
  templateId?: string;
  /** Variables the template needed but the comment and settings could not fill (shown, never sent as braces). */
  unfilled: string[];
}

export interface DeskSettings {
  thresholds: PolicyThresholds;
  shield: ShieldLevel;
  /** Minutes within which a comment should be answered. */
  replyTargetMinutes: number;
}

export interface PageStats {
  /** Median time from first seen to reply, over this page's replies. */
  medianReplyMs?: number;
  /** Comments already answered or decided on. */
  handled: ReadonlySet<string>;
}

export interface FactSource {
  id: string;
  title: string;
  url: string;
  claim: string;
}

export interface Desk {
  settings(): Promise<DeskSettings>;
  /** A draft for this comment; `step` moves to the next variant (rotation picks the least-used one first). */
  draft(item: ScoredComment, kind: ReplyKind, step: number, sourceIds: readonly string[]): Promise<Draft>;
  sources(): Promise<FactSource[]>;
  recordReply(item: ScoredComment, kind: ReplyKind, draft: Draft, pageUrl: string): Promise<void>;
  recordDecision(item: ScoredComment, decision: Decision, pageUrl: string): Promise<void>;
  saveEvidence(item: ScoredComment, pageUrl: string): Promise<void>;
  pageStats(pageUrl: string): Promise<PageStats>;
}
