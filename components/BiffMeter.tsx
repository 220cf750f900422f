import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { send } from '@/lib/messaging/transport';
import type { Tone } from '@/lib/scoring/assessment';
import { biffCheck, withoutGaps } from '@/lib/templates/biff';
import type { TemplateLanguage } from '@/lib/templates/situations';

const LETTERS = ['brief', 'informative', 'friendly', 'firm'] as const;

/**
 * The draft's tone from the background's scorer (the model ships once, in the worker), after typing pauses; read
 * on the words the reader will see, without the gaps still to fill.
 */
function useDraftTone(draft: string): Tone | undefined {
  const [tone, setTone] = useState<Tone>();
  const text = withoutGaps(draft).text;
  useEffect(() => {
    if (!text.trim()) return setTone(undefined);
    let alive = true;
    const timer = setTimeout(() => {
      void send('panel/draft-tone', { text }).then((reply) => { if (alive && reply.ok) setTone(reply.data); });
    }, 150);
    return () => { alive = false; clearTimeout(timer); };
  }, [text]);
  return tone;
}

/** Live BIFF check of the draft (Brief, Informative, Friendly, Firm) with the tips for the weak letters. */
export function BiffMeter({ text, language, tipLanguage }: { text: string; language: TemplateLanguage; tipLanguage: TemplateLanguage }) {
  const tone = useDraftTone(text);
  const result = useMemo(() => biffCheck(text, language, tone, tipLanguage), [text, language, tone, tipLanguage]);
  const tips = LETTERS.flatMap((l) => result[l].tips);
  return (
    <div class="biff" aria-label={t('biff_label')} role="group">
      {LETTERS.map((l) => {
        const pct = Math.round(result[l].score * 100);
        return (
          <span key={l} class={`letter${pct < 70 ? ' weak' : ''}`} title={result[l].tips.join(' ')}>
            <abbr title={t(`biff_${l}` as MessageKey)}>{l[0]!.toUpperCase()}</abbr>
            <span class="bar" role="meter" aria-label={t(`biff_${l}` as MessageKey)} aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
              <i style={{ width: `${pct}%` }} />
            </span>
          </span>
        );
      })}
      {tips.length > 0 && <ul class="tips">{tips.map((tip) => <li key={tip}>{tip}</li>)}</ul>}
    </div>
  );
}
