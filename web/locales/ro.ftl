# Textele interfeței Spool: română (Project Fluent). Aceleași mesaje ca en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — videoclipuri scurte
app-description = Urmărește, creează și distribuie videoclipuri scurte. Datele tale rămân în regiunea ta de domiciliu.
skip-to-content = Salt la conținut
loading = Se încarcă…
noscript = Spool are nevoie de JavaScript pentru a reda videoclipuri. Activează-l sau folosește direct API-ul.
assets-missing = Clientul web nu a fost inclus în acest server. Construiește-l cu „npm ci && npm run build” în folderul web/, apoi reconstruiește Spool.
title-page = { $page } · Spool
title-not-found = Negăsit · Spool
not-found = Această pagină nu există.
close = Închide

## Navigation
nav-label = Principal
nav-home = Acasă
nav-discover = Descoperă
nav-upload = Încarcă
nav-inbox = Mesaje
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } notificare necitită
    [few] { $count } notificări necitite
   *[other] { $count } de notificări necitite
}

## Feed
feed-tabs = Fluxuri
feed-for-you = Pentru tine
feed-following = Urmăriți
feed-personalized = Personalizat
feed-mode-hint = Când este dezactivat, fluxul nu folosește profilarea: arată ce e popular și nou în regiunea și limba ta.
feed-mode-personalized = Flux personalizat activat
feed-mode-non-personalized = Flux personalizat dezactivat: fără profilare
feed-empty = Încă nu e nimic de văzut. Încarcă primul clip sau caută ceva.
feed-following-empty = Niciun clip nou de la conturile pe care le urmărești.
feed-login = Conectează-te ca să vezi clipurile conturilor pe care le urmărești.
feed-unavailable = Fluxul nu este încă disponibil pe acest server. Încearcă căutarea sau un profil.
video-title = Videoclip
video-processing = Se procesează…
video-failed = Procesarea a eșuat
clip-video-label = Videoclip de { $handle }
clip-loading = Se încarcă videoclipul
clip-unmute = Pornește sunetul
clip-mute = Oprește sunetul
clip-play = Redă
clip-pause = Pauză
clip-actions = Acțiuni pentru videoclipul lui { $handle }
clip-like = { $count ->
    [one] Apreciază ({ $count } apreciere)
    [few] Apreciază ({ $count } aprecieri)
   *[other] Apreciază ({ $count } de aprecieri)
}
clip-comments = { $count ->
    [one] Comentarii ({ $count } comentariu)
    [few] Comentarii ({ $count } comentarii)
   *[other] Comentarii ({ $count } de comentarii)
}
clip-share = { $count ->
    [one] Distribuie ({ $count } distribuire)
    [few] Distribuie ({ $count } distribuiri)
   *[other] Distribuie ({ $count } de distribuiri)
}
clip-more = Mai multe opțiuni
clip-sound = Sunet original – { $handle }
clip-duet-of = Duet: vezi originalul
clip-stitch-of = Stitch: vezi originalul
follow-handle = Urmărește-l pe { $handle }
follow-requested = Cerere trimisă
follow-done = Acum îl urmărești pe { $handle }
unfollow-done = Nu îl mai urmărești pe { $handle }
login-needed = Conectează-te mai întâi.
share-title = Distribuie
share-link = Link către acest videoclip
share-copy = Copiază linkul
share-copied = Link copiat
not-interested = Nu mă interesează
not-interested-done = Am înțeles: vei vedea mai puține clipuri ca acesta.
open-sound = Deschide sunetul
make-duet = Fă un duet
make-stitch = Fă un stitch din acest videoclip
why-title = De ce acest videoclip?
why-none = Acest clip a fost deschis direct, nu a fost ales de flux.
why-explainer = Fluxul alege clipurile după reguli publicate. Poți dezactiva personalizarea oricând.
algorithm-link = Cum funcționează fluxul

## Reasons
reason-follows_creator = Îl urmărești pe { $handle }
reason-topic = Urmărești clipuri despre { $hashtag }
reason-similar_to_liked = Asemănător cu clipuri pe care le-ai apreciat
reason-taste_match = Se potrivește cu ce urmărești de obicei
reason-trending_region = Popular în regiunea ta ({ $region })
reason-trending_language = Popular în limba ta ({ $language })
reason-new_video_test_audience = Un clip nou arătat unui mic public de test
reason-fresh = Publicat recent
reason-sound = Folosește sunetul „{ $sound }”
reason-seen_before = Ai văzut toate clipurile noi; urmărește-l din nou pe acesta

## Comments
comments-title = { $count ->
    [one] { $count } comentariu
    [few] { $count } comentarii
   *[other] { $count } de comentarii
}
comments-empty = Încă nu există comentarii. Fii primul.
comments-more = Mai multe comentarii
comments-off = Comentariile sunt dezactivate pentru acest videoclip.
comment-add = Adaugă un comentariu
comment-send = Publică
comment-sent = Comentariu publicat
comment-reply = Răspunde
comment-reply-to = Răspuns pentru { $handle }
comment-cancel-reply = Anulează răspunsul
comment-replies = { $count ->
    [one] Vezi { $count } răspuns
    [few] Vezi { $count } răspunsuri
   *[other] Vezi { $count } de răspunsuri
}
comment-like = { $count ->
    [one] Apreciază comentariul ({ $count } apreciere)
    [few] Apreciază comentariul ({ $count } aprecieri)
   *[other] Apreciază comentariul ({ $count } de aprecieri)
}
comment-pinned = Fixat
comment-login = Conectează-te ca să comentezi

## Reports
report = Raportează
report-intro = Spune-ne ce nu e în regulă. Un moderator verifică fiecare raportare și vei primi un răspuns.
report-category = Motiv
report-note = Detalii (opțional)
report-note-hint = La ce ar trebui să se uite moderatorul?
report-send = Trimite raportarea

## Upload
upload-title = Încarcă
upload-file = Fișier video
upload-file-hint = Între 1 secundă și 10 minute. Încărcarea începe imediat și se reia dacă se întrerupe conexiunea.
upload-progress-label = Progresul încărcării
upload-progress = { $percent } % ({ $sent } din { $total } octeți)
upload-done = Încărcare finalizată
upload-error = Încărcarea a eșuat. Încearcă din nou.
upload-pause = Pauză
upload-resume = Reia
upload-caption = Descriere
upload-caption-hint = Scrie # pentru hashtaguri și @ ca să menționezi pe cineva.
upload-visibility = Cine poate urmări
visibility-public = Toată lumea
visibility-followers = Urmăritori
visibility-private = Doar eu
upload-allow = Permite altora să
upload-allow-comments = Comenteze
upload-allow-duet = Facă duete
upload-allow-stitch = Facă stitch
upload-sound = Sunet (opțional)
upload-sound-search = Caută un sunet
upload-sound-none = Clipul tău își păstrează sunetul propriu.
upload-sound-chosen = Sunet: { $title }
upload-sound-clear = Folosește sunetul meu
upload-duet = Duet cu { $handle }
upload-stitch = Stitch din videoclipul lui { $handle }
upload-post = Publică
upload-pick-first = Alege mai întâi un fișier video.
upload-waiting = Se finalizează încărcarea…
upload-processing = Se procesează videoclipul… Durează cam cât clipul.
upload-ready = Videoclipul tău e gata!
upload-watch = Urmărește-l
upload-to-profile = Mergi la profilul tău
suggestions = Sugestii
suggestions-count = { $count ->
    [one] { $count } sugestie. Folosește săgețile sus și jos pentru a alege.
    [few] { $count } sugestii. Folosește săgețile sus și jos pentru a alege.
   *[other] { $count } de sugestii. Folosește săgețile sus și jos pentru a alege.
}

## Profiles, hashtags, sounds
profile-not-found = Acest cont nu există.
profile-edit = Editează profilul
profile-follow = Urmărește
profile-following = Urmărești
profile-private = Privat
profile-private-body = Acest cont este privat. Urmărește-l ca să-i vezi videoclipurile.
profile-following-count = Urmăriți
profile-followers-count = Urmăritori
profile-likes-count = Aprecieri
profile-videos-count = Videoclipuri
profile-videos = Videoclipuri
profile-empty = Încă nu există videoclipuri.
profile-empty-own = Încă n-ai publicat nimic. Clipurile tale vor apărea aici.
tile-label = { $caption } — de { $handle }
tile-label-plain = Videoclip de { $handle }
hashtag-count = { $count ->
    [one] { $count } videoclip
    [few] { $count } videoclipuri
   *[other] { $count } de videoclipuri
}
hashtag-empty = Încă nu există videoclipuri publice cu acest hashtag.
sound-title = Sunet
sound-listen = Ascultă { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } videoclip
    [few] { $count } videoclipuri
   *[other] { $count } de videoclipuri
}
sound-use = Folosește acest sunet
sound-original = Videoclipul original
sound-sort = Sortează videoclipurile
sound-newest = Cele mai noi
sound-popular = Populare
sound-empty = Niciun videoclip nu folosește încă acest sunet.

## Search
search-title = Descoperă
search-label = Caută
search-placeholder = Caută conturi, videoclipuri, #hashtaguri, sunete
search-submit = Caută
search-types = Ce cauți
search-videos = Videoclipuri
search-accounts = Conturi
search-hashtags = Hashtaguri
search-sounds = Sunete
search-results = Rezultate
search-hint = Scrie un cuvânt, un #hashtag sau un @nume.
search-empty = Nimic găsit pentru „{ $query }”.
search-followers = { $count ->
    [one] { $count } urmăritor
    [few] { $count } urmăritori
   *[other] { $count } de urmăritori
}

## Inbox
inbox-title = Mesaje
inbox-requests = Cereri de urmărire
inbox-activity = Activitate
inbox-empty = Încă nu ai notificări.
inbox-unread = Necitite:
request-accept = Acceptă
request-decline = Refuză
request-accepted = { $handle } îți poate vedea acum videoclipurile
request-declined = Cererea lui { $handle } a fost refuzată
notif-like = { $count ->
    [one] { $actor } ți-a apreciat videoclipul
    [few] { $count } persoane ți-au apreciat videoclipul
   *[other] { $count } de persoane ți-au apreciat videoclipul
}
notif-comment = { $others ->
    [0] { $actor } a comentat la videoclipul tău
    [one] { $actor } și încă { $others } persoană au comentat la videoclipul tău
    [few] { $actor } și încă { $others } persoane au comentat la videoclipul tău
   *[other] { $actor } și încă { $others } de persoane au comentat la videoclipul tău
}
notif-reply = { $actor } ți-a răspuns la comentariu
notif-mention = { $actor } te-a menționat
notif-follow = { $count ->
    [one] { $actor } a început să te urmărească
    [few] { $count } urmăritori noi
   *[other] { $count } de urmăritori noi
}
notif-follow_request = { $actor } a cerut să te urmărească
notif-follow_accepted = { $actor } ți-a acceptat cererea de urmărire
notif-comment_like = { $others ->
    [0] { $actor } ți-a apreciat comentariul
    [one] { $actor } și încă { $others } persoană ți-au apreciat comentariul
    [few] { $actor } și încă { $others } persoane ți-au apreciat comentariul
   *[other] { $actor } și încă { $others } de persoane ți-au apreciat comentariul
}
notif-duet = { $actor } a făcut un duet cu videoclipul tău
notif-stitch = { $actor } a făcut un stitch din videoclipul tău

## Settings
settings-title = Setări
settings-save = Salvează
settings-saved = Salvat
settings-profile = Profil
settings-privacy = Confidențialitate
settings-private = Cont privat
settings-private-hint = Doar urmăritorii pe care îi aprobi îți pot vedea videoclipurile.
settings-who-comment = Cine poate comenta la videoclipurile tale
settings-who-duet = Cine poate face duete cu videoclipurile tale
settings-who-stitch = Cine poate face stitch din videoclipurile tale
policy-everyone = Toată lumea
policy-followers = Urmăritori
policy-nobody = Nimeni
settings-liked-public = Arată pe profilul meu videoclipurile pe care le-am apreciat
settings-teen = Contul tău este un cont de adolescent: unele setări sunt mai stricte.
settings-feed = Flux
settings-reset-recommendations = Resetează recomandările mele
settings-reset-done = Recomandările tale au fost resetate.
settings-language = Limbă
settings-language-label = Limba interfeței
settings-language-hint = În mod implicit, Spool folosește limba browserului tău.
settings-data = Datele tale
settings-data-intro = Descarcă tot ce stochează Spool despre tine și vezi ce membri ai personalului le-au consultat și de ce.
settings-export = Descarcă datele mele
settings-region = Regiune de domiciliu
settings-region-now = Datele tale sunt stocate în: { $region }
settings-region-intro = Datele tale personale se află doar în regiunea ta de domiciliu. Le poți muta în alta.
settings-move-to = Noua regiune de domiciliu
settings-move = Mută datele mele
settings-move-confirm = Muți toate datele tale personale în { $region }?
settings-move-done = Datele tale au fost mutate.
settings-account = Cont
settings-signed-in = Conectat ca { $handle }
settings-logout = Deconectează-te
settings-delete = Șterge contul
settings-delete-intro = Aceasta îți șterge definitiv contul, videoclipurile și toate datele. Nu poate fi anulată.
settings-delete-confirm = Ștergi definitiv contul și tot ce conține?
settings-sessions = Sesiuni
settings-sessions-intro = Dispozitivele pe care ești conectat. Deconectează-te de pe cele pe care nu le recunoști.
settings-sessions-logout-others = Deconectează-te de peste tot în rest
settings-sessions-ended = { $count ->
    [one] Deconectat din { $count } altă sesiune.
    [few] Deconectat din { $count } alte sesiuni.
   *[other] Deconectat din { $count } de alte sesiuni.
}
session-device = { $browser } pe { $os }
session-device-unknown = Dispozitiv necunoscut
session-current = Acest dispozitiv
session-times = Conectat { $created } · ultima activitate { $used }
session-logout = Deconectează
session-logout-label = Deconectează { $device }
settings-password = Schimbă parola
settings-password-done = Parola a fost schimbată. Toate celelalte sesiuni au fost deconectate.
field-current-password = Parola actuală
field-new-password = Parola nouă
access-title = Accesul la datele mele
access-intro = De fiecare dată când un membru al personalului îți deschide datele personale, acest lucru este înregistrat cu o justificare scrisă. Aceasta este lista completă.
access-empty = Niciun membru al personalului nu ți-a accesat datele.
access-unavailable = Jurnalul de acces nu este încă disponibil pe acest server.
access-when = Când
access-staff = Membru al personalului
access-role = Rol
access-action = Ce a făcut
access-justification = Justificare
access-reference = Referință
algorithm-title = Cum funcționează fluxul
algorithm-intro = Fluxul Pentru tine al Spool poate fi inspectat: codul, ponderile sale și motivele fiecărui clip sunt publicate.
algorithm-sources = Candidații provin de la conturile pe care le urmărești, din clipuri asemănătoare cu cele apreciate, din ce e popular în regiunea și limba ta și din clipuri noi arătate unui mic public de test.
algorithm-signals = Învață din ce faci: cât timp urmărești, reluări, treceri peste, aprecieri, distribuiri, comentarii, urmăriri și „Nu mă interesează”.
algorithm-filters = Lasă deoparte ce ai văzut deja, conturile blocate și videoclipurile eliminate și amestecă subiectele și creatorii.
algorithm-control = Poți dezactiva personalizarea, reseta ce a învățat și întreba „de ce acest videoclip?” la fiecare clip.
algorithm-published = Descrierea publicată
algorithm-unavailable = Descrierea publicată nu este încă disponibilă pe acest server.

## Log in and sign up
login-title = Conectare
login-submit = Conectează-te
login-no-account = Nu ai încă un cont?
signup-title = Înregistrare
signup-intro = Datele tale personale sunt stocate doar în regiunea de domiciliu pe care o alegi.
signup-submit = Creează contul
signup-have-account = Ai deja un cont?
field-handle = Nume de utilizator
field-handle-hint = Între 2 și 24 de litere, cifre, _ sau .
field-display-name = Nume afișat (opțional)
field-password = Parolă
field-password-hint = Cel puțin 8 caractere.
field-birth-date = Data nașterii
field-birth-date-hint = Trebuie să ai cel puțin 13 ani. Conturile celor sub 18 ani sunt private în mod implicit.
field-region = Regiune de domiciliu
field-region-hint = Unde îți sunt stocate datele personale.
field-email = E-mail (opțional)
field-email-hint = Folosit doar pentru a te ajuta să-ți recuperezi contul.
field-bio = Biografie

## Errors
error-network = Serverul nu poate fi contactat. Verifică-ți conexiunea.
error-internal = Ceva n-a mers bine. Încearcă din nou.
error-unauthenticated = Conectează-te mai întâi.
error-invalid_credentials = Nume de utilizator sau parolă greșite.
error-too_young = Trebuie să ai cel puțin 13 ani ca să folosești Spool.
error-csrf_rejected = Sesiunea a expirat. Reîncarcă pagina.
error-forbidden = Nu ai voie să faci asta.
error-comments_off = Comentariile sunt dezactivate pentru acest videoclip.
error-remix_off = Creatorul nu permite acest lucru.
error-not_found = Negăsit.
error-handle_taken = Acest nume de utilizator este deja folosit.
error-rate_limited = Prea multe încercări. Așteaptă puțin și încearcă din nou.
error-invalid_handle = Folosește între 2 și 24 de litere, cifre, _ sau .
error-handle_reserved = Acest nume de utilizator este rezervat.
error-invalid_password = Parola trebuie să aibă între 8 și 128 de caractere.
error-invalid_email = Această adresă de e-mail nu pare corectă.
error-invalid_birth_date = Introdu o dată de naștere validă.
error-invalid_display_name = Numele afișat are cel mult 50 de caractere.
error-invalid_bio = Biografia are cel mult 160 de caractere.
error-invalid_caption = Descrierea are cel mult 2.200 de caractere.
error-invalid_comment = Un comentariu are între 1 și 500 de caractere.
error-unknown_region = Alege una dintre regiunile din listă.
error-empty_file = Fișierul este gol.
error-not_media = Acest fișier nu este un videoclip.
error-no_video_stream = Acest fișier nu conține imagine video.
error-still_image = Aceasta este o imagine statică, nu un videoclip.
error-too_short = Videoclipul este prea scurt (cel puțin 1 secundă).
error-too_long = Videoclipul este prea lung (cel mult 10 minute).
error-too_large = Videoclipul este prea mare.
error-unsupported_codec = Acest format video nu este acceptat.
error-transcode_failed = Videoclipul nu a putut fi procesat.
error-wrong_password = Parola actuală este greșită.
error-quota_exceeded = Spațiul de stocare este plin. Șterge videoclipuri sau încărcări neterminate ca să faci loc.
error-bad_request = Cererea nu a putut fi citită.

## Moderation: reports
report-title-video = Raportează acest videoclip
report-title-comment = Raportează acest comentariu
report-title-account = Raportează acest cont
report-category-choose = Alege un motiv
report-category-hate_speech = Discurs instigator la ură
report-category-harassment = Hărțuire și intimidare
report-category-violent_extremism = Extremism violent
report-category-disinformation = Informații înșelătoare și dezinformare
report-category-child_safety = Siguranța copiilor
report-category-self_harm = Autovătămare și tulburări de alimentație
report-category-illegal_goods = Bunuri și servicii ilegale
report-category-scams = Înșelătorii și fraude
report-category-spam = Spam
report-category-intellectual_property = Proprietate intelectuală
report-category-other = Altceva
report-dsa-legend = Despre tine
report-dsa-intro = Nu ești conectat, așa că aceasta este o notificare în temeiul articolului 16 din Regulamentul UE privind serviciile digitale. Avem nevoie de numele și adresa ta de e-mail pentru a o trata; persoanei raportate nu i se spune niciodată cine ești.
report-name = Numele tău
report-email = Adresa ta de e-mail
report-email-hint = Îți trimitem rezultatul aici.
report-good-faith = Declar cu bună-credință că informațiile din această notificare sunt corecte și complete.
report-login-instead = Ai un cont?
report-sent = Mulțumim. Raportarea a fost trimisă, iar un moderator o va analiza.
report-duplicate = Ai raportat deja acest lucru. Raportarea anterioară este încă valabilă; nu trebuie s-o trimiți din nou.
report-receipt-intro = Păstrează această confirmare: cu ea poți afla ce s-a decis.
report-receipt = Confirmarea ta
report-receipt-hint = Raportarea numărul { $id }
report-receipt-copy = Copiază confirmarea
report-receipt-copied = Confirmare copiată.
report-check-later = Verifică raportarea mai târziu
report-follow-up = Vei fi anunțat de rezultat. Îl poți urmări și în
report-outcome = Decis pe { $date }: { $action }
report-outcome-policy = Regula aplicată: { $policy }
report-state-open = În așteptarea analizei
report-state-decided = Decis
comment-report = Raportează comentariul lui { $handle }
profile-report = Raportează
profile-withheld = Acest cont nu este disponibil acolo unde te afli.
label-panel = Informații
label-more = Află mai multe
video-age-restricted = Restricționat după vârstă
video-held = În așteptare
video-held-own = Videoclipul tău este reținut: se potrivește cu un conținut eliminat anterior. Un moderator îl va analiza.
video-removed-own = Videoclipul tău a fost eliminat de un moderator. Doar tu vezi această notificare.
video-reduced-own = După o decizie de moderare, videoclipul tău nu mai este recomandat în fluxuri. Doar tu vezi această notificare.
video-withheld = Acest videoclip nu este disponibil acolo unde te afli.
status-link = Vezi de ce și cum poți contesta

## Moderation: actions, targets, grounds
action-no_violation = Nicio încălcare
action-remove = Eliminat
action-age_restrict = Restricționat după vârstă
action-restrict_regions = Restricționat în unele regiuni
action-label = Etichetă informativă adăugată
action-reduce_distribution = Distribuire redusă
action-suspend = Cont suspendat
action-terminate = Cont închis
target-video = Videoclip
target-comment = Comentariu
target-account = Cont
ground-illegal = Conținut ilegal
ground-incompatible = Contrar regulilor comunității
source-notice = O notificare de la cineva care a raportat
source-trusted-flagger = O notificare de la un semnalizator de încredere
source-own-initiative = Verificarea proprie a Spool
decision-reversed = Anulată

## Account status and statements of reasons
status-title = Starea contului
settings-status-intro = Deciziile despre conținutul tău, contestațiile tale și raportările pe care le-ai trimis.
settings-about = Despre Spool
status-standing = Contul tău
status-good = Contul tău este în regulă.
status-suspended = Contul tău este suspendat.
status-suspended-until = Contul tău este suspendat până la { $date }.
status-terminated = Contul tău a fost închis. Poți în continuare să citești deciziile și să le contești.
status-strikes = { $count ->
    [one] { $count } avertisment din { $threshold }
    [few] { $count } avertismente din { $threshold }
   *[other] { $count } de avertismente din { $threshold }
}
status-strikes-hint = Fiecare decizie împotriva conținutului tău este un avertisment. La limită, contul este suspendat. Avertismentele vechi expiră.
status-history = Decizii anterioare
status-statements = Decizii și motivele lor
status-statements-intro = Pentru fiecare decizie trimitem o expunere de motive: ce s-a decis, pe baza cărei reguli și cum poți contesta.
status-no-statements = Nicio decizie despre conținutul tău.
status-my-reports = Raportările mele
status-no-reports = Nu ai raportat nimic.
status-receipt-title = Raportarea ta
statement-heading = { $action } · { $date }
statement-decision = Decizie
statement-content = Conținut
statement-facts = Ce am constatat
statement-policy = Regulă
statement-ground-illegal = Considerăm conținutul ilegal.
statement-ground-incompatible = Conținutul este contrar regulilor comunității noastre.
statement-legal-ground = Temei juridic: { $ground }
statement-policy-ground = Regulă a comunității: { $ground }
statement-label = Eticheta afișată
statement-detection = Cum a fost descoperit
statement-detected-auto = Cu instrumente automate
statement-detected-human = Fără instrumente automate
statement-automated = Cum s-a decis
statement-decided-auto = De un sistem automat
statement-decided-human = De o persoană, nu automat
statement-source = Ce a declanșat analiza
statement-scope = Unde se aplică
statement-scope-everywhere = Peste tot
statement-duration = Cât timp
statement-duration-until = De la { $from } până la { $until }
statement-duration-open = De la { $from }, fără dată de sfârșit
statement-account-suspended = Contul tău a fost suspendat.
statement-account-terminated = Contul tău a fost închis.
statement-appeal = Contestație
statement-appeal-until = Poți contesta până la { $date }. Un alt moderator o va analiza.
statement-appeal-possible = Poți contesta. Un alt moderator o va analiza.
statement-appeal-closed = Această decizie nu mai poate fi contestată aici. Te poți adresa în continuare unui organism certificat de soluționare extrajudiciară a litigiilor sau unei instanțe.
statement-appeal-open = Contestația ta este în curs de analiză.
statement-appeal-upheld = Contestația ta a fost admisă: decizia a fost anulată.
statement-appeal-rejected = Contestația ta a fost analizată, iar decizia rămâne valabilă.
statement-technical = Detalii tehnice (așa cum au fost trimise bazei de date a UE privind transparența)
appeal-text = De ce ar trebui schimbată decizia?
appeal-text-hint = Explică ce i-ar fi putut scăpa moderatorului. Poți adăuga context sau linkuri.
appeal-send = Trimite contestația
appeal-sent = Contestația a fost trimisă. Un alt moderator o va analiza și vei primi o nouă expunere de motive.
appeal-exists = Ai deja o contestație deschisă pentru această decizie.

## Moderator console
mod-title = Moderare
mod-region = Regiune
mod-region-hint = Coada regiunii pe care o moderezi.
mod-not-moderator = Nu ești moderator al acestei regiuni.
queue-title = Coada de analiză: { $region }
queue-refresh = Reîmprospătează
queue-empty = Coada este goală.
queue-count = { $count ->
    [one] { $count } element, cele mai urgente primele
    [few] { $count } elemente, cele mai urgente primele
   *[other] { $count } de elemente, cele mai urgente primele
}
queue-kind-notice = Notificare
queue-kind-appeal = Contestație
queue-kind-match = Potrivire
queue-severity = Gravitate
queue-notices = Notificări
queue-reach = Vizualizări (24 h)
queue-detection = Găsit de
queue-automated = Detectare automată
queue-human = Persoane
queue-due = Termen { $time }
queue-overdue = Întârziat: termenul a fost { $time }
queue-claimed-mine = Preluat de tine; preluarea expiră { $time }
queue-claimed-other = Preluat de un alt moderator
queue-claim = Preia
queue-claim-done = Preluat. Este al tău pentru următoarele minute.
queue-open = Analizează
item-title = Analiză
item-heading = Analiză: { $category }
item-back = Înapoi la coadă
item-decided = Decis
item-context = Conținutul
item-player = Videoclipul raportat
item-caption = Descriere
item-sound = Sunet
item-state = Stare
item-remixes = Remixuri
item-none = Niciunul
item-open-video = Pagina videoclipului
item-open-video-link = Deschide videoclipul
item-comment-text = Comentariu
item-comment-video = La videoclipul
item-account = Cont
item-detection = Detectare automată
item-notices = { $count ->
    [one] { $count } notificare
    [few] { $count } notificări
   *[other] { $count } de notificări
}
item-history = Decizii anterioare despre acest cont
item-history-none = Nicio decizie anterioară.
item-appeal = Contestația
item-appeal-decision = Decizia contestată
decide-title = Decizie
decide-action = Măsură
decide-policy = Regulă
decide-policy-category = Regulă generală: { $category }
decide-legal-ground = Temei juridic: { $ground }
decide-facts = Fapte
decide-facts-hint = Ce ai constatat, în cuvinte simple. Creatorul va citi asta.
decide-restrict = Unde se restricționează
decide-restrict-hint = Alege regiuni, țări sau ambele. Un ordin legal are nevoie de referința sa.
decide-regions = Regiuni
decide-countries = Țări
decide-countries-hint = Coduri de țară din două litere, separate prin virgule (DE, AT).
decide-reference = Referință (ordin al unei instanțe sau autorități)
decide-reference-hint = Opțional. Afișată spectatorilor care nu pot vedea conținutul.
decide-restrict-empty = Alege cel puțin o regiune sau o țară.
decide-label = Etichetă informativă
decide-label-text = Textul etichetei
decide-label-url = Link către mai multe informații
decide-suspend = Suspendare
decide-days = Zile
decide-days-hint = Între 1 și 365.
decide-submit = Decide
decide-done = Decizie înregistrată: { $action }. Expunerea de motive a fost trimisă.
appeal-decide-title = Decide asupra contestației
appeal-outcome = Rezultat
appeal-outcome-upheld = Admite contestația
appeal-outcome-upheld-hint = Decizia este anulată imediat, iar conținutul sau contul este restabilit.
appeal-outcome-rejected = Respinge contestația
appeal-outcome-rejected-hint = Decizia rămâne valabilă.
appeal-decide-submit = Decide asupra contestației
appeal-decided-upheld = Contestație admisă: decizia a fost anulată. A fost trimisă o nouă expunere de motive.
appeal-decided-rejected = Contestație respinsă: decizia rămâne valabilă. A fost trimisă o nouă expunere de motive.
error-claimed = Un alt moderator a preluat acest element.
error-same_moderator = Moderatorul care a luat decizia nu poate decide asupra contestației ei.

## Transparency report
transparency-title = Transparență
transparency-intro = Cum funcționează moderarea pe Spool, în cifre: notificări, decizii, cât de repede au fost luate, contestații și anulări. Nu sunt afișate date personale.
transparency-region = Regiune
transparency-all-regions = Toate regiunile
transparency-period = Perioadă
transparency-period-days = Ultimele 30 de zile, pe zi
transparency-period-weeks = Ultimele 12 săptămâni, pe săptămână
transparency-period-months = Ultimele 12 luni, pe lună
transparency-range = { $from } – { $to }
transparency-csv = Descarcă în format CSV
transparency-summary = În total: { $region }
transparency-notices = Notificări
transparency-decisions = Decizii
transparency-median = Timpul median până la decizie
transparency-p90 = Percentila 90
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Termene ratate
transparency-automated-detection = Găsite cu instrumente automate
transparency-automated-decision = Decise automat
transparency-suspensions = Suspendări
transparency-appeals = Contestații
transparency-reversals = Anulări
transparency-over-time = În timp
transparency-chart-volume = Notificări și decizii
transparency-chart-speed = Timpul până la decizie (ore)
transparency-breakdown = Defalcare
transparency-chart-notices-category = Notificări pe categorii
transparency-chart-decisions-action = Decizii pe măsuri
transparency-chart-decisions-category = Decizii pe categorii
transparency-chart-ground = Decizii pe temeiuri
transparency-chart-source = Notificări pe surse
transparency-appeals-title = Contestații
transparency-chart-appeals = Rezultatele contestațiilor
transparency-chart-appeals-time = Contestații și anulări în timp
transparency-appeals-upheld = Admise
transparency-appeals-rejected = Respinse
transparency-appeals-open = Deschise
transparency-orders = Ordine legale și verificare automată
transparency-chart-orders = Ordine legale pe regiuni
transparency-screening-flagged = Semnalate de verificare
transparency-screening-decided = Analizate
transparency-screening-confirmed = Confirmate
transparency-screening-precision = Precizie
transparency-none = Nimic în această perioadă.
transparency-yes = Da
transparency-no = Nu
transparency-log = Registrul deciziilor
transparency-log-intro = Fiecare decizie, fără datele celor care raportează, ale creatorilor sau ale moderatorilor.
transparency-log-date = Data
transparency-log-action = Decizie
transparency-log-category = Categorie
transparency-log-ground = Temei
transparency-log-content = Conținut
transparency-log-detected = Detectare automată
transparency-log-automated = Decizie automată
transparency-log-scope = Unde
transparency-log-source = Sursă
transparency-log-reversed = Anulată
transparency-log-more = Mai multe decizii
transparency-log-empty = Încă nu există decizii.
chart-show-table = Arată cifrele ca tabel
chart-summary-line = De la { $from } până la { $to }. Totaluri: { $totals }
chart-period = Perioadă
chart-item = Element
chart-value = Număr
notif-statement = S-a luat o decizie de moderare privind conținutul tău. Citește de ce și cum poți contesta.
notif-report_outcome = S-a luat o decizie privind o raportare trimisă de tine.

## Moderation: more codes from the server
action-hold = Reținut pentru analiză
action-reversed = Anulat în urma contestației
action-upheld_decision = Menținut în urma contestației
action-appeal_upheld = Contestație admisă
action-appeal_rejected = Contestație respinsă
notice-source-account = Notificare de la un cont
notice-source-anonymous = Notificare fără cont (DSA art. 16)
notice-source-screening = Verificare automată
notice-source-fingerprint = Potrivire cu un conținut eliminat
notice-source-legal_order = Ordin legal
source-complaint = O contestație
statement-scope-eea = UE și SEE (30 de țări)
statement-regions = Regiuni
statement-reference = Referința ordinului
statement-outcome-heading = { $action } · { $date }
error-already_decided = S-a decis deja.
error-appeal_open = Există deja o contestație deschisă pentru această decizie.
error-appeal_closed = Această decizie nu mai poate fi contestată.
error-account_suspended = Contul tău este suspendat, așa că nu poți face asta acum.
error-account_terminated = Contul tău este închis.
error-not_moderator = Nu ești moderator al acestei regiuni.
video-withheld-own = Videoclipul tău este restricționat în: { $places }. Doar tu vezi această notificare.
item-restrictions = Restricții actuale

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Conectează-te pentru a continua
signin-sheet-intro = Conectează-te ca să apreciezi, să comentezi, să urmărești și să ai un flux făcut pentru tine.
feed-caught-up = Ești la zi
feed-caught-up-hint = Deocamdată ai văzut toate clipurile. Găsești mai multe în Descoperă.
feed-explore = Explorează
clip-creator-profile = Profilul lui { $handle }
unfollow-handle = Nu-l mai urmări pe { $handle }
clip-progress = Poziția redării
clip-progress-value = { $at } din { $length }
video-edit = Editează videoclipul
video-edit-save = Salvează
video-edit-done = Modificări salvate
video-delete = Șterge videoclipul
video-delete-confirm = Ștergi definitiv acest videoclip? Comentariile și aprecierile lui dispar odată cu el.
video-delete-done = Videoclip șters
back = Înapoi
cancel = Anulează
discover-trending = În tendințe acum
discover-trending-tags = Hashtaguri în tendințe

## How the feed works: its stages and parameters
algo-stage-events = Din ce învață fluxul
algo-stage-model = Modelul preferințelor
algo-stage-candidates = De unde vin candidații
algo-stage-exploration = O șansă pentru videoclipurile noi
algo-stage-ranking = Clasament
algo-stage-filters = Ce este filtrat
algo-stage-diversity = Varietate
algo-stage-non_personalized = Fluxul nepersonalizat
algo-technical = Descriere tehnică (în engleză)
algo-param-bias-learning-rate = Cât de repede se învață atractivitatea proprie a unui videoclip
algo-param-expiry-secs = Uitat după o inactivitate de
algo-param-history-len = Vizionări recente care contează
algo-param-history-weight = Ponderea vizionărilor recente
algo-param-init-scale = Dispersia inițială a rândurilor noi
algo-param-item-min-count = Interacțiuni înainte ca un videoclip să primească propriul rând
algo-param-learning-rate = Cât de repede se învață preferințele
algo-param-margin = Marja dintre videoclipurile apreciate și cele sărite
algo-param-negative-trials = Videoclipuri încercate când se caută un contraexemplu
algo-param-negatives-per-positive = Contraexemple pentru fiecare semnal pozitiv
algo-param-regularization = Regularizare (împiedică supraajustarea modelului)
algo-param-seed = Sămânță aleatoare (pentru reproductibilitate)
algo-param-max-age-hours = Videoclipurile noi sunt explorate timp de
algo-param-min-completion-rate = Urmărite până la capăt cel puțin
algo-param-min-engagement-rate = Aprecieri, comentarii și distribuiri pe vizionare cel puțin
algo-param-slots-per-page = Locuri pe pagină pentru videoclipuri noi
algo-param-stages = Mărimea publicului în etapele de test
algo-param-freshness-hours = Un videoclip e considerat nou timp de
algo-param-trending-half-life-hours = Popularitatea contează pe jumătate după
algo-param-weights = Ponderile scorului de clasament
algo-param-engagement = Implicare așteptată
algo-param-exploration = Explorare
algo-param-following = Conturi pe care le urmărești
algo-param-freshness = Noutate
algo-param-trending = Popularitate
algo-param-creator-spacing = Clipuri înainte să revină același creator
algo-param-sound-spacing = Clipuri înainte să revină același sunet
algo-param-catalog-videos = Videoclipuri în catalog
algo-param-viewers-with-state = Spectatori pe care modelul îi cunoaște

tile-views = { $count ->
    [one] { $count } vizualizare
    [few] { $count } vizualizări
   *[other] { $count } de vizualizări
}

## Long press: speed
clip-options = Opțiuni
speed-title = Viteza de redare
speed-normal = Normală
speed-value = { $rate }×
speed-set = Redare la { $rate }×

## Upload: preview, cover, draft
upload-preview = Previzualizarea clipului
upload-cover = Copertă
upload-cover-hint = Glisează până la cadrul pe care oamenii îl văd înainte de pornirea clipului.
upload-draft-restored = Ciorna ta a revenit: descrierea și setările așa cum le-ai lăsat.
error-invalid_cover = Coperta trebuie să fie un moment din clip.

# Captions and profile photos
clip-captions-on = Pornește subtitrările
clip-captions-off = Oprește subtitrările
captions-on = Subtitrări pornite
captions-off = Subtitrări oprite
captions-title = Subtitrări
captions-file = Fișier de subtitrări (.vtt)
captions-hint = Un fișier WebVTT pentru fiecare limbă. Toate replicile trebuie să se încadreze în durata clipului.
captions-language = Limba subtitrărilor
captions-add = Adaugă subtitrări
captions-remove = Elimină subtitrările în { $language }
captions-remove-short = Elimină
captions-none = Încă nu există subtitrări.
captions-added = Subtitrările în { $language } au fost adăugate.
captions-removed = Subtitrările în { $language } au fost eliminate.
captions-failed = Clipul tău a fost publicat, dar subtitrările nu au fost adăugate: { $reason } Le poți adăuga din fereastra de editare a clipului.
captions-pick-file = Alege mai întâi un fișier .vtt.
error-invalid_webvtt = Acesta nu este un fișier de subtitrări WebVTT valid.
error-invalid_language = Alege limba subtitrărilor.
profile-photo-choose = Fotografie de profil
profile-photo-hint = JPEG, PNG sau WebP, cel mult 8 MB. Este decupată în formă de pătrat, iar informațiile despre locul și dispozitivul cu care a fost făcută sunt eliminate.
profile-photo-remove = Elimină fotografia
profile-photo-type = Alege o imagine JPEG, PNG sau WebP.
profile-edit-save = Salvează profilul
profile-edit-done = Profil salvat.
error-invalid_photo = Acest fișier nu este o imagine care poate fi citită.
error-photo_too_small = Fotografia este prea mică: alege una de cel puțin 64 de pixeli pe fiecare latură.
error-photo_too_large = Fotografia este prea mare: cel mult 8192 de pixeli pe fiecare latură.
error-invalid_crop = Partea din fotografie care se păstrează trebuie să fie un pătrat în interiorul ei.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Alte instanțe
fed-intro = Urmărește persoane de pe alte instanțe care folosesc ActivityPub, de exemplu alte servere Spool. Videoclipurile lor apar în fluxul tău Urmăriți.
fed-teen = Conturile de adolescent rămân pe această instanță: nu pot urmări conturi de pe alte instanțe și nici nu pot fi urmărite de acolo.
fed-address = Adresă pe altă instanță
fed-address-hint = Sub forma nume@gazdă, de exemplu alex@example.org
fed-follow = Urmărește
fed-address-invalid = Introdu adresa sub forma nume@gazdă, de exemplu alex@example.org.
fed-address-local = Acest cont este pe această instanță: urmărește-l din profilul său.
fed-not-found = Nu a fost găsit niciun cont { $handle }. Verifică adresa.
fed-requested = Cerere de urmărire trimisă către { $handle }.
fed-following = Conturi pe care le urmărești acolo
fed-following-empty = Nu urmărești încă pe nimeni de pe altă instanță.
fed-pending = Cerere trimisă
fed-followers = Urmăritorii tăi de acolo
fed-followers-empty = Nimeni de pe altă instanță nu te urmărește încă.
fed-wants-to-follow = Vrea să te urmărească
fed-unfollow = Nu mai urmări
fed-accept = Acceptă
fed-accept-label = Acceptă cererea de urmărire de la { $handle }
fed-decline = Refuză
fed-decline-label = Refuză cererea de urmărire de la { $handle }
fed-remove = Elimină
fed-remove-label = Elimină { $handle } dintre urmăritorii tăi
fed-accepted = { $handle } te urmărește acum.
fed-declined = Ai refuzat cererea de la { $handle }.
fed-removed = { $handle } nu te mai urmărește.
fed-from = De pe { $host }
fed-open = Deschide pe { $host }
fed-cannot-play = Acest videoclip nu poate fi redat aici.
comment-remote-remove = Elimină răspunsul lui { $handle }
fed-shared-by = Distribuit de { $handle }
reason-remote_instance = De pe { $host }, o instanță pe care oameni de aici urmăresc conturi
fed-like = Îmi place
