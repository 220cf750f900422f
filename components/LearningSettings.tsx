import { useEffect, useState } from 'preact/hooks';
import { actionLabel, t } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/transport';

type Status = ResponseOf<'panel/learning'>;

/** "Learned from 23 of your decisions", with undo of the last one and a reset (the worker keeps the layer). */
export function LearningSettings() {
  const [status, setStatus] = useState<Status>();
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const run = async (op: 'status' | 'undo' | 'reset') => {
    const reply = await send('panel/learning', { op });
    if (!reply.ok) return setNote(t('learning_unreachable'));
    setStatus(reply.data);
    setConfirming(false);
    if (op !== 'status') setNote(t(op === 'undo' ? 'learning_undone' : 'learning_was_reset'));
  };
  useEffect(() => { void run('status'); }, []);
  if (!status) return null;
  return (
    <fieldset class="learning">
      <legend>{t('settings_learning')}</legend>
      <p class="count" data-learned={status.decisions}>{status.decisions ? t('learning_count', String(status.decisions)) : t('learning_none')}</p>
      {status.last && <p class="hint">{t('learning_last', actionLabel(status.last.chosen), actionLabel(status.last.recommended))}</p>}
      {status.decisions > 0 && (confirming
        ? (
          <div class="row" role="alert">
            <span>{t('learning_reset_confirm', String(status.decisions))}</span>
            <button type="button" class="danger" onClick={() => void run('reset')}>{t('learning_reset_yes')}</button>
            <button type="button" onClick={() => setConfirming(false)}>{t('action_cancel')}</button>
          </div>
        )
        : (
          <div class="row">
            <button type="button" onClick={() => void run('undo')}>{t('learning_undo')}</button>
            <button type="button" class="danger" onClick={() => setConfirming(true)}>{t('learning_reset')}</button>
          </div>
        ))}
      <p class="status" role="status">{note}</p>
    </fieldset>
  );
}
