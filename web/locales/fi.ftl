# Spoolin käyttöliittymän tekstit: suomi (Project Fluent). Samat viestit kuin en.ftl:ssä.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — lyhyet videot
app-description = Katso, tee ja jaa lyhyitä videoita. Tietosi pysyvät kotialueellasi.
skip-to-content = Siirry sisältöön
loading = Ladataan…
noscript = Spool tarvitsee JavaScriptiä videoiden toistamiseen. Ota se käyttöön tai käytä API:a suoraan.
assets-missing = Verkkoasiakasta ei ole koottu tähän palvelimeen. Kokoa se komennolla ”npm ci && npm run build” kansiossa web/ ja kokoa sitten Spool uudelleen.
title-page = { $page } · Spool
title-not-found = Ei löytynyt · Spool
not-found = Tätä sivua ei ole olemassa.
close = Sulje

## Navigation
nav-label = Päävalikko
nav-home = Koti
nav-discover = Löydä
nav-upload = Lataa
nav-inbox = Saapuneet
nav-profile = Profiili
nav-unread = { $count ->
    [one] { $count } lukematon ilmoitus
   *[other] { $count } lukematonta ilmoitusta
}

## Feed
feed-tabs = Syötteet
feed-for-you = Sinulle
feed-following = Seuratut
feed-personalized = Personoitu
feed-mode-hint = Kun tämä on pois päältä, syöte ei käytä profilointia: se näyttää, mikä on suosittua ja uutta alueellasi ja kielelläsi.
feed-mode-personalized = Personoitu syöte käytössä
feed-mode-non-personalized = Personoitu syöte pois käytöstä: profilointia ei käytetä
feed-empty = Täällä ei ole vielä mitään katsottavaa. Lataa ensimmäinen klippi tai hae jotain.
feed-following-empty = Ei uusia klippejä seuraamiltasi tileiltä.
feed-login = Kirjaudu sisään nähdäksesi seuraamiesi tilien klipit.
feed-unavailable = Syöte ei ole vielä käytettävissä tällä palvelimella. Kokeile hakua tai profiilia.
video-title = Video
video-processing = Käsitellään…
video-failed = Käsittely epäonnistui
clip-video-label = Käyttäjän { $handle } video
clip-loading = Videota ladataan
clip-unmute = Ääni päälle
clip-mute = Ääni pois
clip-play = Toista
clip-pause = Tauko
clip-actions = Toiminnot käyttäjän { $handle } videolle
clip-like = { $count ->
    [one] Tykkää ({ $count } tykkäys)
   *[other] Tykkää ({ $count } tykkäystä)
}
clip-comments = { $count ->
    [one] Kommentit ({ $count } kommentti)
   *[other] Kommentit ({ $count } kommenttia)
}
clip-share = { $count ->
    [one] Jaa ({ $count } jako)
   *[other] Jaa ({ $count } jakoa)
}
clip-more = Lisää vaihtoehtoja
clip-sound = Alkuperäinen ääni – { $handle }
clip-duet-of = Duetto: katso alkuperäinen
clip-stitch-of = Stitch: katso alkuperäinen
follow-handle = Seuraa käyttäjää { $handle }
follow-requested = Pyydetty
follow-done = Seuraat nyt käyttäjää { $handle }
unfollow-done = Et enää seuraa käyttäjää { $handle }
login-needed = Kirjaudu ensin sisään.
share-title = Jaa
share-link = Linkki tähän videoon
share-copy = Kopioi linkki
share-copied = Linkki kopioitu
not-interested = Ei kiinnosta
not-interested-done = Selvä: näet vähemmän tällaisia klippejä.
open-sound = Avaa ääni
make-duet = Tee duetto
make-stitch = Tee stitch tästä videosta
why-title = Miksi tämä video?
why-none = Tämä klippi avattiin suoraan, syöte ei valinnut sitä.
why-explainer = Syöte valitsee klipit julkaistujen sääntöjen mukaan. Voit poistaa personoinnin käytöstä milloin tahansa.
algorithm-link = Näin syöte toimii

## Reasons
reason-follows_creator = Seuraat käyttäjää { $handle }
reason-topic = Katsot klippejä aiheesta { $hashtag }
reason-similar_to_liked = Samanlainen kuin klipit, joista tykkäsit
reason-taste_match = Sopii siihen, mitä yleensä katsot
reason-trending_region = Suosittu alueellasi ({ $region })
reason-trending_language = Suosittu kielelläsi ({ $language })
reason-new_video_test_audience = Uusi klippi, jota näytetään pienelle testiyleisölle
reason-fresh = Julkaistu äskettäin
reason-sound = Käyttää ääntä ”{ $sound }”
reason-seen_before = Olet nähnyt kaikki uudet klipit; katso tämä uudelleen

## Comments
comments-title = { $count ->
    [one] { $count } kommentti
   *[other] { $count } kommenttia
}
comments-empty = Ei vielä kommentteja. Ole ensimmäinen.
comments-more = Lisää kommentteja
comments-off = Kommentit on poistettu käytöstä tässä videossa.
comment-add = Lisää kommentti
comment-send = Julkaise
comment-sent = Kommentti julkaistu
comment-reply = Vastaa
comment-reply-to = Vastaus käyttäjälle { $handle }
comment-cancel-reply = Peru vastaus
comment-replies = { $count ->
    [one] Näytä { $count } vastaus
   *[other] Näytä { $count } vastausta
}
comment-like = { $count ->
    [one] Tykkää kommentista ({ $count } tykkäys)
   *[other] Tykkää kommentista ({ $count } tykkäystä)
}
comment-pinned = Kiinnitetty
comment-login = Kirjaudu sisään kommentoidaksesi

## Reports
report = Ilmoita
report-intro = Kerro, mikä on vialla. Moderaattori käy läpi jokaisen ilmoituksen, ja saat vastauksen.
report-category = Syy
report-note = Tiedot (valinnainen)
report-note-hint = Mitä moderaattorin pitäisi tarkastella?
report-send = Lähetä ilmoitus

## Upload
upload-title = Lataa
upload-file = Videotiedosto
upload-file-hint = 1 sekunnista 10 minuuttiin. Lataus alkaa heti ja jatkuu, jos yhteys katkeaa.
upload-progress-label = Latauksen edistyminen
upload-progress = { $percent } % ({ $sent } / { $total } tavua)
upload-done = Lataus valmis
upload-error = Lataus epäonnistui. Yritä uudelleen.
upload-pause = Tauko
upload-resume = Jatka
upload-caption = Kuvateksti
upload-caption-hint = Kirjoita # aihetunnisteille ja @ mainitaksesi jonkun.
upload-visibility = Kuka voi katsoa
visibility-public = Kaikki
visibility-followers = Seuraajat
visibility-private = Vain minä
upload-allow = Salli muiden
upload-allow-comments = Kommentoida
upload-allow-duet = Tehdä duetto
upload-allow-stitch = Tehdä stitch
upload-sound = Ääni (valinnainen)
upload-sound-search = Hae ääntä
upload-sound-none = Klippisi säilyttää oman äänensä.
upload-sound-chosen = Ääni: { $title }
upload-sound-clear = Käytä omaa ääntäni
upload-duet = Duetto käyttäjän { $handle } kanssa
upload-stitch = Stitch käyttäjän { $handle } videosta
upload-post = Julkaise
upload-pick-first = Valitse ensin videotiedosto.
upload-waiting = Viimeistellään latausta…
upload-processing = Videotasi käsitellään… Tämä kestää suunnilleen klipin mittaisen ajan.
upload-ready = Videosi on valmis!
upload-watch = Katso se
upload-to-profile = Siirry profiiliisi
suggestions = Ehdotukset
suggestions-count = { $count ->
    [one] { $count } ehdotus. Valitse ylä- ja alanuolilla.
   *[other] { $count } ehdotusta. Valitse ylä- ja alanuolilla.
}

## Profiles, hashtags, sounds
profile-not-found = Tätä tiliä ei ole olemassa.
profile-edit = Muokkaa profiilia
profile-follow = Seuraa
profile-following = Seurataan
profile-private = Yksityinen
profile-private-body = Tämä tili on yksityinen. Seuraa sitä nähdäksesi sen videot.
profile-following-count = Seurattavat
profile-followers-count = Seuraajat
profile-likes-count = Tykkäykset
profile-videos-count = Videot
profile-videos = Videot
profile-empty = Ei vielä videoita.
profile-empty-own = Et ole vielä julkaissut mitään. Klippisi näkyvät täällä.
tile-label = { $caption } — tekijä { $handle }
tile-label-plain = Käyttäjän { $handle } video
hashtag-count = { $count ->
    [one] { $count } video
   *[other] { $count } videota
}
hashtag-empty = Tällä aihetunnisteella ei ole vielä julkisia videoita.
sound-title = Ääni
sound-listen = Kuuntele { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } video
   *[other] { $count } videota
}
sound-use = Käytä tätä ääntä
sound-original = Alkuperäinen video
sound-sort = Lajittele videot
sound-newest = Uusimmat
sound-popular = Suosituimmat
sound-empty = Yksikään video ei vielä käytä tätä ääntä.

## Search
search-title = Löydä
search-label = Hae
search-placeholder = Hae tilejä, videoita, #aihetunnisteita, ääniä
search-submit = Hae
search-types = Mitä haetaan
search-videos = Videot
search-accounts = Tilit
search-hashtags = Aihetunnisteet
search-sounds = Äänet
search-results = Tulokset
search-hint = Kirjoita sana, #aihetunniste tai @käyttäjänimi.
search-empty = Haulla ”{ $query }” ei löytynyt mitään.
search-followers = { $count ->
    [one] { $count } seuraaja
   *[other] { $count } seuraajaa
}

## Inbox
inbox-title = Saapuneet
inbox-requests = Seurauspyynnöt
inbox-activity = Toiminta
inbox-empty = Ei vielä ilmoituksia.
inbox-unread = Lukemattomat:
request-accept = Hyväksy
request-decline = Hylkää
request-accepted = { $handle } näkee nyt videosi
request-declined = Käyttäjän { $handle } pyyntö hylätty
notif-like = { $count ->
    [one] { $actor } tykkäsi videostasi
   *[other] { $count } ihmistä tykkäsi videostasi
}
notif-comment = { $others ->
    [0] { $actor } kommentoi videotasi
    [one] { $actor } ja { $others } muu kommentoivat videotasi
   *[other] { $actor } ja { $others } muuta kommentoivat videotasi
}
notif-reply = { $actor } vastasi kommenttiisi
notif-mention = { $actor } mainitsi sinut
notif-follow = { $count ->
    [one] { $actor } alkoi seurata sinua
   *[other] { $count } uutta seuraajaa
}
notif-follow_request = { $actor } pyysi saada seurata sinua
notif-follow_accepted = { $actor } hyväksyi seurauspyyntösi
notif-comment_like = { $others ->
    [0] { $actor } tykkäsi kommentistasi
    [one] { $actor } ja { $others } muu tykkäsivät kommentistasi
   *[other] { $actor } ja { $others } muuta tykkäsivät kommentistasi
}
notif-duet = { $actor } teki duetin videosi kanssa
notif-stitch = { $actor } teki stitchin videostasi

## Settings
settings-title = Asetukset
settings-save = Tallenna
settings-saved = Tallennettu
settings-profile = Profiili
settings-privacy = Yksityisyys
settings-private = Yksityinen tili
settings-private-hint = Vain hyväksymäsi seuraajat näkevät videosi.
settings-who-comment = Kuka voi kommentoida videoitasi
settings-who-duet = Kuka voi tehdä duetin videoidesi kanssa
settings-who-stitch = Kuka voi tehdä stitchin videoistasi
policy-everyone = Kaikki
policy-followers = Seuraajat
policy-nobody = Ei kukaan
settings-liked-public = Näytä profiilissani videot, joista olen tykännyt
settings-teen = Tilisi on nuoren tili: jotkin asetukset ovat tiukempia.
settings-feed = Syöte
settings-reset-recommendations = Nollaa suositukseni
settings-reset-done = Suosituksesi nollattiin.
settings-language = Kieli
settings-language-label = Käyttöliittymän kieli
settings-language-hint = Oletuksena Spool käyttää selaimesi kieltä.
settings-data = Tietosi
settings-data-intro = Lataa kaikki, mitä Spool säilyttää sinusta, ja katso, ketkä henkilökunnasta ovat katsoneet niitä ja miksi.
settings-export = Lataa tietoni
settings-region = Kotialue
settings-region-now = Tietojasi säilytetään alueella: { $region }
settings-region-intro = Henkilötietosi ovat vain kotialueellasi. Voit siirtää ne toiselle alueelle.
settings-move-to = Uusi kotialue
settings-move = Siirrä tietoni
settings-move-confirm = Siirretäänkö kaikki henkilötietosi alueelle { $region }?
settings-move-done = Tietosi siirrettiin.
settings-account = Tili
settings-signed-in = Kirjautuneena käyttäjänä { $handle }
settings-logout = Kirjaudu ulos
settings-delete = Poista tili
settings-delete-intro = Tämä poistaa tilisi, videosi ja kaikki tietosi pysyvästi. Toimintoa ei voi perua.
settings-delete-confirm = Poistetaanko tilisi ja kaikki sen sisältö pysyvästi?
settings-sessions = Istunnot
settings-sessions-intro = Laitteet, joilla olet kirjautuneena. Kirjaudu ulos niistä, joita et tunnista.
settings-sessions-logout-others = Kirjaudu ulos kaikkialta muualta
settings-sessions-ended = { $count ->
    [one] Kirjauduttiin ulos { $count } muusta istunnosta.
   *[other] Kirjauduttiin ulos { $count } muusta istunnosta.
}
session-device = { $browser }, { $os }
session-device-unknown = Tuntematon laite
session-current = Tämä laite
session-times = Kirjautunut { $created } · viimeksi aktiivinen { $used }
session-logout = Kirjaudu ulos
session-logout-label = Kirjaa ulos { $device }
settings-password = Vaihda salasana
settings-password-done = Salasanasi vaihdettiin. Kaikki muut istunnot kirjattiin ulos.
field-current-password = Nykyinen salasana
field-new-password = Uusi salasana
access-title = Pääsy tietoihini
access-intro = Aina kun henkilökunnan jäsen avaa henkilötietosi, siitä kirjataan lokiin kirjallinen perustelu. Tämä on koko luettelo.
access-empty = Kukaan henkilökunnasta ei ole katsonut tietojasi.
access-unavailable = Pääsyloki ei ole vielä käytettävissä tällä palvelimella.
access-when = Milloin
access-staff = Henkilökunnan jäsen
access-role = Rooli
access-action = Mitä hän teki
access-justification = Perustelu
access-reference = Viite
algorithm-title = Näin syöte toimii
algorithm-intro = Spoolin Sinulle-syöte on avoin tarkastelulle: koodi, sen painot ja jokaisen klipin syyt on julkaistu.
algorithm-sources = Ehdokkaat tulevat seuraamiltasi tileiltä, tykkäämiesi kaltaisista klipeistä, alueellasi ja kielelläsi suosituista sisällöistä sekä uusista klipeistä, joita näytetään pienelle testiyleisölle.
algorithm-signals = Se oppii siitä, mitä teet: kuinka kauan katsot, uusintakatselut, ohitukset, tykkäykset, jaot, kommentit, seuraamiset ja ”Ei kiinnosta”.
algorithm-filters = Se jättää pois jo näkemäsi, estetyt tilit ja poistetut videot sekä vaihtelee aiheita ja tekijöitä.
algorithm-control = Voit poistaa personoinnin käytöstä, nollata sen oppiman ja kysyä jokaisesta klipistä ”miksi tämä video?”.
algorithm-published = Julkaistu kuvaus
algorithm-unavailable = Julkaistu kuvaus ei ole vielä käytettävissä tällä palvelimella.

## Log in and sign up
login-title = Kirjaudu sisään
login-submit = Kirjaudu sisään
login-no-account = Eikö sinulla ole vielä tiliä?
signup-title = Rekisteröidy
signup-intro = Henkilötietosi säilytetään vain valitsemallasi kotialueella.
signup-submit = Luo tili
signup-have-account = Onko sinulla jo tili?
field-handle = Käyttäjänimi
field-handle-hint = 2–24 kirjainta, numeroa, _ tai .
field-display-name = Näyttönimi (valinnainen)
field-password = Salasana
field-password-hint = Vähintään 8 merkkiä.
field-birth-date = Syntymäaika
field-birth-date-hint = Sinun on oltava vähintään 13-vuotias. Alle 18-vuotiaiden tilit ovat oletuksena yksityisiä.
field-region = Kotialue
field-region-hint = Missä henkilötietojasi säilytetään.
field-email = Sähköposti (valinnainen)
field-email-hint = Käytetään vain tilisi palauttamiseen.
field-bio = Esittely

## Errors
error-network = Palvelimeen ei saada yhteyttä. Tarkista yhteytesi.
error-internal = Jokin meni vikaan. Yritä uudelleen.
error-unauthenticated = Kirjaudu ensin sisään.
error-invalid_credentials = Väärä käyttäjänimi tai salasana.
error-too_young = Sinun on oltava vähintään 13-vuotias käyttääksesi Spoolia.
error-csrf_rejected = Istuntosi vanheni. Lataa sivu uudelleen.
error-forbidden = Sinulla ei ole lupaa tehdä sitä.
error-comments_off = Kommentit on poistettu käytöstä tässä videossa.
error-remix_off = Tekijä ei salli tätä.
error-not_found = Ei löytynyt.
error-handle_taken = Tämä käyttäjänimi on jo varattu.
error-rate_limited = Liian monta yritystä. Odota hetki ja yritä uudelleen.
error-invalid_handle = Käytä 2–24 kirjainta, numeroa, _ tai .
error-handle_reserved = Tämä käyttäjänimi on varattu.
error-invalid_password = Salasanan on oltava 8–128 merkkiä.
error-invalid_email = Sähköpostiosoite ei näytä oikealta.
error-invalid_birth_date = Anna kelvollinen syntymäaika.
error-invalid_display_name = Näyttönimessä voi olla enintään 50 merkkiä.
error-invalid_bio = Esittelyssä voi olla enintään 160 merkkiä.
error-invalid_caption = Kuvatekstissä voi olla enintään 2 200 merkkiä.
error-invalid_comment = Kommentissa on 1–500 merkkiä.
error-unknown_region = Valitse jokin luetelluista alueista.
error-empty_file = Tiedosto on tyhjä.
error-not_media = Tämä tiedosto ei ole video.
error-no_video_stream = Tässä tiedostossa ei ole kuvaa.
error-still_image = Tämä on still-kuva, ei video.
error-too_short = Video on liian lyhyt (vähintään 1 sekunti).
error-too_long = Video on liian pitkä (enintään 10 minuuttia).
error-too_large = Video on liian suuri.
error-unsupported_codec = Tätä videomuotoa ei tueta.
error-transcode_failed = Videota ei voitu käsitellä.
error-wrong_password = Nykyinen salasana on väärä.
error-quota_exceeded = Tallennustilasi on täynnä. Poista videoita tai keskeneräisiä latauksia vapauttaaksesi tilaa.
error-bad_request = Pyyntöä ei voitu lukea.

## Moderation: reports
report-title-video = Ilmoita tästä videosta
report-title-comment = Ilmoita tästä kommentista
report-title-account = Ilmoita tästä tilistä
report-category-choose = Valitse syy
report-category-hate_speech = Vihapuhe
report-category-harassment = Häirintä ja kiusaaminen
report-category-violent_extremism = Väkivaltainen ääriajattelu
report-category-disinformation = Harhaanjohtava tieto ja disinformaatio
report-category-child_safety = Lasten turvallisuus
report-category-self_harm = Itsensä vahingoittaminen ja syömishäiriöt
report-category-illegal_goods = Laittomat tavarat ja palvelut
report-category-scams = Huijaukset ja petokset
report-category-spam = Roskaposti
report-category-intellectual_property = Immateriaalioikeudet
report-category-other = Jokin muu
report-dsa-legend = Tietoja sinusta
report-dsa-intro = Et ole kirjautuneena, joten tämä on EU:n digipalvelusäädöksen 16 artiklan mukainen ilmoitus. Tarvitsemme nimesi ja sähköpostiosoitteesi sen käsittelyyn; ilmoittamallesi henkilölle ei koskaan kerrota, kuka olet.
report-name = Nimesi
report-email = Sähköpostiosoitteesi
report-email-hint = Lähetämme lopputuloksen tähän.
report-good-faith = Vakuutan vilpittömässä mielessä, että tämän ilmoituksen tiedot ovat oikeat ja täydelliset.
report-login-instead = Onko sinulla tili?
report-sent = Kiitos. Ilmoituksesi lähetettiin, ja moderaattori käy sen läpi.
report-duplicate = Olet jo ilmoittanut tästä. Aiempi ilmoituksesi on yhä voimassa; sitä ei tarvitse lähettää uudelleen.
report-receipt-intro = Säilytä tämä kuitti: sen avulla voit tarkistaa, mitä päätettiin.
report-receipt = Kuittisi
report-receipt-hint = Ilmoituksen numero { $id }
report-receipt-copy = Kopioi kuitti
report-receipt-copied = Kuitti kopioitu.
report-check-later = Tarkista tämä ilmoitus myöhemmin
report-follow-up = Saat tiedon lopputuloksesta. Voit seurata sitä myös kohdassa
report-outcome = Päätetty { $date }: { $action }
report-outcome-policy = Sovellettu sääntö: { $policy }
report-state-open = Odottaa käsittelyä
report-state-decided = Päätetty
comment-report = Ilmoita käyttäjän { $handle } kommentista
profile-report = Ilmoita
profile-withheld = Tämä tili ei ole saatavilla sijainnissasi.
label-panel = Tietoa
label-more = Lue lisää
video-age-restricted = Ikärajoitettu
video-held = Pidätetty
video-held-own = Videosi on pidätetty: se vastaa aiemmin poistettua sisältöä. Moderaattori käy sen läpi.
video-removed-own = Moderaattori poisti videosi. Vain sinä näet tämän ilmoituksen.
video-reduced-own = Videotasi ei suositella syötteissä moderointipäätöksen jälkeen. Vain sinä näet tämän ilmoituksen.
video-withheld = Tämä video ei ole saatavilla sijainnissasi.
status-link = Katso miksi ja miten voit valittaa

## Moderation: actions, targets, grounds
action-no_violation = Ei rikkomusta
action-remove = Poistettu
action-age_restrict = Ikärajoitettu
action-restrict_regions = Rajoitettu joillakin alueilla
action-label = Tietotunniste lisätty
action-reduce_distribution = Rajoitettu levitys
action-suspend = Tili jäädytetty
action-terminate = Tili suljettu
target-video = Video
target-comment = Kommentti
target-account = Tili
ground-illegal = Laiton sisältö
ground-incompatible = Yhteisön sääntöjen vastainen
source-notice = Ilmoitus joltakulta, joka raportoi sen
source-trusted-flagger = Ilmoitus luotetulta ilmoittajalta
source-own-initiative = Spoolin oma tarkistus
decision-reversed = Kumottu

## Account status and statements of reasons
status-title = Tilin tila
settings-status-intro = Sisältöäsi koskevat päätökset, valituksesi ja lähettämäsi ilmoitukset.
settings-about = Tietoja Spoolista
status-standing = Tilisi
status-good = Tilisi on kunnossa.
status-suspended = Tilisi on jäädytetty.
status-suspended-until = Tilisi on jäädytetty { $date } asti.
status-terminated = Tilisi suljettiin. Voit yhä lukea päätökset ja valittaa.
status-strikes = { $count ->
    [one] Varoituksia { $count }/{ $threshold }
   *[other] Varoituksia { $count }/{ $threshold }
}
status-strikes-hint = Jokainen sisältöäsi vastaan tehty päätös on varoitus. Rajan täyttyessä tili jäädytetään. Vanhat varoitukset vanhenevat.
status-history = Aiemmat päätökset
status-statements = Päätökset ja niiden perustelut
status-statements-intro = Jokaisesta päätöksestä lähetämme perustelut: mitä päätettiin, minkä säännön perusteella ja miten voit valittaa.
status-no-statements = Sisällöstäsi ei ole tehty päätöksiä.
status-my-reports = Ilmoitukseni
status-no-reports = Et ole ilmoittanut mistään.
status-receipt-title = Ilmoituksesi
statement-heading = { $action } · { $date }
statement-decision = Päätös
statement-content = Sisältö
statement-facts = Mitä havaitsimme
statement-policy = Sääntö
statement-ground-illegal = Pidämme sisältöä laittomana.
statement-ground-incompatible = Sisältö on yhteisön sääntöjemme vastainen.
statement-legal-ground = Oikeusperuste: { $ground }
statement-policy-ground = Sääntö: { $ground }
statement-label = Näytetty tunniste
statement-detection = Miten se havaittiin
statement-detected-auto = Automaattisilla työkaluilla
statement-detected-human = Ilman automaattisia työkaluja
statement-automated = Miten päätettiin
statement-decided-auto = Automaattinen järjestelmä
statement-decided-human = Ihminen, ei automaattisesti
statement-source = Mikä käynnisti tarkistuksen
statement-scope = Missä se on voimassa
statement-scope-everywhere = Kaikkialla
statement-duration = Kuinka kauan
statement-duration-until = { $from } – { $until }
statement-duration-open = { $from } alkaen, ilman päättymispäivää
statement-account-suspended = Tilisi jäädytettiin.
statement-account-terminated = Tilisi suljettiin.
statement-appeal = Valitus
statement-appeal-until = Voit valittaa { $date } asti. Toinen moderaattori käsittelee valituksen.
statement-appeal-possible = Voit valittaa. Toinen moderaattori käsittelee valituksen.
statement-appeal-closed = Tästä päätöksestä ei voi enää valittaa täällä. Voit yhä kääntyä sertifioidun tuomioistuinten ulkopuolisen riitojenratkaisuelimen tai tuomioistuimen puoleen.
statement-appeal-open = Valitustasi käsitellään.
statement-appeal-upheld = Valituksesi hyväksyttiin: päätös kumottiin.
statement-appeal-rejected = Valituksesi käsiteltiin, ja päätös pysyy voimassa.
statement-technical = Tekniset tiedot (sellaisina kuin ne lähetettiin EU:n avoimuustietokantaan)
appeal-text = Miksi päätöstä pitäisi muuttaa?
appeal-text-hint = Selitä, mitä moderaattorilta on voinut jäädä huomaamatta. Voit lisätä taustatietoja tai linkkejä.
appeal-send = Lähetä valitus
appeal-sent = Valituksesi lähetettiin. Toinen moderaattori käsittelee sen, ja saat uudet perustelut.
appeal-exists = Sinulla on jo avoin valitus tästä päätöksestä.

## Moderator console
mod-title = Moderointi
mod-region = Alue
mod-region-hint = Moderoimasi alueen jono.
mod-not-moderator = Et ole tämän alueen moderaattori.
queue-title = Tarkistusjono: { $region }
queue-refresh = Päivitä
queue-empty = Jono on tyhjä.
queue-count = { $count ->
    [one] { $count } kohde, kiireellisin ensin
   *[other] { $count } kohdetta, kiireellisimmät ensin
}
queue-kind-notice = Ilmoitus
queue-kind-appeal = Valitus
queue-kind-match = Osuma
queue-severity = Vakavuus
queue-notices = Ilmoitukset
queue-reach = Katselut (24 h)
queue-detection = Havaitsija
queue-automated = Automaattinen havainnointi
queue-human = Ihmiset
queue-due = Määräaika { $time }
queue-overdue = Myöhässä: määräaika oli { $time }
queue-claimed-mine = Sinun varaamasi; varaus päättyy { $time }
queue-claimed-other = Toisen moderaattorin varaama
queue-claim = Varaa
queue-claim-done = Varattu. Se on sinun seuraavat minuutit.
queue-open = Tarkista
item-title = Tarkistus
item-heading = Tarkistus: { $category }
item-back = Takaisin jonoon
item-decided = Päätetty
item-context = Sisältö
item-player = Ilmoitettu video
item-caption = Kuvateksti
item-sound = Ääni
item-state = Tila
item-remixes = Remiksit
item-none = Ei mitään
item-open-video = Videon sivu
item-open-video-link = Avaa video
item-comment-text = Kommentti
item-comment-video = Videossa
item-account = Tili
item-detection = Automaattinen havainnointi
item-notices = { $count ->
    [one] { $count } ilmoitus
   *[other] { $count } ilmoitusta
}
item-history = Aiemmat päätökset tästä tilistä
item-history-none = Ei aiempia päätöksiä.
item-appeal = Valitus
item-appeal-decision = Päätös, josta valitetaan
decide-title = Päätös
decide-action = Toimenpide
decide-policy = Sääntö
decide-policy-category = Yleinen sääntö: { $category }
decide-legal-ground = Oikeusperuste: { $ground }
decide-facts = Tosiasiat
decide-facts-hint = Mitä havaitsit, selkein sanoin. Tekijä lukee tämän.
decide-restrict = Missä rajoitetaan
decide-restrict-hint = Valitse alueita, maita tai molempia. Oikeudellinen määräys tarvitsee viitteensä.
decide-regions = Alueet
decide-countries = Maat
decide-countries-hint = Kaksikirjaimiset maakoodit pilkuilla erotettuina (DE, AT).
decide-reference = Viite (tuomioistuimen tai viranomaisen määräys)
decide-reference-hint = Valinnainen. Näytetään katsojille, jotka eivät näe sisältöä.
decide-restrict-empty = Valitse vähintään yksi alue tai maa.
decide-label = Tietotunniste
decide-label-text = Tunnisteen teksti
decide-label-url = Linkki lisätietoihin
decide-suspend = Jäädytys
decide-days = Päivät
decide-days-hint = 1–365.
decide-submit = Päätä
decide-done = Päätös kirjattu: { $action }. Perustelut lähetettiin.
appeal-decide-title = Päätä valituksesta
appeal-outcome = Lopputulos
appeal-outcome-upheld = Hyväksy valitus
appeal-outcome-upheld-hint = Päätös kumotaan heti, ja sisältö tai tili palautetaan.
appeal-outcome-rejected = Hylkää valitus
appeal-outcome-rejected-hint = Päätös pysyy voimassa.
appeal-decide-submit = Päätä valituksesta
appeal-decided-upheld = Valitus hyväksytty: päätös kumottiin. Uudet perustelut lähetettiin.
appeal-decided-rejected = Valitus hylätty: päätös pysyy voimassa. Uudet perustelut lähetettiin.
error-claimed = Toinen moderaattori on varannut tämän kohteen.
error-same_moderator = Päätöksen tehnyt moderaattori ei voi päättää siitä tehdystä valituksesta.

## Transparency report
transparency-title = Avoimuus
transparency-intro = Näin moderointi toimii Spoolissa, lukuina: ilmoitukset, päätökset, niiden nopeus, valitukset ja kumoamiset. Henkilötietoja ei näytetä.
transparency-region = Alue
transparency-all-regions = Kaikki alueet
transparency-period = Ajanjakso
transparency-period-days = Viimeiset 30 päivää, päivittäin
transparency-period-weeks = Viimeiset 12 viikkoa, viikoittain
transparency-period-months = Viimeiset 12 kuukautta, kuukausittain
transparency-range = { $from } – { $to }
transparency-csv = Lataa CSV-tiedostona
transparency-summary = Yhteensä: { $region }
transparency-notices = Ilmoitukset
transparency-decisions = Päätökset
transparency-median = Päätökseen kuluneen ajan mediaani
transparency-p90 = 90. persentiili
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Ylitetyt määräajat
transparency-automated-detection = Havaittu automaattisilla työkaluilla
transparency-automated-decision = Päätetty automaattisesti
transparency-suspensions = Jäädytykset
transparency-appeals = Valitukset
transparency-reversals = Kumoamiset
transparency-over-time = Ajan mittaan
transparency-chart-volume = Ilmoitukset ja päätökset
transparency-chart-speed = Aika päätökseen (tuntia)
transparency-breakdown = Erittely
transparency-chart-notices-category = Ilmoitukset luokittain
transparency-chart-decisions-action = Päätökset toimenpiteittäin
transparency-chart-decisions-category = Päätökset luokittain
transparency-chart-ground = Päätökset perusteittain
transparency-chart-source = Ilmoitukset lähteittäin
transparency-appeals-title = Valitukset
transparency-chart-appeals = Valitusten lopputulokset
transparency-chart-appeals-time = Valitukset ja kumoamiset ajan mittaan
transparency-appeals-upheld = Hyväksytyt
transparency-appeals-rejected = Hylätyt
transparency-appeals-open = Avoimet
transparency-orders = Oikeudelliset määräykset ja seulonta
transparency-chart-orders = Oikeudelliset määräykset alueittain
transparency-screening-flagged = Seulonnan merkitsemät
transparency-screening-decided = Tarkistetut
transparency-screening-confirmed = Vahvistetut
transparency-screening-precision = Tarkkuus
transparency-none = Ei mitään tällä ajanjaksolla.
transparency-yes = Kyllä
transparency-no = Ei
transparency-log = Päätösloki
transparency-log-intro = Jokainen päätös ilman ilmoittajien, tekijöiden tai moderaattorien tietoja.
transparency-log-date = Päivämäärä
transparency-log-action = Päätös
transparency-log-category = Luokka
transparency-log-ground = Peruste
transparency-log-content = Sisältö
transparency-log-detected = Automaattinen havainnointi
transparency-log-automated = Automaattinen päätös
transparency-log-scope = Missä
transparency-log-source = Lähde
transparency-log-reversed = Kumottu
transparency-log-more = Lisää päätöksiä
transparency-log-empty = Ei vielä päätöksiä.
chart-show-table = Näytä luvut taulukkona
chart-summary-line = { $from } – { $to }. Yhteensä: { $totals }
chart-period = Ajanjakso
chart-item = Kohde
chart-value = Määrä
notif-statement = Sisällöstäsi tehtiin moderointipäätös. Lue miksi ja miten voit valittaa.
notif-report_outcome = Lähettämästäsi ilmoituksesta on tehty päätös.

## Moderation: more codes from the server
action-hold = Pidätetty tarkistusta varten
action-reversed = Kumottu valituksen jälkeen
action-upheld_decision = Pysytetty valituksen jälkeen
action-appeal_upheld = Valitus hyväksytty
action-appeal_rejected = Valitus hylätty
notice-source-account = Ilmoitus tililtä
notice-source-anonymous = Ilmoitus ilman tiliä (DSA 16 art.)
notice-source-screening = Automaattinen seulonta
notice-source-fingerprint = Osuma poistettuun sisältöön
notice-source-legal_order = Oikeudellinen määräys
source-complaint = Valitus
statement-scope-eea = EU ja ETA (30 maata)
statement-regions = Alueet
statement-reference = Määräyksen viite
statement-outcome-heading = { $action } · { $date }
error-already_decided = Tästä on jo päätetty.
error-appeal_open = Tästä päätöksestä on jo avoin valitus.
error-appeal_closed = Tästä päätöksestä ei voi enää valittaa.
error-account_suspended = Tilisi on jäädytetty, joten et voi tehdä tätä nyt.
error-account_terminated = Tilisi on suljettu.
error-not_moderator = Et ole tämän alueen moderaattori.
video-withheld-own = Videosi ei ole saatavilla täällä: { $places }. Vain sinä näet tämän ilmoituksen.
item-restrictions = Nykyiset rajoitukset

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Kirjaudu sisään jatkaaksesi
signin-sheet-intro = Kirjaudu sisään tykätäksesi, kommentoidaksesi, seurataksesi ja saadaksesi sinulle tehdyn syötteen.
feed-caught-up = Olet nähnyt kaiken
feed-caught-up-hint = Olet toistaiseksi nähnyt kaikki klipit. Löydä lisää Löydä-osiosta.
feed-explore = Tutki
clip-creator-profile = Käyttäjän { $handle } profiili
unfollow-handle = Lopeta käyttäjän { $handle } seuraaminen
clip-progress = Toistokohta
clip-progress-value = { $at } / { $length }
video-edit = Muokkaa videota
video-edit-save = Tallenna
video-edit-done = Muutokset tallennettu
video-delete = Poista video
video-delete-confirm = Poistetaanko tämä video pysyvästi? Sen kommentit ja tykkäykset poistuvat samalla.
video-delete-done = Video poistettu
back = Takaisin
cancel = Peruuta
discover-trending = Nyt pinnalla
discover-trending-tags = Suositut aihetunnisteet

## How the feed works: its stages and parameters
algo-stage-events = Mistä syöte oppii
algo-stage-model = Makumalli
algo-stage-candidates = Mistä ehdokkaat tulevat
algo-stage-exploration = Mahdollisuus uusille videoille
algo-stage-ranking = Järjestys
algo-stage-filters = Mitä suodatetaan pois
algo-stage-diversity = Vaihtelu
algo-stage-non_personalized = Personoimaton syöte
algo-technical = Tekninen kuvaus (englanniksi)
algo-param-bias-learning-rate = Kuinka nopeasti videon oma vetovoima opitaan
algo-param-expiry-secs = Unohdetaan, kun toimettomuutta on kestänyt
algo-param-history-len = Huomioitavat viimeaikaiset katselut
algo-param-history-weight = Viimeaikaisten katselujen paino
algo-param-init-scale = Uusien rivien alkuhajonta
algo-param-item-min-count = Vuorovaikutukset ennen kuin video saa oman rivin
algo-param-learning-rate = Kuinka nopeasti maku opitaan
algo-param-margin = Marginaali tykättyjen ja ohitettujen videoiden välillä
algo-param-negative-trials = Kokeiltavat videot vastaesimerkkiä etsittäessä
algo-param-negatives-per-positive = Vastaesimerkit myönteistä signaalia kohden
algo-param-regularization = Regularisointi (estää mallin ylisovittamisen)
algo-param-seed = Satunnaissiemen (toistettavuutta varten)
algo-param-max-age-hours = Uusia videoita tutkitaan
algo-param-min-completion-rate = Katsottu loppuun vähintään
algo-param-min-engagement-rate = Tykkäyksiä, kommentteja ja jakoja katselua kohden vähintään
algo-param-slots-per-page = Paikat sivulla uusille videoille
algo-param-stages = Testivaiheiden yleisökoot
algo-param-freshness-hours = Video lasketaan tuoreeksi
algo-param-trending-half-life-hours = Suosio painaa puolet tämän ajan jälkeen
algo-param-weights = Järjestyspisteiden painot
algo-param-engagement = Odotettu sitoutuminen
algo-param-exploration = Tutkiminen
algo-param-following = Seuraamasi tilit
algo-param-freshness = Tuoreus
algo-param-trending = Suosio
algo-param-creator-spacing = Klippejä ennen saman tekijän seuraavaa
algo-param-sound-spacing = Klippejä ennen saman äänen seuraavaa
algo-param-catalog-videos = Videot luettelossa
algo-param-viewers-with-state = Katsojat, jotka malli tuntee

tile-views = { $count ->
    [one] { $count } katselu
   *[other] { $count } katselua
}

## Long press: speed
clip-options = Vaihtoehdot
speed-title = Toistonopeus
speed-normal = Normaali
speed-value = { $rate }×
speed-set = Toistetaan nopeudella { $rate }×

## Upload: preview, cover, draft
upload-preview = Klippisi esikatselu
upload-cover = Kansikuva
upload-cover-hint = Liu'uta siihen ruutuun, jonka ihmiset näkevät ennen kuin klippi alkaa.
upload-draft-restored = Luonnoksesi palasi: kuvateksti ja asetukset sellaisina kuin jätit ne.
error-invalid_cover = Kansikuvan on oltava hetki klipistä.

# Tekstitykset ja profiilikuvat
clip-captions-on = Tekstitys päälle
clip-captions-off = Tekstitys pois
captions-on = Tekstitys päällä
captions-off = Tekstitys pois päältä
captions-title = Tekstitykset
captions-file = Tekstitystiedosto (.vtt)
captions-hint = WebVTT-tiedosto, yksi kutakin kieltä kohden. Tekstien ajastusten on mahduttava klipin kestoon.
captions-language = Tekstityksen kieli
captions-add = Lisää tekstitys
captions-remove = Poista tekstitys ({ $language })
captions-remove-short = Poista
captions-none = Ei vielä tekstityksiä.
captions-added = Tekstitys lisätty ({ $language }).
captions-removed = Tekstitys poistettu ({ $language }).
captions-failed = Klippisi on julkaistu, mutta tekstitystä ei lisätty: { $reason } Voit lisätä sen klipin muokkausnäkymästä.
captions-pick-file = Valitse ensin .vtt-tiedosto.
error-invalid_webvtt = Tämä ei ole kelvollinen WebVTT-tekstitystiedosto.
error-invalid_language = Valitse tekstityksen kieli.
profile-photo-choose = Profiilikuva
profile-photo-hint = JPEG, PNG tai WebP, enintään 8 Mt. Kuva rajataan neliöksi, ja tiedot siitä, missä ja millä se on otettu, poistetaan.
profile-photo-remove = Poista kuva
profile-photo-type = Valitse kuva, jonka muoto on JPEG, PNG tai WebP.
profile-edit-save = Tallenna profiili
profile-edit-done = Profiili tallennettu.
error-invalid_photo = Tätä tiedostoa ei voi lukea kuvana.
error-photo_too_small = Kuva on liian pieni: valitse kuva, jonka kummankin sivun pituus on vähintään 64 pikseliä.
error-photo_too_large = Kuva on liian suuri: kummankin sivun pituus saa olla enintään 8192 pikseliä.
error-invalid_crop = Säilytettävän osan on oltava neliö kuvan sisällä.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Muut instanssit
fed-intro = Seuraa ihmisiä muissa ActivityPubia puhuvissa instansseissa, kuten muilla Spool-palvelimilla. Heidän videonsa näkyvät Seuratut-syötteessäsi.
fed-teen = Nuorten tilit pysyvät tässä instanssissa: ne eivät voi seurata muiden instanssien tilejä, eikä niitä voi seurata sieltä.
fed-address = Osoite toisessa instanssissa
fed-address-hint = Muodossa nimi@palvelin, esimerkiksi alex@example.org
fed-follow = Seuraa
fed-address-invalid = Anna osoite muodossa nimi@palvelin, esimerkiksi alex@example.org.
fed-address-local = Tämä tili on tässä instanssissa: seuraa sitä sen profiilista.
fed-not-found = Tiliä { $handle } ei löytynyt. Tarkista osoite.
fed-requested = Seurauspyyntö lähetetty käyttäjälle { $handle }.
fed-following = Tilit, joita seuraat siellä
fed-following-empty = Et vielä seuraa ketään toisessa instanssissa.
fed-pending = Pyyntö lähetetty
fed-followers = Seuraajasi sieltä
fed-followers-empty = Kukaan toisesta instanssista ei vielä seuraa sinua.
fed-wants-to-follow = Haluaa seurata sinua
fed-unfollow = Lopeta seuraaminen
fed-accept = Hyväksy
fed-accept-label = Hyväksy käyttäjän { $handle } seurauspyyntö
fed-decline = Hylkää
fed-decline-label = Hylkää käyttäjän { $handle } seurauspyyntö
fed-remove = Poista
fed-remove-label = Poista { $handle } seuraajistasi
fed-accepted = { $handle } seuraa nyt sinua.
fed-declined = Hylkäsit käyttäjän { $handle } pyynnön.
fed-removed = { $handle } ei enää seuraa sinua.
fed-from = Lähde: { $host }
fed-open = Avaa palvelussa { $host }
fed-cannot-play = Tätä videota ei voi toistaa täällä.
comment-remote-remove = Poista käyttäjän { $handle } vastaus
fed-shared-by = Jakanut { $handle }
reason-remote_instance = Palvelimelta { $host }, jolla täkäläiset seuraavat tilejä
fed-like = Tykkää
