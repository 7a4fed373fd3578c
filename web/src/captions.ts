// Captions: the viewer's CC choice (remembered in this browser), which track a clip shows
// (the one in the viewer's language when there is one), drawing its cues over the clip,
// and the creator's side — adding a WebVTT file per language at upload or from the edit
// sheet of their own clip, and removing one.
//
// The player draws the cues itself from a <track> in "hidden" mode (so they sit above the
// progress bar and the rail in our own style, and work the same with hls.js and with the
// browser's own HLS); the master playlist lists the same files as subtitle renditions for
// players that read them there.
import { t, lang } from './i18n';
import { api, errorText, enc, type Caption, type Video } from './api';
import { h, field, formAlert, showError, toast } from './dom';

const KEY = 'spool.captions';

/** Whether the viewer wants captions (off until they turn them on). */
export function captionsWanted(): boolean {
  try { return localStorage.getItem(KEY) === '1'; } catch { return false; }
}

export function setCaptionsWanted(on: boolean): void {
  try { localStorage.setItem(KEY, on ? '1' : '0'); } catch { /* private mode: this page only */ }
}

/** The track in the viewer's language: the interface language, then the browser's
 * languages (exact tag first, then the same language in any region or script), else the
 * first track. */
export function pickTrack(tracks: Caption[], wanted: readonly string[] = [lang, ...navigator.languages]): Caption | null {
  const playable = tracks.filter((c) => c.url);
  if (!playable.length) return null;
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  for (const want of wanted) {
    const exact = playable.find((c) => c.lang.toLowerCase() === want.toLowerCase());
    if (exact) return exact;
  }
  for (const want of wanted) {
    const same = playable.find((c) => base(c.lang) === base(want));
    if (same) return same;
  }
  return playable[0];
}

/** A language tag's name in the interface language ("German", "Brazilian Portuguese"). */
export function captionLanguageName(tag: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Shows `track` on `video`: its cues, as plain text, in `box` while they are active.
 * Returns what takes them away again. */
export function showCaptions(video: HTMLVideoElement, track: Caption, box: HTMLElement): () => void {
  const el = h('track', { kind: 'subtitles', srclang: track.lang, label: captionLanguageName(track.lang), src: track.url ?? '' });
  video.append(el);
  const text = el.track;
  text.mode = 'hidden';
  const draw = () => {
    const cues = Array.from(text.activeCues ?? []) as VTTCue[];
    // The cue's own tags (italics, voices) are dropped: only its text is shown, never markup.
    box.replaceChildren(...cues.map((c) => h('span', { class: 'clip-cue' }, c.getCueAsHTML().textContent ?? '')));
    box.hidden = cues.length === 0;
  };
  text.addEventListener('cuechange', draw);
  box.setAttribute('lang', track.lang);
  return () => {
    text.removeEventListener('cuechange', draw);
    text.mode = 'disabled';
    el.remove();
    box.replaceChildren();
    box.hidden = true;
  };
}

/** Language tags offered for a caption file: the markets Spool is offered in. */
const CAPTION_LANGUAGES = [
  'ar', 'bg', 'bn', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fil', 'fr', 'ga', 'he', 'hi', 'hr', 'hu',
  'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'mt', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th',
  'tr', 'uk', 'vi', 'zh-Hans', 'zh-Hant',
];

/** A language picker for a caption file, the interface language chosen first. */
export function captionLanguageSelect(name = 'caption_lang'): HTMLSelectElement {
  const tags = CAPTION_LANGUAGES.includes(lang) ? CAPTION_LANGUAGES : [lang, ...CAPTION_LANGUAGES];
  const options = tags.map((tag) => ({ tag, name: captionLanguageName(tag) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return h('select', { name }, ...options.map((o) => h('option', { value: o.tag, selected: o.tag === lang }, o.name)));
}

/** A file input for one .vtt file. */
export function captionFileInput(name = 'caption_file'): HTMLInputElement {
  return h('input', { type: 'file', name, accept: '.vtt,text/vtt' });
}

/** Sends a caption file for one language of one's own video. */
export function putCaption(video: string, tag: string, file: Blob): Promise<Video> {
  return api<Video>('PUT', `/api/v1/videos/${enc(video)}/captions/${enc(tag)}`, new Blob([file], { type: 'text/vtt' }));
}

export function removeCaption(video: string, tag: string): Promise<Video> {
  return api<Video>('DELETE', `/api/v1/videos/${enc(video)}/captions/${enc(tag)}`);
}

/** The captions part of the edit sheet of one's own clip: its tracks, each with a
 * remove button, and a form to add one. `changed` gets the video as the server answers. */
export function captionsEditor(v: Video, changed: (updated: Video) => void): HTMLElement {
  const list = h('ul', { class: 'caption-list' });
  const draw = () => {
    const tracks = v.captions ?? [];
    list.replaceChildren(...(tracks.length ? tracks.map((c) => {
      const name = captionLanguageName(c.lang);
      return h('li', { class: 'caption-item' }, h('span', { lang: c.lang }, name),
        h('button', { type: 'button', class: 'text-button', 'aria-label': t('captions-remove', { language: name }), onclick: async () => {
          try {
            update(await removeCaption(v.id, c.lang));
            toast(t('captions-removed', { language: name }));
          } catch (e) { toast(errorText(e)); }
        } }, t('captions-remove-short')));
    }) : [h('li', { class: 'hint' }, t('captions-none'))]));
  };
  const update = (updated: Video) => { v.captions = updated.captions; changed(updated); draw(); };
  draw();
  const language = captionLanguageSelect('lang');
  const file = captionFileInput('file');
  const form: HTMLFormElement = h('form', { class: 'stack caption-form', novalidate: true },
    field(t('captions-language'), language), field(t('captions-file'), file, t('captions-hint')),
    formAlert(),
    h('button', { type: 'submit' }, t('captions-add')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const chosen = file.files?.[0];
    if (!chosen) { showError(form, t('captions-pick-file'), 'file'); return; }
    try {
      update(await putCaption(v.id, language.value, chosen));
      file.value = '';
      toast(t('captions-added', { language: captionLanguageName(language.value) }));
    } catch (err) {
      showError(form, errorText(err), 'file');
    }
  });
  return h('section', { class: 'stack captions-editor', 'aria-label': t('captions-title') },
    h('h3', {}, t('captions-title')), list, form);
}
