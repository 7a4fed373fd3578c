# It-testi tal-interfaċċja ta' Spool: Malti (Project Fluent). L-istess messaġġi bħal en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — vidjows qosra
app-description = Ara, agħmel u aqsam vidjows qosra. Id-data tiegħek tibqa' fir-reġjun tad-dar tiegħek.
skip-to-content = Aqbeż għall-kontenut
loading = Qed jillowdja…
noscript = Spool għandu bżonn JavaScript biex jilgħab il-vidjows. Ixgħlu, jew uża l-API direttament.
assets-missing = Il-klijent tal-web ma ġiex mibni f'dan is-server. Ibnih b'“npm ci && npm run build” fil-folder web/, imbagħad erġa' ibni Spool.
title-page = { $page } · Spool
title-not-found = Ma nstabx · Spool
not-found = Din il-paġna ma teżistix.
close = Agħlaq

## Navigation
nav-label = Menu ewlieni
nav-home = Dar
nav-discover = Skopri
nav-upload = Tella'
nav-inbox = Posta
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } notifika mhux moqrija
    [two] { $count } notifiki mhux moqrija
    [few] { $count } notifiki mhux moqrija
    [many] { $count }-il notifika mhux moqrija
   *[other] { $count } notifika mhux moqrija
}

## Feed
feed-tabs = Feeds
feed-for-you = Għalik
feed-following = Qed issegwi
feed-personalized = Personalizzat
feed-mode-hint = Meta jkun mitfi, il-feed ma juża l-ebda profilar: juri dak li hu popolari u ġdid fir-reġjun u fil-lingwa tiegħek.
feed-mode-personalized = Feed personalizzat mixgħul
feed-mode-non-personalized = Feed personalizzat mitfi: l-ebda profilar
feed-empty = Għad m'hemm xejn x'tara. Tella' l-ewwel klip, jew fittex xi ħaġa.
feed-following-empty = L-ebda klip ġdid mill-kontijiet li ssegwi.
feed-login = Idħol biex tara l-klips tal-kontijiet li ssegwi.
feed-unavailable = Il-feed għadu mhux disponibbli fuq dan is-server. Ipprova t-tfittxija jew profil.
video-title = Vidjo
video-processing = Qed jiġi pproċessat…
video-failed = L-ipproċessar falla
clip-video-label = Vidjo ta' { $handle }
clip-loading = Il-vidjo qed jillowdja
clip-unmute = Ixgħel il-ħoss
clip-mute = Itfi l-ħoss
clip-play = Ilgħab
clip-pause = Waqqaf
clip-actions = Azzjonijiet għall-vidjo ta' { $handle }
clip-like = { $count ->
    [one] Għoġobni (għadd: { $count })
    [two] Għoġobni (għadd: { $count })
    [few] Għoġobni (għadd: { $count })
    [many] Għoġobni (għadd: { $count })
   *[other] Għoġobni (għadd: { $count })
}
clip-comments = { $count ->
    [one] Kummenti ({ $count } kumment)
    [two] Kummenti ({ $count } kummenti)
    [few] Kummenti ({ $count } kummenti)
    [many] Kummenti ({ $count }-il kumment)
   *[other] Kummenti ({ $count } kumment)
}
clip-share = { $count ->
    [one] Aqsam (għadd: { $count })
    [two] Aqsam (għadd: { $count })
    [few] Aqsam (għadd: { $count })
    [many] Aqsam (għadd: { $count })
   *[other] Aqsam (għadd: { $count })
}
clip-more = Aktar għażliet
clip-sound = Ħoss oriġinali – { $handle }
clip-duet-of = Duet: ara l-oriġinal
clip-stitch-of = Stitch: ara l-oriġinal
follow-handle = Segwi lil { $handle }
follow-requested = Mitlub
follow-done = Issa qed issegwi lil { $handle }
unfollow-done = M'għadekx issegwi lil { $handle }
login-needed = L-ewwel idħol.
share-title = Aqsam
share-link = Link għal dan il-vidjo
share-copy = Ikkopja l-link
share-copied = Il-link ġie kkupjat
not-interested = M'għandix interess
not-interested-done = Fhimna: se tara inqas klips bħal dan.
open-sound = Iftaħ il-ħoss
make-duet = Agħmel duet
make-stitch = Agħmel stitch ta' dan il-vidjo
why-title = Għaliex dan il-vidjo?
why-none = Dan il-klip infetaħ direttament, ma għażlux il-feed.
why-explainer = Il-feed jagħżel il-klips b'regoli ppubblikati. Tista' titfi l-personalizzazzjoni meta trid.
algorithm-link = Kif jaħdem il-feed

## Reasons
reason-follows_creator = Int issegwi lil { $handle }
reason-topic = Tara klips dwar { $hashtag }
reason-similar_to_liked = Simili għal klips li għoġbuk
reason-taste_match = Jaqbel ma' dak li s-soltu tara
reason-trending_region = Popolari fir-reġjun tiegħek ({ $region })
reason-trending_language = Popolari fil-lingwa tiegħek ({ $language })
reason-new_video_test_audience = Klip ġdid muri lil udjenza żgħira tat-test
reason-fresh = Ippubblikat dan l-aħħar
reason-sound = Juża l-ħoss “{ $sound }”
reason-seen_before = Rajt il-klips il-ġodda kollha; erġa' ara din

## Comments
comments-title = { $count ->
    [one] { $count } kumment
    [two] { $count } kummenti
    [few] { $count } kummenti
    [many] { $count }-il kumment
   *[other] { $count } kumment
}
comments-empty = Għad m'hemmx kummenti. Kun l-ewwel.
comments-more = Aktar kummenti
comments-off = Il-kummenti huma mitfija għal dan il-vidjo.
comment-add = Żid kumment
comment-send = Ippubblika
comment-sent = Il-kumment ġie ppubblikat
comment-reply = Wieġeb
comment-reply-to = Tweġiba lil { $handle }
comment-cancel-reply = Ikkanċella t-tweġiba
comment-replies = { $count ->
    [one] Ara { $count } tweġiba
    [two] Ara { $count } tweġibiet
    [few] Ara { $count } tweġibiet
    [many] Ara { $count }-il tweġiba
   *[other] Ara { $count } tweġiba
}
comment-like = { $count ->
    [one] Għoġobni l-kumment (għadd: { $count })
    [two] Għoġobni l-kumment (għadd: { $count })
    [few] Għoġobni l-kumment (għadd: { $count })
    [many] Għoġobni l-kumment (għadd: { $count })
   *[other] Għoġobni l-kumment (għadd: { $count })
}
comment-pinned = Imwaħħal
comment-login = Idħol biex tikkummenta

## Reports
report = Irrapporta
report-intro = Għidilna x'inhu ħażin. Moderatur jeżamina kull rapport, u se nweġbuk.
report-category = Raġuni
report-note = Dettalji (mhux obbligatorju)
report-note-hint = X'għandu jħares lejh il-moderatur?
report-send = Ibgħat ir-rapport

## Upload
upload-title = Tella'
upload-file = Fajl tal-vidjo
upload-file-hint = Minn sekonda sa 10 minuti. It-tellgħa tibda mill-ewwel u tkompli jekk il-konnessjoni taqa'.
upload-progress-label = Progress tat-tellgħa
upload-progress = { $percent } % ({ $sent } minn { $total } byte)
upload-done = It-tellgħa tlestiet
upload-error = It-tellgħa falliet. Erġa' pprova.
upload-pause = Waqqaf
upload-resume = Kompli
upload-caption = Deskrizzjoni
upload-caption-hint = Ikteb # għall-hashtags u @ biex issemmi lil xi ħadd.
upload-visibility = Min jista' jara
visibility-public = Kulħadd
visibility-followers = Segwaċi
visibility-private = Jien biss
upload-allow = Ħalli lil ħaddieħor
upload-allow-comments = Jikkummenta
upload-allow-duet = Jagħmel duet
upload-allow-stitch = Jagħmel stitch
upload-sound = Ħoss (mhux obbligatorju)
upload-sound-search = Fittex ħoss
upload-sound-none = Il-klip tiegħek iżomm il-ħoss tiegħu.
upload-sound-chosen = Ħoss: { $title }
upload-sound-clear = Uża l-ħoss tiegħi
upload-duet = Duet ma' { $handle }
upload-stitch = Stitch tal-vidjo ta' { $handle }
upload-post = Ippubblika
upload-pick-first = L-ewwel agħżel fajl tal-vidjo.
upload-waiting = Qed titlesta t-tellgħa…
upload-processing = Il-vidjo tiegħek qed jiġi pproċessat… Jieħu madwar daqskemm idum il-klip.
upload-ready = Il-vidjo tiegħek lest!
upload-watch = Arah
upload-to-profile = Mur fil-profil tiegħek
suggestions = Suġġerimenti
suggestions-count = { $count ->
    [one] { $count } suġġeriment. Uża l-vleġeġ 'il fuq u 'l isfel biex tagħżel.
    [two] { $count } suġġerimenti. Uża l-vleġeġ 'il fuq u 'l isfel biex tagħżel.
    [few] { $count } suġġerimenti. Uża l-vleġeġ 'il fuq u 'l isfel biex tagħżel.
    [many] { $count }-il suġġeriment. Uża l-vleġeġ 'il fuq u 'l isfel biex tagħżel.
   *[other] { $count } suġġeriment. Uża l-vleġeġ 'il fuq u 'l isfel biex tagħżel.
}

## Profiles, hashtags, sounds
profile-not-found = Dan il-kont ma jeżistix.
profile-edit = Editja l-profil
profile-follow = Segwi
profile-following = Qed issegwi
profile-private = Privat
profile-private-body = Dan il-kont huwa privat. Segwih biex tara l-vidjows tiegħu.
profile-following-count = Qed isegwi
profile-followers-count = Segwaċi
profile-likes-count = Għoġbien
profile-videos-count = Vidjows
profile-videos = Vidjows
profile-empty = Għad m'hemmx vidjows.
profile-empty-own = Għadek ma ppubblikajt xejn. Il-klips tiegħek jidhru hawn.
tile-label = { $caption } — minn { $handle }
tile-label-plain = Vidjo ta' { $handle }
hashtag-count = { $count ->
    [one] { $count } vidjo
    [two] { $count } vidjows
    [few] { $count } vidjows
    [many] { $count }-il vidjo
   *[other] { $count } vidjo
}
hashtag-empty = Għad m'hemmx vidjows pubbliċi b'dan il-hashtag.
sound-title = Ħoss
sound-listen = Isma' { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } vidjo
    [two] { $count } vidjows
    [few] { $count } vidjows
    [many] { $count }-il vidjo
   *[other] { $count } vidjo
}
sound-use = Uża dan il-ħoss
sound-original = Vidjo oriġinali
sound-sort = Irranġa l-vidjows
sound-newest = L-aktar ġodda
sound-popular = Popolari
sound-empty = L-ebda vidjo għadu ma juża dan il-ħoss.

## Search
search-title = Skopri
search-label = Fittex
search-placeholder = Fittex kontijiet, vidjows, #hashtags, ħsejjes
search-submit = Fittex
search-types = X'tfittex
search-videos = Vidjows
search-accounts = Kontijiet
search-hashtags = Hashtags
search-sounds = Ħsejjes
search-results = Riżultati
search-hint = Ikteb kelma, #hashtag jew @isem.
search-empty = Ma nstab xejn għal “{ $query }”.
search-followers = { $count ->
    [one] { $count } segwaċi
    [two] { $count } segwaċi
    [few] { $count } segwaċi
    [many] { $count }-il segwaċi
   *[other] { $count } segwaċi
}

## Inbox
inbox-title = Posta
inbox-requests = Talbiet biex isegwuk
inbox-activity = Attività
inbox-empty = Għad m'hemmx notifiki.
inbox-unread = Mhux moqrija:
request-accept = Aċċetta
request-decline = Irrifjuta
request-accepted = { $handle } issa jista' jara l-vidjows tiegħek
request-declined = It-talba ta' { $handle } ġiet irrifjutata
notif-like = { $count ->
    [one] Il-vidjo tiegħek għoġob lil { $actor }
    [two] Il-vidjo tiegħek għoġob lil { $count } persuni
    [few] Il-vidjo tiegħek għoġob lil { $count } persuni
    [many] Il-vidjo tiegħek għoġob lil { $count }-il persuna
   *[other] Il-vidjo tiegħek għoġob lil { $count } persuna
}
notif-comment = { $others ->
    [0] { $actor } ikkummenta fuq il-vidjo tiegħek
    [one] { $actor } u persuna oħra kkummentaw fuq il-vidjo tiegħek
    [two] { $actor } u { $others } oħrajn ikkummentaw fuq il-vidjo tiegħek
    [few] { $actor } u { $others } oħrajn ikkummentaw fuq il-vidjo tiegħek
    [many] { $actor } u { $others }-il persuna oħra kkummentaw fuq il-vidjo tiegħek
   *[other] { $actor } u { $others } persuna oħra kkummentaw fuq il-vidjo tiegħek
}
notif-reply = { $actor } wieġeb għall-kumment tiegħek
notif-mention = { $actor } semmiek
notif-follow = { $count ->
    [one] { $actor } beda jsegwik
    [two] { $count } segwaċi ġodda
    [few] { $count } segwaċi ġodda
    [many] { $count }-il segwaċi ġdid
   *[other] { $count } segwaċi ġdid
}
notif-follow_request = { $actor } talab biex isegwik
notif-follow_accepted = { $actor } aċċetta t-talba tiegħek biex issegwih
notif-comment_like = { $others ->
    [0] Il-kumment tiegħek għoġob lil { $actor }
    [one] Il-kumment tiegħek għoġob lil { $actor } u persuna oħra
    [two] Il-kumment tiegħek għoġob lil { $actor } u { $others } oħrajn
    [few] Il-kumment tiegħek għoġob lil { $actor } u { $others } oħrajn
    [many] Il-kumment tiegħek għoġob lil { $actor } u { $others }-il persuna oħra
   *[other] Il-kumment tiegħek għoġob lil { $actor } u { $others } persuna oħra
}
notif-duet = { $actor } għamel duet mal-vidjo tiegħek
notif-stitch = { $actor } għamel stitch tal-vidjo tiegħek

## Settings
settings-title = Issettjar
settings-save = Issejvja
settings-saved = Issejvjat
settings-profile = Profil
settings-privacy = Privatezza
settings-private = Kont privat
settings-private-hint = Is-segwaċi li tapprova biss jistgħu jaraw il-vidjows tiegħek.
settings-who-comment = Min jista' jikkummenta fuq il-vidjows tiegħek
settings-who-duet = Min jista' jagħmel duet mal-vidjows tiegħek
settings-who-stitch = Min jista' jagħmel stitch tal-vidjows tiegħek
policy-everyone = Kulħadd
policy-followers = Segwaċi
policy-nobody = Ħadd
settings-liked-public = Uri fuq il-profil tiegħi l-vidjows li għoġbuni
settings-teen = Il-kont tiegħek huwa kont ta' żagħżugħ: xi issettjar huwa aktar strett.
settings-feed = Feed
settings-reset-recommendations = Irrisettja r-rakkomandazzjonijiet tiegħi
settings-reset-done = Ir-rakkomandazzjonijiet tiegħek ġew irrisettjati.
settings-language = Lingwa
settings-language-label = Lingwa tal-interfaċċja
settings-language-hint = B'mod awtomatiku Spool isegwi l-lingwa tal-browser tiegħek.
settings-data = Id-data tiegħek
settings-data-intro = Niżżel dak kollu li Spool iżomm dwarek, u ara liema membri tal-persunal ħarsu lejh u għaliex.
settings-export = Niżżel id-data tiegħi
settings-region = Reġjun tad-dar
settings-region-now = Id-data tiegħek tinżamm f': { $region }
settings-region-intro = Id-data personali tiegħek tinsab biss fir-reġjun tad-dar tiegħek. Tista' ċċaqlaqha għal ieħor.
settings-move-to = Reġjun tad-dar ġdid
settings-move = Ċaqlaq id-data tiegħi
settings-move-confirm = Iċċaqlaq id-data personali kollha tiegħek għal { $region }?
settings-move-done = Id-data tiegħek ġiet imċaqalqa.
settings-account = Kont
settings-signed-in = Dħalt bħala { $handle }
settings-logout = Oħroġ
settings-delete = Ħassar il-kont
settings-delete-intro = Dan iħassar għal dejjem il-kont, il-vidjows u d-data kollha tiegħek. Ma jistax jitreġġa' lura.
settings-delete-confirm = Tħassar għal dejjem il-kont tiegħek u kulma fih?
settings-sessions = Sessjonijiet
settings-sessions-intro = L-apparati fejn int dieħel. Oħroġ minn dawk li ma tagħrafx.
settings-sessions-logout-others = Oħroġ minn kull post ieħor
settings-sessions-ended = { $count ->
    [one] Ħriġt minn { $count } sessjoni oħra.
    [two] Ħriġt minn { $count } sessjonijiet oħra.
    [few] Ħriġt minn { $count } sessjonijiet oħra.
    [many] Ħriġt minn { $count }-il sessjoni oħra.
   *[other] Ħriġt minn { $count } sessjoni oħra.
}
session-device = { $browser } fuq { $os }
session-device-unknown = Apparat mhux magħruf
session-current = Dan l-apparat
session-times = Dħalt { $created } · l-aħħar attività { $used }
session-logout = Oħroġ
session-logout-label = Oħroġ minn { $device }
settings-password = Ibdel il-password
settings-password-done = Il-password tiegħek inbidlet. Is-sessjonijiet l-oħra kollha ngħalqu.
field-current-password = Il-password attwali
field-new-password = Password ġdida
access-title = Aċċess għad-data tiegħi
access-intro = Kull darba li membru tal-persunal jiftaħ id-data personali tiegħek, dan jiġi rreġistrat b'ġustifikazzjoni bil-miktub. Din hi l-lista sħiħa.
access-empty = L-ebda membru tal-persunal ma aċċessa d-data tiegħek.
access-unavailable = Ir-reġistru tal-aċċess għadu mhux disponibbli fuq dan is-server.
access-when = Meta
access-staff = Membru tal-persunal
access-role = Rwol
access-action = X'għamel
access-justification = Ġustifikazzjoni
access-reference = Referenza
algorithm-title = Kif jaħdem il-feed
algorithm-intro = Il-feed Għalik ta' Spool huwa miftuħ għall-ispezzjoni: il-kodiċi, il-piżijiet tiegħu u r-raġunijiet għal kull klip huma ppubblikati.
algorithm-sources = Il-kandidati jiġu mill-kontijiet li ssegwi, minn klips simili għal dawk li għoġbuk, minn dak li hu popolari fir-reġjun u fil-lingwa tiegħek, u minn klips ġodda murija lil udjenza żgħira tat-test.
algorithm-signals = Jitgħallem minn dak li tagħmel: kemm iddum tara, ripetizzjonijiet, qbiż, għoġbien, qsim, kummenti, segwiti u “M'għandix interess”.
algorithm-filters = Iħalli barra dak li diġà rajt, kontijiet imblukkati u vidjows imneħħija, u jħallat is-suġġetti u l-ħallieqa.
algorithm-control = Tista' titfi l-personalizzazzjoni, tirrisettja dak li tgħallem, u tistaqsi “għaliex dan il-vidjo?” fuq kull klip.
algorithm-published = Deskrizzjoni ppubblikata
algorithm-unavailable = Id-deskrizzjoni ppubblikata għadha mhux disponibbli fuq dan is-server.

## Log in and sign up
login-title = Idħol
login-submit = Idħol
login-no-account = M'għandekx kont?
signup-title = Irreġistra
signup-intro = Id-data personali tiegħek tinżamm biss fir-reġjun tad-dar li tagħżel.
signup-submit = Oħloq kont
signup-have-account = Diġà għandek kont?
field-handle = Isem tal-utent
field-handle-hint = Minn 2 sa 24 ittra, ċifra, _ jew .
field-display-name = Isem muri (mhux obbligatorju)
field-password = Password
field-password-hint = Mill-inqas 8 karattri.
field-birth-date = Data tat-twelid
field-birth-date-hint = Trid tkun għandek mill-inqas 13-il sena. Il-kontijiet ta' taħt it-18 huma privati b'mod awtomatiku.
field-region = Reġjun tad-dar
field-region-hint = Fejn tinżamm id-data personali tiegħek.
field-email = Email (mhux obbligatorja)
field-email-hint = Tintuża biss biex tgħinek tirkupra l-kont.
field-bio = Bijografija

## Errors
error-network = Ma nistgħux naslu għas-server. Iċċekkja l-konnessjoni tiegħek.
error-internal = Xi ħaġa marret ħażin. Erġa' pprova.
error-unauthenticated = L-ewwel idħol.
error-invalid_credentials = Isem tal-utent jew password ħżiena.
error-too_young = Trid tkun għandek mill-inqas 13-il sena biex tuża Spool.
error-csrf_rejected = Is-sessjoni tiegħek skadiet. Erġa' ttella' l-paġna.
error-forbidden = M'għandekx permess tagħmel dan.
error-comments_off = Il-kummenti huma mitfija għal dan il-vidjo.
error-remix_off = Il-ħallieq ma jippermettix dan.
error-not_found = Ma nstabx.
error-handle_taken = Dan l-isem tal-utent diġà meħud.
error-rate_limited = Wisq tentattivi. Stenna ftit u erġa' pprova.
error-invalid_handle = Uża minn 2 sa 24 ittra, ċifra, _ jew .
error-handle_reserved = Dan l-isem tal-utent huwa riżervat.
error-invalid_password = Il-password trid tkun minn 8 sa 128 karattru.
error-invalid_email = Dan l-indirizz tal-email ma jidhirx korrett.
error-invalid_birth_date = Daħħal data tat-twelid valida.
error-invalid_display_name = L-isem muri jista' jkollu mhux aktar minn 50 karattru.
error-invalid_bio = Il-bijografija jista' jkollha mhux aktar minn 160 karattru.
error-invalid_caption = Id-deskrizzjoni jista' jkollha mhux aktar minn 2,200 karattru.
error-invalid_comment = Kumment għandu minn 1 sa 500 karattru.
error-unknown_region = Agħżel wieħed mir-reġjuni elenkati.
error-empty_file = Il-fajl huwa vojt.
error-not_media = Dan il-fajl mhuwiex vidjo.
error-no_video_stream = Dan il-fajl m'għandux immaġni tal-vidjo.
error-still_image = Din hija immaġni wieqfa, mhux vidjo.
error-too_short = Il-vidjo huwa qasir wisq (mill-inqas sekonda).
error-too_long = Il-vidjo huwa twil wisq (mhux aktar minn 10 minuti).
error-too_large = Il-vidjo huwa kbir wisq.
error-unsupported_codec = Dan il-format tal-vidjo mhuwiex appoġġat.
error-transcode_failed = Il-vidjo ma setax jiġi pproċessat.
error-wrong_password = Il-password attwali hija ħażina.
error-quota_exceeded = L-ispazju tiegħek mimli. Ħassar vidjows jew tellgħat mhux lesti biex tagħmel spazju.
error-bad_request = It-talba ma setgħetx tinqara.

## Moderation: reports
report-title-video = Irrapporta dan il-vidjo
report-title-comment = Irrapporta dan il-kumment
report-title-account = Irrapporta dan il-kont
report-category-choose = Agħżel raġuni
report-category-hate_speech = Diskors ta' mibegħda
report-category-harassment = Fastidju u bullying
report-category-violent_extremism = Estremiżmu vjolenti
report-category-disinformation = Informazzjoni qarrieqa u diżinformazzjoni
report-category-child_safety = Sikurezza tat-tfal
report-category-self_harm = Ħsara lilek innifsek u disturbi tal-ikel
report-category-illegal_goods = Oġġetti u servizzi illegali
report-category-scams = Qerq u frodi
report-category-spam = Spam
report-category-intellectual_property = Proprjetà intellettwali
report-category-other = Xi ħaġa oħra
report-dsa-legend = Dwarek
report-dsa-intro = M'intix dieħel, għalhekk dan huwa avviż taħt l-Artikolu 16 tal-Att tal-UE dwar is-Servizzi Diġitali. Neħtieġu ismek u l-indirizz tal-email tiegħek biex nittrattawh; il-persuna li tirrapporta qatt ma tingħad min int.
report-name = Ismek
report-email = L-indirizz tal-email tiegħek
report-email-hint = Nibagħtu r-riżultat hawn.
report-good-faith = Nemmen in bona fide li l-informazzjoni f'dan l-avviż hija preċiża u kompluta.
report-login-instead = Għandek kont?
report-sent = Grazzi. Ir-rapport tiegħek intbagħat, u moderatur se jeżaminah.
report-duplicate = Diġà rrapportajt dan. Ir-rapport ta' qabel għadu jgħodd; m'hemmx għalfejn terġa' tibagħtu.
report-receipt-intro = Żomm din ir-riċevuta: biha tista' tara x'ġie deċiż.
report-receipt = Ir-riċevuta tiegħek
report-receipt-hint = Rapport numru { $id }
report-receipt-copy = Ikkopja r-riċevuta
report-receipt-copied = Ir-riċevuta ġiet ikkupjata.
report-check-later = Iċċekkja dan ir-rapport aktar tard
report-follow-up = Se tiġi infurmat bir-riżultat. Tista' ssegwih ukoll f'
report-outcome = Deċiż fil-{ $date }: { $action }
report-outcome-policy = Regola applikata: { $policy }
report-state-open = Qed jistenna l-eżami
report-state-decided = Deċiż
comment-report = Irrapporta l-kumment ta' { $handle }
profile-report = Irrapporta
profile-withheld = Dan il-kont mhuwiex disponibbli fejn int.
label-panel = Informazzjoni
label-more = Sir af aktar
video-age-restricted = Ristrett skont l-età
video-held = Miżmum
video-held-own = Il-vidjo tiegħek huwa miżmum: jaqbel ma' kontenut li tneħħa qabel. Moderatur se jeżaminah.
video-removed-own = Il-vidjo tiegħek tneħħa minn moderatur. Int biss tara dan l-avviż.
video-reduced-own = Wara deċiżjoni ta' moderazzjoni, il-vidjo tiegħek mhux rakkomandat fil-feeds. Int biss tara dan l-avviż.
video-withheld = Dan il-vidjo mhuwiex disponibbli fejn int.
status-link = Ara għaliex, u kif tappella

## Moderation: actions, targets, grounds
action-no_violation = L-ebda ksur
action-remove = Imneħħi
action-age_restrict = Ristrett skont l-età
action-restrict_regions = Ristrett f'xi reġjuni
action-label = Żdiedet tikketta ta' informazzjoni
action-reduce_distribution = Distribuzzjoni mnaqqsa
action-suspend = Kont sospiż
action-terminate = Kont magħluq
target-video = Vidjo
target-comment = Kumment
target-account = Kont
ground-illegal = Kontenut illegali
ground-incompatible = Kontra l-linji gwida tal-komunità
source-notice = Avviż minn xi ħadd li rrapportah
source-trusted-flagger = Avviż minn notifikatur fdat
source-own-initiative = L-eżami ta' Spool stess
decision-reversed = Imreġġa' lura

## Account status and statements of reasons
status-title = L-istatus tal-kont
settings-status-intro = Deċiżjonijiet dwar il-kontenut tiegħek, l-appelli tiegħek, u r-rapporti li bgħatt.
settings-about = Dwar Spool
status-standing = Il-kont tiegħek
status-good = Il-kont tiegħek huwa f'qagħda tajba.
status-suspended = Il-kont tiegħek huwa sospiż.
status-suspended-until = Il-kont tiegħek huwa sospiż sa { $date }.
status-terminated = Il-kont tiegħek ingħalaq. Xorta tista' taqra d-deċiżjonijiet u tappella.
status-strikes = { $count ->
    [one] Twissijiet: { $count } minn { $threshold }
    [two] Twissijiet: { $count } minn { $threshold }
    [few] Twissijiet: { $count } minn { $threshold }
    [many] Twissijiet: { $count } minn { $threshold }
   *[other] Twissijiet: { $count } minn { $threshold }
}
status-strikes-hint = Kull deċiżjoni kontra l-kontenut tiegħek hija twissija. Fil-limitu l-kont jiġi sospiż. Twissijiet qodma jiskadu.
status-history = Deċiżjonijiet preċedenti
status-statements = Deċiżjonijiet u r-raġunijiet tagħhom
status-statements-intro = Għal kull deċiżjoni nibagħtu dikjarazzjoni tar-raġunijiet: x'ġie deċiż, taħt liema regola, u kif tappella.
status-no-statements = L-ebda deċiżjoni dwar il-kontenut tiegħek.
status-my-reports = Ir-rapporti tiegħi
status-no-reports = Ma rrapportajt xejn.
status-receipt-title = Ir-rapport tiegħek
statement-heading = { $action } · { $date }
statement-decision = Deċiżjoni
statement-content = Kontenut
statement-facts = X'sibna
statement-policy = Regola
statement-ground-illegal = Inqisu l-kontenut illegali.
statement-ground-incompatible = Il-kontenut imur kontra l-linji gwida tal-komunità tagħna.
statement-legal-ground = Bażi legali: { $ground }
statement-policy-ground = Linja gwida: { $ground }
statement-label = Tikketta murija
statement-detection = Kif instab
statement-detected-auto = B'għodod awtomatizzati
statement-detected-human = Mingħajr għodod awtomatizzati
statement-automated = Kif ġie deċiż
statement-decided-auto = Minn sistema awtomatizzata
statement-decided-human = Minn persuna, mhux awtomatikament
statement-source = X'beda l-eżami
statement-scope = Fejn japplika
statement-scope-everywhere = Kullimkien
statement-duration = Kemm idum
statement-duration-until = Minn { $from } sa { $until }
statement-duration-open = Minn { $from }, mingħajr data tat-tmiem
statement-account-suspended = Il-kont tiegħek ġie sospiż.
statement-account-terminated = Il-kont tiegħek ingħalaq.
statement-appeal = Appell
statement-appeal-until = Tista' tappella sa { $date }. Moderatur ieħor se jeżaminah.
statement-appeal-possible = Tista' tappella. Moderatur ieħor se jeżaminah.
statement-appeal-closed = Din id-deċiżjoni ma tistax tibqa' tiġi appellata hawn. Xorta tista' tmur għand korp ċertifikat għas-soluzzjoni ta' tilwim barra mill-qorti jew quddiem qorti.
statement-appeal-open = L-appell tiegħek qed jiġi eżaminat.
statement-appeal-upheld = L-appell tiegħek ġie milqugħ: id-deċiżjoni treġġgħet lura.
statement-appeal-rejected = L-appell tiegħek ġie eżaminat u d-deċiżjoni tibqa'.
statement-technical = Dettalji tekniċi (kif mibgħuta lill-bażi tad-data tal-UE dwar it-trasparenza)
appeal-text = Għaliex għandha tinbidel id-deċiżjoni?
appeal-text-hint = Spjega x'seta' qabeż lill-moderatur. Tista' żżid kuntest jew links.
appeal-send = Ibgħat l-appell
appeal-sent = L-appell tiegħek intbagħat. Moderatur ieħor se jeżaminah, u se tirċievi dikjarazzjoni ġdida.
appeal-exists = Diġà għandek appell miftuħ għal din id-deċiżjoni.

## Moderator console
mod-title = Moderazzjoni
mod-region = Reġjun
mod-region-hint = Il-kju tar-reġjun li timmodera.
mod-not-moderator = M'intix moderatur ta' dan ir-reġjun.
queue-title = Kju tal-eżami: { $region }
queue-refresh = Aġġorna
queue-empty = Il-kju huwa vojt.
queue-count = { $count ->
    [one] { $count } oġġett, l-aktar urġenti l-ewwel
    [two] { $count } oġġetti, l-aktar urġenti l-ewwel
    [few] { $count } oġġetti, l-aktar urġenti l-ewwel
    [many] { $count }-il oġġett, l-aktar urġenti l-ewwel
   *[other] { $count } oġġett, l-aktar urġenti l-ewwel
}
queue-kind-notice = Avviż
queue-kind-appeal = Appell
queue-kind-match = Qbil
queue-severity = Gravità
queue-notices = Avviżi
queue-reach = Veduti (24 siegħa)
queue-detection = Instab minn
queue-automated = Sejbien awtomatiku
queue-human = Persuni
queue-due = Skadenza { $time }
queue-overdue = Tard: l-iskadenza kienet { $time }
queue-claimed-mine = Ħadtu int; jiskadi { $time }
queue-claimed-other = Ħadu moderatur ieħor
queue-claim = Ħudu
queue-claim-done = Meħud. Huwa tiegħek għall-ftit minuti li ġejjin.
queue-open = Eżamina
item-title = Eżami
item-heading = Eżami: { $category }
item-back = Lura għall-kju
item-decided = Deċiż
item-context = Il-kontenut
item-player = Il-vidjo rrapportat
item-caption = Deskrizzjoni
item-sound = Ħoss
item-state = Stat
item-remixes = Remixes
item-none = Xejn
item-open-video = Paġna tal-vidjo
item-open-video-link = Iftaħ il-vidjo
item-comment-text = Kumment
item-comment-video = Fuq il-vidjo
item-account = Kont
item-detection = Sejbien awtomatiku
item-notices = { $count ->
    [one] { $count } avviż
    [two] { $count } avviżi
    [few] { $count } avviżi
    [many] { $count }-il avviż
   *[other] { $count } avviż
}
item-history = Deċiżjonijiet preċedenti dwar dan il-kont
item-history-none = L-ebda deċiżjoni preċedenti.
item-appeal = L-appell
item-appeal-decision = Id-deċiżjoni appellata
decide-title = Deċiżjoni
decide-action = Azzjoni
decide-policy = Regola
decide-policy-category = Regola ġenerali: { $category }
decide-legal-ground = Bażi legali: { $ground }
decide-facts = Fatti
decide-facts-hint = X'sibt, bi kliem sempliċi. Il-ħallieq jaqra dan.
decide-restrict = Fejn tirrestrinġi
decide-restrict-hint = Agħżel reġjuni, pajjiżi jew it-tnejn. Ordni legali jeħtieġ ir-referenza tiegħu.
decide-regions = Reġjuni
decide-countries = Pajjiżi
decide-countries-hint = Kodiċijiet tal-pajjiż ta' żewġ ittri, separati b'virgoli (DE, AT).
decide-reference = Referenza (ordni ta' qorti jew awtorità)
decide-reference-hint = Mhux obbligatorja. Tintwera lit-telespettaturi li ma jistgħux jaraw il-kontenut.
decide-restrict-empty = Agħżel mill-inqas reġjun jew pajjiż wieħed.
decide-label = Tikketta ta' informazzjoni
decide-label-text = Test tat-tikketta
decide-label-url = Link għal aktar informazzjoni
decide-suspend = Sospensjoni
decide-days = Jiem
decide-days-hint = Minn 1 sa 365.
decide-submit = Iddeċiedi
decide-done = Id-deċiżjoni ġiet irreġistrata: { $action }. Id-dikjarazzjoni tar-raġunijiet intbagħtet.
appeal-decide-title = Iddeċiedi l-appell
appeal-outcome = Riżultat
appeal-outcome-upheld = Ilqa' l-appell
appeal-outcome-upheld-hint = Id-deċiżjoni titreġġa' lura mill-ewwel u l-kontenut jew il-kont jiġi rrestawrat.
appeal-outcome-rejected = Iċħad l-appell
appeal-outcome-rejected-hint = Id-deċiżjoni tibqa'.
appeal-decide-submit = Iddeċiedi l-appell
appeal-decided-upheld = Appell milqugħ: id-deċiżjoni treġġgħet lura. Intbagħtet dikjarazzjoni ġdida.
appeal-decided-rejected = Appell miċħud: id-deċiżjoni tibqa'. Intbagħtet dikjarazzjoni ġdida.
error-claimed = Moderatur ieħor ħa dan l-oġġett.
error-same_moderator = Il-moderatur li ħa d-deċiżjoni ma jistax jiddeċiedi l-appell tagħha.

## Transparency report
transparency-title = Trasparenza
transparency-intro = Kif taħdem il-moderazzjoni fuq Spool, f'numri: avviżi, deċiżjonijiet, kemm ittieħdu malajr, appelli u treġġigħ lura. L-ebda data personali ma tintwera.
transparency-region = Reġjun
transparency-all-regions = Ir-reġjuni kollha
transparency-period = Perjodu
transparency-period-days = L-aħħar 30 jum, kuljum
transparency-period-weeks = L-aħħar 12-il ġimgħa, kull ġimgħa
transparency-period-months = L-aħħar 12-il xahar, kull xahar
transparency-range = { $from } sa { $to }
transparency-csv = Niżżel bħala CSV
transparency-summary = B'kollox: { $region }
transparency-notices = Avviżi
transparency-decisions = Deċiżjonijiet
transparency-median = Ħin medjan sad-deċiżjoni
transparency-p90 = 90 perċentil
transparency-hours = { $hours } siegħa
transparency-hours-unit = siegħa
transparency-deadline-misses = Skadenzi mitlufa
transparency-automated-detection = Misjuba b'għodod awtomatizzati
transparency-automated-decision = Deċiżi awtomatikament
transparency-suspensions = Sospensjonijiet
transparency-appeals = Appelli
transparency-reversals = Treġġigħ lura
transparency-over-time = Maż-żmien
transparency-chart-volume = Avviżi u deċiżjonijiet
transparency-chart-speed = Ħin sad-deċiżjoni (sigħat)
transparency-breakdown = Tqassim
transparency-chart-notices-category = Avviżi skont il-kategorija
transparency-chart-decisions-action = Deċiżjonijiet skont l-azzjoni
transparency-chart-decisions-category = Deċiżjonijiet skont il-kategorija
transparency-chart-ground = Deċiżjonijiet skont il-bażi
transparency-chart-source = Avviżi skont is-sors
transparency-appeals-title = Appelli
transparency-chart-appeals = Riżultati tal-appelli
transparency-chart-appeals-time = Appelli u treġġigħ lura maż-żmien
transparency-appeals-upheld = Milqugħa
transparency-appeals-rejected = Miċħuda
transparency-appeals-open = Miftuħa
transparency-orders = Ordnijiet legali u skrinjar
transparency-chart-orders = Ordnijiet legali skont ir-reġjun
transparency-screening-flagged = Immarkati mill-iskrinjar
transparency-screening-decided = Eżaminati
transparency-screening-confirmed = Ikkonfermati
transparency-screening-precision = Preċiżjoni
transparency-none = Xejn f'dan il-perjodu.
transparency-yes = Iva
transparency-no = Le
transparency-log = Reġistru tad-deċiżjonijiet
transparency-log-intro = Kull deċiżjoni, mingħajr id-data ta' min irrapporta, tal-ħallieqa jew tal-moderaturi.
transparency-log-date = Data
transparency-log-action = Deċiżjoni
transparency-log-category = Kategorija
transparency-log-ground = Bażi
transparency-log-content = Kontenut
transparency-log-detected = Sejbien awtomatiku
transparency-log-automated = Deċiżjoni awtomatika
transparency-log-scope = Fejn
transparency-log-source = Sors
transparency-log-reversed = Imreġġa' lura
transparency-log-more = Aktar deċiżjonijiet
transparency-log-empty = Għad m'hemmx deċiżjonijiet.
chart-show-table = Uri n-numri f'tabella
chart-summary-line = Minn { $from } sa { $to }. Totali: { $totals }
chart-period = Perjodu
chart-item = Oġġett
chart-value = Għadd
notif-statement = Ittieħdet deċiżjoni ta' moderazzjoni dwar il-kontenut tiegħek. Aqra għaliex, u kif tappella.
notif-report_outcome = Rapport li bgħatt ġie deċiż.

## Moderation: more codes from the server
action-hold = Miżmum għall-eżami
action-reversed = Imreġġa' lura wara appell
action-upheld_decision = Ikkonfermat wara appell
action-appeal_upheld = Appell milqugħ
action-appeal_rejected = Appell miċħud
notice-source-account = Avviż minn kont
notice-source-anonymous = Avviż mingħajr kont (DSA art. 16)
notice-source-screening = Skrinjar awtomatiku
notice-source-fingerprint = Qbil ma' kontenut imneħħi
notice-source-legal_order = Ordni legali
source-complaint = Appell
statement-scope-eea = L-UE u ż-ŻEE (30 pajjiż)
statement-regions = Reġjuni
statement-reference = Referenza tal-ordni
statement-outcome-heading = { $action } · { $date }
error-already_decided = Dan diġà ġie deċiż.
error-appeal_open = Diġà hemm appell miftuħ għal din id-deċiżjoni.
error-appeal_closed = Din id-deċiżjoni ma tistax tibqa' tiġi appellata.
error-account_suspended = Il-kont tiegħek huwa sospiż, għalhekk ma tistax tagħmel dan issa.
error-account_terminated = Il-kont tiegħek huwa magħluq.
error-not_moderator = M'intix moderatur ta' dan ir-reġjun.
video-withheld-own = Il-vidjo tiegħek mhux disponibbli f': { $places }. Int biss tara dan l-avviż.
item-restrictions = Restrizzjonijiet attwali

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Idħol biex tkompli
signin-sheet-intro = Idħol biex tagħti like, tikkummenta, issegwi u jkollok feed magħmul għalik.
feed-caught-up = Rajt kollox
feed-caught-up-hint = Għalissa rajt il-klips kollha. Sib aktar f'Skopri.
feed-explore = Esplora
clip-creator-profile = Profil ta' { $handle }
unfollow-handle = Tibqax issegwi lil { $handle }
clip-progress = Pożizzjoni tal-logħob
clip-progress-value = { $at } minn { $length }
video-edit = Editja l-vidjo
video-edit-save = Issejvja
video-edit-done = Il-bidliet ġew issejvjati
video-delete = Ħassar il-vidjo
video-delete-confirm = Tħassar dan il-vidjo għal dejjem? Il-kummenti u l-għoġbien tiegħu jmorru miegħu.
video-delete-done = Il-vidjo tħassar
back = Lura
cancel = Ikkanċella
discover-trending = Popolari issa
discover-trending-tags = Hashtags popolari

## How the feed works: its stages and parameters
algo-stage-events = Minn xiex jitgħallem il-feed
algo-stage-model = Il-mudell tal-gosti
algo-stage-candidates = Minn fejn jiġu l-kandidati
algo-stage-exploration = Ċans għall-vidjows ġodda
algo-stage-ranking = Klassifikazzjoni
algo-stage-filters = X'jiġi ffiltrat
algo-stage-diversity = Varjetà
algo-stage-non_personalized = Il-feed mhux personalizzat
algo-technical = Deskrizzjoni teknika (bl-Ingliż)
algo-param-bias-learning-rate = Kemm jitgħallem malajr l-attrazzjoni proprja ta' vidjo
algo-param-expiry-secs = Jintesa wara li jkun inattiv għal
algo-param-history-len = Veduti riċenti li jgħoddu
algo-param-history-weight = Piż tal-veduti riċenti
algo-param-init-scale = Firxa inizjali tar-ringieli l-ġodda
algo-param-item-min-count = Interazzjonijiet qabel ma vidjo jieħu ringiela tiegħu
algo-param-learning-rate = Kemm jitgħallmu malajr il-gosti
algo-param-margin = Marġni bejn vidjows li għoġbu u oħrajn maqbuża
algo-param-negative-trials = Vidjows ippruvati meta jfittex kontro-eżempju
algo-param-negatives-per-positive = Kontro-eżempji għal kull sinjal pożittiv
algo-param-regularization = Regolarizzazzjoni (iżżomm il-mudell milli jeċċessa)
algo-param-seed = Żerriegħa każwali (għar-riproduċibbiltà)
algo-param-max-age-hours = Il-vidjows ġodda jiġu esplorati għal
algo-param-min-completion-rate = Mara sal-aħħar mill-inqas
algo-param-min-engagement-rate = Għoġbien, kummenti u qsim għal kull veduta mill-inqas
algo-param-slots-per-page = Postijiet f'kull paġna għal vidjows ġodda
algo-param-stages = Daqsijiet tal-udjenza fl-istadji tat-test
algo-param-freshness-hours = Vidjo jitqies ġdid għal
algo-param-trending-half-life-hours = Il-popolarità tgħodd nofs wara
algo-param-weights = Piżijiet tal-punteġġ tal-klassifikazzjoni
algo-param-engagement = Involviment mistenni
algo-param-exploration = Esplorazzjoni
algo-param-following = Kontijiet li ssegwi
algo-param-freshness = Freskezza
algo-param-trending = Popolarità
algo-param-creator-spacing = Klips qabel ma jerġa' jiġi l-istess ħallieq
algo-param-sound-spacing = Klips qabel ma jerġa' jiġi l-istess ħoss
algo-param-catalog-videos = Vidjows fil-katalgu
algo-param-viewers-with-state = Telespettaturi li jaf il-mudell

tile-views = { $count ->
    [one] { $count } veduta
    [two] { $count } veduti
    [few] { $count } veduti
    [many] { $count }-il veduta
   *[other] { $count } veduta
}

## Long press: speed
clip-options = Għażliet
speed-title = Veloċità tal-logħob
speed-normal = Normali
speed-value = { $rate }×
speed-set = Qed jilgħab b'{ $rate }×

## Upload: preview, cover, draft
upload-preview = Dehra minn qabel tal-klip tiegħek
upload-cover = Qoxra
upload-cover-hint = Żerżaq għall-qafas li n-nies jaraw qabel ma jibda l-klip.
upload-draft-restored = L-abbozz tiegħek lura: deskrizzjoni u issettjar kif ħallejthom.
error-invalid_cover = Il-qoxra trid tkun mument mill-klip.

# Captions and profile photos
clip-captions-on = Ixgħel is-sottotitli
clip-captions-off = Itfi s-sottotitli
captions-on = Sottotitli mixgħula
captions-off = Sottotitli mitfija
captions-title = Sottotitli
captions-file = Fajl tas-sottotitli (.vtt)
captions-hint = Fajl WebVTT, wieħed għal kull lingwa. Is-sottotitli kollha jridu jaqgħu fi ħdan it-tul tal-klip.
captions-language = Lingwa tas-sottotitli
captions-add = Żid sottotitli
captions-remove = Neħħi s-sottotitli ({ $language })
captions-remove-short = Neħħi
captions-none = Għad m'hemmx sottotitli.
captions-added = Is-sottotitli ({ $language }) ġew miżjuda.
captions-removed = Is-sottotitli ({ $language }) tneħħew.
captions-failed = Il-klip tiegħek ġie ppubblikat, iżda s-sottotitli ma ġewx miżjuda: { $reason } Tista' żżidhom mill-pannell tal-editjar tal-klip.
captions-pick-file = L-ewwel agħżel fajl .vtt.
error-invalid_webvtt = Dan mhuwiex fajl tas-sottotitli WebVTT validu.
error-invalid_language = Agħżel il-lingwa tas-sottotitli.
profile-photo-choose = Ritratt tal-profil
profile-photo-hint = JPEG, PNG jew WebP, sa 8 MB. Jinqata' f'kwadru, u l-informazzjoni dwar fejn u b'xiex ittieħed titneħħa.
profile-photo-remove = Neħħi r-ritratt
profile-photo-type = Agħżel stampa JPEG, PNG jew WebP.
profile-edit-save = Issejvja l-profil
profile-edit-done = Il-profil ġie ssejvjat.
error-invalid_photo = Dan il-fajl mhuwiex stampa li tista' tinqara.
error-photo_too_small = Ir-ritratt huwa żgħir wisq: agħżel wieħed ta' mill-inqas 64 pixel fuq kull naħa.
error-photo_too_large = Ir-ritratt huwa kbir wisq: mhux aktar minn 8192 pixel fuq kull naħa.
error-invalid_crop = Il-parti tar-ritratt li trid iżżomm trid tkun kwadru ġo fih.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Istanzi oħra
fed-intro = Segwi nies fuq istanzi oħra li jitkellmu ActivityPub, bħal servers oħra ta' Spool. Il-vidjows tagħhom jidhru fil-feed tiegħek Qed issegwi.
fed-teen = Il-kontijiet taż-żgħażagħ jibqgħu fuq din l-istanza: ma jistgħux isegwu jew jiġu segwiti minn istanzi oħra.
fed-address = Indirizz fuq istanza oħra
fed-address-hint = Bħala isem@host, pereżempju alex@example.org
fed-follow = Segwi
fed-address-invalid = Daħħal l-indirizz bħala isem@host, pereżempju alex@example.org.
fed-address-local = Dak il-kont jinsab fuq din l-istanza: segwih mill-profil tiegħu.
fed-not-found = Ma nstab l-ebda kont { $handle }. Iċċekkja l-indirizz.
fed-requested = Intbagħtet talba biex issegwi lil { $handle }.
fed-following = Kontijiet li ssegwi hemmhekk
fed-following-empty = Għadek ma ssegwi lil ħadd fuq istanza oħra.
fed-pending = Talba mibgħuta
fed-followers = Is-segwaċi tiegħek minn hemmhekk
fed-followers-empty = Għad ma hemm ħadd minn istanza oħra li jsegwik.
fed-wants-to-follow = Irid isegwik
fed-unfollow = Tibqax issegwi
fed-accept = Aċċetta
fed-accept-label = Aċċetta t-talba ta' { $handle } biex isegwik
fed-decline = Irrifjuta
fed-decline-label = Irrifjuta t-talba ta' { $handle } biex isegwik
fed-remove = Neħħi
fed-remove-label = Neħħi lil { $handle } mis-segwaċi tiegħek
fed-accepted = { $handle } issa qed isegwik.
fed-declined = Irrifjutajt it-talba ta' { $handle }.
fed-removed = { $handle } m'għadux isegwik.
fed-from = Minn { $host }
fed-open = Iftaħ fuq { $host }
fed-cannot-play = Dan il-vidjo ma jistax jintwera hawn.
comment-remote-remove = Neħħi t-tweġiba ta' { $handle }
fed-shared-by = Maqsum minn { $handle }
reason-remote_instance = Minn { $host }, istanza fejn nies minn hawn isegwu kontijiet
fed-like = Jogħġobni
