# Spooli kasutajaliidese tekstid: eesti keel (Project Fluent). Samad sõnumid mis en.ftl-is.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — lühivideod
app-description = Vaata, tee ja jaga lühivideoid. Sinu andmed jäävad sinu koduregiooni.
skip-to-content = Mine sisu juurde
loading = Laadimine…
noscript = Spool vajab videote esitamiseks JavaScripti. Lülita see sisse või kasuta otse API-t.
assets-missing = Veebiklienti ei ole sellesse serverisse sisse ehitatud. Ehita see käsuga „npm ci && npm run build” kaustas web/ ja ehita siis Spool uuesti.
title-page = { $page } · Spool
title-not-found = Ei leitud · Spool
not-found = Seda lehte ei ole olemas.
close = Sulge

## Navigation
nav-label = Peamenüü
nav-home = Avaleht
nav-discover = Avasta
nav-upload = Laadi üles
nav-inbox = Postkast
nav-profile = Profiil
nav-unread = { $count ->
    [one] { $count } lugemata teavitus
   *[other] { $count } lugemata teavitust
}

## Feed
feed-tabs = Voogud
feed-for-you = Sinule
feed-following = Jälgitavad
feed-personalized = Isikupärastatud
feed-mode-hint = Kui see on välja lülitatud, ei kasuta voog profileerimist: see näitab, mis on sinu regioonis ja keeles populaarne ja uus.
feed-mode-personalized = Isikupärastatud voog on sees
feed-mode-non-personalized = Isikupärastatud voog on väljas: profileerimist ei kasutata
feed-empty = Vaadata pole veel midagi. Laadi üles esimene klipp või otsi midagi.
feed-following-empty = Jälgitavatelt kontodelt pole uusi klippe.
feed-login = Logi sisse, et näha jälgitavate kontode klippe.
feed-unavailable = Voog pole selles serveris veel saadaval. Proovi otsingut või mõnda profiili.
video-title = Video
video-processing = Töötlemine…
video-failed = Töötlemine ebaõnnestus
clip-video-label = Kasutaja { $handle } video
clip-loading = Video laadimine
clip-unmute = Lülita heli sisse
clip-mute = Lülita heli välja
clip-play = Esita
clip-pause = Peata
clip-actions = Toimingud kasutaja { $handle } videoga
clip-like = { $count ->
    [one] Meeldib ({ $count } meeldimine)
   *[other] Meeldib ({ $count } meeldimist)
}
clip-comments = { $count ->
    [one] Kommentaarid ({ $count } kommentaar)
   *[other] Kommentaarid ({ $count } kommentaari)
}
clip-share = { $count ->
    [one] Jaga ({ $count } jagamine)
   *[other] Jaga ({ $count } jagamist)
}
clip-more = Rohkem valikuid
clip-sound = Originaalheli – { $handle }
clip-duet-of = Duett: vaata originaali
clip-stitch-of = Stitch: vaata originaali
follow-handle = Jälgi kasutajat { $handle }
follow-requested = Taotletud
follow-done = Jälgid nüüd kasutajat { $handle }
unfollow-done = Sa ei jälgi enam kasutajat { $handle }
login-needed = Logi kõigepealt sisse.
share-title = Jaga
share-link = Link sellele videole
share-copy = Kopeeri link
share-copied = Link kopeeritud
not-interested = Ei huvita
not-interested-done = Selge: näed selliseid klippe edaspidi vähem.
open-sound = Ava heli
make-duet = Tee duett
make-stitch = Tee sellest videost stitch
why-title = Miks see video?
why-none = See klipp avati otse, voog ei valinud seda.
why-explainer = Voog valib klippe avaldatud reeglite järgi. Isikupärastamise saad igal ajal välja lülitada.
algorithm-link = Kuidas voog töötab

## Reasons
reason-follows_creator = Sa jälgid kasutajat { $handle }
reason-topic = Sa vaatad klippe teemal { $hashtag }
reason-similar_to_liked = Sarnane klippidega, mis sulle meeldisid
reason-taste_match = Sobib sellega, mida tavaliselt vaatad
reason-trending_region = Populaarne sinu regioonis ({ $region })
reason-trending_language = Populaarne sinu keeles ({ $language })
reason-new_video_test_audience = Uus klipp, mida näidatakse väikesele testpublikule
reason-fresh = Hiljuti avaldatud
reason-sound = Kasutab heli „{ $sound }”
reason-seen_before = Oled kõiki uusi klippe näinud; vaata seda uuesti

## Comments
comments-title = { $count ->
    [one] { $count } kommentaar
   *[other] { $count } kommentaari
}
comments-empty = Kommentaare veel pole. Ole esimene.
comments-more = Rohkem kommentaare
comments-off = Selle video kommentaarid on välja lülitatud.
comment-add = Lisa kommentaar
comment-send = Postita
comment-sent = Kommentaar postitatud
comment-reply = Vasta
comment-reply-to = Vastus kasutajale { $handle }
comment-cancel-reply = Tühista vastus
comment-replies = { $count ->
    [one] Vaata { $count } vastust
   *[other] Vaata { $count } vastust
}
comment-like = { $count ->
    [one] Meeldib kommentaar ({ $count } meeldimine)
   *[other] Meeldib kommentaar ({ $count } meeldimist)
}
comment-pinned = Kinnitatud
comment-login = Kommenteerimiseks logi sisse

## Reports
report = Teata
report-intro = Ütle meile, mis on valesti. Moderaator vaatab iga teate üle ja sa saad vastuse.
report-category = Põhjus
report-note = Üksikasjad (valikuline)
report-note-hint = Mida peaks moderaator vaatama?
report-send = Saada teade

## Upload
upload-title = Laadi üles
upload-file = Videofail
upload-file-hint = 1 sekundist 10 minutini. Üleslaadimine algab kohe ja jätkub, kui ühendus katkeb.
upload-progress-label = Üleslaadimise edenemine
upload-progress = { $percent } % ({ $sent } / { $total } baiti)
upload-done = Üleslaadimine lõpetatud
upload-error = Üleslaadimine ebaõnnestus. Proovi uuesti.
upload-pause = Peata
upload-resume = Jätka
upload-caption = Pealdis
upload-caption-hint = Kirjuta # teemaviidete jaoks ja @, et kedagi mainida.
upload-visibility = Kes saab vaadata
visibility-public = Kõik
visibility-followers = Jälgijad
visibility-private = Ainult mina
upload-allow = Luba teistel
upload-allow-comments = Kommenteerida
upload-allow-duet = Teha duetti
upload-allow-stitch = Teha stitchi
upload-sound = Heli (valikuline)
upload-sound-search = Otsi heli
upload-sound-none = Sinu klipp jääb oma heliga.
upload-sound-chosen = Heli: { $title }
upload-sound-clear = Kasuta minu enda heli
upload-duet = Duett kasutajaga { $handle }
upload-stitch = Stitch kasutaja { $handle } videost
upload-post = Postita
upload-pick-first = Vali kõigepealt videofail.
upload-waiting = Üleslaadimise lõpetamine…
upload-processing = Sinu videot töödeldakse… See võtab umbes nii kaua, kui klipp kestab.
upload-ready = Sinu video on valmis!
upload-watch = Vaata
upload-to-profile = Mine oma profiilile
suggestions = Soovitused
suggestions-count = { $count ->
    [one] { $count } soovitus. Vali üles- ja allanoolega.
   *[other] { $count } soovitust. Vali üles- ja allanoolega.
}

## Profiles, hashtags, sounds
profile-not-found = Seda kontot pole olemas.
profile-edit = Muuda profiili
profile-follow = Jälgi
profile-following = Jälgid
profile-private = Privaatne
profile-private-body = See konto on privaatne. Jälgi seda, et näha selle videoid.
profile-following-count = Jälgib
profile-followers-count = Jälgijad
profile-likes-count = Meeldimised
profile-videos-count = Videod
profile-videos = Videod
profile-empty = Videoid veel pole.
profile-empty-own = Sa pole veel midagi postitanud. Sinu klipid ilmuvad siia.
tile-label = { $caption } — autor { $handle }
tile-label-plain = Kasutaja { $handle } video
hashtag-count = { $count ->
    [one] { $count } video
   *[other] { $count } videot
}
hashtag-empty = Selle teemaviitega pole veel avalikke videoid.
sound-title = Heli
sound-listen = Kuula: { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } video
   *[other] { $count } videot
}
sound-use = Kasuta seda heli
sound-original = Originaalvideo
sound-sort = Sordi videod
sound-newest = Uusimad
sound-popular = Populaarsed
sound-empty = Ükski video ei kasuta seda heli veel.

## Search
search-title = Avasta
search-label = Otsi
search-placeholder = Otsi kontosid, videoid, #teemaviiteid, helisid
search-submit = Otsi
search-types = Mida otsida
search-videos = Videod
search-accounts = Kontod
search-hashtags = Teemaviited
search-sounds = Helid
search-results = Tulemused
search-hint = Kirjuta sõna, #teemaviide või @kasutajanimi.
search-empty = Päringule „{ $query }” ei leitud midagi.
search-followers = { $count ->
    [one] { $count } jälgija
   *[other] { $count } jälgijat
}

## Inbox
inbox-title = Postkast
inbox-requests = Jälgimistaotlused
inbox-activity = Tegevus
inbox-empty = Teavitusi veel pole.
inbox-unread = Lugemata:
request-accept = Nõustu
request-decline = Keeldu
request-accepted = { $handle } näeb nüüd sinu videoid
request-declined = Kasutaja { $handle } taotlusest keelduti
notif-like = { $count ->
    [one] Kasutajale { $actor } meeldis sinu video
   *[other] { $count } inimesele meeldis sinu video
}
notif-comment = { $others ->
    [0] { $actor } kommenteeris sinu videot
    [one] { $actor } ja veel { $others } inimene kommenteerisid sinu videot
   *[other] { $actor } ja veel { $others } inimest kommenteerisid sinu videot
}
notif-reply = { $actor } vastas sinu kommentaarile
notif-mention = { $actor } mainis sind
notif-follow = { $count ->
    [one] { $actor } hakkas sind jälgima
   *[other] { $count } uut jälgijat
}
notif-follow_request = { $actor } soovib sind jälgida
notif-follow_accepted = { $actor } nõustus sinu jälgimistaotlusega
notif-comment_like = { $others ->
    [0] Kasutajale { $actor } meeldis sinu kommentaar
    [one] Kasutajale { $actor } ja veel { $others } inimesele meeldis sinu kommentaar
   *[other] Kasutajale { $actor } ja veel { $others } inimesele meeldis sinu kommentaar
}
notif-duet = { $actor } tegi sinu videoga dueti
notif-stitch = { $actor } tegi sinu videost stitchi

## Settings
settings-title = Seaded
settings-save = Salvesta
settings-saved = Salvestatud
settings-profile = Profiil
settings-privacy = Privaatsus
settings-private = Privaatne konto
settings-private-hint = Sinu videoid näevad ainult jälgijad, kelle kinnitad.
settings-who-comment = Kes saab sinu videoid kommenteerida
settings-who-duet = Kes saab sinu videotega duetti teha
settings-who-stitch = Kes saab sinu videotest stitchi teha
policy-everyone = Kõik
policy-followers = Jälgijad
policy-nobody = Mitte keegi
settings-liked-public = Näita minu profiilil videoid, mis mulle meeldisid
settings-teen = Sinu konto on teismelise konto: mõned seaded on rangemad.
settings-feed = Voog
settings-reset-recommendations = Lähtesta minu soovitused
settings-reset-done = Sinu soovitused lähtestati.
settings-language = Keel
settings-language-label = Kasutajaliidese keel
settings-language-hint = Vaikimisi kasutab Spool sinu brauseri keelt.
settings-data = Sinu andmed
settings-data-intro = Laadi alla kõik, mida Spool sinu kohta säilitab, ja vaata, millised töötajad on neid vaadanud ja miks.
settings-export = Laadi alla minu andmed
settings-region = Koduregioon
settings-region-now = Sinu andmeid hoitakse regioonis: { $region }
settings-region-intro = Sinu isikuandmed asuvad ainult sinu koduregioonis. Võid need teise regiooni viia.
settings-move-to = Uus koduregioon
settings-move = Vii minu andmed üle
settings-move-confirm = Kas viia kõik sinu isikuandmed regiooni { $region }?
settings-move-done = Sinu andmed viidi üle.
settings-account = Konto
settings-signed-in = Sisse logitud kasutajana { $handle }
settings-logout = Logi välja
settings-delete = Kustuta konto
settings-delete-intro = See kustutab sinu konto, videod ja kõik andmed jäädavalt. Seda ei saa tagasi võtta.
settings-delete-confirm = Kas kustutada sinu konto ja kogu selle sisu jäädavalt?
settings-sessions = Seansid
settings-sessions-intro = Seadmed, kuhu oled sisse logitud. Logi välja neist, mida sa ei tunne.
settings-sessions-logout-others = Logi välja kõikjalt mujalt
settings-sessions-ended = { $count ->
    [one] Logiti välja { $count } muust seansist.
   *[other] Logiti välja { $count } muust seansist.
}
session-device = { $browser }, { $os }
session-device-unknown = Tundmatu seade
session-current = See seade
session-times = Sisse logitud { $created } · viimati aktiivne { $used }
session-logout = Logi välja
session-logout-label = Logi välja: { $device }
settings-password = Muuda parooli
settings-password-done = Sinu parool muudeti. Kõik teised seansid logiti välja.
field-current-password = Praegune parool
field-new-password = Uus parool
access-title = Juurdepääs minu andmetele
access-intro = Iga kord, kui töötaja avab sinu isikuandmed, logitakse see koos kirjaliku põhjendusega. See on täielik nimekiri.
access-empty = Ükski töötaja pole sinu andmeid vaadanud.
access-unavailable = Juurdepääsulogi pole selles serveris veel saadaval.
access-when = Millal
access-staff = Töötaja
access-role = Roll
access-action = Mida tehti
access-justification = Põhjendus
access-reference = Viide
algorithm-title = Kuidas voog töötab
algorithm-intro = Spooli voog „Sinule” on kontrollimiseks avatud: kood, selle kaalud ja iga klipi põhjused on avaldatud.
algorithm-sources = Kandidaadid tulevad jälgitavatelt kontodelt, klippidest, mis sarnanevad sulle meeldinutega, sellest, mis on sinu regioonis ja keeles populaarne, ning uutest klippidest, mida näidatakse väikesele testpublikule.
algorithm-signals = See õpib sellest, mida teed: kui kaua vaatad, kordusvaatamised, vahelejätmised, meeldimised, jagamised, kommentaarid, jälgimised ja „Ei huvita”.
algorithm-filters = See jätab välja juba nähtu, blokeeritud kontod ja eemaldatud videod ning vaheldab teemasid ja autoreid.
algorithm-control = Võid isikupärastamise välja lülitada, õpitu lähtestada ja küsida iga klipi juures „miks see video?”.
algorithm-published = Avaldatud kirjeldus
algorithm-unavailable = Avaldatud kirjeldus pole selles serveris veel saadaval.

## Log in and sign up
login-title = Logi sisse
login-submit = Logi sisse
login-no-account = Kontot veel pole?
signup-title = Registreeru
signup-intro = Sinu isikuandmeid hoitakse ainult sinu valitud koduregioonis.
signup-submit = Loo konto
signup-have-account = Kas sul on juba konto?
field-handle = Kasutajanimi
field-handle-hint = 2 kuni 24 tähte, numbrit, _ või .
field-display-name = Kuvatav nimi (valikuline)
field-password = Parool
field-password-hint = Vähemalt 8 märki.
field-birth-date = Sünnikuupäev
field-birth-date-hint = Pead olema vähemalt 13-aastane. Alla 18-aastaste kontod on vaikimisi privaatsed.
field-region = Koduregioon
field-region-hint = Kus sinu isikuandmeid hoitakse.
field-email = E-post (valikuline)
field-email-hint = Kasutatakse ainult konto taastamiseks.
field-bio = Tutvustus

## Errors
error-network = Serveriga ei saa ühendust. Kontrolli ühendust.
error-internal = Midagi läks valesti. Proovi uuesti.
error-unauthenticated = Logi kõigepealt sisse.
error-invalid_credentials = Vale kasutajanimi või parool.
error-too_young = Spooli kasutamiseks pead olema vähemalt 13-aastane.
error-csrf_rejected = Sinu seanss aegus. Laadi leht uuesti.
error-forbidden = Sul pole selleks luba.
error-comments_off = Selle video kommentaarid on välja lülitatud.
error-remix_off = Autor ei luba seda.
error-not_found = Ei leitud.
error-handle_taken = See kasutajanimi on juba võetud.
error-rate_limited = Liiga palju katseid. Oota veidi ja proovi uuesti.
error-invalid_handle = Kasuta 2 kuni 24 tähte, numbrit, _ või .
error-handle_reserved = See kasutajanimi on reserveeritud.
error-invalid_password = Parool peab olema 8 kuni 128 märki.
error-invalid_email = See e-posti aadress ei tundu õige.
error-invalid_birth_date = Sisesta kehtiv sünnikuupäev.
error-invalid_display_name = Kuvatav nimi on kuni 50 märki.
error-invalid_bio = Tutvustus on kuni 160 märki.
error-invalid_caption = Pealdis on kuni 2200 märki.
error-invalid_comment = Kommentaar on 1 kuni 500 märki.
error-unknown_region = Vali üks loetletud regioonidest.
error-empty_file = Fail on tühi.
error-not_media = See fail ei ole video.
error-no_video_stream = Selles failis pole pilti.
error-still_image = See on liikumatu pilt, mitte video.
error-too_short = Video on liiga lühike (vähemalt 1 sekund).
error-too_long = Video on liiga pikk (kuni 10 minutit).
error-too_large = Video on liiga suur.
error-unsupported_codec = Seda videovormingut ei toetata.
error-transcode_failed = Videot ei õnnestunud töödelda.
error-wrong_password = Praegune parool on vale.
error-quota_exceeded = Sinu salvestusruum on täis. Kustuta videoid või lõpetamata üleslaadimisi, et ruumi teha.
error-bad_request = Päringut ei õnnestunud lugeda.

## Moderation: reports
report-title-video = Teata sellest videost
report-title-comment = Teata sellest kommentaarist
report-title-account = Teata sellest kontost
report-category-choose = Vali põhjus
report-category-hate_speech = Vihakõne
report-category-harassment = Ahistamine ja kiusamine
report-category-violent_extremism = Vägivaldne äärmuslus
report-category-disinformation = Eksitav teave ja desinformatsioon
report-category-child_safety = Laste turvalisus
report-category-self_harm = Enesevigastamine ja söömishäired
report-category-illegal_goods = Ebaseaduslikud kaubad ja teenused
report-category-scams = Pettused
report-category-spam = Rämpspost
report-category-intellectual_property = Intellektuaalomand
report-category-other = Midagi muud
report-dsa-legend = Sinust
report-dsa-intro = Sa ei ole sisse logitud, seega on see teade ELi digiteenuste määruse artikli 16 alusel. Selle menetlemiseks vajame sinu nime ja e-posti aadressi; isikule, kellest teatad, ei öelda kunagi, kes sa oled.
report-name = Sinu nimi
report-email = Sinu e-posti aadress
report-email-hint = Saadame tulemuse siia.
report-good-faith = Kinnitan heas usus, et selles teates esitatud teave on täpne ja täielik.
report-login-instead = Kas sul on konto?
report-sent = Aitäh. Sinu teade saadeti ja moderaator vaatab selle üle.
report-duplicate = Oled sellest juba teatanud. Sinu varasem teade kehtib; seda pole vaja uuesti saata.
report-receipt-intro = Hoia see kviitung alles: selle abil saad vaadata, mis otsustati.
report-receipt = Sinu kviitung
report-receipt-hint = Teate number { $id }
report-receipt-copy = Kopeeri kviitung
report-receipt-copied = Kviitung kopeeritud.
report-check-later = Vaata seda teadet hiljem
report-follow-up = Sulle antakse tulemusest teada. Saad seda jälgida ka siin:
report-outcome = Otsustatud { $date }: { $action }
report-outcome-policy = Rakendatud reegel: { $policy }
report-state-open = Ootab läbivaatamist
report-state-decided = Otsustatud
comment-report = Teata kasutaja { $handle } kommentaarist
profile-report = Teata
profile-withheld = See konto pole sinu asukohas saadaval.
label-panel = Teave
label-more = Loe lähemalt
video-age-restricted = Vanusepiiranguga
video-held = Ootel
video-held-own = Sinu video on ootel: see sarnaneb varem eemaldatud sisuga. Moderaator vaatab selle üle.
video-removed-own = Moderaator eemaldas sinu video. Seda teadet näed ainult sina.
video-reduced-own = Pärast modereerimisotsust ei soovitata sinu videot voogudes. Seda teadet näed ainult sina.
video-withheld = See video pole sinu asukohas saadaval.
status-link = Vaata, miks, ja kuidas edasi kaevata

## Moderation: actions, targets, grounds
action-no_violation = Rikkumist pole
action-remove = Eemaldatud
action-age_restrict = Vanusepiiranguga
action-restrict_regions = Mõnes regioonis piiratud
action-label = Teabesilt lisatud
action-reduce_distribution = Vähendatud levik
action-suspend = Konto peatatud
action-terminate = Konto suletud
target-video = Video
target-comment = Kommentaar
target-account = Konto
ground-illegal = Ebaseaduslik sisu
ground-incompatible = Vastuolus kogukonna juhistega
source-notice = Teade kelleltki, kes sellest teatas
source-trusted-flagger = Teade usaldusväärselt teavitajalt
source-own-initiative = Spooli enda kontroll
decision-reversed = Tühistatud

## Account status and statements of reasons
status-title = Konto olek
settings-status-intro = Sinu sisu kohta tehtud otsused, sinu kaebused ja sinu saadetud teated.
settings-about = Spoolist
status-standing = Sinu konto
status-good = Sinu konto on korras.
status-suspended = Sinu konto on peatatud.
status-suspended-until = Sinu konto on peatatud kuni { $date }.
status-terminated = Sinu konto suleti. Saad otsuseid endiselt lugeda ja edasi kaevata.
status-strikes = { $count ->
    [one] { $count } hoiatus { $threshold }-st
   *[other] { $count } hoiatust { $threshold }-st
}
status-strikes-hint = Iga sinu sisu vastu tehtud otsus on hoiatus. Piiri täitudes konto peatatakse. Vanad hoiatused aeguvad.
status-history = Varasemad otsused
status-statements = Otsused ja nende põhjendused
status-statements-intro = Iga otsuse kohta saadame põhjenduse: mis otsustati, millise reegli alusel ja kuidas edasi kaevata.
status-no-statements = Sinu sisu kohta otsuseid pole.
status-my-reports = Minu teated
status-no-reports = Sa pole millestki teatanud.
status-receipt-title = Sinu teade
statement-heading = { $action } · { $date }
statement-decision = Otsus
statement-content = Sisu
statement-facts = Mida leidsime
statement-policy = Reegel
statement-ground-illegal = Peame seda sisu ebaseaduslikuks.
statement-ground-incompatible = Sisu on vastuolus meie kogukonna juhistega.
statement-legal-ground = Õiguslik alus: { $ground }
statement-policy-ground = Juhis: { $ground }
statement-label = Näidatud silt
statement-detection = Kuidas see leiti
statement-detected-auto = Automaatsete tööriistadega
statement-detected-human = Ilma automaatsete tööriistadeta
statement-automated = Kuidas otsustati
statement-decided-auto = Automaatne süsteem
statement-decided-human = Inimene, mitte automaatselt
statement-source = Mis käivitas läbivaatamise
statement-scope = Kus see kehtib
statement-scope-everywhere = Kõikjal
statement-duration = Kui kaua
statement-duration-until = { $from } kuni { $until }
statement-duration-open = Alates { $from }, lõppkuupäevata
statement-account-suspended = Sinu konto peatati.
statement-account-terminated = Sinu konto suleti.
statement-appeal = Kaebus
statement-appeal-until = Saad edasi kaevata kuni { $date }. Selle vaatab üle teine moderaator.
statement-appeal-possible = Saad edasi kaevata. Selle vaatab üle teine moderaator.
statement-appeal-closed = Seda otsust ei saa siin enam edasi kaevata. Võid endiselt pöörduda sertifitseeritud kohtuvälise vaidluste lahendamise organi või kohtu poole.
statement-appeal-open = Sinu kaebus on läbivaatamisel.
statement-appeal-upheld = Sinu kaebus rahuldati: otsus tühistati.
statement-appeal-rejected = Sinu kaebus vaadati läbi ja otsus jääb jõusse.
statement-technical = Tehnilised üksikasjad (nagu saadeti ELi läbipaistvuse andmebaasi)
appeal-text = Miks peaks otsust muutma?
appeal-text-hint = Selgita, mis võis moderaatoril märkamata jääda. Võid lisada konteksti või linke.
appeal-send = Saada kaebus
appeal-sent = Sinu kaebus saadeti. Selle vaatab üle teine moderaator ja sa saad uue põhjenduse.
appeal-exists = Sul on selle otsuse kohta juba avatud kaebus.

## Moderator console
mod-title = Modereerimine
mod-region = Regioon
mod-region-hint = Sinu modereeritava regiooni järjekord.
mod-not-moderator = Sa ei ole selle regiooni moderaator.
queue-title = Läbivaatamise järjekord: { $region }
queue-refresh = Värskenda
queue-empty = Järjekord on tühi.
queue-count = { $count ->
    [one] { $count } üksus, kiireloomulisim eespool
   *[other] { $count } üksust, kiireloomulisimad eespool
}
queue-kind-notice = Teade
queue-kind-appeal = Kaebus
queue-kind-match = Vaste
queue-severity = Raskusaste
queue-notices = Teated
queue-reach = Vaatamised (24 h)
queue-detection = Leidis
queue-automated = Automaatne tuvastus
queue-human = Inimesed
queue-due = Tähtaeg { $time }
queue-overdue = Hilinenud: tähtaeg oli { $time }
queue-claimed-mine = Sinu võetud; aegub { $time }
queue-claimed-other = Teise moderaatori võetud
queue-claim = Võta
queue-claim-done = Võetud. See on järgmised minutid sinu.
queue-open = Vaata üle
item-title = Läbivaatamine
item-heading = Läbivaatamine: { $category }
item-back = Tagasi järjekorda
item-decided = Otsustatud
item-context = Sisu
item-player = Teatatud video
item-caption = Pealdis
item-sound = Heli
item-state = Olek
item-remixes = Remiksid
item-none = Puudub
item-open-video = Video leht
item-open-video-link = Ava video
item-comment-text = Kommentaar
item-comment-video = Video juures
item-account = Konto
item-detection = Automaatne tuvastus
item-notices = { $count ->
    [one] { $count } teade
   *[other] { $count } teadet
}
item-history = Varasemad otsused selle konto kohta
item-history-none = Varasemaid otsuseid pole.
item-appeal = Kaebus
item-appeal-decision = Edasikaevatud otsus
decide-title = Otsus
decide-action = Meede
decide-policy = Reegel
decide-policy-category = Üldreegel: { $category }
decide-legal-ground = Õiguslik alus: { $ground }
decide-facts = Asjaolud
decide-facts-hint = Mida leidsid, lihtsate sõnadega. Autor loeb seda.
decide-restrict = Kus piirata
decide-restrict-hint = Vali regioonid, riigid või mõlemad. Õiguslik korraldus vajab oma viidet.
decide-regions = Regioonid
decide-countries = Riigid
decide-countries-hint = Kahetähelised riigikoodid komadega eraldatult (DE, AT).
decide-reference = Viide (kohtu või ametiasutuse korraldus)
decide-reference-hint = Valikuline. Näidatakse vaatajatele, kes sisu ei näe.
decide-restrict-empty = Vali vähemalt üks regioon või riik.
decide-label = Teabesilt
decide-label-text = Sildi tekst
decide-label-url = Link lisateabele
decide-suspend = Peatamine
decide-days = Päevad
decide-days-hint = 1 kuni 365.
decide-submit = Otsusta
decide-done = Otsus salvestatud: { $action }. Põhjendus saadeti.
appeal-decide-title = Otsusta kaebuse üle
appeal-outcome = Tulemus
appeal-outcome-upheld = Rahulda kaebus
appeal-outcome-upheld-hint = Otsus tühistatakse kohe ja sisu või konto taastatakse.
appeal-outcome-rejected = Jäta kaebus rahuldamata
appeal-outcome-rejected-hint = Otsus jääb jõusse.
appeal-decide-submit = Otsusta kaebuse üle
appeal-decided-upheld = Kaebus rahuldatud: otsus tühistati. Saadeti uus põhjendus.
appeal-decided-rejected = Kaebus jäeti rahuldamata: otsus jääb jõusse. Saadeti uus põhjendus.
error-claimed = Selle üksuse on võtnud teine moderaator.
error-same_moderator = Otsuse teinud moderaator ei saa selle kaebuse üle otsustada.

## Transparency report
transparency-title = Läbipaistvus
transparency-intro = Kuidas Spoolis modereerimine toimib, arvudes: teated, otsused, nende kiirus, kaebused ja tühistamised. Isikuandmeid ei näidata.
transparency-region = Regioon
transparency-all-regions = Kõik regioonid
transparency-period = Periood
transparency-period-days = Viimased 30 päeva, päevade kaupa
transparency-period-weeks = Viimased 12 nädalat, nädalate kaupa
transparency-period-months = Viimased 12 kuud, kuude kaupa
transparency-range = { $from } kuni { $to }
transparency-csv = Laadi alla CSV-failina
transparency-summary = Kokku: { $region }
transparency-notices = Teated
transparency-decisions = Otsused
transparency-median = Otsuseni kulunud aja mediaan
transparency-p90 = 90. protsentiil
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Ületatud tähtajad
transparency-automated-detection = Leitud automaatsete tööriistadega
transparency-automated-decision = Otsustatud automaatselt
transparency-suspensions = Peatamised
transparency-appeals = Kaebused
transparency-reversals = Tühistamised
transparency-over-time = Ajas
transparency-chart-volume = Teated ja otsused
transparency-chart-speed = Aeg otsuseni (tundides)
transparency-breakdown = Jaotus
transparency-chart-notices-category = Teated kategooriate kaupa
transparency-chart-decisions-action = Otsused meetmete kaupa
transparency-chart-decisions-category = Otsused kategooriate kaupa
transparency-chart-ground = Otsused aluste kaupa
transparency-chart-source = Teated allikate kaupa
transparency-appeals-title = Kaebused
transparency-chart-appeals = Kaebuste tulemused
transparency-chart-appeals-time = Kaebused ja tühistamised ajas
transparency-appeals-upheld = Rahuldatud
transparency-appeals-rejected = Rahuldamata
transparency-appeals-open = Avatud
transparency-orders = Õiguslikud korraldused ja sõelumine
transparency-chart-orders = Õiguslikud korraldused regioonide kaupa
transparency-screening-flagged = Sõelumisel märgitud
transparency-screening-decided = Läbi vaadatud
transparency-screening-confirmed = Kinnitatud
transparency-screening-precision = Täpsus
transparency-none = Sel perioodil mitte midagi.
transparency-yes = Jah
transparency-no = Ei
transparency-log = Otsuste logi
transparency-log-intro = Iga otsus ilma teatajate, autorite või moderaatorite andmeteta.
transparency-log-date = Kuupäev
transparency-log-action = Otsus
transparency-log-category = Kategooria
transparency-log-ground = Alus
transparency-log-content = Sisu
transparency-log-detected = Automaatne tuvastus
transparency-log-automated = Automaatne otsus
transparency-log-scope = Kus
transparency-log-source = Allikas
transparency-log-reversed = Tühistatud
transparency-log-more = Rohkem otsuseid
transparency-log-empty = Otsuseid veel pole.
chart-show-table = Näita arve tabelina
chart-summary-line = { $from } kuni { $to }. Kokku: { $totals }
chart-period = Periood
chart-item = Üksus
chart-value = Arv
notif-statement = Sinu sisu kohta tehti modereerimisotsus. Loe, miks, ja kuidas edasi kaevata.
notif-report_outcome = Sinu saadetud teate kohta on tehtud otsus.

## Moderation: more codes from the server
action-hold = Läbivaatamiseks peatatud
action-reversed = Tühistatud pärast kaebust
action-upheld_decision = Jäetud jõusse pärast kaebust
action-appeal_upheld = Kaebus rahuldatud
action-appeal_rejected = Kaebus jäeti rahuldamata
notice-source-account = Teade kontolt
notice-source-anonymous = Teade ilma kontota (DSA art 16)
notice-source-screening = Automaatne sõelumine
notice-source-fingerprint = Vaste eemaldatud sisuga
notice-source-legal_order = Õiguslik korraldus
source-complaint = Kaebus
statement-scope-eea = EL ja EMP (30 riiki)
statement-regions = Regioonid
statement-reference = Korralduse viide
statement-outcome-heading = { $action } · { $date }
error-already_decided = See on juba otsustatud.
error-appeal_open = Selle otsuse kohta on juba avatud kaebus.
error-appeal_closed = Seda otsust ei saa enam edasi kaevata.
error-account_suspended = Sinu konto on peatatud, seega ei saa sa seda praegu teha.
error-account_terminated = Sinu konto on suletud.
error-not_moderator = Sa ei ole selle regiooni moderaator.
video-withheld-own = Sinu video pole saadaval: { $places }. Seda teadet näed ainult sina.
item-restrictions = Kehtivad piirangud

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Jätkamiseks logi sisse
signin-sheet-intro = Logi sisse, et meeldida, kommenteerida, jälgida ja saada sulle tehtud voog.
feed-caught-up = Oled kõik ära näinud
feed-caught-up-hint = Oled praegu kõik klipid näinud. Leia rohkem jaotisest Avasta.
feed-explore = Avasta
clip-creator-profile = Kasutaja { $handle } profiil
unfollow-handle = Lõpeta kasutaja { $handle } jälgimine
clip-progress = Esituse asukoht
clip-progress-value = { $at } / { $length }
video-edit = Muuda videot
video-edit-save = Salvesta
video-edit-done = Muudatused salvestatud
video-delete = Kustuta video
video-delete-confirm = Kas kustutada see video jäädavalt? Selle kommentaarid ja meeldimised kaovad koos sellega.
video-delete-done = Video kustutatud
back = Tagasi
cancel = Tühista
discover-trending = Praegu populaarne
discover-trending-tags = Populaarsed teemaviited

## How the feed works: its stages and parameters
algo-stage-events = Millest voog õpib
algo-stage-model = Maitsemudel
algo-stage-candidates = Kust kandidaadid tulevad
algo-stage-exploration = Võimalus uutele videotele
algo-stage-ranking = Järjestamine
algo-stage-filters = Mis välja filtreeritakse
algo-stage-diversity = Mitmekesisus
algo-stage-non_personalized = Isikupärastamata voog
algo-technical = Tehniline kirjeldus (inglise keeles)
algo-param-bias-learning-rate = Kui kiiresti video enda köitvus õpitakse
algo-param-expiry-secs = Unustatakse pärast jõudeolekut, mis kestab
algo-param-history-len = Arvesse minevad hiljutised vaatamised
algo-param-history-weight = Hiljutiste vaatamiste kaal
algo-param-init-scale = Uute ridade algne hajuvus
algo-param-item-min-count = Interaktsioonid, enne kui video saab oma rea
algo-param-learning-rate = Kui kiiresti maitse õpitakse
algo-param-margin = Vahe meeldinud ja vahele jäetud videote vahel
algo-param-negative-trials = Vastunäite otsimisel proovitud videod
algo-param-negatives-per-positive = Vastunäiteid ühe positiivse signaali kohta
algo-param-regularization = Regulariseerimine (hoiab mudelit üleõppimisest)
algo-param-seed = Juhuslik seeme (korratavuse jaoks)
algo-param-max-age-hours = Uusi videoid uuritakse
algo-param-min-completion-rate = Lõpuni vaadatud vähemalt
algo-param-min-engagement-rate = Meeldimisi, kommentaare ja jagamisi vaatamise kohta vähemalt
algo-param-slots-per-page = Kohti lehel uutele videotele
algo-param-stages = Testietappide publiku suurused
algo-param-freshness-hours = Video loetakse värskeks
algo-param-trending-half-life-hours = Populaarsus loeb poole võrra pärast
algo-param-weights = Järjestuspunktide kaalud
algo-param-engagement = Oodatav kaasatus
algo-param-exploration = Uurimine
algo-param-following = Jälgitavad kontod
algo-param-freshness = Värskus
algo-param-trending = Populaarsus
algo-param-creator-spacing = Klippe enne sama autori kordumist
algo-param-sound-spacing = Klippe enne sama heli kordumist
algo-param-catalog-videos = Videod kataloogis
algo-param-viewers-with-state = Vaatajad, keda mudel tunneb

tile-views = { $count ->
    [one] { $count } vaatamine
   *[other] { $count } vaatamist
}

## Long press: speed
clip-options = Valikud
speed-title = Esituskiirus
speed-normal = Tavaline
speed-value = { $rate }×
speed-set = Esitatakse kiirusega { $rate }×

## Upload: preview, cover, draft
upload-preview = Sinu klipi eelvaade
upload-cover = Kaanepilt
upload-cover-hint = Libista kaadrini, mida inimesed näevad enne klipi algust.
upload-draft-restored = Sinu mustand on tagasi: pealdis ja seaded nii, nagu need jätsid.
error-invalid_cover = Kaanepilt peab olema hetk klipist.

# Subtiitrid ja profiilipildid
clip-captions-on = Lülita subtiitrid sisse
clip-captions-off = Lülita subtiitrid välja
captions-on = Subtiitrid sees
captions-off = Subtiitrid väljas
captions-title = Subtiitrid
captions-file = Subtiitrifail (.vtt)
captions-hint = Üks WebVTT-fail iga keele kohta. Kõik subtiitrid peavad jääma klipi pikkuse sisse.
captions-language = Subtiitrite keel
captions-add = Lisa subtiitrid
captions-remove = Eemalda { $language } keele subtiitrid
captions-remove-short = Eemalda
captions-none = Subtiitreid veel pole.
captions-added = Lisatud { $language } keele subtiitrid.
captions-removed = Eemaldatud { $language } keele subtiitrid.
captions-failed = Sinu klipp on postitatud, aga subtiitreid ei lisatud: { $reason } Saad need lisada klipi muutmise vaates.
captions-pick-file = Vali kõigepealt .vtt-fail.
error-invalid_webvtt = See ei ole kehtiv WebVTT-subtiitrifail.
error-invalid_language = Vali subtiitrite keel.
profile-photo-choose = Profiilipilt
profile-photo-hint = JPEG, PNG või WebP, kuni 8 MB. Pilt lõigatakse ruuduks; teave selle kohta, kus ja millega see tehti, eemaldatakse.
profile-photo-remove = Eemalda pilt
profile-photo-type = Vali JPEG-, PNG- või WebP-pilt.
profile-edit-save = Salvesta profiil
profile-edit-done = Profiil salvestatud.
error-invalid_photo = See fail ei ole loetav pilt.
error-photo_too_small = Pilt on liiga väike: vali selline, mille iga külg on vähemalt 64 pikslit.
error-photo_too_large = Pilt on liiga suur: iga külg tohib olla kuni 8192 pikslit.
error-invalid_crop = Alles jäetav osa pildist peab olema ruut pildi sees.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Teised instantsid
fed-intro = Jälgi inimesi teistes ActivityPubi kasutavates instantsides, näiteks teistes Spooli serverites. Nende videod ilmuvad sinu voogu Jälgitavad.
fed-teen = Teismeliste kontod jäävad sellesse instantsi: nad ei saa jälgida teiste instantside kontosid ega olla sealt jälgitud.
fed-address = Aadress teises instantsis
fed-address-hint = Kujul nimi@host, näiteks alex@example.org
fed-follow = Jälgi
fed-address-invalid = Sisesta aadress kujul nimi@host, näiteks alex@example.org.
fed-address-local = See konto on selles instantsis: jälgi seda tema profiililt.
fed-not-found = Kontot { $handle } ei leitud. Kontrolli aadressi.
fed-requested = Jälgimistaotlus saadeti kasutajale { $handle }.
fed-following = Kontod, mida seal jälgid
fed-following-empty = Sa ei jälgi veel kedagi teises instantsis.
fed-pending = Taotlus saadetud
fed-followers = Sinu jälgijad sealt
fed-followers-empty = Keegi teisest instantsist ei jälgi sind veel.
fed-wants-to-follow = Soovib sind jälgida
fed-unfollow = Lõpeta jälgimine
fed-accept = Nõustu
fed-accept-label = Nõustu kasutaja { $handle } jälgimistaotlusega
fed-decline = Keeldu
fed-decline-label = Keeldu kasutaja { $handle } jälgimistaotlusest
fed-remove = Eemalda
fed-remove-label = Eemalda { $handle } oma jälgijate hulgast
fed-accepted = { $handle } jälgib sind nüüd.
fed-declined = Sa keeldusid kasutaja { $handle } taotlusest.
fed-removed = { $handle } ei jälgi sind enam.
fed-from = Pärit: { $host }
fed-open = Ava instantsis { $host }
fed-cannot-play = Seda videot ei saa siin esitada.
comment-remote-remove = Eemalda kasutaja { $handle } vastus
fed-shared-by = Jagas { $handle }
reason-remote_instance = Serverist { $host }, kus siinsed inimesed kontosid jälgivad
fed-like = Meeldib
