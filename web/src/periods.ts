// The periods the transparency page asks the report for, to draw its lines over time:
// the last 30 days (one per day), 12 weeks or 12 months, both ends inclusive, in UTC
// calendar days (the report's `from` and `to`), oldest first. No DOM, so it is unit-tested.

export type Period = 'days' | 'weeks' | 'months';
export interface Bucket { from: string; to: string; label: string }

const day = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n));

export function buckets(period: Period, today: Date, locale: string): Bucket[] {
  const base = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const short = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const out: Bucket[] = [];
  if (period === 'days') {
    for (let i = 29; i >= 0; i--) { const d = addDays(base, -i); out.push({ from: day(d), to: day(d), label: short.format(d) }); }
  } else if (period === 'weeks') {
    // Weeks that end today, so that the last one is as fresh as the days.
    for (let i = 11; i >= 0; i--) {
      const to = addDays(base, -7 * i);
      const from = addDays(to, -6);
      out.push({ from: day(from), to: day(to), label: short.format(from) });
    }
  } else {
    // Calendar months; the current one runs until today.
    const month = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    for (let i = 11; i >= 0; i--) {
      const from = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() - i, 1));
      const end = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 0));
      out.push({ from: day(from), to: day(end < base ? end : base), label: month.format(from) });
    }
  }
  return out;
}
