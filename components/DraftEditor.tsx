import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/lib/i18n';
import { SITUATION_OF, type Desk, type ReplyKind } from '@/lib/panel/desk';
import { replyLanguage } from '@/lib/panel/reply-language';
import type { ScoredComment } from '@/lib/messaging/protocol';
import { sendToTab } from '@/lib/messaging/transport';
import type { Settings } from '@/lib/store/settings';
import { gapsIn, type Values } from '@/lib/templates/render';
import { SITUATIONS, TEMPLATE_LANGUAGES, variablesIn, type Situation, type TemplateLanguage, type Variable } from '@/lib/templates/situations';
import { fieldsFor, SETTING_OF } from '@/lib/panel/draft-fields';
import { BiffMeter } from './BiffMeter';
import { DraftFields } from './DraftFields';
import { DraftGaps, type Gap } from './DraftGaps';
import { LIMITS } from '@/lib/limits';
import { saveErrorText } from './saveError';
import { SourcePicker } from './SourcePicker';
import { useAutoGrow } from './useAutoGrow';
import { SOURCE_VARIABLES, useDraftText } from './useDraftText';

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
  /** The reply was written into the page and logged: page stats change, and the worker is told. */
  onInserted(kind: ReplyKind): void;
  /** A setting was saved from the draft (the agent's name, the brand, asked on first use). */
  onSettingsSaved(): void;
}

/**
 * The draft for one comment: the guide's template for the situation, personalised from the comment and rotated,
 * with a field for everything only the user knows. Nothing leaves the panel — Insert, Copy, Enter — while the
 * text still holds a gap (`[answer?]`, `{order}`): the gaps are listed and each one jumps to its field.
 */
export function DraftEditor({ desk, settings, tabId, pageUrl, item, kind, insertSignal, onClose, onInserted, onSettingsSaved }: Props) {
  const uiLanguage = browser.i18n.getUILanguage();
  const tipLanguage: TemplateLanguage = uiLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const [language, setLanguage] = useState(() => replyLanguage(item.assessment.language, settings.language, uiLanguage));
  const [situation, setSituation] = useState<Situation>(SITUATION_OF[kind]);
  const [step, setStep] = useState(0);
  const [sourceId, setSourceId] = useState<string>();
  const [fill, setFill] = useState<Values>({});
  const [status, setStatus] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const request = { situation, language, step, sourceId };
  const { draft, values, text, edit, commit: fillOwn } = useDraftText(desk, item, pageUrl, request, fill);

  useEffect(() => setSituation(SITUATION_OF[kind]), [kind]);
  const gaps = gapsIn(text);
  const missing = new Set(gaps.flatMap((g) => (g.variable ? [g.variable] : [])));
  const used = draft?.template ? variablesIn(draft.template) : [];
  const fields = draft?.template ? fieldsFor(draft.template, values, settings) : [];
  const id = (suffix: string) => `draft-${item.comment.id}-${suffix}`;
  const fieldId = (v: Variable) => id(SOURCE_VARIABLES.includes(v) ? 'source' : v);
  useAutoGrow(box, text);

  // First focus where the user has to act: the first gap's field, else the text.
  useEffect(() => {
    if (!draft) return;
    const first = gaps.find((g) => g.variable && document.getElementById(fieldId(g.variable)));
    (first ? document.getElementById(fieldId(first.variable!)) : box.current)?.focus();
  }, [draft]);

  const focusGap = (gap: Gap) => {
    const field = gap.variable && document.getElementById(fieldId(gap.variable));
    if (field) return field.focus();
    const at = text.indexOf(gap.mark);
    box.current?.focus();
    box.current?.setSelectionRange(at, at + gap.mark.length);
  };
  /** True when the draft may leave the panel; otherwise says why and goes to the first gap. */
  const ready = (): boolean => {
    if (!text.trim()) return false;
    if (!gaps.length) return true;
    setStatus(t('status_fill_first'));
    focusGap(gaps[0]!);
    return false;
  };

  const insert = async () => {
    if (!ready()) return;
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
    onInserted(kind);
  };
  // Only a press made while this draft is open inserts it, not one made for an earlier draft.
  const signalled = useRef(insertSignal);
  useEffect(() => {
    if (insertSignal === signalled.current) return;
    signalled.current = insertSignal;
    void insert();
  }, [insertSignal]);

  const copy = async () => {
    if (!ready()) return;
    await navigator.clipboard.writeText(text);
    setStatus(t('status_copied'));
  };
  const saveTemplate = async () => {
    await desk.saveAsTemplate(item, { ...request, fill: values }, text);
    setStatus(t('status_template_saved'));
  };
  const commit = async (v: Variable, value: string) => {
    fillOwn(v, value);
    const setting = SETTING_OF[v];
    if (setting && value.trim()) {
      await desk.updateSettings({ [setting]: value.trim() });
      onSettingsSaved();
    }
  };
  const blocked = !text.trim() || gaps.length > 0;

  return (
    <section class="draft" aria-label={t('draft_title')} onClick={(e) => e.stopPropagation()}>
      <div class="row">
        <label class="sr-only" for={id('situation')}>{t('draft_situation')}</label>
        <select id={id('situation')} value={situation} onChange={(e) => { setSituation((e.target as HTMLSelectElement).value as Situation); setStep(0); }}>
          {SITUATIONS.map((s) => <option key={s} value={s}>{t(`situation_${s.replace(/-/g, '_')}` as MessageKey)}</option>)}
        </select>
        <label class="sr-only" for={id('language')}>{t('draft_language')}</label>
        <select id={id('language')} value={language} onChange={(e) => { setLanguage((e.target as HTMLSelectElement).value as TemplateLanguage); setStep(0); }}>
          {TEMPLATE_LANGUAGES.map((l) => <option key={l} value={l}>{t(`language_${l}` as MessageKey)}</option>)}
        </select>
      </div>
      {used.some((v) => SOURCE_VARIABLES.includes(v)) && (
        <SourcePicker desk={desk} comment={item.comment.text} selected={sourceId} firstId={id('source')} onChange={setSourceId} />
      )}
      <DraftFields fields={fields} values={values} missing={missing} idOf={fieldId}
        onInput={(v, value) => setFill((f) => ({ ...f, [v]: value }))} onCommit={(v, value) => void commit(v, value)} />
      {draft && draft.count === 0 && <p class="hint" role="note">{t('draft_no_template')}</p>}
      <label class="sr-only" for={id('text')}>{t('draft_title')}</label>
      <textarea id={id('text')} ref={box} rows={3} value={text} dir="auto" lang={language} maxLength={LIMITS.reply} aria-describedby={gaps.length ? id('gaps') : undefined}
        onInput={(e) => edit((e.target as HTMLTextAreaElement).value)} />
      <DraftGaps id={id('gaps')} gaps={gaps} onGo={focusGap} />
      {draft?.nearDuplicate && <p class="warn" role="note">{t('draft_near_duplicate', String(Math.round(draft.nearDuplicate.score * 100)))}</p>}
      <BiffMeter text={text} language={language} tipLanguage={tipLanguage} />
      <div class="row">
        <button type="button" class="primary" onClick={insert} disabled={blocked} aria-describedby={gaps.length ? id('gaps') : undefined}>{t('draft_insert')}</button>
        <button type="button" onClick={copy} disabled={blocked}>{t('draft_copy')}</button>
        {draft && draft.count > 1 && (
          <button type="button" onClick={() => setStep((s) => s + 1)} aria-describedby={id('variant')}>{t('draft_next')}</button>
        )}
        {draft && draft.count > 1 && <span class="hint" id={id('variant')}>{t('draft_variant', String((step % draft.count) + 1), String(draft.count))}</span>}
        {draft && draft.count === 0 && <button type="button" onClick={saveTemplate} disabled={!text.trim()}>{t('draft_save_template')}</button>}
        <button type="button" class="link close" onClick={onClose}>{t('draft_close')}</button>
      </div>
      <p class="status" role="status">{status}</p>
    </section>
  );
}
