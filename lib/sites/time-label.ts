/**
 * A comment's own time, from what the page shows: `time[datetime]` when present (exact), else the label the
 * platform prints ("2 d", "3 u", "Just now", "23 november om 09:00", "Hôm qua lúc 14:05"), read in the languages the
 * adapters meet (English, Dutch, Vietnamese, Portuguese, Arabic). Pure and DOM-free: adapters pass the label and
 * the time they read it at.
 *
 * A label is coarse: "2 d" means two days or more (under three). The time returned is the *latest* moment the
 * label allows, so a waiting time computed from it is a lower bound ("at least 2 d"), never an overstatement.
 * Anything not understood — another language, garbage, a time in the future — is unknown, never a guess.
 */
export const TIME_FROM = ['exact', 'label', 'unknown'] as const;
/** Where a comment's time came from: the page's machine time, its printed label, or nowhere. */
export type TimeFrom = (typeof TIME_FROM)[number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A page's clock and the reader's may differ a little; past this a time is in the future, so not understood. */
const SKEW = 5 * MINUTE;

/** Unit words per language, for relative labels ("5 min", "3 u", "2 ngày", "2 sem", "٣ ساعات"). "m" is minutes on
 * every platform that prints it (X, Facebook); months are spelled out. */
const UNITS: Array<[number, string]> = [
  [1_000, 's sec secs second seconds seconde seconden giây seg segundo segundos ث ثانية ثوان ثواني'],
  [MINUTE, 'm min mins minute minutes minuut minuten phút minuto minutos د دقيقة دقائق دقيقتين'],
  [HOUR, 'h hr hrs hour hours u uur uren giờ tiếng hora horas س ساعة ساعات ساعتين'],
  [DAY, 'd day days dag dagen ngày dia dias ي يوم أيام ايام يومين'],
  [7 * DAY, 'w wk wks week weeks weken tuần sem semana semanas أ أسبوع اسبوع أسابيع اسابيع'],
  [30 * DAY, 'mo mos month months mnd maand maanden tháng mês meses شهر أشهر اشهر شهور'],
  [365 * DAY, 'y yr yrs year years j jr jaar jaren năm ano anos سنة سنوات عام أعوام'],
];
/** Unit word → its length in ms: one lookup per label (a Facebook page reads a thousand labels in its first scan). */
const UNIT = new Map(UNITS.flatMap(([ms, words]) => words.split(' ').map((w) => [w, ms] as const)));
/** "2d", "3 u", "45 min": most labels, read without the normalising below. */
const COMPACT = /^(\d{1,4}) ?([a-z]{1,4})$/;

/** Words around a relative label that add nothing ("2 hours ago", "2 uur geleden", "há 2 dias", "منذ ٣ ساعات", "2 d · Edited"). */
const FILLER = /^(ago|geleden|trước|há|faz|منذ|قبل|about|ongeveer|khoảng|cerca|de|edited|bewerkt|editado)$/;
/** "a week ago", "an hour ago", "een uur geleden", "um dia": the article counts as one. */
const ONE = /^(a|an|een|één|um|uma|một)$/;
const JUST_NOW = /^(just now|now|zojuist|nu|net|nu net|vừa xong|vừa nãy|vừa mới|agora|agora mesmo|الآن|الان|للتو|الآن فقط)$/;
const YESTERDAY = /(?:^|\s)(yesterday|gisteren|hôm qua|ontem|أمس|امس|البارحة)(?=\s|$)/;
const TODAY = /(?:^|\s)(today|vandaag|hôm nay|hoje|اليوم)(?=\s|$)/;

/** Month names and abbreviations: English, Dutch, Portuguese, Arabic; Vietnamese writes "tháng 11", Chinese "11月". */
const MONTHS: RegExp[] = [
  /^(jan|january|januari|janeiro|يناير)$/, /^(feb|february|februari|fev|fevereiro|فبراير)$/,
  /^(mar|march|mrt|maart|março|marco|مارس)$/, /^(apr|april|abr|abril|أبريل|ابريل)$/, /^(may|mei|mai|maio|مايو)$/,
  /^(jun|june|juni|junho|يونيو)$/, /^(jul|july|juli|julho|يوليو)$/, /^(aug|august|augustus|ago|agosto|أغسطس|اغسطس)$/,
  /^(sep|sept|september|set|setembro|سبتمبر)$/, /^(oct|october|okt|oktober|out|outubro|أكتوبر|اكتوبر)$/,
  /^(nov|november|novembro|نوفمبر)$/, /^(dec|december|dez|dezembro|ديسمبر)$/,
];

/** Arabic-Indic and Persian digits as ASCII, case and accents kept (Vietnamese needs its marks), dots after
 * abbreviations and the separators platforms put between date and time dropped. */
function normalise(label: string): string {
  return label.normalize('NFC').toLowerCase()
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/(\d)([a-zà-ỹ\u0600-\u06ff]+)(?!\d)/g, '$1 $2') // "2d", "3u", "5min" → "2 d"
    .replace(/([a-zà-ỹ])\./g, '$1') // "nov." → "nov", "a.m." → "am"
    .replace(/[·,|•\u200e\u200f\u061c]/g, ' ').replace(/\s+/g, ' ').trim();
}

function relative(words: string[], readAt: number): number | undefined {
  const rest = words.filter((w) => !FILLER.test(w));
  if (rest.length !== 2) return undefined;
  const [count, unit] = rest as [string, string];
  const n = ONE.test(count) ? 1 : /^\d{1,4}$/.test(count) ? Number(count) : NaN;
  const size = UNIT.get(unit);
  return Number.isFinite(n) && size ? readAt - n * size : undefined;
}

/** The hour and minute a label names ("09:00", "9:00 am", "14h05", "1:37 ch"), or undefined. */
function clock(text: string): { h: number; m: number } | undefined {
  const c = /(?:^|\s)(\d{1,2})[:h.](\d{2})(?:\s?(am|pm|sa|ch|ص|م))?(?=\s|$)/.exec(text);
  if (!c) return undefined;
  let h = Number(c[1]);
  const m = Number(c[2]);
  const half = c[3];
  if (half && (h < 1 || h > 12)) return undefined;
  if (half === 'pm' || half === 'ch' || half === 'م') h = (h % 12) + 12;
  else if (half) h %= 12;
  return h < 24 && m < 60 ? { h, m } : undefined;
}

/** Day, month (0–11) and year (if written) of an absolute label. */
function date(text: string): { d: number; mo: number; y?: number } | undefined {
  const year = /(?:^|\s|年)((?:19|20)\d\d)(?=\s|$|年)/.exec(text)?.[1];
  const cjk = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(text);
  if (cjk) return { d: Number(cjk[3]), mo: Number(cjk[2]) - 1, y: cjk[1] ? Number(cjk[1]) : undefined };
  const vi = /(?:^|\s)(\d{1,2}) tháng (\d{1,2})(?=\s|$)/.exec(text);
  if (vi) return { d: Number(vi[1]), mo: Number(vi[2]) - 1, y: year ? Number(year) : undefined };
  const words = text.split(' ');
  const at = words.findIndex((w) => MONTHS.some((re) => re.test(w)));
  if (at < 0) return undefined;
  const mo = MONTHS.findIndex((re) => re.test(words[at]!));
  // "23 november", "23 de nov de 2025", "November 23": the day is the number next to the month, not the year.
  const near = [words[at - 1], words[at - 2], words[at + 1]].find((w) => w && /^\d{1,2}$/.test(w));
  return near ? { d: Number(near), mo, y: year ? Number(year) : undefined } : undefined;
}

function absolute(text: string, readAt: number): { at: number; coarse: boolean } | undefined {
  const time = clock(text);
  const now = new Date(readAt);
  let day: Date;
  if (YESTERDAY.test(text) || TODAY.test(text)) {
    day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (YESTERDAY.test(text) ? 1 : 0));
  } else {
    const d = date(text);
    if (!d || d.d < 1 || d.d > 31) return undefined;
    // Platforms leave out the year for this year's dates: a year-less date after today is last year's.
    const build = (y: number) => new Date(y, d.mo, d.d, time?.h ?? 0, time?.m ?? 0);
    day = build(d.y ?? now.getFullYear());
    if (day.getDate() !== d.d) return undefined; // 31 February
    if (d.y === undefined && day.getTime() > readAt + SKEW) day = build(now.getFullYear() - 1);
  }
  if (time) return { at: new Date(day.getFullYear(), day.getMonth(), day.getDate(), time.h, time.m).getTime(), coarse: false };
  if (day.getTime() > readAt + SKEW) return undefined;
  // A date alone: the end of that day (or now, today) is the latest it can have been posted.
  return { at: Math.min(readAt, new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime() - 1), coarse: true };
}

export interface LabelTime {
  /** Epoch ms: the latest moment the label allows. */
  at: number;
  /** True when the label gives less than the minute ("2 d", "23 nov"): the waiting time is a lower bound. */
  coarse: boolean;
}

/** The time a platform's label stands for, read at `readAt`; undefined when it is not understood or in the future. */
export function parseTimeLabel(label: string, readAt: number): LabelTime | undefined {
  const compact = COMPACT.exec(label.trim().toLowerCase());
  const size = compact && UNIT.get(compact[2]!);
  if (size) return { at: readAt - Number(compact![1]) * size, coarse: true };
  const text = normalise(label);
  if (!text || text.length > 80) return undefined;
  if (JUST_NOW.test(text)) return { at: readAt, coarse: true };
  const rel = relative(text.split(' '), readAt);
  const found = rel !== undefined ? { at: rel, coarse: true } : absolute(text, readAt);
  return found && found.at <= readAt + SKEW ? found : undefined;
}

export interface ReadTime {
  /** ISO 8601; absent when unknown. */
  time?: string;
  timeFrom: TimeFrom;
}

/** A comment's time from its `datetime` attribute (exact) or, failing that, its label (estimated), read at `readAt`. */
export function readTime(datetime: string | null | undefined, label: string, readAt: number): ReadTime {
  const exact = datetime ? Date.parse(datetime) : NaN;
  if (Number.isFinite(exact) && exact <= readAt + SKEW) return { time: new Date(exact).toISOString(), timeFrom: 'exact' };
  const parsed = parseTimeLabel(label, readAt);
  return parsed ? { time: new Date(parsed.at).toISOString(), timeFrom: 'label' } : { timeFrom: 'unknown' };
}
