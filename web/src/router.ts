// History-API routing between the pages that the server answers with the shell (the
// same list as PAGES in crates/web/src/lib.rs).
import { t } from './i18n';

export interface PageContext {
  params: Record<string, string>;
  query: URLSearchParams;
  main: HTMLElement;
  /** Registers clean-up to run when the page is left. */
  onLeave(fn: () => void): void;
}
type Page = (ctx: PageContext) => void | Promise<void>;

const routes: { pattern: RegExp; names: string[]; page: Page }[] = [];
let leaving: (() => void)[] = [];
let afterRender: ((path: string) => void) | null = null;

export function route(path: string, page: Page): void {
  const names: string[] = [];
  const source = path.replace(/\{(\w+)\}/g, (_, name: string) => { names.push(name); return '([^/]+)'; });
  routes.push({ pattern: new RegExp(`^${source}/?$`), names, page });
}

export function onRender(fn: (path: string) => void): void {
  afterRender = fn;
}

/** How deep into this visit's own pages the history is (each entry records its depth). */
let depth = 0;

export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState({ depth }, '', url);
  else { depth += 1; history.pushState({ depth }, '', url); }
  void render(true);
}

/** Whether "back" stays on this site (the page was reached by a link here). */
export function canGoBack(): boolean {
  return depth > 0;
}

export async function render(moveFocus: boolean): Promise<void> {
  for (const fn of leaving) { try { fn(); } catch { /* keep leaving */ } }
  leaving = [];
  const main = document.getElementById('main') as HTMLElement;
  main.replaceChildren();
  main.className = '';
  const path = location.pathname;
  const query = new URLSearchParams(location.search);
  for (const r of routes) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    r.names.forEach((name, i) => { params[name] = decodeURIComponent(m[i + 1]); });
    afterRender?.(path);
    // Busy while the page draws (its data may still be on the way): assistive
    // technology waits for the whole page, and so can a test.
    main.setAttribute('aria-busy', 'true');
    try {
      await r.page({ params, query, main, onLeave: (fn) => leaving.push(fn) });
    } finally {
      main.removeAttribute('aria-busy');
    }
    if (moveFocus) {
      // Tell screen readers that the page changed: focus its heading.
      const heading = main.querySelector<HTMLElement>('h1');
      if (heading) { heading.tabIndex = -1; heading.focus({ preventScroll: true }); } else main.focus({ preventScroll: true });
    }
    return;
  }
  document.title = t('title-not-found');
  main.append(Object.assign(document.createElement('h1'), { textContent: t('not-found') }));
}

/** Same-origin links to pages are followed without a reload. */
export function start(): void {
  document.addEventListener('click', (e) => {
    const a = (e.target as Element).closest?.('a');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || a.hasAttribute('download') || a.target) return;
    if (/^\/(api|media|assets|locales)\//.test(url.pathname)) return;
    e.preventDefault();
    if (url.pathname + url.search !== location.pathname + location.search) navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener('popstate', (e) => {
    depth = (e.state as { depth?: number } | null)?.depth ?? 0;
    void render(true);
  });
  void render(false);
}

export function setTitle(text: string): void {
  document.title = t('title-page', { page: text });
}
