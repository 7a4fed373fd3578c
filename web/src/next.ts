// Where to go after logging in or signing up: the `next` query parameter, but only when
// it is a path on this site. Anything else ("//host", "/\host", a scheme, control
// characters, which URL parsers drop and so turn "/\t/host" into "//host") goes home.

/** Control characters (C0, DEL, C1). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function safeNext(raw: string | null | undefined, origin: string): string {
  if (!raw || raw[0] !== '/' || raw[1] === '/' || raw[1] === '\\' || CONTROL.test(raw)) return '/';
  try {
    const url = new URL(raw, origin);
    // The last word: the resolved URL must be on this origin.
    if (url.origin !== new URL(origin).origin) return '/';
    return url.pathname + url.search + url.hash;
  } catch {
    return '/';
  }
}
