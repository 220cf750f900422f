/** Default review periods, in days; the user changes them in settings. */
export const TEMPLATE_STALE_DAYS = 90;
export const SOURCE_STALE_DAYS = 180;

const DAY = 86_400_000;

/** Whole days since `iso` (an unreadable date counts as never reviewed). */
export function ageInDays(iso: string, now: Date): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Infinity : Math.floor((now.getTime() - t) / DAY);
}

/** Records whose date (`lastReviewed` of a template, `lastChecked` of a source) is `days` or more ago, oldest first. */
export function stale<T>(records: readonly T[], date: (r: T) => string, days: number, now = new Date()): T[] {
  return records
    .filter((r) => ageInDays(date(r), now) >= days)
    .sort((a, b) => (Date.parse(date(a)) || 0) - (Date.parse(date(b)) || 0));
}
