/** A small labelled bar for a probability (tone, trollishness); the number is there for screen readers. */
export function Meter({ label, value, tone }: { label: string; value: number; tone: 'neg' | 'troll' }) {
  const pct = Math.round(value * 100);
  return (
    <span class="meter">
      <span aria-hidden="true">{label}</span>
      <span class={`bar ${tone}`} role="meter" aria-label={label} aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100} aria-valuetext={`${pct}%`}>
        <i style={{ width: `${pct}%` }} />
      </span>
    </span>
  );
}
