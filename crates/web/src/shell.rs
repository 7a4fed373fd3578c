//! The HTML shell of every page, in the request's language.

use crate::l10n::{self, is_rtl};

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The shell for `lang`. `version` is the assets' fingerprint, `None` when the browser
/// layer was not built into this binary: then the page says so and loads no script.
///
/// Besides the style sheet and `app.js`, the head names what the client needs before it
/// can draw anything, so that the browser fetches it all at once: the chunks `app.js`
/// imports (`modulepreload`) and the message files of `lang` and of English behind it
/// (`preload`, fetched as the client's `fetch` asks for them). Not the player (hls.js):
/// the first clip plays without it, and it would share the line with that clip.
///
/// `signed_in`: the request carried a session cookie (valid or not), so the client asks
/// for its session; a visitor's page asks for nothing it would be refused.
pub fn render(lang: &str, version: Option<&str>, signed_in: bool) -> String {
    let t = |id: &str| escape(&l10n::message(lang, id, None));
    let dir = if is_rtl(lang) { "rtl" } else { "ltr" };
    let (head, body) = match version {
        Some(v) => (
            {
                let mut head = format!(
                    "<link rel=\"stylesheet\" href=\"/assets/app.css?v={v}\">\n\
                     <script type=\"module\" src=\"/assets/app.js?v={v}\"></script>"
                );
                for chunk in crate::module_preloads() {
                    head.push_str(&format!(
                        "\n<link rel=\"modulepreload\" href=\"/assets/{}\">",
                        escape(chunk)
                    ));
                }
                let mut langs = vec![lang];
                if lang != l10n::LANGUAGES[0] {
                    langs.push(l10n::LANGUAGES[0]);
                }
                for code in langs {
                    head.push_str(&format!(
                        "\n<link rel=\"preload\" href=\"/locales/{code}.ftl?v={v}\" as=\"fetch\" crossorigin>"
                    ));
                }
                head
            },
            format!(
                "<div id=\"app\" data-lang=\"{lang}\" data-version=\"{v}\"{session}>\
                 <main id=\"main\" tabindex=\"-1\"><p class=\"boot\" role=\"status\">{}</p></main></div>",
                t("loading"),
                session = if signed_in { " data-session=\"1\"" } else { "" },
            ),
        ),
        None => (
            String::new(),
            format!(
                "<main id=\"main\"><h1>{}</h1><p>{}</p></main>",
                t("app-name"),
                t("assets-missing")
            ),
        ),
    };
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n\
         <meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">\n\
         <meta name=\"color-scheme\" content=\"dark\">\n\
         <meta name=\"theme-color\" content=\"#000000\">\n\
         <link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">\n\
         <link rel=\"icon\" href=\"/icon.svg\" type=\"image/svg+xml\">\n\
         <link rel=\"apple-touch-icon\" href=\"/icons/apple-touch-icon.png\">\n\
         <link rel=\"manifest\" href=\"/manifest.webmanifest\">\n\
         <meta name=\"description\" content=\"{description}\">\n\
         <title>{title}</title>\n{head}\n</head>\n<body>\n\
         <a class=\"skip-link\" href=\"#main\">{skip}</a>\n{body}\n\
         <noscript><p class=\"noscript\">{noscript}</p></noscript>\n</body>\n</html>\n",
        description = t("app-description"),
        title = t("app-title"),
        skip = t("skip-to-content"),
        noscript = t("noscript"),
    )
}
