// Profile photos: the avatar shown wherever an account appears (the profile, the rail,
// search results) — its photo where it has one, else its first letter — and the edit
// profile sheet: photo (chosen, previewed as the centred square the server keeps, or
// removed), display name and bio.
import { t } from './i18n';
import { api, patch, errorText, session, ApiError, type Account } from './api';
import { h, dialog, field, formAlert, showError, toast } from './dom';

interface Named { handle: string; display_name: string; avatar_url?: string | null; photo_url?: string | null }

/** The letter or photo inside an avatar circle (decorative: the name is beside it). */
export function avatarContent(who: Named, large = false): HTMLElement {
  const url = large ? who.photo_url ?? who.avatar_url : who.avatar_url;
  if (url) return h('img', { class: 'avatar-photo', src: url, alt: '', decoding: 'async', loading: large ? 'eager' : 'lazy' });
  return h('span', { 'aria-hidden': 'true' }, (who.display_name || who.handle).slice(0, 1).toUpperCase());
}

const TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** The edit profile sheet of the signed-in account; `saved` gets the account as the
 * server answers. */
export function editProfileDialog(me: Account, saved: (me: Account) => void): void {
  let removing = false;
  const preview = h('div', { class: 'avatar edit-avatar', 'aria-hidden': 'true' }, avatarContent(me, true));
  const file = h('input', { type: 'file', name: 'photo', accept: TYPES.join(',') });
  const remove = h('button', { type: 'button', class: 'text-button', hidden: !me.photo_url }, t('profile-photo-remove'));
  let objectUrl = '';
  const showPreview = (src: string | null) => {
    preview.replaceChildren(src ? h('img', { class: 'avatar-photo', src, alt: '' }) : avatarContent({ ...me, photo_url: null, avatar_url: null }, true));
  };
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = chosen ? URL.createObjectURL(chosen) : '';
    removing = false;
    showPreview(objectUrl || (me.photo_url ?? null));
    remove.hidden = !chosen && !me.photo_url;
  });
  remove.addEventListener('click', () => {
    file.value = '';
    removing = true;
    showPreview(null);
    remove.hidden = true;
  });
  const displayName = h('input', { name: 'display_name', value: me.display_name, maxlength: 50, autocomplete: 'nickname' });
  const bio = h('textarea', { name: 'bio', maxlength: 160, rows: 3 });
  bio.value = me.bio;
  const save = h('button', { type: 'submit', class: 'primary' }, t('profile-edit-save'));
  const form: HTMLFormElement = h('form', { class: 'stack edit-profile', novalidate: true },
    h('div', { class: 'edit-photo' }, preview,
      h('div', { class: 'stack' }, field(t('profile-photo-choose'), file, t('profile-photo-hint')), remove)),
    field(t('field-display-name'), displayName), field(t('field-bio'), bio),
    formAlert(), save);
  const dlg = dialog(t('profile-edit'), [form], { sheet: true, onClose: () => { if (objectUrl) URL.revokeObjectURL(objectUrl); } });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const chosen = file.files?.[0];
    if (chosen && !TYPES.includes(chosen.type)) { showError(form, t('profile-photo-type'), 'photo'); return; }
    save.disabled = true;
    try {
      let account = me;
      // The photo first: a refused one changes nothing, and the sheet stays open.
      if (chosen) account = await api<Account>('PUT', '/api/v1/me/photo', chosen);
      else if (removing && me.photo_url) account = await api<Account>('DELETE', '/api/v1/me/photo');
      if (displayName.value !== me.display_name || bio.value !== me.bio) {
        account = await patch<Account>('/api/v1/me', { display_name: displayName.value, bio: bio.value });
      }
      session.account = account;
      dlg.close();
      toast(t('profile-edit-done'));
      saved(account);
    } catch (err) {
      save.disabled = false;
      const name = err instanceof ApiError ? (err.field === 'crop' ? 'photo' : err.field) : undefined;
      showError(form, errorText(err), name ?? (err instanceof ApiError && ['unsupported_media_type', 'body_too_large'].includes(err.code) ? 'photo' : undefined));
    }
  });
}
