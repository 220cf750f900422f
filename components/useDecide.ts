import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ScoredComment } from '@/lib/messaging/protocol';
import { sendToTab } from '@/lib/messaging/transport';
import type { Decision, Desk } from '@/lib/panel/desk';
import { saveErrorText } from './saveError';

/** A decision whose records could not all be saved: shown with a retry until they are. */
export interface Unsaved {
  item: ScoredComment;
  decision: Decision;
  /** The evidence is still unsaved. */
  evidence: boolean;
  /** The decision's entry in the response log is still unsaved. */
  logEntry: boolean;
  message: string;
}

/**
 * Ignore / Mute / Block / Report. Evidence is saved first, so it exists before anything happens on the
 * platform, but the platform's menu opens whatever the outcome: a full disk must not stop a report. A failure is
 * kept with what to delete (when storage is full) and retried on request.
 */
export function useDecide(desk: Desk, tabId: number, pageUrl: string) {
  const [notice, setNotice] = useState('');
  const [unsaved, setUnsaved] = useState<Unsaved>();
  /** The last action taken overruled the recommendation and was learned from (shown under the notice). */
  const [learned, setLearned] = useState(false);

  /** Saves what is still unsaved (each independently); returns what failed, if anything. */
  const persist = async (item: ScoredComment, decision: Decision, todo: { evidence: boolean; logEntry: boolean }): Promise<Unsaved | undefined> => {
    let error: unknown;
    const attempt = async (save: () => Promise<void>): Promise<boolean> => {
      try {
        await save();
        return false;
      } catch (err) {
        error ??= err;
        return true;
      }
    };
    const evidence = todo.evidence && (await attempt(() => desk.saveEvidence(item, pageUrl)));
    const logEntry = todo.logEntry && (await attempt(() => desk.recordDecision(item, pageUrl, decision)));
    return evidence || logEntry ? { item, decision, evidence, logEntry, message: await saveErrorText(desk, error) } : undefined;
  };

  /** Tells the worker about a logged decision (person memory, learning, rescoring); a decision not logged waits for the retry. */
  const tell = async (item: ScoredComment, decision: Decision, failure: Unsaved | undefined): Promise<boolean> =>
    failure?.logEntry ? false : (await desk.decided(tabId, item, decision)).learned;

  const decide = async (item: ScoredComment, decision: Decision): Promise<void> => {
    const failure = await persist(item, decision, { evidence: decision !== 'ignore', logEntry: true });
    setUnsaved(failure);
    if (decision === 'ignore') setNotice(failure ? '' : t('status_ignored'));
    else {
      // The platform's menu first (the evidence is saved by now): the worker's rescoring must not hold it up.
      const result = await sendToTab(tabId, 'content/moderate', { commentId: item.comment.id, kind: decision });
      const opened = result.ok && result.data.ok;
      const evidenceKept = !failure?.evidence;
      setNotice(t(evidenceKept ? (opened ? 'status_menu_opened' : 'status_menu_failed') : (opened ? 'status_menu_only_opened' : 'status_menu_only_failed')));
    }
    setLearned(await tell(item, decision, failure));
  };

  /** A wave ignored at once: every comment of it on this page (the platform has nothing to confirm). */
  const ignoreAll = async (items: readonly ScoredComment[]): Promise<void> => {
    let first: Unsaved | undefined;
    for (const item of items) {
      const failure = await persist(item, 'ignore', { evidence: false, logEntry: true });
      first ??= failure;
      await tell(item, 'ignore', failure);
    }
    setUnsaved(first);
    setNotice(first ? '' : t('status_wave_ignored', String(items.length)));
  };

  const retry = async (): Promise<void> => {
    if (!unsaved) return;
    const failure = await persist(unsaved.item, unsaved.decision, unsaved);
    setUnsaved(failure);
    // The worker hears of a decision once it is logged.
    if (unsaved.logEntry) setLearned(await tell(unsaved.item, unsaved.decision, failure));
    if (!failure) setNotice(t(unsaved.evidence ? 'status_evidence_saved' : 'status_decision_saved'));
  };

  return { decide, ignoreAll, retry, unsaved, notice, learned, setLearned };
}
