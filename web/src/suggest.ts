// A typeahead (ARIA 1.2 combobox with a listbox popup) fed by GET /api/v1/search/suggest.
// `token` picks what to look up from the text and the caret (the whole text for search,
// the #hashtag or @mention being typed for a caption); `choose` applies a suggestion.
import { t } from './i18n';
import { get, type Suggestion } from './api';
import { h, id } from './dom';

export interface SuggestOptions {
  token(value: string, caret: number): { query: string; type?: string } | null;
  choose(s: Suggestion, input: HTMLInputElement | HTMLTextAreaElement): void;
}

export function suggestions(input: HTMLInputElement | HTMLTextAreaElement, opts: SuggestOptions): HTMLElement {
  const listId = id('suggest');
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': t('suggestions') });
  const live = h('p', { class: 'visually-hidden', role: 'status' });
  // A single-line field is a combobox; a caption (textarea) stays a text box that owns
  // the list (ARIA allows no combobox role on a textarea).
  const combo = input instanceof HTMLInputElement;
  const expanded = (open: boolean) => { if (combo) input.setAttribute('aria-expanded', String(open)); };
  if (combo) input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  expanded(false);
  let items: Suggestion[] = [];
  let active = -1;
  let timer = 0;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    expanded(false);
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll('li').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${listId}-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const s = items[i];
    if (!s) return;
    close();
    opts.choose(s, input);
    input.focus();
  };
  const lookup = async () => {
    const tok = opts.token(input.value, input.selectionStart ?? input.value.length);
    if (!tok || !tok.query.trim()) { close(); return; }
    const mine = ++seq;
    try {
      const q = new URLSearchParams({ q: tok.query });
      if (tok.type) q.set('type', tok.type);
      const r = await get<{ items: Suggestion[] }>(`/api/v1/search/suggest?${q}`);
      if (mine !== seq) return;
      items = r.items;
      list.replaceChildren(...items.map((s, i) => h('li', {
        id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', class: `suggestion kind-${s.type}`,
        onmousedown: (e: Event) => { e.preventDefault(); pick(i); },
      }, s.text)));
      list.hidden = items.length === 0;
      expanded(items.length > 0);
      live.textContent = items.length ? t('suggestions-count', { count: items.length }) : '';
      highlight(-1);
    } catch { close(); }
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(() => void lookup(), 150); });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  input.addEventListener('keydown', (e: Event) => {
    const k = e as KeyboardEvent;
    if (list.hidden) return;
    if (k.key === 'ArrowDown') { k.preventDefault(); highlight((active + 1) % items.length); }
    else if (k.key === 'ArrowUp') { k.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
    else if (k.key === 'Enter' && active >= 0) { k.preventDefault(); pick(active); }
    else if (k.key === 'Escape') { k.preventDefault(); close(); }
  });
  return h('div', { class: 'suggest-wrap' }, list, live);
}

/** The #hashtag or @mention that ends at the caret, if one is being typed. */
export function captionToken(value: string, caret: number): { query: string; type: string; start: number } | null {
  const before = value.slice(0, caret);
  const m = /(^|\s)([#@])([\p{L}\p{N}_.]*)$/u.exec(before);
  if (!m || !m[3]) return null;
  return { query: m[2] + m[3], type: m[2] === '#' ? 'hashtags' : 'accounts', start: caret - m[2].length - m[3].length };
}

/** Replaces the token being typed with the chosen #tag or @handle. */
export function insertToken(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const caret = input.selectionStart ?? input.value.length;
  const tok = captionToken(input.value, caret);
  if (!tok) return;
  const before = input.value.slice(0, tok.start);
  const after = input.value.slice(caret);
  input.value = `${before}${text} ${after.replace(/^\s+/, '')}`;
  const at = before.length + text.length + 1;
  input.setSelectionRange(at, at);
}

