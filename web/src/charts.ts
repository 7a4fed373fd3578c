// Charts drawn by hand as inline SVG: lines over time and horizontal bars. Each one is a
// <figure> whose SVG is an image with a text summary (role="img", aria-label) and whose
// numbers are also in a table under a disclosure, for screen readers and for copying.
// Colours come from CSS classes (the page's CSP allows no inline styles); in
// right-to-left languages the x axis runs from the right.
import { t, lang, isRtl } from './i18n';
import { h, id } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

export interface Series { name: string; values: (number | null)[] }

const number = (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);

/** A round upper bound for an axis (1, 2, 5 × 10ⁿ). */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * step >= max) return m * step;
  return 10 * step;
}

function table(caption: string, head: string[], rows: (string | number)[][]): HTMLElement {
  return h('details', { class: 'chart-table' },
    h('summary', {}, t('chart-show-table')),
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
      h('table', {},
        h('caption', { class: 'visually-hidden' }, caption),
        h('thead', {}, h('tr', {}, ...head.map((c, i) => h('th', { scope: 'col', class: i ? 'num' : null }, c)))),
        h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i ? h('td', { class: 'num' }, typeof c === 'number' ? number(c) : c) : h('th', { scope: 'row' }, String(c))))))))));
}

function legend(series: Series[]): HTMLElement {
  return h('ul', { class: 'chart-legend', 'aria-hidden': 'true' }, ...series.map((s, i) =>
    h('li', {}, h('span', { class: `swatch series-${i}` }), s.name)));
}

/** Lines over time, one per series; `labels` name the points (days, weeks, months). */
export function lineChart(title: string, labels: string[], series: Series[], unit = ''): HTMLElement {
  const W = 640, H = 240, padStart = 48, padEnd = 16, padTop = 12, padBottom = 36;
  const rtl = isRtl(lang);
  const n = labels.length;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const plotW = W - padStart - padEnd;
  const plotH = H - padTop - padBottom;
  const xAt = (i: number) => { const x = padStart + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1)); return rtl ? W - x : x; };
  const yAt = (v: number) => padTop + plotH - (v / max) * plotH;
  const g = svg('g', {});
  for (const frac of [0, 0.5, 1]) {
    const y = yAt(max * frac);
    g.append(svg('line', { x1: rtl ? W - padStart : padStart, x2: rtl ? padEnd : W - padEnd, y1: y, y2: y, class: 'grid' }),
      svg('text', { x: rtl ? W - padStart + 6 : padStart - 6, y: y + 4, 'text-anchor': rtl ? 'start' : 'end', class: 'axis' }, number(max * frac)));
  }
  const ticks = n <= 1 ? [0] : [0, Math.floor((n - 1) / 2), n - 1];
  for (const i of new Set(ticks)) {
    g.append(svg('text', { x: xAt(i), y: H - 12, 'text-anchor': i === 0 ? (rtl ? 'end' : 'start') : i === n - 1 ? (rtl ? 'start' : 'end') : 'middle', class: 'axis' }, labels[i] ?? ''));
  }
  series.forEach((s, si) => {
    const pts = s.values.map((v, i) => (v === null ? null : `${xAt(i).toFixed(1)},${yAt(v).toFixed(1)}`)).filter((p): p is string => p !== null);
    if (pts.length > 1) g.append(svg('polyline', { points: pts.join(' '), class: `line series-${si}` }));
    s.values.forEach((v, i) => {
      if (v === null) return;
      g.append(svg('circle', { cx: xAt(i).toFixed(1), cy: yAt(v).toFixed(1), r: 3, class: `dot series-${si}` },
        svg('title', {}, `${labels[i]}: ${s.name} ${number(v)}${unit}`)));
    });
  });
  const totals = series.map((s) => `${s.name}: ${number(s.values.reduce<number>((a, v) => a + (v ?? 0), 0))}${unit}`).join('; ');
  const captionId = id('chart');
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${title}. ${t('chart-summary-line', { from: labels[0] ?? '', to: labels[n - 1] ?? '', totals })}`, class: 'chart', preserveAspectRatio: 'xMidYMid meet' }, g);
  return h('figure', { class: 'chart-figure', 'aria-labelledby': captionId },
    h('figcaption', { id: captionId }, title), chart, legend(series),
    table(title, [t('chart-period'), ...series.map((s) => s.name)], labels.map((l, i) => [l, ...series.map((s) => s.values[i] ?? '—')])));
}

/** Horizontal bars, largest first. */
export function barChart(title: string, rows: { label: string; value: number }[], emptyText: string): HTMLElement {
  const captionId = id('chart');
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  if (!sorted.length) {
    return h('figure', { class: 'chart-figure', 'aria-labelledby': captionId }, h('figcaption', { id: captionId }, title), h('p', { class: 'hint' }, emptyText));
  }
  const W = 640, row = 28, labelW = 220, valueW = 56;
  const H = sorted.length * row + 8;
  const rtl = isRtl(lang);
  const max = Math.max(1, ...sorted.map((r) => r.value));
  const barMax = W - labelW - valueW;
  const g = svg('g', {});
  sorted.forEach((r, i) => {
    const y = 4 + i * row;
    const w = Math.max(r.value > 0 ? 2 : 0, (r.value / max) * barMax);
    const x0 = labelW;
    g.append(
      svg('text', { x: rtl ? W - labelW + 8 : labelW - 8, y: y + row / 2 + 4, 'text-anchor': rtl ? 'start' : 'end', class: 'label' }, r.label),
      svg('rect', { x: rtl ? W - x0 - w : x0, y: y + 4, width: w.toFixed(1), height: row - 8, rx: 3, class: 'bar' },
        svg('title', {}, `${r.label}: ${number(r.value)}`)),
      svg('text', { x: rtl ? W - x0 - w - 6 : x0 + w + 6, y: y + row / 2 + 4, 'text-anchor': rtl ? 'end' : 'start', class: 'value' }, number(r.value)));
  });
  const summary = sorted.map((r) => `${r.label}: ${number(r.value)}`).join('; ');
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${title}. ${summary}`, class: 'chart bars' }, g);
  return h('figure', { class: 'chart-figure', 'aria-labelledby': captionId },
    h('figcaption', { id: captionId }, title), chart,
    table(title, [t('chart-item'), t('chart-value')], sorted.map((r) => [r.label, r.value])));
}
