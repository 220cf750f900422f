// Building an Intl formatter costs ~0.1 ms; a queue of cards formats two durations each.
const formatters = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string, unit: string): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' })));
  return f;
}

/** Durations in the user's language ("12 min", "3 uur"), for waiting and reply times. */
export function formatDuration(ms: number, locale: string): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const [value, unit] = minutes < 60 ? [minutes, 'minute'] : minutes < 48 * 60 ? [Math.round(minutes / 60), 'hour'] : [Math.round(minutes / 1440), 'day'];
  return unitFormat(locale, unit).format(value);
}

/** Median of a list of numbers, or undefined for an empty list. */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
