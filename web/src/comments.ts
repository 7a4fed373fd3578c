// The comment sheet of a clip: comments (pinned first), one level of replies, likes.
import { t, formatAgo, formatCount } from './i18n';
import { api, get, post, errorText, session, enc, ApiError, type Comment, type Video } from './api';
import { h, dialog, icon, formAlert, showError, id, handle, at } from './dom';
import { reportDialog } from './report';

interface Page { items: Comment[]; cursor: string | null }
/** A reply to the video from another instance (federation). */
interface RemoteReply { id: string; acct: string; actor: string; text: string; received_ms: number }

export function openComments(video: Video, onCount: (count: number) => void): void {
  let count = video.comment_count;
  let replyTo: Comment | null = null;
  const list = h('ol', { class: 'comments', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'text-button', hidden: true }, t('comments-more'));
  const status = h('p', { class: 'hint', role: 'status' });
  const heading = () => t('comments-title', { count });
  let cursor: string | null = null;

  function commentItem(c: Comment): HTMLLIElement {
    const likeCount = h('span', { 'aria-hidden': 'true' }, formatCount(c.like_count));
    const likeLabel = h('span', { class: 'visually-hidden' }, t('comment-like', { count: c.like_count }));
    const like = h('button', { type: 'button', class: 'comment-like', 'aria-pressed': 'false' }, icon('heart'), likeLabel, likeCount);
    like.addEventListener('click', async () => {
      if (!session.account) { status.textContent = t('login-needed'); return; }
      const on = like.getAttribute('aria-pressed') !== 'true';
      try {
        const r = await api<{ liked: boolean; like_count: number }>(on ? 'POST' : 'DELETE', `/api/v1/videos/${enc(video.id)}/comments/${enc(c.id)}/like`);
        like.setAttribute('aria-pressed', String(r.liked));
        likeLabel.textContent = t('comment-like', { count: r.like_count });
        likeCount.textContent = formatCount(r.like_count);
      } catch (e) { status.textContent = errorText(e); }
    });
    const replies = h('ol', { class: 'replies' });
    const li = h('li', { class: 'comment' },
      h('div', { class: 'comment-head' },
        h('a', { href: `/u/${enc(c.author)}`, class: 'comment-author' }, handle(c.author)),
        c.pinned ? h('span', { class: 'pill' }, t('comment-pinned')) : null,
        h('time', { datetime: c.created_at, class: 'hint' }, formatAgo(c.created_at))),
      h('p', { class: 'comment-text' }, c.text),
      h('div', { class: 'comment-actions' }, like,
        c.parent_id ? null : h('button', { type: 'button', class: 'text-button', onclick: () => startReply(c) }, t('comment-reply')),
        !c.parent_id && c.reply_count > 0 ? h('button', {
          type: 'button', class: 'text-button', 'aria-expanded': 'false',
          onclick: async (e: Event) => {
            const b = e.currentTarget as HTMLButtonElement;
            if (b.getAttribute('aria-expanded') === 'true') { replies.replaceChildren(); b.setAttribute('aria-expanded', 'false'); return; }
            try {
              const r = await get<Page>(`/api/v1/videos/${enc(video.id)}/comments?parent_id=${enc(c.id)}&limit=50`);
              replies.replaceChildren(...r.items.map(commentItem));
              b.setAttribute('aria-expanded', 'true');
            } catch (err) { status.textContent = errorText(err); }
          },
        }, t('comment-replies', { count: c.reply_count })) : null,
        c.author.toLowerCase() === session.account?.handle.toLowerCase() ? null
          : h('button', { type: 'button', class: 'text-button comment-report', 'aria-haspopup': 'dialog', 'aria-label': t('comment-report', { handle: at(c.author) }),
            onclick: () => reportDialog({ kind: 'comment', id: c.id }) }, t('report'))),
      replies);
    li.dataset.commentId = c.id;
    return li;
  }

  // Replies from other instances, below the comments made here; the video's creator
  // may take one off.
  const remote = h('ol', { class: 'comments' });
  const remoteSection = h('section', { class: 'remote-replies', hidden: true },
    h('h3', {}, t('fed-title')), remote);
  const mine = video.creator.handle.toLowerCase() === session.account?.handle.toLowerCase();
  function remoteItem(r: RemoteReply): HTMLLIElement {
    const li: HTMLLIElement = h('li', { class: 'comment' },
      h('div', { class: 'comment-head' },
        /^https?:\/\//.test(r.actor) ? h('a', { href: r.actor, class: 'comment-author', rel: 'noopener nofollow ugc', target: '_blank' }, at(r.acct)) : h('span', { class: 'comment-author' }, at(r.acct)),
        h('time', { datetime: new Date(r.received_ms).toISOString(), class: 'hint' }, formatAgo(new Date(r.received_ms).toISOString()))),
      h('p', { class: 'comment-text' }, r.text),
      mine ? h('div', { class: 'comment-actions' }, h('button', {
        type: 'button', class: 'text-button', 'aria-label': t('comment-remote-remove', { handle: at(r.acct) }),
        onclick: async () => {
          try {
            await api('DELETE', `/api/v1/videos/${enc(video.id)}/remote-replies?reply=${enc(r.id)}`);
            li.remove();
            remoteSection.hidden = !remote.children.length;
          } catch (e) { status.textContent = errorText(e); }
        },
      }, t('fed-remove'))) : null);
    return li;
  }
  async function loadRemote(): Promise<void> {
    try {
      const replies = await get<RemoteReply[]>(`/api/v1/videos/${enc(video.id)}/remote-replies`);
      remote.replaceChildren(...replies.map(remoteItem));
      remoteSection.hidden = !replies.length;
      if (replies.length && status.textContent === t('comments-empty')) status.textContent = '';
    } catch {
      // Only an addition to the comments: they are shown without it.
    }
  }

  async function load(): Promise<void> {
    try {
      const q = new URLSearchParams({ limit: '30' });
      if (cursor) q.set('cursor', cursor);
      const page = await get<Page>(`/api/v1/videos/${enc(video.id)}/comments?${q}`);
      list.append(...page.items.map(commentItem));
      cursor = page.cursor;
      more.hidden = !cursor;
      if (!list.children.length) status.textContent = t('comments-empty');
    } catch (e) { status.textContent = errorText(e); }
  }
  more.addEventListener('click', () => void load());

  const inputId = id('comment');
  const input = h('textarea', { id: inputId, name: 'text', rows: 2, maxlength: 500, required: true, 'aria-describedby': `${inputId}-error` });
  const label = h('label', { for: inputId }, t('comment-add'));
  const cancel = h('button', { type: 'button', class: 'text-button', hidden: true, onclick: () => startReply(null) }, t('comment-cancel-reply'));
  function startReply(c: Comment | null): void {
    replyTo = c;
    label.textContent = c ? t('comment-reply-to', { handle: at(c.author) }) : t('comment-add');
    cancel.hidden = !c;
    input.focus();
  }
  const form: HTMLFormElement = h('form', { class: 'comment-form' },
    label, input, h('p', { class: 'field-error', id: `${inputId}-error` }), formAlert(),
    h('div', { class: 'row' }, cancel, h('button', { type: 'submit', class: 'primary' }, t('comment-send'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    try {
      const c = await post<Comment>(`/api/v1/videos/${enc(video.id)}/comments`, replyTo ? { text, parent_id: replyTo.id } : { text });
      input.value = '';
      count += 1;
      onCount(count);
      dlg.querySelector('.dialog-head h2')?.replaceChildren(heading());
      status.textContent = t('comment-sent');
      if (replyTo) {
        const parent = list.querySelector(`[data-comment-id="${replyTo.id}"] .replies`);
        parent?.append(commentItem(c));
      } else {
        list.prepend(commentItem(c));
      }
      startReply(null);
    } catch (err) {
      showError(form, errorText(err), err instanceof ApiError && err.field === 'text' ? 'text' : undefined);
    }
  });
  const composer = session.account ? form
    : h('p', { class: 'hint' }, h('a', { href: `/login?next=${enc(location.pathname)}`, class: 'text-link' }, t('comment-login')));
  if (!video.allow_comments) composer.replaceChildren(t('comments-off'));
  const dlg = dialog(heading(), [list, more, status, remoteSection, composer], { sheet: true });
  void load().then(loadRemote);
}
