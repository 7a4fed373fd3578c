# Texty rozhraní Spool: čeština (Project Fluent). Stejné zprávy jako en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — krátká videa
app-description = Sledujte, natáčejte a sdílejte krátká videa. Vaše data zůstávají ve vašem domovském regionu.
skip-to-content = Přejít na obsah
loading = Načítání…
noscript = Spool potřebuje k přehrávání videí JavaScript. Zapněte ho, nebo použijte přímo API.
assets-missing = Webový klient nebyl do tohoto serveru zabudován. Sestavte ho příkazem „npm ci && npm run build“ ve složce web/ a pak znovu sestavte Spool.
title-page = { $page } · Spool
title-not-found = Nenalezeno · Spool
not-found = Tato stránka neexistuje.
close = Zavřít

## Navigation
nav-label = Hlavní
nav-home = Domů
nav-discover = Objevovat
nav-upload = Nahrát
nav-inbox = Zprávy
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } nepřečtené oznámení
    [few] { $count } nepřečtená oznámení
    [many] { $count } nepřečteného oznámení
   *[other] { $count } nepřečtených oznámení
}

## Feed
feed-tabs = Kanály
feed-for-you = Pro vás
feed-following = Sledovaní
feed-personalized = Přizpůsobený
feed-mode-hint = Když je vypnutý, kanál nepoužívá žádné profilování: ukazuje, co je oblíbené a nové ve vašem regionu a jazyce.
feed-mode-personalized = Přizpůsobený kanál zapnut
feed-mode-non-personalized = Přizpůsobený kanál vypnut: žádné profilování
feed-empty = Zatím tu nic není. Nahrajte první klip nebo něco vyhledejte.
feed-following-empty = Žádné nové klipy od účtů, které sledujete.
feed-login = Přihlaste se, abyste viděli klipy účtů, které sledujete.
feed-unavailable = Kanál na tomto serveru zatím není k dispozici. Zkuste vyhledávání nebo profil.
video-title = Video
video-processing = Zpracování…
video-failed = Zpracování se nezdařilo
clip-video-label = Video od { $handle }
clip-loading = Načítání videa
clip-unmute = Zapnout zvuk
clip-mute = Vypnout zvuk
clip-play = Přehrát
clip-pause = Pozastavit
clip-actions = Akce pro video od { $handle }
clip-like = { $count ->
    [one] To se mi líbí ({ $count } lajk)
    [few] To se mi líbí ({ $count } lajky)
    [many] To se mi líbí ({ $count } lajku)
   *[other] To se mi líbí ({ $count } lajků)
}
clip-comments = { $count ->
    [one] Komentáře ({ $count } komentář)
    [few] Komentáře ({ $count } komentáře)
    [many] Komentáře ({ $count } komentáře)
   *[other] Komentáře ({ $count } komentářů)
}
clip-share = { $count ->
    [one] Sdílet ({ $count } sdílení)
    [few] Sdílet ({ $count } sdílení)
    [many] Sdílet ({ $count } sdílení)
   *[other] Sdílet ({ $count } sdílení)
}
clip-more = Další možnosti
clip-sound = Původní zvuk – { $handle }
clip-duet-of = Duet: zobrazit originál
clip-stitch-of = Stitch: zobrazit originál
follow-handle = Sledovat { $handle }
follow-requested = Požádáno
follow-done = Nyní sledujete { $handle }
unfollow-done = Už nesledujete { $handle }
login-needed = Nejdřív se přihlaste.
share-title = Sdílet
share-link = Odkaz na toto video
share-copy = Kopírovat odkaz
share-copied = Odkaz zkopírován
not-interested = Nezajímá mě to
not-interested-done = Rozumíme: uvidíte méně podobných klipů.
open-sound = Otevřít zvuk
make-duet = Natočit duet
make-stitch = Udělat stitch tohoto videa
why-title = Proč toto video?
why-none = Tento klip byl otevřen přímo, nevybral ho kanál.
why-explainer = Kanál vybírá klipy podle zveřejněných pravidel. Přizpůsobení můžete kdykoli vypnout.
algorithm-link = Jak kanál funguje

## Reasons
reason-follows_creator = Sledujete { $handle }
reason-topic = Sledujete klipy o { $hashtag }
reason-similar_to_liked = Podobné klipům, které se vám líbily
reason-taste_match = Odpovídá tomu, co obvykle sledujete
reason-trending_region = Oblíbené ve vašem regionu ({ $region })
reason-trending_language = Oblíbené ve vašem jazyce ({ $language })
reason-new_video_test_audience = Nový klip ukazovaný malému testovacímu publiku
reason-fresh = Nedávno zveřejněno
reason-sound = Používá zvuk „{ $sound }“
reason-seen_before = Viděli jste všechny nové klipy; podívejte se na tento znovu

## Comments
comments-title = { $count ->
    [one] { $count } komentář
    [few] { $count } komentáře
    [many] { $count } komentáře
   *[other] { $count } komentářů
}
comments-empty = Zatím žádné komentáře. Buďte první.
comments-more = Další komentáře
comments-off = Komentáře k tomuto videu jsou vypnuté.
comment-add = Přidat komentář
comment-send = Odeslat
comment-sent = Komentář zveřejněn
comment-reply = Odpovědět
comment-reply-to = Odpověď pro { $handle }
comment-cancel-reply = Zrušit odpověď
comment-replies = { $count ->
    [one] Zobrazit { $count } odpověď
    [few] Zobrazit { $count } odpovědi
    [many] Zobrazit { $count } odpovědi
   *[other] Zobrazit { $count } odpovědí
}
comment-like = { $count ->
    [one] Líbí se mi komentář ({ $count } lajk)
    [few] Líbí se mi komentář ({ $count } lajky)
    [many] Líbí se mi komentář ({ $count } lajku)
   *[other] Líbí se mi komentář ({ $count } lajků)
}
comment-pinned = Připnuto
comment-login = Pro komentování se přihlaste

## Reports
report = Nahlásit
report-intro = Řekněte nám, co je špatně. Každé hlášení posoudí moderátor a dostanete odpověď.
report-category = Důvod
report-note = Podrobnosti (nepovinné)
report-note-hint = Na co by se měl moderátor podívat?
report-send = Odeslat hlášení

## Upload
upload-title = Nahrát
upload-file = Soubor s videem
upload-file-hint = 1 sekunda až 10 minut. Nahrávání začne hned a po výpadku připojení pokračuje.
upload-progress-label = Průběh nahrávání
upload-progress = { $percent } % ({ $sent } z { $total } bajtů)
upload-done = Nahrávání dokončeno
upload-error = Nahrávání se nezdařilo. Zkuste to znovu.
upload-pause = Pozastavit
upload-resume = Pokračovat
upload-caption = Popisek
upload-caption-hint = Napište # pro hashtagy a @ pro zmínku o někom.
upload-visibility = Kdo se může dívat
visibility-public = Všichni
visibility-followers = Sledující
visibility-private = Jen já
upload-allow = Povolit ostatním
upload-allow-comments = Komentovat
upload-allow-duet = Točit duety
upload-allow-stitch = Dělat stitch
upload-sound = Zvuk (nepovinné)
upload-sound-search = Hledat zvuk
upload-sound-none = Váš klip si ponechá vlastní zvuk.
upload-sound-chosen = Zvuk: { $title }
upload-sound-clear = Použít vlastní zvuk
upload-duet = Duet s { $handle }
upload-stitch = Stitch videa od { $handle }
upload-post = Zveřejnit
upload-pick-first = Nejdřív vyberte soubor s videem.
upload-waiting = Dokončování nahrávání…
upload-processing = Zpracování videa… Trvá přibližně tak dlouho jako klip.
upload-ready = Vaše video je připravené!
upload-watch = Přehrát
upload-to-profile = Přejít na profil
suggestions = Návrhy
suggestions-count = { $count ->
    [one] { $count } návrh. Vyberte šipkami nahoru a dolů.
    [few] { $count } návrhy. Vyberte šipkami nahoru a dolů.
    [many] { $count } návrhu. Vyberte šipkami nahoru a dolů.
   *[other] { $count } návrhů. Vyberte šipkami nahoru a dolů.
}

## Profiles, hashtags, sounds
profile-not-found = Tento účet neexistuje.
profile-edit = Upravit profil
profile-follow = Sledovat
profile-following = Sledujete
profile-private = Soukromý
profile-private-body = Tento účet je soukromý. Začněte ho sledovat, abyste viděli jeho videa.
profile-following-count = Sleduje
profile-followers-count = Sledující
profile-likes-count = Lajky
profile-videos-count = Videa
profile-videos = Videa
profile-empty = Zatím žádná videa.
profile-empty-own = Zatím jste nic nezveřejnili. Vaše klipy se objeví tady.
tile-label = { $caption } — od { $handle }
tile-label-plain = Video od { $handle }
hashtag-count = { $count ->
    [one] { $count } video
    [few] { $count } videa
    [many] { $count } videa
   *[other] { $count } videí
}
hashtag-empty = S tímto hashtagem zatím nejsou žádná veřejná videa.
sound-title = Zvuk
sound-listen = Poslechnout si { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } video
    [few] { $count } videa
    [many] { $count } videa
   *[other] { $count } videí
}
sound-use = Použít tento zvuk
sound-original = Původní video
sound-sort = Řadit videa
sound-newest = Nejnovější
sound-popular = Oblíbená
sound-empty = Tento zvuk zatím nepoužívá žádné video.

## Search
search-title = Objevovat
search-label = Hledat
search-placeholder = Hledat účty, videa, #hashtagy, zvuky
search-submit = Hledat
search-types = Co hledat
search-videos = Videa
search-accounts = Účty
search-hashtags = Hashtagy
search-sounds = Zvuky
search-results = Výsledky
search-hint = Napište slovo, #hashtag nebo @jméno.
search-empty = Pro „{ $query }“ nebylo nic nalezeno.
search-followers = { $count ->
    [one] { $count } sledující
    [few] { $count } sledující
    [many] { $count } sledujícího
   *[other] { $count } sledujících
}

## Inbox
inbox-title = Zprávy
inbox-requests = Žádosti o sledování
inbox-activity = Aktivita
inbox-empty = Zatím žádná oznámení.
inbox-unread = Nepřečtené:
request-accept = Přijmout
request-decline = Odmítnout
request-accepted = { $handle } teď vidí vaše videa
request-declined = Žádost od { $handle } odmítnuta
notif-like = { $count ->
    [one] { $actor } se líbí vaše video
    [few] { $count } lidem se líbí vaše video
    [many] { $count } člověka se líbí vaše video
   *[other] { $count } lidem se líbí vaše video
}
notif-comment = { $others ->
    [0] { $actor } okomentoval(a) vaše video
    [one] { $actor } a { $others } další okomentovali vaše video
    [few] { $actor } a { $others } další okomentovali vaše video
    [many] { $actor } a { $others } dalšího okomentovali vaše video
   *[other] { $actor } a { $others } dalších okomentovali vaše video
}
notif-reply = { $actor } odpověděl(a) na váš komentář
notif-mention = { $actor } vás zmínil(a)
notif-follow = { $count ->
    [one] { $actor } vás začal(a) sledovat
    [few] { $count } noví sledující
    [many] { $count } nového sledujícího
   *[other] { $count } nových sledujících
}
notif-follow_request = { $actor } vás žádá o sledování
notif-follow_accepted = { $actor } přijal(a) vaši žádost o sledování
notif-comment_like = { $others ->
    [0] { $actor } se líbí váš komentář
    [one] { $actor } a { $others } dalšímu se líbí váš komentář
    [few] { $actor } a { $others } dalším se líbí váš komentář
    [many] { $actor } a { $others } dalšího se líbí váš komentář
   *[other] { $actor } a { $others } dalším se líbí váš komentář
}
notif-duet = { $actor } natočil(a) duet s vaším videem
notif-stitch = { $actor } udělal(a) stitch vašeho videa

## Settings
settings-title = Nastavení
settings-save = Uložit
settings-saved = Uloženo
settings-profile = Profil
settings-privacy = Soukromí
settings-private = Soukromý účet
settings-private-hint = Vaše videa uvidí jen sledující, které schválíte.
settings-who-comment = Kdo může komentovat vaše videa
settings-who-duet = Kdo může točit duety s vašimi videi
settings-who-stitch = Kdo může dělat stitch vašich videí
policy-everyone = Všichni
policy-followers = Sledující
policy-nobody = Nikdo
settings-liked-public = Zobrazovat na mém profilu videa, která se mi líbí
settings-teen = Váš účet je účet pro dospívající: některá nastavení jsou přísnější.
settings-feed = Kanál
settings-reset-recommendations = Obnovit moje doporučení
settings-reset-done = Vaše doporučení byla obnovena.
settings-language = Jazyk
settings-language-label = Jazyk rozhraní
settings-language-hint = Ve výchozím nastavení Spool používá jazyk vašeho prohlížeče.
settings-data = Vaše data
settings-data-intro = Stáhněte si vše, co o vás Spool uchovává, a podívejte se, kteří zaměstnanci si to prohlíželi a proč.
settings-export = Stáhnout moje data
settings-region = Domovský region
settings-region-now = Vaše data jsou uložena v: { $region }
settings-region-intro = Vaše osobní údaje jsou jen ve vašem domovském regionu. Můžete je přesunout do jiného.
settings-move-to = Nový domovský region
settings-move = Přesunout moje data
settings-move-confirm = Přesunout všechny vaše osobní údaje do regionu { $region }?
settings-move-done = Vaše data byla přesunuta.
settings-account = Účet
settings-signed-in = Přihlášeni jako { $handle }
settings-logout = Odhlásit se
settings-delete = Smazat účet
settings-delete-intro = Tímto natrvalo smažete svůj účet, videa a všechna data. Nelze to vrátit.
settings-delete-confirm = Natrvalo smazat účet a vše, co obsahuje?
settings-sessions = Relace
settings-sessions-intro = Zařízení, na kterých jste přihlášeni. Odhlaste se z těch, která nepoznáváte.
settings-sessions-logout-others = Odhlásit se všude jinde
settings-sessions-ended = { $count ->
    [one] Odhlášeno z { $count } další relace.
    [few] Odhlášeno ze { $count } dalších relací.
    [many] Odhlášeno z { $count } další relace.
   *[other] Odhlášeno z { $count } dalších relací.
}
session-device = { $browser } v systému { $os }
session-device-unknown = Neznámé zařízení
session-current = Toto zařízení
session-times = Přihlášeno { $created } · naposledy aktivní { $used }
session-logout = Odhlásit
session-logout-label = Odhlásit { $device }
settings-password = Změnit heslo
settings-password-done = Heslo bylo změněno. Všechny ostatní relace byly odhlášeny.
field-current-password = Současné heslo
field-new-password = Nové heslo
access-title = Přístup k mým datům
access-intro = Pokaždé, když zaměstnanec otevře vaše osobní údaje, zaznamená se to s písemným odůvodněním. Toto je úplný seznam.
access-empty = K vašim datům zatím žádný zaměstnanec nepřistoupil.
access-unavailable = Záznam přístupů na tomto serveru zatím není k dispozici.
access-when = Kdy
access-staff = Zaměstnanec
access-role = Role
access-action = Co udělal(a)
access-justification = Odůvodnění
access-reference = Číslo jednací
algorithm-title = Jak kanál funguje
algorithm-intro = Kanál Pro vás ve Spoolu je otevřený ke kontrole: kód, jeho váhy i důvody u každého klipu jsou zveřejněné.
algorithm-sources = Kandidáti pocházejí z účtů, které sledujete, z klipů podobných těm, které se vám líbily, z toho, co je oblíbené ve vašem regionu a jazyce, a z nových klipů ukazovaných malému testovacímu publiku.
algorithm-signals = Učí se z toho, co děláte: jak dlouho se díváte, opakovaná přehrání, přeskočení, lajky, sdílení, komentáře, sledování a „Nezajímá mě to“.
algorithm-filters = Vynechává, co jste už viděli, blokované účty a odstraněná videa, a střídá témata i tvůrce.
algorithm-control = Přizpůsobení můžete vypnout, obnovit, co se naučil, a u každého klipu se zeptat „proč toto video?“.
algorithm-published = Zveřejněný popis
algorithm-unavailable = Zveřejněný popis na tomto serveru zatím není k dispozici.

## Log in and sign up
login-title = Přihlásit se
login-submit = Přihlásit se
login-no-account = Ještě nemáte účet?
signup-title = Registrovat se
signup-intro = Vaše osobní údaje se ukládají jen ve zvoleném domovském regionu.
signup-submit = Vytvořit účet
signup-have-account = Už máte účet?
field-handle = Uživatelské jméno
field-handle-hint = 2 až 24 písmen, číslic, _ nebo .
field-display-name = Zobrazované jméno (nepovinné)
field-password = Heslo
field-password-hint = Alespoň 8 znaků.
field-birth-date = Datum narození
field-birth-date-hint = Musí vám být alespoň 13 let. Účty osob mladších 18 let jsou ve výchozím stavu soukromé.
field-region = Domovský region
field-region-hint = Kde jsou uloženy vaše osobní údaje.
field-email = E-mail (nepovinné)
field-email-hint = Slouží jen k obnovení účtu.
field-bio = Bio

## Errors
error-network = Server není dostupný. Zkontrolujte připojení.
error-internal = Něco se pokazilo. Zkuste to znovu.
error-unauthenticated = Nejdřív se přihlaste.
error-invalid_credentials = Nesprávné uživatelské jméno nebo heslo.
error-too_young = Ke používání Spoolu vám musí být alespoň 13 let.
error-csrf_rejected = Relace vypršela. Načtěte stránku znovu.
error-forbidden = K tomu nemáte oprávnění.
error-comments_off = Komentáře k tomuto videu jsou vypnuté.
error-remix_off = Tvůrce to nepovoluje.
error-not_found = Nenalezeno.
error-handle_taken = Toto uživatelské jméno je už obsazené.
error-rate_limited = Příliš mnoho pokusů. Chvíli počkejte a zkuste to znovu.
error-invalid_handle = Použijte 2 až 24 písmen, číslic, _ nebo .
error-handle_reserved = Toto uživatelské jméno je rezervované.
error-invalid_password = Heslo musí mít 8 až 128 znaků.
error-invalid_email = Tato e-mailová adresa nevypadá správně.
error-invalid_birth_date = Zadejte platné datum narození.
error-invalid_display_name = Zobrazované jméno může mít nejvýš 50 znaků.
error-invalid_bio = Bio může mít nejvýš 160 znaků.
error-invalid_caption = Popisek může mít nejvýš 2 200 znaků.
error-invalid_comment = Komentář má 1 až 500 znaků.
error-unknown_region = Vyberte jeden z uvedených regionů.
error-empty_file = Soubor je prázdný.
error-not_media = Tento soubor není video.
error-no_video_stream = Tento soubor neobsahuje obraz.
error-still_image = Toto je statický obrázek, ne video.
error-too_short = Video je příliš krátké (alespoň 1 sekunda).
error-too_long = Video je příliš dlouhé (nejvýš 10 minut).
error-too_large = Video je příliš velké.
error-unsupported_codec = Tento formát videa není podporován.
error-transcode_failed = Video se nepodařilo zpracovat.
error-wrong_password = Současné heslo je nesprávné.
error-quota_exceeded = Úložiště je plné. Smažte videa nebo nedokončená nahrávání, abyste uvolnili místo.
error-bad_request = Požadavek nelze přečíst.

## Moderation: reports
report-title-video = Nahlásit toto video
report-title-comment = Nahlásit tento komentář
report-title-account = Nahlásit tento účet
report-category-choose = Vyberte důvod
report-category-hate_speech = Nenávistné projevy
report-category-harassment = Obtěžování a šikana
report-category-violent_extremism = Násilný extremismus
report-category-disinformation = Zavádějící informace a dezinformace
report-category-child_safety = Bezpečnost dětí
report-category-self_harm = Sebepoškozování a poruchy příjmu potravy
report-category-illegal_goods = Nelegální zboží a služby
report-category-scams = Podvody
report-category-spam = Spam
report-category-intellectual_property = Duševní vlastnictví
report-category-other = Něco jiného
report-dsa-legend = O vás
report-dsa-intro = Nejste přihlášeni, takže jde o oznámení podle článku 16 evropského aktu o digitálních službách. K jeho vyřízení potřebujeme vaše jméno a e-mailovou adresu; nahlášená osoba se nikdy nedozví, kdo jste.
report-name = Vaše jméno
report-email = Vaše e-mailová adresa
report-email-hint = Sem pošleme výsledek.
report-good-faith = V dobré víře prohlašuji, že informace v tomto oznámení jsou přesné a úplné.
report-login-instead = Máte účet?
report-sent = Děkujeme. Hlášení bylo odesláno a posoudí ho moderátor.
report-duplicate = Tohle už jste nahlásili. Vaše dřívější hlášení stále platí; není třeba ho posílat znovu.
report-receipt-intro = Uschovejte si toto potvrzení: podle něj zjistíte, jak bylo rozhodnuto.
report-receipt = Vaše potvrzení
report-receipt-hint = Číslo hlášení { $id }
report-receipt-copy = Kopírovat potvrzení
report-receipt-copied = Potvrzení zkopírováno.
report-check-later = Podívat se na hlášení později
report-follow-up = O výsledku vás budeme informovat. Můžete ho sledovat také v sekci
report-outcome = Rozhodnuto { $date }: { $action }
report-outcome-policy = Použité pravidlo: { $policy }
report-state-open = Čeká na posouzení
report-state-decided = Rozhodnuto
comment-report = Nahlásit komentář od { $handle }
profile-report = Nahlásit
profile-withheld = Tento účet není ve vaší oblasti dostupný.
label-panel = Informace
label-more = Další informace
video-age-restricted = Věkové omezení
video-held = Pozdrženo
video-held-own = Vaše video je pozdrženo: odpovídá obsahu, který byl dříve odstraněn. Posoudí ho moderátor.
video-removed-own = Vaše video odstranil moderátor. Toto upozornění vidíte jen vy.
video-reduced-own = Po rozhodnutí moderátora se vaše video nedoporučuje v kanálech. Toto upozornění vidíte jen vy.
video-withheld = Toto video není ve vaší oblasti dostupné.
status-link = Podívejte se proč a jak se odvolat

## Moderation: actions, targets, grounds
action-no_violation = Bez porušení
action-remove = Odstraněno
action-age_restrict = Věkové omezení
action-restrict_regions = Omezeno v některých regionech
action-label = Přidán informační štítek
action-reduce_distribution = Omezené šíření
action-suspend = Účet pozastaven
action-terminate = Účet zrušen
target-video = Video
target-comment = Komentář
target-account = Účet
ground-illegal = Nezákonný obsah
ground-incompatible = V rozporu se zásadami komunity
source-notice = Oznámení od někoho, kdo to nahlásil
source-trusted-flagger = Oznámení od důvěryhodného oznamovatele
source-own-initiative = Vlastní kontrola Spoolu
decision-reversed = Zrušeno

## Account status and statements of reasons
status-title = Stav účtu
settings-status-intro = Rozhodnutí o vašem obsahu, vaše odvolání a hlášení, která jste odeslali.
settings-about = O Spoolu
status-standing = Váš účet
status-good = Váš účet je v pořádku.
status-suspended = Váš účet je pozastaven.
status-suspended-until = Váš účet je pozastaven do { $date }.
status-terminated = Váš účet byl zrušen. Rozhodnutí si stále můžete přečíst a odvolat se.
status-strikes = { $count ->
    [one] { $count } prohřešek z { $threshold }
    [few] { $count } prohřešky z { $threshold }
    [many] { $count } prohřešku z { $threshold }
   *[other] { $count } prohřešků z { $threshold }
}
status-strikes-hint = Každé rozhodnutí proti vašemu obsahu je prohřešek. Po dosažení limitu se účet pozastaví. Staré prohřešky vyprší.
status-history = Dřívější rozhodnutí
status-statements = Rozhodnutí a jejich odůvodnění
status-statements-intro = Ke každému rozhodnutí posíláme odůvodnění: co bylo rozhodnuto, podle jakého pravidla a jak se odvolat.
status-no-statements = O vašem obsahu nebylo nic rozhodnuto.
status-my-reports = Moje hlášení
status-no-reports = Nic jste nenahlásili.
status-receipt-title = Vaše hlášení
statement-heading = { $action } · { $date }
statement-decision = Rozhodnutí
statement-content = Obsah
statement-facts = Co jsme zjistili
statement-policy = Pravidlo
statement-ground-illegal = Obsah považujeme za nezákonný.
statement-ground-incompatible = Obsah je v rozporu s našimi zásadami komunity.
statement-legal-ground = Právní důvod: { $ground }
statement-policy-ground = Zásada: { $ground }
statement-label = Zobrazený štítek
statement-detection = Jak byl zjištěn
statement-detected-auto = Automatizovanými nástroji
statement-detected-human = Bez automatizovaných nástrojů
statement-automated = Jak bylo rozhodnuto
statement-decided-auto = Automatizovaným systémem
statement-decided-human = Člověkem, ne automaticky
statement-source = Co spustilo kontrolu
statement-scope = Kde platí
statement-scope-everywhere = Všude
statement-duration = Jak dlouho
statement-duration-until = Od { $from } do { $until }
statement-duration-open = Od { $from }, bez data ukončení
statement-account-suspended = Váš účet byl pozastaven.
statement-account-terminated = Váš účet byl zrušen.
statement-appeal = Odvolání
statement-appeal-until = Odvolat se můžete do { $date }. Posoudí to jiný moderátor.
statement-appeal-possible = Můžete se odvolat. Posoudí to jiný moderátor.
statement-appeal-closed = Proti tomuto rozhodnutí se zde už nelze odvolat. Stále se můžete obrátit na certifikovaný orgán pro mimosoudní řešení sporů nebo na soud.
statement-appeal-open = Vaše odvolání se posuzuje.
statement-appeal-upheld = Vašemu odvolání bylo vyhověno: rozhodnutí bylo zrušeno.
statement-appeal-rejected = Vaše odvolání bylo posouzeno a rozhodnutí platí.
statement-technical = Technické podrobnosti (jak byly odeslány do databáze transparentnosti EU)
appeal-text = Proč by se rozhodnutí mělo změnit?
appeal-text-hint = Vysvětlete, co mohl moderátor přehlédnout. Můžete přidat kontext nebo odkazy.
appeal-send = Odeslat odvolání
appeal-sent = Odvolání bylo odesláno. Posoudí ho jiný moderátor a dostanete nové odůvodnění.
appeal-exists = Proti tomuto rozhodnutí už máte otevřené odvolání.

## Moderator console
mod-title = Moderování
mod-region = Region
mod-region-hint = Fronta regionu, který moderujete.
mod-not-moderator = Nejste moderátorem tohoto regionu.
queue-title = Fronta ke kontrole: { $region }
queue-refresh = Obnovit
queue-empty = Fronta je prázdná.
queue-count = { $count ->
    [one] { $count } položka, nejnaléhavější první
    [few] { $count } položky, nejnaléhavější první
    [many] { $count } položky, nejnaléhavější první
   *[other] { $count } položek, nejnaléhavější první
}
queue-kind-notice = Oznámení
queue-kind-appeal = Odvolání
queue-kind-match = Shoda
queue-severity = Závažnost
queue-notices = Oznámení
queue-reach = Zhlédnutí (24 h)
queue-detection = Zjištěno
queue-automated = Automatická detekce
queue-human = Lidé
queue-due = Termín { $time }
queue-overdue = Po termínu: termín byl { $time }
queue-claimed-mine = Převzato vámi; převzetí končí { $time }
queue-claimed-other = Převzato jiným moderátorem
queue-claim = Převzít
queue-claim-done = Převzato. Na několik minut je to vaše.
queue-open = Posoudit
item-title = Posouzení
item-heading = Posouzení: { $category }
item-back = Zpět do fronty
item-decided = Rozhodnuto
item-context = Obsah
item-player = Nahlášené video
item-caption = Popisek
item-sound = Zvuk
item-state = Stav
item-remixes = Remixy
item-none = Žádné
item-open-video = Stránka videa
item-open-video-link = Otevřít video
item-comment-text = Komentář
item-comment-video = U videa
item-account = Účet
item-detection = Automatická detekce
item-notices = { $count ->
    [one] { $count } oznámení
    [few] { $count } oznámení
    [many] { $count } oznámení
   *[other] { $count } oznámení
}
item-history = Dřívější rozhodnutí o tomto účtu
item-history-none = Žádná dřívější rozhodnutí.
item-appeal = Odvolání
item-appeal-decision = Napadené rozhodnutí
decide-title = Rozhodnutí
decide-action = Opatření
decide-policy = Pravidlo
decide-policy-category = Obecné pravidlo: { $category }
decide-legal-ground = Právní důvod: { $ground }
decide-facts = Skutečnosti
decide-facts-hint = Co jste zjistili, jednoduchými slovy. Tvůrce si to přečte.
decide-restrict = Kde omezit
decide-restrict-hint = Vyberte regiony, země nebo obojí. Soudní či úřední příkaz potřebuje své číslo jednací.
decide-regions = Regiony
decide-countries = Země
decide-countries-hint = Dvoupísmenné kódy zemí oddělené čárkami (DE, AT).
decide-reference = Číslo jednací (příkaz soudu nebo úřadu)
decide-reference-hint = Nepovinné. Zobrazí se divákům, kteří obsah nevidí.
decide-restrict-empty = Vyberte alespoň jeden region nebo zemi.
decide-label = Informační štítek
decide-label-text = Text štítku
decide-label-url = Odkaz na další informace
decide-suspend = Pozastavení
decide-days = Dny
decide-days-hint = 1 až 365.
decide-submit = Rozhodnout
decide-done = Rozhodnutí zaznamenáno: { $action }. Odůvodnění bylo odesláno.
appeal-decide-title = Rozhodnout o odvolání
appeal-outcome = Výsledek
appeal-outcome-upheld = Vyhovět odvolání
appeal-outcome-upheld-hint = Rozhodnutí se ihned zruší a obsah nebo účet se obnoví.
appeal-outcome-rejected = Zamítnout odvolání
appeal-outcome-rejected-hint = Rozhodnutí platí.
appeal-decide-submit = Rozhodnout o odvolání
appeal-decided-upheld = Odvolání vyhověno: rozhodnutí bylo zrušeno. Bylo odesláno nové odůvodnění.
appeal-decided-rejected = Odvolání zamítnuto: rozhodnutí platí. Bylo odesláno nové odůvodnění.
error-claimed = Tuto položku převzal jiný moderátor.
error-same_moderator = Moderátor, který rozhodl, nemůže rozhodovat o odvolání proti svému rozhodnutí.

## Transparency report
transparency-title = Transparentnost
transparency-intro = Jak ve Spoolu funguje moderování, v číslech: oznámení, rozhodnutí, jak rychle padla, odvolání a zrušení. Žádné osobní údaje se nezobrazují.
transparency-region = Region
transparency-all-regions = Všechny regiony
transparency-period = Období
transparency-period-days = Posledních 30 dní, po dnech
transparency-period-weeks = Posledních 12 týdnů, po týdnech
transparency-period-months = Posledních 12 měsíců, po měsících
transparency-range = { $from } až { $to }
transparency-csv = Stáhnout jako CSV
transparency-summary = Celkem: { $region }
transparency-notices = Oznámení
transparency-decisions = Rozhodnutí
transparency-median = Medián doby do rozhodnutí
transparency-p90 = 90. percentil
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Zmeškané termíny
transparency-automated-detection = Zjištěno automatizovanými nástroji
transparency-automated-decision = Rozhodnuto automaticky
transparency-suspensions = Pozastavení
transparency-appeals = Odvolání
transparency-reversals = Zrušení
transparency-over-time = V čase
transparency-chart-volume = Oznámení a rozhodnutí
transparency-chart-speed = Doba do rozhodnutí (hodiny)
transparency-breakdown = Rozdělení
transparency-chart-notices-category = Oznámení podle kategorie
transparency-chart-decisions-action = Rozhodnutí podle opatření
transparency-chart-decisions-category = Rozhodnutí podle kategorie
transparency-chart-ground = Rozhodnutí podle důvodu
transparency-chart-source = Oznámení podle zdroje
transparency-appeals-title = Odvolání
transparency-chart-appeals = Výsledky odvolání
transparency-chart-appeals-time = Odvolání a zrušení v čase
transparency-appeals-upheld = Vyhověno
transparency-appeals-rejected = Zamítnuto
transparency-appeals-open = Otevřená
transparency-orders = Soudní a úřední příkazy a automatická kontrola
transparency-chart-orders = Příkazy podle regionu
transparency-screening-flagged = Označeno kontrolou
transparency-screening-decided = Posouzeno
transparency-screening-confirmed = Potvrzeno
transparency-screening-precision = Přesnost
transparency-none = V tomto období nic.
transparency-yes = Ano
transparency-no = Ne
transparency-log = Záznam rozhodnutí
transparency-log-intro = Každé rozhodnutí, bez údajů oznamovatelů, tvůrců a moderátorů.
transparency-log-date = Datum
transparency-log-action = Rozhodnutí
transparency-log-category = Kategorie
transparency-log-ground = Důvod
transparency-log-content = Obsah
transparency-log-detected = Automatická detekce
transparency-log-automated = Automatické rozhodnutí
transparency-log-scope = Kde
transparency-log-source = Zdroj
transparency-log-reversed = Zrušeno
transparency-log-more = Další rozhodnutí
transparency-log-empty = Zatím žádná rozhodnutí.
chart-show-table = Zobrazit čísla v tabulce
chart-summary-line = Od { $from } do { $to }. Celkem: { $totals }
chart-period = Období
chart-item = Položka
chart-value = Počet
notif-statement = O vašem obsahu bylo rozhodnuto při moderování. Přečtěte si proč a jak se odvolat.
notif-report_outcome = O hlášení, které jste odeslali, bylo rozhodnuto.

## Moderation: more codes from the server
action-hold = Pozdrženo ke kontrole
action-reversed = Zrušeno po odvolání
action-upheld_decision = Potvrzeno po odvolání
action-appeal_upheld = Odvolání vyhověno
action-appeal_rejected = Odvolání zamítnuto
notice-source-account = Oznámení z účtu
notice-source-anonymous = Oznámení bez účtu (čl. 16 DSA)
notice-source-screening = Automatická kontrola
notice-source-fingerprint = Shoda s odstraněným obsahem
notice-source-legal_order = Soudní nebo úřední příkaz
source-complaint = Odvolání
statement-scope-eea = EU a EHP (30 zemí)
statement-regions = Regiony
statement-reference = Číslo jednací příkazu
statement-outcome-heading = { $action } · { $date }
error-already_decided = O tom už bylo rozhodnuto.
error-appeal_open = Proti tomuto rozhodnutí už je otevřené odvolání.
error-appeal_closed = Proti tomuto rozhodnutí se už nelze odvolat.
error-account_suspended = Váš účet je pozastaven, takže to teď nemůžete udělat.
error-account_terminated = Váš účet je zrušen.
error-not_moderator = Nejste moderátorem tohoto regionu.
video-withheld-own = Vaše video je nedostupné v: { $places }. Toto upozornění vidíte jen vy.
item-restrictions = Aktuální omezení

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Pro pokračování se přihlaste
signin-sheet-intro = Přihlaste se, abyste mohli dávat lajky, komentovat, sledovat a mít kanál na míru.
feed-caught-up = Máte vše zhlédnuto
feed-caught-up-hint = Zatím jste viděli všechny klipy. Další najdete v sekci Objevovat.
feed-explore = Prozkoumat
clip-creator-profile = Profil { $handle }
unfollow-handle = Přestat sledovat { $handle }
clip-progress = Pozice přehrávání
clip-progress-value = { $at } z { $length }
video-edit = Upravit video
video-edit-save = Uložit
video-edit-done = Změny uloženy
video-delete = Smazat video
video-delete-confirm = Natrvalo smazat toto video? Jeho komentáře a lajky zmizí s ním.
video-delete-done = Video smazáno
back = Zpět
cancel = Zrušit
discover-trending = Právě populární
discover-trending-tags = Populární hashtagy

## How the feed works: its stages and parameters
algo-stage-events = Z čeho se kanál učí
algo-stage-model = Model vkusu
algo-stage-candidates = Odkud pocházejí kandidáti
algo-stage-exploration = Šance pro nová videa
algo-stage-ranking = Řazení
algo-stage-filters = Co se odfiltruje
algo-stage-diversity = Pestrost
algo-stage-non_personalized = Nepřizpůsobený kanál
algo-technical = Technický popis (anglicky)
algo-param-bias-learning-rate = Jak rychle se zjišťuje vlastní přitažlivost videa
algo-param-expiry-secs = Zapomenuto po nečinnosti trvající
algo-param-history-len = Počet nedávných zhlédnutí, která se počítají
algo-param-history-weight = Váha nedávných zhlédnutí
algo-param-init-scale = Počáteční rozptyl nových řádků
algo-param-item-min-count = Interakce, než video dostane vlastní řádek
algo-param-learning-rate = Jak rychle se učí vkus
algo-param-margin = Rozdíl mezi oblíbenými a přeskočenými videi
algo-param-negative-trials = Videa zkoušená při hledání protipříkladu
algo-param-negatives-per-positive = Protipříklady na jeden kladný signál
algo-param-regularization = Regularizace (brání přeučení modelu)
algo-param-seed = Náhodné semínko (pro opakovatelnost)
algo-param-max-age-hours = Nová videa se zkoušejí po dobu
algo-param-min-completion-rate = Dosledováno do konce alespoň
algo-param-min-engagement-rate = Lajky, komentáře a sdílení na zhlédnutí alespoň
algo-param-slots-per-page = Místa na stránce pro nová videa
algo-param-stages = Velikost publika v testovacích fázích
algo-param-freshness-hours = Video se považuje za čerstvé po dobu
algo-param-trending-half-life-hours = Popularita se počítá napůl po
algo-param-weights = Váhy skóre řazení
algo-param-engagement = Očekávaná interakce
algo-param-exploration = Průzkum
algo-param-following = Účty, které sledujete
algo-param-freshness = Čerstvost
algo-param-trending = Popularita
algo-param-creator-spacing = Klipy, než přijde znovu stejný tvůrce
algo-param-sound-spacing = Klipy, než přijde znovu stejný zvuk
algo-param-catalog-videos = Videa v katalogu
algo-param-viewers-with-state = Diváci, které model zná

tile-views = { $count ->
    [one] { $count } zhlédnutí
    [few] { $count } zhlédnutí
    [many] { $count } zhlédnutí
   *[other] { $count } zhlédnutí
}

## Long press: speed
clip-options = Možnosti
speed-title = Rychlost přehrávání
speed-normal = Normální
speed-value = { $rate }×
speed-set = Přehrává se rychlostí { $rate }×

## Upload: preview, cover, draft
upload-preview = Náhled klipu
upload-cover = Titulní obrázek
upload-cover-hint = Posuňte na snímek, který lidé uvidí, než se klip spustí.
upload-draft-restored = Koncept je zpět: popisek a nastavení, jak jste je nechali.
error-invalid_cover = Titulní obrázek musí být okamžik z klipu.

# Titulky a profilové fotky
clip-captions-on = Zapnout titulky
clip-captions-off = Vypnout titulky
captions-on = Titulky zapnuté
captions-off = Titulky vypnuté
captions-title = Titulky
captions-file = Soubor s titulky (.vtt)
captions-hint = Soubor WebVTT, jeden pro každý jazyk. Všechny titulky se musí vejít do délky klipu.
captions-language = Jazyk titulků
captions-add = Přidat titulky
captions-remove = Odstranit titulky: { $language }
captions-remove-short = Odstranit
captions-none = Zatím žádné titulky.
captions-added = Přidány titulky: { $language }.
captions-removed = Odstraněny titulky: { $language }.
captions-failed = Klip je zveřejněný, ale titulky se nepřidaly: { $reason } Můžete je přidat při úpravě klipu.
captions-pick-file = Nejdřív vyberte soubor .vtt.
error-invalid_webvtt = Toto není platný soubor s titulky WebVTT.
error-invalid_language = Vyberte jazyk titulků.
profile-photo-choose = Profilová fotka
profile-photo-hint = JPEG, PNG nebo WebP, nejvýš 8 MB. Fotka se ořízne na čtverec; údaje o tom, kde a čím byla pořízena, se odstraní.
profile-photo-remove = Odstranit fotku
profile-photo-type = Vyberte obrázek ve formátu JPEG, PNG nebo WebP.
profile-edit-save = Uložit profil
profile-edit-done = Profil uložen.
error-invalid_photo = Tento soubor není čitelný obrázek.
error-photo_too_small = Fotka je příliš malá: vyberte takovou, která má na každé straně aspoň 64 pixelů.
error-photo_too_large = Fotka je příliš velká: nejvýš 8192 pixelů na každé straně.
error-invalid_crop = Část fotky, která se má zachovat, musí být čtverec uvnitř fotky.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Jiné instance
fed-intro = Sledujte lidi na jiných instancích, které používají ActivityPub, například na jiných serverech Spool. Jejich videa se objeví ve vašem kanálu Sledovaní.
fed-teen = Účty pro dospívající zůstávají na této instanci: nemohou sledovat účty z jiných instancí ani jimi být sledovány.
fed-address = Adresa na jiné instanci
fed-address-hint = Ve tvaru jméno@host, například alex@example.org
fed-follow = Sledovat
fed-address-invalid = Zadejte adresu ve tvaru jméno@host, například alex@example.org.
fed-address-local = Tento účet je na této instanci: sledujte ho z jeho profilu.
fed-not-found = Účet { $handle } nebyl nalezen. Zkontrolujte adresu.
fed-requested = Žádost o sledování byla odeslána uživateli { $handle }.
fed-following = Účty, které tam sledujete
fed-following-empty = Zatím nesledujete nikoho na jiné instanci.
fed-pending = Žádost odeslána
fed-followers = Vaši sledující odtamtud
fed-followers-empty = Zatím vás nikdo z jiné instance nesleduje.
fed-wants-to-follow = Chce vás sledovat
fed-unfollow = Přestat sledovat
fed-accept = Přijmout
fed-accept-label = Přijmout žádost o sledování od { $handle }
fed-decline = Odmítnout
fed-decline-label = Odmítnout žádost o sledování od { $handle }
fed-remove = Odebrat
fed-remove-label = Odebrat { $handle } ze sledujících
fed-accepted = { $handle } vás nyní sleduje.
fed-declined = Odmítli jste žádost od { $handle }.
fed-removed = { $handle } vás už nesleduje.
fed-from = Z { $host }
fed-open = Otevřít na { $host }
fed-cannot-play = Toto video zde nelze přehrát.
comment-remote-remove = Odstranit odpověď od { $handle }
fed-shared-by = Sdílí { $handle }
reason-remote_instance = Z { $host }, instance, kde lidé odsud sledují účty
fed-like = To se mi líbí
