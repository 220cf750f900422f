import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import type { Desk, Draft, ReplyKind } from '@/lib/panel/desk';
import type { ScoredComment } from '@/lib/messaging/protocol';
import { sendToTab } from '@/lib/messaging/transport';
import { SourcePicker } from './SourcePicker';

interface Props {
  desk: Desk;
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
 * The draft for one comment: the chosen template with variables filled, editable, with "next variant", the
 * BIFF check and "Insert into reply box" / "Copy". Inserting writes into the platform's box; the user posts.
 */
export function DraftEditor({ desk, tabId, pageUrl, item, kind, insertSignal, onClose, onInserted }: Props) {
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<Draft>();
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [sources, setSources] = useState<readonly string[]>([]);
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    let alive = true;
    void desk.draft(item, kind, step, sources).then((d) => {
      if (!alive) return;
      setDraft(d);
      setText(d.text);
    });
    return () => { alive = false; };
  }, [item.comment.id, kind, step, sources]);

  useEffect(() => { box.current?.focus(); }, [draft !== undefined]);

  const insert = async () => {
    if (!draft || !text.trim()) return;
    setStatus(t('status_inserting'));
    const reply = await sendToTab(tabId, 'content/insert-reply', { commentId: item.comment.id, text });
    if (!reply.ok) return setStatus(t('status_unreachable'));
    if (!reply.data.ok) return setStatus(t('status_failed', t(`insert_${reply.data.reason.replace('-', '_')}` as MessageKey)));
    await desk.recordReply(item, kind, { ...draft, text }, pageUrl);
    setStatus(t('status_inserted'));
    onInserted();
  };

  useEffect(() => { if (insertSignal > 0) void insert(); }, [insertSignal]);

  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setStatus(t('status_copied'));
  };

  return (
    <section class="draft" aria-label={t('draft_title')}>
      {kind === 'fact-check' && <SourcePicker desk={desk} selected={sources} onChange={setSources} />}
      <label class="sr-only" for={`draft-${item.comment.id}`}>{t('draft_title')}</label>
      <textarea id={`draft-${item.comment.id}`} ref={box} rows={4} value={text} dir="auto"
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      {draft && draft.unfilled.length > 0 && (
        <p class="warn" role="note">{t('draft_unfilled', draft.unfilled.map((v) => `{${v}}`).join(', '))}</p>
      )}
      <div class="row">
        <button type="button" class="primary" onClick={insert}>{t('draft_insert')}</button>
        <button type="button" onClick={copy}>{t('draft_copy')}</button>
        <button type="button" onClick={() => setStep((s) => s + 1)}>{t('draft_next')}</button>
        <button type="button" class="link" onClick={onClose}>{t('draft_close')}</button>
      </div>
      <p class="status" role="status">{status}</p>
    </section>
  );
}
