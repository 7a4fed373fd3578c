# A Spool felületének szövegei: magyar (Project Fluent). Ugyanazok az üzenetek, mint az en.ftl-ben.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — rövid videók
app-description = Nézz, készíts és ossz meg rövid videókat. Az adataid a saját régiódban maradnak.
skip-to-content = Ugrás a tartalomra
loading = Betöltés…
noscript = A Spoolnak JavaScriptre van szüksége a videók lejátszásához. Kapcsold be, vagy használd közvetlenül az API-t.
assets-missing = A webes kliens nincs beépítve ebbe a szerverbe. Építsd meg az „npm ci && npm run build” paranccsal a web/ mappában, majd építsd újra a Spoolt.
title-page = { $page } · Spool
title-not-found = Nem található · Spool
not-found = Ez az oldal nem létezik.
close = Bezárás

## Navigation
nav-label = Fő menü
nav-home = Kezdőlap
nav-discover = Felfedezés
nav-upload = Feltöltés
nav-inbox = Értesítések
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } olvasatlan értesítés
   *[other] { $count } olvasatlan értesítés
}

## Feed
feed-tabs = Hírfolyamok
feed-for-you = Neked
feed-following = Követett
feed-personalized = Személyre szabott
feed-mode-hint = Kikapcsolva a hírfolyam nem használ profilalkotást: azt mutatja, ami a régiódban és a nyelveden népszerű és új.
feed-mode-personalized = Személyre szabott hírfolyam bekapcsolva
feed-mode-non-personalized = Személyre szabott hírfolyam kikapcsolva: nincs profilalkotás
feed-empty = Még nincs mit nézni. Töltsd fel az első klipet, vagy keress valamit.
feed-following-empty = Nincs új klip a követett fiókoktól.
feed-login = Jelentkezz be, hogy lásd a követett fiókok klipjeit.
feed-unavailable = A hírfolyam ezen a szerveren még nem érhető el. Próbáld a keresést vagy egy profilt.
video-title = Videó
video-processing = Feldolgozás…
video-failed = A feldolgozás nem sikerült
clip-video-label = { $handle } videója
clip-loading = A videó betöltése
clip-unmute = Hang bekapcsolása
clip-mute = Hang kikapcsolása
clip-play = Lejátszás
clip-pause = Szünet
clip-actions = Műveletek { $handle } videójához
clip-like = { $count ->
    [one] Tetszik ({ $count } kedvelés)
   *[other] Tetszik ({ $count } kedvelés)
}
clip-comments = { $count ->
    [one] Hozzászólások ({ $count } hozzászólás)
   *[other] Hozzászólások ({ $count } hozzászólás)
}
clip-share = { $count ->
    [one] Megosztás ({ $count } megosztás)
   *[other] Megosztás ({ $count } megosztás)
}
clip-more = További lehetőségek
clip-sound = Eredeti hang – { $handle }
clip-duet-of = Duett: az eredeti megtekintése
clip-stitch-of = Stitch: az eredeti megtekintése
follow-handle = { $handle } követése
follow-requested = Kérelem elküldve
follow-done = Mostantól követed: { $handle }
unfollow-done = Már nem követed: { $handle }
login-needed = Előbb jelentkezz be.
share-title = Megosztás
share-link = Link ehhez a videóhoz
share-copy = Link másolása
share-copied = Link másolva
not-interested = Nem érdekel
not-interested-done = Értjük: kevesebb ilyen klipet fogsz látni.
open-sound = Hang megnyitása
make-duet = Duett készítése
make-stitch = Stitch készítése ebből a videóból
why-title = Miért ez a videó?
why-none = Ezt a klipet közvetlenül nyitották meg, nem a hírfolyam választotta.
why-explainer = A hírfolyam nyilvános szabályok szerint választja a klipeket. A személyre szabást bármikor kikapcsolhatod.
algorithm-link = Hogyan működik a hírfolyam

## Reasons
reason-follows_creator = Követed: { $handle }
reason-topic = Ilyen témájú klipeket nézel: { $hashtag }
reason-similar_to_liked = Hasonlít a kedvelt klipjeidhez
reason-taste_match = Illik ahhoz, amit általában nézel
reason-trending_region = Népszerű a régiódban ({ $region })
reason-trending_language = Népszerű a nyelveden ({ $language })
reason-new_video_test_audience = Új klip, amelyet egy kis tesztközönség lát
reason-fresh = Nemrég közzétéve
reason-sound = A(z) „{ $sound }” hangot használja
reason-seen_before = Minden új klipet láttál; nézd meg ezt újra

## Comments
comments-title = { $count ->
    [one] { $count } hozzászólás
   *[other] { $count } hozzászólás
}
comments-empty = Még nincs hozzászólás. Légy te az első.
comments-more = További hozzászólások
comments-off = Ennél a videónál a hozzászólások ki vannak kapcsolva.
comment-add = Hozzászólás írása
comment-send = Közzététel
comment-sent = Hozzászólás közzétéve
comment-reply = Válasz
comment-reply-to = Válasz neki: { $handle }
comment-cancel-reply = Válasz elvetése
comment-replies = { $count ->
    [one] { $count } válasz megtekintése
   *[other] { $count } válasz megtekintése
}
comment-like = { $count ->
    [one] Hozzászólás kedvelése ({ $count } kedvelés)
   *[other] Hozzászólás kedvelése ({ $count } kedvelés)
}
comment-pinned = Kitűzve
comment-login = Jelentkezz be a hozzászóláshoz

## Reports
report = Jelentés
report-intro = Mondd el, mi a baj. Minden jelentést egy moderátor vizsgál meg, és választ kapsz.
report-category = Ok
report-note = Részletek (nem kötelező)
report-note-hint = Mire figyeljen a moderátor?
report-send = Jelentés küldése

## Upload
upload-title = Feltöltés
upload-file = Videófájl
upload-file-hint = 1 másodperctől 10 percig. A feltöltés azonnal elindul, és a kapcsolat megszakadása után folytatódik.
upload-progress-label = Feltöltés állapota
upload-progress = { $percent }% ({ $sent } / { $total } bájt)
upload-done = A feltöltés kész
upload-error = A feltöltés nem sikerült. Próbáld újra.
upload-pause = Szünet
upload-resume = Folytatás
upload-caption = Leírás
upload-caption-hint = Írj #-et a hashtagekhez és @-ot, ha meg akarsz említeni valakit.
upload-visibility = Ki nézheti
visibility-public = Mindenki
visibility-followers = Követők
visibility-private = Csak én
upload-allow = Mások is
upload-allow-comments = Hozzászólhatnak
upload-allow-duet = Duettet készíthetnek
upload-allow-stitch = Stitchet készíthetnek
upload-sound = Hang (nem kötelező)
upload-sound-search = Hang keresése
upload-sound-none = A klipedben a saját hangja marad.
upload-sound-chosen = Hang: { $title }
upload-sound-clear = A saját hangom használata
upload-duet = Duett vele: { $handle }
upload-stitch = Stitch { $handle } videójából
upload-post = Közzététel
upload-pick-first = Előbb válassz videófájlt.
upload-waiting = A feltöltés befejezése…
upload-processing = A videód feldolgozása… Nagyjából annyi ideig tart, mint a klip.
upload-ready = Kész a videód!
upload-watch = Megnézem
upload-to-profile = Ugrás a profilodra
suggestions = Javaslatok
suggestions-count = { $count ->
    [one] { $count } javaslat. A fel és le nyilakkal választhatsz.
   *[other] { $count } javaslat. A fel és le nyilakkal választhatsz.
}

## Profiles, hashtags, sounds
profile-not-found = Ez a fiók nem létezik.
profile-edit = Profil szerkesztése
profile-follow = Követés
profile-following = Követed
profile-private = Privát
profile-private-body = Ez a fiók privát. Kövesd, hogy lásd a videóit.
profile-following-count = Követett
profile-followers-count = Követők
profile-likes-count = Kedvelések
profile-videos-count = Videók
profile-videos = Videók
profile-empty = Még nincsenek videók.
profile-empty-own = Még nem tettél közzé semmit. A klipjeid itt jelennek meg.
tile-label = { $caption } — { $handle } videója
tile-label-plain = { $handle } videója
hashtag-count = { $count ->
    [one] { $count } videó
   *[other] { $count } videó
}
hashtag-empty = Ezzel a hashtaggel még nincs nyilvános videó.
sound-title = Hang
sound-listen = { $title } meghallgatása
sound-meta = { $duration } · { $count ->
    [one] { $count } videó
   *[other] { $count } videó
}
sound-use = Ennek a hangnak a használata
sound-original = Eredeti videó
sound-sort = Videók rendezése
sound-newest = Legújabb
sound-popular = Népszerű
sound-empty = Ezt a hangot még egy videó sem használja.

## Search
search-title = Felfedezés
search-label = Keresés
search-placeholder = Fiókok, videók, #hashtagek, hangok keresése
search-submit = Keresés
search-types = Mit keresel
search-videos = Videók
search-accounts = Fiókok
search-hashtags = Hashtagek
search-sounds = Hangok
search-results = Találatok
search-hint = Írj be egy szót, egy #hashtaget vagy egy @felhasználónevet.
search-empty = Nincs találat erre: „{ $query }”.
search-followers = { $count ->
    [one] { $count } követő
   *[other] { $count } követő
}

## Inbox
inbox-title = Értesítések
inbox-requests = Követési kérelmek
inbox-activity = Tevékenység
inbox-empty = Még nincs értesítés.
inbox-unread = Olvasatlan:
request-accept = Elfogadás
request-decline = Elutasítás
request-accepted = { $handle } mostantól látja a videóidat
request-declined = { $handle } kérelme elutasítva
notif-like = { $count ->
    [one] { $actor } kedvelte a videódat
   *[other] { $count } ember kedvelte a videódat
}
notif-comment = { $others ->
    [0] { $actor } hozzászólt a videódhoz
   *[other] { $actor } és még { $others } ember hozzászólt a videódhoz
}
notif-reply = { $actor } válaszolt a hozzászólásodra
notif-mention = { $actor } megemlített
notif-follow = { $count ->
    [one] { $actor } követni kezdett
   *[other] { $count } új követő
}
notif-follow_request = { $actor } követni szeretne
notif-follow_accepted = { $actor } elfogadta a követési kérelmedet
notif-comment_like = { $others ->
    [0] { $actor } kedvelte a hozzászólásodat
   *[other] { $actor } és még { $others } ember kedvelte a hozzászólásodat
}
notif-duet = { $actor } duettet készített a videóddal
notif-stitch = { $actor } stitchet készített a videódból

## Settings
settings-title = Beállítások
settings-save = Mentés
settings-saved = Mentve
settings-profile = Profil
settings-privacy = Adatvédelem
settings-private = Privát fiók
settings-private-hint = A videóidat csak az általad jóváhagyott követők láthatják.
settings-who-comment = Ki szólhat hozzá a videóidhoz
settings-who-duet = Ki készíthet duettet a videóiddal
settings-who-stitch = Ki készíthet stitchet a videóidból
policy-everyone = Mindenki
policy-followers = Követők
policy-nobody = Senki
settings-liked-public = A kedvelt videóim megjelenítése a profilomon
settings-teen = A fiókod tinédzserfiók: egyes beállítások szigorúbbak.
settings-feed = Hírfolyam
settings-reset-recommendations = Ajánlásaim visszaállítása
settings-reset-done = Az ajánlásaid vissza lettek állítva.
settings-language = Nyelv
settings-language-label = A felület nyelve
settings-language-hint = Alapértelmezés szerint a Spool a böngésződ nyelvét használja.
settings-data = Az adataid
settings-data-intro = Töltsd le mindazt, amit a Spool rólad tárol, és nézd meg, mely munkatársak tekintették meg és miért.
settings-export = Adataim letöltése
settings-region = Saját régió
settings-region-now = Az adataid tárolási helye: { $region }
settings-region-intro = A személyes adataid csak a saját régiódban vannak. Áthelyezheted őket egy másikba.
settings-move-to = Új saját régió
settings-move = Adataim áthelyezése
settings-move-confirm = Áthelyezed az összes személyes adatodat ide: { $region }?
settings-move-done = Az adataid át lettek helyezve.
settings-account = Fiók
settings-signed-in = Bejelentkezve mint { $handle }
settings-logout = Kijelentkezés
settings-delete = Fiók törlése
settings-delete-intro = Ezzel végleg törlöd a fiókodat, a videóidat és minden adatodat. Nem vonható vissza.
settings-delete-confirm = Végleg törlöd a fiókodat és mindent, ami benne van?
settings-sessions = Munkamenetek
settings-sessions-intro = Az eszközök, amelyeken be vagy jelentkezve. Jelentkezz ki azokról, amelyeket nem ismersz fel.
settings-sessions-logout-others = Kijelentkezés mindenhol máshol
settings-sessions-ended = { $count ->
    [one] Kijelentkezve { $count } másik munkamenetből.
   *[other] Kijelentkezve { $count } másik munkamenetből.
}
session-device = { $browser }, { $os }
session-device-unknown = Ismeretlen eszköz
session-current = Ez az eszköz
session-times = Bejelentkezve: { $created } · utoljára aktív: { $used }
session-logout = Kijelentkezés
session-logout-label = Kijelentkezés: { $device }
settings-password = Jelszó módosítása
settings-password-done = A jelszavad megváltozott. Minden más munkamenet ki lett jelentkeztetve.
field-current-password = Jelenlegi jelszó
field-new-password = Új jelszó
access-title = Hozzáférés az adataimhoz
access-intro = Valahányszor egy munkatárs megnyitja a személyes adataidat, az írásos indoklással együtt naplózásra kerül. Ez a teljes lista.
access-empty = Egy munkatárs sem fért hozzá az adataidhoz.
access-unavailable = A hozzáférési napló ezen a szerveren még nem érhető el.
access-when = Mikor
access-staff = Munkatárs
access-role = Szerepkör
access-action = Mit csinált
access-justification = Indoklás
access-reference = Hivatkozási szám
algorithm-title = Hogyan működik a hírfolyam
algorithm-intro = A Spool Neked hírfolyama nyíltan ellenőrizhető: a kód, a súlyai és az egyes klipek okai nyilvánosak.
algorithm-sources = A jelöltek a követett fiókokból, a kedvelt klipjeidhez hasonló klipekből, a régiódban és a nyelveden népszerű tartalmakból, valamint egy kis tesztközönségnek mutatott új klipekből származnak.
algorithm-signals = Abból tanul, amit csinálsz: mennyi ideig nézel, újrajátszások, átugrások, kedvelések, megosztások, hozzászólások, követések és „Nem érdekel”.
algorithm-filters = Kihagyja, amit már láttál, a letiltott fiókokat és az eltávolított videókat, és váltogatja a témákat és az alkotókat.
algorithm-control = Kikapcsolhatod a személyre szabást, visszaállíthatod, amit megtanult, és minden klipnél megkérdezheted: „miért ez a videó?”.
algorithm-published = Közzétett leírás
algorithm-unavailable = A közzétett leírás ezen a szerveren még nem érhető el.

## Log in and sign up
login-title = Bejelentkezés
login-submit = Bejelentkezés
login-no-account = Még nincs fiókod?
signup-title = Regisztráció
signup-intro = A személyes adataidat csak a választott saját régiódban tároljuk.
signup-submit = Fiók létrehozása
signup-have-account = Már van fiókod?
field-handle = Felhasználónév
field-handle-hint = 2–24 betű, számjegy, _ vagy .
field-display-name = Megjelenített név (nem kötelező)
field-password = Jelszó
field-password-hint = Legalább 8 karakter.
field-birth-date = Születési dátum
field-birth-date-hint = Legalább 13 évesnek kell lenned. A 18 év alattiak fiókja alapértelmezetten privát.
field-region = Saját régió
field-region-hint = Ahol a személyes adataidat tároljuk.
field-email = E-mail (nem kötelező)
field-email-hint = Csak a fiókod visszaállításához használjuk.
field-bio = Bemutatkozás

## Errors
error-network = A szerver nem érhető el. Ellenőrizd a kapcsolatot.
error-internal = Valami hiba történt. Próbáld újra.
error-unauthenticated = Előbb jelentkezz be.
error-invalid_credentials = Hibás felhasználónév vagy jelszó.
error-too_young = A Spool használatához legalább 13 évesnek kell lenned.
error-csrf_rejected = A munkameneted lejárt. Töltsd újra az oldalt.
error-forbidden = Ehhez nincs jogosultságod.
error-comments_off = Ennél a videónál a hozzászólások ki vannak kapcsolva.
error-remix_off = Az alkotó ezt nem engedi.
error-not_found = Nem található.
error-handle_taken = Ez a felhasználónév már foglalt.
error-rate_limited = Túl sok próbálkozás. Várj egy kicsit, és próbáld újra.
error-invalid_handle = 2–24 betűt, számjegyet, _ vagy . karaktert használj.
error-handle_reserved = Ez a felhasználónév fenntartott.
error-invalid_password = A jelszónak 8–128 karakter hosszúnak kell lennie.
error-invalid_email = Ez az e-mail-cím nem tűnik helyesnek.
error-invalid_birth_date = Adj meg érvényes születési dátumot.
error-invalid_display_name = A megjelenített név legfeljebb 50 karakter lehet.
error-invalid_bio = A bemutatkozás legfeljebb 160 karakter lehet.
error-invalid_caption = A leírás legfeljebb 2200 karakter lehet.
error-invalid_comment = Egy hozzászólás 1–500 karakter hosszú.
error-unknown_region = Válassz a felsorolt régiók közül.
error-empty_file = A fájl üres.
error-not_media = Ez a fájl nem videó.
error-no_video_stream = Ebben a fájlban nincs videó.
error-still_image = Ez állókép, nem videó.
error-too_short = A videó túl rövid (legalább 1 másodperc).
error-too_long = A videó túl hosszú (legfeljebb 10 perc).
error-too_large = A videó túl nagy.
error-unsupported_codec = Ez a videóformátum nem támogatott.
error-transcode_failed = A videót nem sikerült feldolgozni.
error-wrong_password = A jelenlegi jelszó hibás.
error-quota_exceeded = Megtelt a tárhelyed. Törölj videókat vagy befejezetlen feltöltéseket, hogy helyet csinálj.
error-bad_request = A kérés nem olvasható.

## Moderation: reports
report-title-video = A videó jelentése
report-title-comment = A hozzászólás jelentése
report-title-account = A fiók jelentése
report-category-choose = Válassz okot
report-category-hate_speech = Gyűlöletbeszéd
report-category-harassment = Zaklatás és megfélemlítés
report-category-violent_extremism = Erőszakos szélsőségesség
report-category-disinformation = Félretájékoztatás és dezinformáció
report-category-child_safety = Gyermekek biztonsága
report-category-self_harm = Önsértés és evészavarok
report-category-illegal_goods = Illegális áruk és szolgáltatások
report-category-scams = Átverések és csalások
report-category-spam = Spam
report-category-intellectual_property = Szellemi tulajdon
report-category-other = Valami más
report-dsa-legend = Rólad
report-dsa-intro = Nem vagy bejelentkezve, ezért ez egy bejelentés az uniós digitális szolgáltatásokról szóló rendelet 16. cikke alapján. A kezeléséhez szükségünk van a neved és az e-mail-címed; a bejelentett személy soha nem tudja meg, ki vagy.
report-name = Neved
report-email = E-mail-címed
report-email-hint = Ide küldjük az eredményt.
report-good-faith = Jóhiszeműen kijelentem, hogy az ebben a bejelentésben szereplő információk pontosak és teljesek.
report-login-instead = Van fiókod?
report-sent = Köszönjük. A jelentésed elküldtük, és egy moderátor megvizsgálja.
report-duplicate = Ezt már jelentetted. A korábbi jelentésed továbbra is érvényes; nem kell újra elküldened.
report-receipt-intro = Őrizd meg ezt az igazolást: ezzel megnézheted, mi lett a döntés.
report-receipt = Az igazolásod
report-receipt-hint = Jelentés száma: { $id }
report-receipt-copy = Igazolás másolása
report-receipt-copied = Igazolás másolva.
report-check-later = A jelentés későbbi megtekintése
report-follow-up = Értesítünk az eredményről. Itt is követheted:
report-outcome = Döntés ({ $date }): { $action }
report-outcome-policy = Alkalmazott szabály: { $policy }
report-state-open = Vizsgálatra vár
report-state-decided = Eldöntve
comment-report = { $handle } hozzászólásának jelentése
profile-report = Jelentés
profile-withheld = Ez a fiók nem érhető el ott, ahol vagy.
label-panel = Információ
label-more = További információ
video-age-restricted = Korhatáros
video-held = Visszatartva
video-held-own = A videód visszatartva: egyezik egy korábban eltávolított tartalommal. Egy moderátor megvizsgálja.
video-removed-own = A videódat egy moderátor eltávolította. Ezt az értesítést csak te látod.
video-reduced-own = Egy moderációs döntés után a videódat nem ajánljuk a hírfolyamokban. Ezt az értesítést csak te látod.
video-withheld = Ez a videó nem érhető el ott, ahol vagy.
status-link = Nézd meg, miért, és hogyan fellebbezhetsz

## Moderation: actions, targets, grounds
action-no_violation = Nincs szabálysértés
action-remove = Eltávolítva
action-age_restrict = Korhatáros
action-restrict_regions = Egyes régiókban korlátozva
action-label = Tájékoztató címke hozzáadva
action-reduce_distribution = Csökkentett terjesztés
action-suspend = Fiók felfüggesztve
action-terminate = Fiók megszüntetve
target-video = Videó
target-comment = Hozzászólás
target-account = Fiók
ground-illegal = Jogellenes tartalom
ground-incompatible = Ellentétes a közösségi irányelvekkel
source-notice = Bejelentés valakitől, aki jelentette
source-trusted-flagger = Bejelentés egy megbízható bejelentőtől
source-own-initiative = A Spool saját ellenőrzése
decision-reversed = Visszavonva

## Account status and statements of reasons
status-title = Fiók állapota
settings-status-intro = A tartalmaidról hozott döntések, a fellebbezéseid és az általad küldött jelentések.
settings-about = A Spoolról
status-standing = A fiókod
status-good = A fiókod rendben van.
status-suspended = A fiókod fel van függesztve.
status-suspended-until = A fiókod fel van függesztve, eddig: { $date }.
status-terminated = A fiókodat megszüntettük. A döntéseket továbbra is elolvashatod, és fellebbezhetsz.
status-strikes = { $count ->
    [one] { $count }/{ $threshold } figyelmeztetés
   *[other] { $count }/{ $threshold } figyelmeztetés
}
status-strikes-hint = Minden, a tartalmad ellen hozott döntés egy figyelmeztetés. A határ elérésekor a fiók felfüggesztésre kerül. A régi figyelmeztetések lejárnak.
status-history = Korábbi döntések
status-statements = Döntések és indoklásuk
status-statements-intro = Minden döntésről indoklást küldünk: mit döntöttünk, melyik szabály alapján, és hogyan fellebbezhetsz.
status-no-statements = Nincs döntés a tartalmaidról.
status-my-reports = Jelentéseim
status-no-reports = Még nem jelentettél semmit.
status-receipt-title = A jelentésed
statement-heading = { $action } · { $date }
statement-decision = Döntés
statement-content = Tartalom
statement-facts = Amit megállapítottunk
statement-policy = Szabály
statement-ground-illegal = A tartalmat jogellenesnek tartjuk.
statement-ground-incompatible = A tartalom ellentétes a közösségi irányelveinkkel.
statement-legal-ground = Jogalap: { $ground }
statement-policy-ground = Irányelv: { $ground }
statement-label = Megjelenített címke
statement-detection = Hogyan derült ki
statement-detected-auto = Automatizált eszközökkel
statement-detected-human = Automatizált eszközök nélkül
statement-automated = Hogyan született a döntés
statement-decided-auto = Automatizált rendszer által
statement-decided-human = Ember által, nem automatikusan
statement-source = Mi indította a vizsgálatot
statement-scope = Hol érvényes
statement-scope-everywhere = Mindenhol
statement-duration = Meddig
statement-duration-until = { $from } és { $until } között
statement-duration-open = { $from } óta, lejárati dátum nélkül
statement-account-suspended = A fiókodat felfüggesztettük.
statement-account-terminated = A fiókodat megszüntettük.
statement-appeal = Fellebbezés
statement-appeal-until = Fellebbezési határidő: { $date }. Egy másik moderátor vizsgálja meg.
statement-appeal-possible = Fellebbezhetsz. Egy másik moderátor vizsgálja meg.
statement-appeal-closed = Ez ellen a döntés ellen itt már nem lehet fellebbezni. Továbbra is fordulhatsz tanúsított peren kívüli vitarendezési testülethez vagy bírósághoz.
statement-appeal-open = A fellebbezésed vizsgálat alatt áll.
statement-appeal-upheld = A fellebbezésednek helyt adtunk: a döntést visszavontuk.
statement-appeal-rejected = A fellebbezésedet megvizsgáltuk, a döntés érvényben marad.
statement-technical = Technikai részletek (ahogy az EU átláthatósági adatbázisába elküldtük)
appeal-text = Miért kellene megváltoztatni a döntést?
appeal-text-hint = Magyarázd el, mi kerülhette el a moderátor figyelmét. Hozzáadhatsz hátteret vagy linkeket.
appeal-send = Fellebbezés küldése
appeal-sent = A fellebbezésedet elküldtük. Egy másik moderátor vizsgálja meg, és új indoklást kapsz.
appeal-exists = Ez ellen a döntés ellen már van nyitott fellebbezésed.

## Moderator console
mod-title = Moderálás
mod-region = Régió
mod-region-hint = Az általad moderált régió sora.
mod-not-moderator = Nem vagy ennek a régiónak a moderátora.
queue-title = Ellenőrzési sor: { $region }
queue-refresh = Frissítés
queue-empty = A sor üres.
queue-count = { $count ->
    [one] { $count } elem, a legsürgősebb elöl
   *[other] { $count } elem, a legsürgősebbek elöl
}
queue-kind-notice = Bejelentés
queue-kind-appeal = Fellebbezés
queue-kind-match = Egyezés
queue-severity = Súlyosság
queue-notices = Bejelentések
queue-reach = Megtekintések (24 óra)
queue-detection = Felderítette
queue-automated = Automatikus észlelés
queue-human = Emberek
queue-due = Határidő: { $time }
queue-overdue = Késésben: a határidő { $time } volt
queue-claimed-mine = Te vetted át; az átvétel lejár: { $time }
queue-claimed-other = Egy másik moderátor vette át
queue-claim = Átvétel
queue-claim-done = Átvéve. A következő percekben a tiéd.
queue-open = Vizsgálat
item-title = Vizsgálat
item-heading = Vizsgálat: { $category }
item-back = Vissza a sorhoz
item-decided = Eldöntve
item-context = A tartalom
item-player = A jelentett videó
item-caption = Leírás
item-sound = Hang
item-state = Állapot
item-remixes = Remixek
item-none = Nincs
item-open-video = A videó oldala
item-open-video-link = A videó megnyitása
item-comment-text = Hozzászólás
item-comment-video = Ehhez a videóhoz
item-account = Fiók
item-detection = Automatikus észlelés
item-notices = { $count ->
    [one] { $count } bejelentés
   *[other] { $count } bejelentés
}
item-history = Korábbi döntések erről a fiókról
item-history-none = Nincs korábbi döntés.
item-appeal = A fellebbezés
item-appeal-decision = A megfellebbezett döntés
decide-title = Döntés
decide-action = Intézkedés
decide-policy = Szabály
decide-policy-category = Általános szabály: { $category }
decide-legal-ground = Jogalap: { $ground }
decide-facts = Tények
decide-facts-hint = Amit megállapítottál, egyszerű szavakkal. Az alkotó ezt olvassa.
decide-restrict = Hol korlátozzuk
decide-restrict-hint = Válassz régiókat, országokat vagy mindkettőt. Egy jogi végzéshez kell a hivatkozási száma.
decide-regions = Régiók
decide-countries = Országok
decide-countries-hint = Kétbetűs országkódok vesszővel elválasztva (DE, AT).
decide-reference = Hivatkozási szám (bírósági vagy hatósági végzés)
decide-reference-hint = Nem kötelező. Azok a nézők látják, akik nem férnek hozzá a tartalomhoz.
decide-restrict-empty = Válassz legalább egy régiót vagy országot.
decide-label = Tájékoztató címke
decide-label-text = A címke szövege
decide-label-url = Link további információkhoz
decide-suspend = Felfüggesztés
decide-days = Napok
decide-days-hint = 1 és 365 között.
decide-submit = Döntés
decide-done = A döntés rögzítve: { $action }. Az indoklást elküldtük.
appeal-decide-title = Döntés a fellebbezésről
appeal-outcome = Eredmény
appeal-outcome-upheld = A fellebbezésnek helyt adok
appeal-outcome-upheld-hint = A döntést azonnal visszavonjuk, és a tartalmat vagy a fiókot visszaállítjuk.
appeal-outcome-rejected = A fellebbezést elutasítom
appeal-outcome-rejected-hint = A döntés érvényben marad.
appeal-decide-submit = Döntés a fellebbezésről
appeal-decided-upheld = A fellebbezésnek helyt adtunk: a döntést visszavontuk. Új indoklást küldtünk.
appeal-decided-rejected = A fellebbezést elutasítottuk: a döntés érvényben marad. Új indoklást küldtünk.
error-claimed = Ezt az elemet egy másik moderátor vette át.
error-same_moderator = A döntést hozó moderátor nem dönthet a fellebbezésről.

## Transparency report
transparency-title = Átláthatóság
transparency-intro = Hogyan működik a moderálás a Spoolon, számokban: bejelentések, döntések, azok gyorsasága, fellebbezések és visszavonások. Személyes adat nem jelenik meg.
transparency-region = Régió
transparency-all-regions = Minden régió
transparency-period = Időszak
transparency-period-days = Az utolsó 30 nap, naponként
transparency-period-weeks = Az utolsó 12 hét, hetenként
transparency-period-months = Az utolsó 12 hónap, havonként
transparency-range = { $from } – { $to }
transparency-csv = Letöltés CSV-ként
transparency-summary = Összesen: { $region }
transparency-notices = Bejelentések
transparency-decisions = Döntések
transparency-median = A döntésig eltelt idő mediánja
transparency-p90 = 90. percentilis
transparency-hours = { $hours } óra
transparency-hours-unit = óra
transparency-deadline-misses = Elmulasztott határidők
transparency-automated-detection = Automatizált eszközökkel észlelve
transparency-automated-decision = Automatikusan eldöntve
transparency-suspensions = Felfüggesztések
transparency-appeals = Fellebbezések
transparency-reversals = Visszavonások
transparency-over-time = Időbeli alakulás
transparency-chart-volume = Bejelentések és döntések
transparency-chart-speed = Idő a döntésig (óra)
transparency-breakdown = Megoszlás
transparency-chart-notices-category = Bejelentések kategóriánként
transparency-chart-decisions-action = Döntések intézkedésenként
transparency-chart-decisions-category = Döntések kategóriánként
transparency-chart-ground = Döntések jogcímenként
transparency-chart-source = Bejelentések forrásonként
transparency-appeals-title = Fellebbezések
transparency-chart-appeals = A fellebbezések eredménye
transparency-chart-appeals-time = Fellebbezések és visszavonások időben
transparency-appeals-upheld = Helyt adva
transparency-appeals-rejected = Elutasítva
transparency-appeals-open = Nyitott
transparency-orders = Jogi végzések és szűrés
transparency-chart-orders = Jogi végzések régiónként
transparency-screening-flagged = A szűrés megjelölte
transparency-screening-decided = Megvizsgálva
transparency-screening-confirmed = Megerősítve
transparency-screening-precision = Pontosság
transparency-none = Ebben az időszakban semmi.
transparency-yes = Igen
transparency-no = Nem
transparency-log = Döntési napló
transparency-log-intro = Minden döntés, a bejelentők, alkotók és moderátorok adatai nélkül.
transparency-log-date = Dátum
transparency-log-action = Döntés
transparency-log-category = Kategória
transparency-log-ground = Jogcím
transparency-log-content = Tartalom
transparency-log-detected = Automatikus észlelés
transparency-log-automated = Automatikus döntés
transparency-log-scope = Hol
transparency-log-source = Forrás
transparency-log-reversed = Visszavonva
transparency-log-more = További döntések
transparency-log-empty = Még nincs döntés.
chart-show-table = A számok megjelenítése táblázatban
chart-summary-line = { $from } és { $to } között. Összesen: { $totals }
chart-period = Időszak
chart-item = Tétel
chart-value = Darab
notif-statement = Moderációs döntés született a tartalmadról. Olvasd el, miért, és hogyan fellebbezhetsz.
notif-report_outcome = Döntés született egy általad küldött jelentésről.

## Moderation: more codes from the server
action-hold = Vizsgálatig visszatartva
action-reversed = Fellebbezés után visszavonva
action-upheld_decision = Fellebbezés után fenntartva
action-appeal_upheld = Fellebbezésnek helyt adva
action-appeal_rejected = Fellebbezés elutasítva
notice-source-account = Bejelentés egy fióktól
notice-source-anonymous = Bejelentés fiók nélkül (DSA 16. cikk)
notice-source-screening = Automatikus szűrés
notice-source-fingerprint = Egyezés eltávolított tartalommal
notice-source-legal_order = Jogi végzés
source-complaint = Egy fellebbezés
statement-scope-eea = Az EU és az EGT (30 ország)
statement-regions = Régiók
statement-reference = A végzés hivatkozási száma
statement-outcome-heading = { $action } · { $date }
error-already_decided = Erről már döntöttek.
error-appeal_open = Ez ellen a döntés ellen már van nyitott fellebbezés.
error-appeal_closed = Ez ellen a döntés ellen már nem lehet fellebbezni.
error-account_suspended = A fiókod fel van függesztve, ezért ezt most nem teheted meg.
error-account_terminated = A fiókod megszűnt.
error-not_moderator = Nem vagy ennek a régiónak a moderátora.
video-withheld-own = A videód nem érhető el itt: { $places }. Ezt az értesítést csak te látod.
item-restrictions = Jelenlegi korlátozások

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Jelentkezz be a folytatáshoz
signin-sheet-intro = Jelentkezz be, hogy kedvelhess, hozzászólhass, követhess, és neked szóló hírfolyamot kapj.
feed-caught-up = Mindent láttál
feed-caught-up-hint = Egyelőre minden klipet megnéztél. Továbbiakat a Felfedezésben találsz.
feed-explore = Felfedezés
clip-creator-profile = { $handle } profilja
unfollow-handle = { $handle } követésének leállítása
clip-progress = Lejátszási pozíció
clip-progress-value = { $at } / { $length }
video-edit = Videó szerkesztése
video-edit-save = Mentés
video-edit-done = A módosítások mentve
video-delete = Videó törlése
video-delete-confirm = Végleg törlöd ezt a videót? A hozzászólásai és kedvelései is törlődnek.
video-delete-done = A videó törölve
back = Vissza
cancel = Mégse
discover-trending = Most felkapott
discover-trending-tags = Felkapott hashtagek

## How the feed works: its stages and parameters
algo-stage-events = Miből tanul a hírfolyam
algo-stage-model = Az ízlésmodell
algo-stage-candidates = Honnan jönnek a jelöltek
algo-stage-exploration = Esély az új videóknak
algo-stage-ranking = Rangsorolás
algo-stage-filters = Mi szűrődik ki
algo-stage-diversity = Változatosság
algo-stage-non_personalized = A nem személyre szabott hírfolyam
algo-technical = Technikai leírás (angolul)
algo-param-bias-learning-rate = Milyen gyorsan tanulja meg egy videó saját vonzerejét
algo-param-expiry-secs = Ennyi tétlenség után elfelejti
algo-param-history-len = Számító legutóbbi megtekintések
algo-param-history-weight = A legutóbbi megtekintések súlya
algo-param-init-scale = Az új sorok kezdeti szórása
algo-param-item-min-count = Interakciók, mielőtt egy videó saját sort kap
algo-param-learning-rate = Milyen gyorsan tanulja meg az ízlést
algo-param-margin = Különbség a kedvelt és az átugrott videók között
algo-param-negative-trials = Ellenpélda kereséséhez kipróbált videók
algo-param-negatives-per-positive = Ellenpéldák pozitív jelzésenként
algo-param-regularization = Regularizáció (megóvja a modellt a túltanulástól)
algo-param-seed = Véletlenmag (a megismételhetőségért)
algo-param-max-age-hours = Az új videók kipróbálásának ideje
algo-param-min-completion-rate = Legalább ennyien nézik végig
algo-param-min-engagement-rate = Kedvelések, hozzászólások és megosztások megtekintésenként legalább
algo-param-slots-per-page = Helyek oldalanként az új videóknak
algo-param-stages = A tesztszakaszok közönségének mérete
algo-param-freshness-hours = Egy videó ennyi ideig számít frissnek
algo-param-trending-half-life-hours = A felkapottság ennyi idő után fele annyit számít
algo-param-weights = A rangsorpontszám súlyai
algo-param-engagement = Várható aktivitás
algo-param-exploration = Felfedezés
algo-param-following = Követett fiókok
algo-param-freshness = Frissesség
algo-param-trending = Felkapottság
algo-param-creator-spacing = Klipek, mielőtt ugyanaz az alkotó újra jön
algo-param-sound-spacing = Klipek, mielőtt ugyanaz a hang újra jön
algo-param-catalog-videos = Videók a katalógusban
algo-param-viewers-with-state = A modell által ismert nézők

tile-views = { $count ->
    [one] { $count } megtekintés
   *[other] { $count } megtekintés
}

## Long press: speed
clip-options = Beállítások
speed-title = Lejátszási sebesség
speed-normal = Normál
speed-value = { $rate }×
speed-set = Lejátszás { $rate }× sebességgel

## Upload: preview, cover, draft
upload-preview = A klip előnézete
upload-cover = Borítókép
upload-cover-hint = Csúsztasd arra a képkockára, amelyet a klip indulása előtt látnak.
upload-draft-restored = Visszakaptad a piszkozatot: a leírás és a beállítások úgy, ahogy hagytad.
error-invalid_cover = A borítóképnek a klip egy pillanatának kell lennie.

# Feliratok és profilképek
clip-captions-on = Felirat bekapcsolása
clip-captions-off = Felirat kikapcsolása
captions-on = Felirat bekapcsolva
captions-off = Felirat kikapcsolva
captions-title = Feliratok
captions-file = Feliratfájl (.vtt)
captions-hint = Egy WebVTT-fájl nyelvenként. A feliratoknak a klip hosszán belül kell maradniuk.
captions-language = A felirat nyelve
captions-add = Felirat hozzáadása
captions-remove = Felirat eltávolítása ({ $language })
captions-remove-short = Eltávolítás
captions-none = Még nincs felirat.
captions-added = Felirat hozzáadva ({ $language }).
captions-removed = Felirat eltávolítva ({ $language }).
captions-failed = A klipedet közzétetted, de a feliratot nem sikerült hozzáadni: { $reason } A klip szerkesztőlapján hozzáadhatod.
captions-pick-file = Előbb válassz egy .vtt-fájlt.
error-invalid_webvtt = Ez nem érvényes WebVTT-feliratfájl.
error-invalid_language = Válaszd ki a felirat nyelvét.
profile-photo-choose = Profilkép
profile-photo-hint = JPEG, PNG vagy WebP, legfeljebb 8 MB. Négyzetesre vágjuk, és töröljük az adatokat arról, hol és mivel készült.
profile-photo-remove = Kép eltávolítása
profile-photo-type = Válassz JPEG, PNG vagy WebP formátumú képet.
profile-edit-save = Profil mentése
profile-edit-done = Profil mentve.
error-invalid_photo = Ez a fájl nem olvasható kép.
error-photo_too_small = A kép túl kicsi: válassz olyat, amelynek minden oldala legalább 64 képpont.
error-photo_too_large = A kép túl nagy: oldalanként legfeljebb 8192 képpont lehet.
error-invalid_crop = A megtartandó résznek egy képen belüli négyzetnek kell lennie.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Más példányok
fed-intro = Kövess embereket más, ActivityPubot használó példányokon, például más Spool-szervereken. A videóik a Követett hírfolyamodban jelennek meg.
fed-teen = A tinédzserfiókok ezen a példányon maradnak: nem követhetnek más példányokon lévő fiókokat, és onnan sem követhetik őket.
fed-address = Cím egy másik példányon
fed-address-hint = név@kiszolgáló formában, például alex@example.org
fed-follow = Követés
fed-address-invalid = A címet név@kiszolgáló formában add meg, például alex@example.org.
fed-address-local = Ez a fiók ezen a példányon van: a profiljáról kövesd.
fed-not-found = Nem található { $handle } fiók. Ellenőrizd a címet.
fed-requested = Követési kérelem elküldve neki: { $handle }.
fed-following = Fiókok, amelyeket ott követsz
fed-following-empty = Még senkit sem követsz más példányon.
fed-pending = Kérelem elküldve
fed-followers = Követőid onnan
fed-followers-empty = Más példányról még senki sem követ.
fed-wants-to-follow = Követni szeretne
fed-unfollow = Követés leállítása
fed-accept = Elfogadás
fed-accept-label = { $handle } követési kérelmének elfogadása
fed-decline = Elutasítás
fed-decline-label = { $handle } követési kérelmének elutasítása
fed-remove = Eltávolítás
fed-remove-label = { $handle } eltávolítása a követőid közül
fed-accepted = { $handle } mostantól követ.
fed-declined = Elutasítottad { $handle } kérelmét.
fed-removed = { $handle } már nem követ.
fed-from = Innen: { $host }
fed-open = Megnyitás itt: { $host }
fed-cannot-play = Ez a videó itt nem játszható le.
comment-remote-remove = { $handle } válaszának eltávolítása
fed-shared-by = Megosztotta: { $handle }
reason-remote_instance = Innen: { $host }, egy példány, ahol az itteniek fiókokat követnek
fed-like = Tetszik
