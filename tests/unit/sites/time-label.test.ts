/**
 * Every time format the adapters read: relative labels per language and unit, "just now", yesterday/today with a
 * clock, absolute dates with and without a year, the datetime attribute first, and what must stay unknown.
 * Dates are built in local time, as the page prints them for the reader.
 */
import { describe, expect, it } from 'vitest';
import { parseTimeLabel, readTime } from '@/lib/sites/time-label';

const READ = new Date(2026, 11, 1, 12, 0).getTime(); // 1 December 2026, 12:00 local
const MIN = 60_000, HOUR = 60 * MIN, DAY = 24 * HOUR;
const local = (y: number, mo: number, d: number, h = 0, m = 0) => new Date(y, mo, d, h, m).getTime();
const endOf = (y: number, mo: number, d: number) => new Date(y, mo, d + 1).getTime() - 1;
const at = (label: string) => parseTimeLabel(label, READ)?.at;

describe('relative labels: the latest moment each allows', () => {
  it.each([
    // English (Facebook, X)
    ['5 min', 5 * MIN], ['5m', 5 * MIN], ['45s', 45_000], ['3h', 3 * HOUR], ['2 hours ago', 2 * HOUR], ['an hour ago', HOUR],
    ['2d', 2 * DAY], ['2 days ago', 2 * DAY], ['1w', 7 * DAY], ['a week ago', 7 * DAY], ['3 wks', 21 * DAY], ['1y', 365 * DAY],
    ['2 mo', 60 * DAY], ['2d · Edited', 2 * DAY],
    // Dutch
    ['2 d', 2 * DAY], ['3 u', 3 * HOUR], ['3u', 3 * HOUR], ['3 uur geleden', 3 * HOUR], ['een uur geleden', HOUR], ['5 minuten geleden', 5 * MIN],
    ['1 dag geleden', DAY], ['2 dagen geleden', 2 * DAY], ['2 w', 14 * DAY], ['3 weken', 21 * DAY], ['1 j', 365 * DAY],
    // Vietnamese (the group fixture's UI)
    ['2 ngày', 2 * DAY], ['3 giờ', 3 * HOUR], ['5 phút', 5 * MIN], ['30 giây', 30_000], ['1 tuần', 7 * DAY], ['2 giờ trước', 2 * HOUR],
    // Portuguese (the real Instagram pages)
    ['2 h', 2 * HOUR], ['3 d', 3 * DAY], ['2 sem', 14 * DAY], ['há 2 dias', 2 * DAY],
    // Arabic, with Arabic-Indic digits (the reel fixture's UI)
    ['٢ س', 2 * HOUR], ['٥٠ د', 50 * MIN], ['٣ ساعات', 3 * HOUR], ['منذ ٣ ساعات', 3 * HOUR], ['٢ ي', 2 * DAY],
  ])('%s', (label, ago) => {
    expect(parseTimeLabel(label, READ)).toEqual({ at: READ - ago, coarse: true });
  });

  it('"just now" in every language is the moment it was read', () => {
    for (const label of ['Just now', 'now', 'Zojuist', 'Vừa xong', 'agora', 'الآن']) expect(at(label), label).toBe(READ);
  });
});

describe('absolute labels', () => {
  it.each([
    ['23 november om 09:00', local(2026, 10, 23, 9)],
    ['3 December at 09:00', local(2025, 11, 3, 9)], // still to come this year: last year's
    ['November 23 at 9:00 AM', local(2026, 10, 23, 9)],
    ['November 23 at 9:05 PM', local(2026, 10, 23, 21, 5)],
    ['Yesterday at 14:05', local(2026, 10, 30, 14, 5)],
    ['gisteren om 14:05', local(2026, 10, 30, 14, 5)],
    ['Hôm qua lúc 14:05', local(2026, 10, 30, 14, 5)],
    ['Today at 08:30', local(2026, 11, 1, 8, 30)],
    ['23 november 2025 om 09:00', local(2025, 10, 23, 9)],
    ['1:37 AM · 25 de nov de 2025', local(2025, 10, 25, 1, 37)],
    ['9:00 AM · Nov 23, 2026', local(2026, 10, 23, 9)],
    ['23 tháng 11 lúc 09:00', local(2026, 10, 23, 9)],
  ])('%s (to the minute)', (label, expected) => {
    expect(parseTimeLabel(label, READ)).toEqual({ at: expected, coarse: false });
  });

  it.each([
    ['23 nov', endOf(2026, 10, 23)], ['23 nov.', endOf(2026, 10, 23)], ['Nov 23', endOf(2026, 10, 23)], ['23 november', endOf(2026, 10, 23)],
    ['Nov 23, 2025', endOf(2025, 10, 23)], ['23 nov. 2024', endOf(2024, 10, 23)], ['25 de nov de 2025', endOf(2025, 10, 25)],
    ['23 tháng 11', endOf(2026, 10, 23)], ['10月28日', endOf(2026, 9, 28)], ['2025年10月28日', endOf(2025, 9, 28)],
    ['Yesterday', endOf(2026, 10, 30)], ['gisteren', endOf(2026, 10, 30)],
    // A date without a year that is still to come this year was last year's (platforms print the year only for older ones).
    ['24 december', endOf(2025, 11, 24)], ['Dec 24', endOf(2025, 11, 24)],
  ])('%s (a date: the end of that day)', (label, expected) => {
    expect(parseTimeLabel(label, READ)).toEqual({ at: expected, coarse: true });
  });

  it('a date today counts up to the moment it was read, not the end of the day', () => {
    expect(at('1 december')).toBe(READ);
  });
});

describe('what stays unknown', () => {
  it.each(['', '   ', 'garbage', 'Like', 'Reply', '2', 'd', '2 parsecs', 'in 5 min', '23 smarch', '31 februari 2026', '25:00',
    'Tomorrow', '23 november 2030', '23 november 2030 om 09:00', 'Today at 23:30', 'x'.repeat(200), '5 minutes ago '.repeat(10), '2 นาที'])(
    '%j', (label) => {
      expect(parseTimeLabel(label, READ)).toBeUndefined();
    });
});

describe('readTime: datetime first, the label next, else unknown', () => {
  it('an exact datetime wins over the label', () => {
    expect(readTime('2026-11-23T08:00:00.000Z', '2 d', READ)).toEqual({ time: '2026-11-23T08:00:00.000Z', timeFrom: 'exact' });
  });
  it('a broken or future datetime falls back to the label', () => {
    expect(readTime('not a date', '2 d', READ)).toEqual({ time: new Date(READ - 2 * DAY).toISOString(), timeFrom: 'label' });
    expect(readTime('2099-01-01T00:00:00Z', '3 u', READ)).toEqual({ time: new Date(READ - 3 * HOUR).toISOString(), timeFrom: 'label' });
  });
  it('nothing readable is unknown, with no time at all', () => {
    expect(readTime(undefined, '', READ)).toEqual({ timeFrom: 'unknown' });
    expect(readTime(null, 'เมื่อสักครู่', READ)).toEqual({ timeFrom: 'unknown' });
  });
});
