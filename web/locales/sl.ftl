# Besedila vmesnika Spool: slovenščina (Project Fluent). Enaka sporočila kot en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — kratki videoposnetki
app-description = Glejte, ustvarjajte in delite kratke videoposnetke. Vaši podatki ostanejo v vaši domači regiji.
skip-to-content = Skoči na vsebino
loading = Nalaganje …
noscript = Spool za predvajanje videoposnetkov potrebuje JavaScript. Vklopite ga ali uporabite API neposredno.
assets-missing = Spletni odjemalec ni vgrajen v ta strežnik. Zgradite ga z »npm ci && npm run build« v mapi web/, nato znova zgradite Spool.
title-page = { $page } · Spool
title-not-found = Ni najdeno · Spool
not-found = Ta stran ne obstaja.
close = Zapri

## Navigation
nav-label = Glavni meni
nav-home = Domov
nav-discover = Odkrivaj
nav-upload = Naloži
nav-inbox = Prejeto
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } neprebrano obvestilo
    [two] { $count } neprebrani obvestili
    [few] { $count } neprebrana obvestila
   *[other] { $count } neprebranih obvestil
}

## Feed
feed-tabs = Viri
feed-for-you = Zate
feed-following = Sledeni
feed-personalized = Prilagojen
feed-mode-hint = Ko je izklopljen, vir ne uporablja profiliranja: prikazuje, kar je priljubljeno in novo v vaši regiji in jeziku.
feed-mode-personalized = Prilagojen vir vklopljen
feed-mode-non-personalized = Prilagojen vir izklopljen: brez profiliranja
feed-empty = Še ni ničesar za ogled. Naložite prvi posnetek ali kaj poiščite.
feed-following-empty = Ni novih posnetkov računov, ki jim sledite.
feed-login = Prijavite se, da vidite posnetke računov, ki jim sledite.
feed-unavailable = Vir na tem strežniku še ni na voljo. Poskusite iskanje ali profil.
video-title = Videoposnetek
video-processing = Obdelava …
video-failed = Obdelava ni uspela
clip-video-label = Videoposnetek uporabnika { $handle }
clip-loading = Nalaganje videoposnetka
clip-unmute = Vklopi zvok
clip-mute = Izklopi zvok
clip-play = Predvajaj
clip-pause = Premor
clip-actions = Dejanja za videoposnetek uporabnika { $handle }
clip-like = { $count ->
    [one] Všeč mi je ({ $count } všeček)
    [two] Všeč mi je ({ $count } všečka)
    [few] Všeč mi je ({ $count } všečki)
   *[other] Všeč mi je ({ $count } všečkov)
}
clip-comments = { $count ->
    [one] Komentarji ({ $count } komentar)
    [two] Komentarji ({ $count } komentarja)
    [few] Komentarji ({ $count } komentarji)
   *[other] Komentarji ({ $count } komentarjev)
}
clip-share = { $count ->
    [one] Deli ({ $count } deljenje)
    [two] Deli ({ $count } deljenji)
    [few] Deli ({ $count } deljenja)
   *[other] Deli ({ $count } deljenj)
}
clip-more = Več možnosti
clip-sound = Izvirni zvok – { $handle }
clip-duet-of = Duet: poglej izvirnik
clip-stitch-of = Stitch: poglej izvirnik
follow-handle = Sledi { $handle }
follow-requested = Zahtevano
follow-done = Zdaj sledite { $handle }
unfollow-done = Ne sledite več { $handle }
login-needed = Najprej se prijavite.
share-title = Deli
share-link = Povezava do tega videoposnetka
share-copy = Kopiraj povezavo
share-copied = Povezava kopirana
not-interested = Ne zanima me
not-interested-done = Razumemo: videli boste manj takih posnetkov.
open-sound = Odpri zvok
make-duet = Ustvari duet
make-stitch = Ustvari stitch iz tega videoposnetka
why-title = Zakaj ta videoposnetek?
why-none = Ta posnetek je bil odprt neposredno, ni ga izbral vir.
why-explainer = Vir izbira posnetke po objavljenih pravilih. Prilagajanje lahko kadar koli izklopite.
algorithm-link = Kako deluje vir

## Reasons
reason-follows_creator = Sledite { $handle }
reason-topic = Gledate posnetke o { $hashtag }
reason-similar_to_liked = Podobno posnetkom, ki so vam bili všeč
reason-taste_match = Ustreza temu, kar običajno gledate
reason-trending_region = Priljubljeno v vaši regiji ({ $region })
reason-trending_language = Priljubljeno v vašem jeziku ({ $language })
reason-new_video_test_audience = Nov posnetek, prikazan majhnemu testnemu občinstvu
reason-fresh = Nedavno objavljeno
reason-sound = Uporablja zvok »{ $sound }«
reason-seen_before = Ogledali ste si vse nove posnetke; oglejte si tega znova

## Comments
comments-title = { $count ->
    [one] { $count } komentar
    [two] { $count } komentarja
    [few] { $count } komentarji
   *[other] { $count } komentarjev
}
comments-empty = Še ni komentarjev. Bodite prvi.
comments-more = Več komentarjev
comments-off = Komentarji so za ta videoposnetek izklopljeni.
comment-add = Dodaj komentar
comment-send = Objavi
comment-sent = Komentar objavljen
comment-reply = Odgovori
comment-reply-to = Odgovor za { $handle }
comment-cancel-reply = Prekliči odgovor
comment-replies = { $count ->
    [one] Prikaži { $count } odgovor
    [two] Prikaži { $count } odgovora
    [few] Prikaži { $count } odgovore
   *[other] Prikaži { $count } odgovorov
}
comment-like = { $count ->
    [one] Všečkaj komentar ({ $count } všeček)
    [two] Všečkaj komentar ({ $count } všečka)
    [few] Všečkaj komentar ({ $count } všečki)
   *[other] Všečkaj komentar ({ $count } všečkov)
}
comment-pinned = Pripeto
comment-login = Za komentiranje se prijavite

## Reports
report = Prijavi
report-intro = Povejte nam, kaj ni v redu. Moderator pregleda vsako prijavo in prejeli boste odgovor.
report-category = Razlog
report-note = Podrobnosti (neobvezno)
report-note-hint = Kaj naj si moderator ogleda?
report-send = Pošlji prijavo

## Upload
upload-title = Naloži
upload-file = Videodatoteka
upload-file-hint = Od 1 sekunde do 10 minut. Nalaganje se začne takoj in se nadaljuje, če se povezava prekine.
upload-progress-label = Napredek nalaganja
upload-progress = { $percent } % ({ $sent } od { $total } bajtov)
upload-done = Nalaganje končano
upload-error = Nalaganje ni uspelo. Poskusite znova.
upload-pause = Premor
upload-resume = Nadaljuj
upload-caption = Opis
upload-caption-hint = Vnesite # za ključnike in @, da koga omenite.
upload-visibility = Kdo lahko gleda
visibility-public = Vsi
visibility-followers = Sledilci
visibility-private = Samo jaz
upload-allow = Drugim dovoli
upload-allow-comments = Komentirati
upload-allow-duet = Ustvariti duet
upload-allow-stitch = Ustvariti stitch
upload-sound = Zvok (neobvezno)
upload-sound-search = Poišči zvok
upload-sound-none = Vaš posnetek obdrži svoj zvok.
upload-sound-chosen = Zvok: { $title }
upload-sound-clear = Uporabi moj zvok
upload-duet = Duet z { $handle }
upload-stitch = Stitch videoposnetka uporabnika { $handle }
upload-post = Objavi
upload-pick-first = Najprej izberite videodatoteko.
upload-waiting = Zaključevanje nalaganja …
upload-processing = Vaš videoposnetek se obdeluje … To traja približno toliko kot posnetek.
upload-ready = Vaš videoposnetek je pripravljen!
upload-watch = Oglejte si ga
upload-to-profile = Pojdi na svoj profil
suggestions = Predlogi
suggestions-count = { $count ->
    [one] { $count } predlog. Izberite s puščicama gor in dol.
    [two] { $count } predloga. Izberite s puščicama gor in dol.
    [few] { $count } predlogi. Izberite s puščicama gor in dol.
   *[other] { $count } predlogov. Izberite s puščicama gor in dol.
}

## Profiles, hashtags, sounds
profile-not-found = Ta račun ne obstaja.
profile-edit = Uredi profil
profile-follow = Sledi
profile-following = Sledite
profile-private = Zaseben
profile-private-body = Ta račun je zaseben. Sledite mu, da vidite njegove videoposnetke.
profile-following-count = Sledi
profile-followers-count = Sledilci
profile-likes-count = Všečki
profile-videos-count = Videoposnetki
profile-videos = Videoposnetki
profile-empty = Še ni videoposnetkov.
profile-empty-own = Ničesar še niste objavili. Vaši posnetki bodo prikazani tukaj.
tile-label = { $caption } — avtor { $handle }
tile-label-plain = Videoposnetek uporabnika { $handle }
hashtag-count = { $count ->
    [one] { $count } videoposnetek
    [two] { $count } videoposnetka
    [few] { $count } videoposnetki
   *[other] { $count } videoposnetkov
}
hashtag-empty = S tem ključnikom še ni javnih videoposnetkov.
sound-title = Zvok
sound-listen = Poslušaj { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } videoposnetek
    [two] { $count } videoposnetka
    [few] { $count } videoposnetki
   *[other] { $count } videoposnetkov
}
sound-use = Uporabi ta zvok
sound-original = Izvirni videoposnetek
sound-sort = Razvrsti videoposnetke
sound-newest = Najnovejši
sound-popular = Priljubljeni
sound-empty = Tega zvoka še ne uporablja noben videoposnetek.

## Search
search-title = Odkrivaj
search-label = Iskanje
search-placeholder = Iščite račune, videoposnetke, #ključnike, zvoke
search-submit = Išči
search-types = Kaj iskati
search-videos = Videoposnetki
search-accounts = Računi
search-hashtags = Ključniki
search-sounds = Zvoki
search-results = Rezultati
search-hint = Vnesite besedo, #ključnik ali @uporabniško ime.
search-empty = Za »{ $query }« ni zadetkov.
search-followers = { $count ->
    [one] { $count } sledilec
    [two] { $count } sledilca
    [few] { $count } sledilci
   *[other] { $count } sledilcev
}

## Inbox
inbox-title = Prejeto
inbox-requests = Prošnje za sledenje
inbox-activity = Dejavnost
inbox-empty = Še ni obvestil.
inbox-unread = Neprebrano:
request-accept = Sprejmi
request-decline = Zavrni
request-accepted = { $handle } zdaj vidi vaše videoposnetke
request-declined = Prošnja uporabnika { $handle } je zavrnjena
notif-like = { $count ->
    [one] { $actor } je všečkal(a) vaš videoposnetek
    [two] { $count } osebi sta všečkali vaš videoposnetek
    [few] { $count } osebe so všečkale vaš videoposnetek
   *[other] { $count } oseb je všečkalo vaš videoposnetek
}
notif-comment = { $others ->
    [0] { $actor } je komentiral(a) vaš videoposnetek
    [one] { $actor } in še { $others } oseba sta komentirala vaš videoposnetek
    [two] { $actor } in še { $others } osebi so komentirali vaš videoposnetek
    [few] { $actor } in še { $others } osebe so komentirali vaš videoposnetek
   *[other] { $actor } in še { $others } oseb je komentiralo vaš videoposnetek
}
notif-reply = { $actor } je odgovoril(a) na vaš komentar
notif-mention = { $actor } vas je omenil(a)
notif-follow = { $count ->
    [one] { $actor } vam je začel(a) slediti
    [two] { $count } nova sledilca
    [few] { $count } novi sledilci
   *[other] { $count } novih sledilcev
}
notif-follow_request = { $actor } vas želi spremljati
notif-follow_accepted = { $actor } je sprejel(a) vašo prošnjo za sledenje
notif-comment_like = { $others ->
    [0] { $actor } je všečkal(a) vaš komentar
    [one] { $actor } in še { $others } oseba sta všečkala vaš komentar
    [two] { $actor } in še { $others } osebi so všečkali vaš komentar
    [few] { $actor } in še { $others } osebe so všečkali vaš komentar
   *[other] { $actor } in še { $others } oseb je všečkalo vaš komentar
}
notif-duet = { $actor } je ustvaril(a) duet z vašim videoposnetkom
notif-stitch = { $actor } je ustvaril(a) stitch iz vašega videoposnetka

## Settings
settings-title = Nastavitve
settings-save = Shrani
settings-saved = Shranjeno
settings-profile = Profil
settings-privacy = Zasebnost
settings-private = Zaseben račun
settings-private-hint = Vaše videoposnetke vidijo samo sledilci, ki jih odobrite.
settings-who-comment = Kdo lahko komentira vaše videoposnetke
settings-who-duet = Kdo lahko ustvari duet z vašimi videoposnetki
settings-who-stitch = Kdo lahko ustvari stitch iz vaših videoposnetkov
policy-everyone = Vsi
policy-followers = Sledilci
policy-nobody = Nihče
settings-liked-public = Na mojem profilu prikaži videoposnetke, ki so mi bili všeč
settings-teen = Vaš račun je najstniški: nekatere nastavitve so strožje.
settings-feed = Vir
settings-reset-recommendations = Ponastavi moja priporočila
settings-reset-done = Vaša priporočila so ponastavljena.
settings-language = Jezik
settings-language-label = Jezik vmesnika
settings-language-hint = Privzeto Spool sledi jeziku vašega brskalnika.
settings-data = Vaši podatki
settings-data-intro = Prenesite vse, kar Spool hrani o vas, in poglejte, kateri zaposleni so si to ogledali in zakaj.
settings-export = Prenesi moje podatke
settings-region = Domača regija
settings-region-now = Vaši podatki so shranjeni v: { $region }
settings-region-intro = Vaši osebni podatki so samo v vaši domači regiji. Lahko jih preselite v drugo.
settings-move-to = Nova domača regija
settings-move = Preseli moje podatke
settings-move-confirm = Želite preseliti vse svoje osebne podatke v { $region }?
settings-move-done = Vaši podatki so preseljeni.
settings-account = Račun
settings-signed-in = Prijavljeni kot { $handle }
settings-logout = Odjava
settings-delete = Izbriši račun
settings-delete-intro = S tem za vedno izbrišete svoj račun, videoposnetke in vse podatke. Tega ni mogoče razveljaviti.
settings-delete-confirm = Želite za vedno izbrisati račun in vse, kar vsebuje?
settings-sessions = Seje
settings-sessions-intro = Naprave, na katerih ste prijavljeni. Odjavite se s tistih, ki jih ne prepoznate.
settings-sessions-logout-others = Odjava povsod drugod
settings-sessions-ended = { $count ->
    [one] Odjavljeni iz { $count } druge seje.
    [two] Odjavljeni iz { $count } drugih sej.
    [few] Odjavljeni iz { $count } drugih sej.
   *[other] Odjavljeni iz { $count } drugih sej.
}
session-device = { $browser } v sistemu { $os }
session-device-unknown = Neznana naprava
session-current = Ta naprava
session-times = Prijava { $created } · nazadnje dejaven { $used }
session-logout = Odjava
session-logout-label = Odjavi { $device }
settings-password = Spremeni geslo
settings-password-done = Vaše geslo je spremenjeno. Vse druge seje so odjavljene.
field-current-password = Trenutno geslo
field-new-password = Novo geslo
access-title = Dostop do mojih podatkov
access-intro = Vsakič, ko zaposleni odpre vaše osebne podatke, se to zabeleži s pisno utemeljitvijo. To je celoten seznam.
access-empty = Noben zaposleni ni dostopal do vaših podatkov.
access-unavailable = Dnevnik dostopov na tem strežniku še ni na voljo.
access-when = Kdaj
access-staff = Zaposleni
access-role = Vloga
access-action = Kaj je naredil(a)
access-justification = Utemeljitev
access-reference = Sklic
algorithm-title = Kako deluje vir
algorithm-intro = Spoolov vir Zate je odprt za pregled: koda, njene uteži in razlogi za vsak posnetek so objavljeni.
algorithm-sources = Kandidati prihajajo iz računov, ki jim sledite, posnetkov, podobnih tistim, ki so vam bili všeč, iz tega, kar je priljubljeno v vaši regiji in jeziku, ter novih posnetkov, prikazanih majhnemu testnemu občinstvu.
algorithm-signals = Uči se iz tega, kar počnete: kako dolgo gledate, ponovitve, preskoke, všečke, deljenja, komentarje, sledenja in »Ne zanima me«.
algorithm-filters = Izpusti, kar ste že videli, blokirane račune in odstranjene videoposnetke ter meša teme in ustvarjalce.
algorithm-control = Prilagajanje lahko izklopite, ponastavite, kar se je naučil, in pri vsakem posnetku vprašate »zakaj ta videoposnetek?«.
algorithm-published = Objavljen opis
algorithm-unavailable = Objavljen opis na tem strežniku še ni na voljo.

## Log in and sign up
login-title = Prijava
login-submit = Prijava
login-no-account = Še nimate računa?
signup-title = Registracija
signup-intro = Vaši osebni podatki so shranjeni samo v domači regiji, ki jo izberete.
signup-submit = Ustvari račun
signup-have-account = Že imate račun?
field-handle = Uporabniško ime
field-handle-hint = Od 2 do 24 črk, števk, _ ali .
field-display-name = Prikazno ime (neobvezno)
field-password = Geslo
field-password-hint = Vsaj 8 znakov.
field-birth-date = Datum rojstva
field-birth-date-hint = Imeti morate vsaj 13 let. Računi oseb, mlajših od 18 let, so privzeto zasebni.
field-region = Domača regija
field-region-hint = Kje so shranjeni vaši osebni podatki.
field-email = E-pošta (neobvezno)
field-email-hint = Uporablja se samo za obnovitev računa.
field-bio = O meni

## Errors
error-network = Strežnik ni dosegljiv. Preverite povezavo.
error-internal = Nekaj je šlo narobe. Poskusite znova.
error-unauthenticated = Najprej se prijavite.
error-invalid_credentials = Napačno uporabniško ime ali geslo.
error-too_young = Za uporabo Spoola morate imeti vsaj 13 let.
error-csrf_rejected = Vaša seja je potekla. Znova naložite stran.
error-forbidden = Tega ne smete narediti.
error-comments_off = Komentarji so za ta videoposnetek izklopljeni.
error-remix_off = Ustvarjalec tega ne dovoli.
error-not_found = Ni najdeno.
error-handle_taken = To uporabniško ime je že zasedeno.
error-rate_limited = Preveč poskusov. Počakajte trenutek in poskusite znova.
error-invalid_handle = Uporabite od 2 do 24 črk, števk, _ ali .
error-handle_reserved = To uporabniško ime je rezervirano.
error-invalid_password = Geslo mora imeti od 8 do 128 znakov.
error-invalid_email = Ta e-poštni naslov ni videti pravilen.
error-invalid_birth_date = Vnesite veljaven datum rojstva.
error-invalid_display_name = Prikazno ime ima lahko največ 50 znakov.
error-invalid_bio = Opis o sebi ima lahko največ 160 znakov.
error-invalid_caption = Opis ima lahko največ 2.200 znakov.
error-invalid_comment = Komentar ima od 1 do 500 znakov.
error-unknown_region = Izberite eno od navedenih regij.
error-empty_file = Datoteka je prazna.
error-not_media = Ta datoteka ni videoposnetek.
error-no_video_stream = Ta datoteka nima slike.
error-still_image = To je mirujoča slika, ne videoposnetek.
error-too_short = Videoposnetek je prekratek (vsaj 1 sekunda).
error-too_long = Videoposnetek je predolg (največ 10 minut).
error-too_large = Videoposnetek je prevelik.
error-unsupported_codec = Ta videoformat ni podprt.
error-transcode_failed = Videoposnetka ni bilo mogoče obdelati.
error-wrong_password = Trenutno geslo je napačno.
error-quota_exceeded = Vaš prostor za shranjevanje je poln. Izbrišite videoposnetke ali nedokončana nalaganja, da sprostite prostor.
error-bad_request = Zahteve ni bilo mogoče prebrati.

## Moderation: reports
report-title-video = Prijavi ta videoposnetek
report-title-comment = Prijavi ta komentar
report-title-account = Prijavi ta račun
report-category-choose = Izberite razlog
report-category-hate_speech = Sovražni govor
report-category-harassment = Nadlegovanje in ustrahovanje
report-category-violent_extremism = Nasilni ekstremizem
report-category-disinformation = Zavajajoče informacije in dezinformacije
report-category-child_safety = Varnost otrok
report-category-self_harm = Samopoškodovanje in motnje hranjenja
report-category-illegal_goods = Nezakonito blago in storitve
report-category-scams = Prevare
report-category-spam = Neželena vsebina
report-category-intellectual_property = Intelektualna lastnina
report-category-other = Nekaj drugega
report-dsa-legend = O vas
report-dsa-intro = Niste prijavljeni, zato je to prijava po 16. členu Akta EU o digitalnih storitvah. Za obravnavo potrebujemo vaše ime in e-poštni naslov; oseba, ki jo prijavljate, nikoli ne izve, kdo ste.
report-name = Vaše ime
report-email = Vaš e-poštni naslov
report-email-hint = Izid vam pošljemo sem.
report-good-faith = V dobri veri izjavljam, da so podatki v tej prijavi točni in popolni.
report-login-instead = Imate račun?
report-sent = Hvala. Vaša prijava je poslana in moderator jo bo pregledal.
report-duplicate = To ste že prijavili. Vaša prejšnja prijava še velja; ni je treba pošiljati znova.
report-receipt-intro = Shranite to potrdilo: z njim lahko preverite, kaj je bilo odločeno.
report-receipt = Vaše potrdilo
report-receipt-hint = Številka prijave { $id }
report-receipt-copy = Kopiraj potrdilo
report-receipt-copied = Potrdilo kopirano.
report-check-later = Preveri to prijavo pozneje
report-follow-up = O izidu boste obveščeni. Spremljate ga lahko tudi v razdelku
report-outcome = Odločeno { $date }: { $action }
report-outcome-policy = Uporabljeno pravilo: { $policy }
report-state-open = Čaka na pregled
report-state-decided = Odločeno
comment-report = Prijavi komentar uporabnika { $handle }
profile-report = Prijavi
profile-withheld = Ta račun ni na voljo na vaši lokaciji.
label-panel = Informacije
label-more = Več o tem
video-age-restricted = Starostno omejeno
video-held = Zadržano
video-held-own = Vaš videoposnetek je zadržan: ujema se z vsebino, ki je bila že odstranjena. Moderator ga bo pregledal.
video-removed-own = Vaš videoposnetek je odstranil moderator. To obvestilo vidite samo vi.
video-reduced-own = Po odločitvi moderatorja vaš videoposnetek ni priporočen v virih. To obvestilo vidite samo vi.
video-withheld = Ta videoposnetek ni na voljo na vaši lokaciji.
status-link = Poglejte zakaj in kako se pritožiti

## Moderation: actions, targets, grounds
action-no_violation = Brez kršitve
action-remove = Odstranjeno
action-age_restrict = Starostno omejeno
action-restrict_regions = Omejeno v nekaterih regijah
action-label = Dodana informativna oznaka
action-reduce_distribution = Zmanjšano razširjanje
action-suspend = Račun začasno onemogočen
action-terminate = Račun zaprt
target-video = Videoposnetek
target-comment = Komentar
target-account = Račun
ground-illegal = Nezakonita vsebina
ground-incompatible = V nasprotju s smernicami skupnosti
source-notice = Prijava nekoga, ki je to prijavil
source-trusted-flagger = Prijava zaupanja vrednega prijavitelja
source-own-initiative = Spoolov lastni pregled
decision-reversed = Razveljavljeno

## Account status and statements of reasons
status-title = Stanje računa
settings-status-intro = Odločitve o vaši vsebini, vaše pritožbe in prijave, ki ste jih poslali.
settings-about = O Spoolu
status-standing = Vaš račun
status-good = Vaš račun je v redu.
status-suspended = Vaš račun je začasno onemogočen.
status-suspended-until = Vaš račun je začasno onemogočen do { $date }.
status-terminated = Vaš račun je zaprt. Odločitve lahko še vedno preberete in se nanje pritožite.
status-strikes = { $count ->
    [one] { $count } opomin od { $threshold }
    [two] { $count } opomina od { $threshold }
    [few] { $count } opomini od { $threshold }
   *[other] { $count } opominov od { $threshold }
}
status-strikes-hint = Vsaka odločitev proti vaši vsebini je opomin. Ob dosegu meje se račun začasno onemogoči. Stari opomini potečejo.
status-history = Prejšnje odločitve
status-statements = Odločitve in njihove obrazložitve
status-statements-intro = Za vsako odločitev pošljemo obrazložitev: kaj je bilo odločeno, na podlagi katerega pravila in kako se pritožiti.
status-no-statements = O vaši vsebini ni odločitev.
status-my-reports = Moje prijave
status-no-reports = Ničesar niste prijavili.
status-receipt-title = Vaša prijava
statement-heading = { $action } · { $date }
statement-decision = Odločitev
statement-content = Vsebina
statement-facts = Kaj smo ugotovili
statement-policy = Pravilo
statement-ground-illegal = Vsebino štejemo za nezakonito.
statement-ground-incompatible = Vsebina je v nasprotju z našimi smernicami skupnosti.
statement-legal-ground = Pravna podlaga: { $ground }
statement-policy-ground = Smernica: { $ground }
statement-label = Prikazana oznaka
statement-detection = Kako je bilo odkrito
statement-detected-auto = Z avtomatiziranimi orodji
statement-detected-human = Brez avtomatiziranih orodij
statement-automated = Kako je bilo odločeno
statement-decided-auto = Z avtomatiziranim sistemom
statement-decided-human = Odločil je človek, ne samodejno
statement-source = Kaj je sprožilo pregled
statement-scope = Kje velja
statement-scope-everywhere = Povsod
statement-duration = Kako dolgo
statement-duration-until = Od { $from } do { $until }
statement-duration-open = Od { $from }, brez končnega datuma
statement-account-suspended = Vaš račun je bil začasno onemogočen.
statement-account-terminated = Vaš račun je bil zaprt.
statement-appeal = Pritožba
statement-appeal-until = Pritožite se lahko do { $date }. Pregledal jo bo drug moderator.
statement-appeal-possible = Lahko se pritožite. Pregledal jo bo drug moderator.
statement-appeal-closed = Na to odločitev se tukaj ni več mogoče pritožiti. Še vedno se lahko obrnete na certificirani organ za izvensodno reševanje sporov ali na sodišče.
statement-appeal-open = Vaša pritožba je v obravnavi.
statement-appeal-upheld = Vaši pritožbi je bilo ugodeno: odločitev je razveljavljena.
statement-appeal-rejected = Vaša pritožba je bila pregledana in odločitev ostaja.
statement-technical = Tehnične podrobnosti (kot so bile poslane v podatkovno zbirko EU o preglednosti)
appeal-text = Zakaj bi bilo treba odločitev spremeniti?
appeal-text-hint = Pojasnite, kaj je moderatorju morda ušlo. Dodate lahko kontekst ali povezave.
appeal-send = Pošlji pritožbo
appeal-sent = Vaša pritožba je poslana. Pregledal jo bo drug moderator in prejeli boste novo obrazložitev.
appeal-exists = Za to odločitev že imate odprto pritožbo.

## Moderator console
mod-title = Moderiranje
mod-region = Regija
mod-region-hint = Vrsta regije, ki jo moderirate.
mod-not-moderator = Niste moderator te regije.
queue-title = Vrsta za pregled: { $region }
queue-refresh = Osveži
queue-empty = Vrsta je prazna.
queue-count = { $count ->
    [one] { $count } element, najnujnejši najprej
    [two] { $count } elementa, najnujnejši najprej
    [few] { $count } elementi, najnujnejši najprej
   *[other] { $count } elementov, najnujnejši najprej
}
queue-kind-notice = Prijava
queue-kind-appeal = Pritožba
queue-kind-match = Ujemanje
queue-severity = Resnost
queue-notices = Prijave
queue-reach = Ogledi (24 h)
queue-detection = Odkril
queue-automated = Samodejno zaznavanje
queue-human = Ljudje
queue-due = Rok { $time }
queue-overdue = Zamuda: rok je bil { $time }
queue-claimed-mine = Prevzeli ste ga; prevzem poteče { $time }
queue-claimed-other = Prevzel ga je drug moderator
queue-claim = Prevzemi
queue-claim-done = Prevzeto. Naslednjih nekaj minut je vaše.
queue-open = Preglej
item-title = Pregled
item-heading = Pregled: { $category }
item-back = Nazaj na vrsto
item-decided = Odločeno
item-context = Vsebina
item-player = Prijavljeni videoposnetek
item-caption = Opis
item-sound = Zvok
item-state = Stanje
item-remixes = Predelave
item-none = Nič
item-open-video = Stran videoposnetka
item-open-video-link = Odpri videoposnetek
item-comment-text = Komentar
item-comment-video = Pri videoposnetku
item-account = Račun
item-detection = Samodejno zaznavanje
item-notices = { $count ->
    [one] { $count } prijava
    [two] { $count } prijavi
    [few] { $count } prijave
   *[other] { $count } prijav
}
item-history = Prejšnje odločitve o tem računu
item-history-none = Ni prejšnjih odločitev.
item-appeal = Pritožba
item-appeal-decision = Izpodbijana odločitev
decide-title = Odločitev
decide-action = Ukrep
decide-policy = Pravilo
decide-policy-category = Splošno pravilo: { $category }
decide-legal-ground = Pravna podlaga: { $ground }
decide-facts = Dejstva
decide-facts-hint = Kaj ste ugotovili, s preprostimi besedami. Ustvarjalec bo to prebral.
decide-restrict = Kje omejiti
decide-restrict-hint = Izberite regije, države ali oboje. Pravni nalog potrebuje svoj sklic.
decide-regions = Regije
decide-countries = Države
decide-countries-hint = Dvočrkovne kode držav, ločene z vejicami (DE, AT).
decide-reference = Sklic (nalog sodišča ali organa)
decide-reference-hint = Neobvezno. Prikazano gledalcem, ki vsebine ne morejo videti.
decide-restrict-empty = Izberite vsaj eno regijo ali državo.
decide-label = Informativna oznaka
decide-label-text = Besedilo oznake
decide-label-url = Povezava do več informacij
decide-suspend = Začasna onemogočitev
decide-days = Dnevi
decide-days-hint = Od 1 do 365.
decide-submit = Odloči
decide-done = Odločitev zabeležena: { $action }. Obrazložitev je poslana.
appeal-decide-title = Odloči o pritožbi
appeal-outcome = Izid
appeal-outcome-upheld = Ugodi pritožbi
appeal-outcome-upheld-hint = Odločitev se takoj razveljavi, vsebina ali račun pa se obnovi.
appeal-outcome-rejected = Zavrni pritožbo
appeal-outcome-rejected-hint = Odločitev ostaja.
appeal-decide-submit = Odloči o pritožbi
appeal-decided-upheld = Pritožbi ugodeno: odločitev je razveljavljena. Poslana je nova obrazložitev.
appeal-decided-rejected = Pritožba zavrnjena: odločitev ostaja. Poslana je nova obrazložitev.
error-claimed = Ta element je prevzel drug moderator.
error-same_moderator = Moderator, ki je odločil, ne more odločati o pritožbi na svojo odločitev.

## Transparency report
transparency-title = Preglednost
transparency-intro = Kako deluje moderiranje na Spoolu, v številkah: prijave, odločitve, kako hitro so bile sprejete, pritožbe in razveljavitve. Osebni podatki niso prikazani.
transparency-region = Regija
transparency-all-regions = Vse regije
transparency-period = Obdobje
transparency-period-days = Zadnjih 30 dni, po dnevih
transparency-period-weeks = Zadnjih 12 tednov, po tednih
transparency-period-months = Zadnjih 12 mesecev, po mesecih
transparency-range = { $from } do { $to }
transparency-csv = Prenesi kot CSV
transparency-summary = Skupaj: { $region }
transparency-notices = Prijave
transparency-decisions = Odločitve
transparency-median = Mediana časa do odločitve
transparency-p90 = 90. percentil
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Zamujeni roki
transparency-automated-detection = Odkrito z avtomatiziranimi orodji
transparency-automated-decision = Odločeno samodejno
transparency-suspensions = Začasne onemogočitve
transparency-appeals = Pritožbe
transparency-reversals = Razveljavitve
transparency-over-time = Skozi čas
transparency-chart-volume = Prijave in odločitve
transparency-chart-speed = Čas do odločitve (ure)
transparency-breakdown = Razčlenitev
transparency-chart-notices-category = Prijave po kategorijah
transparency-chart-decisions-action = Odločitve po ukrepih
transparency-chart-decisions-category = Odločitve po kategorijah
transparency-chart-ground = Odločitve po podlagah
transparency-chart-source = Prijave po virih
transparency-appeals-title = Pritožbe
transparency-chart-appeals = Izidi pritožb
transparency-chart-appeals-time = Pritožbe in razveljavitve skozi čas
transparency-appeals-upheld = Ugodene
transparency-appeals-rejected = Zavrnjene
transparency-appeals-open = Odprte
transparency-orders = Pravni nalogi in pregledovanje
transparency-chart-orders = Pravni nalogi po regijah
transparency-screening-flagged = Označeno pri pregledovanju
transparency-screening-decided = Pregledano
transparency-screening-confirmed = Potrjeno
transparency-screening-precision = Natančnost
transparency-none = V tem obdobju nič.
transparency-yes = Da
transparency-no = Ne
transparency-log = Dnevnik odločitev
transparency-log-intro = Vsaka odločitev, brez podatkov prijaviteljev, ustvarjalcev ali moderatorjev.
transparency-log-date = Datum
transparency-log-action = Odločitev
transparency-log-category = Kategorija
transparency-log-ground = Podlaga
transparency-log-content = Vsebina
transparency-log-detected = Samodejno zaznavanje
transparency-log-automated = Samodejna odločitev
transparency-log-scope = Kje
transparency-log-source = Vir
transparency-log-reversed = Razveljavljeno
transparency-log-more = Več odločitev
transparency-log-empty = Še ni odločitev.
chart-show-table = Prikaži številke v tabeli
chart-summary-line = Od { $from } do { $to }. Skupaj: { $totals }
chart-period = Obdobje
chart-item = Postavka
chart-value = Število
notif-statement = O vaši vsebini je bila sprejeta moderatorska odločitev. Preberite zakaj in kako se pritožiti.
notif-report_outcome = O prijavi, ki ste jo poslali, je bilo odločeno.

## Moderation: more codes from the server
action-hold = Zadržano za pregled
action-reversed = Razveljavljeno po pritožbi
action-upheld_decision = Potrjeno po pritožbi
action-appeal_upheld = Pritožbi ugodeno
action-appeal_rejected = Pritožba zavrnjena
notice-source-account = Prijava iz računa
notice-source-anonymous = Prijava brez računa (16. člen DSA)
notice-source-screening = Samodejno pregledovanje
notice-source-fingerprint = Ujemanje z odstranjeno vsebino
notice-source-legal_order = Pravni nalog
source-complaint = Pritožba
statement-scope-eea = EU in EGP (30 držav)
statement-regions = Regije
statement-reference = Sklic naloga
statement-outcome-heading = { $action } · { $date }
error-already_decided = O tem je že odločeno.
error-appeal_open = Za to odločitev že obstaja odprta pritožba.
error-appeal_closed = Na to odločitev se ni več mogoče pritožiti.
error-account_suspended = Vaš račun je začasno onemogočen, zato tega zdaj ne morete narediti.
error-account_terminated = Vaš račun je zaprt.
error-not_moderator = Niste moderator te regije.
video-withheld-own = Vaš videoposnetek ni na voljo v: { $places }. To obvestilo vidite samo vi.
item-restrictions = Trenutne omejitve

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Za nadaljevanje se prijavite
signin-sheet-intro = Prijavite se, da boste lahko všečkali, komentirali, sledili in dobili vir po svoji meri.
feed-caught-up = Videli ste vse
feed-caught-up-hint = Za zdaj ste videli vse posnetke. Več jih najdete v razdelku Odkrivaj.
feed-explore = Razišči
clip-creator-profile = Profil uporabnika { $handle }
unfollow-handle = Prenehaj slediti { $handle }
clip-progress = Položaj predvajanja
clip-progress-value = { $at } od { $length }
video-edit = Uredi videoposnetek
video-edit-save = Shrani
video-edit-done = Spremembe shranjene
video-delete = Izbriši videoposnetek
video-delete-confirm = Želite ta videoposnetek za vedno izbrisati? Z njim izginejo tudi komentarji in všečki.
video-delete-done = Videoposnetek izbrisan
back = Nazaj
cancel = Prekliči
discover-trending = Zdaj v trendu
discover-trending-tags = Priljubljeni ključniki

## How the feed works: its stages and parameters
algo-stage-events = Iz česa se vir uči
algo-stage-model = Model okusa
algo-stage-candidates = Od kod prihajajo kandidati
algo-stage-exploration = Priložnost za nove videoposnetke
algo-stage-ranking = Razvrščanje
algo-stage-filters = Kaj se izloči
algo-stage-diversity = Raznolikost
algo-stage-non_personalized = Neprilagojeni vir
algo-technical = Tehnični opis (v angleščini)
algo-param-bias-learning-rate = Kako hitro se nauči lastna privlačnost videoposnetka
algo-param-expiry-secs = Pozabljeno po nedejavnosti, ki traja
algo-param-history-len = Nedavni ogledi, ki štejejo
algo-param-history-weight = Utež nedavnih ogledov
algo-param-init-scale = Začetna razpršenost novih vrstic
algo-param-item-min-count = Interakcije, preden videoposnetek dobi svojo vrstico
algo-param-learning-rate = Kako hitro se nauči okus
algo-param-margin = Razlika med všečnimi in preskočenimi videoposnetki
algo-param-negative-trials = Videoposnetki, preizkušeni pri iskanju protiprimera
algo-param-negatives-per-positive = Protiprimeri na en pozitiven signal
algo-param-regularization = Regularizacija (preprečuje prekomerno prilagajanje modela)
algo-param-seed = Naključno seme (za ponovljivost)
algo-param-max-age-hours = Novi videoposnetki se raziskujejo
algo-param-min-completion-rate = Ogledano do konca vsaj
algo-param-min-engagement-rate = Všečki, komentarji in deljenja na ogled vsaj
algo-param-slots-per-page = Mesta na stran za nove videoposnetke
algo-param-stages = Velikosti občinstva v testnih fazah
algo-param-freshness-hours = Videoposnetek velja za svež
algo-param-trending-half-life-hours = Priljubljenost šteje pol po
algo-param-weights = Uteži ocene za razvrščanje
algo-param-engagement = Pričakovana angažiranost
algo-param-exploration = Raziskovanje
algo-param-following = Računi, ki jim sledite
algo-param-freshness = Svežina
algo-param-trending = Priljubljenost
algo-param-creator-spacing = Posnetki, preden se isti ustvarjalec ponovi
algo-param-sound-spacing = Posnetki, preden se isti zvok ponovi
algo-param-catalog-videos = Videoposnetki v katalogu
algo-param-viewers-with-state = Gledalci, ki jih model pozna

tile-views = { $count ->
    [one] { $count } ogled
    [two] { $count } ogleda
    [few] { $count } ogledi
   *[other] { $count } ogledov
}

## Long press: speed
clip-options = Možnosti
speed-title = Hitrost predvajanja
speed-normal = Običajna
speed-value = { $rate }×
speed-set = Predvajanje s hitrostjo { $rate }×

## Upload: preview, cover, draft
upload-preview = Predogled vašega posnetka
upload-cover = Naslovnica
upload-cover-hint = Povlecite do sličice, ki jo ljudje vidijo, preden se posnetek začne.
upload-draft-restored = Vaš osnutek je nazaj: opis in nastavitve, kot ste jih pustili.
error-invalid_cover = Naslovnica mora biti trenutek iz posnetka.

# Captions and profile photos
clip-captions-on = Vklopi podnapise
clip-captions-off = Izklopi podnapise
captions-on = Podnapisi vklopljeni
captions-off = Podnapisi izklopljeni
captions-title = Podnapisi
captions-file = Datoteka s podnapisi (.vtt)
captions-hint = Datoteka WebVTT, ena za vsak jezik. Vsi podnapisi morajo biti znotraj trajanja posnetka.
captions-language = Jezik podnapisov
captions-add = Dodaj podnapise
captions-remove = Odstrani podnapise: { $language }
captions-remove-short = Odstrani
captions-none = Podnapisov še ni.
captions-added = Podnapisi dodani: { $language }.
captions-removed = Podnapisi odstranjeni: { $language }.
captions-failed = Vaš posnetek je objavljen, vendar podnapisi niso bili dodani: { $reason } Dodate jih lahko pri urejanju posnetka.
captions-pick-file = Najprej izberite datoteko .vtt.
error-invalid_webvtt = To ni veljavna datoteka s podnapisi WebVTT.
error-invalid_language = Izberite jezik podnapisov.
profile-photo-choose = Profilna fotografija
profile-photo-hint = JPEG, PNG ali WebP, največ 8 MB. Obreže se v kvadrat; podatki o tem, kje in s čim je bila posneta, se odstranijo.
profile-photo-remove = Odstrani fotografijo
profile-photo-type = Izberite sliko JPEG, PNG ali WebP.
profile-edit-save = Shrani profil
profile-edit-done = Profil shranjen.
error-invalid_photo = Ta datoteka ni slika, ki bi jo bilo mogoče prebrati.
error-photo_too_small = Fotografija je premajhna: izberite takšno, ki ima na vsaki strani vsaj 64 slikovnih pik.
error-photo_too_large = Fotografija je prevelika: največ 8.192 slikovnih pik na vsaki strani.
error-invalid_crop = Del fotografije, ki ga želite ohraniti, mora biti kvadrat znotraj nje.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Druge instance
fed-intro = Sledite ljudem na drugih instancah, ki uporabljajo ActivityPub, na primer na drugih strežnikih Spool. Njihovi videoposnetki se prikažejo v vašem viru Sledeni.
fed-teen = Najstniški računi ostanejo na tej instanci: ne morejo slediti računom na drugih instancah in jim od tam ni mogoče slediti.
fed-address = Naslov na drugi instanci
fed-address-hint = V obliki ime@gostitelj, na primer alex@example.org
fed-follow = Sledi
fed-address-invalid = Vnesite naslov v obliki ime@gostitelj, na primer alex@example.org.
fed-address-local = Ta račun je na tej instanci: sledite mu z njegovega profila.
fed-not-found = Računa { $handle } ni bilo mogoče najti. Preverite naslov.
fed-requested = Prošnja za sledenje je bila poslana { $handle }.
fed-following = Računi, ki jim tam sledite
fed-following-empty = Na drugi instanci še ne sledite nikomur.
fed-pending = Prošnja poslana
fed-followers = Vaši sledilci od tam
fed-followers-empty = Z druge instance vam še nihče ne sledi.
fed-wants-to-follow = Vam želi slediti
fed-unfollow = Prenehaj slediti
fed-accept = Sprejmi
fed-accept-label = Sprejmi prošnjo za sledenje od { $handle }
fed-decline = Zavrni
fed-decline-label = Zavrni prošnjo za sledenje od { $handle }
fed-remove = Odstrani
fed-remove-label = Odstrani { $handle } iz svojih sledilcev
fed-accepted = { $handle } vam zdaj sledi.
fed-declined = Zavrnili ste prošnjo od { $handle }.
fed-removed = { $handle } vam ne sledi več.
fed-from = Z { $host }
fed-open = Odpri na { $host }
fed-cannot-play = Tega videoposnetka tukaj ni mogoče predvajati.
comment-remote-remove = Odstrani odgovor uporabnika { $handle }
fed-shared-by = Delil { $handle }
reason-remote_instance = Z { $host }, strežnika, kjer ljudje od tu sledijo računom
fed-like = Všeč mi je
