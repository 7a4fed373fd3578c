// Interface text: the Project Fluent files served by the binary at /locales/<lang>.ftl
// (the same files the server renders the page shell with). The language is the one the
// server chose for the shell (cookie, else Accept-Language); settings change it through
// the `spool_lang` cookie, mirrored in localStorage.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

// The same tags, in the same order, as `LANGUAGES` in crates/web/src/l10n.rs (a unit test
// there compares them); each has its web/locales/<tag>.ftl.
export const LANGUAGES = [
  'en', 'de', 'es', 'fr', 'pt-BR', 'ja', 'ko', 'zh-Hans', 'hi', 'ar', 'it', 'nl', 'pl', 'cs',
  'sk', 'hu', 'ro', 'bg', 'el', 'sv', 'da', 'fi', 'et', 'lv', 'lt', 'sl', 'hr', 'ga', 'mt', 'ru',
  'uk', 'tr', 'he', 'fa', 'zh-Hant', 'id', 'ms', 'vi', 'th', 'fil', 'bn',
] as const;
const RTL = new Set(['ar', 'he', 'fa']);
const STORE_KEY = 'spool.lang';
const COOKIE = 'spool_lang';

export type Args = Record<string, FluentVariable>;

let bundles: FluentBundle[] = [];
export let lang = 'en';

async function load(code: string, version: string): Promise<FluentBundle> {
  const res = await fetch(`/locales/${code}.ftl?v=${encodeURIComponent(version)}`);
  if (!res.ok) throw new Error(`locale ${code}: ${res.status}`);
  const bundle = new FluentBundle(code);
  bundle.addResource(new FluentResource(await res.text()));
  return bundle;
}

/** Loads the messages of `code` (with English behind them for anything missing). */
export async function init(code: string, version: string): Promise<void> {
  lang = (LANGUAGES as readonly string[]).includes(code) ? code : 'en';
  const wanted = [lang, ...(lang === 'en' ? [] : ['en'])];
  bundles = await Promise.all(wanted.map((c) => load(c, version)));
  // A choice stored in this browser survives a cleared cookie.
  const stored = localStorage.getItem(STORE_KEY);
  if (stored && stored !== lang && !readCookie(COOKIE) && (LANGUAGES as readonly string[]).includes(stored)) {
    setLanguage(stored);
  }
}

/** The text of message `id`: the interface's only way to put words on screen. */
export function t(id: string, args?: Args): string {
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (message?.value) return bundle.formatPattern(message.value, args, []);
  }
  return id;
}

/** Whether a message exists (for families of messages chosen by a code from the API). */
export function has(id: string): boolean {
  return bundles.some((b) => b.hasMessage(id));
}

/** Message `id` if it exists, otherwise `fallback` (e.g. the API's English text). */
export function tOr(id: string, fallback: string, args?: Args): string {
  return has(id) ? t(id, args) : fallback;
}

/** Marks a string literal as a message id that is looked up later. */
export function msg(id: string): string {
  return id;
}

export function isRtl(code: string): boolean {
  return RTL.has(code);
}

/** A language's own name, from the browser's locale data (e.g. "Deutsch"). */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}

function readCookie(name: string): string | null {
  const pair = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return pair ? decodeURIComponent(pair.slice(name.length + 1)) : null;
}

/** Switches the interface language: the cookie (read by the server) and this browser's
 * storage, then a reload so that the shell, its lang and dir follow. */
export function setLanguage(code: string): void {
  localStorage.setItem(STORE_KEY, code);
  document.cookie = `${COOKIE}=${encodeURIComponent(code)}; Path=/; Max-Age=31536000; SameSite=Lax`;
  location.reload();
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "3 minutes ago", in the interface language. */
export function formatAgo(iso: string): string {
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(Math.round(seconds), 'second');
}

// Intl.DurationFormat is in the ES2025 library, newer than the TypeScript target here.
type DurationFormat = { format(d: { minutes: number; seconds: number }): string };
const DurationFormatCtor = (Intl as unknown as { DurationFormat?: new (l: string, o: object) => DurationFormat }).DurationFormat;

/** A clip's length or position, as a clock reads in the interface language ("1:05"). */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const parts = { minutes: Math.floor(s / 60), seconds: s % 60 };
  if (DurationFormatCtor) return new DurationFormatCtor(lang, { style: 'digital', hoursDisplay: 'auto' }).format(parts);
  const two = new Intl.NumberFormat(lang, { minimumIntegerDigits: 2 });
  return `${new Intl.NumberFormat(lang).format(parts.minutes)}:${two.format(parts.seconds)}`;
}

/** The interface languages, each by its own name, in the order the current language
 * sorts them. */
export function languageChoices(): { code: string; name: string }[] {
  const collator = new Intl.Collator(lang);
  return LANGUAGES.map((code) => ({ code, name: languageName(code) })).sort((a, b) => collator.compare(a.name, b.name));
}
