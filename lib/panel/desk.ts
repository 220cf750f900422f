/**
 * What the reply desk needs from the rest of Tactful, as one small interface: drafts from the communication
 * guide, the response and evidence logs, and settings. Components only see this, so they stay testable.
 */
import type { ScoredComment } from '../messaging/protocol';
import type { Settings } from '../store/settings';
import type { StorageUse } from '../store/usage';
import type { Source } from '../store/sources';
import type { Draft as GuideDraft } from '../store/drafts';
import type { Values } from '../templates/render';
import type { Situation, TemplateLanguage } from '../templates/situations';
import { REPLY_ACTIONS, type TakenAction } from '../scoring/assessment';
import type { Person } from '../people/person';
import type { LoggedReply } from '../thread/answered';

export const REPLY_KINDS = REPLY_ACTIONS;
export type ReplyKind = (typeof REPLY_KINDS)[number];
export const DECISIONS = ['ignore', 'mute', 'block', 'report'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The situation a reply button starts from; the draft editor can switch to any other. */
export const SITUATION_OF: Record<ReplyKind, Situation> = {
  apologise: 'apology', answer: 'answer', thank: 'thanks', 'fact-check': 'fact-check',
};

export interface DraftRequest {
  situation: Situation;
  language: TemplateLanguage;
  /** 0 = the variant rotation picks first; "next variant" counts up. */
  step: number;
  sourceId?: string;
  /** What the user typed into the draft's fields; the panel renders it locally as they type. */
  fill?: Values;
}

export interface Draft extends Pick<GuideDraft, 'text' | 'missing' | 'nearDuplicate'>, Partial<Pick<GuideDraft, 'template' | 'values'>> {
  templateId?: string;
  variant?: number;
  title?: string;
  /** How many variants fit; 0 means no template matched this situation and language. */
  count: number;
}

export interface PageStats {
  /** Median time from first seen to reply, over this page's replies. */
  medianReplyMs?: number;
  /** Comments already answered or decided on. */
  handled: ReadonlySet<string>;
  /** Comments answered through Tactful (a reply inserted from the panel): when, and what was written. */
  replied?: ReadonlyMap<string, LoggedReply>;
}

export interface Desk {
  settings(): Promise<Settings>;
  /** Saves settings asked for in a draft (the agent's name, the brand) on first use. */
  updateSettings(patch: Partial<Pick<Settings, 'agentName' | 'brandName'>>): Promise<Settings>;
  draft(item: ScoredComment, pageUrl: string, request: DraftRequest): Promise<Draft>;
  sources(): Promise<Source[]>;
  /** Adds a fact-check source to the guide from the draft itself, when none fits the claim. */
  addSource(source: Pick<Source, 'title' | 'url' | 'claim'>): Promise<Source>;
  /** Saves what the user wrote as a new template when no template matched. */
  saveAsTemplate(item: ScoredComment, request: DraftRequest, reply: string): Promise<void>;
  recordReply(item: ScoredComment, pageUrl: string, kind: ReplyKind, draft: Draft): Promise<void>;
  /** Logs a decision, or a comment of a wave answered by the reply to another (the same action, no text of its own). */
  recordDecision(item: ScoredComment, pageUrl: string, decision: TakenAction): Promise<void>;
  /** Throws when the evidence cannot be saved (e.g. the browser's storage is full): nothing half-written. */
  saveEvidence(item: ScoredComment, pageUrl: string): Promise<void>;
  pageStats(pageUrl: string): Promise<PageStats>;
  /**
   * Tells the worker what the user did about a comment (after it is logged): the person memory records it, the
   * judgement learns from it when it overruled the recommendation, and comments are rescored.
   */
  decided(tabId: number, item: ScoredComment, taken: TakenAction): Promise<{ learned: boolean }>;
  /** What the person memory knows of these people (by person id). */
  people(ids: Iterable<string>): Promise<ReadonlyMap<string, Person>>;
  /** What the database holds, to say what to delete when storage is full. */
  storageUse(): Promise<StorageUse>;
}
