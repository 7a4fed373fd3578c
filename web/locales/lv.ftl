# Spool saskarnes teksti: latviešu valoda (Project Fluent). Tie paši ziņojumi, kas en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — īsi video
app-description = Skaties, veido un kopīgo īsus video. Tavi dati paliek tavā mītnes reģionā.
skip-to-content = Pāriet uz saturu
loading = Ielādē…
noscript = Spool vajag JavaScript, lai atskaņotu video. Ieslēdz to vai izmanto API tieši.
assets-missing = Tīmekļa klients nav iebūvēts šajā serverī. Izveido to ar “npm ci && npm run build” mapē web/ un tad vēlreiz izveido Spool.
title-page = { $page } · Spool
title-not-found = Nav atrasts · Spool
not-found = Šī lapa neeksistē.
close = Aizvērt

## Navigation
nav-label = Galvenā izvēlne
nav-home = Sākums
nav-discover = Atklāt
nav-upload = Augšupielādēt
nav-inbox = Iesūtne
nav-profile = Profils
nav-unread = { $count ->
    [zero] { $count } nelasītu paziņojumu
    [one] { $count } nelasīts paziņojums
   *[other] { $count } nelasīti paziņojumi
}

## Feed
feed-tabs = Plūsmas
feed-for-you = Tev
feed-following = Sekotie
feed-personalized = Personalizēta
feed-mode-hint = Kad izslēgta, plūsma neizmanto profilēšanu: tā rāda to, kas ir populārs un jauns tavā reģionā un valodā.
feed-mode-personalized = Personalizētā plūsma ieslēgta
feed-mode-non-personalized = Personalizētā plūsma izslēgta: profilēšana netiek izmantota
feed-empty = Pagaidām nav ko skatīties. Augšupielādē pirmo klipu vai kaut ko meklē.
feed-following-empty = Nav jaunu klipu no kontiem, kuriem seko.
feed-login = Piesakies, lai redzētu klipus no kontiem, kuriem seko.
feed-unavailable = Plūsma šajā serverī vēl nav pieejama. Izmēģini meklēšanu vai kādu profilu.
video-title = Video
video-processing = Apstrādā…
video-failed = Apstrāde neizdevās
clip-video-label = { $handle } video
clip-loading = Ielādē video
clip-unmute = Ieslēgt skaņu
clip-mute = Izslēgt skaņu
clip-play = Atskaņot
clip-pause = Pauze
clip-actions = Darbības ar { $handle } video
clip-like = { $count ->
    [zero] Patīk ({ $count } atzīmju “patīk”)
    [one] Patīk ({ $count } atzīme “patīk”)
   *[other] Patīk ({ $count } atzīmes “patīk”)
}
clip-comments = { $count ->
    [zero] Komentāri ({ $count } komentāru)
    [one] Komentāri ({ $count } komentārs)
   *[other] Komentāri ({ $count } komentāri)
}
clip-share = { $count ->
    [zero] Kopīgot ({ $count } kopīgojumu)
    [one] Kopīgot ({ $count } kopīgojums)
   *[other] Kopīgot ({ $count } kopīgojumi)
}
clip-more = Citas iespējas
clip-sound = Oriģinālā skaņa – { $handle }
clip-duet-of = Duets: skatīt oriģinālu
clip-stitch-of = Stitch: skatīt oriģinālu
follow-handle = Sekot { $handle }
follow-requested = Pieprasīts
follow-done = Tagad tu seko { $handle }
unfollow-done = Tu vairs neseko { $handle }
login-needed = Vispirms piesakies.
share-title = Kopīgot
share-link = Saite uz šo video
share-copy = Kopēt saiti
share-copied = Saite nokopēta
not-interested = Neinteresē
not-interested-done = Sapratām: tu redzēsi mazāk šādu klipu.
open-sound = Atvērt skaņu
make-duet = Veidot duetu
make-stitch = Veidot stitch no šī video
why-title = Kāpēc šis video?
why-none = Šis klips tika atvērts tieši, to neizvēlējās plūsma.
why-explainer = Plūsma izvēlas klipus pēc publiskotiem noteikumiem. Personalizāciju vari izslēgt jebkurā brīdī.
algorithm-link = Kā darbojas plūsma

## Reasons
reason-follows_creator = Tu seko { $handle }
reason-topic = Tu skaties klipus par { $hashtag }
reason-similar_to_liked = Līdzīgs klipiem, kas tev patika
reason-taste_match = Atbilst tam, ko parasti skaties
reason-trending_region = Populārs tavā reģionā ({ $region })
reason-trending_language = Populārs tavā valodā ({ $language })
reason-new_video_test_audience = Jauns klips, kas tiek rādīts nelielai testa auditorijai
reason-fresh = Nesen publicēts
reason-sound = Izmanto skaņu “{ $sound }”
reason-seen_before = Tu esi redzējis visus jaunos klipus; skaties šo vēlreiz

## Comments
comments-title = { $count ->
    [zero] { $count } komentāru
    [one] { $count } komentārs
   *[other] { $count } komentāri
}
comments-empty = Vēl nav komentāru. Esi pirmais.
comments-more = Vairāk komentāru
comments-off = Šim video komentāri ir izslēgti.
comment-add = Pievienot komentāru
comment-send = Publicēt
comment-sent = Komentārs publicēts
comment-reply = Atbildēt
comment-reply-to = Atbilde lietotājam { $handle }
comment-cancel-reply = Atcelt atbildi
comment-replies = { $count ->
    [zero] Skatīt { $count } atbilžu
    [one] Skatīt { $count } atbildi
   *[other] Skatīt { $count } atbildes
}
comment-like = { $count ->
    [zero] Patīk komentārs ({ $count } atzīmju “patīk”)
    [one] Patīk komentārs ({ $count } atzīme “patīk”)
   *[other] Patīk komentārs ({ $count } atzīmes “patīk”)
}
comment-pinned = Piesprausts
comment-login = Piesakies, lai komentētu

## Reports
report = Ziņot
report-intro = Pastāsti, kas nav kārtībā. Moderators izskata katru ziņojumu, un tu saņemsi atbildi.
report-category = Iemesls
report-note = Sīkāka informācija (nav obligāta)
report-note-hint = Uz ko moderatoram jāpaskatās?
report-send = Nosūtīt ziņojumu

## Upload
upload-title = Augšupielādēt
upload-file = Video fails
upload-file-hint = No 1 sekundes līdz 10 minūtēm. Augšupielāde sākas uzreiz un turpinās, ja savienojums pārtrūkst.
upload-progress-label = Augšupielādes gaita
upload-progress = { $percent } % ({ $sent } no { $total } baitiem)
upload-done = Augšupielāde pabeigta
upload-error = Augšupielāde neizdevās. Mēģini vēlreiz.
upload-pause = Pauze
upload-resume = Turpināt
upload-caption = Apraksts
upload-caption-hint = Raksti # tēmturiem un @, lai kādu pieminētu.
upload-visibility = Kas var skatīties
visibility-public = Visi
visibility-followers = Sekotāji
visibility-private = Tikai es
upload-allow = Atļaut citiem
upload-allow-comments = Komentēt
upload-allow-duet = Veidot duetu
upload-allow-stitch = Veidot stitch
upload-sound = Skaņa (nav obligāta)
upload-sound-search = Meklēt skaņu
upload-sound-none = Tavs klips saglabā savu skaņu.
upload-sound-chosen = Skaņa: { $title }
upload-sound-clear = Izmantot manu skaņu
upload-duet = Duets ar { $handle }
upload-stitch = Stitch no { $handle } video
upload-post = Publicēt
upload-pick-first = Vispirms izvēlies video failu.
upload-waiting = Pabeidz augšupielādi…
upload-processing = Tavs video tiek apstrādāts… Tas aizņem apmēram tikpat ilgi, cik ilgs ir klips.
upload-ready = Tavs video ir gatavs!
upload-watch = Skatīties
upload-to-profile = Uz tavu profilu
suggestions = Ieteikumi
suggestions-count = { $count ->
    [zero] { $count } ieteikumu. Izvēlies ar bultiņām augšup un lejup.
    [one] { $count } ieteikums. Izvēlies ar bultiņām augšup un lejup.
   *[other] { $count } ieteikumi. Izvēlies ar bultiņām augšup un lejup.
}

## Profiles, hashtags, sounds
profile-not-found = Šis konts neeksistē.
profile-edit = Rediģēt profilu
profile-follow = Sekot
profile-following = Tu seko
profile-private = Privāts
profile-private-body = Šis konts ir privāts. Seko tam, lai redzētu tā video.
profile-following-count = Seko
profile-followers-count = Sekotāji
profile-likes-count = Atzīmes “patīk”
profile-videos-count = Video
profile-videos = Video
profile-empty = Vēl nav video.
profile-empty-own = Tu vēl neko neesi publicējis. Tavi klipi parādīsies šeit.
tile-label = { $caption } — autors { $handle }
tile-label-plain = { $handle } video
hashtag-count = { $count ->
    [zero] { $count } video
    [one] { $count } video
   *[other] { $count } video
}
hashtag-empty = Ar šo tēmturi vēl nav publisku video.
sound-title = Skaņa
sound-listen = Klausīties { $title }
sound-meta = { $duration } · { $count ->
    [zero] { $count } video
    [one] { $count } video
   *[other] { $count } video
}
sound-use = Izmantot šo skaņu
sound-original = Oriģinālais video
sound-sort = Kārtot video
sound-newest = Jaunākie
sound-popular = Populārākie
sound-empty = Šo skaņu vēl neizmanto neviens video.

## Search
search-title = Atklāt
search-label = Meklēt
search-placeholder = Meklēt kontus, video, #tēmturus, skaņas
search-submit = Meklēt
search-types = Ko meklēt
search-videos = Video
search-accounts = Konti
search-hashtags = Tēmturi
search-sounds = Skaņas
search-results = Rezultāti
search-hint = Ieraksti vārdu, #tēmturi vai @lietotājvārdu.
search-empty = Vaicājumam “{ $query }” nekas netika atrasts.
search-followers = { $count ->
    [zero] { $count } sekotāju
    [one] { $count } sekotājs
   *[other] { $count } sekotāji
}

## Inbox
inbox-title = Iesūtne
inbox-requests = Sekošanas pieprasījumi
inbox-activity = Aktivitāte
inbox-empty = Vēl nav paziņojumu.
inbox-unread = Nelasīti:
request-accept = Apstiprināt
request-decline = Noraidīt
request-accepted = { $handle } tagad var redzēt tavus video
request-declined = { $handle } pieprasījums noraidīts
notif-like = { $count ->
    [zero] Tavs video patika { $count } cilvēkiem
    [one] Tavs video patika { $actor }
   *[other] Tavs video patika { $count } cilvēkiem
}
notif-comment = { $others ->
    [0] { $actor } komentēja tavu video
    [zero] { $actor } un vēl { $others } citi komentēja tavu video
    [one] { $actor } un vēl { $others } cits komentēja tavu video
   *[other] { $actor } un vēl { $others } citi komentēja tavu video
}
notif-reply = { $actor } atbildēja uz tavu komentāru
notif-mention = { $actor } tevi pieminēja
notif-follow = { $count ->
    [zero] { $count } jaunu sekotāju
    [one] { $actor } sāka tev sekot
   *[other] { $count } jauni sekotāji
}
notif-follow_request = { $actor } vēlas tev sekot
notif-follow_accepted = { $actor } apstiprināja tavu sekošanas pieprasījumu
notif-comment_like = { $others ->
    [0] Tavs komentārs patika { $actor }
    [zero] Tavs komentārs patika { $actor } un vēl { $others } citiem
    [one] Tavs komentārs patika { $actor } un vēl { $others } citam
   *[other] Tavs komentārs patika { $actor } un vēl { $others } citiem
}
notif-duet = { $actor } izveidoja duetu ar tavu video
notif-stitch = { $actor } izveidoja stitch no tava video

## Settings
settings-title = Iestatījumi
settings-save = Saglabāt
settings-saved = Saglabāts
settings-profile = Profils
settings-privacy = Privātums
settings-private = Privāts konts
settings-private-hint = Tavus video var redzēt tikai tevis apstiprināti sekotāji.
settings-who-comment = Kas var komentēt tavus video
settings-who-duet = Kas var veidot duetu ar taviem video
settings-who-stitch = Kas var veidot stitch no taviem video
policy-everyone = Visi
policy-followers = Sekotāji
policy-nobody = Neviens
settings-liked-public = Rādīt manā profilā video, kas man patika
settings-teen = Tavs konts ir pusaudža konts: daži iestatījumi ir stingrāki.
settings-feed = Plūsma
settings-reset-recommendations = Atiestatīt manus ieteikumus
settings-reset-done = Tavi ieteikumi tika atiestatīti.
settings-language = Valoda
settings-language-label = Saskarnes valoda
settings-language-hint = Pēc noklusējuma Spool izmanto tava pārlūka valodu.
settings-data = Tavi dati
settings-data-intro = Lejupielādē visu, ko Spool par tevi glabā, un redzi, kuri darbinieki to ir skatījuši un kāpēc.
settings-export = Lejupielādēt manus datus
settings-region = Mītnes reģions
settings-region-now = Tavi dati tiek glabāti: { $region }
settings-region-intro = Tavi personas dati atrodas tikai tavā mītnes reģionā. Tu vari tos pārvietot uz citu.
settings-move-to = Jaunais mītnes reģions
settings-move = Pārvietot manus datus
settings-move-confirm = Pārvietot visus tavus personas datus uz { $region }?
settings-move-done = Tavi dati tika pārvietoti.
settings-account = Konts
settings-signed-in = Pieteicies kā { $handle }
settings-logout = Atteikties
settings-delete = Dzēst kontu
settings-delete-intro = Tas neatgriezeniski izdzēš tavu kontu, tavus video un visus tavus datus. To nevar atsaukt.
settings-delete-confirm = Neatgriezeniski dzēst tavu kontu un visu tajā esošo?
settings-sessions = Sesijas
settings-sessions-intro = Ierīces, kurās esi pieteicies. Atsakies no tām, kuras neatpazīsti.
settings-sessions-logout-others = Atteikties visur citur
settings-sessions-ended = { $count ->
    [zero] Atteikts no { $count } citām sesijām.
    [one] Atteikts no { $count } citas sesijas.
   *[other] Atteikts no { $count } citām sesijām.
}
session-device = { $browser } uz { $os }
session-device-unknown = Nezināma ierīce
session-current = Šī ierīce
session-times = Pieteicies { $created } · pēdējoreiz aktīvs { $used }
session-logout = Atteikties
session-logout-label = Atteikt { $device }
settings-password = Mainīt paroli
settings-password-done = Tava parole tika nomainīta. Visas pārējās sesijas tika pārtrauktas.
field-current-password = Pašreizējā parole
field-new-password = Jaunā parole
access-title = Piekļuve maniem datiem
access-intro = Ikreiz, kad darbinieks atver tavus personas datus, tas tiek reģistrēts ar rakstisku pamatojumu. Šis ir pilns saraksts.
access-empty = Neviens darbinieks nav piekļuvis taviem datiem.
access-unavailable = Piekļuves žurnāls šajā serverī vēl nav pieejams.
access-when = Kad
access-staff = Darbinieks
access-role = Loma
access-action = Ko darīja
access-justification = Pamatojums
access-reference = Atsauce
algorithm-title = Kā darbojas plūsma
algorithm-intro = Spool plūsma “Tev” ir atvērta pārbaudei: kods, tā svari un katra klipa iemesli ir publiskoti.
algorithm-sources = Kandidāti nāk no kontiem, kuriem seko, klipiem, kas līdzīgi tiem, kas tev patika, tā, kas ir populārs tavā reģionā un valodā, un jauniem klipiem, kurus rāda nelielai testa auditorijai.
algorithm-signals = Tā mācās no tā, ko tu dari: cik ilgi skaties, atkārtojumi, izlaidumi, atzīmes “patīk”, kopīgojumi, komentāri, sekošana un “Neinteresē”.
algorithm-filters = Tā izlaiž to, ko jau esi redzējis, bloķētos kontus un noņemtos video un jauc tēmas un autorus.
algorithm-control = Tu vari izslēgt personalizāciju, atiestatīt iemācīto un pie katra klipa jautāt “kāpēc šis video?”.
algorithm-published = Publiskotais apraksts
algorithm-unavailable = Publiskotais apraksts šajā serverī vēl nav pieejams.

## Log in and sign up
login-title = Pieteikties
login-submit = Pieteikties
login-no-account = Vēl nav konta?
signup-title = Reģistrēties
signup-intro = Tavi personas dati tiek glabāti tikai tevis izvēlētajā mītnes reģionā.
signup-submit = Izveidot kontu
signup-have-account = Jau ir konts?
field-handle = Lietotājvārds
field-handle-hint = No 2 līdz 24 burtiem, cipariem, _ vai .
field-display-name = Parādāmais vārds (nav obligāts)
field-password = Parole
field-password-hint = Vismaz 8 rakstzīmes.
field-birth-date = Dzimšanas datums
field-birth-date-hint = Tev jābūt vismaz 13 gadus vecam. Jaunāku par 18 gadiem konti pēc noklusējuma ir privāti.
field-region = Mītnes reģions
field-region-hint = Kur tiek glabāti tavi personas dati.
field-email = E-pasts (nav obligāts)
field-email-hint = Tiek izmantots tikai konta atjaunošanai.
field-bio = Par mani

## Errors
error-network = Nevar sasniegt serveri. Pārbaudi savienojumu.
error-internal = Kaut kas nogāja greizi. Mēģini vēlreiz.
error-unauthenticated = Vispirms piesakies.
error-invalid_credentials = Nepareizs lietotājvārds vai parole.
error-too_young = Lai izmantotu Spool, tev jābūt vismaz 13 gadus vecam.
error-csrf_rejected = Tava sesija beidzās. Pārlādē lapu.
error-forbidden = Tev nav atļauts to darīt.
error-comments_off = Šim video komentāri ir izslēgti.
error-remix_off = Autors to neatļauj.
error-not_found = Nav atrasts.
error-handle_taken = Šis lietotājvārds jau ir aizņemts.
error-rate_limited = Pārāk daudz mēģinājumu. Mirkli uzgaidi un mēģini vēlreiz.
error-invalid_handle = Izmanto no 2 līdz 24 burtiem, cipariem, _ vai .
error-handle_reserved = Šis lietotājvārds ir rezervēts.
error-invalid_password = Parolei jābūt no 8 līdz 128 rakstzīmēm.
error-invalid_email = Šī e-pasta adrese neizskatās pareiza.
error-invalid_birth_date = Ievadi derīgu dzimšanas datumu.
error-invalid_display_name = Parādāmajā vārdā var būt ne vairāk kā 50 rakstzīmes.
error-invalid_bio = Aprakstā par sevi var būt ne vairāk kā 160 rakstzīmes.
error-invalid_caption = Aprakstā var būt ne vairāk kā 2200 rakstzīmes.
error-invalid_comment = Komentārā ir no 1 līdz 500 rakstzīmēm.
error-unknown_region = Izvēlies kādu no uzskaitītajiem reģioniem.
error-empty_file = Fails ir tukšs.
error-not_media = Šis fails nav video.
error-no_video_stream = Šajā failā nav video attēla.
error-still_image = Tas ir nekustīgs attēls, nevis video.
error-too_short = Video ir pārāk īss (vismaz 1 sekunde).
error-too_long = Video ir pārāk garš (ne vairāk kā 10 minūtes).
error-too_large = Video ir pārāk liels.
error-unsupported_codec = Šis video formāts netiek atbalstīts.
error-transcode_failed = Video nevarēja apstrādāt.
error-wrong_password = Pašreizējā parole ir nepareiza.
error-quota_exceeded = Tava krātuve ir pilna. Izdzēs video vai nepabeigtas augšupielādes, lai atbrīvotu vietu.
error-bad_request = Pieprasījumu nevarēja nolasīt.

## Moderation: reports
report-title-video = Ziņot par šo video
report-title-comment = Ziņot par šo komentāru
report-title-account = Ziņot par šo kontu
report-category-choose = Izvēlies iemeslu
report-category-hate_speech = Naida runa
report-category-harassment = Uzmākšanās un iebiedēšana
report-category-violent_extremism = Vardarbīgs ekstrēmisms
report-category-disinformation = Maldinoša informācija un dezinformācija
report-category-child_safety = Bērnu drošība
report-category-self_harm = Paškaitējums un ēšanas traucējumi
report-category-illegal_goods = Nelegālas preces un pakalpojumi
report-category-scams = Krāpniecība
report-category-spam = Mēstules
report-category-intellectual_property = Intelektuālais īpašums
report-category-other = Kaut kas cits
report-dsa-legend = Par tevi
report-dsa-intro = Tu neesi pieteicies, tāpēc šis ir paziņojums saskaņā ar ES Digitālo pakalpojumu akta 16. pantu. Lai to izskatītu, mums vajag tavu vārdu un e-pasta adresi; personai, par kuru ziņo, nekad netiek teikts, kas tu esi.
report-name = Tavs vārds
report-email = Tava e-pasta adrese
report-email-hint = Rezultātu nosūtīsim uz šejieni.
report-good-faith = Labā ticībā apliecinu, ka šajā paziņojumā sniegtā informācija ir precīza un pilnīga.
report-login-instead = Tev ir konts?
report-sent = Paldies. Tavs ziņojums nosūtīts, un moderators to izskatīs.
report-duplicate = Tu par to jau ziņoji. Tavs iepriekšējais ziņojums joprojām ir spēkā; nav vajadzības to sūtīt vēlreiz.
report-receipt-intro = Saglabā šo apliecinājumu: ar to vari uzzināt, kas tika nolemts.
report-receipt = Tavs apliecinājums
report-receipt-hint = Ziņojuma numurs { $id }
report-receipt-copy = Kopēt apliecinājumu
report-receipt-copied = Apliecinājums nokopēts.
report-check-later = Pārbaudīt šo ziņojumu vēlāk
report-follow-up = Tev paziņos iznākumu. To vari sekot arī sadaļā
report-outcome = Nolemts { $date }: { $action }
report-outcome-policy = Piemērotais noteikums: { $policy }
report-state-open = Gaida izskatīšanu
report-state-decided = Nolemts
comment-report = Ziņot par { $handle } komentāru
profile-report = Ziņot
profile-withheld = Šis konts nav pieejams tavā atrašanās vietā.
label-panel = Informācija
label-more = Uzzināt vairāk
video-age-restricted = Ar vecuma ierobežojumu
video-held = Aizturēts
video-held-own = Tavs video ir aizturēts: tas atbilst iepriekš noņemtam saturam. Moderators to izskatīs.
video-removed-own = Tavu video noņēma moderators. Šo paziņojumu redzi tikai tu.
video-reduced-own = Pēc moderācijas lēmuma tavs video netiek ieteikts plūsmās. Šo paziņojumu redzi tikai tu.
video-withheld = Šis video nav pieejams tavā atrašanās vietā.
status-link = Uzzini, kāpēc un kā pārsūdzēt

## Moderation: actions, targets, grounds
action-no_violation = Pārkāpuma nav
action-remove = Noņemts
action-age_restrict = Ar vecuma ierobežojumu
action-restrict_regions = Ierobežots dažos reģionos
action-label = Pievienota informatīva atzīme
action-reduce_distribution = Samazināta izplatīšana
action-suspend = Konts apturēts
action-terminate = Konts slēgts
target-video = Video
target-comment = Komentārs
target-account = Konts
ground-illegal = Nelikumīgs saturs
ground-incompatible = Pretrunā kopienas vadlīnijām
source-notice = Paziņojums no kāda, kas par to ziņoja
source-trusted-flagger = Paziņojums no uzticama ziņotāja
source-own-initiative = Paša Spool pārbaude
decision-reversed = Atcelts

## Account status and statements of reasons
status-title = Konta statuss
settings-status-intro = Lēmumi par tavu saturu, tavas pārsūdzības un tevis nosūtītie ziņojumi.
settings-about = Par Spool
status-standing = Tavs konts
status-good = Tavs konts ir kārtībā.
status-suspended = Tavs konts ir apturēts.
status-suspended-until = Tavs konts ir apturēts līdz { $date }.
status-terminated = Tavs konts tika slēgts. Tu joprojām vari lasīt lēmumus un tos pārsūdzēt.
status-strikes = { $count ->
    [zero] { $count } brīdinājumu no { $threshold }
    [one] { $count } brīdinājums no { $threshold }
   *[other] { $count } brīdinājumi no { $threshold }
}
status-strikes-hint = Katrs lēmums pret tavu saturu ir brīdinājums. Sasniedzot robežu, konts tiek apturēts. Veci brīdinājumi beidzas.
status-history = Iepriekšējie lēmumi
status-statements = Lēmumi un to pamatojumi
status-statements-intro = Par katru lēmumu mēs nosūtām pamatojumu: kas tika nolemts, pēc kāda noteikuma un kā pārsūdzēt.
status-no-statements = Par tavu saturu nav lēmumu.
status-my-reports = Mani ziņojumi
status-no-reports = Tu neesi ziņojis ne par ko.
status-receipt-title = Tavs ziņojums
statement-heading = { $action } · { $date }
statement-decision = Lēmums
statement-content = Saturs
statement-facts = Ko mēs konstatējām
statement-policy = Noteikums
statement-ground-illegal = Mēs uzskatām šo saturu par nelikumīgu.
statement-ground-incompatible = Saturs ir pretrunā mūsu kopienas vadlīnijām.
statement-legal-ground = Juridiskais pamats: { $ground }
statement-policy-ground = Vadlīnija: { $ground }
statement-label = Parādītā atzīme
statement-detection = Kā tas tika atklāts
statement-detected-auto = Ar automatizētiem rīkiem
statement-detected-human = Bez automatizētiem rīkiem
statement-automated = Kā tika nolemts
statement-decided-auto = Automatizēta sistēma
statement-decided-human = Cilvēks, nevis automātiski
statement-source = Kas sāka pārbaudi
statement-scope = Kur tas ir spēkā
statement-scope-everywhere = Visur
statement-duration = Cik ilgi
statement-duration-until = No { $from } līdz { $until }
statement-duration-open = No { $from }, bez beigu datuma
statement-account-suspended = Tavs konts tika apturēts.
statement-account-terminated = Tavs konts tika slēgts.
statement-appeal = Pārsūdzība
statement-appeal-until = Pārsūdzēt vari līdz { $date }. To izskatīs cits moderators.
statement-appeal-possible = Tu vari pārsūdzēt. To izskatīs cits moderators.
statement-appeal-closed = Šo lēmumu šeit vairs nevar pārsūdzēt. Tu joprojām vari vērsties sertificētā ārpustiesas strīdu izšķiršanas iestādē vai tiesā.
statement-appeal-open = Tava pārsūdzība tiek izskatīta.
statement-appeal-upheld = Tava pārsūdzība tika apmierināta: lēmums tika atcelts.
statement-appeal-rejected = Tava pārsūdzība tika izskatīta, un lēmums paliek spēkā.
statement-technical = Tehniskā informācija (kā nosūtīta ES pārredzamības datubāzei)
appeal-text = Kāpēc lēmums būtu jāmaina?
appeal-text-hint = Paskaidro, ko moderators varēja palaist garām. Vari pievienot kontekstu vai saites.
appeal-send = Nosūtīt pārsūdzību
appeal-sent = Tava pārsūdzība nosūtīta. To izskatīs cits moderators, un tu saņemsi jaunu pamatojumu.
appeal-exists = Tev jau ir atvērta pārsūdzība par šo lēmumu.

## Moderator console
mod-title = Moderācija
mod-region = Reģions
mod-region-hint = Tevis moderētā reģiona rinda.
mod-not-moderator = Tu neesi šī reģiona moderators.
queue-title = Pārbaudes rinda: { $region }
queue-refresh = Atsvaidzināt
queue-empty = Rinda ir tukša.
queue-count = { $count ->
    [zero] { $count } vienību, steidzamākās vispirms
    [one] { $count } vienība, steidzamākā vispirms
   *[other] { $count } vienības, steidzamākās vispirms
}
queue-kind-notice = Paziņojums
queue-kind-appeal = Pārsūdzība
queue-kind-match = Sakritība
queue-severity = Smagums
queue-notices = Paziņojumi
queue-reach = Skatījumi (24 h)
queue-detection = Atklāja
queue-automated = Automātiska noteikšana
queue-human = Cilvēki
queue-due = Termiņš { $time }
queue-overdue = Nokavēts: termiņš bija { $time }
queue-claimed-mine = Pieņēmi tu; pieņemšana beidzas { $time }
queue-claimed-other = Pieņēma cits moderators
queue-claim = Pieņemt
queue-claim-done = Pieņemts. Tas ir tavs nākamās minūtes.
queue-open = Izskatīt
item-title = Izskatīšana
item-heading = Izskatīšana: { $category }
item-back = Atpakaļ uz rindu
item-decided = Nolemts
item-context = Saturs
item-player = Video, par kuru ziņots
item-caption = Apraksts
item-sound = Skaņa
item-state = Stāvoklis
item-remixes = Remiksi
item-none = Nav
item-open-video = Video lapa
item-open-video-link = Atvērt video
item-comment-text = Komentārs
item-comment-video = Pie video
item-account = Konts
item-detection = Automātiska noteikšana
item-notices = { $count ->
    [zero] { $count } paziņojumu
    [one] { $count } paziņojums
   *[other] { $count } paziņojumi
}
item-history = Iepriekšējie lēmumi par šo kontu
item-history-none = Iepriekšēju lēmumu nav.
item-appeal = Pārsūdzība
item-appeal-decision = Pārsūdzētais lēmums
decide-title = Lēmums
decide-action = Darbība
decide-policy = Noteikums
decide-policy-category = Vispārīgs noteikums: { $category }
decide-legal-ground = Juridiskais pamats: { $ground }
decide-facts = Fakti
decide-facts-hint = Ko tu konstatēji, vienkāršiem vārdiem. Autors to lasīs.
decide-restrict = Kur ierobežot
decide-restrict-hint = Izvēlies reģionus, valstis vai abus. Juridiskam rīkojumam vajadzīga tā atsauce.
decide-regions = Reģioni
decide-countries = Valstis
decide-countries-hint = Divburtu valstu kodi, atdalīti ar komatiem (DE, AT).
decide-reference = Atsauce (tiesas vai iestādes rīkojums)
decide-reference-hint = Nav obligāta. Tiek rādīta skatītājiem, kuri nevar redzēt saturu.
decide-restrict-empty = Izvēlies vismaz vienu reģionu vai valsti.
decide-label = Informatīva atzīme
decide-label-text = Atzīmes teksts
decide-label-url = Saite uz plašāku informāciju
decide-suspend = Apturēšana
decide-days = Dienas
decide-days-hint = No 1 līdz 365.
decide-submit = Lemt
decide-done = Lēmums reģistrēts: { $action }. Pamatojums nosūtīts.
appeal-decide-title = Lemt par pārsūdzību
appeal-outcome = Iznākums
appeal-outcome-upheld = Apmierināt pārsūdzību
appeal-outcome-upheld-hint = Lēmums tiek uzreiz atcelts, un saturs vai konts tiek atjaunots.
appeal-outcome-rejected = Noraidīt pārsūdzību
appeal-outcome-rejected-hint = Lēmums paliek spēkā.
appeal-decide-submit = Lemt par pārsūdzību
appeal-decided-upheld = Pārsūdzība apmierināta: lēmums atcelts. Nosūtīts jauns pamatojums.
appeal-decided-rejected = Pārsūdzība noraidīta: lēmums paliek spēkā. Nosūtīts jauns pamatojums.
error-claimed = Šo vienību ir pieņēmis cits moderators.
error-same_moderator = Moderators, kurš pieņēma lēmumu, nevar lemt par tā pārsūdzību.

## Transparency report
transparency-title = Pārredzamība
transparency-intro = Kā Spool darbojas moderācija, skaitļos: paziņojumi, lēmumi, cik ātri tie pieņemti, pārsūdzības un atcelšanas. Personas dati netiek rādīti.
transparency-region = Reģions
transparency-all-regions = Visi reģioni
transparency-period = Periods
transparency-period-days = Pēdējās 30 dienas, pa dienām
transparency-period-weeks = Pēdējās 12 nedēļas, pa nedēļām
transparency-period-months = Pēdējie 12 mēneši, pa mēnešiem
transparency-range = { $from } – { $to }
transparency-csv = Lejupielādēt kā CSV
transparency-summary = Kopā: { $region }
transparency-notices = Paziņojumi
transparency-decisions = Lēmumi
transparency-median = Laika līdz lēmumam mediāna
transparency-p90 = 90. procentile
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Nokavēti termiņi
transparency-automated-detection = Atklāti ar automatizētiem rīkiem
transparency-automated-decision = Nolemti automātiski
transparency-suspensions = Apturēšanas
transparency-appeals = Pārsūdzības
transparency-reversals = Atcelšanas
transparency-over-time = Laika gaitā
transparency-chart-volume = Paziņojumi un lēmumi
transparency-chart-speed = Laiks līdz lēmumam (stundas)
transparency-breakdown = Sadalījums
transparency-chart-notices-category = Paziņojumi pa kategorijām
transparency-chart-decisions-action = Lēmumi pa darbībām
transparency-chart-decisions-category = Lēmumi pa kategorijām
transparency-chart-ground = Lēmumi pa pamatiem
transparency-chart-source = Paziņojumi pa avotiem
transparency-appeals-title = Pārsūdzības
transparency-chart-appeals = Pārsūdzību iznākumi
transparency-chart-appeals-time = Pārsūdzības un atcelšanas laika gaitā
transparency-appeals-upheld = Apmierinātas
transparency-appeals-rejected = Noraidītas
transparency-appeals-open = Atvērtas
transparency-orders = Juridiski rīkojumi un pārbaude
transparency-chart-orders = Juridiski rīkojumi pa reģioniem
transparency-screening-flagged = Atzīmēti pārbaudē
transparency-screening-decided = Izskatīti
transparency-screening-confirmed = Apstiprināti
transparency-screening-precision = Precizitāte
transparency-none = Šajā periodā nekā nav.
transparency-yes = Jā
transparency-no = Nē
transparency-log = Lēmumu žurnāls
transparency-log-intro = Katrs lēmums bez ziņotāju, autoru vai moderatoru datiem.
transparency-log-date = Datums
transparency-log-action = Lēmums
transparency-log-category = Kategorija
transparency-log-ground = Pamats
transparency-log-content = Saturs
transparency-log-detected = Automātiska noteikšana
transparency-log-automated = Automātisks lēmums
transparency-log-scope = Kur
transparency-log-source = Avots
transparency-log-reversed = Atcelts
transparency-log-more = Vairāk lēmumu
transparency-log-empty = Vēl nav lēmumu.
chart-show-table = Rādīt skaitļus tabulā
chart-summary-line = No { $from } līdz { $to }. Kopā: { $totals }
chart-period = Periods
chart-item = Vienība
chart-value = Skaits
notif-statement = Par tavu saturu pieņemts moderācijas lēmums. Izlasi, kāpēc un kā pārsūdzēt.
notif-report_outcome = Par tevis nosūtīto ziņojumu ir pieņemts lēmums.

## Moderation: more codes from the server
action-hold = Aizturēts izskatīšanai
action-reversed = Atcelts pēc pārsūdzības
action-upheld_decision = Atstāts spēkā pēc pārsūdzības
action-appeal_upheld = Pārsūdzība apmierināta
action-appeal_rejected = Pārsūdzība noraidīta
notice-source-account = Paziņojums no konta
notice-source-anonymous = Paziņojums bez konta (DSA 16. pants)
notice-source-screening = Automātiska pārbaude
notice-source-fingerprint = Sakritība ar noņemtu saturu
notice-source-legal_order = Juridisks rīkojums
source-complaint = Pārsūdzība
statement-scope-eea = ES un EEZ (30 valstis)
statement-regions = Reģioni
statement-reference = Rīkojuma atsauce
statement-outcome-heading = { $action } · { $date }
error-already_decided = Par to jau ir nolemts.
error-appeal_open = Par šo lēmumu jau ir atvērta pārsūdzība.
error-appeal_closed = Šo lēmumu vairs nevar pārsūdzēt.
error-account_suspended = Tavs konts ir apturēts, tāpēc tagad tu to nevari izdarīt.
error-account_terminated = Tavs konts ir slēgts.
error-not_moderator = Tu neesi šī reģiona moderators.
video-withheld-own = Tavs video nav pieejams: { $places }. Šo paziņojumu redzi tikai tu.
item-restrictions = Pašreizējie ierobežojumi

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Piesakies, lai turpinātu
signin-sheet-intro = Piesakies, lai atzīmētu “patīk”, komentētu, sekotu un saņemtu tev veidotu plūsmu.
feed-caught-up = Tu visu esi redzējis
feed-caught-up-hint = Pagaidām esi redzējis visus klipus. Vairāk atradīsi sadaļā Atklāt.
feed-explore = Izpētīt
clip-creator-profile = { $handle } profils
unfollow-handle = Pārtraukt sekot { $handle }
clip-progress = Atskaņošanas pozīcija
clip-progress-value = { $at } no { $length }
video-edit = Rediģēt video
video-edit-save = Saglabāt
video-edit-done = Izmaiņas saglabātas
video-delete = Dzēst video
video-delete-confirm = Neatgriezeniski dzēst šo video? Kopā ar to pazudīs tā komentāri un atzīmes “patīk”.
video-delete-done = Video izdzēsts
back = Atpakaļ
cancel = Atcelt
discover-trending = Šobrīd populārs
discover-trending-tags = Populāri tēmturi

## How the feed works: its stages and parameters
algo-stage-events = No kā plūsma mācās
algo-stage-model = Gaumes modelis
algo-stage-candidates = No kurienes nāk kandidāti
algo-stage-exploration = Iespēja jauniem video
algo-stage-ranking = Sarindošana
algo-stage-filters = Kas tiek izfiltrēts
algo-stage-diversity = Daudzveidība
algo-stage-non_personalized = Nepersonalizētā plūsma
algo-technical = Tehniskais apraksts (angliski)
algo-param-bias-learning-rate = Cik ātri tiek apgūta video paša pievilcība
algo-param-expiry-secs = Aizmirsts pēc dīkstāves, kas ilgst
algo-param-history-len = Nesenie skatījumi, kas tiek ņemti vērā
algo-param-history-weight = Neseno skatījumu svars
algo-param-init-scale = Jauno rindu sākotnējā izkliede
algo-param-item-min-count = Mijiedarbības, pirms video saņem savu rindu
algo-param-learning-rate = Cik ātri tiek apgūta gaume
algo-param-margin = Atstarpe starp patikušiem un izlaistiem video
algo-param-negative-trials = Video, ko izmēģina, meklējot pretpiemēru
algo-param-negatives-per-positive = Pretpiemēri uz vienu pozitīvu signālu
algo-param-regularization = Regularizācija (neļauj modelim pārmācīties)
algo-param-seed = Nejaušības sēkla (atkārtojamībai)
algo-param-max-age-hours = Jaunus video izpēta
algo-param-min-completion-rate = Noskatīts līdz galam vismaz
algo-param-min-engagement-rate = Atzīmes “patīk”, komentāri un kopīgojumi uz skatījumu vismaz
algo-param-slots-per-page = Vietas lapā jauniem video
algo-param-stages = Auditorijas lielums testa posmos
algo-param-freshness-hours = Video tiek uzskatīts par jaunu
algo-param-trending-half-life-hours = Popularitāte skaitās uz pusi pēc
algo-param-weights = Sarindošanas punktu svari
algo-param-engagement = Sagaidāmā iesaiste
algo-param-exploration = Izpēte
algo-param-following = Konti, kuriem seko
algo-param-freshness = Svaigums
algo-param-trending = Popularitāte
algo-param-creator-spacing = Klipi, pirms atkal tas pats autors
algo-param-sound-spacing = Klipi, pirms atkal tā pati skaņa
algo-param-catalog-videos = Video katalogā
algo-param-viewers-with-state = Skatītāji, kurus modelis pazīst

tile-views = { $count ->
    [zero] { $count } skatījumu
    [one] { $count } skatījums
   *[other] { $count } skatījumi
}

## Long press: speed
clip-options = Iespējas
speed-title = Atskaņošanas ātrums
speed-normal = Normāls
speed-value = { $rate }×
speed-set = Atskaņo ar ātrumu { $rate }×

## Upload: preview, cover, draft
upload-preview = Tava klipa priekšskatījums
upload-cover = Vāciņš
upload-cover-hint = Pavelc līdz kadram, ko cilvēki redz, pirms klips sāk atskaņoties.
upload-draft-restored = Tavs melnraksts ir atpakaļ: apraksts un iestatījumi, kā tos atstāji.
error-invalid_cover = Vāciņam jābūt brīdim no klipa.

# Captions and profile photos
clip-captions-on = Ieslēgt subtitrus
clip-captions-off = Izslēgt subtitrus
captions-on = Subtitri ieslēgti
captions-off = Subtitri izslēgti
captions-title = Subtitri
captions-file = Subtitru fails (.vtt)
captions-hint = WebVTT fails, pa vienam katrai valodai. Visiem subtitru fragmentiem jāietilpst klipa garumā.
captions-language = Subtitru valoda
captions-add = Pievienot subtitrus
captions-remove = Noņemt subtitrus ({ $language })
captions-remove-short = Noņemt
captions-none = Subtitru vēl nav.
captions-added = Subtitri pievienoti ({ $language }).
captions-removed = Subtitri noņemti ({ $language }).
captions-failed = Tavs klips ir publicēts, bet subtitri netika pievienoti: { $reason } Tos vari pievienot klipa rediģēšanas logā.
captions-pick-file = Vispirms izvēlies .vtt failu.
error-invalid_webvtt = Šis nav derīgs WebVTT subtitru fails.
error-invalid_language = Izvēlies subtitru valodu.
profile-photo-choose = Profila fotoattēls
profile-photo-hint = JPEG, PNG vai WebP, līdz 8 MB. Tas tiek apgriezts kvadrātā, un informācija par to, kur un ar ko tas uzņemts, tiek noņemta.
profile-photo-remove = Noņemt fotoattēlu
profile-photo-type = Izvēlies JPEG, PNG vai WebP attēlu.
profile-edit-save = Saglabāt profilu
profile-edit-done = Profils saglabāts.
error-invalid_photo = Šis fails nav nolasāms attēls.
error-photo_too_small = Fotoattēls ir pārāk mazs: izvēlies tādu, kuram katra mala ir vismaz 64 pikseļi.
error-photo_too_large = Fotoattēls ir pārāk liels: katra mala drīkst būt ne vairāk kā 8192 pikseļi.
error-invalid_crop = Saglabājamajai fotoattēla daļai jābūt kvadrātam tā robežās.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Citas instances
fed-intro = Seko cilvēkiem citās instancēs, kas izmanto ActivityPub, piemēram, citos Spool serveros. Viņu video parādās tavā plūsmā “Sekotie”.
fed-teen = Pusaudžu konti paliek šajā instancē: tie nevar sekot kontiem citās instancēs, un no turienes tiem nevar sekot.
fed-address = Adrese citā instancē
fed-address-hint = Formā vārds@resursdators, piemēram, alex@example.org
fed-follow = Sekot
fed-address-invalid = Ievadi adresi formā vārds@resursdators, piemēram, alex@example.org.
fed-address-local = Šis konts ir šajā instancē: seko tam no tā profila.
fed-not-found = Konts { $handle } netika atrasts. Pārbaudi adresi.
fed-requested = Sekošanas pieprasījums nosūtīts kontam { $handle }.
fed-following = Konti, kuriem tur seko
fed-following-empty = Tu vēl nevienam neseko citā instancē.
fed-pending = Pieprasījums nosūtīts
fed-followers = Tavi sekotāji no turienes
fed-followers-empty = Tev vēl neseko neviens no citas instances.
fed-wants-to-follow = Vēlas tev sekot
fed-unfollow = Pārtraukt sekot
fed-accept = Pieņemt
fed-accept-label = Pieņemt { $handle } sekošanas pieprasījumu
fed-decline = Noraidīt
fed-decline-label = Noraidīt { $handle } sekošanas pieprasījumu
fed-remove = Noņemt
fed-remove-label = Noņemt { $handle } no taviem sekotājiem
fed-accepted = { $handle } tagad tev seko.
fed-declined = Tu noraidīji { $handle } pieprasījumu.
fed-removed = { $handle } tev vairs neseko.
fed-from = No { $host }
fed-open = Atvērt { $host }
fed-cannot-play = Šo video šeit nevar atskaņot.
comment-remote-remove = Noņemt { $handle } atbildi
fed-shared-by = Kopīgoja { $handle }
reason-remote_instance = No { $host }, instances, kurā cilvēki no šejienes seko kontiem
fed-like = Patīk
