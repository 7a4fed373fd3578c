# Spool sąsajos tekstai: lietuvių kalba (Project Fluent). Tie patys pranešimai kaip en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — trumpi vaizdo įrašai
app-description = Žiūrėk, kurk ir dalinkis trumpais vaizdo įrašais. Tavo duomenys lieka tavo gyvenamajame regione.
skip-to-content = Pereiti prie turinio
loading = Įkeliama…
noscript = Spool reikia JavaScript, kad galėtų rodyti vaizdo įrašus. Įjunk jį arba naudok API tiesiogiai.
assets-missing = Žiniatinklio klientas nebuvo įdiegtas į šį serverį. Sukurk jį komanda „npm ci && npm run build“ aplanke web/, tada iš naujo sukurk Spool.
title-page = { $page } · Spool
title-not-found = Nerasta · Spool
not-found = Šio puslapio nėra.
close = Uždaryti

## Navigation
nav-label = Pagrindinis meniu
nav-home = Pradžia
nav-discover = Atrasti
nav-upload = Įkelti
nav-inbox = Gautieji
nav-profile = Profilis
nav-unread = { $count ->
    [one] { $count } neperskaitytas pranešimas
    [few] { $count } neperskaityti pranešimai
    [many] { $count } neperskaityto pranešimo
   *[other] { $count } neperskaitytų pranešimų
}

## Feed
feed-tabs = Srautai
feed-for-you = Tau
feed-following = Sekami
feed-personalized = Suasmenintas
feed-mode-hint = Kai išjungta, srautas nenaudoja profiliavimo: rodo, kas populiaru ir nauja tavo regione ir kalba.
feed-mode-personalized = Suasmenintas srautas įjungtas
feed-mode-non-personalized = Suasmenintas srautas išjungtas: profiliavimas nenaudojamas
feed-empty = Kol kas nėra ką žiūrėti. Įkelk pirmą klipą arba ko nors ieškok.
feed-following-empty = Nėra naujų klipų iš paskyrų, kurias seki.
feed-login = Prisijunk, kad matytum klipus iš paskyrų, kurias seki.
feed-unavailable = Srautas šiame serveryje dar nepasiekiamas. Išbandyk paiešką arba profilį.
video-title = Vaizdo įrašas
video-processing = Apdorojama…
video-failed = Apdoroti nepavyko
clip-video-label = { $handle } vaizdo įrašas
clip-loading = Įkeliamas vaizdo įrašas
clip-unmute = Įjungti garsą
clip-mute = Išjungti garsą
clip-play = Leisti
clip-pause = Pristabdyti
clip-actions = Veiksmai su { $handle } vaizdo įrašu
clip-like = { $count ->
    [one] Patinka ({ $count } patiktukas)
    [few] Patinka ({ $count } patiktukai)
    [many] Patinka ({ $count } patiktuko)
   *[other] Patinka ({ $count } patiktukų)
}
clip-comments = { $count ->
    [one] Komentarai ({ $count } komentaras)
    [few] Komentarai ({ $count } komentarai)
    [many] Komentarai ({ $count } komentaro)
   *[other] Komentarai ({ $count } komentarų)
}
clip-share = { $count ->
    [one] Dalintis ({ $count } pasidalinimas)
    [few] Dalintis ({ $count } pasidalinimai)
    [many] Dalintis ({ $count } pasidalinimo)
   *[other] Dalintis ({ $count } pasidalinimų)
}
clip-more = Daugiau parinkčių
clip-sound = Originalus garsas – { $handle }
clip-duet-of = Duetas: žiūrėti originalą
clip-stitch-of = Stitch: žiūrėti originalą
follow-handle = Sekti { $handle }
follow-requested = Prašymas išsiųstas
follow-done = Dabar seki { $handle }
unfollow-done = Nebeseki { $handle }
login-needed = Pirmiausia prisijunk.
share-title = Dalintis
share-link = Nuoroda į šį vaizdo įrašą
share-copy = Kopijuoti nuorodą
share-copied = Nuoroda nukopijuota
not-interested = Nedomina
not-interested-done = Supratome: matysi mažiau tokių klipų.
open-sound = Atidaryti garsą
make-duet = Kurti duetą
make-stitch = Kurti stitch iš šio vaizdo įrašo
why-title = Kodėl šis vaizdo įrašas?
why-none = Šis klipas atidarytas tiesiogiai, jo nepasirinko srautas.
why-explainer = Srautas parenka klipus pagal paskelbtas taisykles. Suasmeninimą gali išjungti bet kada.
algorithm-link = Kaip veikia srautas

## Reasons
reason-follows_creator = Tu seki { $handle }
reason-topic = Žiūri klipus apie { $hashtag }
reason-similar_to_liked = Panašus į klipus, kurie tau patiko
reason-taste_match = Atitinka tai, ką paprastai žiūri
reason-trending_region = Populiaru tavo regione ({ $region })
reason-trending_language = Populiaru tavo kalba ({ $language })
reason-new_video_test_audience = Naujas klipas, rodomas nedidelei bandomajai auditorijai
reason-fresh = Neseniai paskelbta
reason-sound = Naudoja garsą „{ $sound }“
reason-seen_before = Peržiūrėjote visus naujus klipus; žiūrėkite šį dar kartą

## Comments
comments-title = { $count ->
    [one] { $count } komentaras
    [few] { $count } komentarai
    [many] { $count } komentaro
   *[other] { $count } komentarų
}
comments-empty = Komentarų dar nėra. Būk pirmas.
comments-more = Daugiau komentarų
comments-off = Šio vaizdo įrašo komentarai išjungti.
comment-add = Pridėti komentarą
comment-send = Skelbti
comment-sent = Komentaras paskelbtas
comment-reply = Atsakyti
comment-reply-to = Atsakymas { $handle }
comment-cancel-reply = Atšaukti atsakymą
comment-replies = { $count ->
    [one] Rodyti { $count } atsakymą
    [few] Rodyti { $count } atsakymus
    [many] Rodyti { $count } atsakymo
   *[other] Rodyti { $count } atsakymų
}
comment-like = { $count ->
    [one] Patinka komentaras ({ $count } patiktukas)
    [few] Patinka komentaras ({ $count } patiktukai)
    [many] Patinka komentaras ({ $count } patiktuko)
   *[other] Patinka komentaras ({ $count } patiktukų)
}
comment-pinned = Prisegtas
comment-login = Prisijunk, kad galėtum komentuoti

## Reports
report = Pranešti
report-intro = Papasakok, kas negerai. Moderatorius peržiūri kiekvieną pranešimą, ir tu gausi atsakymą.
report-category = Priežastis
report-note = Išsami informacija (neprivaloma)
report-note-hint = Į ką moderatorius turėtų atkreipti dėmesį?
report-send = Siųsti pranešimą

## Upload
upload-title = Įkelti
upload-file = Vaizdo įrašo failas
upload-file-hint = Nuo 1 sekundės iki 10 minučių. Įkėlimas prasideda iš karto ir tęsiasi, jei nutrūksta ryšys.
upload-progress-label = Įkėlimo eiga
upload-progress = { $percent } % ({ $sent } iš { $total } baitų)
upload-done = Įkėlimas baigtas
upload-error = Įkelti nepavyko. Bandyk dar kartą.
upload-pause = Pristabdyti
upload-resume = Tęsti
upload-caption = Aprašas
upload-caption-hint = Rašyk # grotažymėms ir @, kad ką nors paminėtum.
upload-visibility = Kas gali žiūrėti
visibility-public = Visi
visibility-followers = Sekėjai
visibility-private = Tik aš
upload-allow = Leisti kitiems
upload-allow-comments = Komentuoti
upload-allow-duet = Kurti duetą
upload-allow-stitch = Kurti stitch
upload-sound = Garsas (neprivaloma)
upload-sound-search = Ieškoti garso
upload-sound-none = Tavo klipas išlaiko savo garsą.
upload-sound-chosen = Garsas: { $title }
upload-sound-clear = Naudoti mano garsą
upload-duet = Duetas su { $handle }
upload-stitch = Stitch iš { $handle } vaizdo įrašo
upload-post = Skelbti
upload-pick-first = Pirmiausia pasirink vaizdo įrašo failą.
upload-waiting = Baigiamas įkėlimas…
upload-processing = Tavo vaizdo įrašas apdorojamas… Tai trunka maždaug tiek, kiek trunka klipas.
upload-ready = Tavo vaizdo įrašas paruoštas!
upload-watch = Žiūrėti
upload-to-profile = Eiti į savo profilį
suggestions = Pasiūlymai
suggestions-count = { $count ->
    [one] { $count } pasiūlymas. Rinkis rodyklėmis aukštyn ir žemyn.
    [few] { $count } pasiūlymai. Rinkis rodyklėmis aukštyn ir žemyn.
    [many] { $count } pasiūlymo. Rinkis rodyklėmis aukštyn ir žemyn.
   *[other] { $count } pasiūlymų. Rinkis rodyklėmis aukštyn ir žemyn.
}

## Profiles, hashtags, sounds
profile-not-found = Šios paskyros nėra.
profile-edit = Redaguoti profilį
profile-follow = Sekti
profile-following = Seki
profile-private = Privati
profile-private-body = Ši paskyra privati. Sek ją, kad matytum jos vaizdo įrašus.
profile-following-count = Seka
profile-followers-count = Sekėjai
profile-likes-count = Patiktukai
profile-videos-count = Vaizdo įrašai
profile-videos = Vaizdo įrašai
profile-empty = Vaizdo įrašų dar nėra.
profile-empty-own = Dar nieko nepaskelbei. Tavo klipai bus rodomi čia.
tile-label = { $caption } — autorius { $handle }
tile-label-plain = { $handle } vaizdo įrašas
hashtag-count = { $count ->
    [one] { $count } vaizdo įrašas
    [few] { $count } vaizdo įrašai
    [many] { $count } vaizdo įrašo
   *[other] { $count } vaizdo įrašų
}
hashtag-empty = Su šia grotažyme dar nėra viešų vaizdo įrašų.
sound-title = Garsas
sound-listen = Klausytis „{ $title }“
sound-meta = { $duration } · { $count ->
    [one] { $count } vaizdo įrašas
    [few] { $count } vaizdo įrašai
    [many] { $count } vaizdo įrašo
   *[other] { $count } vaizdo įrašų
}
sound-use = Naudoti šį garsą
sound-original = Originalus vaizdo įrašas
sound-sort = Rikiuoti vaizdo įrašus
sound-newest = Naujausi
sound-popular = Populiariausi
sound-empty = Šio garso dar nenaudoja joks vaizdo įrašas.

## Search
search-title = Atrasti
search-label = Ieškoti
search-placeholder = Ieškoti paskyrų, vaizdo įrašų, #grotažymių, garsų
search-submit = Ieškoti
search-types = Ko ieškoti
search-videos = Vaizdo įrašai
search-accounts = Paskyros
search-hashtags = Grotažymės
search-sounds = Garsai
search-results = Rezultatai
search-hint = Įvesk žodį, #grotažymę arba @vardą.
search-empty = Pagal „{ $query }“ nieko nerasta.
search-followers = { $count ->
    [one] { $count } sekėjas
    [few] { $count } sekėjai
    [many] { $count } sekėjo
   *[other] { $count } sekėjų
}

## Inbox
inbox-title = Gautieji
inbox-requests = Sekimo prašymai
inbox-activity = Veikla
inbox-empty = Pranešimų dar nėra.
inbox-unread = Neperskaityti:
request-accept = Priimti
request-decline = Atmesti
request-accepted = { $handle } dabar mato tavo vaizdo įrašus
request-declined = { $handle } prašymas atmestas
notif-like = { $count ->
    [one] { $actor } patiko tavo vaizdo įrašas
    [few] { $count } žmonėms patiko tavo vaizdo įrašas
    [many] { $count } žmogaus patiko tavo vaizdo įrašas
   *[other] { $count } žmonių patiko tavo vaizdo įrašas
}
notif-comment = { $others ->
    [0] { $actor } pakomentavo tavo vaizdo įrašą
    [one] { $actor } ir dar { $others } žmogus pakomentavo tavo vaizdo įrašą
    [few] { $actor } ir dar { $others } žmonės pakomentavo tavo vaizdo įrašą
    [many] { $actor } ir dar { $others } žmogaus pakomentavo tavo vaizdo įrašą
   *[other] { $actor } ir dar { $others } žmonių pakomentavo tavo vaizdo įrašą
}
notif-reply = { $actor } atsakė į tavo komentarą
notif-mention = { $actor } tave paminėjo
notif-follow = { $count ->
    [one] { $actor } pradėjo tave sekti
    [few] { $count } nauji sekėjai
    [many] { $count } naujo sekėjo
   *[other] { $count } naujų sekėjų
}
notif-follow_request = { $actor } nori tave sekti
notif-follow_accepted = { $actor } priėmė tavo sekimo prašymą
notif-comment_like = { $others ->
    [0] { $actor } patiko tavo komentaras
    [one] { $actor } ir dar { $others } žmogui patiko tavo komentaras
    [few] { $actor } ir dar { $others } žmonėms patiko tavo komentaras
    [many] { $actor } ir dar { $others } žmogaus patiko tavo komentaras
   *[other] { $actor } ir dar { $others } žmonių patiko tavo komentaras
}
notif-duet = { $actor } sukūrė duetą su tavo vaizdo įrašu
notif-stitch = { $actor } sukūrė stitch iš tavo vaizdo įrašo

## Settings
settings-title = Nustatymai
settings-save = Išsaugoti
settings-saved = Išsaugota
settings-profile = Profilis
settings-privacy = Privatumas
settings-private = Privati paskyra
settings-private-hint = Tavo vaizdo įrašus mato tik tavo patvirtinti sekėjai.
settings-who-comment = Kas gali komentuoti tavo vaizdo įrašus
settings-who-duet = Kas gali kurti duetus su tavo vaizdo įrašais
settings-who-stitch = Kas gali kurti stitch iš tavo vaizdo įrašų
policy-everyone = Visi
policy-followers = Sekėjai
policy-nobody = Niekas
settings-liked-public = Rodyti mano profilyje vaizdo įrašus, kurie man patiko
settings-teen = Tavo paskyra yra paauglio paskyra: kai kurie nustatymai griežtesni.
settings-feed = Srautas
settings-reset-recommendations = Atkurti mano rekomendacijas
settings-reset-done = Tavo rekomendacijos atkurtos.
settings-language = Kalba
settings-language-label = Sąsajos kalba
settings-language-hint = Pagal numatytuosius nustatymus Spool naudoja tavo naršyklės kalbą.
settings-data = Tavo duomenys
settings-data-intro = Atsisiųsk viską, ką Spool apie tave saugo, ir pažiūrėk, kurie darbuotojai tai peržiūrėjo ir kodėl.
settings-export = Atsisiųsti mano duomenis
settings-region = Gyvenamasis regionas
settings-region-now = Tavo duomenys saugomi: { $region }
settings-region-intro = Tavo asmens duomenys yra tik tavo gyvenamajame regione. Gali juos perkelti į kitą.
settings-move-to = Naujas gyvenamasis regionas
settings-move = Perkelti mano duomenis
settings-move-confirm = Perkelti visus tavo asmens duomenis į { $region }?
settings-move-done = Tavo duomenys perkelti.
settings-account = Paskyra
settings-signed-in = Prisijungta kaip { $handle }
settings-logout = Atsijungti
settings-delete = Ištrinti paskyrą
settings-delete-intro = Tai visam laikui ištrins tavo paskyrą, vaizdo įrašus ir visus duomenis. To atšaukti negalima.
settings-delete-confirm = Visam laikui ištrinti paskyrą ir viską, kas joje yra?
settings-sessions = Seansai
settings-sessions-intro = Įrenginiai, kuriuose esi prisijungęs. Atsijunk nuo tų, kurių neatpažįsti.
settings-sessions-logout-others = Atsijungti visur kitur
settings-sessions-ended = { $count ->
    [one] Atsijungta nuo { $count } kito seanso.
    [few] Atsijungta nuo { $count } kitų seansų.
    [many] Atsijungta nuo { $count } kito seanso.
   *[other] Atsijungta nuo { $count } kitų seansų.
}
session-device = { $browser }, { $os }
session-device-unknown = Nežinomas įrenginys
session-current = Šis įrenginys
session-times = Prisijungta { $created } · paskutinį kartą aktyvus { $used }
session-logout = Atsijungti
session-logout-label = Atjungti { $device }
settings-password = Keisti slaptažodį
settings-password-done = Tavo slaptažodis pakeistas. Visi kiti seansai atjungti.
field-current-password = Dabartinis slaptažodis
field-new-password = Naujas slaptažodis
access-title = Prieiga prie mano duomenų
access-intro = Kiekvieną kartą, kai darbuotojas atidaro tavo asmens duomenis, tai užregistruojama su rašytiniu pagrindimu. Tai visas sąrašas.
access-empty = Joks darbuotojas nežiūrėjo tavo duomenų.
access-unavailable = Prieigos žurnalas šiame serveryje dar nepasiekiamas.
access-when = Kada
access-staff = Darbuotojas
access-role = Vaidmuo
access-action = Ką padarė
access-justification = Pagrindimas
access-reference = Nuoroda
algorithm-title = Kaip veikia srautas
algorithm-intro = Spool srautas „Tau“ yra atviras patikrinimui: kodas, jo svoriai ir kiekvieno klipo priežastys paskelbti.
algorithm-sources = Kandidatai atsiranda iš paskyrų, kurias seki, klipų, panašių į tuos, kurie tau patiko, to, kas populiaru tavo regione ir kalba, ir naujų klipų, rodomų nedidelei bandomajai auditorijai.
algorithm-signals = Jis mokosi iš to, ką darai: kiek laiko žiūri, pakartojimų, praleidimų, patiktukų, pasidalinimų, komentarų, sekimų ir „Nedomina“.
algorithm-filters = Jis praleidžia tai, ką jau matei, užblokuotas paskyras ir pašalintus vaizdo įrašus bei maišo temas ir kūrėjus.
algorithm-control = Gali išjungti suasmeninimą, atkurti tai, ko jis išmoko, ir prie kiekvieno klipo paklausti „kodėl šis vaizdo įrašas?“.
algorithm-published = Paskelbtas aprašymas
algorithm-unavailable = Paskelbtas aprašymas šiame serveryje dar nepasiekiamas.

## Log in and sign up
login-title = Prisijungti
login-submit = Prisijungti
login-no-account = Dar neturi paskyros?
signup-title = Registruotis
signup-intro = Tavo asmens duomenys saugomi tik tavo pasirinktame gyvenamajame regione.
signup-submit = Sukurti paskyrą
signup-have-account = Jau turi paskyrą?
field-handle = Naudotojo vardas
field-handle-hint = Nuo 2 iki 24 raidžių, skaitmenų, _ arba .
field-display-name = Rodomas vardas (neprivaloma)
field-password = Slaptažodis
field-password-hint = Bent 8 simboliai.
field-birth-date = Gimimo data
field-birth-date-hint = Tau turi būti bent 13 metų. Jaunesnių nei 18 metų paskyros pagal numatytuosius nustatymus yra privačios.
field-region = Gyvenamasis regionas
field-region-hint = Kur saugomi tavo asmens duomenys.
field-email = El. paštas (neprivaloma)
field-email-hint = Naudojamas tik paskyrai atkurti.
field-bio = Apie mane

## Errors
error-network = Nepavyksta pasiekti serverio. Patikrink ryšį.
error-internal = Kažkas nepavyko. Bandyk dar kartą.
error-unauthenticated = Pirmiausia prisijunk.
error-invalid_credentials = Neteisingas naudotojo vardas arba slaptažodis.
error-too_young = Kad galėtum naudotis Spool, tau turi būti bent 13 metų.
error-csrf_rejected = Tavo seansas baigėsi. Iš naujo įkelk puslapį.
error-forbidden = Tau to daryti neleidžiama.
error-comments_off = Šio vaizdo įrašo komentarai išjungti.
error-remix_off = Kūrėjas to neleidžia.
error-not_found = Nerasta.
error-handle_taken = Šis naudotojo vardas jau užimtas.
error-rate_limited = Per daug bandymų. Palauk ir bandyk dar kartą.
error-invalid_handle = Naudok nuo 2 iki 24 raidžių, skaitmenų, _ arba .
error-handle_reserved = Šis naudotojo vardas rezervuotas.
error-invalid_password = Slaptažodis turi būti nuo 8 iki 128 simbolių.
error-invalid_email = Šis el. pašto adresas neatrodo teisingas.
error-invalid_birth_date = Įvesk tinkamą gimimo datą.
error-invalid_display_name = Rodomas vardas gali būti ne ilgesnis nei 50 simbolių.
error-invalid_bio = Aprašymas apie save gali būti ne ilgesnis nei 160 simbolių.
error-invalid_caption = Aprašas gali būti ne ilgesnis nei 2 200 simbolių.
error-invalid_comment = Komentaras yra nuo 1 iki 500 simbolių.
error-unknown_region = Pasirink vieną iš išvardytų regionų.
error-empty_file = Failas tuščias.
error-not_media = Šis failas nėra vaizdo įrašas.
error-no_video_stream = Šiame faile nėra vaizdo.
error-still_image = Tai nejudantis vaizdas, o ne vaizdo įrašas.
error-too_short = Vaizdo įrašas per trumpas (bent 1 sekundė).
error-too_long = Vaizdo įrašas per ilgas (ne daugiau kaip 10 minučių).
error-too_large = Vaizdo įrašas per didelis.
error-unsupported_codec = Šis vaizdo formatas nepalaikomas.
error-transcode_failed = Vaizdo įrašo apdoroti nepavyko.
error-wrong_password = Dabartinis slaptažodis neteisingas.
error-quota_exceeded = Tavo saugykla pilna. Ištrink vaizdo įrašų arba nebaigtų įkėlimų, kad atlaisvintum vietos.
error-bad_request = Užklausos nepavyko perskaityti.

## Moderation: reports
report-title-video = Pranešti apie šį vaizdo įrašą
report-title-comment = Pranešti apie šį komentarą
report-title-account = Pranešti apie šią paskyrą
report-category-choose = Pasirink priežastį
report-category-hate_speech = Neapykantą kurstanti kalba
report-category-harassment = Priekabiavimas ir patyčios
report-category-violent_extremism = Smurtinis ekstremizmas
report-category-disinformation = Klaidinanti informacija ir dezinformacija
report-category-child_safety = Vaikų saugumas
report-category-self_harm = Savęs žalojimas ir valgymo sutrikimai
report-category-illegal_goods = Neteisėtos prekės ir paslaugos
report-category-scams = Sukčiavimas
report-category-spam = Brukalas
report-category-intellectual_property = Intelektinė nuosavybė
report-category-other = Kita
report-dsa-legend = Apie tave
report-dsa-intro = Tu neprisijungęs, todėl tai pranešimas pagal ES skaitmeninių paslaugų akto 16 straipsnį. Kad jį išnagrinėtume, mums reikia tavo vardo ir el. pašto adreso; asmeniui, apie kurį pranešei, niekada nepasakoma, kas tu esi.
report-name = Tavo vardas
report-email = Tavo el. pašto adresas
report-email-hint = Rezultatą atsiųsime čia.
report-good-faith = Sąžiningai pareiškiu, kad šiame pranešime pateikta informacija yra tiksli ir išsami.
report-login-instead = Turi paskyrą?
report-sent = Ačiū. Tavo pranešimas išsiųstas, moderatorius jį peržiūrės.
report-duplicate = Apie tai jau pranešei. Ankstesnis pranešimas tebegalioja; siųsti jo dar kartą nereikia.
report-receipt-intro = Išsaugok šį patvirtinimą: pagal jį galėsi sužinoti, kas nuspręsta.
report-receipt = Tavo patvirtinimas
report-receipt-hint = Pranešimo numeris { $id }
report-receipt-copy = Kopijuoti patvirtinimą
report-receipt-copied = Patvirtinimas nukopijuotas.
report-check-later = Patikrinti šį pranešimą vėliau
report-follow-up = Tau bus pranešta apie rezultatą. Taip pat gali jį sekti skiltyje
report-outcome = Nuspręsta { $date }: { $action }
report-outcome-policy = Pritaikyta taisyklė: { $policy }
report-state-open = Laukia peržiūros
report-state-decided = Nuspręsta
comment-report = Pranešti apie { $handle } komentarą
profile-report = Pranešti
profile-withheld = Ši paskyra tavo vietovėje nepasiekiama.
label-panel = Informacija
label-more = Sužinoti daugiau
video-age-restricted = Taikomas amžiaus apribojimas
video-held = Sulaikytas
video-held-own = Tavo vaizdo įrašas sulaikytas: jis sutampa su anksčiau pašalintu turiniu. Moderatorius jį peržiūrės.
video-removed-own = Tavo vaizdo įrašą pašalino moderatorius. Šį pranešimą matai tik tu.
video-reduced-own = Po moderavimo sprendimo tavo vaizdo įrašas nerekomenduojamas srautuose. Šį pranešimą matai tik tu.
video-withheld = Šis vaizdo įrašas tavo vietovėje nepasiekiamas.
status-link = Sužinok, kodėl, ir kaip apskųsti

## Moderation: actions, targets, grounds
action-no_violation = Pažeidimo nėra
action-remove = Pašalinta
action-age_restrict = Taikomas amžiaus apribojimas
action-restrict_regions = Apribota kai kuriuose regionuose
action-label = Pridėta informacinė žyma
action-reduce_distribution = Sumažintas platinimas
action-suspend = Paskyra sustabdyta
action-terminate = Paskyra uždaryta
target-video = Vaizdo įrašas
target-comment = Komentaras
target-account = Paskyra
ground-illegal = Neteisėtas turinys
ground-incompatible = Prieštarauja bendruomenės gairėms
source-notice = Pranešimas iš žmogaus, kuris apie tai pranešė
source-trusted-flagger = Pranešimas iš patikimo pranešėjo
source-own-initiative = Paties Spool patikrinimas
decision-reversed = Atšaukta

## Account status and statements of reasons
status-title = Paskyros būsena
settings-status-intro = Sprendimai dėl tavo turinio, tavo skundai ir tavo išsiųsti pranešimai.
settings-about = Apie Spool
status-standing = Tavo paskyra
status-good = Tavo paskyra tvarkinga.
status-suspended = Tavo paskyra sustabdyta.
status-suspended-until = Tavo paskyra sustabdyta iki { $date }.
status-terminated = Tavo paskyra uždaryta. Vis dar gali skaityti sprendimus ir juos apskųsti.
status-strikes = { $count ->
    [one] { $count } įspėjimas iš { $threshold }
    [few] { $count } įspėjimai iš { $threshold }
    [many] { $count } įspėjimo iš { $threshold }
   *[other] { $count } įspėjimų iš { $threshold }
}
status-strikes-hint = Kiekvienas sprendimas prieš tavo turinį yra įspėjimas. Pasiekus ribą paskyra sustabdoma. Seni įspėjimai baigia galioti.
status-history = Ankstesni sprendimai
status-statements = Sprendimai ir jų motyvai
status-statements-intro = Dėl kiekvieno sprendimo siunčiame motyvų pareiškimą: kas nuspręsta, pagal kurią taisyklę ir kaip apskųsti.
status-no-statements = Sprendimų dėl tavo turinio nėra.
status-my-reports = Mano pranešimai
status-no-reports = Dar nieko nepranešei.
status-receipt-title = Tavo pranešimas
statement-heading = { $action } · { $date }
statement-decision = Sprendimas
statement-content = Turinys
statement-facts = Ką nustatėme
statement-policy = Taisyklė
statement-ground-illegal = Laikome šį turinį neteisėtu.
statement-ground-incompatible = Turinys prieštarauja mūsų bendruomenės gairėms.
statement-legal-ground = Teisinis pagrindas: { $ground }
statement-policy-ground = Gairė: { $ground }
statement-label = Rodoma žyma
statement-detection = Kaip aptikta
statement-detected-auto = Automatizuotomis priemonėmis
statement-detected-human = Be automatizuotų priemonių
statement-automated = Kaip nuspręsta
statement-decided-auto = Automatizuota sistema
statement-decided-human = Žmogus, ne automatiškai
statement-source = Kas pradėjo peržiūrą
statement-scope = Kur taikoma
statement-scope-everywhere = Visur
statement-duration = Kiek laiko
statement-duration-until = Nuo { $from } iki { $until }
statement-duration-open = Nuo { $from }, be pabaigos datos
statement-account-suspended = Tavo paskyra sustabdyta.
statement-account-terminated = Tavo paskyra uždaryta.
statement-appeal = Skundas
statement-appeal-until = Apskųsti gali iki { $date }. Skundą peržiūrės kitas moderatorius.
statement-appeal-possible = Gali apskųsti. Skundą peržiūrės kitas moderatorius.
statement-appeal-closed = Šio sprendimo čia apskųsti nebegalima. Vis dar gali kreiptis į sertifikuotą neteisminio ginčų sprendimo įstaigą arba į teismą.
statement-appeal-open = Tavo skundas nagrinėjamas.
statement-appeal-upheld = Tavo skundas patenkintas: sprendimas atšauktas.
statement-appeal-rejected = Tavo skundas išnagrinėtas, sprendimas lieka galioti.
statement-technical = Techninė informacija (kaip nusiųsta į ES skaidrumo duomenų bazę)
appeal-text = Kodėl sprendimas turėtų būti pakeistas?
appeal-text-hint = Paaiškink, ką moderatorius galėjo praleisti. Gali pridėti konteksto ar nuorodų.
appeal-send = Siųsti skundą
appeal-sent = Tavo skundas išsiųstas. Jį peržiūrės kitas moderatorius, o tu gausi naują motyvų pareiškimą.
appeal-exists = Dėl šio sprendimo jau turi atvirą skundą.

## Moderator console
mod-title = Moderavimas
mod-region = Regionas
mod-region-hint = Tavo moderuojamo regiono eilė.
mod-not-moderator = Nesi šio regiono moderatorius.
queue-title = Peržiūros eilė: { $region }
queue-refresh = Atnaujinti
queue-empty = Eilė tuščia.
queue-count = { $count ->
    [one] { $count } elementas, skubiausi pirmi
    [few] { $count } elementai, skubiausi pirmi
    [many] { $count } elemento, skubiausi pirmi
   *[other] { $count } elementų, skubiausi pirmi
}
queue-kind-notice = Pranešimas
queue-kind-appeal = Skundas
queue-kind-match = Atitikmuo
queue-severity = Sunkumas
queue-notices = Pranešimai
queue-reach = Peržiūros (24 val.)
queue-detection = Aptiko
queue-automated = Automatinis aptikimas
queue-human = Žmonės
queue-due = Terminas { $time }
queue-overdue = Pavėluota: terminas buvo { $time }
queue-claimed-mine = Paėmei tu; paėmimas baigiasi { $time }
queue-claimed-other = Paėmė kitas moderatorius
queue-claim = Paimti
queue-claim-done = Paimta. Kelias artimiausias minutes tai tavo.
queue-open = Peržiūrėti
item-title = Peržiūra
item-heading = Peržiūra: { $category }
item-back = Atgal į eilę
item-decided = Nuspręsta
item-context = Turinys
item-player = Vaizdo įrašas, apie kurį pranešta
item-caption = Aprašas
item-sound = Garsas
item-state = Būsena
item-remixes = Remiksai
item-none = Nėra
item-open-video = Vaizdo įrašo puslapis
item-open-video-link = Atidaryti vaizdo įrašą
item-comment-text = Komentaras
item-comment-video = Prie vaizdo įrašo
item-account = Paskyra
item-detection = Automatinis aptikimas
item-notices = { $count ->
    [one] { $count } pranešimas
    [few] { $count } pranešimai
    [many] { $count } pranešimo
   *[other] { $count } pranešimų
}
item-history = Ankstesni sprendimai dėl šios paskyros
item-history-none = Ankstesnių sprendimų nėra.
item-appeal = Skundas
item-appeal-decision = Apskųstas sprendimas
decide-title = Sprendimas
decide-action = Veiksmas
decide-policy = Taisyklė
decide-policy-category = Bendroji taisyklė: { $category }
decide-legal-ground = Teisinis pagrindas: { $ground }
decide-facts = Faktai
decide-facts-hint = Ką nustatei, paprastais žodžiais. Kūrėjas tai skaitys.
decide-restrict = Kur apriboti
decide-restrict-hint = Pasirink regionus, šalis arba abu. Teisiniam nurodymui reikia jo numerio.
decide-regions = Regionai
decide-countries = Šalys
decide-countries-hint = Dviraidžiai šalių kodai, atskirti kableliais (DE, AT).
decide-reference = Numeris (teismo ar institucijos nurodymas)
decide-reference-hint = Neprivaloma. Rodoma žiūrovams, kurie negali matyti turinio.
decide-restrict-empty = Pasirink bent vieną regioną arba šalį.
decide-label = Informacinė žyma
decide-label-text = Žymos tekstas
decide-label-url = Nuoroda į daugiau informacijos
decide-suspend = Sustabdymas
decide-days = Dienos
decide-days-hint = Nuo 1 iki 365.
decide-submit = Nuspręsti
decide-done = Sprendimas užregistruotas: { $action }. Motyvų pareiškimas išsiųstas.
appeal-decide-title = Spręsti dėl skundo
appeal-outcome = Rezultatas
appeal-outcome-upheld = Patenkinti skundą
appeal-outcome-upheld-hint = Sprendimas iš karto atšaukiamas, turinys ar paskyra atkuriami.
appeal-outcome-rejected = Atmesti skundą
appeal-outcome-rejected-hint = Sprendimas lieka galioti.
appeal-decide-submit = Spręsti dėl skundo
appeal-decided-upheld = Skundas patenkintas: sprendimas atšauktas. Išsiųstas naujas motyvų pareiškimas.
appeal-decided-rejected = Skundas atmestas: sprendimas lieka galioti. Išsiųstas naujas motyvų pareiškimas.
error-claimed = Šį elementą paėmė kitas moderatorius.
error-same_moderator = Sprendimą priėmęs moderatorius negali spręsti dėl jo skundo.

## Transparency report
transparency-title = Skaidrumas
transparency-intro = Kaip Spool veikia moderavimas, skaičiais: pranešimai, sprendimai, kaip greitai jie priimti, skundai ir atšaukimai. Asmens duomenys nerodomi.
transparency-region = Regionas
transparency-all-regions = Visi regionai
transparency-period = Laikotarpis
transparency-period-days = Paskutinės 30 dienų, pagal dienas
transparency-period-weeks = Paskutinės 12 savaičių, pagal savaites
transparency-period-months = Paskutiniai 12 mėnesių, pagal mėnesius
transparency-range = { $from } – { $to }
transparency-csv = Atsisiųsti kaip CSV
transparency-summary = Iš viso: { $region }
transparency-notices = Pranešimai
transparency-decisions = Sprendimai
transparency-median = Laiko iki sprendimo mediana
transparency-p90 = 90-asis procentilis
transparency-hours = { $hours } val.
transparency-hours-unit = val.
transparency-deadline-misses = Praleisti terminai
transparency-automated-detection = Aptikta automatizuotomis priemonėmis
transparency-automated-decision = Nuspręsta automatiškai
transparency-suspensions = Sustabdymai
transparency-appeals = Skundai
transparency-reversals = Atšaukimai
transparency-over-time = Laikui bėgant
transparency-chart-volume = Pranešimai ir sprendimai
transparency-chart-speed = Laikas iki sprendimo (valandos)
transparency-breakdown = Pasiskirstymas
transparency-chart-notices-category = Pranešimai pagal kategoriją
transparency-chart-decisions-action = Sprendimai pagal veiksmą
transparency-chart-decisions-category = Sprendimai pagal kategoriją
transparency-chart-ground = Sprendimai pagal pagrindą
transparency-chart-source = Pranešimai pagal šaltinį
transparency-appeals-title = Skundai
transparency-chart-appeals = Skundų rezultatai
transparency-chart-appeals-time = Skundai ir atšaukimai laikui bėgant
transparency-appeals-upheld = Patenkinti
transparency-appeals-rejected = Atmesti
transparency-appeals-open = Atviri
transparency-orders = Teisiniai nurodymai ir patikra
transparency-chart-orders = Teisiniai nurodymai pagal regioną
transparency-screening-flagged = Pažymėta patikros
transparency-screening-decided = Peržiūrėta
transparency-screening-confirmed = Patvirtinta
transparency-screening-precision = Tikslumas
transparency-none = Šiuo laikotarpiu nieko.
transparency-yes = Taip
transparency-no = Ne
transparency-log = Sprendimų žurnalas
transparency-log-intro = Kiekvienas sprendimas be pranešėjų, kūrėjų ar moderatorių duomenų.
transparency-log-date = Data
transparency-log-action = Sprendimas
transparency-log-category = Kategorija
transparency-log-ground = Pagrindas
transparency-log-content = Turinys
transparency-log-detected = Automatinis aptikimas
transparency-log-automated = Automatinis sprendimas
transparency-log-scope = Kur
transparency-log-source = Šaltinis
transparency-log-reversed = Atšaukta
transparency-log-more = Daugiau sprendimų
transparency-log-empty = Sprendimų dar nėra.
chart-show-table = Rodyti skaičius lentelėje
chart-summary-line = Nuo { $from } iki { $to }. Iš viso: { $totals }
chart-period = Laikotarpis
chart-item = Elementas
chart-value = Kiekis
notif-statement = Dėl tavo turinio priimtas moderavimo sprendimas. Perskaityk, kodėl, ir kaip apskųsti.
notif-report_outcome = Dėl tavo išsiųsto pranešimo priimtas sprendimas.

## Moderation: more codes from the server
action-hold = Sulaikyta peržiūrai
action-reversed = Atšaukta po skundo
action-upheld_decision = Palikta galioti po skundo
action-appeal_upheld = Skundas patenkintas
action-appeal_rejected = Skundas atmestas
notice-source-account = Pranešimas iš paskyros
notice-source-anonymous = Pranešimas be paskyros (DSA 16 str.)
notice-source-screening = Automatinė patikra
notice-source-fingerprint = Atitikmuo su pašalintu turiniu
notice-source-legal_order = Teisinis nurodymas
source-complaint = Skundas
statement-scope-eea = ES ir EEE (30 šalių)
statement-regions = Regionai
statement-reference = Nurodymo numeris
statement-outcome-heading = { $action } · { $date }
error-already_decided = Dėl to jau nuspręsta.
error-appeal_open = Dėl šio sprendimo jau yra atviras skundas.
error-appeal_closed = Šio sprendimo apskųsti nebegalima.
error-account_suspended = Tavo paskyra sustabdyta, todėl dabar to padaryti negali.
error-account_terminated = Tavo paskyra uždaryta.
error-not_moderator = Nesi šio regiono moderatorius.
video-withheld-own = Tavo vaizdo įrašas nepasiekiamas: { $places }. Šį pranešimą matai tik tu.
item-restrictions = Dabartiniai apribojimai

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Prisijunk, kad tęstum
signin-sheet-intro = Prisijunk, kad galėtum spausti „Patinka“, komentuoti, sekti ir gauti tau sukurtą srautą.
feed-caught-up = Viską peržiūrėjai
feed-caught-up-hint = Kol kas matei visus klipus. Daugiau rasi skiltyje „Atrasti“.
feed-explore = Naršyti
clip-creator-profile = { $handle } profilis
unfollow-handle = Nebesekti { $handle }
clip-progress = Atkūrimo vieta
clip-progress-value = { $at } iš { $length }
video-edit = Redaguoti vaizdo įrašą
video-edit-save = Išsaugoti
video-edit-done = Pakeitimai išsaugoti
video-delete = Ištrinti vaizdo įrašą
video-delete-confirm = Visam laikui ištrinti šį vaizdo įrašą? Kartu dings jo komentarai ir patiktukai.
video-delete-done = Vaizdo įrašas ištrintas
back = Atgal
cancel = Atšaukti
discover-trending = Dabar populiaru
discover-trending-tags = Populiarios grotažymės

## How the feed works: its stages and parameters
algo-stage-events = Iš ko mokosi srautas
algo-stage-model = Skonio modelis
algo-stage-candidates = Iš kur atsiranda kandidatai
algo-stage-exploration = Galimybė naujiems vaizdo įrašams
algo-stage-ranking = Reitingavimas
algo-stage-filters = Kas atfiltruojama
algo-stage-diversity = Įvairovė
algo-stage-non_personalized = Nesuasmenintas srautas
algo-technical = Techninis aprašymas (anglų kalba)
algo-param-bias-learning-rate = Kaip greitai išmokstamas paties vaizdo įrašo patrauklumas
algo-param-expiry-secs = Pamirštama po neveiklumo, trunkančio
algo-param-history-len = Įskaitomi neseni peržiūrėjimai
algo-param-history-weight = Neseniai peržiūrėtų svoris
algo-param-init-scale = Pradinė naujų eilučių sklaida
algo-param-item-min-count = Sąveikos, kol vaizdo įrašas gauna savo eilutę
algo-param-learning-rate = Kaip greitai išmokstamas skonis
algo-param-margin = Skirtumas tarp patikusių ir praleistų vaizdo įrašų
algo-param-negative-trials = Vaizdo įrašai, bandomi ieškant kontrpavyzdžio
algo-param-negatives-per-positive = Kontrpavyzdžiai vienam teigiamam signalui
algo-param-regularization = Reguliarizacija (saugo modelį nuo persimokymo)
algo-param-seed = Atsitiktinumo sėkla (atkartojamumui)
algo-param-max-age-hours = Nauji vaizdo įrašai tyrinėjami
algo-param-min-completion-rate = Peržiūrėta iki galo bent
algo-param-min-engagement-rate = Patiktukų, komentarų ir pasidalinimų vienai peržiūrai bent
algo-param-slots-per-page = Vietos puslapyje naujiems vaizdo įrašams
algo-param-stages = Auditorijos dydžiai bandomuosiuose etapuose
algo-param-freshness-hours = Vaizdo įrašas laikomas nauju
algo-param-trending-half-life-hours = Populiarumas skaičiuojamas perpus po
algo-param-weights = Reitingo balo svoriai
algo-param-engagement = Laukiamas įsitraukimas
algo-param-exploration = Tyrinėjimas
algo-param-following = Paskyros, kurias seki
algo-param-freshness = Naujumas
algo-param-trending = Populiarumas
algo-param-creator-spacing = Klipai, kol vėl tas pats kūrėjas
algo-param-sound-spacing = Klipai, kol vėl tas pats garsas
algo-param-catalog-videos = Vaizdo įrašai kataloge
algo-param-viewers-with-state = Žiūrovai, kuriuos modelis pažįsta

tile-views = { $count ->
    [one] { $count } peržiūra
    [few] { $count } peržiūros
    [many] { $count } peržiūros
   *[other] { $count } peržiūrų
}

## Long press: speed
clip-options = Parinktys
speed-title = Atkūrimo greitis
speed-normal = Įprastas
speed-value = { $rate }×
speed-set = Leidžiama { $rate }× greičiu

## Upload: preview, cover, draft
upload-preview = Tavo klipo peržiūra
upload-cover = Viršelis
upload-cover-hint = Perslink iki kadro, kurį žmonės mato prieš prasidedant klipui.
upload-draft-restored = Tavo juodraštis sugrįžo: aprašas ir nustatymai, kokius palikai.
error-invalid_cover = Viršelis turi būti klipo akimirka.

# Captions and profile photos
clip-captions-on = Įjungti subtitrus
clip-captions-off = Išjungti subtitrus
captions-on = Subtitrai įjungti
captions-off = Subtitrai išjungti
captions-title = Subtitrai
captions-file = Subtitrų failas (.vtt)
captions-hint = WebVTT failas, po vieną kiekvienai kalbai. Visi subtitrų fragmentai turi tilpti į klipo trukmę.
captions-language = Subtitrų kalba
captions-add = Pridėti subtitrus
captions-remove = Pašalinti subtitrus ({ $language })
captions-remove-short = Pašalinti
captions-none = Subtitrų dar nėra.
captions-added = Subtitrai pridėti ({ $language }).
captions-removed = Subtitrai pašalinti ({ $language }).
captions-failed = Tavo klipas paskelbtas, bet subtitrai nepridėti: { $reason } Juos gali pridėti klipo redagavimo lange.
captions-pick-file = Pirmiausia pasirink .vtt failą.
error-invalid_webvtt = Tai nėra tinkamas WebVTT subtitrų failas.
error-invalid_language = Pasirink subtitrų kalbą.
profile-photo-choose = Profilio nuotrauka
profile-photo-hint = JPEG, PNG arba WebP, iki 8 MB. Nuotrauka apkerpama iki kvadrato, o informacija apie tai, kur ir kuo ji padaryta, pašalinama.
profile-photo-remove = Pašalinti nuotrauką
profile-photo-type = Pasirink JPEG, PNG arba WebP paveikslėlį.
profile-edit-save = Išsaugoti profilį
profile-edit-done = Profilis išsaugotas.
error-invalid_photo = Šis failas nėra nuskaitomas paveikslėlis.
error-photo_too_small = Nuotrauka per maža: pasirink tokią, kurios kiekviena kraštinė – bent 64 pikseliai.
error-photo_too_large = Nuotrauka per didelė: kiekviena kraštinė – ne daugiau kaip 8192 pikseliai.
error-invalid_crop = Paliekama nuotraukos dalis turi būti kvadratas jos viduje.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Kiti serveriai
fed-intro = Sek žmones kituose ActivityPub palaikančiuose serveriuose, pavyzdžiui, kituose Spool serveriuose. Jų vaizdo įrašai rodomi tavo sraute „Sekami“.
fed-teen = Paauglių paskyros lieka šiame serveryje: jos negali sekti kitų serverių paskyrų ir būti iš ten sekamos.
fed-address = Adresas kitame serveryje
fed-address-hint = Formatu vardas@serveris, pavyzdžiui, alex@example.org
fed-follow = Sekti
fed-address-invalid = Įvesk adresą formatu vardas@serveris, pavyzdžiui, alex@example.org.
fed-address-local = Ši paskyra yra šiame serveryje: sek ją iš jos profilio.
fed-not-found = Paskyra { $handle } nerasta. Patikrink adresą.
fed-requested = Prašymas sekti išsiųstas { $handle }.
fed-following = Paskyros, kurias ten seki
fed-following-empty = Dar nieko neseki kitame serveryje.
fed-pending = Prašymas išsiųstas
fed-followers = Tavo sekėjai iš ten
fed-followers-empty = Iš kitų serverių tavęs dar niekas neseka.
fed-wants-to-follow = Nori tave sekti
fed-unfollow = Nebesekti
fed-accept = Priimti
fed-accept-label = Priimti { $handle } prašymą sekti
fed-decline = Atmesti
fed-decline-label = Atmesti { $handle } prašymą sekti
fed-remove = Pašalinti
fed-remove-label = Pašalinti { $handle } iš sekėjų
fed-accepted = { $handle } dabar tave seka.
fed-declined = Atmetei { $handle } prašymą.
fed-removed = { $handle } tavęs nebeseka.
fed-from = Iš { $host }
fed-open = Atidaryti { $host }
fed-cannot-play = Šio vaizdo įrašo čia paleisti negalima.
comment-remote-remove = Pašalinti { $handle } atsakymą
fed-shared-by = Pasidalino { $handle }
reason-remote_instance = Iš { $host }, serverio, kurio paskyras seka žmonės iš čia
fed-like = Patinka
