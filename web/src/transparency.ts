// The public transparency page (/transparency): a region's report for a period (the
// report is asked for once per day, week or month to draw the lines over time), the
// breakdowns as bars, a CSV download, and the public decision log.
import { t, msg, lang, formatDate } from './i18n';
import { get, errorText, enc } from './api';
import { h, field } from './dom';
import { setTitle, navigate, type PageContext } from './router';
import { regionName } from './auth';
import { lineChart, barChart } from './charts';
import { actionName, categoryName, groundName, sourceName, scopeText } from './decisions';
import { buckets, type Period } from './periods';

interface Report {
  region: string; from: string; to: string;
  notices: { total: number; by_category: Record<string, number>; by_source: Record<string, number> };
  decisions: {
    total: number; by_action: Record<string, number>; by_category: Record<string, number>; by_ground: Record<string, number>;
    automated_detection_share: number | null; automated_decision_share: number | null;
  };
  time_to_decision_hours: { median: number | null; p90: number | null; count: number };
  deadline_misses: number;
  appeals: { total: number; upheld: number; rejected: number; open: number };
  reversals: number; suspensions: number;
  /** Per region or country (older drafts of the contract nested it under `by_region`). */
  legal_orders?: Record<string, number> | { by_region: Record<string, number> };
  screening?: { flagged?: number; decided: number; confirmed: number; precision: number | null };
}

interface LogEntry {
  id: string; kind?: string; region?: string; decided_at: string; action: string; category: string; ground: string;
  content_type: string | string[]; automated_detection: string | boolean; automated_decision: string | boolean;
  territorial_scope: string[]; source_type: string; reversed: boolean;
}

const PERIODS: Record<Period, string> = { days: msg('transparency-period-days'), weeks: msg('transparency-period-weeks'), months: msg('transparency-period-months') };
/** Runs `fn` over `items`, a few at a time (the server answers each from its cell). */
async function pool<A, B>(items: A[], limit: number, fn: (a: A) => Promise<B>): Promise<B[]> {
  const out: B[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) { const i = next++; out[i] = await fn(items[i]); }
  }));
  return out;
}

/** An empty region asks for all of the deployment's regions together. */
const reportUrl = (region: string, from: string, to: string) =>
  `/api/v1/transparency/report?${region ? `region=${enc(region)}&` : ''}from=${from}&to=${to}`;

function entries(map: Record<string, number> | undefined, name: (k: string) => string): { label: string; value: number }[] {
  return Object.entries(map ?? {}).map(([k, v]) => ({ label: name(k), value: Number(v) || 0 }));
}

function legalOrders(r: Report): Record<string, number> {
  const l = r.legal_orders as Record<string, unknown> | undefined;
  if (l && typeof l.by_region === 'object' && l.by_region) return l.by_region as Record<string, number>;
  return (l ?? {}) as Record<string, number>;
}

function percent(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

function hours(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  return t('transparency-hours', { hours: Math.round(v * 10) / 10 });
}

function stat(label: string, value: string | number): HTMLElement {
  return h('div', { class: 'stat-tile' }, h('dt', {}, label), h('dd', {}, typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value));
}

function yesNo(v: string | boolean): string {
  const yes = v === true || v === 'Yes' || v === 'AUTOMATED_DECISION_FULLY' || v === 'AUTOMATED_DECISION_PARTIALLY';
  return t(yes ? 'transparency-yes' : 'transparency-no');
}

function decisionLog(region: string): HTMLElement {
  const body = h('tbody', {});
  const status = h('p', { class: 'hint', role: 'status' });
  const more = h('button', { type: 'button', hidden: true }, t('transparency-log-more'));
  let before: string | null = null;
  const cols = [msg('transparency-log-date'), msg('transparency-log-action'), msg('transparency-log-category'), msg('transparency-log-ground'),
    msg('transparency-log-content'), msg('transparency-log-detected'), msg('transparency-log-automated'), msg('transparency-log-scope'),
    msg('transparency-log-source'), msg('transparency-log-reversed')];
  async function load(): Promise<void> {
    try {
      const q = new URLSearchParams({ limit: '25' });
      if (region) q.set('region', region);
      if (before) q.set('before', before);
      const r = await get<{ items: LogEntry[]; next?: string | null }>(`/api/v1/transparency/decisions?${q}`);
      body.append(...r.items.map((d) => h('tr', { 'data-decision-id': d.id },
        h('td', {}, h('time', { datetime: d.decided_at }, formatDate(d.decided_at))),
        h('td', {}, actionName(d.action)), h('td', {}, categoryName(d.category)), h('td', {}, d.ground ? groundName(d.ground) : ''),
        h('td', {}, (Array.isArray(d.content_type) ? d.content_type : [d.content_type]).map((c) => String(c ?? '').replace(/^CONTENT_TYPE_/, '').toLowerCase()).join(', ')),
        h('td', {}, yesNo(d.automated_detection)), h('td', {}, yesNo(d.automated_decision)),
        h('td', {}, scopeText(d.territorial_scope)), h('td', {}, sourceName(d.source_type)),
        h('td', {}, d.reversed ? t('transparency-yes') : t('transparency-no')))));
      before = r.next ?? null;
      more.hidden = !before;
      status.textContent = body.children.length ? '' : t('transparency-log-empty');
    } catch (e) { status.textContent = errorText(e); }
  }
  more.addEventListener('click', () => void load());
  void load();
  // Not a landmark itself: the scrolling table is the region named by the heading.
  return h('section', { class: 'card' },
    h('h2', { id: 'tr-log' }, t('transparency-log')),
    h('p', { class: 'hint' }, t('transparency-log-intro')),
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': 'tr-log' },
      h('table', { class: 'decision-log' },
        h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { scope: 'col' }, t(c))))), body)),
    status, more);
}

export async function transparencyPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page transparency';
  setTitle(t('transparency-title'));
  ctx.main.append(h('h1', {}, t('transparency-title')), h('p', {}, t('transparency-intro')));
  const regions = await get<{ regions: string[] }>('/api/v1/regions').then((r) => r.regions).catch(() => [] as string[]);
  const asked = ctx.query.get('region') ?? '';
  const region = regions.includes(asked) ? asked : '';
  const period: Period = (['days', 'weeks', 'months'] as const).find((p) => p === ctx.query.get('period')) ?? 'days';
  const go = (r: string, p: string) => navigate(`/transparency?region=${enc(r)}&period=${enc(p)}`);
  const regionSelect = h('select', { name: 'region' },
    h('option', { value: '', selected: region === '' }, t('transparency-all-regions')),
    ...regions.map((r) => h('option', { value: r, selected: r === region }, regionName(r))));
  const periodSelect = h('select', { name: 'period' }, ...(Object.keys(PERIODS) as Period[]).map((p) => h('option', { value: p, selected: p === period }, t(PERIODS[p]))));
  regionSelect.addEventListener('change', () => go(regionSelect.value, period));
  periodSelect.addEventListener('change', () => go(region, periodSelect.value));
  ctx.main.append(h('div', { class: 'row filters' }, field(t('transparency-region'), regionSelect), field(t('transparency-period'), periodSelect)));
  const bs = buckets(period, new Date(), lang);
  const from = bs[0].from;
  const to = bs[bs.length - 1].to;
  const status = h('p', { class: 'hint', role: 'status' }, t('loading'));
  const csv = h('a', { href: `${reportUrl(region, from, to)}&format=csv`, download: `spool-transparency-${region || 'all'}-${from}-${to}.csv`, class: 'button csv-link' }, t('transparency-csv'));
  ctx.main.append(h('div', { class: 'row' }, h('p', { class: 'hint' }, t('transparency-range', { from: bs[0].label, to: bs[bs.length - 1].label })), csv), status);
  let total: Report;
  let series: Report[];
  try {
    [total, series] = await Promise.all([
      get<Report>(reportUrl(region, from, to)),
      pool(bs, 4, (b) => get<Report>(reportUrl(region, b.from, b.to))),
    ]);
  } catch (e) {
    status.textContent = errorText(e);
    ctx.main.append(decisionLog(region));
    return;
  }
  status.textContent = '';
  const labels = bs.map((b) => b.label);
  const ttd = total.time_to_decision_hours;
  ctx.main.append(
    h('section', { class: 'card', 'aria-labelledby': 'tr-summary' },
      h('h2', { id: 'tr-summary' }, t('transparency-summary', { region: region ? regionName(region) : t('transparency-all-regions') })),
      h('dl', { class: 'stat-tiles' },
        stat(t('transparency-notices'), total.notices.total),
        stat(t('transparency-decisions'), total.decisions.total),
        stat(t('transparency-median'), hours(ttd.median)),
        stat(t('transparency-p90'), hours(ttd.p90)),
        stat(t('transparency-deadline-misses'), total.deadline_misses),
        stat(t('transparency-automated-detection'), percent(total.decisions.automated_detection_share)),
        stat(t('transparency-automated-decision'), percent(total.decisions.automated_decision_share)),
        stat(t('transparency-suspensions'), total.suspensions),
        stat(t('transparency-appeals'), total.appeals.total),
        stat(t('transparency-reversals'), total.reversals))),
    h('section', { class: 'card', 'aria-labelledby': 'tr-time' },
      h('h2', { id: 'tr-time' }, t('transparency-over-time')),
      lineChart(t('transparency-chart-volume'), labels, [
        { name: t('transparency-notices'), values: series.map((r) => r.notices.total) },
        { name: t('transparency-decisions'), values: series.map((r) => r.decisions.total) },
      ]),
      lineChart(t('transparency-chart-speed'), labels, [
        { name: t('transparency-median'), values: series.map((r) => r.time_to_decision_hours.median) },
        { name: t('transparency-p90'), values: series.map((r) => r.time_to_decision_hours.p90) },
      ], ` ${t('transparency-hours-unit')}`)),
    h('section', { class: 'card', 'aria-labelledby': 'tr-breakdown' },
      h('h2', { id: 'tr-breakdown' }, t('transparency-breakdown')),
      barChart(t('transparency-chart-notices-category'), entries(total.notices.by_category, categoryName), t('transparency-none')),
      barChart(t('transparency-chart-decisions-action'), entries(total.decisions.by_action, actionName), t('transparency-none')),
      barChart(t('transparency-chart-decisions-category'), entries(total.decisions.by_category, categoryName), t('transparency-none')),
      barChart(t('transparency-chart-ground'), entries(total.decisions.by_ground, groundName), t('transparency-none')),
      barChart(t('transparency-chart-source'), entries(total.notices.by_source, sourceName), t('transparency-none'))),
    h('section', { class: 'card', 'aria-labelledby': 'tr-appeals' },
      h('h2', { id: 'tr-appeals' }, t('transparency-appeals-title')),
      barChart(t('transparency-chart-appeals'), [
        { label: t('transparency-appeals-upheld'), value: total.appeals.upheld },
        { label: t('transparency-appeals-rejected'), value: total.appeals.rejected },
        { label: t('transparency-appeals-open'), value: total.appeals.open },
        { label: t('transparency-reversals'), value: total.reversals },
      ].filter((r) => r.value > 0), t('transparency-none')),
      lineChart(t('transparency-chart-appeals-time'), labels, [
        { name: t('transparency-appeals'), values: series.map((r) => r.appeals.total) },
        { name: t('transparency-reversals'), values: series.map((r) => r.reversals) },
      ])),
    h('section', { class: 'card', 'aria-labelledby': 'tr-orders' },
      h('h2', { id: 'tr-orders' }, t('transparency-orders')),
      barChart(t('transparency-chart-orders'), entries(legalOrders(total), regionName), t('transparency-none')),
      total.screening ? h('dl', { class: 'stat-tiles' },
        typeof total.screening.flagged === 'number' ? stat(t('transparency-screening-flagged'), total.screening.flagged) : null,
        stat(t('transparency-screening-decided'), total.screening.decided),
        stat(t('transparency-screening-confirmed'), total.screening.confirmed),
        stat(t('transparency-screening-precision'), percent(total.screening.precision))) : null),
    decisionLog(region));
}
