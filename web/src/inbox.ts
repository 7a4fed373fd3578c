// Notifications (grouped by the server) and pending follow requests.
import { t, tOr, formatAgo } from './i18n';
import { get, post, del, errorText, session, enc, type Profile } from './api';
import { h, toast, handle as handleEl, at } from './dom';
import { setTitle, navigate, type PageContext } from './router';

interface Group {
  kind: string; actors: string[]; count: number; video_id: string | null; comment_id: string | null;
  text: string; unread: boolean; latest_at: string;
}

export async function inboxPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page';
  setTitle(t('inbox-title'));
  if (!session.account) { navigate('/login?next=/inbox', true); return; }
  ctx.main.append(h('h1', {}, t('inbox-title')));
  try {
    const requests = await get<{ items: Profile[] }>('/api/v1/me/follow-requests');
    if (requests.items.length) {
      const list = h('ul', { class: 'list' }, ...requests.items.map((p) => {
        const li: HTMLLIElement = h('li', { class: 'list-item' },
          h('a', { href: `/u/${enc(p.handle)}` }, handleEl(p.handle)),
          h('div', { class: 'row' },
            h('button', { type: 'button', class: 'primary', onclick: () => answer(p.handle, true, li) }, t('request-accept')),
            h('button', { type: 'button', onclick: () => answer(p.handle, false, li) }, t('request-decline'))));
        return li;
      }));
      ctx.main.append(h('section', { 'aria-labelledby': 'requests' }, h('h2', { id: 'requests' }, t('inbox-requests')), list));
    }
  } catch { /* not fatal */ }
  const section = h('section', { 'aria-labelledby': 'activity' }, h('h2', { id: 'activity' }, t('inbox-activity')));
  ctx.main.append(section);
  try {
    const n = await get<{ unread: number; groups: Group[] }>('/api/v1/notifications');
    if (!n.groups.length) { section.append(h('p', { class: 'empty' }, t('inbox-empty'))); return; }
    section.append(h('ul', { class: 'list' }, ...n.groups.map((g) => {
      const actor = g.actors[0] ?? '';
      const text = tOr(`notif-${g.kind}`, g.text, { actor: at(actor), count: g.count, others: Math.max(0, g.count - 1) });
      // Moderation decisions and the outcomes of one's reports are read on the status page.
      const href = g.kind === 'statement' ? '/settings/status' : g.kind === 'report_outcome' ? '/settings/status#my-reports'
        : g.video_id ? `/v/${enc(g.video_id)}` : actor ? `/u/${enc(actor)}` : null;
      const body = [h('span', {}, text), h('time', { datetime: g.latest_at, class: 'hint block' }, formatAgo(g.latest_at))];
      return h('li', { class: g.unread ? 'notification unread' : 'notification' },
        g.unread ? h('span', { class: 'visually-hidden' }, t('inbox-unread')) : null,
        href ? h('a', { href, class: 'list-item' }, ...body) : h('div', { class: 'list-item' }, ...body));
    })));
    if (n.unread) await post('/api/v1/notifications/read');
    document.querySelector('.tab .badge')?.setAttribute('hidden', '');
  } catch (e) {
    section.append(h('p', { class: 'empty' }, errorText(e)));
  }
}

async function answer(handle: string, accept: boolean, li: HTMLElement): Promise<void> {
  try {
    if (accept) await post(`/api/v1/me/follow-requests/${enc(handle)}`);
    else await del(`/api/v1/me/follow-requests/${enc(handle)}`);
    li.remove();
    toast(t(accept ? 'request-accepted' : 'request-declined', { handle: at(handle) }));
  } catch (e) { toast(errorText(e)); }
}
