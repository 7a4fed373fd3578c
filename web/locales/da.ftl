# Spools grænsefladetekster: dansk (Project Fluent). Samme beskeder som en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — korte videoer
app-description = Se, lav og del korte videoer. Dine data bliver i din hjemregion.
skip-to-content = Spring til indhold
loading = Indlæser…
noscript = Spool skal bruge JavaScript for at afspille videoer. Slå det til, eller brug API'et direkte.
assets-missing = Webklienten er ikke bygget ind i denne server. Byg den med “npm ci && npm run build” i mappen web/, og byg derefter Spool igen.
title-page = { $page } · Spool
title-not-found = Ikke fundet · Spool
not-found = Denne side findes ikke.
close = Luk

## Navigation
nav-label = Hovedmenu
nav-home = Hjem
nav-discover = Opdag
nav-upload = Upload
nav-inbox = Indbakke
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } ulæst notifikation
   *[other] { $count } ulæste notifikationer
}

## Feed
feed-tabs = Feeds
feed-for-you = Til dig
feed-following = Følger
feed-personalized = Personligt
feed-mode-hint = Når det er slået fra, bruger feedet ingen profilering: det viser det, der er populært og nyt i din region og på dit sprog.
feed-mode-personalized = Personligt feed slået til
feed-mode-non-personalized = Personligt feed slået fra: ingen profilering
feed-empty = Intet at se endnu. Upload det første klip, eller søg efter noget.
feed-following-empty = Ingen nye klip fra de konti, du følger.
feed-login = Log ind for at se klip fra de konti, du følger.
feed-unavailable = Feedet er ikke tilgængeligt på denne server endnu. Prøv søgningen eller en profil.
video-title = Video
video-processing = Behandler…
video-failed = Behandlingen mislykkedes
clip-video-label = Video af { $handle }
clip-loading = Indlæser videoen
clip-unmute = Slå lyden til
clip-mute = Slå lyden fra
clip-play = Afspil
clip-pause = Pause
clip-actions = Handlinger for videoen af { $handle }
clip-like = { $count ->
    [one] Synes godt om ({ $count } like)
   *[other] Synes godt om ({ $count } likes)
}
clip-comments = { $count ->
    [one] Kommentarer ({ $count } kommentar)
   *[other] Kommentarer ({ $count } kommentarer)
}
clip-share = { $count ->
    [one] Del ({ $count } deling)
   *[other] Del ({ $count } delinger)
}
clip-more = Flere muligheder
clip-sound = Original lyd – { $handle }
clip-duet-of = Duet: se originalen
clip-stitch-of = Stitch: se originalen
follow-handle = Følg { $handle }
follow-requested = Anmodet
follow-done = Du følger nu { $handle }
unfollow-done = Du følger ikke længere { $handle }
login-needed = Log ind først.
share-title = Del
share-link = Link til denne video
share-copy = Kopiér link
share-copied = Link kopieret
not-interested = Ikke interesseret
not-interested-done = Forstået: du vil se færre klip som dette.
open-sound = Åbn lyden
make-duet = Lav en duet
make-stitch = Lav en stitch af videoen
why-title = Hvorfor denne video?
why-none = Dette klip blev åbnet direkte, ikke valgt af feedet.
why-explainer = Feedet vælger klip efter offentliggjorte regler. Du kan slå personalisering fra når som helst.
algorithm-link = Sådan virker feedet

## Reasons
reason-follows_creator = Du følger { $handle }
reason-topic = Du ser klip om { $hashtag }
reason-similar_to_liked = Ligner klip, du har syntes godt om
reason-taste_match = Passer til det, du plejer at se
reason-trending_region = Populært i din region ({ $region })
reason-trending_language = Populært på dit sprog ({ $language })
reason-new_video_test_audience = Et nyt klip, der vises for et lille testpublikum
reason-fresh = For nylig lagt op
reason-sound = Bruger lyden “{ $sound }”
reason-seen_before = Du har set alle nye klip; se dette igen

## Comments
comments-title = { $count ->
    [one] { $count } kommentar
   *[other] { $count } kommentarer
}
comments-empty = Ingen kommentarer endnu. Vær den første.
comments-more = Flere kommentarer
comments-off = Kommentarer er slået fra for denne video.
comment-add = Tilføj en kommentar
comment-send = Slå op
comment-sent = Kommentar slået op
comment-reply = Svar
comment-reply-to = Svar til { $handle }
comment-cancel-reply = Annullér svar
comment-replies = { $count ->
    [one] Se { $count } svar
   *[other] Se { $count } svar
}
comment-like = { $count ->
    [one] Synes godt om kommentaren ({ $count } like)
   *[other] Synes godt om kommentaren ({ $count } likes)
}
comment-pinned = Fastgjort
comment-login = Log ind for at kommentere

## Reports
report = Anmeld
report-intro = Fortæl os, hvad der er galt. En moderator gennemgår hver anmeldelse, og du får svar.
report-category = Årsag
report-note = Detaljer (valgfrit)
report-note-hint = Hvad skal moderatoren se på?
report-send = Send anmeldelse

## Upload
upload-title = Upload
upload-file = Videofil
upload-file-hint = 1 sekund til 10 minutter. Uploaden starter med det samme og fortsætter, hvis forbindelsen afbrydes.
upload-progress-label = Uploadstatus
upload-progress = { $percent } % ({ $sent } af { $total } byte)
upload-done = Upload fuldført
upload-error = Uploaden mislykkedes. Prøv igen.
upload-pause = Pause
upload-resume = Fortsæt
upload-caption = Billedtekst
upload-caption-hint = Skriv # for hashtags og @ for at nævne nogen.
upload-visibility = Hvem kan se den
visibility-public = Alle
visibility-followers = Følgere
visibility-private = Kun mig
upload-allow = Tillad andre at
upload-allow-comments = Kommentere
upload-allow-duet = Lave duet
upload-allow-stitch = Lave stitch
upload-sound = Lyd (valgfrit)
upload-sound-search = Søg efter en lyd
upload-sound-none = Dit klip beholder sin egen lyd.
upload-sound-chosen = Lyd: { $title }
upload-sound-clear = Brug min egen lyd
upload-duet = Duet med { $handle }
upload-stitch = Stitch af videoen fra { $handle }
upload-post = Slå op
upload-pick-first = Vælg først en videofil.
upload-waiting = Afslutter uploaden…
upload-processing = Din video behandles… Det tager omtrent lige så lang tid som klippet.
upload-ready = Din video er klar!
upload-watch = Se den
upload-to-profile = Gå til din profil
suggestions = Forslag
suggestions-count = { $count ->
    [one] { $count } forslag. Brug pil op og pil ned for at vælge.
   *[other] { $count } forslag. Brug pil op og pil ned for at vælge.
}

## Profiles, hashtags, sounds
profile-not-found = Denne konto findes ikke.
profile-edit = Redigér profil
profile-follow = Følg
profile-following = Følger
profile-private = Privat
profile-private-body = Denne konto er privat. Følg den for at se dens videoer.
profile-following-count = Følger
profile-followers-count = Følgere
profile-likes-count = Likes
profile-videos-count = Videoer
profile-videos = Videoer
profile-empty = Ingen videoer endnu.
profile-empty-own = Du har ikke lagt noget op endnu. Dine klip vises her.
tile-label = { $caption } — af { $handle }
tile-label-plain = Video af { $handle }
hashtag-count = { $count ->
    [one] { $count } video
   *[other] { $count } videoer
}
hashtag-empty = Ingen offentlige videoer med dette hashtag endnu.
sound-title = Lyd
sound-listen = Lyt til { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } video
   *[other] { $count } videoer
}
sound-use = Brug denne lyd
sound-original = Original video
sound-sort = Sortér videoer
sound-newest = Nyeste
sound-popular = Populære
sound-empty = Ingen videoer bruger denne lyd endnu.

## Search
search-title = Opdag
search-label = Søg
search-placeholder = Søg efter konti, videoer, #hashtags, lyde
search-submit = Søg
search-types = Hvad der skal søges efter
search-videos = Videoer
search-accounts = Konti
search-hashtags = Hashtags
search-sounds = Lyde
search-results = Resultater
search-hint = Skriv et ord, et #hashtag eller et @brugernavn.
search-empty = Intet fundet for “{ $query }”.
search-followers = { $count ->
    [one] { $count } følger
   *[other] { $count } følgere
}

## Inbox
inbox-title = Indbakke
inbox-requests = Følgeanmodninger
inbox-activity = Aktivitet
inbox-empty = Ingen notifikationer endnu.
inbox-unread = Ulæste:
request-accept = Acceptér
request-decline = Afvis
request-accepted = { $handle } kan nu se dine videoer
request-declined = Anmodningen fra { $handle } blev afvist
notif-like = { $count ->
    [one] { $actor } syntes godt om din video
   *[other] { $count } personer syntes godt om din video
}
notif-comment = { $others ->
    [0] { $actor } kommenterede din video
    [one] { $actor } og { $others } anden kommenterede din video
   *[other] { $actor } og { $others } andre kommenterede din video
}
notif-reply = { $actor } svarede på din kommentar
notif-mention = { $actor } nævnte dig
notif-follow = { $count ->
    [one] { $actor } begyndte at følge dig
   *[other] { $count } nye følgere
}
notif-follow_request = { $actor } vil gerne følge dig
notif-follow_accepted = { $actor } accepterede din følgeanmodning
notif-comment_like = { $others ->
    [0] { $actor } syntes godt om din kommentar
    [one] { $actor } og { $others } anden syntes godt om din kommentar
   *[other] { $actor } og { $others } andre syntes godt om din kommentar
}
notif-duet = { $actor } lavede en duet med din video
notif-stitch = { $actor } lavede en stitch af din video

## Settings
settings-title = Indstillinger
settings-save = Gem
settings-saved = Gemt
settings-profile = Profil
settings-privacy = Privatliv
settings-private = Privat konto
settings-private-hint = Kun følgere, du godkender, kan se dine videoer.
settings-who-comment = Hvem kan kommentere dine videoer
settings-who-duet = Hvem kan lave duet med dine videoer
settings-who-stitch = Hvem kan lave stitch af dine videoer
policy-everyone = Alle
policy-followers = Følgere
policy-nobody = Ingen
settings-liked-public = Vis de videoer, jeg synes godt om, på min profil
settings-teen = Din konto er en teenagekonto: nogle indstillinger er strengere.
settings-feed = Feed
settings-reset-recommendations = Nulstil mine anbefalinger
settings-reset-done = Dine anbefalinger blev nulstillet.
settings-language = Sprog
settings-language-label = Grænsefladens sprog
settings-language-hint = Som standard følger Spool din browsers sprog.
settings-data = Dine data
settings-data-intro = Download alt, hvad Spool gemmer om dig, og se hvilke medarbejdere der har set det og hvorfor.
settings-export = Download mine data
settings-region = Hjemregion
settings-region-now = Dine data gemmes i: { $region }
settings-region-intro = Dine personoplysninger findes kun i din hjemregion. Du kan flytte dem til en anden.
settings-move-to = Ny hjemregion
settings-move = Flyt mine data
settings-move-confirm = Flyt alle dine personoplysninger til { $region }?
settings-move-done = Dine data blev flyttet.
settings-account = Konto
settings-signed-in = Logget ind som { $handle }
settings-logout = Log ud
settings-delete = Slet konto
settings-delete-intro = Dette sletter din konto, dine videoer og alle dine data for altid. Det kan ikke fortrydes.
settings-delete-confirm = Slet din konto og alt i den for altid?
settings-sessions = Sessioner
settings-sessions-intro = De enheder, hvor du er logget ind. Log ud af dem, du ikke genkender.
settings-sessions-logout-others = Log ud alle andre steder
settings-sessions-ended = { $count ->
    [one] Logget ud af { $count } anden session.
   *[other] Logget ud af { $count } andre sessioner.
}
session-device = { $browser } på { $os }
session-device-unknown = Ukendt enhed
session-current = Denne enhed
session-times = Logget ind { $created } · sidst aktiv { $used }
session-logout = Log ud
session-logout-label = Log { $device } ud
settings-password = Skift adgangskode
settings-password-done = Din adgangskode blev ændret. Alle andre sessioner blev logget ud.
field-current-password = Nuværende adgangskode
field-new-password = Ny adgangskode
access-title = Adgang til mine data
access-intro = Hver gang en medarbejder åbner dine personoplysninger, logges det med en skriftlig begrundelse. Dette er den fulde liste.
access-empty = Ingen medarbejder har haft adgang til dine data.
access-unavailable = Adgangsloggen er ikke tilgængelig på denne server endnu.
access-when = Hvornår
access-staff = Medarbejder
access-role = Rolle
access-action = Hvad de gjorde
access-justification = Begrundelse
access-reference = Reference
algorithm-title = Sådan virker feedet
algorithm-intro = Spools Til dig-feed er åbent for inspektion: koden, dens vægte og årsagerne til hvert klip er offentliggjort.
algorithm-sources = Kandidaterne kommer fra konti, du følger, klip der ligner dem, du har syntes godt om, det der er populært i din region og på dit sprog, og nye klip, der vises for et lille testpublikum.
algorithm-signals = Det lærer af det, du gør: hvor længe du ser, genafspilninger, spring, likes, delinger, kommentarer, følgninger og “Ikke interesseret”.
algorithm-filters = Det udelader det, du har set, blokerede konti og fjernede videoer, og blander emner og skabere.
algorithm-control = Du kan slå personalisering fra, nulstille det, det har lært, og spørge “hvorfor denne video?” på hvert klip.
algorithm-published = Offentliggjort beskrivelse
algorithm-unavailable = Den offentliggjorte beskrivelse er ikke tilgængelig på denne server endnu.

## Log in and sign up
login-title = Log ind
login-submit = Log ind
login-no-account = Ingen konto endnu?
signup-title = Opret dig
signup-intro = Dine personoplysninger gemmes kun i den hjemregion, du vælger.
signup-submit = Opret konto
signup-have-account = Har du allerede en konto?
field-handle = Brugernavn
field-handle-hint = 2 til 24 bogstaver, tal, _ eller .
field-display-name = Visningsnavn (valgfrit)
field-password = Adgangskode
field-password-hint = Mindst 8 tegn.
field-birth-date = Fødselsdato
field-birth-date-hint = Du skal være mindst 13 år. Konti for personer under 18 er private som standard.
field-region = Hjemregion
field-region-hint = Hvor dine personoplysninger gemmes.
field-email = E-mail (valgfrit)
field-email-hint = Bruges kun til at hjælpe dig med at gendanne din konto.
field-bio = Bio

## Errors
error-network = Kan ikke nå serveren. Tjek din forbindelse.
error-internal = Noget gik galt. Prøv igen.
error-unauthenticated = Log ind først.
error-invalid_credentials = Forkert brugernavn eller adgangskode.
error-too_young = Du skal være mindst 13 år for at bruge Spool.
error-csrf_rejected = Din session er udløbet. Genindlæs siden.
error-forbidden = Du har ikke tilladelse til det.
error-comments_off = Kommentarer er slået fra for denne video.
error-remix_off = Skaberen tillader ikke dette.
error-not_found = Ikke fundet.
error-handle_taken = Dette brugernavn er allerede taget.
error-rate_limited = For mange forsøg. Vent et øjeblik, og prøv igen.
error-invalid_handle = Brug 2 til 24 bogstaver, tal, _ eller .
error-handle_reserved = Dette brugernavn er reserveret.
error-invalid_password = Adgangskoden skal være 8 til 128 tegn.
error-invalid_email = Denne e-mailadresse ser ikke rigtig ud.
error-invalid_birth_date = Angiv en gyldig fødselsdato.
error-invalid_display_name = Visningsnavnet må højst være 50 tegn.
error-invalid_bio = Bioen må højst være 160 tegn.
error-invalid_caption = Billedteksten må højst være 2.200 tegn.
error-invalid_comment = En kommentar er 1 til 500 tegn.
error-unknown_region = Vælg en af de viste regioner.
error-empty_file = Filen er tom.
error-not_media = Denne fil er ikke en video.
error-no_video_stream = Denne fil har ingen video.
error-still_image = Dette er et stillbillede, ikke en video.
error-too_short = Videoen er for kort (mindst 1 sekund).
error-too_long = Videoen er for lang (højst 10 minutter).
error-too_large = Videoen er for stor.
error-unsupported_codec = Dette videoformat understøttes ikke.
error-transcode_failed = Videoen kunne ikke behandles.
error-wrong_password = Den nuværende adgangskode er forkert.
error-quota_exceeded = Din lagerplads er fuld. Slet videoer eller ufærdige uploads for at gøre plads.
error-bad_request = Anmodningen kunne ikke læses.

## Moderation: reports
report-title-video = Anmeld denne video
report-title-comment = Anmeld denne kommentar
report-title-account = Anmeld denne konto
report-category-choose = Vælg en årsag
report-category-hate_speech = Hadefuld tale
report-category-harassment = Chikane og mobning
report-category-violent_extremism = Voldelig ekstremisme
report-category-disinformation = Vildledende oplysninger og desinformation
report-category-child_safety = Børns sikkerhed
report-category-self_harm = Selvskade og spiseforstyrrelser
report-category-illegal_goods = Ulovlige varer og tjenester
report-category-scams = Svindel og bedrageri
report-category-spam = Spam
report-category-intellectual_property = Immaterielle rettigheder
report-category-other = Noget andet
report-dsa-legend = Om dig
report-dsa-intro = Du er ikke logget ind, så dette er en anmeldelse efter artikel 16 i EU's forordning om digitale tjenester. Vi skal bruge dit navn og din e-mailadresse for at behandle den; den person, du anmelder, får aldrig at vide, hvem du er.
report-name = Dit navn
report-email = Din e-mailadresse
report-email-hint = Vi sender resultatet hertil.
report-good-faith = Jeg erklærer i god tro, at oplysningerne i denne anmeldelse er korrekte og fuldstændige.
report-login-instead = Har du en konto?
report-sent = Tak. Din anmeldelse er sendt, og en moderator gennemgår den.
report-duplicate = Du har allerede anmeldt dette. Din tidligere anmeldelse gælder stadig; du behøver ikke sende den igen.
report-receipt-intro = Gem denne kvittering: med den kan du slå op, hvad der blev besluttet.
report-receipt = Din kvittering
report-receipt-hint = Anmeldelse nummer { $id }
report-receipt-copy = Kopiér kvittering
report-receipt-copied = Kvittering kopieret.
report-check-later = Tjek denne anmeldelse senere
report-follow-up = Du får besked om resultatet. Du kan også følge det i
report-outcome = Afgjort { $date }: { $action }
report-outcome-policy = Anvendt regel: { $policy }
report-state-open = Venter på gennemgang
report-state-decided = Afgjort
comment-report = Anmeld kommentaren fra { $handle }
profile-report = Anmeld
profile-withheld = Denne konto er ikke tilgængelig, hvor du er.
label-panel = Information
label-more = Læs mere
video-age-restricted = Aldersbegrænset
video-held = Tilbageholdt
video-held-own = Din video er tilbageholdt: den matcher indhold, der tidligere er fjernet. En moderator gennemgår den.
video-removed-own = Din video blev fjernet af en moderator. Kun du kan se denne meddelelse.
video-reduced-own = Din video anbefales ikke i feeds efter en modereringsbeslutning. Kun du kan se denne meddelelse.
video-withheld = Denne video er ikke tilgængelig, hvor du er.
status-link = Se hvorfor, og hvordan du klager

## Moderation: actions, targets, grounds
action-no_violation = Ingen overtrædelse
action-remove = Fjernet
action-age_restrict = Aldersbegrænset
action-restrict_regions = Begrænset i nogle regioner
action-label = Informationsmærkat tilføjet
action-reduce_distribution = Begrænset udbredelse
action-suspend = Konto suspenderet
action-terminate = Konto lukket
target-video = Video
target-comment = Kommentar
target-account = Konto
ground-illegal = Ulovligt indhold
ground-incompatible = I strid med fællesskabets retningslinjer
source-notice = En anmeldelse fra en, der rapporterede det
source-trusted-flagger = En anmeldelse fra en betroet anmelder
source-own-initiative = Spools egen gennemgang
decision-reversed = Omgjort

## Account status and statements of reasons
status-title = Kontostatus
settings-status-intro = Beslutninger om dit indhold, dine klager og de anmeldelser, du har sendt.
settings-about = Om Spool
status-standing = Din konto
status-good = Din konto er i orden.
status-suspended = Din konto er suspenderet.
status-suspended-until = Din konto er suspenderet indtil { $date }.
status-terminated = Din konto er lukket. Du kan stadig læse beslutningerne og klage.
status-strikes = { $count ->
    [one] { $count } advarsel af { $threshold }
   *[other] { $count } advarsler af { $threshold }
}
status-strikes-hint = Hver beslutning mod dit indhold er en advarsel. Ved grænsen suspenderes kontoen. Gamle advarsler udløber.
status-history = Tidligere beslutninger
status-statements = Beslutninger og begrundelser
status-statements-intro = For hver beslutning sender vi en begrundelse: hvad der blev besluttet, efter hvilken regel, og hvordan du klager.
status-no-statements = Ingen beslutninger om dit indhold.
status-my-reports = Mine anmeldelser
status-no-reports = Du har ikke anmeldt noget.
status-receipt-title = Din anmeldelse
statement-heading = { $action } · { $date }
statement-decision = Beslutning
statement-content = Indhold
statement-facts = Hvad vi fandt
statement-policy = Regel
statement-ground-illegal = Vi anser indholdet for ulovligt.
statement-ground-incompatible = Indholdet er i strid med vores fællesskabsretningslinjer.
statement-legal-ground = Retsgrundlag: { $ground }
statement-policy-ground = Retningslinje: { $ground }
statement-label = Vist mærkat
statement-detection = Hvordan det blev fundet
statement-detected-auto = Med automatiserede værktøjer
statement-detected-human = Uden automatiserede værktøjer
statement-automated = Hvordan det blev afgjort
statement-decided-auto = Af et automatiseret system
statement-decided-human = Af et menneske, ikke automatisk
statement-source = Hvad der startede gennemgangen
statement-scope = Hvor det gælder
statement-scope-everywhere = Overalt
statement-duration = Hvor længe
statement-duration-until = Fra { $from } til { $until }
statement-duration-open = Fra { $from }, uden slutdato
statement-account-suspended = Din konto blev suspenderet.
statement-account-terminated = Din konto blev lukket.
statement-appeal = Klage
statement-appeal-until = Du kan klage indtil { $date }. En anden moderator gennemgår den.
statement-appeal-possible = Du kan klage. En anden moderator gennemgår den.
statement-appeal-closed = Der kan ikke længere klages over denne beslutning her. Du kan stadig gå til et certificeret organ for udenretslig tvistbilæggelse eller en domstol.
statement-appeal-open = Din klage er under behandling.
statement-appeal-upheld = Din klage blev imødekommet: beslutningen blev omgjort.
statement-appeal-rejected = Din klage blev behandlet, og beslutningen står ved magt.
statement-technical = Tekniske detaljer (som sendt til EU's gennemsigtighedsdatabase)
appeal-text = Hvorfor skal beslutningen ændres?
appeal-text-hint = Forklar, hvad moderatoren kan have overset. Du kan tilføje kontekst eller links.
appeal-send = Send klage
appeal-sent = Din klage er sendt. En anden moderator gennemgår den, og du får en ny begrundelse.
appeal-exists = Du har allerede en åben klage over denne beslutning.

## Moderator console
mod-title = Moderering
mod-region = Region
mod-region-hint = Køen for den region, du modererer.
mod-not-moderator = Du er ikke moderator for denne region.
queue-title = Gennemgangskø: { $region }
queue-refresh = Opdater
queue-empty = Køen er tom.
queue-count = { $count ->
    [one] { $count } sag, den mest presserende først
   *[other] { $count } sager, de mest presserende først
}
queue-kind-notice = Anmeldelse
queue-kind-appeal = Klage
queue-kind-match = Match
queue-severity = Alvor
queue-notices = Anmeldelser
queue-reach = Visninger (24 t)
queue-detection = Fundet af
queue-automated = Automatisk registrering
queue-human = Mennesker
queue-due = Frist { $time }
queue-overdue = Forsinket: fristen var { $time }
queue-claimed-mine = Taget af dig; udløber { $time }
queue-claimed-other = Taget af en anden moderator
queue-claim = Tag sagen
queue-claim-done = Taget. Den er din de næste minutter.
queue-open = Gennemgå
item-title = Gennemgang
item-heading = Gennemgang: { $category }
item-back = Tilbage til køen
item-decided = Afgjort
item-context = Indholdet
item-player = Den anmeldte video
item-caption = Billedtekst
item-sound = Lyd
item-state = Status
item-remixes = Remixes
item-none = Ingen
item-open-video = Videoside
item-open-video-link = Åbn videoen
item-comment-text = Kommentar
item-comment-video = På videoen
item-account = Konto
item-detection = Automatisk registrering
item-notices = { $count ->
    [one] { $count } anmeldelse
   *[other] { $count } anmeldelser
}
item-history = Tidligere beslutninger om denne konto
item-history-none = Ingen tidligere beslutninger.
item-appeal = Klagen
item-appeal-decision = Den påklagede beslutning
decide-title = Beslutning
decide-action = Handling
decide-policy = Regel
decide-policy-category = Generel regel: { $category }
decide-legal-ground = Retsgrundlag: { $ground }
decide-facts = Fakta
decide-facts-hint = Hvad du fandt, i almindelige ord. Skaberen læser dette.
decide-restrict = Hvor der begrænses
decide-restrict-hint = Vælg regioner, lande eller begge. Et retligt påbud skal have sin reference.
decide-regions = Regioner
decide-countries = Lande
decide-countries-hint = Landekoder på to bogstaver, adskilt af kommaer (DE, AT).
decide-reference = Reference (påbud fra domstol eller myndighed)
decide-reference-hint = Valgfrit. Vises for seere, der ikke kan se indholdet.
decide-restrict-empty = Vælg mindst én region eller ét land.
decide-label = Informationsmærkat
decide-label-text = Mærkatens tekst
decide-label-url = Link til mere information
decide-suspend = Suspension
decide-days = Dage
decide-days-hint = 1 til 365.
decide-submit = Afgør
decide-done = Beslutning registreret: { $action }. Begrundelsen er sendt.
appeal-decide-title = Afgør klagen
appeal-outcome = Udfald
appeal-outcome-upheld = Imødekom klagen
appeal-outcome-upheld-hint = Beslutningen omgøres med det samme, og indholdet eller kontoen genoprettes.
appeal-outcome-rejected = Afvis klagen
appeal-outcome-rejected-hint = Beslutningen står ved magt.
appeal-decide-submit = Afgør klagen
appeal-decided-upheld = Klagen imødekommet: beslutningen blev omgjort. En ny begrundelse er sendt.
appeal-decided-rejected = Klagen afvist: beslutningen står ved magt. En ny begrundelse er sendt.
error-claimed = En anden moderator har taget denne sag.
error-same_moderator = Den moderator, der traf beslutningen, kan ikke afgøre klagen over den.

## Transparency report
transparency-title = Gennemsigtighed
transparency-intro = Sådan fungerer moderering på Spool, i tal: anmeldelser, beslutninger, hvor hurtigt de blev truffet, klager og omgørelser. Ingen personoplysninger vises.
transparency-region = Region
transparency-all-regions = Alle regioner
transparency-period = Periode
transparency-period-days = Seneste 30 dage, pr. dag
transparency-period-weeks = Seneste 12 uger, pr. uge
transparency-period-months = Seneste 12 måneder, pr. måned
transparency-range = { $from } til { $to }
transparency-csv = Download som CSV
transparency-summary = I alt: { $region }
transparency-notices = Anmeldelser
transparency-decisions = Beslutninger
transparency-median = Mediantid til beslutning
transparency-p90 = 90. percentil
transparency-hours = { $hours } t
transparency-hours-unit = t
transparency-deadline-misses = Overskredne frister
transparency-automated-detection = Fundet med automatiserede værktøjer
transparency-automated-decision = Afgjort automatisk
transparency-suspensions = Suspensioner
transparency-appeals = Klager
transparency-reversals = Omgørelser
transparency-over-time = Over tid
transparency-chart-volume = Anmeldelser og beslutninger
transparency-chart-speed = Tid til beslutning (timer)
transparency-breakdown = Fordeling
transparency-chart-notices-category = Anmeldelser efter kategori
transparency-chart-decisions-action = Beslutninger efter handling
transparency-chart-decisions-category = Beslutninger efter kategori
transparency-chart-ground = Beslutninger efter grundlag
transparency-chart-source = Anmeldelser efter kilde
transparency-appeals-title = Klager
transparency-chart-appeals = Udfald af klager
transparency-chart-appeals-time = Klager og omgørelser over tid
transparency-appeals-upheld = Imødekommet
transparency-appeals-rejected = Afvist
transparency-appeals-open = Åbne
transparency-orders = Retlige påbud og screening
transparency-chart-orders = Retlige påbud efter region
transparency-screening-flagged = Markeret af screening
transparency-screening-decided = Gennemgået
transparency-screening-confirmed = Bekræftet
transparency-screening-precision = Præcision
transparency-none = Intet i denne periode.
transparency-yes = Ja
transparency-no = Nej
transparency-log = Beslutningslog
transparency-log-intro = Hver beslutning, uden data om anmeldere, skabere eller moderatorer.
transparency-log-date = Dato
transparency-log-action = Beslutning
transparency-log-category = Kategori
transparency-log-ground = Grundlag
transparency-log-content = Indhold
transparency-log-detected = Automatisk registrering
transparency-log-automated = Automatisk beslutning
transparency-log-scope = Hvor
transparency-log-source = Kilde
transparency-log-reversed = Omgjort
transparency-log-more = Flere beslutninger
transparency-log-empty = Ingen beslutninger endnu.
chart-show-table = Vis tallene som en tabel
chart-summary-line = Fra { $from } til { $to }. I alt: { $totals }
chart-period = Periode
chart-item = Post
chart-value = Antal
notif-statement = Der er truffet en modereringsbeslutning om dit indhold. Læs hvorfor, og hvordan du klager.
notif-report_outcome = En anmeldelse, du har sendt, er blevet afgjort.

## Moderation: more codes from the server
action-hold = Tilbageholdt til gennemgang
action-reversed = Omgjort efter klage
action-upheld_decision = Stadfæstet efter klage
action-appeal_upheld = Klage imødekommet
action-appeal_rejected = Klage afvist
notice-source-account = Anmeldelse fra en konto
notice-source-anonymous = Anmeldelse uden konto (DSA art. 16)
notice-source-screening = Automatisk screening
notice-source-fingerprint = Match med fjernet indhold
notice-source-legal_order = Retligt påbud
source-complaint = En klage
statement-scope-eea = EU og EØS (30 lande)
statement-regions = Regioner
statement-reference = Påbuddets reference
statement-outcome-heading = { $action } · { $date }
error-already_decided = Dette er allerede afgjort.
error-appeal_open = Der er allerede en åben klage over denne beslutning.
error-appeal_closed = Der kan ikke længere klages over denne beslutning.
error-account_suspended = Din konto er suspenderet, så du kan ikke gøre dette nu.
error-account_terminated = Din konto er lukket.
error-not_moderator = Du er ikke moderator for denne region.
video-withheld-own = Din video er ikke tilgængelig i: { $places }. Kun du kan se denne meddelelse.
item-restrictions = Aktuelle begrænsninger

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Log ind for at fortsætte
signin-sheet-intro = Log ind for at like, kommentere, følge og få et feed lavet til dig.
feed-caught-up = Du har set det hele
feed-caught-up-hint = Du har set alle klip for nu. Find flere under Opdag.
feed-explore = Udforsk
clip-creator-profile = Profil for { $handle }
unfollow-handle = Stop med at følge { $handle }
clip-progress = Afspilningsposition
clip-progress-value = { $at } af { $length }
video-edit = Redigér video
video-edit-save = Gem
video-edit-done = Ændringer gemt
video-delete = Slet video
video-delete-confirm = Slet denne video for altid? Dens kommentarer og likes forsvinder med den.
video-delete-done = Video slettet
back = Tilbage
cancel = Annullér
discover-trending = Populært lige nu
discover-trending-tags = Populære hashtags

## How the feed works: its stages and parameters
algo-stage-events = Hvad feedet lærer af
algo-stage-model = Smagsmodellen
algo-stage-candidates = Hvor kandidaterne kommer fra
algo-stage-exploration = En chance for nye videoer
algo-stage-ranking = Rangering
algo-stage-filters = Hvad der sorteres fra
algo-stage-diversity = Variation
algo-stage-non_personalized = Det ikke-personlige feed
algo-technical = Teknisk beskrivelse (på engelsk)
algo-param-bias-learning-rate = Hvor hurtigt en videos egen appel læres
algo-param-expiry-secs = Glemt efter at have været inaktiv i
algo-param-history-len = Seneste visninger, der tæller
algo-param-history-weight = Vægt af seneste visninger
algo-param-init-scale = Startspredning af nye rækker
algo-param-item-min-count = Interaktioner, før en video får sin egen række
algo-param-learning-rate = Hvor hurtigt smag læres
algo-param-margin = Margin mellem likede og oversprungne videoer
algo-param-negative-trials = Videoer, der prøves for at finde et modeksempel
algo-param-negatives-per-positive = Modeksempler pr. positivt signal
algo-param-regularization = Regularisering (holder modellen fra at overtilpasse)
algo-param-seed = Tilfældigt frø (for reproducerbarhed)
algo-param-max-age-hours = Nye videoer udforskes i
algo-param-min-completion-rate = Set til ende mindst
algo-param-min-engagement-rate = Likes, kommentarer og delinger pr. visning mindst
algo-param-slots-per-page = Pladser pr. side til nye videoer
algo-param-stages = Publikumsstørrelser i testtrinnene
algo-param-freshness-hours = En video regnes som ny i
algo-param-trending-half-life-hours = Trends tæller halvt efter
algo-param-weights = Vægte i rangeringsscoren
algo-param-engagement = Forventet engagement
algo-param-exploration = Udforskning
algo-param-following = Konti, du følger
algo-param-freshness = Friskhed
algo-param-trending = Trends
algo-param-creator-spacing = Klip før samme skaber igen
algo-param-sound-spacing = Klip før samme lyd igen
algo-param-catalog-videos = Videoer i kataloget
algo-param-viewers-with-state = Seere, som modellen kender

tile-views = { $count ->
    [one] { $count } visning
   *[other] { $count } visninger
}

## Long press: speed
clip-options = Muligheder
speed-title = Afspilningshastighed
speed-normal = Normal
speed-value = { $rate }×
speed-set = Afspiller med { $rate }×

## Upload: preview, cover, draft
upload-preview = Forhåndsvisning af dit klip
upload-cover = Forside
upload-cover-hint = Træk til det billede, folk ser, før klippet afspilles.
upload-draft-restored = Din kladde er tilbage: billedtekst og indstillinger, som du forlod dem.
error-invalid_cover = Forsiden skal være et øjeblik i klippet.

# Undertekster og profilbilleder
clip-captions-on = Slå undertekster til
clip-captions-off = Slå undertekster fra
captions-on = Undertekster til
captions-off = Undertekster fra
captions-title = Undertekster
captions-file = Undertekstfil (.vtt)
captions-hint = Én WebVTT-fil pr. sprog. Alle tekster skal ligge inden for klippets længde.
captions-language = Underteksternes sprog
captions-add = Tilføj undertekster
captions-remove = Fjern underteksterne på { $language }
captions-remove-short = Fjern
captions-none = Ingen undertekster endnu.
captions-added = Undertekster på { $language } tilføjet.
captions-removed = Undertekster på { $language } fjernet.
captions-failed = Dit klip er lagt op, men underteksterne blev ikke tilføjet: { $reason } Du kan tilføje dem, når du redigerer klippet.
captions-pick-file = Vælg først en .vtt-fil.
error-invalid_webvtt = Det er ikke en gyldig WebVTT-undertekstfil.
error-invalid_language = Vælg underteksternes sprog.
profile-photo-choose = Profilbillede
profile-photo-hint = JPEG, PNG eller WebP, op til 8 MB. Det beskæres til et kvadrat, og oplysninger om, hvor og med hvad det blev taget, fjernes.
profile-photo-remove = Fjern billede
profile-photo-type = Vælg et billede i JPEG, PNG eller WebP.
profile-edit-save = Gem profil
profile-edit-done = Profil gemt.
error-invalid_photo = Filen er ikke et billede, der kan læses.
error-photo_too_small = Billedet er for lille: vælg et på mindst 64 pixels på hver side.
error-photo_too_large = Billedet er for stort: højst 8192 pixels på hver side.
error-invalid_crop = Den del af billedet, der skal beholdes, skal være et kvadrat inden for billedet.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Andre instanser
fed-intro = Følg folk på andre instanser, der taler ActivityPub, for eksempel andre Spool-servere. Deres videoer vises i dit Følger-feed.
fed-teen = Teenagekonti bliver på denne instans: de kan ikke følge eller blive fulgt fra andre instanser.
fed-address = Adresse på en anden instans
fed-address-hint = Som navn@vært, for eksempel alex@example.org
fed-follow = Følg
fed-address-invalid = Skriv adressen som navn@vært, for eksempel alex@example.org.
fed-address-local = Den konto er på denne instans: følg den fra dens profil.
fed-not-found = Ingen konto { $handle } blev fundet. Tjek adressen.
fed-requested = Anmodning om at følge sendt til { $handle }.
fed-following = Konti, du følger der
fed-following-empty = Du følger ikke nogen på en anden instans endnu.
fed-pending = Anmodning sendt
fed-followers = Dine følgere der
fed-followers-empty = Ingen på en anden instans følger dig endnu.
fed-wants-to-follow = Vil gerne følge dig
fed-unfollow = Stop med at følge
fed-accept = Godkend
fed-accept-label = Godkend anmodningen fra { $handle } om at følge dig
fed-decline = Afvis
fed-decline-label = Afvis anmodningen fra { $handle } om at følge dig
fed-remove = Fjern
fed-remove-label = Fjern { $handle } fra dine følgere
fed-accepted = { $handle } følger dig nu.
fed-declined = Du afviste anmodningen fra { $handle }.
fed-removed = { $handle } følger dig ikke længere.
fed-from = Fra { $host }
fed-open = Åbn på { $host }
fed-cannot-play = Denne video kan ikke afspilles her.
comment-remote-remove = Fjern svaret fra { $handle }
fed-shared-by = Delt af { $handle }
reason-remote_instance = Fra { $host }, en instans hvor folk herfra følger konti
fed-like = Synes godt om
