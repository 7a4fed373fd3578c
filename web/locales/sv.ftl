# Spools gränssnittstexter: svenska (Project Fluent). Samma meddelanden som en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — korta videor
app-description = Titta på, skapa och dela korta videor. Dina uppgifter stannar i din hemregion.
skip-to-content = Hoppa till innehållet
loading = Laddar…
noscript = Spool behöver JavaScript för att spela upp videor. Slå på det eller använd API:et direkt.
assets-missing = Webbklienten har inte byggts in i den här servern. Bygg den med ”npm ci && npm run build” i mappen web/ och bygg sedan om Spool.
title-page = { $page } · Spool
title-not-found = Hittades inte · Spool
not-found = Den här sidan finns inte.
close = Stäng

## Navigation
nav-label = Huvudmeny
nav-home = Hem
nav-discover = Upptäck
nav-upload = Ladda upp
nav-inbox = Inkorg
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } oläst avisering
   *[other] { $count } olästa aviseringar
}

## Feed
feed-tabs = Flöden
feed-for-you = För dig
feed-following = Följer
feed-personalized = Anpassat
feed-mode-hint = När det är avstängt använder flödet ingen profilering: det visar det som är populärt och nytt i din region och på ditt språk.
feed-mode-personalized = Anpassat flöde på
feed-mode-non-personalized = Anpassat flöde av: ingen profilering används
feed-empty = Inget att titta på än. Ladda upp det första klippet eller sök efter något.
feed-following-empty = Inga nya klipp från kontona du följer.
feed-login = Logga in för att se klipp från kontona du följer.
feed-unavailable = Flödet finns inte på den här servern än. Prova sökningen eller en profil.
video-title = Video
video-processing = Bearbetar…
video-failed = Bearbetningen misslyckades
clip-video-label = Video av { $handle }
clip-loading = Laddar videon
clip-unmute = Slå på ljudet
clip-mute = Stäng av ljudet
clip-play = Spela
clip-pause = Pausa
clip-actions = Åtgärder för videon av { $handle }
clip-like = { $count ->
    [one] Gilla ({ $count } gillning)
   *[other] Gilla ({ $count } gillningar)
}
clip-comments = { $count ->
    [one] Kommentarer ({ $count } kommentar)
   *[other] Kommentarer ({ $count } kommentarer)
}
clip-share = { $count ->
    [one] Dela ({ $count } delning)
   *[other] Dela ({ $count } delningar)
}
clip-more = Fler alternativ
clip-sound = Originalljud – { $handle }
clip-duet-of = Duett: se originalet
clip-stitch-of = Stitch: se originalet
follow-handle = Följ { $handle }
follow-requested = Förfrågan skickad
follow-done = Du följer { $handle } nu
unfollow-done = Du följer inte längre { $handle }
login-needed = Logga in först.
share-title = Dela
share-link = Länk till den här videon
share-copy = Kopiera länk
share-copied = Länken kopierad
not-interested = Inte intresserad
not-interested-done = Uppfattat: du kommer att se färre klipp som det här.
open-sound = Öppna ljudet
make-duet = Gör en duett
make-stitch = Gör en stitch av videon
why-title = Varför den här videon?
why-none = Det här klippet öppnades direkt, det valdes inte av flödet.
why-explainer = Flödet väljer klipp enligt publicerade regler. Du kan stänga av anpassningen när du vill.
algorithm-link = Så fungerar flödet

## Reasons
reason-follows_creator = Du följer { $handle }
reason-topic = Du tittar på klipp om { $hashtag }
reason-similar_to_liked = Liknar klipp som du gillat
reason-taste_match = Passar det du brukar titta på
reason-trending_region = Populärt i din region ({ $region })
reason-trending_language = Populärt på ditt språk ({ $language })
reason-new_video_test_audience = Ett nytt klipp som visas för en liten testpublik
reason-fresh = Nyligen publicerat
reason-sound = Använder ljudet ”{ $sound }”
reason-seen_before = Du har sett alla nya klipp; se det här igen

## Comments
comments-title = { $count ->
    [one] { $count } kommentar
   *[other] { $count } kommentarer
}
comments-empty = Inga kommentarer än. Bli först.
comments-more = Fler kommentarer
comments-off = Kommentarer är avstängda för den här videon.
comment-add = Skriv en kommentar
comment-send = Publicera
comment-sent = Kommentaren publicerades
comment-reply = Svara
comment-reply-to = Svar till { $handle }
comment-cancel-reply = Avbryt svaret
comment-replies = { $count ->
    [one] Visa { $count } svar
   *[other] Visa { $count } svar
}
comment-like = { $count ->
    [one] Gilla kommentaren ({ $count } gillning)
   *[other] Gilla kommentaren ({ $count } gillningar)
}
comment-pinned = Fäst
comment-login = Logga in för att kommentera

## Reports
report = Anmäl
report-intro = Berätta vad som är fel. En moderator granskar varje anmälan och du får svar.
report-category = Orsak
report-note = Detaljer (valfritt)
report-note-hint = Vad ska moderatorn titta på?
report-send = Skicka anmälan

## Upload
upload-title = Ladda upp
upload-file = Videofil
upload-file-hint = 1 sekund till 10 minuter. Uppladdningen startar direkt och fortsätter om anslutningen bryts.
upload-progress-label = Uppladdningsförlopp
upload-progress = { $percent } % ({ $sent } av { $total } byte)
upload-done = Uppladdningen är klar
upload-error = Uppladdningen misslyckades. Försök igen.
upload-pause = Pausa
upload-resume = Fortsätt
upload-caption = Bildtext
upload-caption-hint = Skriv # för hashtaggar och @ för att nämna någon.
upload-visibility = Vem kan titta
visibility-public = Alla
visibility-followers = Följare
visibility-private = Bara jag
upload-allow = Låt andra
upload-allow-comments = Kommentera
upload-allow-duet = Göra duett
upload-allow-stitch = Göra stitch
upload-sound = Ljud (valfritt)
upload-sound-search = Sök efter ett ljud
upload-sound-none = Ditt klipp behåller sitt eget ljud.
upload-sound-chosen = Ljud: { $title }
upload-sound-clear = Använd mitt eget ljud
upload-duet = Duett med { $handle }
upload-stitch = Stitch av videon från { $handle }
upload-post = Publicera
upload-pick-first = Välj en videofil först.
upload-waiting = Avslutar uppladdningen…
upload-processing = Din video bearbetas… Det tar ungefär lika lång tid som klippet.
upload-ready = Din video är klar!
upload-watch = Titta
upload-to-profile = Gå till din profil
suggestions = Förslag
suggestions-count = { $count ->
    [one] { $count } förslag. Välj med upp- och nedpilarna.
   *[other] { $count } förslag. Välj med upp- och nedpilarna.
}

## Profiles, hashtags, sounds
profile-not-found = Det här kontot finns inte.
profile-edit = Redigera profil
profile-follow = Följ
profile-following = Följer
profile-private = Privat
profile-private-body = Det här kontot är privat. Följ det för att se dess videor.
profile-following-count = Följer
profile-followers-count = Följare
profile-likes-count = Gillningar
profile-videos-count = Videor
profile-videos = Videor
profile-empty = Inga videor än.
profile-empty-own = Du har inte publicerat något än. Dina klipp visas här.
tile-label = { $caption } — av { $handle }
tile-label-plain = Video av { $handle }
hashtag-count = { $count ->
    [one] { $count } video
   *[other] { $count } videor
}
hashtag-empty = Inga offentliga videor med den här hashtaggen än.
sound-title = Ljud
sound-listen = Lyssna på { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } video
   *[other] { $count } videor
}
sound-use = Använd det här ljudet
sound-original = Originalvideo
sound-sort = Sortera videor
sound-newest = Nyaste
sound-popular = Populära
sound-empty = Inga videor använder det här ljudet än.

## Search
search-title = Upptäck
search-label = Sök
search-placeholder = Sök konton, videor, #hashtaggar, ljud
search-submit = Sök
search-types = Vad du söker
search-videos = Videor
search-accounts = Konton
search-hashtags = Hashtaggar
search-sounds = Ljud
search-results = Resultat
search-hint = Skriv ett ord, en #hashtagg eller ett @användarnamn.
search-empty = Inget hittades för ”{ $query }”.
search-followers = { $count ->
    [one] { $count } följare
   *[other] { $count } följare
}

## Inbox
inbox-title = Inkorg
inbox-requests = Följförfrågningar
inbox-activity = Aktivitet
inbox-empty = Inga aviseringar än.
inbox-unread = Olästa:
request-accept = Godkänn
request-decline = Avböj
request-accepted = { $handle } kan nu se dina videor
request-declined = Förfrågan från { $handle } avböjdes
notif-like = { $count ->
    [one] { $actor } gillade din video
   *[other] { $count } personer gillade din video
}
notif-comment = { $others ->
    [0] { $actor } kommenterade din video
    [one] { $actor } och { $others } till kommenterade din video
   *[other] { $actor } och { $others } till kommenterade din video
}
notif-reply = { $actor } svarade på din kommentar
notif-mention = { $actor } nämnde dig
notif-follow = { $count ->
    [one] { $actor } började följa dig
   *[other] { $count } nya följare
}
notif-follow_request = { $actor } vill följa dig
notif-follow_accepted = { $actor } godkände din följförfrågan
notif-comment_like = { $others ->
    [0] { $actor } gillade din kommentar
    [one] { $actor } och { $others } till gillade din kommentar
   *[other] { $actor } och { $others } till gillade din kommentar
}
notif-duet = { $actor } gjorde en duett med din video
notif-stitch = { $actor } gjorde en stitch av din video

## Settings
settings-title = Inställningar
settings-save = Spara
settings-saved = Sparat
settings-profile = Profil
settings-privacy = Integritet
settings-private = Privat konto
settings-private-hint = Bara följare som du godkänner kan se dina videor.
settings-who-comment = Vem kan kommentera dina videor
settings-who-duet = Vem kan göra duett med dina videor
settings-who-stitch = Vem kan göra stitch av dina videor
policy-everyone = Alla
policy-followers = Följare
policy-nobody = Ingen
settings-liked-public = Visa videorna jag gillat på min profil
settings-teen = Ditt konto är ett tonårskonto: vissa inställningar är strängare.
settings-feed = Flöde
settings-reset-recommendations = Återställ mina rekommendationer
settings-reset-done = Dina rekommendationer har återställts.
settings-language = Språk
settings-language-label = Gränssnittets språk
settings-language-hint = Som standard följer Spool webbläsarens språk.
settings-data = Dina uppgifter
settings-data-intro = Ladda ner allt Spool lagrar om dig och se vilka anställda som har tittat på det och varför.
settings-export = Ladda ner mina uppgifter
settings-region = Hemregion
settings-region-now = Dina uppgifter lagras i: { $region }
settings-region-intro = Dina personuppgifter finns bara i din hemregion. Du kan flytta dem till en annan.
settings-move-to = Ny hemregion
settings-move = Flytta mina uppgifter
settings-move-confirm = Flytta alla dina personuppgifter till { $region }?
settings-move-done = Dina uppgifter har flyttats.
settings-account = Konto
settings-signed-in = Inloggad som { $handle }
settings-logout = Logga ut
settings-delete = Radera konto
settings-delete-intro = Detta raderar ditt konto, dina videor och alla dina uppgifter för alltid. Det går inte att ångra.
settings-delete-confirm = Radera ditt konto och allt i det för alltid?
settings-sessions = Sessioner
settings-sessions-intro = Enheterna där du är inloggad. Logga ut från dem du inte känner igen.
settings-sessions-logout-others = Logga ut överallt annars
settings-sessions-ended = { $count ->
    [one] Utloggad från { $count } annan session.
   *[other] Utloggad från { $count } andra sessioner.
}
session-device = { $browser } på { $os }
session-device-unknown = Okänd enhet
session-current = Den här enheten
session-times = Inloggad { $created } · senast aktiv { $used }
session-logout = Logga ut
session-logout-label = Logga ut { $device }
settings-password = Byt lösenord
settings-password-done = Ditt lösenord har bytts. Alla andra sessioner loggades ut.
field-current-password = Nuvarande lösenord
field-new-password = Nytt lösenord
access-title = Åtkomst till mina uppgifter
access-intro = Varje gång en anställd öppnar dina personuppgifter loggas det med en skriftlig motivering. Det här är hela listan.
access-empty = Ingen anställd har tittat på dina uppgifter.
access-unavailable = Åtkomstloggen finns inte på den här servern än.
access-when = När
access-staff = Anställd
access-role = Roll
access-action = Vad de gjorde
access-justification = Motivering
access-reference = Referens
algorithm-title = Så fungerar flödet
algorithm-intro = Spools För dig-flöde är öppet för granskning: koden, dess vikter och skälen till varje klipp är publicerade.
algorithm-sources = Kandidaterna kommer från konton du följer, klipp som liknar dem du gillat, det som är populärt i din region och på ditt språk, och nya klipp som visas för en liten testpublik.
algorithm-signals = Det lär sig av vad du gör: hur länge du tittar, omspelningar, överhoppningar, gillningar, delningar, kommentarer, följningar och ”Inte intresserad”.
algorithm-filters = Det utelämnar det du har sett, blockerade konton och borttagna videor, och blandar ämnen och kreatörer.
algorithm-control = Du kan stänga av anpassningen, återställa det som lärts in och fråga ”varför den här videon?” på varje klipp.
algorithm-published = Publicerad beskrivning
algorithm-unavailable = Den publicerade beskrivningen finns inte på den här servern än.

## Log in and sign up
login-title = Logga in
login-submit = Logga in
login-no-account = Inget konto än?
signup-title = Registrera dig
signup-intro = Dina personuppgifter lagras bara i den hemregion du väljer.
signup-submit = Skapa konto
signup-have-account = Har du redan ett konto?
field-handle = Användarnamn
field-handle-hint = 2 till 24 bokstäver, siffror, _ eller .
field-display-name = Visningsnamn (valfritt)
field-password = Lösenord
field-password-hint = Minst 8 tecken.
field-birth-date = Födelsedatum
field-birth-date-hint = Du måste vara minst 13 år. Konton för personer under 18 är privata som standard.
field-region = Hemregion
field-region-hint = Där dina personuppgifter lagras.
field-email = E-post (valfritt)
field-email-hint = Används bara för att hjälpa dig att återfå ditt konto.
field-bio = Om mig

## Errors
error-network = Det går inte att nå servern. Kontrollera anslutningen.
error-internal = Något gick fel. Försök igen.
error-unauthenticated = Logga in först.
error-invalid_credentials = Fel användarnamn eller lösenord.
error-too_young = Du måste vara minst 13 år för att använda Spool.
error-csrf_rejected = Din session har gått ut. Ladda om sidan.
error-forbidden = Du får inte göra det.
error-comments_off = Kommentarer är avstängda för den här videon.
error-remix_off = Kreatören tillåter inte detta.
error-not_found = Hittades inte.
error-handle_taken = Användarnamnet är redan upptaget.
error-rate_limited = För många försök. Vänta en stund och försök igen.
error-invalid_handle = Använd 2 till 24 bokstäver, siffror, _ eller .
error-handle_reserved = Användarnamnet är reserverat.
error-invalid_password = Lösenordet måste vara 8 till 128 tecken.
error-invalid_email = E-postadressen ser inte riktig ut.
error-invalid_birth_date = Ange ett giltigt födelsedatum.
error-invalid_display_name = Visningsnamnet får vara högst 50 tecken.
error-invalid_bio = Presentationen får vara högst 160 tecken.
error-invalid_caption = Bildtexten får vara högst 2 200 tecken.
error-invalid_comment = En kommentar är 1 till 500 tecken.
error-unknown_region = Välj en av regionerna i listan.
error-empty_file = Filen är tom.
error-not_media = Filen är inte en video.
error-no_video_stream = Filen innehåller ingen bild.
error-still_image = Det här är en stillbild, inte en video.
error-too_short = Videon är för kort (minst 1 sekund).
error-too_long = Videon är för lång (högst 10 minuter).
error-too_large = Videon är för stor.
error-unsupported_codec = Det här videoformatet stöds inte.
error-transcode_failed = Videon kunde inte bearbetas.
error-wrong_password = Det nuvarande lösenordet är fel.
error-quota_exceeded = Ditt lagringsutrymme är fullt. Radera videor eller ofullständiga uppladdningar för att frigöra plats.
error-bad_request = Begäran kunde inte läsas.

## Moderation: reports
report-title-video = Anmäl den här videon
report-title-comment = Anmäl den här kommentaren
report-title-account = Anmäl det här kontot
report-category-choose = Välj en orsak
report-category-hate_speech = Hatpropaganda
report-category-harassment = Trakasserier och mobbning
report-category-violent_extremism = Våldsbejakande extremism
report-category-disinformation = Vilseledande information och desinformation
report-category-child_safety = Barns säkerhet
report-category-self_harm = Självskada och ätstörningar
report-category-illegal_goods = Olagliga varor och tjänster
report-category-scams = Bedrägerier
report-category-spam = Skräppost
report-category-intellectual_property = Immateriella rättigheter
report-category-other = Något annat
report-dsa-legend = Om dig
report-dsa-intro = Du är inte inloggad, så detta är en anmälan enligt artikel 16 i EU:s förordning om digitala tjänster. Vi behöver ditt namn och din e-postadress för att hantera den; personen du anmäler får aldrig veta vem du är.
report-name = Ditt namn
report-email = Din e-postadress
report-email-hint = Vi skickar utfallet hit.
report-good-faith = Jag intygar i god tro att uppgifterna i den här anmälan är korrekta och fullständiga.
report-login-instead = Har du ett konto?
report-sent = Tack. Din anmälan har skickats och en moderator granskar den.
report-duplicate = Du har redan anmält detta. Din tidigare anmälan gäller fortfarande; du behöver inte skicka den igen.
report-receipt-intro = Spara det här kvittot: med det kan du se vad som beslutades.
report-receipt = Ditt kvitto
report-receipt-hint = Anmälan nummer { $id }
report-receipt-copy = Kopiera kvitto
report-receipt-copied = Kvittot kopierat.
report-check-later = Kolla den här anmälan senare
report-follow-up = Du får veta utfallet. Du kan också följa det i
report-outcome = Beslutat { $date }: { $action }
report-outcome-policy = Tillämpad regel: { $policy }
report-state-open = Väntar på granskning
report-state-decided = Beslutad
comment-report = Anmäl kommentaren av { $handle }
profile-report = Anmäl
profile-withheld = Det här kontot är inte tillgängligt där du befinner dig.
label-panel = Information
label-more = Läs mer
video-age-restricted = Åldersbegränsad
video-held = Pausad
video-held-own = Din video är pausad: den matchar innehåll som tagits bort tidigare. En moderator granskar den.
video-removed-own = Din video togs bort av en moderator. Bara du ser det här meddelandet.
video-reduced-own = Din video rekommenderas inte i flöden efter ett modereringsbeslut. Bara du ser det här meddelandet.
video-withheld = Den här videon är inte tillgänglig där du befinner dig.
status-link = Se varför och hur du överklagar

## Moderation: actions, targets, grounds
action-no_violation = Ingen överträdelse
action-remove = Borttagen
action-age_restrict = Åldersbegränsad
action-restrict_regions = Begränsad i vissa regioner
action-label = Informationsetikett tillagd
action-reduce_distribution = Minskad spridning
action-suspend = Kontot avstängt
action-terminate = Kontot stängt
target-video = Video
target-comment = Kommentar
target-account = Konto
ground-illegal = Olagligt innehåll
ground-incompatible = Strider mot gemenskapens riktlinjer
source-notice = En anmälan från någon som rapporterade det
source-trusted-flagger = En anmälan från en betrodd anmälare
source-own-initiative = Spools egen granskning
decision-reversed = Upphävt

## Account status and statements of reasons
status-title = Kontostatus
settings-status-intro = Beslut om ditt innehåll, dina överklaganden och anmälningarna du har skickat.
settings-about = Om Spool
status-standing = Ditt konto
status-good = Ditt konto har inga anmärkningar.
status-suspended = Ditt konto är avstängt.
status-suspended-until = Ditt konto är avstängt till { $date }.
status-terminated = Ditt konto har stängts. Du kan fortfarande läsa besluten och överklaga.
status-strikes = { $count ->
    [one] { $count } varning av { $threshold }
   *[other] { $count } varningar av { $threshold }
}
status-strikes-hint = Varje beslut mot ditt innehåll är en varning. Vid gränsen stängs kontot av. Gamla varningar löper ut.
status-history = Tidigare beslut
status-statements = Beslut och motiveringar
status-statements-intro = För varje beslut skickar vi en motivering: vad som beslutades, enligt vilken regel och hur du överklagar.
status-no-statements = Inga beslut om ditt innehåll.
status-my-reports = Mina anmälningar
status-no-reports = Du har inte anmält något.
status-receipt-title = Din anmälan
statement-heading = { $action } · { $date }
statement-decision = Beslut
statement-content = Innehåll
statement-facts = Vad vi fann
statement-policy = Regel
statement-ground-illegal = Vi anser att innehållet är olagligt.
statement-ground-incompatible = Innehållet strider mot våra gemenskapsriktlinjer.
statement-legal-ground = Rättslig grund: { $ground }
statement-policy-ground = Riktlinje: { $ground }
statement-label = Visad etikett
statement-detection = Hur det upptäcktes
statement-detected-auto = Med automatiserade verktyg
statement-detected-human = Utan automatiserade verktyg
statement-automated = Hur det beslutades
statement-decided-auto = Av ett automatiserat system
statement-decided-human = Av en människa, inte automatiskt
statement-source = Vad som startade granskningen
statement-scope = Var det gäller
statement-scope-everywhere = Överallt
statement-duration = Hur länge
statement-duration-until = Från { $from } till { $until }
statement-duration-open = Från { $from }, utan slutdatum
statement-account-suspended = Ditt konto stängdes av.
statement-account-terminated = Ditt konto stängdes.
statement-appeal = Överklagande
statement-appeal-until = Du kan överklaga till och med { $date }. En annan moderator granskar det.
statement-appeal-possible = Du kan överklaga. En annan moderator granskar det.
statement-appeal-closed = Det här beslutet kan inte längre överklagas här. Du kan fortfarande vända dig till ett certifierat organ för tvistlösning utanför domstol eller till en domstol.
statement-appeal-open = Ditt överklagande granskas.
statement-appeal-upheld = Ditt överklagande bifölls: beslutet har upphävts.
statement-appeal-rejected = Ditt överklagande har granskats och beslutet står fast.
statement-technical = Tekniska detaljer (som de skickats till EU:s databas för transparens)
appeal-text = Varför bör beslutet ändras?
appeal-text-hint = Förklara vad moderatorn kan ha missat. Du kan lägga till sammanhang eller länkar.
appeal-send = Skicka överklagande
appeal-sent = Ditt överklagande har skickats. En annan moderator granskar det och du får en ny motivering.
appeal-exists = Du har redan ett öppet överklagande av det här beslutet.

## Moderator console
mod-title = Moderering
mod-region = Region
mod-region-hint = Kön för regionen du modererar.
mod-not-moderator = Du är inte moderator för den här regionen.
queue-title = Granskningskö: { $region }
queue-refresh = Uppdatera
queue-empty = Kön är tom.
queue-count = { $count ->
    [one] { $count } ärende, det mest brådskande först
   *[other] { $count } ärenden, de mest brådskande först
}
queue-kind-notice = Anmälan
queue-kind-appeal = Överklagande
queue-kind-match = Träff
queue-severity = Allvarlighet
queue-notices = Anmälningar
queue-reach = Visningar (24 h)
queue-detection = Upptäckt av
queue-automated = Automatisk upptäckt
queue-human = Människor
queue-due = Senast { $time }
queue-overdue = Försenat: tidsfristen var { $time }
queue-claimed-mine = Tagen av dig; går ut { $time }
queue-claimed-other = Tagen av en annan moderator
queue-claim = Ta ärendet
queue-claim-done = Ärendet är ditt de närmaste minuterna.
queue-open = Granska
item-title = Granskning
item-heading = Granskning: { $category }
item-back = Tillbaka till kön
item-decided = Beslutad
item-context = Innehållet
item-player = Den anmälda videon
item-caption = Bildtext
item-sound = Ljud
item-state = Status
item-remixes = Remixar
item-none = Inga
item-open-video = Videosida
item-open-video-link = Öppna videon
item-comment-text = Kommentar
item-comment-video = På videon
item-account = Konto
item-detection = Automatisk upptäckt
item-notices = { $count ->
    [one] { $count } anmälan
   *[other] { $count } anmälningar
}
item-history = Tidigare beslut om det här kontot
item-history-none = Inga tidigare beslut.
item-appeal = Överklagandet
item-appeal-decision = Det överklagade beslutet
decide-title = Beslut
decide-action = Åtgärd
decide-policy = Regel
decide-policy-category = Allmän regel: { $category }
decide-legal-ground = Rättslig grund: { $ground }
decide-facts = Fakta
decide-facts-hint = Vad du fann, med enkla ord. Kreatören läser detta.
decide-restrict = Var begränsningen gäller
decide-restrict-hint = Välj regioner, länder eller båda. Ett rättsligt föreläggande behöver sin referens.
decide-regions = Regioner
decide-countries = Länder
decide-countries-hint = Landskoder med två bokstäver, åtskilda med kommatecken (DE, AT).
decide-reference = Referens (föreläggande från domstol eller myndighet)
decide-reference-hint = Valfritt. Visas för tittare som inte kan se innehållet.
decide-restrict-empty = Välj minst en region eller ett land.
decide-label = Informationsetikett
decide-label-text = Etikettens text
decide-label-url = Länk till mer information
decide-suspend = Avstängning
decide-days = Dagar
decide-days-hint = 1 till 365.
decide-submit = Besluta
decide-done = Beslutet registrerat: { $action }. Motiveringen har skickats.
appeal-decide-title = Besluta om överklagandet
appeal-outcome = Utfall
appeal-outcome-upheld = Bifall överklagandet
appeal-outcome-upheld-hint = Beslutet upphävs direkt och innehållet eller kontot återställs.
appeal-outcome-rejected = Avslå överklagandet
appeal-outcome-rejected-hint = Beslutet står fast.
appeal-decide-submit = Besluta om överklagandet
appeal-decided-upheld = Överklagandet bifölls: beslutet upphävdes. En ny motivering har skickats.
appeal-decided-rejected = Överklagandet avslogs: beslutet står fast. En ny motivering har skickats.
error-claimed = En annan moderator har tagit det här ärendet.
error-same_moderator = Moderatorn som fattade beslutet kan inte besluta om överklagandet.

## Transparency report
transparency-title = Transparens
transparency-intro = Så fungerar modereringen på Spool, i siffror: anmälningar, beslut, hur snabbt de fattades, överklaganden och upphävanden. Inga personuppgifter visas.
transparency-region = Region
transparency-all-regions = Alla regioner
transparency-period = Period
transparency-period-days = De senaste 30 dagarna, per dag
transparency-period-weeks = De senaste 12 veckorna, per vecka
transparency-period-months = De senaste 12 månaderna, per månad
transparency-range = { $from } till { $to }
transparency-csv = Ladda ner som CSV
transparency-summary = Totalt: { $region }
transparency-notices = Anmälningar
transparency-decisions = Beslut
transparency-median = Mediantid till beslut
transparency-p90 = 90:e percentilen
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Missade tidsfrister
transparency-automated-detection = Upptäckt med automatiserade verktyg
transparency-automated-decision = Beslutat automatiskt
transparency-suspensions = Avstängningar
transparency-appeals = Överklaganden
transparency-reversals = Upphävanden
transparency-over-time = Över tid
transparency-chart-volume = Anmälningar och beslut
transparency-chart-speed = Tid till beslut (timmar)
transparency-breakdown = Fördelning
transparency-chart-notices-category = Anmälningar per kategori
transparency-chart-decisions-action = Beslut per åtgärd
transparency-chart-decisions-category = Beslut per kategori
transparency-chart-ground = Beslut per grund
transparency-chart-source = Anmälningar per källa
transparency-appeals-title = Överklaganden
transparency-chart-appeals = Utfall av överklaganden
transparency-chart-appeals-time = Överklaganden och upphävanden över tid
transparency-appeals-upheld = Bifallna
transparency-appeals-rejected = Avslagna
transparency-appeals-open = Öppna
transparency-orders = Rättsliga förelägganden och granskning
transparency-chart-orders = Rättsliga förelägganden per region
transparency-screening-flagged = Flaggade av granskningen
transparency-screening-decided = Granskade
transparency-screening-confirmed = Bekräftade
transparency-screening-precision = Precision
transparency-none = Inget under den här perioden.
transparency-yes = Ja
transparency-no = Nej
transparency-log = Beslutslogg
transparency-log-intro = Varje beslut, utan uppgifter om anmälare, kreatörer eller moderatorer.
transparency-log-date = Datum
transparency-log-action = Beslut
transparency-log-category = Kategori
transparency-log-ground = Grund
transparency-log-content = Innehåll
transparency-log-detected = Automatisk upptäckt
transparency-log-automated = Automatiskt beslut
transparency-log-scope = Var
transparency-log-source = Källa
transparency-log-reversed = Upphävt
transparency-log-more = Fler beslut
transparency-log-empty = Inga beslut än.
chart-show-table = Visa siffrorna som en tabell
chart-summary-line = Från { $from } till { $to }. Totalt: { $totals }
chart-period = Period
chart-item = Post
chart-value = Antal
notif-statement = Ett modereringsbeslut har fattats om ditt innehåll. Läs varför och hur du överklagar.
notif-report_outcome = En anmälan som du skickat har beslutats.

## Moderation: more codes from the server
action-hold = Pausad för granskning
action-reversed = Upphävd efter överklagande
action-upheld_decision = Fastställd efter överklagande
action-appeal_upheld = Överklagandet bifölls
action-appeal_rejected = Överklagandet avslogs
notice-source-account = Anmälan från ett konto
notice-source-anonymous = Anmälan utan konto (DSA art. 16)
notice-source-screening = Automatisk granskning
notice-source-fingerprint = Träff mot borttaget innehåll
notice-source-legal_order = Rättsligt föreläggande
source-complaint = Ett överklagande
statement-scope-eea = EU och EES (30 länder)
statement-regions = Regioner
statement-reference = Föreläggandets referens
statement-outcome-heading = { $action } · { $date }
error-already_decided = Det här har redan beslutats.
error-appeal_open = Det finns redan ett öppet överklagande av det här beslutet.
error-appeal_closed = Det här beslutet kan inte längre överklagas.
error-account_suspended = Ditt konto är avstängt, så du kan inte göra det nu.
error-account_terminated = Ditt konto är stängt.
error-not_moderator = Du är inte moderator för den här regionen.
video-withheld-own = Din video är inte tillgänglig i: { $places }. Bara du ser det här meddelandet.
item-restrictions = Aktuella begränsningar

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Logga in för att fortsätta
signin-sheet-intro = Logga in för att gilla, kommentera, följa och få ett flöde gjort för dig.
feed-caught-up = Du har sett allt
feed-caught-up-hint = Du har sett alla klipp för tillfället. Hitta fler under Upptäck.
feed-explore = Utforska
clip-creator-profile = Profil för { $handle }
unfollow-handle = Sluta följa { $handle }
clip-progress = Uppspelningsposition
clip-progress-value = { $at } av { $length }
video-edit = Redigera video
video-edit-save = Spara
video-edit-done = Ändringarna sparades
video-delete = Radera video
video-delete-confirm = Radera den här videon för alltid? Dess kommentarer och gillningar försvinner också.
video-delete-done = Videon raderades
back = Tillbaka
cancel = Avbryt
discover-trending = Trendar nu
discover-trending-tags = Trendande hashtaggar

## How the feed works: its stages and parameters
algo-stage-events = Vad flödet lär sig av
algo-stage-model = Smakmodellen
algo-stage-candidates = Var kandidaterna kommer ifrån
algo-stage-exploration = En chans för nya videor
algo-stage-ranking = Rangordning
algo-stage-filters = Vad som filtreras bort
algo-stage-diversity = Variation
algo-stage-non_personalized = Det icke-anpassade flödet
algo-technical = Teknisk beskrivning (på engelska)
algo-param-bias-learning-rate = Hur snabbt en videos egen dragningskraft lärs in
algo-param-expiry-secs = Glöms bort efter en inaktivitet på
algo-param-history-len = Senaste visningar som räknas
algo-param-history-weight = Vikt för senaste visningar
algo-param-init-scale = Startspridning för nya rader
algo-param-item-min-count = Interaktioner innan en video får en egen rad
algo-param-learning-rate = Hur snabbt smak lärs in
algo-param-margin = Marginal mellan gillade och överhoppade videor
algo-param-negative-trials = Videor som prövas för att hitta ett motexempel
algo-param-negatives-per-positive = Motexempel per positiv signal
algo-param-regularization = Regularisering (hindrar modellen från överanpassning)
algo-param-seed = Slumpfrö (för reproducerbarhet)
algo-param-max-age-hours = Nya videor utforskas i
algo-param-min-completion-rate = Sedd till slutet minst
algo-param-min-engagement-rate = Gillningar, kommentarer och delningar per visning minst
algo-param-slots-per-page = Platser per sida för nya videor
algo-param-stages = Publikstorlek i teststegen
algo-param-freshness-hours = En video räknas som ny i
algo-param-trending-half-life-hours = Trender räknas till hälften efter
algo-param-weights = Vikter i rangordningspoängen
algo-param-engagement = Förväntat engagemang
algo-param-exploration = Utforskning
algo-param-following = Konton du följer
algo-param-freshness = Färskhet
algo-param-trending = Trender
algo-param-creator-spacing = Klipp innan samma kreatör igen
algo-param-sound-spacing = Klipp innan samma ljud igen
algo-param-catalog-videos = Videor i katalogen
algo-param-viewers-with-state = Tittare som modellen känner

tile-views = { $count ->
    [one] { $count } visning
   *[other] { $count } visningar
}

## Long press: speed
clip-options = Alternativ
speed-title = Uppspelningshastighet
speed-normal = Normal
speed-value = { $rate }×
speed-set = Spelas i { $rate }×

## Upload: preview, cover, draft
upload-preview = Förhandsvisning av ditt klipp
upload-cover = Omslag
upload-cover-hint = Dra till bildrutan som folk ser innan klippet spelas.
upload-draft-restored = Ditt utkast är tillbaka: bildtext och inställningar som du lämnade dem.
error-invalid_cover = Omslaget måste vara ett ögonblick i klippet.

# Captions and profile photos
clip-captions-on = Slå på undertexter
clip-captions-off = Stäng av undertexter
captions-on = Undertexter på
captions-off = Undertexter av
captions-title = Undertexter
captions-file = Undertextfil (.vtt)
captions-hint = En WebVTT-fil per språk. Alla undertexter måste rymmas inom klippets längd.
captions-language = Undertexternas språk
captions-add = Lägg till undertexter
captions-remove = Ta bort undertexterna på { $language }
captions-remove-short = Ta bort
captions-none = Inga undertexter än.
captions-added = Undertexter på { $language } har lagts till.
captions-removed = Undertexterna på { $language } har tagits bort.
captions-failed = Ditt klipp är publicerat, men undertexterna lades inte till: { $reason } Du kan lägga till dem när du redigerar klippet.
captions-pick-file = Välj en .vtt-fil först.
error-invalid_webvtt = Det här är ingen giltig WebVTT-undertextfil.
error-invalid_language = Välj undertexternas språk.
profile-photo-choose = Profilbild
profile-photo-hint = JPEG, PNG eller WebP, högst 8 MB. Den beskärs till en kvadrat; uppgifter om var och med vad den togs tas bort.
profile-photo-remove = Ta bort bilden
profile-photo-type = Välj en bild i JPEG, PNG eller WebP.
profile-edit-save = Spara profilen
profile-edit-done = Profilen sparades.
error-invalid_photo = Filen är ingen bild som går att läsa.
error-photo_too_small = Bilden är för liten: välj en som är minst 64 pixlar på varje sida.
error-photo_too_large = Bilden är för stor: högst 8 192 pixlar på varje sida.
error-invalid_crop = Den del av bilden som ska behållas måste vara en kvadrat inom bilden.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Andra instanser
fed-intro = Följ personer på andra instanser som talar ActivityPub, till exempel andra Spool-servrar. Deras videor visas i ditt flöde Följer.
fed-teen = Tonårskonton stannar på den här instansen: de kan inte följa eller följas från andra instanser.
fed-address = Adress på en annan instans
fed-address-hint = Som namn@värd, till exempel alex@example.org
fed-follow = Följ
fed-address-invalid = Ange adressen som namn@värd, till exempel alex@example.org.
fed-address-local = Det kontot finns på den här instansen: följ det från dess profil.
fed-not-found = Inget konto { $handle } hittades. Kontrollera adressen.
fed-requested = Följförfrågan skickad till { $handle }.
fed-following = Konton du följer där
fed-following-empty = Du följer ingen på en annan instans än.
fed-pending = Förfrågan skickad
fed-followers = Dina följare där
fed-followers-empty = Ingen på en annan instans följer dig än.
fed-wants-to-follow = Vill följa dig
fed-unfollow = Sluta följa
fed-accept = Godkänn
fed-accept-label = Godkänn följförfrågan från { $handle }
fed-decline = Avböj
fed-decline-label = Avböj följförfrågan från { $handle }
fed-remove = Ta bort
fed-remove-label = Ta bort { $handle } från dina följare
fed-accepted = { $handle } följer dig nu.
fed-declined = Du avböjde förfrågan från { $handle }.
fed-removed = { $handle } följer dig inte längre.
fed-from = Från { $host }
fed-open = Öppna på { $host }
fed-cannot-play = Den här videon kan inte spelas upp här.
comment-remote-remove = Ta bort svaret från { $handle }
fed-shared-by = Delat av { $handle }
reason-remote_instance = Från { $host }, en instans där folk härifrån följer konton
fed-like = Gilla
