# Tekstovi sučelja Spool: hrvatski (Project Fluent). Iste poruke kao en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — kratki videozapisi
app-description = Gledajte, stvarajte i dijelite kratke videozapise. Vaši podaci ostaju u vašoj matičnoj regiji.
skip-to-content = Prijeđi na sadržaj
loading = Učitavanje…
noscript = Spool treba JavaScript za reprodukciju videozapisa. Uključite ga ili izravno koristite API.
assets-missing = Web-klijent nije ugrađen u ovaj poslužitelj. Izgradite ga naredbom „npm ci && npm run build” u mapi web/, a zatim ponovno izgradite Spool.
title-page = { $page } · Spool
title-not-found = Nije pronađeno · Spool
not-found = Ova stranica ne postoji.
close = Zatvori

## Navigation
nav-label = Glavni izbornik
nav-home = Početna
nav-discover = Otkrij
nav-upload = Prenesi
nav-inbox = Pristigla pošta
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } nepročitana obavijest
    [few] { $count } nepročitane obavijesti
   *[other] { $count } nepročitanih obavijesti
}

## Feed
feed-tabs = Sadržaji
feed-for-you = Za tebe
feed-following = Praćeni
feed-personalized = Personalizirano
feed-mode-hint = Kad je isključeno, sadržaj ne koristi profiliranje: prikazuje što je popularno i novo u vašoj regiji i na vašem jeziku.
feed-mode-personalized = Personalizirani sadržaj uključen
feed-mode-non-personalized = Personalizirani sadržaj isključen: bez profiliranja
feed-empty = Još nema ništa za gledanje. Prenesite prvi isječak ili nešto potražite.
feed-following-empty = Nema novih isječaka s računa koje pratite.
feed-login = Prijavite se da biste vidjeli isječke računa koje pratite.
feed-unavailable = Sadržaj još nije dostupan na ovom poslužitelju. Pokušajte pretraživanje ili profil.
video-title = Videozapis
video-processing = Obrada…
video-failed = Obrada nije uspjela
clip-video-label = Videozapis korisnika { $handle }
clip-loading = Učitavanje videozapisa
clip-unmute = Uključi zvuk
clip-mute = Isključi zvuk
clip-play = Reproduciraj
clip-pause = Pauziraj
clip-actions = Radnje za videozapis korisnika { $handle }
clip-like = { $count ->
    [one] Sviđa mi se ({ $count } sviđanje)
    [few] Sviđa mi se ({ $count } sviđanja)
   *[other] Sviđa mi se ({ $count } sviđanja)
}
clip-comments = { $count ->
    [one] Komentari ({ $count } komentar)
    [few] Komentari ({ $count } komentara)
   *[other] Komentari ({ $count } komentara)
}
clip-share = { $count ->
    [one] Podijeli ({ $count } dijeljenje)
    [few] Podijeli ({ $count } dijeljenja)
   *[other] Podijeli ({ $count } dijeljenja)
}
clip-more = Više mogućnosti
clip-sound = Izvorni zvuk – { $handle }
clip-duet-of = Duet: pogledaj izvornik
clip-stitch-of = Stitch: pogledaj izvornik
follow-handle = Prati { $handle }
follow-requested = Zatraženo
follow-done = Sada pratite { $handle }
unfollow-done = Više ne pratite { $handle }
login-needed = Najprije se prijavite.
share-title = Podijeli
share-link = Poveznica na ovaj videozapis
share-copy = Kopiraj poveznicu
share-copied = Poveznica kopirana
not-interested = Ne zanima me
not-interested-done = Razumijemo: vidjet ćete manje ovakvih isječaka.
open-sound = Otvori zvuk
make-duet = Snimi duet
make-stitch = Napravi stitch ovog videozapisa
why-title = Zašto ovaj videozapis?
why-none = Ovaj je isječak otvoren izravno, nije ga odabrao sadržaj.
why-explainer = Sadržaj bira isječke prema objavljenim pravilima. Personalizaciju možete isključiti u bilo kojem trenutku.
algorithm-link = Kako radi sadržaj

## Reasons
reason-follows_creator = Pratite { $handle }
reason-topic = Gledate isječke o temi { $hashtag }
reason-similar_to_liked = Slično isječcima koji su vam se svidjeli
reason-taste_match = Odgovara onome što obično gledate
reason-trending_region = Popularno u vašoj regiji ({ $region })
reason-trending_language = Popularno na vašem jeziku ({ $language })
reason-new_video_test_audience = Novi isječak prikazan maloj testnoj publici
reason-fresh = Nedavno objavljeno
reason-sound = Koristi zvuk „{ $sound }”
reason-seen_before = Pogledali ste sve nove isječke; pogledajte ovaj ponovno

## Comments
comments-title = { $count ->
    [one] { $count } komentar
    [few] { $count } komentara
   *[other] { $count } komentara
}
comments-empty = Još nema komentara. Budite prvi.
comments-more = Više komentara
comments-off = Komentari su isključeni za ovaj videozapis.
comment-add = Dodaj komentar
comment-send = Objavi
comment-sent = Komentar objavljen
comment-reply = Odgovori
comment-reply-to = Odgovor korisniku { $handle }
comment-cancel-reply = Odustani od odgovora
comment-replies = { $count ->
    [one] Prikaži { $count } odgovor
    [few] Prikaži { $count } odgovora
   *[other] Prikaži { $count } odgovora
}
comment-like = { $count ->
    [one] Sviđa mi se komentar ({ $count } sviđanje)
    [few] Sviđa mi se komentar ({ $count } sviđanja)
   *[other] Sviđa mi se komentar ({ $count } sviđanja)
}
comment-pinned = Prikvačeno
comment-login = Prijavite se da biste komentirali

## Reports
report = Prijavi
report-intro = Recite nam što nije u redu. Moderator pregledava svaku prijavu i dobit ćete odgovor.
report-category = Razlog
report-note = Pojedinosti (neobavezno)
report-note-hint = Što bi moderator trebao pogledati?
report-send = Pošalji prijavu

## Upload
upload-title = Prenesi
upload-file = Videodatoteka
upload-file-hint = Od 1 sekunde do 10 minuta. Prijenos počinje odmah i nastavlja se ako veza pukne.
upload-progress-label = Napredak prijenosa
upload-progress = { $percent } % ({ $sent } od { $total } bajtova)
upload-done = Prijenos dovršen
upload-error = Prijenos nije uspio. Pokušajte ponovno.
upload-pause = Pauziraj
upload-resume = Nastavi
upload-caption = Opis
upload-caption-hint = Upišite # za oznake i @ da nekoga spomenete.
upload-visibility = Tko može gledati
visibility-public = Svi
visibility-followers = Pratitelji
visibility-private = Samo ja
upload-allow = Dopusti drugima da
upload-allow-comments = Komentiraju
upload-allow-duet = Snimaju duet
upload-allow-stitch = Rade stitch
upload-sound = Zvuk (neobavezno)
upload-sound-search = Potraži zvuk
upload-sound-none = Vaš isječak zadržava vlastiti zvuk.
upload-sound-chosen = Zvuk: { $title }
upload-sound-clear = Koristi moj zvuk
upload-duet = Duet s korisnikom { $handle }
upload-stitch = Stitch videozapisa korisnika { $handle }
upload-post = Objavi
upload-pick-first = Najprije odaberite videodatoteku.
upload-waiting = Dovršavanje prijenosa…
upload-processing = Vaš se videozapis obrađuje… To traje otprilike koliko i isječak.
upload-ready = Vaš je videozapis spreman!
upload-watch = Pogledaj ga
upload-to-profile = Idi na svoj profil
suggestions = Prijedlozi
suggestions-count = { $count ->
    [one] { $count } prijedlog. Odaberite strelicama gore i dolje.
    [few] { $count } prijedloga. Odaberite strelicama gore i dolje.
   *[other] { $count } prijedloga. Odaberite strelicama gore i dolje.
}

## Profiles, hashtags, sounds
profile-not-found = Ovaj račun ne postoji.
profile-edit = Uredi profil
profile-follow = Prati
profile-following = Pratite
profile-private = Privatno
profile-private-body = Ovaj je račun privatan. Pratite ga da biste vidjeli njegove videozapise.
profile-following-count = Prati
profile-followers-count = Pratitelji
profile-likes-count = Sviđanja
profile-videos-count = Videozapisi
profile-videos = Videozapisi
profile-empty = Još nema videozapisa.
profile-empty-own = Još niste ništa objavili. Vaši će se isječci pojaviti ovdje.
tile-label = { $caption } — autor { $handle }
tile-label-plain = Videozapis korisnika { $handle }
hashtag-count = { $count ->
    [one] { $count } videozapis
    [few] { $count } videozapisa
   *[other] { $count } videozapisa
}
hashtag-empty = S ovom oznakom još nema javnih videozapisa.
sound-title = Zvuk
sound-listen = Poslušaj { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } videozapis
    [few] { $count } videozapisa
   *[other] { $count } videozapisa
}
sound-use = Koristi ovaj zvuk
sound-original = Izvorni videozapis
sound-sort = Razvrstaj videozapise
sound-newest = Najnoviji
sound-popular = Popularni
sound-empty = Nijedan videozapis još ne koristi ovaj zvuk.

## Search
search-title = Otkrij
search-label = Pretraži
search-placeholder = Pretraži račune, videozapise, #oznake, zvukove
search-submit = Pretraži
search-types = Što tražiti
search-videos = Videozapisi
search-accounts = Računi
search-hashtags = Oznake
search-sounds = Zvukovi
search-results = Rezultati
search-hint = Upišite riječ, #oznaku ili @korisničko ime.
search-empty = Ništa nije pronađeno za „{ $query }”.
search-followers = { $count ->
    [one] { $count } pratitelj
    [few] { $count } pratitelja
   *[other] { $count } pratitelja
}

## Inbox
inbox-title = Pristigla pošta
inbox-requests = Zahtjevi za praćenje
inbox-activity = Aktivnost
inbox-empty = Još nema obavijesti.
inbox-unread = Nepročitano:
request-accept = Prihvati
request-decline = Odbij
request-accepted = { $handle } sada može vidjeti vaše videozapise
request-declined = Zahtjev korisnika { $handle } je odbijen
notif-like = { $count ->
    [one] Korisniku { $actor } sviđa se vaš videozapis
    [few] { $count } osobe lajkale su vaš videozapis
   *[other] { $count } osoba lajkalo je vaš videozapis
}
notif-comment = { $others ->
    [0] { $actor } komentirao/la je vaš videozapis
    [one] { $actor } i još { $others } osoba komentirali su vaš videozapis
    [few] { $actor } i još { $others } osobe komentirali su vaš videozapis
   *[other] { $actor } i još { $others } osoba komentirali su vaš videozapis
}
notif-reply = { $actor } odgovorio/la je na vaš komentar
notif-mention = { $actor } vas je spomenuo/la
notif-follow = { $count ->
    [one] { $actor } počeo/la vas je pratiti
    [few] { $count } nova pratitelja
   *[other] { $count } novih pratitelja
}
notif-follow_request = { $actor } želi vas pratiti
notif-follow_accepted = { $actor } prihvatio/la je vaš zahtjev za praćenje
notif-comment_like = { $others ->
    [0] Korisniku { $actor } sviđa se vaš komentar
    [one] { $actor } i još { $others } osoba lajkali su vaš komentar
    [few] { $actor } i još { $others } osobe lajkali su vaš komentar
   *[other] { $actor } i još { $others } osoba lajkali su vaš komentar
}
notif-duet = { $actor } snimio/la je duet s vašim videozapisom
notif-stitch = { $actor } napravio/la je stitch vašeg videozapisa

## Settings
settings-title = Postavke
settings-save = Spremi
settings-saved = Spremljeno
settings-profile = Profil
settings-privacy = Privatnost
settings-private = Privatni račun
settings-private-hint = Vaše videozapise mogu vidjeti samo pratitelji koje odobrite.
settings-who-comment = Tko može komentirati vaše videozapise
settings-who-duet = Tko može snimati duet s vašim videozapisima
settings-who-stitch = Tko može raditi stitch vaših videozapisa
policy-everyone = Svi
policy-followers = Pratitelji
policy-nobody = Nitko
settings-liked-public = Prikaži na mom profilu videozapise koji su mi se svidjeli
settings-teen = Vaš je račun tinejdžerski: neke su postavke strože.
settings-feed = Sadržaj
settings-reset-recommendations = Poništi moje preporuke
settings-reset-done = Vaše su preporuke poništene.
settings-language = Jezik
settings-language-label = Jezik sučelja
settings-language-hint = Prema zadanim postavkama Spool prati jezik vašeg preglednika.
settings-data = Vaši podaci
settings-data-intro = Preuzmite sve što Spool pohranjuje o vama i pogledajte koji su zaposlenici to pregledali i zašto.
settings-export = Preuzmi moje podatke
settings-region = Matična regija
settings-region-now = Vaši su podaci pohranjeni u: { $region }
settings-region-intro = Vaši osobni podaci nalaze se samo u vašoj matičnoj regiji. Možete ih premjestiti u drugu.
settings-move-to = Nova matična regija
settings-move = Premjesti moje podatke
settings-move-confirm = Premjestiti sve vaše osobne podatke u { $region }?
settings-move-done = Vaši su podaci premješteni.
settings-account = Račun
settings-signed-in = Prijavljeni ste kao { $handle }
settings-logout = Odjava
settings-delete = Izbriši račun
settings-delete-intro = Time se trajno brišu vaš račun, vaši videozapisi i svi vaši podaci. To se ne može poništiti.
settings-delete-confirm = Trajno izbrisati račun i sve u njemu?
settings-sessions = Sesije
settings-sessions-intro = Uređaji na kojima ste prijavljeni. Odjavite se s onih koje ne prepoznajete.
settings-sessions-logout-others = Odjavi se svugdje drugdje
settings-sessions-ended = { $count ->
    [one] Odjavljeni ste iz { $count } druge sesije.
    [few] Odjavljeni ste iz { $count } druge sesije.
   *[other] Odjavljeni ste iz { $count } drugih sesija.
}
session-device = { $browser } na sustavu { $os }
session-device-unknown = Nepoznat uređaj
session-current = Ovaj uređaj
session-times = Prijava { $created } · posljednja aktivnost { $used }
session-logout = Odjavi
session-logout-label = Odjavi { $device }
settings-password = Promijeni lozinku
settings-password-done = Lozinka je promijenjena. Sve ostale sesije su odjavljene.
field-current-password = Trenutačna lozinka
field-new-password = Nova lozinka
access-title = Pristup mojim podacima
access-intro = Svaki put kad zaposlenik otvori vaše osobne podatke, to se bilježi s pisanim obrazloženjem. Ovo je potpuni popis.
access-empty = Nijedan zaposlenik nije pristupio vašim podacima.
access-unavailable = Zapisnik pristupa još nije dostupan na ovom poslužitelju.
access-when = Kada
access-staff = Zaposlenik
access-role = Uloga
access-action = Što je učinio/la
access-justification = Obrazloženje
access-reference = Broj predmeta
algorithm-title = Kako radi sadržaj
algorithm-intro = Spoolov sadržaj Za tebe otvoren je za provjeru: kod, njegovi ponderi i razlozi za svaki isječak su objavljeni.
algorithm-sources = Kandidati dolaze s računa koje pratite, iz isječaka sličnih onima koji su vam se svidjeli, iz onoga što je popularno u vašoj regiji i na vašem jeziku te iz novih isječaka prikazanih maloj testnoj publici.
algorithm-signals = Uči iz onoga što radite: koliko dugo gledate, ponovna gledanja, preskakanja, sviđanja, dijeljenja, komentare, praćenja i „Ne zanima me”.
algorithm-filters = Izostavlja ono što ste već vidjeli, blokirane račune i uklonjene videozapise te izmjenjuje teme i autore.
algorithm-control = Personalizaciju možete isključiti, poništiti naučeno i kod svakog isječka pitati „zašto ovaj videozapis?”.
algorithm-published = Objavljeni opis
algorithm-unavailable = Objavljeni opis još nije dostupan na ovom poslužitelju.

## Log in and sign up
login-title = Prijava
login-submit = Prijavi se
login-no-account = Još nemate račun?
signup-title = Registracija
signup-intro = Vaši se osobni podaci pohranjuju samo u matičnoj regiji koju odaberete.
signup-submit = Izradi račun
signup-have-account = Već imate račun?
field-handle = Korisničko ime
field-handle-hint = Od 2 do 24 slova, znamenke, _ ili .
field-display-name = Prikazno ime (neobavezno)
field-password = Lozinka
field-password-hint = Najmanje 8 znakova.
field-birth-date = Datum rođenja
field-birth-date-hint = Morate imati najmanje 13 godina. Računi mlađih od 18 godina prema zadanim su postavkama privatni.
field-region = Matična regija
field-region-hint = Gdje su pohranjeni vaši osobni podaci.
field-email = E-pošta (neobavezno)
field-email-hint = Koristi se samo za oporavak računa.
field-bio = O meni

## Errors
error-network = Poslužitelj nije dostupan. Provjerite vezu.
error-internal = Nešto je pošlo po zlu. Pokušajte ponovno.
error-unauthenticated = Najprije se prijavite.
error-invalid_credentials = Pogrešno korisničko ime ili lozinka.
error-too_young = Za korištenje Spoola morate imati najmanje 13 godina.
error-csrf_rejected = Sesija je istekla. Ponovno učitajte stranicu.
error-forbidden = Nemate dopuštenje za to.
error-comments_off = Komentari su isključeni za ovaj videozapis.
error-remix_off = Autor to ne dopušta.
error-not_found = Nije pronađeno.
error-handle_taken = Ovo je korisničko ime već zauzeto.
error-rate_limited = Previše pokušaja. Pričekajte trenutak i pokušajte ponovno.
error-invalid_handle = Koristite od 2 do 24 slova, znamenke, _ ili .
error-handle_reserved = Ovo je korisničko ime rezervirano.
error-invalid_password = Lozinka mora imati od 8 do 128 znakova.
error-invalid_email = Ova adresa e-pošte ne izgleda ispravno.
error-invalid_birth_date = Unesite valjani datum rođenja.
error-invalid_display_name = Prikazno ime može imati najviše 50 znakova.
error-invalid_bio = Opis o sebi može imati najviše 160 znakova.
error-invalid_caption = Opis može imati najviše 2200 znakova.
error-invalid_comment = Komentar ima od 1 do 500 znakova.
error-unknown_region = Odaberite jednu od navedenih regija.
error-empty_file = Datoteka je prazna.
error-not_media = Ova datoteka nije videozapis.
error-no_video_stream = Ova datoteka nema slike.
error-still_image = Ovo je statična slika, a ne videozapis.
error-too_short = Videozapis je prekratak (najmanje 1 sekunda).
error-too_long = Videozapis je predug (najviše 10 minuta).
error-too_large = Videozapis je prevelik.
error-unsupported_codec = Ovaj format videozapisa nije podržan.
error-transcode_failed = Videozapis nije bilo moguće obraditi.
error-wrong_password = Trenutačna lozinka nije točna.
error-quota_exceeded = Vaša je pohrana puna. Izbrišite videozapise ili nedovršene prijenose da oslobodite mjesto.
error-bad_request = Zahtjev nije bilo moguće pročitati.

## Moderation: reports
report-title-video = Prijavi ovaj videozapis
report-title-comment = Prijavi ovaj komentar
report-title-account = Prijavi ovaj račun
report-category-choose = Odaberite razlog
report-category-hate_speech = Govor mržnje
report-category-harassment = Uznemiravanje i zlostavljanje
report-category-violent_extremism = Nasilni ekstremizam
report-category-disinformation = Obmanjujuće informacije i dezinformacije
report-category-child_safety = Sigurnost djece
report-category-self_harm = Samoozljeđivanje i poremećaji prehrane
report-category-illegal_goods = Nezakonita roba i usluge
report-category-scams = Prijevare
report-category-spam = Neželjeni sadržaj
report-category-intellectual_property = Intelektualno vlasništvo
report-category-other = Nešto drugo
report-dsa-legend = O vama
report-dsa-intro = Niste prijavljeni pa je ovo obavijest prema članku 16. Akta EU-a o digitalnim uslugama. Za obradu trebamo vaše ime i adresu e-pošte; osobi koju prijavljujete nikada se ne kaže tko ste.
report-name = Vaše ime
report-email = Vaša adresa e-pošte
report-email-hint = Ishod ćemo poslati ovamo.
report-good-faith = U dobroj vjeri izjavljujem da su podaci u ovoj obavijesti točni i potpuni.
report-login-instead = Imate račun?
report-sent = Hvala. Vaša je prijava poslana i moderator će je pregledati.
report-duplicate = Ovo ste već prijavili. Vaša ranija prijava i dalje vrijedi; nije je potrebno ponovno slati.
report-receipt-intro = Sačuvajte ovu potvrdu: s njom možete provjeriti što je odlučeno.
report-receipt = Vaša potvrda
report-receipt-hint = Broj prijave { $id }
report-receipt-copy = Kopiraj potvrdu
report-receipt-copied = Potvrda kopirana.
report-check-later = Provjeri ovu prijavu kasnije
report-follow-up = Bit ćete obaviješteni o ishodu. Možete ga pratiti i u odjeljku
report-outcome = Odlučeno { $date }: { $action }
report-outcome-policy = Primijenjeno pravilo: { $policy }
report-state-open = Čeka pregled
report-state-decided = Odlučeno
comment-report = Prijavi komentar korisnika { $handle }
profile-report = Prijavi
profile-withheld = Ovaj račun nije dostupan na vašoj lokaciji.
label-panel = Informacije
label-more = Saznajte više
video-age-restricted = Dobno ograničeno
video-held = Zadržano
video-held-own = Vaš je videozapis zadržan: podudara se sa sadržajem koji je ranije uklonjen. Moderator će ga pregledati.
video-removed-own = Moderator je uklonio vaš videozapis. Ovu obavijest vidite samo vi.
video-reduced-own = Nakon odluke moderatora vaš se videozapis ne preporučuje u sadržajima. Ovu obavijest vidite samo vi.
video-withheld = Ovaj videozapis nije dostupan na vašoj lokaciji.
status-link = Pogledajte zašto i kako se žaliti

## Moderation: actions, targets, grounds
action-no_violation = Bez kršenja
action-remove = Uklonjeno
action-age_restrict = Dobno ograničeno
action-restrict_regions = Ograničeno u nekim regijama
action-label = Dodana informativna oznaka
action-reduce_distribution = Smanjena distribucija
action-suspend = Račun suspendiran
action-terminate = Račun zatvoren
target-video = Videozapis
target-comment = Komentar
target-account = Račun
ground-illegal = Nezakonit sadržaj
ground-incompatible = Protivno smjernicama zajednice
source-notice = Obavijest nekoga tko je to prijavio
source-trusted-flagger = Obavijest pouzdanog prijavitelja
source-own-initiative = Spoolova vlastita provjera
decision-reversed = Poništeno

## Account status and statements of reasons
status-title = Status računa
settings-status-intro = Odluke o vašem sadržaju, vaše žalbe i prijave koje ste poslali.
settings-about = O Spoolu
status-standing = Vaš račun
status-good = Vaš je račun u redu.
status-suspended = Vaš je račun suspendiran.
status-suspended-until = Vaš je račun suspendiran do { $date }.
status-terminated = Vaš je račun zatvoren. I dalje možete čitati odluke i žaliti se.
status-strikes = { $count ->
    [one] { $count } opomena od { $threshold }
    [few] { $count } opomene od { $threshold }
   *[other] { $count } opomena od { $threshold }
}
status-strikes-hint = Svaka odluka protiv vašeg sadržaja jedna je opomena. Na granici se račun suspendira. Stare opomene istječu.
status-history = Ranije odluke
status-statements = Odluke i njihova obrazloženja
status-statements-intro = Za svaku odluku šaljemo obrazloženje: što je odlučeno, prema kojem pravilu i kako se žaliti.
status-no-statements = Nema odluka o vašem sadržaju.
status-my-reports = Moje prijave
status-no-reports = Niste ništa prijavili.
status-receipt-title = Vaša prijava
statement-heading = { $action } · { $date }
statement-decision = Odluka
statement-content = Sadržaj
statement-facts = Što smo utvrdili
statement-policy = Pravilo
statement-ground-illegal = Smatramo da je sadržaj nezakonit.
statement-ground-incompatible = Sadržaj je protivan našim smjernicama zajednice.
statement-legal-ground = Pravna osnova: { $ground }
statement-policy-ground = Smjernica: { $ground }
statement-label = Prikazana oznaka
statement-detection = Kako je otkriveno
statement-detected-auto = Automatiziranim alatima
statement-detected-human = Bez automatiziranih alata
statement-automated = Kako je odlučeno
statement-decided-auto = Automatizirani sustav
statement-decided-human = Odlučila je osoba, ne automatski
statement-source = Što je pokrenulo provjeru
statement-scope = Gdje vrijedi
statement-scope-everywhere = Svugdje
statement-duration = Koliko dugo
statement-duration-until = Od { $from } do { $until }
statement-duration-open = Od { $from }, bez datuma završetka
statement-account-suspended = Vaš je račun suspendiran.
statement-account-terminated = Vaš je račun zatvoren.
statement-appeal = Žalba
statement-appeal-until = Možete se žaliti do { $date }. Pregledat će je drugi moderator.
statement-appeal-possible = Možete se žaliti. Pregledat će je drugi moderator.
statement-appeal-closed = Na ovu se odluku ovdje više ne možete žaliti. I dalje se možete obratiti certificiranom tijelu za izvansudsko rješavanje sporova ili sudu.
statement-appeal-open = Vaša se žalba razmatra.
statement-appeal-upheld = Vaša je žalba prihvaćena: odluka je poništena.
statement-appeal-rejected = Vaša je žalba razmotrena i odluka ostaje na snazi.
statement-technical = Tehnički detalji (kako su poslani u EU-ovu bazu podataka o transparentnosti)
appeal-text = Zašto bi odluku trebalo promijeniti?
appeal-text-hint = Objasnite što je moderatoru možda promaknulo. Možete dodati kontekst ili poveznice.
appeal-send = Pošalji žalbu
appeal-sent = Vaša je žalba poslana. Pregledat će je drugi moderator, a vi ćete dobiti novo obrazloženje.
appeal-exists = Već imate otvorenu žalbu na ovu odluku.

## Moderator console
mod-title = Moderiranje
mod-region = Regija
mod-region-hint = Red regije koju moderirate.
mod-not-moderator = Niste moderator ove regije.
queue-title = Red za pregled: { $region }
queue-refresh = Osvježi
queue-empty = Red je prazan.
queue-count = { $count ->
    [one] { $count } stavka, najhitnije prve
    [few] { $count } stavke, najhitnije prve
   *[other] { $count } stavki, najhitnije prve
}
queue-kind-notice = Obavijest
queue-kind-appeal = Žalba
queue-kind-match = Podudaranje
queue-severity = Ozbiljnost
queue-notices = Obavijesti
queue-reach = Pregledi (24 h)
queue-detection = Otkrio
queue-automated = Automatsko otkrivanje
queue-human = Ljudi
queue-due = Rok { $time }
queue-overdue = Kasni: rok je bio { $time }
queue-claimed-mine = Preuzeli ste ga; preuzimanje istječe { $time }
queue-claimed-other = Preuzeo ga je drugi moderator
queue-claim = Preuzmi
queue-claim-done = Preuzeto. Vaše je sljedećih nekoliko minuta.
queue-open = Pregledaj
item-title = Pregled
item-heading = Pregled: { $category }
item-back = Natrag u red
item-decided = Odlučeno
item-context = Sadržaj
item-player = Prijavljeni videozapis
item-caption = Opis
item-sound = Zvuk
item-state = Stanje
item-remixes = Remiksi
item-none = Ništa
item-open-video = Stranica videozapisa
item-open-video-link = Otvori videozapis
item-comment-text = Komentar
item-comment-video = Uz videozapis
item-account = Račun
item-detection = Automatsko otkrivanje
item-notices = { $count ->
    [one] { $count } obavijest
    [few] { $count } obavijesti
   *[other] { $count } obavijesti
}
item-history = Ranije odluke o ovom računu
item-history-none = Nema ranijih odluka.
item-appeal = Žalba
item-appeal-decision = Odluka na koju je uložena žalba
decide-title = Odluka
decide-action = Mjera
decide-policy = Pravilo
decide-policy-category = Opće pravilo: { $category }
decide-legal-ground = Pravna osnova: { $ground }
decide-facts = Činjenice
decide-facts-hint = Što ste utvrdili, jednostavnim riječima. Autor će to pročitati.
decide-restrict = Gdje ograničiti
decide-restrict-hint = Odaberite regije, države ili oboje. Pravni nalog treba svoj broj predmeta.
decide-regions = Regije
decide-countries = Države
decide-countries-hint = Dvoslovni kodovi država odvojeni zarezima (DE, AT).
decide-reference = Broj predmeta (nalog suda ili tijela)
decide-reference-hint = Neobavezno. Prikazuje se gledateljima koji ne mogu vidjeti sadržaj.
decide-restrict-empty = Odaberite barem jednu regiju ili državu.
decide-label = Informativna oznaka
decide-label-text = Tekst oznake
decide-label-url = Poveznica na više informacija
decide-suspend = Suspenzija
decide-days = Dani
decide-days-hint = Od 1 do 365.
decide-submit = Odluči
decide-done = Odluka zabilježena: { $action }. Obrazloženje je poslano.
appeal-decide-title = Odluči o žalbi
appeal-outcome = Ishod
appeal-outcome-upheld = Prihvati žalbu
appeal-outcome-upheld-hint = Odluka se odmah poništava, a sadržaj ili račun vraća.
appeal-outcome-rejected = Odbij žalbu
appeal-outcome-rejected-hint = Odluka ostaje na snazi.
appeal-decide-submit = Odluči o žalbi
appeal-decided-upheld = Žalba prihvaćena: odluka je poništena. Poslano je novo obrazloženje.
appeal-decided-rejected = Žalba odbijena: odluka ostaje na snazi. Poslano je novo obrazloženje.
error-claimed = Ovu je stavku preuzeo drugi moderator.
error-same_moderator = Moderator koji je donio odluku ne može odlučivati o žalbi na nju.

## Transparency report
transparency-title = Transparentnost
transparency-intro = Kako moderiranje funkcionira na Spoolu, u brojkama: obavijesti, odluke, koliko su brzo donesene, žalbe i poništenja. Osobni podaci nisu prikazani.
transparency-region = Regija
transparency-all-regions = Sve regije
transparency-period = Razdoblje
transparency-period-days = Zadnjih 30 dana, po danu
transparency-period-weeks = Zadnjih 12 tjedana, po tjednu
transparency-period-months = Zadnjih 12 mjeseci, po mjesecu
transparency-range = { $from } do { $to }
transparency-csv = Preuzmi kao CSV
transparency-summary = Ukupno: { $region }
transparency-notices = Obavijesti
transparency-decisions = Odluke
transparency-median = Medijan vremena do odluke
transparency-p90 = 90. percentil
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Propušteni rokovi
transparency-automated-detection = Otkriveno automatiziranim alatima
transparency-automated-decision = Odlučeno automatski
transparency-suspensions = Suspenzije
transparency-appeals = Žalbe
transparency-reversals = Poništenja
transparency-over-time = Kroz vrijeme
transparency-chart-volume = Obavijesti i odluke
transparency-chart-speed = Vrijeme do odluke (sati)
transparency-breakdown = Raščlamba
transparency-chart-notices-category = Obavijesti po kategoriji
transparency-chart-decisions-action = Odluke po mjeri
transparency-chart-decisions-category = Odluke po kategoriji
transparency-chart-ground = Odluke po osnovi
transparency-chart-source = Obavijesti po izvoru
transparency-appeals-title = Žalbe
transparency-chart-appeals = Ishodi žalbi
transparency-chart-appeals-time = Žalbe i poništenja kroz vrijeme
transparency-appeals-upheld = Prihvaćene
transparency-appeals-rejected = Odbijene
transparency-appeals-open = Otvorene
transparency-orders = Pravni nalozi i provjera
transparency-chart-orders = Pravni nalozi po regiji
transparency-screening-flagged = Označeno provjerom
transparency-screening-decided = Pregledano
transparency-screening-confirmed = Potvrđeno
transparency-screening-precision = Preciznost
transparency-none = Ništa u ovom razdoblju.
transparency-yes = Da
transparency-no = Ne
transparency-log = Zapisnik odluka
transparency-log-intro = Svaka odluka, bez podataka prijavitelja, autora ili moderatora.
transparency-log-date = Datum
transparency-log-action = Odluka
transparency-log-category = Kategorija
transparency-log-ground = Osnova
transparency-log-content = Sadržaj
transparency-log-detected = Automatsko otkrivanje
transparency-log-automated = Automatska odluka
transparency-log-scope = Gdje
transparency-log-source = Izvor
transparency-log-reversed = Poništeno
transparency-log-more = Više odluka
transparency-log-empty = Još nema odluka.
chart-show-table = Prikaži brojke u tablici
chart-summary-line = Od { $from } do { $to }. Ukupno: { $totals }
chart-period = Razdoblje
chart-item = Stavka
chart-value = Broj
notif-statement = O vašem je sadržaju donesena moderatorska odluka. Pročitajte zašto i kako se žaliti.
notif-report_outcome = O prijavi koju ste poslali donesena je odluka.

## Moderation: more codes from the server
action-hold = Zadržano radi pregleda
action-reversed = Poništeno nakon žalbe
action-upheld_decision = Potvrđeno nakon žalbe
action-appeal_upheld = Žalba prihvaćena
action-appeal_rejected = Žalba odbijena
notice-source-account = Obavijest s računa
notice-source-anonymous = Obavijest bez računa (čl. 16. DSA)
notice-source-screening = Automatska provjera
notice-source-fingerprint = Podudaranje s uklonjenim sadržajem
notice-source-legal_order = Pravni nalog
source-complaint = Žalba
statement-scope-eea = EU i EGP (30 država)
statement-regions = Regije
statement-reference = Broj naloga
statement-outcome-heading = { $action } · { $date }
error-already_decided = O tome je već odlučeno.
error-appeal_open = Na ovu odluku već postoji otvorena žalba.
error-appeal_closed = Na ovu se odluku više nije moguće žaliti.
error-account_suspended = Vaš je račun suspendiran pa to sada ne možete učiniti.
error-account_terminated = Vaš je račun zatvoren.
error-not_moderator = Niste moderator ove regije.
video-withheld-own = Vaš videozapis nije dostupan u: { $places }. Ovu obavijest vidite samo vi.
item-restrictions = Trenutačna ograničenja

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Prijavite se za nastavak
signin-sheet-intro = Prijavite se da biste lajkali, komentirali, pratili i dobili sadržaj po svojoj mjeri.
feed-caught-up = Sve ste pogledali
feed-caught-up-hint = Zasad ste vidjeli sve isječke. Više ih pronađite u odjeljku Otkrij.
feed-explore = Istraži
clip-creator-profile = Profil korisnika { $handle }
unfollow-handle = Prestani pratiti { $handle }
clip-progress = Položaj reprodukcije
clip-progress-value = { $at } od { $length }
video-edit = Uredi videozapis
video-edit-save = Spremi
video-edit-done = Promjene spremljene
video-delete = Izbriši videozapis
video-delete-confirm = Trajno izbrisati ovaj videozapis? S njim nestaju i komentari i sviđanja.
video-delete-done = Videozapis izbrisan
back = Natrag
cancel = Odustani
discover-trending = Trenutačno popularno
discover-trending-tags = Popularne oznake

## How the feed works: its stages and parameters
algo-stage-events = Iz čega sadržaj uči
algo-stage-model = Model ukusa
algo-stage-candidates = Odakle dolaze kandidati
algo-stage-exploration = Prilika za nove videozapise
algo-stage-ranking = Rangiranje
algo-stage-filters = Što se filtrira
algo-stage-diversity = Raznolikost
algo-stage-non_personalized = Nepersonalizirani sadržaj
algo-technical = Tehnički opis (na engleskom)
algo-param-bias-learning-rate = Koliko se brzo uči vlastita privlačnost videozapisa
algo-param-expiry-secs = Zaboravlja se nakon neaktivnosti od
algo-param-history-len = Nedavna gledanja koja se računaju
algo-param-history-weight = Težina nedavnih gledanja
algo-param-init-scale = Početno rasipanje novih redaka
algo-param-item-min-count = Interakcije prije nego što videozapis dobije vlastiti redak
algo-param-learning-rate = Koliko se brzo uči ukus
algo-param-margin = Razlika između lajkanih i preskočenih videozapisa
algo-param-negative-trials = Videozapisi isprobani pri traženju protuprimjera
algo-param-negatives-per-positive = Protuprimjeri po pozitivnom signalu
algo-param-regularization = Regularizacija (sprječava prenaučenost modela)
algo-param-seed = Slučajno sjeme (za ponovljivost)
algo-param-max-age-hours = Novi se videozapisi istražuju
algo-param-min-completion-rate = Odgledano do kraja najmanje
algo-param-min-engagement-rate = Sviđanja, komentari i dijeljenja po pregledu najmanje
algo-param-slots-per-page = Mjesta po stranici za nove videozapise
algo-param-stages = Veličine publike u testnim fazama
algo-param-freshness-hours = Videozapis se smatra novim
algo-param-trending-half-life-hours = Popularnost se računa upola nakon
algo-param-weights = Ponderi ocjene rangiranja
algo-param-engagement = Očekivana angažiranost
algo-param-exploration = Istraživanje
algo-param-following = Računi koje pratite
algo-param-freshness = Svježina
algo-param-trending = Popularnost
algo-param-creator-spacing = Isječci prije istog autora ponovno
algo-param-sound-spacing = Isječci prije istog zvuka ponovno
algo-param-catalog-videos = Videozapisi u katalogu
algo-param-viewers-with-state = Gledatelji koje model poznaje

tile-views = { $count ->
    [one] { $count } pregled
    [few] { $count } pregleda
   *[other] { $count } pregleda
}

## Long press: speed
clip-options = Mogućnosti
speed-title = Brzina reprodukcije
speed-normal = Uobičajena
speed-value = { $rate }×
speed-set = Reprodukcija brzinom { $rate }×

## Upload: preview, cover, draft
upload-preview = Pregled vašeg isječka
upload-cover = Naslovnica
upload-cover-hint = Povucite do kadra koji ljudi vide prije nego što isječak počne.
upload-draft-restored = Vaša je skica vraćena: opis i postavke kako ste ih ostavili.
error-invalid_cover = Naslovnica mora biti trenutak iz isječka.

# Titlovi i profilne fotografije
clip-captions-on = Uključi titlove
clip-captions-off = Isključi titlove
captions-on = Titlovi uključeni
captions-off = Titlovi isključeni
captions-title = Titlovi
captions-file = Datoteka titlova (.vtt)
captions-hint = Datoteka WebVTT, jedna po jeziku. Titlovi moraju stati u trajanje isječka.
captions-language = Jezik titlova
captions-add = Dodaj titlove
captions-remove = Ukloni titlove ({ $language })
captions-remove-short = Ukloni
captions-none = Još nema titlova.
captions-added = Titlovi dodani ({ $language }).
captions-removed = Titlovi uklonjeni ({ $language }).
captions-failed = Vaš je isječak objavljen, ali titlovi nisu dodani: { $reason } Možete ih dodati u prozoru za uređivanje isječka.
captions-pick-file = Najprije odaberite datoteku .vtt.
error-invalid_webvtt = Ovo nije valjana datoteka titlova WebVTT.
error-invalid_language = Odaberite jezik titlova.
profile-photo-choose = Profilna fotografija
profile-photo-hint = JPEG, PNG ili WebP, najviše 8 MB. Obrezuje se na kvadrat, a podaci o tome gdje je i čime snimljena uklanjaju se.
profile-photo-remove = Ukloni fotografiju
profile-photo-type = Odaberite sliku u formatu JPEG, PNG ili WebP.
profile-edit-save = Spremi profil
profile-edit-done = Profil spremljen.
error-invalid_photo = Ova datoteka nije slika koja se može pročitati.
error-photo_too_small = Fotografija je premala: odaberite onu koja ima najmanje 64 piksela sa svake strane.
error-photo_too_large = Fotografija je prevelika: najviše 8192 piksela sa svake strane.
error-invalid_crop = Dio fotografije koji se zadržava mora biti kvadrat unutar nje.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Druge instance
fed-intro = Pratite ljude na drugim instancama koje koriste ActivityPub, na primjer na drugim Spool poslužiteljima. Njihovi se videozapisi prikazuju u vašem feedu Praćeni.
fed-teen = Tinejdžerski računi ostaju na ovoj instanci: ne mogu pratiti račune s drugih instanci niti ih se odande može pratiti.
fed-address = Adresa na drugoj instanci
fed-address-hint = U obliku ime@poslužitelj, na primjer alex@example.org
fed-follow = Prati
fed-address-invalid = Unesite adresu u obliku ime@poslužitelj, na primjer alex@example.org.
fed-address-local = Taj je račun na ovoj instanci: pratite ga s njegova profila.
fed-not-found = Račun { $handle } nije pronađen. Provjerite adresu.
fed-requested = Zahtjev za praćenje poslan je korisniku { $handle }.
fed-following = Računi koje ondje pratite
fed-following-empty = Još ne pratite nikoga na drugoj instanci.
fed-pending = Zahtjev poslan
fed-followers = Vaši pratitelji odande
fed-followers-empty = Još vas nitko s druge instance ne prati.
fed-wants-to-follow = Želi vas pratiti
fed-unfollow = Prestani pratiti
fed-accept = Prihvati
fed-accept-label = Prihvati zahtjev za praćenje od { $handle }
fed-decline = Odbij
fed-decline-label = Odbij zahtjev za praćenje od { $handle }
fed-remove = Ukloni
fed-remove-label = Ukloni { $handle } iz svojih pratitelja
fed-accepted = { $handle } vas sada prati.
fed-declined = Odbili ste zahtjev od { $handle }.
fed-removed = { $handle } vas više ne prati.
fed-from = S { $host }
fed-open = Otvori na { $host }
fed-cannot-play = Ovaj se videozapis ovdje ne može reproducirati.
comment-remote-remove = Ukloni odgovor korisnika { $handle }
fed-shared-by = Podijelio { $handle }
reason-remote_instance = S { $host }, instance na kojoj ljudi odavde prate račune
fed-like = Sviđa mi se
