import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/lib/i18n';
import { SITUATION_OF, type Desk, type Draft, type ReplyKind } from '@/lib/panel/desk';
import { replyLanguage } from '@/lib/panel/reply-language';
import type { ScoredComment } from '@/lib/messaging/protocol';
import { sendToTab } from '@/lib/messaging/transport';
import type { Settings } from '@/lib/store/settings';
import { SITUATIONS, type Situation } from '@/lib/templates/situations';
import { LIMITS } from '@/lib/limits';
import { BiffMeter } from './BiffMeter';
import { saveErrorText } from './saveError';
import { SourcePicker } from './SourcePicker';

interface Props {
  desk: Desk;
  settings: Settings;
  tabId: number;
  pageUrl: string;
  item: ScoredComment;
  kind: ReplyKind;
  /** Bumped by the keyboard's Enter to insert without reaching for the mouse. */
  insertSignal: number;
  onClose(): void;
  /** The reply was written into the page and logged: page stats change. */
  onInserted(): void;
}

/**
 * The draft for one comment: the guide's template for the situation, personalised and rotated, editable, with
 * "next variant", the BIFF check and "Insert into reply box" / "Copy". Inserting writes into the platform's box;
 * the user reads it there and posts it.
 */
export function DraftEditor({ desk, settings, tabId, pageUrl, item, kind, insertSignal, onClose, onInserted }: Props) {
  const language = replyLanguage(item.assessment.language, settings.language, browser.i18n.getUILanguage());
  const [situation, setSituation] = useState<Situation>(SITUATION_OF[kind]);
  const [step, setStep] = useState(0);
  const [fill, setFill] = useState<{ issue?: string; timeframe?: string; sourceId?: string }>({});
  const [draft, setDraft] = useState<Draft>();
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const request = { situation, language, step, ...fill };

  useEffect(() => setSituation(SITUATION_OF[kind]), [kind]);
  useEffect(() => {
    let alive = true;
    void desk.draft(item, pageUrl, request).then((d) => {
      if (!alive) return;
      setDraft(d);
      setText(d.text);
    });
    return () => { alive = false; };
  }, [item.comment.id, situation, step, fill.issue, fill.timeframe, fill.sourceId]);
  useEffect(() => { box.current?.focus(); }, [draft === undefined]);

  const insert = async () => {
    if (!text.trim()) return;
    setStatus(t('status_inserting'));
    const reply = await sendToTab(tabId, 'content/insert-reply', { commentId: item.comment.id, text });
    if (!reply.ok) return setStatus(t('status_unreachable'));
    if (!reply.data.ok) return setStatus(t('status_failed', t(`insert_${reply.data.reason.replace('-', '_')}` as MessageKey)));
    try {
      await desk.recordReply(item, pageUrl, kind, { ...(draft ?? { missing: [], count: 0 }), text });
    } catch (err) {
      return setStatus(t('status_inserted_unlogged', await saveErrorText(desk, err)));
    }
    setStatus(t('status_inserted'));
    onInserted();
  };
  useEffect(() => { if (insertSignal > 0) void insert(); }, [insertSignal]);

  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setStatus(t('status_copied'));
  };
  const saveTemplate = async () => {
    await desk.saveAsTemplate(item, request, text);
    setStatus(t('status_template_saved'));
  };
  const typed = (variable: 'issue' | 'timeframe') => (e: Event) => setFill((f) => ({ ...f, [variable]: (e.target as HTMLInputElement).value }));
  const id = (suffix: string) => `draft-${item.comment.id}-${suffix}`;
  // Variables only the user can supply get a field while the template needs them (or the user is typing one).
  const userFields = (['issue', 'timeframe'] as const).filter((v) => draft?.missing.includes(v) || fill[v] !== undefined);

  return (
    <section class="draft" aria-label={t('draft_title')} onClick={(e) => e.stopPropagation()}>
      <div class="row">
        <label for={id('situation')}>{t('draft_situation')}</label>
        <select id={id('situation')} value={situation} onChange={(e) => { setSituation((e.target as HTMLSelectElement).value as Situation); setStep(0); }}>
          {SITUATIONS.map((s) => <option key={s} value={s}>{t(`situation_${s.replace(/-/g, '_')}` as MessageKey)}</option>)}
        </select>
        {draft?.count ? <span class="hint">{t('draft_variant', String((step % draft.count) + 1), String(draft.count))}</span> : null}
      </div>
      {situation === 'fact-check' && (
        <SourcePicker desk={desk} selected={fill.sourceId} onChange={(sourceId) => setFill((f) => ({ ...f, sourceId }))} />
      )}
      {userFields.map((v) => (
        <div class="row" key={v}>
          <label for={id(v)}>{t(`variable_${v}` as MessageKey)}</label>
          <input id={id(v)} type="text" value={fill[v] ?? ''} onInput={typed(v)} />
        </div>
      ))}
      {draft && draft.count === 0 && <p class="hint" role="note">{t('draft_no_template')}</p>}
      <label class="sr-only" for={id('text')}>{t('draft_title')}</label>
      <textarea id={id('text')} ref={box} rows={4} value={text} dir="auto" maxLength={LIMITS.reply} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      {draft && draft.missing.length > 0 && (
        <p class="warn" role="note">{t('draft_unfilled', draft.missing.map((v) => `[${v}?]`).join(', '))}</p>
      )}
      {draft?.nearDuplicate && <p class="warn" role="note">{t('draft_near_duplicate', String(Math.round(draft.nearDuplicate.score * 100)))}</p>}
      <BiffMeter text={text} language={language} />
      <div class="row">
        <button type="button" class="primary" onClick={insert} disabled={!text.trim()}>{t('draft_insert')}</button>
        <button type="button" onClick={copy} disabled={!text.trim()}>{t('draft_copy')}</button>
        {draft && draft.count > 1 && <button type="button" onClick={() => setStep((s) => s + 1)}>{t('draft_next')}</button>}
        {draft && draft.count === 0 && <button type="button" onClick={saveTemplate} disabled={!text.trim()}>{t('draft_save_template')}</button>}
        <button type="button" class="link" onClick={onClose}>{t('draft_close')}</button>
      </div>
      <p class="status" role="status">{status}</p>
    </section>
  );
}
