import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import type { Tone } from '@/lib/scoring/assessment';
import { biffCheck } from '@/lib/templates/biff';
import type { TemplateLanguage } from '@/lib/templates/situations';

const LETTERS = ['brief', 'informative', 'friendly', 'firm'] as const;

type ToneOf = (text: string) => Tone | undefined;
let scorer: Promise<ToneOf> | undefined;
/** The scorer (and its model) loads on the first draft, not with the panel: the queue opens faster. */
const loadScorer = (): Promise<ToneOf> =>
  (scorer ??= import('@/lib/scoring/score').then(({ assessBatch }) => (text: string) => assessBatch([{ id: 'draft', text }])[0]?.tone));

/** Live BIFF check of the draft (Brief, Informative, Friendly, Firm) with the tips for the weak letters. */
export function BiffMeter({ text, language }: { text: string; language: TemplateLanguage }) {
  const [toneOf, setToneOf] = useState<ToneOf>();
  useEffect(() => { void loadScorer().then((f) => setToneOf(() => f)); }, []);
  const result = useMemo(() => biffCheck(text, language, text.trim() ? toneOf?.(text) : undefined), [text, language, toneOf]);
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
