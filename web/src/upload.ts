// Upload: pick a file (the resumable tus upload starts at once, with a progress bar),
// write the caption with #hashtag / @mention suggestions, choose who may watch and
// remix, optionally a sound, publish, then follow the processing until the clip is ready.
import * as tus from 'tus-js-client';
import { t, formatCount, formatDuration } from './i18n';
import { get, post, errorText, session, enc, ApiError, type Video, type Suggestion } from './api';
import { h, field, formAlert, showError, toast, at } from './dom';
import { setTitle, navigate, type PageContext } from './router';
import { suggestions, captionToken, insertToken } from './suggest';
import { captionLanguageSelect, captionFileInput, captionLanguageName, putCaption } from './captions';

const CHUNK = 8 * 1024 * 1024;
/** The caption and choices being written, kept in this browser until published (an
 * upload or publish that fails, or a page left, loses nothing). */
const DRAFT_KEY = 'spool.uploadDraft';

interface Draft { caption: string; visibility: string; allow: Record<string, boolean> }

function readDraft(): Draft | null {
  try { return JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Draft | null; } catch { return null; }
}

export async function uploadPage(ctx: PageContext): Promise<void> {
  setTitle(t('upload-title'));
  ctx.main.className = 'page';
  if (!session.account) {
    navigate(`/login?next=${enc('/upload' + location.search)}`, true);
    return;
  }
  const duetOf = ctx.query.get('duet_of');
  const stitchOf = ctx.query.get('stitch_of');
  let soundId = ctx.query.get('sound_id');

  const banner = h('div', { class: 'notice', hidden: true });
  const remixId = duetOf ?? stitchOf;
  if (remixId) {
    banner.hidden = false;
    banner.textContent = t(duetOf ? 'upload-duet' : 'upload-stitch', { handle: '…' });
    get<Video>(`/api/v1/videos/${enc(remixId)}`)
      .then((v) => { banner.textContent = t(duetOf ? 'upload-duet' : 'upload-stitch', { handle: at(v.creator.handle) }); })
      .catch((e) => { banner.textContent = errorText(e); });
  }

  // --- the file and its upload ---
  const file = h('input', { type: 'file', name: 'file', accept: 'video/*', required: true });
  const progress = h('progress', { max: 100, value: 0, class: 'upload-progress', 'aria-labelledby': 'upload-progress-label' });
  const progressText = h('span', { class: 'progress-text' });
  const pause = h('button', { type: 'button', class: 'text-button' }, t('upload-pause'));
  const progressBox = h('div', { class: 'progress-box', hidden: true },
    h('p', { id: 'upload-progress-label' }, t('upload-progress-label')), progress, h('div', { class: 'row' }, progressText, pause));
  let upload: tus.Upload | null = null;
  let uploaded: Promise<string> | null = null;
  let paused = false;

  // The clip picked, to watch before posting, and its cover: the frame the slider shows.
  const preview = h('video', { class: 'upload-preview', muted: true, playsinline: true, preload: 'metadata', 'aria-label': t('upload-preview') });
  preview.muted = true;
  const cover = h('input', { type: 'range', name: 'cover', min: 0, max: 0, step: 100, value: 0 });
  let coverChosen = false;
  const coverBox = h('div', { class: 'cover-box', hidden: true }, preview, field(t('upload-cover'), cover, t('upload-cover-hint')));
  preview.addEventListener('loadedmetadata', () => {
    const ms = Math.floor(preview.duration * 1000);
    cover.max = String(ms);
    cover.value = String(Math.min(1000, Math.floor(ms / 2)));
    cover.setAttribute('aria-valuetext', formatDuration(Number(cover.value)));
    preview.currentTime = Number(cover.value) / 1000;
    coverBox.hidden = false;
  });
  cover.addEventListener('input', () => {
    coverChosen = true;
    preview.currentTime = Number(cover.value) / 1000;
    cover.setAttribute('aria-valuetext', formatDuration(Number(cover.value)));
  });

  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (preview.src) URL.revokeObjectURL(preview.src);
    coverChosen = false;
    preview.src = URL.createObjectURL(chosen);
    upload?.abort();
    progressBox.hidden = false;
    progress.value = 0;
    paused = false;
    pause.textContent = t('upload-pause');
    uploaded = new Promise<string>((resolve, reject) => {
      const u = new tus.Upload(chosen, {
        endpoint: '/api/v1/uploads',
        headers: { 'X-CSRF-Token': session.csrf },
        metadata: { filename: chosen.name, filetype: chosen.type },
        chunkSize: CHUNK,
        retryDelays: [0, 1000, 3000, 5000, 10000],
        removeFingerprintOnSuccess: true,
        onProgress(sent, total) {
          const pct = total ? (sent / total) * 100 : 0;
          progress.value = pct;
          progressText.textContent = t('upload-progress', { percent: Math.floor(pct), sent: formatCount(sent), total: formatCount(total) });
        },
        onSuccess() {
          progress.value = 100;
          progressText.textContent = t('upload-done');
          pause.hidden = true;
          resolve((u.url ?? '').split('/').pop() ?? '');
        },
        onError(err) {
          progressText.textContent = t('upload-error');
          reject(err);
        },
      });
      upload = u;
      // An interrupted upload of the same file continues where it stopped.
      void u.findPreviousUploads().then((previous) => {
        if (previous.length) u.resumeFromPreviousUpload(previous[0]);
        u.start();
      });
    });
    uploaded.catch(() => undefined);
  });
  pause.addEventListener('click', () => {
    if (!upload) return;
    paused = !paused;
    if (paused) void upload.abort(); else upload.start();
    pause.textContent = t(paused ? 'upload-resume' : 'upload-pause');
  });

  // --- caption with suggestions ---
  const caption = h('textarea', { name: 'caption', rows: 3, maxlength: 2200 });
  const captionHelp = suggestions(caption, {
    token: (value, caret) => captionToken(value, caret),
    choose: (s: Suggestion, input) => insertToken(input, s.text),
  });

  const radio = (value: string, checked: boolean) => {
    const rid = `visibility-${value}`;
    return h('div', { class: 'choice' },
      h('input', { type: 'radio', name: 'visibility', id: rid, value, checked }),
      h('label', { for: rid }, t(value === 'public' ? 'visibility-public' : value === 'followers' ? 'visibility-followers' : 'visibility-private')));
  };
  const check = (name: string, label: string) => h('div', { class: 'choice' },
    h('input', { type: 'checkbox', name, id: `opt-${name}`, checked: true }), h('label', { for: `opt-${name}` }, label));

  // --- optional sound ---
  const soundInput = h('input', { type: 'search', name: 'sound', autocomplete: 'off' });
  const soundChosen = h('p', { class: 'hint', role: 'status' });
  const showSound = (title: string | null) => { soundChosen.textContent = title ? t('upload-sound-chosen', { title }) : t('upload-sound-none'); };
  showSound(null);
  if (soundId) {
    get<{ title: string }>(`/api/v1/sounds/${enc(soundId)}`).then((s) => showSound(s.title)).catch(() => showSound(null));
  }
  const soundHelp = suggestions(soundInput, {
    token: (value) => ({ query: value, type: 'sounds' }),
    choose: (s, input) => { soundId = s.id; input.value = ''; showSound(s.text); },
  });
  const clearSound = h('button', { type: 'button', class: 'text-button', onclick: () => { soundId = null; showSound(null); } }, t('upload-sound-clear'));

  // --- optional captions: one WebVTT file, sent once the video exists ---
  const captionLang = captionLanguageSelect('caption_lang');
  const captionFile = captionFileInput('caption_file');

  const status = h('div', { class: 'publish-status', role: 'status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('upload-post'));
  const form: HTMLFormElement = h('form', { class: 'stack upload-form', novalidate: true },
    banner,
    field(t('upload-file'), file, t('upload-file-hint')),
    progressBox,
    coverBox,
    h('div', { class: 'field' },
      h('label', { for: 'caption' }, t('upload-caption')),
      Object.assign(caption, { id: 'caption' }),
      captionHelp,
      h('p', { class: 'hint', id: 'caption-hint' }, t('upload-caption-hint'))),
    h('fieldset', {}, h('legend', {}, t('upload-visibility')), radio('public', true), radio('followers', false), radio('private', false)),
    h('fieldset', {}, h('legend', {}, t('upload-allow')),
      check('allow_comments', t('upload-allow-comments')), check('allow_duet', t('upload-allow-duet')), check('allow_stitch', t('upload-allow-stitch'))),
    h('fieldset', {}, h('legend', {}, t('upload-sound')), field(t('upload-sound-search'), soundInput), soundHelp, soundChosen, clearSound),
    h('fieldset', { class: 'upload-captions' }, h('legend', {}, t('captions-title')),
      field(t('captions-file'), captionFile, t('captions-hint')), field(t('captions-language'), captionLang)),
    formAlert(),
    submit,
    status);
  caption.setAttribute('aria-describedby', 'caption-hint');

  // The draft: restored here, kept as it is written, dropped once published.
  const draft = readDraft();
  if (draft) {
    caption.value = draft.caption;
    form.querySelectorAll<HTMLInputElement>('input[name=visibility]').forEach((r) => { r.checked = r.value === draft.visibility; });
    for (const [name, on] of Object.entries(draft.allow)) {
      const box = form.querySelector<HTMLInputElement>(`input[name=${name}]`);
      if (box) box.checked = on;
    }
    status.replaceChildren(h('p', { class: 'hint' }, t('upload-draft-restored')));
  }
  const keepDraft = () => {
    const data = new FormData(form);
    const d: Draft = {
      caption: caption.value, visibility: String(data.get('visibility') ?? 'public'),
      allow: Object.fromEntries(['allow_comments', 'allow_duet', 'allow_stitch'].map((n) => [n, data.has(n)])),
    };
    localStorage.setItem(DRAFT_KEY, JSON.stringify(d));
  };
  form.addEventListener('input', keepDraft);
  form.addEventListener('change', keepDraft);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!uploaded) { showError(form, t('upload-pick-first'), 'file'); return; }
    submit.disabled = true;
    status.textContent = t('upload-waiting');
    try {
      const uploadId = await uploaded;
      const data = new FormData(form);
      const body: Record<string, unknown> = {
        upload_id: uploadId,
        caption: caption.value,
        visibility: data.get('visibility') ?? 'public',
        allow_comments: data.has('allow_comments'),
        allow_duet: data.has('allow_duet'),
        allow_stitch: data.has('allow_stitch'),
      };
      if (soundId) body.sound_id = soundId;
      if (coverChosen) body.cover_ms = Number(cover.value);
      if (duetOf) body.duet_of = duetOf;
      if (stitchOf) body.stitch_of = stitchOf;
      const video = await post<Video>('/api/v1/videos', body);
      localStorage.removeItem(DRAFT_KEY);
      const vtt = captionFile.files?.[0];
      let captionError: string | null = null;
      if (vtt) {
        // The clip is published either way; a refused file is said, and can be added
        // again from the clip's edit sheet.
        try { await putCaption(video.id, captionLang.value, vtt); } catch (err) { captionError = errorText(err); }
      }
      await follow(video, status);
      if (captionError) status.prepend(h('p', { class: 'error', role: 'alert' }, t('captions-failed', { reason: captionError })));
      else if (vtt) status.prepend(h('p', { class: 'success' }, t('captions-added', { language: captionLanguageName(captionLang.value) })));
    } catch (err) {
      submit.disabled = false;
      status.textContent = '';
      const fieldName = err instanceof ApiError && err.field === 'upload_id' ? 'file' : err instanceof ApiError ? err.field : undefined;
      showError(form, err instanceof ApiError ? errorText(err) : t('upload-error'), fieldName);
    }
  });

  ctx.main.append(h('h1', {}, t('upload-title')), form);
  ctx.onLeave(() => { /* an upload in flight keeps going; tus can resume it later */ });
}

/** Polls the video until it is ready (or failed), saying where it stands. */
async function follow(video: Video, status: HTMLElement): Promise<void> {
  let v = video;
  status.replaceChildren(h('p', {}, t('upload-processing')));
  // Under the form on a phone: bring where it stands into view.
  status.scrollIntoView({ block: 'nearest' });
  for (let i = 0; v.state === 'processing' && i < 600; i++) {
    await new Promise((r) => setTimeout(r, 1500));
    if (!status.isConnected) return;
    try { v = await get<Video>(`/api/v1/videos/${enc(v.id)}`); } catch { /* try again */ }
  }
  if (v.state === 'ready') {
    status.replaceChildren(
      h('p', { class: 'success' }, t('upload-ready')),
      h('div', { class: 'row' },
        h('a', { href: `/v/${enc(v.id)}`, class: 'button primary' }, t('upload-watch')),
        h('a', { href: `/u/${enc(v.creator.handle)}`, class: 'button' }, t('upload-to-profile'))));
    toast(t('upload-ready'));
    status.scrollIntoView({ block: 'nearest' });
  } else {
    status.replaceChildren(h('p', { class: 'error' }, v.failure ? errorText(new ApiError(422, v.failure.code, v.failure.message)) : t('upload-error')));
  }
}
