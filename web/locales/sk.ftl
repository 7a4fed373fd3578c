# Texty rozhrania Spool: slovenčina (Project Fluent). Rovnaké správy ako en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — krátke videá
app-description = Pozerajte, tvorte a zdieľajte krátke videá. Vaše údaje zostávajú vo vašom domovskom regióne.
skip-to-content = Prejsť na obsah
loading = Načítava sa…
noscript = Spool potrebuje na prehrávanie videí JavaScript. Zapnite ho alebo použite priamo API.
assets-missing = Webový klient nebol do tohto servera zabudovaný. Zostavte ho príkazom „npm ci && npm run build“ v priečinku web/ a potom znova zostavte Spool.
title-page = { $page } · Spool
title-not-found = Nenájdené · Spool
not-found = Táto stránka neexistuje.
close = Zavrieť

## Navigation
nav-label = Hlavné
nav-home = Domov
nav-discover = Objavovať
nav-upload = Nahrať
nav-inbox = Správy
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } neprečítané upozornenie
    [few] { $count } neprečítané upozornenia
    [many] { $count } neprečítaného upozornenia
   *[other] { $count } neprečítaných upozornení
}

## Feed
feed-tabs = Kanály
feed-for-you = Pre vás
feed-following = Sledovaní
feed-personalized = Prispôsobený
feed-mode-hint = Keď je vypnutý, kanál nepoužíva žiadne profilovanie: ukazuje, čo je obľúbené a nové vo vašom regióne a jazyku.
feed-mode-personalized = Prispôsobený kanál zapnutý
feed-mode-non-personalized = Prispôsobený kanál vypnutý: žiadne profilovanie
feed-empty = Zatiaľ tu nič nie je. Nahrajte prvý klip alebo niečo vyhľadajte.
feed-following-empty = Žiadne nové klipy od účtov, ktoré sledujete.
feed-login = Prihláste sa, aby ste videli klipy účtov, ktoré sledujete.
feed-unavailable = Kanál na tomto serveri zatiaľ nie je k dispozícii. Skúste vyhľadávanie alebo profil.
video-title = Video
video-processing = Spracúva sa…
video-failed = Spracovanie zlyhalo
clip-video-label = Video od { $handle }
clip-loading = Načítava sa video
clip-unmute = Zapnúť zvuk
clip-mute = Vypnúť zvuk
clip-play = Prehrať
clip-pause = Pozastaviť
clip-actions = Akcie pre video od { $handle }
clip-like = { $count ->
    [one] Páči sa mi ({ $count } páči sa)
    [few] Páči sa mi ({ $count } páči sa)
    [many] Páči sa mi ({ $count } páči sa)
   *[other] Páči sa mi ({ $count } páči sa)
}
clip-comments = { $count ->
    [one] Komentáre ({ $count } komentár)
    [few] Komentáre ({ $count } komentáre)
    [many] Komentáre ({ $count } komentára)
   *[other] Komentáre ({ $count } komentárov)
}
clip-share = { $count ->
    [one] Zdieľať ({ $count } zdieľanie)
    [few] Zdieľať ({ $count } zdieľania)
    [many] Zdieľať ({ $count } zdieľania)
   *[other] Zdieľať ({ $count } zdieľaní)
}
clip-more = Ďalšie možnosti
clip-sound = Pôvodný zvuk – { $handle }
clip-duet-of = Duet: pozrieť originál
clip-stitch-of = Stitch: pozrieť originál
follow-handle = Sledovať { $handle }
follow-requested = Požiadané
follow-done = Teraz sledujete { $handle }
unfollow-done = Už nesledujete { $handle }
login-needed = Najprv sa prihláste.
share-title = Zdieľať
share-link = Odkaz na toto video
share-copy = Kopírovať odkaz
share-copied = Odkaz skopírovaný
not-interested = Nezaujíma ma to
not-interested-done = Rozumieme: uvidíte menej podobných klipov.
open-sound = Otvoriť zvuk
make-duet = Nakrútiť duet
make-stitch = Urobiť stitch tohto videa
why-title = Prečo toto video?
why-none = Tento klip bol otvorený priamo, nevybral ho kanál.
why-explainer = Kanál vyberá klipy podľa zverejnených pravidiel. Prispôsobenie môžete kedykoľvek vypnúť.
algorithm-link = Ako funguje kanál

## Reasons
reason-follows_creator = Sledujete { $handle }
reason-topic = Pozeráte klipy o { $hashtag }
reason-similar_to_liked = Podobné klipom, ktoré sa vám páčili
reason-taste_match = Zodpovedá tomu, čo zvyčajne pozeráte
reason-trending_region = Obľúbené vo vašom regióne ({ $region })
reason-trending_language = Obľúbené vo vašom jazyku ({ $language })
reason-new_video_test_audience = Nový klip ukazovaný malému testovaciemu publiku
reason-fresh = Nedávno zverejnené
reason-sound = Používa zvuk „{ $sound }“
reason-seen_before = Videli ste všetky nové klipy; pozrite si tento znova

## Comments
comments-title = { $count ->
    [one] { $count } komentár
    [few] { $count } komentáre
    [many] { $count } komentára
   *[other] { $count } komentárov
}
comments-empty = Zatiaľ žiadne komentáre. Buďte prvý.
comments-more = Ďalšie komentáre
comments-off = Komentáre k tomuto videu sú vypnuté.
comment-add = Pridať komentár
comment-send = Uverejniť
comment-sent = Komentár uverejnený
comment-reply = Odpovedať
comment-reply-to = Odpoveď pre { $handle }
comment-cancel-reply = Zrušiť odpoveď
comment-replies = { $count ->
    [one] Zobraziť { $count } odpoveď
    [few] Zobraziť { $count } odpovede
    [many] Zobraziť { $count } odpovede
   *[other] Zobraziť { $count } odpovedí
}
comment-like = { $count ->
    [one] Páči sa mi komentár ({ $count } páči sa)
    [few] Páči sa mi komentár ({ $count } páči sa)
    [many] Páči sa mi komentár ({ $count } páči sa)
   *[other] Páči sa mi komentár ({ $count } páči sa)
}
comment-pinned = Pripnuté
comment-login = Ak chcete komentovať, prihláste sa

## Reports
report = Nahlásiť
report-intro = Povedzte nám, čo nie je v poriadku. Každé nahlásenie posúdi moderátor a dostanete odpoveď.
report-category = Dôvod
report-note = Podrobnosti (nepovinné)
report-note-hint = Na čo by sa mal moderátor pozrieť?
report-send = Odoslať nahlásenie

## Upload
upload-title = Nahrať
upload-file = Videosúbor
upload-file-hint = 1 sekunda až 10 minút. Nahrávanie sa začne hneď a po výpadku pripojenia pokračuje.
upload-progress-label = Priebeh nahrávania
upload-progress = { $percent } % ({ $sent } z { $total } bajtov)
upload-done = Nahrávanie dokončené
upload-error = Nahrávanie zlyhalo. Skúste to znova.
upload-pause = Pozastaviť
upload-resume = Pokračovať
upload-caption = Popis
upload-caption-hint = Napíšte # pre hashtagy a @ na označenie niekoho.
upload-visibility = Kto môže pozerať
visibility-public = Všetci
visibility-followers = Sledovatelia
visibility-private = Iba ja
upload-allow = Povoliť ostatným
upload-allow-comments = Komentovať
upload-allow-duet = Nakrúcať duety
upload-allow-stitch = Robiť stitch
upload-sound = Zvuk (nepovinné)
upload-sound-search = Hľadať zvuk
upload-sound-none = Váš klip si ponechá vlastný zvuk.
upload-sound-chosen = Zvuk: { $title }
upload-sound-clear = Použiť vlastný zvuk
upload-duet = Duet s { $handle }
upload-stitch = Stitch videa od { $handle }
upload-post = Uverejniť
upload-pick-first = Najprv vyberte videosúbor.
upload-waiting = Dokončuje sa nahrávanie…
upload-processing = Video sa spracúva… Trvá to približne tak dlho ako klip.
upload-ready = Vaše video je pripravené!
upload-watch = Pozrieť
upload-to-profile = Prejsť na profil
suggestions = Návrhy
suggestions-count = { $count ->
    [one] { $count } návrh. Vyberte šípkami hore a dole.
    [few] { $count } návrhy. Vyberte šípkami hore a dole.
    [many] { $count } návrhu. Vyberte šípkami hore a dole.
   *[other] { $count } návrhov. Vyberte šípkami hore a dole.
}

## Profiles, hashtags, sounds
profile-not-found = Tento účet neexistuje.
profile-edit = Upraviť profil
profile-follow = Sledovať
profile-following = Sledujete
profile-private = Súkromný
profile-private-body = Tento účet je súkromný. Začnite ho sledovať, aby ste videli jeho videá.
profile-following-count = Sleduje
profile-followers-count = Sledovatelia
profile-likes-count = Páči sa
profile-videos-count = Videá
profile-videos = Videá
profile-empty = Zatiaľ žiadne videá.
profile-empty-own = Zatiaľ ste nič neuverejnili. Vaše klipy sa zobrazia tu.
tile-label = { $caption } — od { $handle }
tile-label-plain = Video od { $handle }
hashtag-count = { $count ->
    [one] { $count } video
    [few] { $count } videá
    [many] { $count } videa
   *[other] { $count } videí
}
hashtag-empty = S týmto hashtagom zatiaľ nie sú žiadne verejné videá.
sound-title = Zvuk
sound-listen = Vypočuť si { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } video
    [few] { $count } videá
    [many] { $count } videa
   *[other] { $count } videí
}
sound-use = Použiť tento zvuk
sound-original = Pôvodné video
sound-sort = Zoradiť videá
sound-newest = Najnovšie
sound-popular = Obľúbené
sound-empty = Tento zvuk zatiaľ nepoužíva žiadne video.

## Search
search-title = Objavovať
search-label = Hľadať
search-placeholder = Hľadať účty, videá, #hashtagy, zvuky
search-submit = Hľadať
search-types = Čo hľadať
search-videos = Videá
search-accounts = Účty
search-hashtags = Hashtagy
search-sounds = Zvuky
search-results = Výsledky
search-hint = Napíšte slovo, #hashtag alebo @meno.
search-empty = Pre „{ $query }“ sa nič nenašlo.
search-followers = { $count ->
    [one] { $count } sledovateľ
    [few] { $count } sledovatelia
    [many] { $count } sledovateľa
   *[other] { $count } sledovateľov
}

## Inbox
inbox-title = Správy
inbox-requests = Žiadosti o sledovanie
inbox-activity = Aktivita
inbox-empty = Zatiaľ žiadne upozornenia.
inbox-unread = Neprečítané:
request-accept = Prijať
request-decline = Odmietnuť
request-accepted = { $handle } teraz vidí vaše videá
request-declined = Žiadosť od { $handle } bola odmietnutá
notif-like = { $count ->
    [one] { $actor } sa páči vaše video
    [few] { $count } ľuďom sa páči vaše video
    [many] { $count } človeka sa páči vaše video
   *[other] { $count } ľuďom sa páči vaše video
}
notif-comment = { $others ->
    [0] { $actor } okomentoval(a) vaše video
    [one] { $actor } a { $others } ďalší okomentovali vaše video
    [few] { $actor } a { $others } ďalší okomentovali vaše video
    [many] { $actor } a { $others } ďalšieho okomentovali vaše video
   *[other] { $actor } a { $others } ďalších okomentovali vaše video
}
notif-reply = { $actor } odpovedal(a) na váš komentár
notif-mention = { $actor } vás spomenul(a)
notif-follow = { $count ->
    [one] { $actor } vás začal(a) sledovať
    [few] { $count } noví sledovatelia
    [many] { $count } nového sledovateľa
   *[other] { $count } nových sledovateľov
}
notif-follow_request = { $actor } vás žiada o sledovanie
notif-follow_accepted = { $actor } prijal(a) vašu žiadosť o sledovanie
notif-comment_like = { $others ->
    [0] { $actor } sa páči váš komentár
    [one] { $actor } a { $others } ďalšiemu sa páči váš komentár
    [few] { $actor } a { $others } ďalším sa páči váš komentár
    [many] { $actor } a { $others } ďalšieho sa páči váš komentár
   *[other] { $actor } a { $others } ďalším sa páči váš komentár
}
notif-duet = { $actor } nakrútil(a) duet s vaším videom
notif-stitch = { $actor } urobil(a) stitch vášho videa

## Settings
settings-title = Nastavenia
settings-save = Uložiť
settings-saved = Uložené
settings-profile = Profil
settings-privacy = Súkromie
settings-private = Súkromný účet
settings-private-hint = Vaše videá uvidia len sledovatelia, ktorých schválite.
settings-who-comment = Kto môže komentovať vaše videá
settings-who-duet = Kto môže nakrúcať duety s vašimi videami
settings-who-stitch = Kto môže robiť stitch vašich videí
policy-everyone = Všetci
policy-followers = Sledovatelia
policy-nobody = Nikto
settings-liked-public = Zobrazovať na mojom profile videá, ktoré sa mi páčia
settings-teen = Váš účet je účet pre tínedžerov: niektoré nastavenia sú prísnejšie.
settings-feed = Kanál
settings-reset-recommendations = Obnoviť moje odporúčania
settings-reset-done = Vaše odporúčania boli obnovené.
settings-language = Jazyk
settings-language-label = Jazyk rozhrania
settings-language-hint = Predvolene Spool používa jazyk vášho prehliadača.
settings-data = Vaše údaje
settings-data-intro = Stiahnite si všetko, čo o vás Spool uchováva, a pozrite sa, ktorí zamestnanci si to prezerali a prečo.
settings-export = Stiahnuť moje údaje
settings-region = Domovský región
settings-region-now = Vaše údaje sú uložené v: { $region }
settings-region-intro = Vaše osobné údaje sú len vo vašom domovskom regióne. Môžete ich presunúť do iného.
settings-move-to = Nový domovský región
settings-move = Presunúť moje údaje
settings-move-confirm = Presunúť všetky vaše osobné údaje do regiónu { $region }?
settings-move-done = Vaše údaje boli presunuté.
settings-account = Účet
settings-signed-in = Prihlásený ako { $handle }
settings-logout = Odhlásiť sa
settings-delete = Odstrániť účet
settings-delete-intro = Týmto natrvalo odstránite svoj účet, videá a všetky údaje. Nedá sa to vrátiť.
settings-delete-confirm = Natrvalo odstrániť účet a všetko, čo obsahuje?
settings-sessions = Relácie
settings-sessions-intro = Zariadenia, na ktorých ste prihlásení. Odhláste sa z tých, ktoré nepoznáte.
settings-sessions-logout-others = Odhlásiť sa všade inde
settings-sessions-ended = { $count ->
    [one] Odhlásené z { $count } ďalšej relácie.
    [few] Odhlásené z { $count } ďalších relácií.
    [many] Odhlásené z { $count } ďalšej relácie.
   *[other] Odhlásené z { $count } ďalších relácií.
}
session-device = { $browser } v systéme { $os }
session-device-unknown = Neznáme zariadenie
session-current = Toto zariadenie
session-times = Prihlásené { $created } · naposledy aktívne { $used }
session-logout = Odhlásiť
session-logout-label = Odhlásiť { $device }
settings-password = Zmeniť heslo
settings-password-done = Heslo bolo zmenené. Všetky ostatné relácie boli odhlásené.
field-current-password = Súčasné heslo
field-new-password = Nové heslo
access-title = Prístup k mojim údajom
access-intro = Vždy, keď zamestnanec otvorí vaše osobné údaje, zaznamená sa to s písomným odôvodnením. Toto je úplný zoznam.
access-empty = K vašim údajom zatiaľ nepristúpil žiadny zamestnanec.
access-unavailable = Záznam prístupov na tomto serveri zatiaľ nie je k dispozícii.
access-when = Kedy
access-staff = Zamestnanec
access-role = Rola
access-action = Čo urobil(a)
access-justification = Odôvodnenie
access-reference = Spisová značka
algorithm-title = Ako funguje kanál
algorithm-intro = Kanál Pre vás v Spoole je otvorený na kontrolu: kód, jeho váhy aj dôvody pri každom klipe sú zverejnené.
algorithm-sources = Kandidáti pochádzajú z účtov, ktoré sledujete, z klipov podobných tým, ktoré sa vám páčili, z toho, čo je obľúbené vo vašom regióne a jazyku, a z nových klipov ukazovaných malému testovaciemu publiku.
algorithm-signals = Učí sa z toho, čo robíte: ako dlho pozeráte, opakovania, preskočenia, páči sa mi, zdieľania, komentáre, sledovania a „Nezaujíma ma to“.
algorithm-filters = Vynecháva, čo ste už videli, blokované účty a odstránené videá, a strieda témy aj tvorcov.
algorithm-control = Prispôsobenie môžete vypnúť, obnoviť, čo sa naučil, a pri každom klipe sa spýtať „prečo toto video?“.
algorithm-published = Zverejnený popis
algorithm-unavailable = Zverejnený popis na tomto serveri zatiaľ nie je k dispozícii.

## Log in and sign up
login-title = Prihlásiť sa
login-submit = Prihlásiť sa
login-no-account = Ešte nemáte účet?
signup-title = Zaregistrovať sa
signup-intro = Vaše osobné údaje sa ukladajú len vo zvolenom domovskom regióne.
signup-submit = Vytvoriť účet
signup-have-account = Už máte účet?
field-handle = Používateľské meno
field-handle-hint = 2 až 24 písmen, číslic, _ alebo .
field-display-name = Zobrazované meno (nepovinné)
field-password = Heslo
field-password-hint = Aspoň 8 znakov.
field-birth-date = Dátum narodenia
field-birth-date-hint = Musíte mať aspoň 13 rokov. Účty osôb mladších ako 18 rokov sú predvolene súkromné.
field-region = Domovský región
field-region-hint = Kde sú uložené vaše osobné údaje.
field-email = E-mail (nepovinné)
field-email-hint = Slúži len na obnovenie účtu.
field-bio = Bio

## Errors
error-network = Server nie je dostupný. Skontrolujte pripojenie.
error-internal = Niečo sa pokazilo. Skúste to znova.
error-unauthenticated = Najprv sa prihláste.
error-invalid_credentials = Nesprávne používateľské meno alebo heslo.
error-too_young = Na používanie Spoolu musíte mať aspoň 13 rokov.
error-csrf_rejected = Relácia vypršala. Znova načítajte stránku.
error-forbidden = Na to nemáte oprávnenie.
error-comments_off = Komentáre k tomuto videu sú vypnuté.
error-remix_off = Tvorca to nepovoľuje.
error-not_found = Nenájdené.
error-handle_taken = Toto používateľské meno je už obsadené.
error-rate_limited = Príliš veľa pokusov. Chvíľu počkajte a skúste to znova.
error-invalid_handle = Použite 2 až 24 písmen, číslic, _ alebo .
error-handle_reserved = Toto používateľské meno je rezervované.
error-invalid_password = Heslo musí mať 8 až 128 znakov.
error-invalid_email = Táto e-mailová adresa nevyzerá správne.
error-invalid_birth_date = Zadajte platný dátum narodenia.
error-invalid_display_name = Zobrazované meno môže mať najviac 50 znakov.
error-invalid_bio = Bio môže mať najviac 160 znakov.
error-invalid_caption = Popis môže mať najviac 2 200 znakov.
error-invalid_comment = Komentár má 1 až 500 znakov.
error-unknown_region = Vyberte jeden z uvedených regiónov.
error-empty_file = Súbor je prázdny.
error-not_media = Tento súbor nie je video.
error-no_video_stream = Tento súbor neobsahuje obraz.
error-still_image = Toto je statický obrázok, nie video.
error-too_short = Video je príliš krátke (aspoň 1 sekunda).
error-too_long = Video je príliš dlhé (najviac 10 minút).
error-too_large = Video je príliš veľké.
error-unsupported_codec = Tento formát videa nie je podporovaný.
error-transcode_failed = Video sa nepodarilo spracovať.
error-wrong_password = Súčasné heslo je nesprávne.
error-quota_exceeded = Úložisko je plné. Odstráňte videá alebo nedokončené nahrávania, aby ste uvoľnili miesto.
error-bad_request = Požiadavku sa nepodarilo prečítať.

## Moderation: reports
report-title-video = Nahlásiť toto video
report-title-comment = Nahlásiť tento komentár
report-title-account = Nahlásiť tento účet
report-category-choose = Vyberte dôvod
report-category-hate_speech = Nenávistné prejavy
report-category-harassment = Obťažovanie a šikanovanie
report-category-violent_extremism = Násilný extrémizmus
report-category-disinformation = Zavádzajúce informácie a dezinformácie
report-category-child_safety = Bezpečnosť detí
report-category-self_harm = Sebapoškodzovanie a poruchy príjmu potravy
report-category-illegal_goods = Nelegálny tovar a služby
report-category-scams = Podvody
report-category-spam = Spam
report-category-intellectual_property = Duševné vlastníctvo
report-category-other = Niečo iné
report-dsa-legend = O vás
report-dsa-intro = Nie ste prihlásení, takže ide o oznámenie podľa článku 16 európskeho aktu o digitálnych službách. Na jeho vybavenie potrebujeme vaše meno a e-mailovú adresu; nahlásená osoba sa nikdy nedozvie, kto ste.
report-name = Vaše meno
report-email = Vaša e-mailová adresa
report-email-hint = Sem pošleme výsledok.
report-good-faith = V dobrej viere vyhlasujem, že informácie v tomto oznámení sú presné a úplné.
report-login-instead = Máte účet?
report-sent = Ďakujeme. Nahlásenie bolo odoslané a posúdi ho moderátor.
report-duplicate = Toto ste už nahlásili. Vaše skoršie nahlásenie stále platí; netreba ho posielať znova.
report-receipt-intro = Uschovajte si toto potvrdenie: podľa neho zistíte, ako sa rozhodlo.
report-receipt = Vaše potvrdenie
report-receipt-hint = Číslo nahlásenia { $id }
report-receipt-copy = Kopírovať potvrdenie
report-receipt-copied = Potvrdenie skopírované.
report-check-later = Pozrieť si nahlásenie neskôr
report-follow-up = O výsledku vás budeme informovať. Môžete ho sledovať aj v sekcii
report-outcome = Rozhodnuté { $date }: { $action }
report-outcome-policy = Použité pravidlo: { $policy }
report-state-open = Čaká na posúdenie
report-state-decided = Rozhodnuté
comment-report = Nahlásiť komentár od { $handle }
profile-report = Nahlásiť
profile-withheld = Tento účet nie je vo vašej oblasti dostupný.
label-panel = Informácie
label-more = Viac informácií
video-age-restricted = Vekové obmedzenie
video-held = Pozdržané
video-held-own = Vaše video je pozdržané: zhoduje sa s obsahom, ktorý bol predtým odstránený. Posúdi ho moderátor.
video-removed-own = Vaše video odstránil moderátor. Toto upozornenie vidíte len vy.
video-reduced-own = Po rozhodnutí moderátora sa vaše video neodporúča v kanáloch. Toto upozornenie vidíte len vy.
video-withheld = Toto video nie je vo vašej oblasti dostupné.
status-link = Pozrite sa prečo a ako sa odvolať

## Moderation: actions, targets, grounds
action-no_violation = Bez porušenia
action-remove = Odstránené
action-age_restrict = Vekové obmedzenie
action-restrict_regions = Obmedzené v niektorých regiónoch
action-label = Pridaný informačný štítok
action-reduce_distribution = Obmedzené šírenie
action-suspend = Účet pozastavený
action-terminate = Účet zrušený
target-video = Video
target-comment = Komentár
target-account = Účet
ground-illegal = Nezákonný obsah
ground-incompatible = V rozpore so zásadami komunity
source-notice = Oznámenie od niekoho, kto to nahlásil
source-trusted-flagger = Oznámenie od dôveryhodného nahlasovateľa
source-own-initiative = Vlastná kontrola Spoolu
decision-reversed = Zrušené

## Account status and statements of reasons
status-title = Stav účtu
settings-status-intro = Rozhodnutia o vašom obsahu, vaše odvolania a nahlásenia, ktoré ste poslali.
settings-about = O Spoole
status-standing = Váš účet
status-good = Váš účet je v poriadku.
status-suspended = Váš účet je pozastavený.
status-suspended-until = Váš účet je pozastavený do { $date }.
status-terminated = Váš účet bol zrušený. Rozhodnutia si stále môžete prečítať a odvolať sa.
status-strikes = { $count ->
    [one] { $count } priestupok z { $threshold }
    [few] { $count } priestupky z { $threshold }
    [many] { $count } priestupku z { $threshold }
   *[other] { $count } priestupkov z { $threshold }
}
status-strikes-hint = Každé rozhodnutie proti vášmu obsahu je priestupok. Pri dosiahnutí limitu sa účet pozastaví. Staré priestupky vypršia.
status-history = Skoršie rozhodnutia
status-statements = Rozhodnutia a ich odôvodnenia
status-statements-intro = Ku každému rozhodnutiu posielame odôvodnenie: čo sa rozhodlo, podľa akého pravidla a ako sa odvolať.
status-no-statements = O vašom obsahu sa nič nerozhodlo.
status-my-reports = Moje nahlásenia
status-no-reports = Nič ste nenahlásili.
status-receipt-title = Vaše nahlásenie
statement-heading = { $action } · { $date }
statement-decision = Rozhodnutie
statement-content = Obsah
statement-facts = Čo sme zistili
statement-policy = Pravidlo
statement-ground-illegal = Obsah považujeme za nezákonný.
statement-ground-incompatible = Obsah je v rozpore s našimi zásadami komunity.
statement-legal-ground = Právny dôvod: { $ground }
statement-policy-ground = Zásada: { $ground }
statement-label = Zobrazený štítok
statement-detection = Ako sa zistil
statement-detected-auto = Automatizovanými nástrojmi
statement-detected-human = Bez automatizovaných nástrojov
statement-automated = Ako sa rozhodlo
statement-decided-auto = Automatizovaným systémom
statement-decided-human = Človekom, nie automaticky
statement-source = Čo spustilo kontrolu
statement-scope = Kde platí
statement-scope-everywhere = Všade
statement-duration = Ako dlho
statement-duration-until = Od { $from } do { $until }
statement-duration-open = Od { $from }, bez dátumu ukončenia
statement-account-suspended = Váš účet bol pozastavený.
statement-account-terminated = Váš účet bol zrušený.
statement-appeal = Odvolanie
statement-appeal-until = Odvolať sa môžete do { $date }. Posúdi to iný moderátor.
statement-appeal-possible = Môžete sa odvolať. Posúdi to iný moderátor.
statement-appeal-closed = Proti tomuto rozhodnutiu sa tu už nedá odvolať. Stále sa môžete obrátiť na certifikovaný orgán mimosúdneho riešenia sporov alebo na súd.
statement-appeal-open = Vaše odvolanie sa posudzuje.
statement-appeal-upheld = Vášmu odvolaniu sa vyhovelo: rozhodnutie bolo zrušené.
statement-appeal-rejected = Vaše odvolanie bolo posúdené a rozhodnutie platí.
statement-technical = Technické podrobnosti (ako boli odoslané do databázy transparentnosti EÚ)
appeal-text = Prečo by sa rozhodnutie malo zmeniť?
appeal-text-hint = Vysvetlite, čo mohol moderátor prehliadnuť. Môžete pridať kontext alebo odkazy.
appeal-send = Odoslať odvolanie
appeal-sent = Odvolanie bolo odoslané. Posúdi ho iný moderátor a dostanete nové odôvodnenie.
appeal-exists = Proti tomuto rozhodnutiu už máte otvorené odvolanie.

## Moderator console
mod-title = Moderovanie
mod-region = Región
mod-region-hint = Front regiónu, ktorý moderujete.
mod-not-moderator = Nie ste moderátorom tohto regiónu.
queue-title = Front na kontrolu: { $region }
queue-refresh = Obnoviť
queue-empty = Front je prázdny.
queue-count = { $count ->
    [one] { $count } položka, najnaliehavejšie prvé
    [few] { $count } položky, najnaliehavejšie prvé
    [many] { $count } položky, najnaliehavejšie prvé
   *[other] { $count } položiek, najnaliehavejšie prvé
}
queue-kind-notice = Oznámenie
queue-kind-appeal = Odvolanie
queue-kind-match = Zhoda
queue-severity = Závažnosť
queue-notices = Oznámenia
queue-reach = Zobrazenia (24 h)
queue-detection = Zistené
queue-automated = Automatická detekcia
queue-human = Ľudia
queue-due = Termín { $time }
queue-overdue = Po termíne: termín bol { $time }
queue-claimed-mine = Prevzaté vami; prevzatie končí { $time }
queue-claimed-other = Prevzaté iným moderátorom
queue-claim = Prevziať
queue-claim-done = Prevzaté. Na niekoľko minút je to vaše.
queue-open = Posúdiť
item-title = Posúdenie
item-heading = Posúdenie: { $category }
item-back = Späť do frontu
item-decided = Rozhodnuté
item-context = Obsah
item-player = Nahlásené video
item-caption = Popis
item-sound = Zvuk
item-state = Stav
item-remixes = Remixy
item-none = Žiadne
item-open-video = Stránka videa
item-open-video-link = Otvoriť video
item-comment-text = Komentár
item-comment-video = Pri videu
item-account = Účet
item-detection = Automatická detekcia
item-notices = { $count ->
    [one] { $count } oznámenie
    [few] { $count } oznámenia
    [many] { $count } oznámenia
   *[other] { $count } oznámení
}
item-history = Skoršie rozhodnutia o tomto účte
item-history-none = Žiadne skoršie rozhodnutia.
item-appeal = Odvolanie
item-appeal-decision = Napadnuté rozhodnutie
decide-title = Rozhodnutie
decide-action = Opatrenie
decide-policy = Pravidlo
decide-policy-category = Všeobecné pravidlo: { $category }
decide-legal-ground = Právny dôvod: { $ground }
decide-facts = Skutočnosti
decide-facts-hint = Čo ste zistili, jednoduchými slovami. Tvorca si to prečíta.
decide-restrict = Kde obmedziť
decide-restrict-hint = Vyberte regióny, krajiny alebo oboje. Súdny či úradný príkaz potrebuje svoju spisovú značku.
decide-regions = Regióny
decide-countries = Krajiny
decide-countries-hint = Dvojpísmenové kódy krajín oddelené čiarkami (DE, AT).
decide-reference = Spisová značka (príkaz súdu alebo úradu)
decide-reference-hint = Nepovinné. Zobrazí sa divákom, ktorí obsah nevidia.
decide-restrict-empty = Vyberte aspoň jeden región alebo krajinu.
decide-label = Informačný štítok
decide-label-text = Text štítka
decide-label-url = Odkaz na ďalšie informácie
decide-suspend = Pozastavenie
decide-days = Dni
decide-days-hint = 1 až 365.
decide-submit = Rozhodnúť
decide-done = Rozhodnutie zaznamenané: { $action }. Odôvodnenie bolo odoslané.
appeal-decide-title = Rozhodnúť o odvolaní
appeal-outcome = Výsledok
appeal-outcome-upheld = Vyhovieť odvolaniu
appeal-outcome-upheld-hint = Rozhodnutie sa hneď zruší a obsah alebo účet sa obnoví.
appeal-outcome-rejected = Zamietnuť odvolanie
appeal-outcome-rejected-hint = Rozhodnutie platí.
appeal-decide-submit = Rozhodnúť o odvolaní
appeal-decided-upheld = Odvolaniu vyhovené: rozhodnutie bolo zrušené. Bolo odoslané nové odôvodnenie.
appeal-decided-rejected = Odvolanie zamietnuté: rozhodnutie platí. Bolo odoslané nové odôvodnenie.
error-claimed = Túto položku prevzal iný moderátor.
error-same_moderator = Moderátor, ktorý rozhodol, nemôže rozhodovať o odvolaní proti svojmu rozhodnutiu.

## Transparency report
transparency-title = Transparentnosť
transparency-intro = Ako v Spoole funguje moderovanie, v číslach: oznámenia, rozhodnutia, ako rýchlo padli, odvolania a zrušenia. Nezobrazujú sa žiadne osobné údaje.
transparency-region = Región
transparency-all-regions = Všetky regióny
transparency-period = Obdobie
transparency-period-days = Posledných 30 dní, po dňoch
transparency-period-weeks = Posledných 12 týždňov, po týždňoch
transparency-period-months = Posledných 12 mesiacov, po mesiacoch
transparency-range = { $from } až { $to }
transparency-csv = Stiahnuť ako CSV
transparency-summary = Spolu: { $region }
transparency-notices = Oznámenia
transparency-decisions = Rozhodnutia
transparency-median = Medián času do rozhodnutia
transparency-p90 = 90. percentil
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Zmeškané termíny
transparency-automated-detection = Zistené automatizovanými nástrojmi
transparency-automated-decision = Rozhodnuté automaticky
transparency-suspensions = Pozastavenia
transparency-appeals = Odvolania
transparency-reversals = Zrušenia
transparency-over-time = V čase
transparency-chart-volume = Oznámenia a rozhodnutia
transparency-chart-speed = Čas do rozhodnutia (hodiny)
transparency-breakdown = Rozdelenie
transparency-chart-notices-category = Oznámenia podľa kategórie
transparency-chart-decisions-action = Rozhodnutia podľa opatrenia
transparency-chart-decisions-category = Rozhodnutia podľa kategórie
transparency-chart-ground = Rozhodnutia podľa dôvodu
transparency-chart-source = Oznámenia podľa zdroja
transparency-appeals-title = Odvolania
transparency-chart-appeals = Výsledky odvolaní
transparency-chart-appeals-time = Odvolania a zrušenia v čase
transparency-appeals-upheld = Vyhovené
transparency-appeals-rejected = Zamietnuté
transparency-appeals-open = Otvorené
transparency-orders = Súdne a úradné príkazy a automatická kontrola
transparency-chart-orders = Príkazy podľa regiónu
transparency-screening-flagged = Označené kontrolou
transparency-screening-decided = Posúdené
transparency-screening-confirmed = Potvrdené
transparency-screening-precision = Presnosť
transparency-none = V tomto období nič.
transparency-yes = Áno
transparency-no = Nie
transparency-log = Záznam rozhodnutí
transparency-log-intro = Každé rozhodnutie, bez údajov nahlasovateľov, tvorcov a moderátorov.
transparency-log-date = Dátum
transparency-log-action = Rozhodnutie
transparency-log-category = Kategória
transparency-log-ground = Dôvod
transparency-log-content = Obsah
transparency-log-detected = Automatická detekcia
transparency-log-automated = Automatické rozhodnutie
transparency-log-scope = Kde
transparency-log-source = Zdroj
transparency-log-reversed = Zrušené
transparency-log-more = Ďalšie rozhodnutia
transparency-log-empty = Zatiaľ žiadne rozhodnutia.
chart-show-table = Zobraziť čísla v tabuľke
chart-summary-line = Od { $from } do { $to }. Spolu: { $totals }
chart-period = Obdobie
chart-item = Položka
chart-value = Počet
notif-statement = O vašom obsahu sa rozhodlo pri moderovaní. Prečítajte si prečo a ako sa odvolať.
notif-report_outcome = O nahlásení, ktoré ste poslali, sa rozhodlo.

## Moderation: more codes from the server
action-hold = Pozdržané na kontrolu
action-reversed = Zrušené po odvolaní
action-upheld_decision = Potvrdené po odvolaní
action-appeal_upheld = Odvolaniu vyhovené
action-appeal_rejected = Odvolanie zamietnuté
notice-source-account = Oznámenie z účtu
notice-source-anonymous = Oznámenie bez účtu (čl. 16 DSA)
notice-source-screening = Automatická kontrola
notice-source-fingerprint = Zhoda s odstráneným obsahom
notice-source-legal_order = Súdny alebo úradný príkaz
source-complaint = Odvolanie
statement-scope-eea = EÚ a EHP (30 krajín)
statement-regions = Regióny
statement-reference = Spisová značka príkazu
statement-outcome-heading = { $action } · { $date }
error-already_decided = O tom sa už rozhodlo.
error-appeal_open = Proti tomuto rozhodnutiu už je otvorené odvolanie.
error-appeal_closed = Proti tomuto rozhodnutiu sa už nedá odvolať.
error-account_suspended = Váš účet je pozastavený, takže to teraz nemôžete urobiť.
error-account_terminated = Váš účet je zrušený.
error-not_moderator = Nie ste moderátorom tohto regiónu.
video-withheld-own = Vaše video je nedostupné v: { $places }. Toto upozornenie vidíte len vy.
item-restrictions = Aktuálne obmedzenia

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Ak chcete pokračovať, prihláste sa
signin-sheet-intro = Prihláste sa, aby ste mohli dávať páči sa mi, komentovať, sledovať a mať kanál na mieru.
feed-caught-up = Máte všetko pozreté
feed-caught-up-hint = Zatiaľ ste videli všetky klipy. Ďalšie nájdete v sekcii Objavovať.
feed-explore = Preskúmať
clip-creator-profile = Profil { $handle }
unfollow-handle = Prestať sledovať { $handle }
clip-progress = Pozícia prehrávania
clip-progress-value = { $at } z { $length }
video-edit = Upraviť video
video-edit-save = Uložiť
video-edit-done = Zmeny uložené
video-delete = Odstrániť video
video-delete-confirm = Natrvalo odstrániť toto video? Jeho komentáre a páči sa mi zmiznú s ním.
video-delete-done = Video odstránené
back = Späť
cancel = Zrušiť
discover-trending = Práve populárne
discover-trending-tags = Populárne hashtagy

## How the feed works: its stages and parameters
algo-stage-events = Z čoho sa kanál učí
algo-stage-model = Model vkusu
algo-stage-candidates = Odkiaľ pochádzajú kandidáti
algo-stage-exploration = Šanca pre nové videá
algo-stage-ranking = Poradie
algo-stage-filters = Čo sa odfiltruje
algo-stage-diversity = Pestrosť
algo-stage-non_personalized = Neprispôsobený kanál
algo-technical = Technický popis (v angličtine)
algo-param-bias-learning-rate = Ako rýchlo sa zisťuje vlastná príťažlivosť videa
algo-param-expiry-secs = Zabudnuté po nečinnosti trvajúcej
algo-param-history-len = Počet nedávnych pozretí, ktoré sa rátajú
algo-param-history-weight = Váha nedávnych pozretí
algo-param-init-scale = Počiatočný rozptyl nových riadkov
algo-param-item-min-count = Interakcie, kým video dostane vlastný riadok
algo-param-learning-rate = Ako rýchlo sa učí vkus
algo-param-margin = Rozdiel medzi obľúbenými a preskočenými videami
algo-param-negative-trials = Videá skúšané pri hľadaní protipríkladu
algo-param-negatives-per-positive = Protipríklady na jeden kladný signál
algo-param-regularization = Regularizácia (bráni preučeniu modelu)
algo-param-seed = Náhodné semienko (pre opakovateľnosť)
algo-param-max-age-hours = Nové videá sa skúšajú počas
algo-param-min-completion-rate = Dopozerané do konca aspoň
algo-param-min-engagement-rate = Páči sa mi, komentáre a zdieľania na zobrazenie aspoň
algo-param-slots-per-page = Miesta na stránke pre nové videá
algo-param-stages = Veľkosť publika v testovacích fázach
algo-param-freshness-hours = Video sa považuje za čerstvé počas
algo-param-trending-half-life-hours = Popularita sa ráta napoly po
algo-param-weights = Váhy skóre poradia
algo-param-engagement = Očakávaná interakcia
algo-param-exploration = Prieskum
algo-param-following = Účty, ktoré sledujete
algo-param-freshness = Čerstvosť
algo-param-trending = Popularita
algo-param-creator-spacing = Klipy, kým príde znova ten istý tvorca
algo-param-sound-spacing = Klipy, kým príde znova ten istý zvuk
algo-param-catalog-videos = Videá v katalógu
algo-param-viewers-with-state = Diváci, ktorých model pozná

tile-views = { $count ->
    [one] { $count } zobrazenie
    [few] { $count } zobrazenia
    [many] { $count } zobrazenia
   *[other] { $count } zobrazení
}

## Long press: speed
clip-options = Možnosti
speed-title = Rýchlosť prehrávania
speed-normal = Normálna
speed-value = { $rate }×
speed-set = Prehráva sa rýchlosťou { $rate }×

## Upload: preview, cover, draft
upload-preview = Ukážka klipu
upload-cover = Titulný obrázok
upload-cover-hint = Posuňte na snímku, ktorú ľudia uvidia, kým sa klip spustí.
upload-draft-restored = Koncept je späť: popis a nastavenia, ako ste ich nechali.
error-invalid_cover = Titulný obrázok musí byť okamih z klipu.

# Captions and profile photos
clip-captions-on = Zapnúť titulky
clip-captions-off = Vypnúť titulky
captions-on = Titulky zapnuté
captions-off = Titulky vypnuté
captions-title = Titulky
captions-file = Súbor s titulkami (.vtt)
captions-hint = Súbor WebVTT, jeden pre každý jazyk. Všetky titulky sa musia zmestiť do dĺžky klipu.
captions-language = Jazyk titulkov
captions-add = Pridať titulky
captions-remove = Odstrániť titulky: { $language }
captions-remove-short = Odstrániť
captions-none = Zatiaľ žiadne titulky.
captions-added = Titulky pridané: { $language }.
captions-removed = Titulky odstránené: { $language }.
captions-failed = Váš klip je uverejnený, ale titulky sa nepridali: { $reason } Môžete ich pridať pri úprave klipu.
captions-pick-file = Najprv vyberte súbor .vtt.
error-invalid_webvtt = Toto nie je platný súbor titulkov WebVTT.
error-invalid_language = Vyberte jazyk titulkov.
profile-photo-choose = Profilová fotka
profile-photo-hint = JPEG, PNG alebo WebP, najviac 8 MB. Oreže sa na štvorec; údaje o tom, kde a čím bola nasnímaná, sa odstránia.
profile-photo-remove = Odstrániť fotku
profile-photo-type = Vyberte obrázok JPEG, PNG alebo WebP.
profile-edit-save = Uložiť profil
profile-edit-done = Profil uložený.
error-invalid_photo = Tento súbor nie je obrázok, ktorý sa dá prečítať.
error-photo_too_small = Fotka je príliš malá: vyberte takú, ktorá má na každej strane aspoň 64 pixelov.
error-photo_too_large = Fotka je príliš veľká: najviac 8 192 pixelov na každej strane.
error-invalid_crop = Časť fotky, ktorá sa má zachovať, musí byť štvorec vnútri nej.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Iné inštancie
fed-intro = Sledujte ľudí na iných inštanciách, ktoré používajú ActivityPub, napríklad na iných serveroch Spool. Ich videá sa zobrazia vo vašom kanáli Sledovaní.
fed-teen = Účty pre tínedžerov zostávajú na tejto inštancii: nemôžu sledovať účty z iných inštancií ani nimi byť sledované.
fed-address = Adresa na inej inštancii
fed-address-hint = V tvare meno@host, napríklad alex@example.org
fed-follow = Sledovať
fed-address-invalid = Zadajte adresu v tvare meno@host, napríklad alex@example.org.
fed-address-local = Tento účet je na tejto inštancii: sledujte ho z jeho profilu.
fed-not-found = Účet { $handle } sa nenašiel. Skontrolujte adresu.
fed-requested = Žiadosť o sledovanie bola odoslaná používateľovi { $handle }.
fed-following = Účty, ktoré tam sledujete
fed-following-empty = Zatiaľ nesledujete nikoho na inej inštancii.
fed-pending = Žiadosť odoslaná
fed-followers = Vaši sledovatelia odtiaľ
fed-followers-empty = Zatiaľ vás nikto z inej inštancie nesleduje.
fed-wants-to-follow = Chce vás sledovať
fed-unfollow = Prestať sledovať
fed-accept = Prijať
fed-accept-label = Prijať žiadosť o sledovanie od { $handle }
fed-decline = Odmietnuť
fed-decline-label = Odmietnuť žiadosť o sledovanie od { $handle }
fed-remove = Odstrániť
fed-remove-label = Odstrániť { $handle } zo sledovateľov
fed-accepted = { $handle } vás teraz sleduje.
fed-declined = Odmietli ste žiadosť od { $handle }.
fed-removed = { $handle } vás už nesleduje.
fed-from = Z { $host }
fed-open = Otvoriť na { $host }
fed-cannot-play = Toto video sa tu nedá prehrať.
comment-remote-remove = Odstrániť odpoveď od { $handle }
fed-shared-by = Zdieľa { $handle }
reason-remote_instance = Z { $host }, inštancie, kde ľudia odtiaľto sledujú účty
fed-like = Páči sa mi to
