# Interfaceteksten van Spool: Nederlands (Project Fluent). Dezelfde berichten als en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — korte video's
app-description = Bekijk, maak en deel korte video's. Je gegevens blijven in je thuisregio.
skip-to-content = Naar de inhoud
loading = Laden…
noscript = Spool heeft JavaScript nodig om video's af te spelen. Zet het aan, of gebruik de API rechtstreeks.
assets-missing = De webclient is niet in deze server ingebouwd. Bouw hem met “npm ci && npm run build” in de map web/ en bouw Spool daarna opnieuw.
title-page = { $page } · Spool
title-not-found = Niet gevonden · Spool
not-found = Deze pagina bestaat niet.
close = Sluiten

## Navigation
nav-label = Hoofdmenu
nav-home = Home
nav-discover = Ontdekken
nav-upload = Uploaden
nav-inbox = Inbox
nav-profile = Profiel
nav-unread = { $count ->
    [one] { $count } ongelezen melding
   *[other] { $count } ongelezen meldingen
}

## Feed
feed-tabs = Feeds
feed-for-you = Voor jou
feed-following = Volgend
feed-personalized = Gepersonaliseerd
feed-mode-hint = Als dit uit staat, gebruikt de feed geen profilering: je ziet wat populair en nieuw is in je regio en taal.
feed-mode-personalized = Gepersonaliseerde feed aan
feed-mode-non-personalized = Gepersonaliseerde feed uit: er wordt niet geprofileerd
feed-empty = Nog niets te zien. Upload de eerste clip of zoek iets.
feed-following-empty = Geen nieuwe clips van de accounts die je volgt.
feed-login = Log in om clips te zien van de accounts die je volgt.
feed-unavailable = De feed is nog niet beschikbaar op deze server. Probeer te zoeken of open een profiel.
video-title = Video
video-processing = Bezig met verwerken…
video-failed = Verwerken mislukt
clip-video-label = Video van { $handle }
clip-loading = De video wordt geladen
clip-unmute = Geluid aan
clip-mute = Geluid uit
clip-play = Afspelen
clip-pause = Pauzeren
clip-actions = Acties voor de video van { $handle }
clip-like = { $count ->
    [one] Vind ik leuk ({ $count } like)
   *[other] Vind ik leuk ({ $count } likes)
}
clip-comments = { $count ->
    [one] Reacties ({ $count } reactie)
   *[other] Reacties ({ $count } reacties)
}
clip-share = { $count ->
    [one] Delen ({ $count } keer gedeeld)
   *[other] Delen ({ $count } keer gedeeld)
}
clip-more = Meer opties
clip-sound = Origineel geluid – { $handle }
clip-duet-of = Duet: bekijk het origineel
clip-stitch-of = Stitch: bekijk het origineel
follow-handle = { $handle } volgen
follow-requested = Aangevraagd
follow-done = Je volgt { $handle } nu
unfollow-done = Je volgt { $handle } niet meer
login-needed = Log eerst in.
share-title = Delen
share-link = Link naar deze video
share-copy = Link kopiëren
share-copied = Link gekopieerd
not-interested = Niet geïnteresseerd
not-interested-done = Begrepen: je ziet minder clips zoals deze.
open-sound = Geluid openen
make-duet = Duet maken
make-stitch = Deze video stitchen
why-title = Waarom deze video?
why-none = Deze clip is rechtstreeks geopend, niet door de feed gekozen.
why-explainer = De feed kiest clips volgens gepubliceerde regels. Je kunt personalisatie op elk moment uitzetten.
algorithm-link = Hoe de feed werkt

## Reasons
reason-follows_creator = Je volgt { $handle }
reason-topic = Je kijkt clips over { $hashtag }
reason-similar_to_liked = Lijkt op clips die je leuk vond
reason-taste_match = Past bij wat je meestal kijkt
reason-trending_region = Populair in je regio ({ $region })
reason-trending_language = Populair in je taal ({ $language })
reason-new_video_test_audience = Een nieuwe clip, getoond aan een klein testpubliek
reason-fresh = Net geplaatst
reason-sound = Gebruikt het geluid “{ $sound }”
reason-seen_before = Je hebt alle nieuwe clips gezien; bekijk deze nog eens

## Comments
comments-title = { $count ->
    [one] { $count } reactie
   *[other] { $count } reacties
}
comments-empty = Nog geen reacties. Wees de eerste.
comments-more = Meer reacties
comments-off = Reacties staan uit voor deze video.
comment-add = Reactie toevoegen
comment-send = Plaatsen
comment-sent = Reactie geplaatst
comment-reply = Beantwoorden
comment-reply-to = Antwoord aan { $handle }
comment-cancel-reply = Antwoord annuleren
comment-replies = { $count ->
    [one] { $count } antwoord bekijken
   *[other] { $count } antwoorden bekijken
}
comment-like = { $count ->
    [one] Reactie leuk vinden ({ $count } like)
   *[other] Reactie leuk vinden ({ $count } likes)
}
comment-pinned = Vastgezet
comment-login = Log in om te reageren

## Reports
report = Melden
report-intro = Vertel ons wat er mis is. Een moderator bekijkt elke melding en je krijgt antwoord.
report-category = Reden
report-note = Details (optioneel)
report-note-hint = Waar moet de moderator naar kijken?
report-send = Melding versturen

## Upload
upload-title = Uploaden
upload-file = Videobestand
upload-file-hint = 1 seconde tot 10 minuten. Het uploaden begint meteen en gaat verder als de verbinding wegvalt.
upload-progress-label = Voortgang van de upload
upload-progress = { $percent } % ({ $sent } van { $total } bytes)
upload-done = Upload voltooid
upload-error = Het uploaden is mislukt. Probeer het opnieuw.
upload-pause = Pauzeren
upload-resume = Hervatten
upload-caption = Bijschrift
upload-caption-hint = Typ # voor hashtags en @ om iemand te noemen.
upload-visibility = Wie mag kijken
visibility-public = Iedereen
visibility-followers = Volgers
visibility-private = Alleen ik
upload-allow = Anderen toestaan om
upload-allow-comments = Te reageren
upload-allow-duet = Een duet te maken
upload-allow-stitch = Te stitchen
upload-sound = Geluid (optioneel)
upload-sound-search = Zoek een geluid
upload-sound-none = Je clip houdt zijn eigen geluid.
upload-sound-chosen = Geluid: { $title }
upload-sound-clear = Mijn eigen geluid gebruiken
upload-duet = Duet met { $handle }
upload-stitch = Stitch van de video van { $handle }
upload-post = Plaatsen
upload-pick-first = Kies eerst een videobestand.
upload-waiting = Upload wordt afgerond…
upload-processing = Je video wordt verwerkt… Dit duurt ongeveer zo lang als de clip.
upload-ready = Je video is klaar!
upload-watch = Bekijken
upload-to-profile = Naar je profiel
suggestions = Suggesties
suggestions-count = { $count ->
    [one] { $count } suggestie. Kies met de pijltjes omhoog en omlaag.
   *[other] { $count } suggesties. Kies met de pijltjes omhoog en omlaag.
}

## Profiles, hashtags, sounds
profile-not-found = Dit account bestaat niet.
profile-edit = Profiel bewerken
profile-follow = Volgen
profile-following = Volgend
profile-private = Privé
profile-private-body = Dit account is privé. Volg het om de video's te zien.
profile-following-count = Volgend
profile-followers-count = Volgers
profile-likes-count = Likes
profile-videos-count = Video's
profile-videos = Video's
profile-empty = Nog geen video's.
profile-empty-own = Je hebt nog niets geplaatst. Je clips verschijnen hier.
tile-label = { $caption } — door { $handle }
tile-label-plain = Video van { $handle }
hashtag-count = { $count ->
    [one] { $count } video
   *[other] { $count } video's
}
hashtag-empty = Nog geen openbare video's met deze hashtag.
sound-title = Geluid
sound-listen = Luister naar { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } video
   *[other] { $count } video's
}
sound-use = Dit geluid gebruiken
sound-original = Originele video
sound-sort = Video's sorteren
sound-newest = Nieuwste
sound-popular = Populair
sound-empty = Nog geen video's met dit geluid.

## Search
search-title = Ontdekken
search-label = Zoeken
search-placeholder = Zoek accounts, video's, #hashtags, geluiden
search-submit = Zoeken
search-types = Wat zoeken
search-videos = Video's
search-accounts = Accounts
search-hashtags = Hashtags
search-sounds = Geluiden
search-results = Resultaten
search-hint = Typ een woord, een #hashtag of een @gebruikersnaam.
search-empty = Niets gevonden voor “{ $query }”.
search-followers = { $count ->
    [one] { $count } volger
   *[other] { $count } volgers
}

## Inbox
inbox-title = Inbox
inbox-requests = Volgverzoeken
inbox-activity = Activiteit
inbox-empty = Nog geen meldingen.
inbox-unread = Ongelezen:
request-accept = Accepteren
request-decline = Weigeren
request-accepted = { $handle } kan je video's nu zien
request-declined = Verzoek van { $handle } geweigerd
notif-like = { $count ->
    [one] { $actor } vond je video leuk
   *[other] { $count } mensen vonden je video leuk
}
notif-comment = { $others ->
    [0] { $actor } reageerde op je video
    [one] { $actor } en 1 ander reageerden op je video
   *[other] { $actor } en { $others } anderen reageerden op je video
}
notif-reply = { $actor } antwoordde op je reactie
notif-mention = { $actor } noemde je
notif-follow = { $count ->
    [one] { $actor } volgt je nu
   *[other] { $count } nieuwe volgers
}
notif-follow_request = { $actor } wil je volgen
notif-follow_accepted = { $actor } heeft je volgverzoek geaccepteerd
notif-comment_like = { $others ->
    [0] { $actor } vond je reactie leuk
    [one] { $actor } en 1 ander vonden je reactie leuk
   *[other] { $actor } en { $others } anderen vonden je reactie leuk
}
notif-duet = { $actor } maakte een duet met je video
notif-stitch = { $actor } heeft je video gestitcht

## Settings
settings-title = Instellingen
settings-save = Opslaan
settings-saved = Opgeslagen
settings-profile = Profiel
settings-privacy = Privacy
settings-private = Privéaccount
settings-private-hint = Alleen volgers die je goedkeurt kunnen je video's zien.
settings-who-comment = Wie mag reageren op je video's
settings-who-duet = Wie mag een duet maken met je video's
settings-who-stitch = Wie mag je video's stitchen
policy-everyone = Iedereen
policy-followers = Volgers
policy-nobody = Niemand
settings-liked-public = Toon de video's die ik leuk vind op mijn profiel
settings-teen = Je account is een tieneraccount: sommige instellingen zijn strenger.
settings-feed = Feed
settings-reset-recommendations = Mijn aanbevelingen resetten
settings-reset-done = Je aanbevelingen zijn gereset.
settings-language = Taal
settings-language-label = Taal van de interface
settings-language-hint = Standaard volgt Spool de taal van je browser.
settings-data = Je gegevens
settings-data-intro = Download alles wat Spool over je bewaart, en zie welke medewerkers het hebben ingezien en waarom.
settings-export = Mijn gegevens downloaden
settings-region = Thuisregio
settings-region-now = Je gegevens worden bewaard in: { $region }
settings-region-intro = Je persoonsgegevens staan alleen in je thuisregio. Je kunt ze naar een andere verhuizen.
settings-move-to = Nieuwe thuisregio
settings-move = Mijn gegevens verhuizen
settings-move-confirm = Al je persoonsgegevens naar { $region } verhuizen?
settings-move-done = Je gegevens zijn verhuisd.
settings-account = Account
settings-signed-in = Ingelogd als { $handle }
settings-logout = Uitloggen
settings-delete = Account verwijderen
settings-delete-intro = Dit verwijdert je account, je video's en al je gegevens voorgoed. Dit kan niet ongedaan worden gemaakt.
settings-delete-confirm = Je account en alles erin voorgoed verwijderen?
settings-sessions = Sessies
settings-sessions-intro = De apparaten waarop je bent ingelogd. Log uit op apparaten die je niet herkent.
settings-sessions-logout-others = Overal elders uitloggen
settings-sessions-ended = { $count ->
    [one] Uitgelogd uit { $count } andere sessie.
   *[other] Uitgelogd uit { $count } andere sessies.
}
session-device = { $browser } op { $os }
session-device-unknown = Onbekend apparaat
session-current = Dit apparaat
session-times = Ingelogd { $created } · laatst actief { $used }
session-logout = Uitloggen
session-logout-label = { $device } uitloggen
settings-password = Wachtwoord wijzigen
settings-password-done = Je wachtwoord is gewijzigd. Alle andere sessies zijn uitgelogd.
field-current-password = Huidig wachtwoord
field-new-password = Nieuw wachtwoord
access-title = Toegang tot mijn gegevens
access-intro = Elke keer dat een medewerker je persoonsgegevens opent, wordt dat vastgelegd met een schriftelijke motivering. Dit is de volledige lijst.
access-empty = Geen enkele medewerker heeft je gegevens ingezien.
access-unavailable = Het toegangslogboek is nog niet beschikbaar op deze server.
access-when = Wanneer
access-staff = Medewerker
access-role = Rol
access-action = Wat er gedaan is
access-justification = Motivering
access-reference = Referentie
algorithm-title = Hoe de feed werkt
algorithm-intro = De Voor jou-feed van Spool is open voor inspectie: de code, de gewichten en de redenen voor elke clip zijn gepubliceerd.
algorithm-sources = Kandidaten komen van accounts die je volgt, clips die lijken op wat je leuk vond, wat populair is in je regio en taal, en nieuwe clips die aan een klein testpubliek worden getoond.
algorithm-signals = De feed leert van wat je doet: hoe lang je kijkt, herhalingen, overslaan, likes, delen, reacties, volgen en “Niet geïnteresseerd”.
algorithm-filters = Hij laat weg wat je al gezien hebt, geblokkeerde accounts en verwijderde video's, en wisselt onderwerpen en makers af.
algorithm-control = Je kunt personalisatie uitzetten, resetten wat hij geleerd heeft, en bij elke clip vragen “waarom deze video?”.
algorithm-published = Gepubliceerde beschrijving
algorithm-unavailable = De gepubliceerde beschrijving is nog niet beschikbaar op deze server.

## Log in and sign up
login-title = Inloggen
login-submit = Inloggen
login-no-account = Nog geen account?
signup-title = Registreren
signup-intro = Je persoonsgegevens worden alleen bewaard in de thuisregio die je kiest.
signup-submit = Account aanmaken
signup-have-account = Heb je al een account?
field-handle = Gebruikersnaam
field-handle-hint = 2 tot 24 letters, cijfers, _ of .
field-display-name = Weergavenaam (optioneel)
field-password = Wachtwoord
field-password-hint = Minstens 8 tekens.
field-birth-date = Geboortedatum
field-birth-date-hint = Je moet minstens 13 zijn. Accounts van jongeren onder de 18 zijn standaard privé.
field-region = Thuisregio
field-region-hint = Waar je persoonsgegevens worden bewaard.
field-email = E-mail (optioneel)
field-email-hint = Alleen gebruikt om je te helpen je account terug te krijgen.
field-bio = Bio

## Errors
error-network = De server is niet bereikbaar. Controleer je verbinding.
error-internal = Er ging iets mis. Probeer het opnieuw.
error-unauthenticated = Log eerst in.
error-invalid_credentials = Verkeerde gebruikersnaam of wachtwoord.
error-too_young = Je moet minstens 13 jaar oud zijn om Spool te gebruiken.
error-csrf_rejected = Je sessie is verlopen. Laad de pagina opnieuw.
error-forbidden = Je mag dat niet doen.
error-comments_off = Reacties staan uit voor deze video.
error-remix_off = De maker staat dit niet toe.
error-not_found = Niet gevonden.
error-handle_taken = Deze gebruikersnaam is al in gebruik.
error-rate_limited = Te veel pogingen. Wacht even en probeer het opnieuw.
error-invalid_handle = Gebruik 2 tot 24 letters, cijfers, _ of .
error-handle_reserved = Deze gebruikersnaam is gereserveerd.
error-invalid_password = Het wachtwoord moet 8 tot 128 tekens lang zijn.
error-invalid_email = Dit e-mailadres lijkt niet te kloppen.
error-invalid_birth_date = Vul een geldige geboortedatum in.
error-invalid_display_name = De weergavenaam is hoogstens 50 tekens.
error-invalid_bio = De bio is hoogstens 160 tekens.
error-invalid_caption = Het bijschrift is hoogstens 2.200 tekens.
error-invalid_comment = Een reactie is 1 tot 500 tekens.
error-unknown_region = Kies een van de vermelde regio's.
error-empty_file = Het bestand is leeg.
error-not_media = Dit bestand is geen video.
error-no_video_stream = Dit bestand bevat geen beeld.
error-still_image = Dit is een stilstaand beeld, geen video.
error-too_short = De video is te kort (minstens 1 seconde).
error-too_long = De video is te lang (hoogstens 10 minuten).
error-too_large = De video is te groot.
error-unsupported_codec = Dit videoformaat wordt niet ondersteund.
error-transcode_failed = De video kon niet worden verwerkt.
error-wrong_password = Het huidige wachtwoord is onjuist.
error-quota_exceeded = Je opslag is vol. Verwijder video's of onvoltooide uploads om ruimte te maken.
error-bad_request = Het verzoek kon niet worden gelezen.

## Moderation: reports
report-title-video = Deze video melden
report-title-comment = Deze reactie melden
report-title-account = Dit account melden
report-category-choose = Kies een reden
report-category-hate_speech = Haatzaaiende uitlatingen
report-category-harassment = Intimidatie en pesten
report-category-violent_extremism = Gewelddadig extremisme
report-category-disinformation = Misleidende informatie en desinformatie
report-category-child_safety = Veiligheid van kinderen
report-category-self_harm = Zelfbeschadiging en eetstoornissen
report-category-illegal_goods = Illegale goederen en diensten
report-category-scams = Oplichting en fraude
report-category-spam = Spam
report-category-intellectual_property = Intellectueel eigendom
report-category-other = Iets anders
report-dsa-legend = Over jou
report-dsa-intro = Je bent niet ingelogd, dus dit is een melding volgens artikel 16 van de Europese digitaledienstenverordening (DSA). We hebben je naam en e-mailadres nodig om haar te behandelen; de persoon die je meldt hoort nooit wie je bent.
report-name = Je naam
report-email = Je e-mailadres
report-email-hint = We sturen de uitkomst hierheen.
report-good-faith = Ik verklaar te goeder trouw dat de informatie in deze melding juist en volledig is.
report-login-instead = Heb je een account?
report-sent = Bedankt. Je melding is verstuurd en een moderator gaat haar bekijken.
report-duplicate = Je hebt dit al gemeld. Je eerdere melding telt nog; je hoeft haar niet opnieuw te sturen.
report-receipt-intro = Bewaar dit ontvangstbewijs: daarmee kun je opzoeken wat er besloten is.
report-receipt = Je ontvangstbewijs
report-receipt-hint = Meldingsnummer { $id }
report-receipt-copy = Ontvangstbewijs kopiëren
report-receipt-copied = Ontvangstbewijs gekopieerd.
report-check-later = Deze melding later bekijken
report-follow-up = Je hoort de uitkomst. Je kunt haar ook volgen in
report-outcome = Besloten op { $date }: { $action }
report-outcome-policy = Toegepaste regel: { $policy }
report-state-open = Wacht op beoordeling
report-state-decided = Besloten
comment-report = De reactie van { $handle } melden
profile-report = Melden
profile-withheld = Dit account is niet beschikbaar waar jij bent.
label-panel = Informatie
label-more = Meer weten
video-age-restricted = Leeftijdsbeperking
video-held = Vastgehouden
video-held-own = Je video wordt vastgehouden: hij komt overeen met inhoud die eerder is verwijderd. Een moderator gaat hem bekijken.
video-removed-own = Je video is door een moderator verwijderd. Alleen jij ziet deze melding.
video-reduced-own = Je video wordt na een moderatiebesluit niet aanbevolen in feeds. Alleen jij ziet deze melding.
video-withheld = Deze video is niet beschikbaar waar jij bent.
status-link = Bekijk waarom, en hoe je bezwaar maakt

## Moderation: actions, targets, grounds
action-no_violation = Geen overtreding
action-remove = Verwijderd
action-age_restrict = Leeftijdsbeperking
action-restrict_regions = Beperkt in sommige regio's
action-label = Informatielabel toegevoegd
action-reduce_distribution = Minder verspreid
action-suspend = Account geschorst
action-terminate = Account gesloten
target-video = Video
target-comment = Reactie
target-account = Account
ground-illegal = Illegale inhoud
ground-incompatible = In strijd met de communityrichtlijnen
source-notice = Een melding van iemand die het rapporteerde
source-trusted-flagger = Een melding van een betrouwbare flagger
source-own-initiative = Spools eigen controle
decision-reversed = Teruggedraaid

## Account status and statements of reasons
status-title = Accountstatus
settings-status-intro = Besluiten over je inhoud, je bezwaren en de meldingen die je hebt verstuurd.
settings-about = Over Spool
status-standing = Je account
status-good = Je account is in orde.
status-suspended = Je account is geschorst.
status-suspended-until = Je account is geschorst tot { $date }.
status-terminated = Je account is gesloten. Je kunt de besluiten nog lezen en bezwaar maken.
status-strikes = { $count ->
    [one] { $count } waarschuwing van { $threshold }
   *[other] { $count } waarschuwingen van { $threshold }
}
status-strikes-hint = Elk besluit tegen je inhoud is een waarschuwing. Bij de grens wordt het account geschorst. Oude waarschuwingen vervallen.
status-history = Eerdere besluiten
status-statements = Besluiten en hun motivering
status-statements-intro = Bij elk besluit sturen we een motivering: wat er besloten is, op grond van welke regel, en hoe je bezwaar maakt.
status-no-statements = Geen besluiten over je inhoud.
status-my-reports = Mijn meldingen
status-no-reports = Je hebt niets gemeld.
status-receipt-title = Je melding
statement-heading = { $action } · { $date }
statement-decision = Besluit
statement-content = Inhoud
statement-facts = Wat we vonden
statement-policy = Regel
statement-ground-illegal = We beschouwen de inhoud als illegaal.
statement-ground-incompatible = De inhoud is in strijd met onze communityrichtlijnen.
statement-legal-ground = Rechtsgrond: { $ground }
statement-policy-ground = Richtlijn: { $ground }
statement-label = Getoond label
statement-detection = Hoe het gevonden is
statement-detected-auto = Met geautomatiseerde middelen
statement-detected-human = Zonder geautomatiseerde middelen
statement-automated = Hoe er besloten is
statement-decided-auto = Door een geautomatiseerd systeem
statement-decided-human = Door een mens, niet automatisch
statement-source = Wat de beoordeling startte
statement-scope = Waar het geldt
statement-scope-everywhere = Overal
statement-duration = Hoe lang
statement-duration-until = Van { $from } tot { $until }
statement-duration-open = Vanaf { $from }, zonder einddatum
statement-account-suspended = Je account is geschorst.
statement-account-terminated = Je account is gesloten.
statement-appeal = Bezwaar
statement-appeal-until = Je kunt bezwaar maken tot { $date }. Een andere moderator beoordeelt het.
statement-appeal-possible = Je kunt bezwaar maken. Een andere moderator beoordeelt het.
statement-appeal-closed = Tegen dit besluit kun je hier geen bezwaar meer maken. Je kunt nog naar een gecertificeerde instantie voor buitengerechtelijke geschillenbeslechting of naar de rechter.
statement-appeal-open = Je bezwaar wordt beoordeeld.
statement-appeal-upheld = Je bezwaar is aanvaard: het besluit is teruggedraaid.
statement-appeal-rejected = Je bezwaar is beoordeeld en het besluit blijft staan.
statement-technical = Technische details (zoals verstuurd naar de EU-transparantiedatabank)
appeal-text = Waarom zou het besluit moeten veranderen?
appeal-text-hint = Leg uit wat de moderator misschien heeft gemist. Je kunt context of links toevoegen.
appeal-send = Bezwaar versturen
appeal-sent = Je bezwaar is verstuurd. Een andere moderator beoordeelt het en je krijgt een nieuwe motivering.
appeal-exists = Je hebt al een openstaand bezwaar tegen dit besluit.

## Moderator console
mod-title = Moderatie
mod-region = Regio
mod-region-hint = De wachtrij van de regio die je modereert.
mod-not-moderator = Je bent geen moderator van deze regio.
queue-title = Beoordelingswachtrij: { $region }
queue-refresh = Vernieuwen
queue-empty = De wachtrij is leeg.
queue-count = { $count ->
    [one] { $count } item, meest dringende eerst
   *[other] { $count } items, meest dringende eerst
}
queue-kind-notice = Melding
queue-kind-appeal = Bezwaar
queue-kind-match = Overeenkomst
queue-severity = Ernst
queue-notices = Meldingen
queue-reach = Weergaven (24 u)
queue-detection = Gevonden door
queue-automated = Automatische detectie
queue-human = Mensen
queue-due = Uiterlijk { $time }
queue-overdue = Te laat: de termijn was { $time }
queue-claimed-mine = Door jou geclaimd; de claim loopt af { $time }
queue-claimed-other = Geclaimd door een andere moderator
queue-claim = Claimen
queue-claim-done = Geclaimd. Het is de komende minuten van jou.
queue-open = Beoordelen
item-title = Beoordeling
item-heading = Beoordeling: { $category }
item-back = Terug naar de wachtrij
item-decided = Besloten
item-context = De inhoud
item-player = De gemelde video
item-caption = Bijschrift
item-sound = Geluid
item-state = Status
item-remixes = Remixen
item-none = Geen
item-open-video = Videopagina
item-open-video-link = De video openen
item-comment-text = Reactie
item-comment-video = Bij de video
item-account = Account
item-detection = Automatische detectie
item-notices = { $count ->
    [one] { $count } melding
   *[other] { $count } meldingen
}
item-history = Eerdere besluiten over dit account
item-history-none = Geen eerdere besluiten.
item-appeal = Het bezwaar
item-appeal-decision = Het besluit waartegen bezwaar is gemaakt
decide-title = Besluit
decide-action = Maatregel
decide-policy = Regel
decide-policy-category = Algemene regel: { $category }
decide-legal-ground = Rechtsgrond: { $ground }
decide-facts = Feiten
decide-facts-hint = Wat je vond, in gewone woorden. De maker leest dit.
decide-restrict = Waar beperken
decide-restrict-hint = Kies regio's, landen of beide. Een wettelijk bevel heeft zijn referentie nodig.
decide-regions = Regio's
decide-countries = Landen
decide-countries-hint = Landcodes van twee letters, gescheiden door komma's (DE, AT).
decide-reference = Referentie (bevel van rechter of autoriteit)
decide-reference-hint = Optioneel. Getoond aan kijkers die de inhoud niet kunnen zien.
decide-restrict-empty = Kies minstens één regio of land.
decide-label = Informatielabel
decide-label-text = Tekst van het label
decide-label-url = Link naar meer informatie
decide-suspend = Schorsing
decide-days = Dagen
decide-days-hint = 1 tot 365.
decide-submit = Besluiten
decide-done = Besluit vastgelegd: { $action }. De motivering is verstuurd.
appeal-decide-title = Over het bezwaar beslissen
appeal-outcome = Uitkomst
appeal-outcome-upheld = Bezwaar aanvaarden
appeal-outcome-upheld-hint = Het besluit wordt meteen teruggedraaid en de inhoud of het account wordt hersteld.
appeal-outcome-rejected = Bezwaar afwijzen
appeal-outcome-rejected-hint = Het besluit blijft staan.
appeal-decide-submit = Over het bezwaar beslissen
appeal-decided-upheld = Bezwaar aanvaard: het besluit is teruggedraaid. Er is een nieuwe motivering verstuurd.
appeal-decided-rejected = Bezwaar afgewezen: het besluit blijft staan. Er is een nieuwe motivering verstuurd.
error-claimed = Een andere moderator heeft dit item geclaimd.
error-same_moderator = De moderator die het besluit nam, kan niet over het bezwaar beslissen.

## Transparency report
transparency-title = Transparantie
transparency-intro = Hoe moderatie op Spool werkt, in cijfers: meldingen, besluiten, hoe snel ze genomen zijn, bezwaren en terugdraaiingen. Er worden geen persoonsgegevens getoond.
transparency-region = Regio
transparency-all-regions = Alle regio's
transparency-period = Periode
transparency-period-days = Laatste 30 dagen, per dag
transparency-period-weeks = Laatste 12 weken, per week
transparency-period-months = Laatste 12 maanden, per maand
transparency-range = { $from } tot { $to }
transparency-csv = Downloaden als CSV
transparency-summary = In totaal: { $region }
transparency-notices = Meldingen
transparency-decisions = Besluiten
transparency-median = Mediane tijd tot besluit
transparency-p90 = 90e percentiel
transparency-hours = { $hours } u
transparency-hours-unit = u
transparency-deadline-misses = Gemiste termijnen
transparency-automated-detection = Gevonden met geautomatiseerde middelen
transparency-automated-decision = Automatisch besloten
transparency-suspensions = Schorsingen
transparency-appeals = Bezwaren
transparency-reversals = Terugdraaiingen
transparency-over-time = In de loop van de tijd
transparency-chart-volume = Meldingen en besluiten
transparency-chart-speed = Tijd tot besluit (uren)
transparency-breakdown = Uitsplitsing
transparency-chart-notices-category = Meldingen per categorie
transparency-chart-decisions-action = Besluiten per maatregel
transparency-chart-decisions-category = Besluiten per categorie
transparency-chart-ground = Besluiten per grond
transparency-chart-source = Meldingen per bron
transparency-appeals-title = Bezwaren
transparency-chart-appeals = Uitkomsten van bezwaren
transparency-chart-appeals-time = Bezwaren en terugdraaiingen in de tijd
transparency-appeals-upheld = Aanvaard
transparency-appeals-rejected = Afgewezen
transparency-appeals-open = Open
transparency-orders = Wettelijke bevelen en screening
transparency-chart-orders = Wettelijke bevelen per regio
transparency-screening-flagged = Gemarkeerd door screening
transparency-screening-decided = Beoordeeld
transparency-screening-confirmed = Bevestigd
transparency-screening-precision = Precisie
transparency-none = Niets in deze periode.
transparency-yes = Ja
transparency-no = Nee
transparency-log = Logboek van besluiten
transparency-log-intro = Elk besluit, zonder de gegevens van melders, makers of moderatoren.
transparency-log-date = Datum
transparency-log-action = Besluit
transparency-log-category = Categorie
transparency-log-ground = Grond
transparency-log-content = Inhoud
transparency-log-detected = Automatische detectie
transparency-log-automated = Automatisch besluit
transparency-log-scope = Waar
transparency-log-source = Bron
transparency-log-reversed = Teruggedraaid
transparency-log-more = Meer besluiten
transparency-log-empty = Nog geen besluiten.
chart-show-table = De cijfers als tabel tonen
chart-summary-line = Van { $from } tot { $to }. Totalen: { $totals }
chart-period = Periode
chart-item = Onderdeel
chart-value = Aantal
notif-statement = Er is een moderatiebesluit genomen over je inhoud. Lees waarom, en hoe je bezwaar maakt.
notif-report_outcome = Er is besloten over een melding die je hebt verstuurd.

## Moderation: more codes from the server
action-hold = Vastgehouden voor beoordeling
action-reversed = Teruggedraaid na bezwaar
action-upheld_decision = Gehandhaafd na bezwaar
action-appeal_upheld = Bezwaar aanvaard
action-appeal_rejected = Bezwaar afgewezen
notice-source-account = Melding van een account
notice-source-anonymous = Melding zonder account (DSA art. 16)
notice-source-screening = Automatische screening
notice-source-fingerprint = Overeenkomst met verwijderde inhoud
notice-source-legal_order = Wettelijk bevel
source-complaint = Een bezwaar
statement-scope-eea = De EU en de EER (30 landen)
statement-regions = Regio's
statement-reference = Referentie van het bevel
statement-outcome-heading = { $action } · { $date }
error-already_decided = Hierover is al besloten.
error-appeal_open = Er loopt al een bezwaar tegen dit besluit.
error-appeal_closed = Tegen dit besluit kan geen bezwaar meer worden gemaakt.
error-account_suspended = Je account is geschorst, dus je kunt dit nu niet doen.
error-account_terminated = Je account is gesloten.
error-not_moderator = Je bent geen moderator van deze regio.
video-withheld-own = Je video is niet beschikbaar in: { $places }. Alleen jij ziet deze melding.
item-restrictions = Huidige beperkingen

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Log in om verder te gaan
signin-sheet-intro = Log in om te liken, te reageren, te volgen en een feed op maat te krijgen.
feed-caught-up = Je bent helemaal bij
feed-caught-up-hint = Je hebt voorlopig alle clips gezien. Vind meer bij Ontdekken.
feed-explore = Verkennen
clip-creator-profile = Profiel van { $handle }
unfollow-handle = { $handle } ontvolgen
clip-progress = Afspeelpositie
clip-progress-value = { $at } van { $length }
video-edit = Video bewerken
video-edit-save = Opslaan
video-edit-done = Wijzigingen opgeslagen
video-delete = Video verwijderen
video-delete-confirm = Deze video voorgoed verwijderen? De reacties en likes gaan mee.
video-delete-done = Video verwijderd
back = Terug
cancel = Annuleren
discover-trending = Nu populair
discover-trending-tags = Populaire hashtags

## How the feed works: its stages and parameters
algo-stage-events = Waar de feed van leert
algo-stage-model = Het smaakmodel
algo-stage-candidates = Waar kandidaten vandaan komen
algo-stage-exploration = Een kans voor nieuwe video's
algo-stage-ranking = Rangschikking
algo-stage-filters = Wat eruit wordt gefilterd
algo-stage-diversity = Afwisseling
algo-stage-non_personalized = De niet-gepersonaliseerde feed
algo-technical = Technische beschrijving (Engels)
algo-param-bias-learning-rate = Hoe snel de eigen aantrekkingskracht van een video wordt geleerd
algo-param-expiry-secs = Vergeten na een inactiviteit van
algo-param-history-len = Recente weergaven die meetellen
algo-param-history-weight = Gewicht van recente weergaven
algo-param-init-scale = Beginspreiding van nieuwe rijen
algo-param-item-min-count = Interacties voordat een video een eigen rij krijgt
algo-param-learning-rate = Hoe snel smaak wordt geleerd
algo-param-margin = Marge tussen gelikete en overgeslagen video's
algo-param-negative-trials = Video's geprobeerd bij het zoeken naar een tegenvoorbeeld
algo-param-negatives-per-positive = Tegenvoorbeelden per positief signaal
algo-param-regularization = Regularisatie (voorkomt dat het model overfit)
algo-param-seed = Willekeurige seed (voor reproduceerbaarheid)
algo-param-max-age-hours = Nieuwe video's worden verkend gedurende
algo-param-min-completion-rate = Minstens tot het einde bekeken
algo-param-min-engagement-rate = Minstens likes, reacties en delen per weergave
algo-param-slots-per-page = Plaatsen per pagina voor nieuwe video's
algo-param-stages = Publieksgrootte van de testfasen
algo-param-freshness-hours = Een video telt als nieuw gedurende
algo-param-trending-half-life-hours = Populariteit telt half na
algo-param-weights = Gewichten van de rangschikkingsscore
algo-param-engagement = Verwachte betrokkenheid
algo-param-exploration = Verkenning
algo-param-following = Accounts die je volgt
algo-param-freshness = Versheid
algo-param-trending = Populariteit
algo-param-creator-spacing = Clips voordat dezelfde maker terugkomt
algo-param-sound-spacing = Clips voordat hetzelfde geluid terugkomt
algo-param-catalog-videos = Video's in de catalogus
algo-param-viewers-with-state = Kijkers die het model kent

tile-views = { $count ->
    [one] { $count } weergave
   *[other] { $count } weergaven
}

## Long press: speed
clip-options = Opties
speed-title = Afspeelsnelheid
speed-normal = Normaal
speed-value = { $rate }×
speed-set = Speelt af op { $rate }×

## Upload: preview, cover, draft
upload-preview = Voorbeeld van je clip
upload-cover = Omslag
upload-cover-hint = Schuif naar het beeld dat mensen zien voordat de clip begint.
upload-draft-restored = Je concept is terug: bijschrift en instellingen zoals je ze achterliet.
error-invalid_cover = De omslag moet een moment uit de clip zijn.

# Captions and profile photos
clip-captions-on = Ondertiteling aanzetten
clip-captions-off = Ondertiteling uitzetten
captions-on = Ondertiteling aan
captions-off = Ondertiteling uit
captions-title = Ondertiteling
captions-file = Ondertitelingsbestand (.vtt)
captions-hint = Eén WebVTT-bestand per taal. Alle ondertitels moeten binnen de duur van de clip vallen.
captions-language = Taal van de ondertiteling
captions-add = Ondertiteling toevoegen
captions-remove = Ondertiteling in het { $language } verwijderen
captions-remove-short = Verwijderen
captions-none = Nog geen ondertiteling.
captions-added = Ondertiteling in het { $language } toegevoegd.
captions-removed = Ondertiteling in het { $language } verwijderd.
captions-failed = Je clip is geplaatst, maar de ondertiteling is niet toegevoegd: { $reason } Je kunt die toevoegen via het bewerkscherm van de clip.
captions-pick-file = Kies eerst een .vtt-bestand.
error-invalid_webvtt = Dit is geen geldig WebVTT-ondertitelingsbestand.
error-invalid_language = Kies de taal van de ondertiteling.
profile-photo-choose = Profielfoto
profile-photo-hint = JPEG, PNG of WebP, maximaal 8 MB. De foto wordt vierkant bijgesneden; gegevens over waar en waarmee hij is gemaakt, worden verwijderd.
profile-photo-remove = Foto verwijderen
profile-photo-type = Kies een JPEG-, PNG- of WebP-afbeelding.
profile-edit-save = Profiel opslaan
profile-edit-done = Profiel opgeslagen.
error-invalid_photo = Dit bestand is geen leesbare afbeelding.
error-photo_too_small = De foto is te klein: kies er een van minstens 64 pixels aan elke kant.
error-photo_too_large = De foto is te groot: hoogstens 8192 pixels aan elke kant.
error-invalid_crop = Het deel van de foto dat je wilt houden, moet een vierkant binnen de foto zijn.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Andere instanties
fed-intro = Volg mensen op andere instanties die ActivityPub spreken, zoals andere Spool-servers. Hun video's verschijnen in je feed Volgend.
fed-teen = Tieneraccounts blijven op deze instantie: ze kunnen niemand op andere instanties volgen en daar niet gevolgd worden.
fed-address = Adres op een andere instantie
fed-address-hint = Als naam@host, bijvoorbeeld alex@example.org
fed-follow = Volgen
fed-address-invalid = Voer het adres in als naam@host, bijvoorbeeld alex@example.org.
fed-address-local = Dat account staat op deze instantie: volg het via zijn profiel.
fed-not-found = Geen account { $handle } gevonden. Controleer het adres.
fed-requested = Volgverzoek verstuurd naar { $handle }.
fed-following = Accounts die je daar volgt
fed-following-empty = Je volgt nog niemand op een andere instantie.
fed-pending = Verzoek verstuurd
fed-followers = Je volgers daar
fed-followers-empty = Nog niemand op een andere instantie volgt je.
fed-wants-to-follow = Wil je volgen
fed-unfollow = Ontvolgen
fed-accept = Accepteren
fed-accept-label = Volgverzoek van { $handle } accepteren
fed-decline = Weigeren
fed-decline-label = Volgverzoek van { $handle } weigeren
fed-remove = Verwijderen
fed-remove-label = { $handle } uit je volgers verwijderen
fed-accepted = { $handle } volgt je nu.
fed-declined = Je hebt het verzoek van { $handle } geweigerd.
fed-removed = { $handle } volgt je niet meer.
fed-from = Van { $host }
fed-open = Openen op { $host }
fed-cannot-play = Deze video kan hier niet worden afgespeeld.
comment-remote-remove = Reactie van { $handle } verwijderen
fed-shared-by = Gedeeld door { $handle }
reason-remote_instance = Van { $host }, een instantie waar mensen van hier accounts volgen
fed-like = Vind ik leuk
