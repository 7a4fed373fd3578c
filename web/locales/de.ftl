# Spool: Deutsch

## Page shell (server-rendered)
app-name = Spool
app-title = Spool – kurze Videos
app-description = Kurze Videos ansehen, drehen und teilen. Deine Daten bleiben in deiner Heimatregion.
skip-to-content = Zum Inhalt springen
loading = Wird geladen …
noscript = Spool braucht JavaScript, um Videos abzuspielen. Bitte schalte es ein oder nutze die API direkt.
assets-missing = Der Web-Client wurde nicht in diesen Server eingebaut. Baue ihn mit „npm ci && npm run build“ im Ordner web/ und baue Spool dann neu.
title-page = { $page } · Spool
title-not-found = Nicht gefunden · Spool
not-found = Diese Seite gibt es nicht.
close = Schließen

## Navigation
nav-label = Hauptmenü
nav-home = Start
nav-discover = Entdecken
nav-upload = Hochladen
nav-inbox = Postfach
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } ungelesene Benachrichtigung
   *[other] { $count } ungelesene Benachrichtigungen
}

## Feed
feed-tabs = Feeds
feed-for-you = Für dich
feed-following = Folge ich
feed-personalized = Personalisiert
feed-mode-hint = Ausgeschaltet nutzt der Feed keine Profilbildung: Er zeigt, was in deiner Region und Sprache beliebt und neu ist.
feed-mode-personalized = Personalisierter Feed an
feed-mode-non-personalized = Personalisierter Feed aus: keine Profilbildung
feed-empty = Noch nichts zu sehen. Lade den ersten Clip hoch oder suche nach etwas.
feed-following-empty = Keine neuen Clips von den Konten, denen du folgst.
feed-login = Melde dich an, um Clips von Konten zu sehen, denen du folgst.
feed-unavailable = Der Feed ist auf diesem Server noch nicht verfügbar. Versuche die Suche oder ein Profil.
video-title = Video
video-processing = Wird verarbeitet …
video-failed = Verarbeitung fehlgeschlagen
clip-video-label = Video von { $handle }
clip-loading = Video wird geladen
clip-unmute = Ton einschalten
clip-mute = Ton ausschalten
clip-play = Abspielen
clip-pause = Pausieren
clip-actions = Aktionen für das Video von { $handle }
clip-like = { $count ->
    [one] Gefällt mir ({ $count } Like)
   *[other] Gefällt mir ({ $count } Likes)
}
clip-comments = { $count ->
    [one] Kommentare ({ $count } Kommentar)
   *[other] Kommentare ({ $count } Kommentare)
}
clip-share = { $count ->
    [one] Teilen ({ $count }-mal geteilt)
   *[other] Teilen ({ $count }-mal geteilt)
}
clip-more = Weitere Optionen
clip-sound = Originalton – { $handle }
clip-duet-of = Duett: zum Original
clip-stitch-of = Stitch: zum Original
follow-handle = { $handle } folgen
follow-requested = Angefragt
follow-done = Du folgst jetzt { $handle }
unfollow-done = Du folgst { $handle } nicht mehr
login-needed = Bitte melde dich zuerst an.
share-title = Teilen
share-link = Link zu diesem Video
share-copy = Link kopieren
share-copied = Link kopiert
not-interested = Kein Interesse
not-interested-done = Verstanden: Du siehst weniger Clips wie diesen.
open-sound = Sound öffnen
make-duet = Duett aufnehmen
make-stitch = Dieses Video stitchen
why-title = Warum dieses Video?
why-none = Dieser Clip wurde direkt geöffnet, nicht vom Feed ausgewählt.
why-explainer = Der Feed wählt Clips nach veröffentlichten Regeln aus. Du kannst die Personalisierung jederzeit ausschalten.
algorithm-link = So funktioniert der Feed

## Reasons
reason-follows_creator = Du folgst { $handle }
reason-topic = Du schaust Clips über { $hashtag }
reason-similar_to_liked = Ähnlich wie Clips, die dir gefallen haben
reason-taste_match = Passt zu dem, was du sonst ansiehst
reason-trending_region = Beliebt in deiner Region ({ $region })
reason-trending_language = Beliebt in deiner Sprache ({ $language })
reason-new_video_test_audience = Ein neuer Clip für ein kleines Testpublikum
reason-fresh = Vor Kurzem veröffentlicht
reason-sound = Nutzt den Sound „{ $sound }“
reason-seen_before = Du hast alle neuen Clips gesehen; sieh dir diesen noch einmal an

## Comments
comments-title = { $count ->
    [one] { $count } Kommentar
   *[other] { $count } Kommentare
}
comments-empty = Noch keine Kommentare. Schreib den ersten.
comments-more = Weitere Kommentare
comments-off = Für dieses Video sind Kommentare ausgeschaltet.
comment-add = Kommentar hinzufügen
comment-send = Senden
comment-sent = Kommentar veröffentlicht
comment-reply = Antworten
comment-reply-to = Antwort an { $handle }
comment-cancel-reply = Antwort abbrechen
comment-replies = { $count ->
    [one] { $count } Antwort ansehen
   *[other] { $count } Antworten ansehen
}
comment-like = { $count ->
    [one] Kommentar liken ({ $count } Like)
   *[other] Kommentar liken ({ $count } Likes)
}
comment-pinned = Angeheftet
comment-login = Melde dich an, um zu kommentieren

## Reports
report = Melden
report-intro = Sag uns, was nicht stimmt. Jede Meldung wird von einer Moderatorin oder einem Moderator geprüft, und du bekommst eine Antwort.
report-category = Grund
report-note = Details (optional)
report-note-hint = Worauf sollen die Moderatoren achten?
report-send = Meldung senden

## Upload
upload-title = Hochladen
upload-file = Videodatei
upload-file-hint = 1 Sekunde bis 10 Minuten. Der Upload startet sofort und wird fortgesetzt, wenn die Verbindung abbricht.
upload-progress-label = Upload-Fortschritt
upload-progress = { $percent } % ({ $sent } von { $total } Bytes)
upload-done = Upload abgeschlossen
upload-error = Der Upload ist fehlgeschlagen. Versuche es erneut.
upload-pause = Pausieren
upload-resume = Fortsetzen
upload-caption = Beschreibung
upload-caption-hint = Tippe # für Hashtags und @, um jemanden zu erwähnen.
upload-visibility = Wer darf zusehen
visibility-public = Alle
visibility-followers = Follower
visibility-private = Nur ich
upload-allow = Anderen erlauben
upload-allow-comments = Kommentare
upload-allow-duet = Duette
upload-allow-stitch = Stitches
upload-sound = Sound (optional)
upload-sound-search = Nach einem Sound suchen
upload-sound-none = Dein Clip behält seinen eigenen Ton.
upload-sound-chosen = Sound: { $title }
upload-sound-clear = Eigenen Ton verwenden
upload-duet = Duett mit { $handle }
upload-stitch = Stitch des Videos von { $handle }
upload-post = Veröffentlichen
upload-pick-first = Wähle zuerst eine Videodatei.
upload-waiting = Upload wird abgeschlossen …
upload-processing = Dein Video wird verarbeitet … Das dauert etwa so lange wie der Clip.
upload-ready = Dein Video ist fertig!
upload-watch = Ansehen
upload-to-profile = Zu deinem Profil
suggestions = Vorschläge
suggestions-count = { $count ->
    [one] { $count } Vorschlag. Mit den Pfeiltasten auswählen.
   *[other] { $count } Vorschläge. Mit den Pfeiltasten auswählen.
}

## Profiles, hashtags, sounds
profile-not-found = Dieses Konto gibt es nicht.
profile-edit = Profil bearbeiten
profile-follow = Folgen
profile-following = Folge ich
profile-private = Privat
profile-private-body = Dieses Konto ist privat. Folge ihm, um seine Videos zu sehen.
profile-following-count = Folge ich
profile-followers-count = Follower
profile-likes-count = Likes
profile-videos-count = Videos
profile-videos = Videos
profile-empty = Noch keine Videos.
profile-empty-own = Du hast noch nichts veröffentlicht. Deine Clips erscheinen hier.
tile-label = { $caption } – von { $handle }
tile-label-plain = Video von { $handle }
hashtag-count = { $count ->
    [one] { $count } Video
   *[other] { $count } Videos
}
hashtag-empty = Noch keine öffentlichen Videos mit diesem Hashtag.
sound-title = Sound
sound-listen = { $title } anhören
sound-meta = { $duration } · { $count ->
    [one] { $count } Video
   *[other] { $count } Videos
}
sound-use = Diesen Sound verwenden
sound-original = Originalvideo
sound-sort = Videos sortieren
sound-newest = Neueste
sound-popular = Beliebt
sound-empty = Noch kein Video nutzt diesen Sound.

## Search
search-title = Entdecken
search-label = Suche
search-placeholder = Konten, Videos, #Hashtags, Sounds suchen
search-submit = Suchen
search-types = Suchbereich
search-videos = Videos
search-accounts = Konten
search-hashtags = Hashtags
search-sounds = Sounds
search-results = Ergebnisse
search-hint = Gib ein Wort, einen #Hashtag oder einen @Benutzernamen ein.
search-empty = Nichts gefunden für „{ $query }“.
search-followers = { $count ->
    [one] { $count } Follower
   *[other] { $count } Follower
}

## Inbox
inbox-title = Postfach
inbox-requests = Follower-Anfragen
inbox-activity = Aktivität
inbox-empty = Noch keine Benachrichtigungen.
inbox-unread = Ungelesen:
request-accept = Annehmen
request-decline = Ablehnen
request-accepted = { $handle } kann jetzt deine Videos sehen
request-declined = Anfrage von { $handle } abgelehnt
notif-like = { $count ->
    [one] { $actor } gefällt dein Video
   *[other] { $count } Personen gefällt dein Video
}
notif-comment = { $others ->
    [0] { $actor } hat dein Video kommentiert
   *[other] { $actor } und { $others } weitere haben dein Video kommentiert
}
notif-reply = { $actor } hat auf deinen Kommentar geantwortet
notif-mention = { $actor } hat dich erwähnt
notif-follow = { $count ->
    [one] { $actor } folgt dir jetzt
   *[other] { $count } neue Follower
}
notif-follow_request = { $actor } möchte dir folgen
notif-follow_accepted = { $actor } hat deine Anfrage angenommen
notif-comment_like = { $others ->
    [0] { $actor } gefällt dein Kommentar
   *[other] { $actor } und { $others } weiteren gefällt dein Kommentar
}
notif-duet = { $actor } hat ein Duett mit deinem Video gemacht
notif-stitch = { $actor } hat dein Video gestitcht

## Settings
settings-title = Einstellungen
settings-save = Speichern
settings-saved = Gespeichert
settings-profile = Profil
settings-privacy = Privatsphäre
settings-private = Privates Konto
settings-private-hint = Nur Follower, die du bestätigst, sehen deine Videos.
settings-who-comment = Wer deine Videos kommentieren darf
settings-who-duet = Wer Duette mit deinen Videos machen darf
settings-who-stitch = Wer deine Videos stitchen darf
policy-everyone = Alle
policy-followers = Follower
policy-nobody = Niemand
settings-liked-public = Videos, die mir gefallen, in meinem Profil zeigen
settings-teen = Dein Konto ist ein Jugendkonto: Einige Einstellungen sind strenger.
settings-feed = Feed
settings-reset-recommendations = Meine Empfehlungen zurücksetzen
settings-reset-done = Deine Empfehlungen wurden zurückgesetzt.
settings-language = Sprache
settings-language-label = Sprache der Oberfläche
settings-language-hint = Standardmäßig folgt Spool der Sprache deines Browsers.
settings-data = Deine Daten
settings-data-intro = Lade alles herunter, was Spool über dich speichert, und sieh nach, welche Mitarbeitenden darauf zugegriffen haben und warum.
settings-export = Meine Daten herunterladen
settings-region = Heimatregion
settings-region-now = Deine Daten werden gespeichert in: { $region }
settings-region-intro = Deine persönlichen Daten liegen nur in deiner Heimatregion. Du kannst sie in eine andere umziehen.
settings-move-to = Neue Heimatregion
settings-move = Meine Daten umziehen
settings-move-confirm = Alle deine persönlichen Daten nach { $region } umziehen?
settings-move-done = Deine Daten wurden umgezogen.
settings-account = Konto
settings-signed-in = Angemeldet als { $handle }
settings-logout = Abmelden
settings-delete = Konto löschen
settings-delete-intro = Damit werden dein Konto, deine Videos und alle deine Daten endgültig gelöscht. Das lässt sich nicht rückgängig machen.
settings-delete-confirm = Dein Konto und alles darin endgültig löschen?
settings-sessions = Sitzungen
settings-sessions-intro = Die Geräte, auf denen du angemeldet bist. Melde alle ab, die du nicht kennst.
settings-sessions-logout-others = Überall sonst abmelden
settings-sessions-ended = { $count ->
    [one] { $count } andere Sitzung wurde abgemeldet.
   *[other] { $count } andere Sitzungen wurden abgemeldet.
}
session-device = { $browser } auf { $os }
session-device-unknown = Unbekanntes Gerät
session-current = Dieses Gerät
session-times = Angemeldet { $created } · zuletzt aktiv { $used }
session-logout = Abmelden
session-logout-label = { $device } abmelden
settings-password = Passwort ändern
settings-password-done = Dein Passwort wurde geändert. Alle anderen Sitzungen wurden abgemeldet.
field-current-password = Aktuelles Passwort
field-new-password = Neues Passwort
access-title = Zugriffe auf meine Daten
access-intro = Jedes Mal, wenn Mitarbeitende deine persönlichen Daten öffnen, wird das mit einer schriftlichen Begründung protokolliert. Hier ist die vollständige Liste.
access-empty = Niemand vom Team hat auf deine Daten zugegriffen.
access-unavailable = Das Zugriffsprotokoll ist auf diesem Server noch nicht verfügbar.
access-when = Wann
access-staff = Mitarbeiter/in
access-role = Rolle
access-action = Was getan wurde
access-justification = Begründung
access-reference = Referenz
algorithm-title = So funktioniert der Feed
algorithm-intro = Der Für-dich-Feed von Spool ist offen einsehbar: Code, Gewichte und die Gründe für jeden Clip sind veröffentlicht.
algorithm-sources = Kandidaten kommen von Konten, denen du folgst, aus Clips, die denen ähneln, die dir gefallen haben, aus dem, was in deiner Region und Sprache beliebt ist, und aus neuen Clips für ein kleines Testpublikum.
algorithm-signals = Er lernt aus dem, was du tust: wie lange du schaust, Wiederholungen, Überspringen, Likes, Teilen, Kommentare, Folgen und „Kein Interesse“.
algorithm-filters = Er lässt Gesehenes, blockierte Konten und entfernte Videos weg und mischt Themen und Creator.
algorithm-control = Du kannst die Personalisierung ausschalten, das Gelernte zurücksetzen und bei jedem Clip „Warum dieses Video?“ fragen.
algorithm-published = Veröffentlichte Beschreibung
algorithm-unavailable = Die veröffentlichte Beschreibung ist auf diesem Server noch nicht verfügbar.

## Log in and sign up
login-title = Anmelden
login-submit = Anmelden
login-no-account = Noch kein Konto?
signup-title = Registrieren
signup-intro = Deine persönlichen Daten werden nur in der Heimatregion gespeichert, die du wählst.
signup-submit = Konto erstellen
signup-have-account = Schon ein Konto?
field-handle = Benutzername
field-handle-hint = 2 bis 24 Buchstaben, Ziffern, _ oder .
field-display-name = Anzeigename (optional)
field-password = Passwort
field-password-hint = Mindestens 8 Zeichen.
field-birth-date = Geburtsdatum
field-birth-date-hint = Du musst mindestens 13 sein. Konten unter 18 sind standardmäßig privat.
field-region = Heimatregion
field-region-hint = Wo deine persönlichen Daten gespeichert werden.
field-email = E-Mail (optional)
field-email-hint = Nur, um dein Konto wiederherstellen zu können.
field-bio = Bio

## Errors
error-network = Der Server ist nicht erreichbar. Prüfe deine Verbindung.
error-internal = Etwas ist schiefgelaufen. Versuche es erneut.
error-unauthenticated = Bitte melde dich zuerst an.
error-invalid_credentials = Falscher Benutzername oder falsches Passwort.
error-too_young = Du musst mindestens 13 Jahre alt sein, um Spool zu nutzen.
error-csrf_rejected = Deine Sitzung ist abgelaufen. Lade die Seite neu.
error-forbidden = Das darfst du nicht.
error-comments_off = Für dieses Video sind Kommentare ausgeschaltet.
error-remix_off = Die Person, die das Video gemacht hat, erlaubt das nicht.
error-not_found = Nicht gefunden.
error-handle_taken = Dieser Benutzername ist schon vergeben.
error-rate_limited = Zu viele Versuche. Warte einen Moment und versuche es erneut.
error-invalid_handle = Verwende 2 bis 24 Buchstaben, Ziffern, _ oder .
error-handle_reserved = Dieser Benutzername ist reserviert.
error-invalid_password = Das Passwort muss 8 bis 128 Zeichen lang sein.
error-invalid_email = Diese E-Mail-Adresse sieht nicht richtig aus.
error-invalid_birth_date = Gib ein gültiges Geburtsdatum ein.
error-invalid_display_name = Der Anzeigename hat höchstens 50 Zeichen.
error-invalid_bio = Die Bio hat höchstens 160 Zeichen.
error-invalid_caption = Die Beschreibung hat höchstens 2.200 Zeichen.
error-invalid_comment = Ein Kommentar hat 1 bis 500 Zeichen.
error-unknown_region = Wähle eine der aufgeführten Regionen.
error-empty_file = Die Datei ist leer.
error-not_media = Diese Datei ist kein Video.
error-no_video_stream = Diese Datei enthält kein Video.
error-still_image = Das ist ein Standbild, kein Video.
error-too_short = Das Video ist zu kurz (mindestens 1 Sekunde).
error-too_long = Das Video ist zu lang (höchstens 10 Minuten).
error-too_large = Das Video ist zu groß.
error-unsupported_codec = Dieses Videoformat wird nicht unterstützt.
error-transcode_failed = Das Video konnte nicht verarbeitet werden.
error-wrong_password = Das aktuelle Passwort ist falsch.
error-quota_exceeded = Dein Speicher ist voll. Lösche Videos oder unfertige Uploads, um Platz zu schaffen.
error-bad_request = Die Anfrage konnte nicht gelesen werden.

## Moderation: reports
report-title-video = Dieses Video melden
report-title-comment = Diesen Kommentar melden
report-title-account = Dieses Konto melden
report-category-choose = Grund auswählen
report-category-hate_speech = Hassrede
report-category-harassment = Belästigung und Mobbing
report-category-violent_extremism = Gewalttätiger Extremismus
report-category-disinformation = Fehl- und Desinformation
report-category-child_safety = Kinderschutz
report-category-self_harm = Selbstverletzung und Essstörungen
report-category-illegal_goods = Illegale Waren und Dienstleistungen
report-category-scams = Betrug und Abzocke
report-category-spam = Spam
report-category-intellectual_property = Geistiges Eigentum
report-category-other = Etwas anderes
report-dsa-legend = Angaben zu dir
report-dsa-intro = Du bist nicht angemeldet, daher ist dies eine Meldung nach Artikel 16 des Gesetzes über digitale Dienste (DSA) der EU. Wir brauchen deinen Namen und deine E-Mail-Adresse, um sie zu bearbeiten; die gemeldete Person erfährt nie, wer du bist.
report-name = Dein Name
report-email = Deine E-Mail-Adresse
report-email-hint = Hierhin schicken wir das Ergebnis.
report-good-faith = Ich bin in gutem Glauben davon überzeugt, dass die Angaben in dieser Meldung richtig und vollständig sind.
report-login-instead = Du hast ein Konto?
report-sent = Danke. Deine Meldung wurde gesendet und wird von einer Moderatorin oder einem Moderator geprüft.
report-duplicate = Das hast du bereits gemeldet. Deine frühere Meldung zählt weiterhin; du musst sie nicht noch einmal senden.
report-receipt-intro = Bewahre diesen Beleg auf: Damit kannst du nachsehen, was entschieden wurde.
report-receipt = Dein Beleg
report-receipt-hint = Meldungsnummer { $id }
report-receipt-copy = Beleg kopieren
report-receipt-copied = Beleg kopiert.
report-check-later = Diese Meldung später prüfen
report-follow-up = Du erfährst das Ergebnis. Du kannst es auch verfolgen unter
report-outcome = Entschieden am { $date }: { $action }
report-outcome-policy = Angewandte Regel: { $policy }
report-state-open = Wartet auf Prüfung
report-state-decided = Entschieden
comment-report = Kommentar von { $handle } melden
profile-report = Melden
profile-withheld = Dieses Konto ist dort, wo du bist, nicht verfügbar.
label-panel = Information
label-more = Mehr erfahren
video-age-restricted = Altersbeschränkt
video-held = Zurückgehalten
video-held-own = Dein Video wird zurückgehalten: Es stimmt mit Inhalten überein, die früher entfernt wurden. Eine Moderatorin oder ein Moderator prüft es.
video-removed-own = Dein Video wurde von der Moderation entfernt. Nur du siehst diesen Hinweis.
video-reduced-own = Dein Video wird nach einer Moderationsentscheidung in Feeds nicht empfohlen. Nur du siehst diesen Hinweis.
video-withheld = Dieses Video ist dort, wo du bist, nicht verfügbar.
status-link = Warum, und wie du Einspruch einlegst

## Moderation: actions, targets, grounds
action-no_violation = Kein Verstoß
action-remove = Entfernt
action-age_restrict = Altersbeschränkt
action-restrict_regions = In einigen Regionen eingeschränkt
action-label = Informationshinweis hinzugefügt
action-reduce_distribution = Verbreitung eingeschränkt
action-suspend = Konto gesperrt
action-terminate = Konto geschlossen
target-video = Video
target-comment = Kommentar
target-account = Konto
ground-illegal = Rechtswidrige Inhalte
ground-incompatible = Verstoß gegen die Community-Richtlinien
source-notice = Eine Meldung von jemandem, der es gemeldet hat
source-trusted-flagger = Eine Meldung eines vertrauenswürdigen Hinweisgebers
source-own-initiative = Eigene Prüfung von Spool
decision-reversed = Aufgehoben

## Account status and statements of reasons
status-title = Kontostatus
settings-status-intro = Entscheidungen über deine Inhalte, deine Einsprüche und deine Meldungen.
settings-about = Über Spool
status-standing = Dein Konto
status-good = Dein Konto ist in gutem Zustand.
status-suspended = Dein Konto ist gesperrt.
status-suspended-until = Dein Konto ist bis { $date } gesperrt.
status-terminated = Dein Konto wurde geschlossen. Du kannst die Entscheidungen weiterhin lesen und Einspruch einlegen.
status-strikes = { $count ->
    [one] { $count } Verwarnung von { $threshold }
   *[other] { $count } Verwarnungen von { $threshold }
}
status-strikes-hint = Jede Entscheidung gegen deine Inhalte ist eine Verwarnung. Beim Limit wird das Konto gesperrt. Alte Verwarnungen verfallen.
status-history = Frühere Entscheidungen
status-statements = Entscheidungen und ihre Begründungen
status-statements-intro = Zu jeder Entscheidung schicken wir eine Begründung: was entschieden wurde, nach welcher Regel und wie du Einspruch einlegst.
status-no-statements = Keine Entscheidungen über deine Inhalte.
status-my-reports = Meine Meldungen
status-no-reports = Du hast nichts gemeldet.
status-receipt-title = Deine Meldung
statement-heading = { $action } · { $date }
statement-decision = Entscheidung
statement-content = Inhalt
statement-facts = Was wir festgestellt haben
statement-policy = Regel
statement-ground-illegal = Wir halten den Inhalt für rechtswidrig.
statement-ground-incompatible = Der Inhalt verstößt gegen unsere Community-Richtlinien.
statement-legal-ground = Rechtsgrundlage: { $ground }
statement-policy-ground = Richtlinie: { $ground }
statement-label = Angezeigter Hinweis
statement-detection = Wie es gefunden wurde
statement-detected-auto = Mit automatisierten Werkzeugen
statement-detected-human = Ohne automatisierte Werkzeuge
statement-automated = Wie entschieden wurde
statement-decided-auto = Von einem automatisierten System
statement-decided-human = Von einem Menschen, nicht automatisch
statement-source = Was die Prüfung ausgelöst hat
statement-scope = Wo es gilt
statement-scope-everywhere = Überall
statement-duration = Wie lange
statement-duration-until = Vom { $from } bis zum { $until }
statement-duration-open = Ab { $from }, ohne Enddatum
statement-account-suspended = Dein Konto wurde gesperrt.
statement-account-terminated = Dein Konto wurde geschlossen.
statement-appeal = Einspruch
statement-appeal-until = Du kannst bis { $date } Einspruch einlegen. Eine andere Moderatorin oder ein anderer Moderator prüft ihn.
statement-appeal-possible = Du kannst Einspruch einlegen. Eine andere Moderatorin oder ein anderer Moderator prüft ihn.
statement-appeal-closed = Gegen diese Entscheidung ist hier kein Einspruch mehr möglich. Du kannst dich weiterhin an eine zertifizierte außergerichtliche Streitbeilegungsstelle oder an ein Gericht wenden.
statement-appeal-open = Dein Einspruch wird geprüft.
statement-appeal-upheld = Deinem Einspruch wurde stattgegeben: Die Entscheidung wurde aufgehoben.
statement-appeal-rejected = Dein Einspruch wurde geprüft, die Entscheidung bleibt bestehen.
statement-technical = Technische Angaben (wie an die EU-Transparenzdatenbank gemeldet)
appeal-text = Warum sollte die Entscheidung geändert werden?
appeal-text-hint = Erkläre, was übersehen worden sein könnte. Du kannst Kontext oder Links hinzufügen.
appeal-send = Einspruch senden
appeal-sent = Dein Einspruch wurde gesendet. Eine andere Moderatorin oder ein anderer Moderator prüft ihn, und du bekommst eine neue Begründung.
appeal-exists = Du hast bereits einen offenen Einspruch gegen diese Entscheidung.

## Moderator console
mod-title = Moderation
mod-region = Region
mod-region-hint = Die Warteschlange der Region, die du moderierst.
mod-not-moderator = Du bist keine Moderatorin und kein Moderator dieser Region.
queue-title = Prüfwarteschlange: { $region }
queue-refresh = Aktualisieren
queue-empty = Die Warteschlange ist leer.
queue-count = { $count ->
    [one] { $count } Eintrag, dringendster zuerst
   *[other] { $count } Einträge, dringendste zuerst
}
queue-kind-notice = Meldung
queue-kind-appeal = Einspruch
queue-kind-match = Treffer
queue-severity = Schwere
queue-notices = Meldungen
queue-reach = Aufrufe (24 h)
queue-detection = Gefunden von
queue-automated = Automatischer Erkennung
queue-human = Menschen
queue-due = Fällig { $time }
queue-overdue = Überfällig: Die Frist endete { $time }
queue-claimed-mine = Von dir übernommen; die Übernahme endet { $time }
queue-claimed-other = Von einer anderen Person übernommen
queue-claim = Übernehmen
queue-claim-done = Übernommen. Der Eintrag gehört dir für die nächsten Minuten.
queue-open = Prüfen
item-title = Prüfung
item-heading = Prüfung: { $category }
item-back = Zurück zur Warteschlange
item-decided = Entschieden
item-context = Der Inhalt
item-player = Das gemeldete Video
item-caption = Beschreibung
item-sound = Sound
item-state = Status
item-remixes = Remixe
item-none = Keine
item-open-video = Videoseite
item-open-video-link = Video öffnen
item-comment-text = Kommentar
item-comment-video = Zum Video
item-account = Konto
item-detection = Automatische Erkennung
item-notices = { $count ->
    [one] { $count } Meldung
   *[other] { $count } Meldungen
}
item-history = Frühere Entscheidungen zu diesem Konto
item-history-none = Keine früheren Entscheidungen.
item-appeal = Der Einspruch
item-appeal-decision = Die angefochtene Entscheidung
decide-title = Entscheidung
decide-action = Maßnahme
decide-policy = Regel
decide-policy-category = Allgemeine Regel: { $category }
decide-legal-ground = Rechtsgrundlage: { $ground }
decide-facts = Sachverhalt
decide-facts-hint = Was du festgestellt hast, in klaren Worten. Die Person, die es betrifft, liest das.
decide-restrict = Wo eingeschränkt wird
decide-restrict-hint = Wähle Regionen, Länder oder beides. Eine behördliche Anordnung braucht ihr Aktenzeichen.
decide-regions = Regionen
decide-countries = Länder
decide-countries-hint = Zweibuchstabige Ländercodes, durch Kommas getrennt (DE, AT).
decide-reference = Aktenzeichen (Gerichts- oder Behördenanordnung)
decide-reference-hint = Optional. Wird Zuschauern gezeigt, die den Inhalt nicht sehen können.
decide-restrict-empty = Wähle mindestens eine Region oder ein Land.
decide-label = Informationshinweis
decide-label-text = Text des Hinweises
decide-label-url = Link zu weiteren Informationen
decide-suspend = Sperre
decide-days = Tage
decide-days-hint = 1 bis 365.
decide-submit = Entscheiden
decide-done = Entscheidung gespeichert: { $action }. Die Begründung wurde verschickt.
appeal-decide-title = Über den Einspruch entscheiden
appeal-outcome = Ergebnis
appeal-outcome-upheld = Einspruch stattgeben
appeal-outcome-upheld-hint = Die Entscheidung wird sofort aufgehoben und der Inhalt oder das Konto wiederhergestellt.
appeal-outcome-rejected = Einspruch ablehnen
appeal-outcome-rejected-hint = Die Entscheidung bleibt bestehen.
appeal-decide-submit = Über den Einspruch entscheiden
appeal-decided-upheld = Einspruch stattgegeben: Die Entscheidung wurde aufgehoben. Eine neue Begründung wurde verschickt.
appeal-decided-rejected = Einspruch abgelehnt: Die Entscheidung bleibt bestehen. Eine neue Begründung wurde verschickt.
error-claimed = Eine andere Person hat diesen Eintrag bereits übernommen.
error-same_moderator = Wer die Entscheidung getroffen hat, kann nicht über den Einspruch entscheiden.

## Transparency report
transparency-title = Transparenz
transparency-intro = Wie Moderation bei Spool funktioniert, in Zahlen: Meldungen, Entscheidungen, wie schnell sie getroffen wurden, Einsprüche und Aufhebungen. Es werden keine personenbezogenen Daten gezeigt.
transparency-region = Region
transparency-all-regions = Alle Regionen
transparency-period = Zeitraum
transparency-period-days = Letzte 30 Tage, pro Tag
transparency-period-weeks = Letzte 12 Wochen, pro Woche
transparency-period-months = Letzte 12 Monate, pro Monat
transparency-range = { $from } bis { $to }
transparency-csv = Als CSV herunterladen
transparency-summary = Insgesamt: { $region }
transparency-notices = Meldungen
transparency-decisions = Entscheidungen
transparency-median = Mittlere Zeit bis zur Entscheidung (Median)
transparency-p90 = 90. Perzentil
transparency-hours = { $hours } Std.
transparency-hours-unit = Std.
transparency-deadline-misses = Verpasste Fristen
transparency-automated-detection = Mit automatisierten Werkzeugen gefunden
transparency-automated-decision = Automatisch entschieden
transparency-suspensions = Sperren
transparency-appeals = Einsprüche
transparency-reversals = Aufhebungen
transparency-over-time = Im Zeitverlauf
transparency-chart-volume = Meldungen und Entscheidungen
transparency-chart-speed = Zeit bis zur Entscheidung (Stunden)
transparency-breakdown = Aufschlüsselung
transparency-chart-notices-category = Meldungen nach Kategorie
transparency-chart-decisions-action = Entscheidungen nach Maßnahme
transparency-chart-decisions-category = Entscheidungen nach Kategorie
transparency-chart-ground = Entscheidungen nach Grund
transparency-chart-source = Meldungen nach Quelle
transparency-appeals-title = Einsprüche
transparency-chart-appeals = Ergebnisse der Einsprüche
transparency-chart-appeals-time = Einsprüche und Aufhebungen im Zeitverlauf
transparency-appeals-upheld = Stattgegeben
transparency-appeals-rejected = Abgelehnt
transparency-appeals-open = Offen
transparency-orders = Behördliche Anordnungen und automatische Prüfung
transparency-chart-orders = Anordnungen nach Region
transparency-screening-flagged = Von der Prüfung markiert
transparency-screening-decided = Geprüft
transparency-screening-confirmed = Bestätigt
transparency-screening-precision = Genauigkeit
transparency-none = Nichts in diesem Zeitraum.
transparency-yes = Ja
transparency-no = Nein
transparency-log = Entscheidungsprotokoll
transparency-log-intro = Jede Entscheidung, ohne Daten von meldenden Personen, Erstellern oder Moderatoren.
transparency-log-date = Datum
transparency-log-action = Entscheidung
transparency-log-category = Kategorie
transparency-log-ground = Grund
transparency-log-content = Inhalt
transparency-log-detected = Automatische Erkennung
transparency-log-automated = Automatische Entscheidung
transparency-log-scope = Wo
transparency-log-source = Quelle
transparency-log-reversed = Aufgehoben
transparency-log-more = Weitere Entscheidungen
transparency-log-empty = Noch keine Entscheidungen.
chart-show-table = Zahlen als Tabelle zeigen
chart-summary-line = Vom { $from } bis { $to }. Summen: { $totals }
chart-period = Zeitraum
chart-item = Eintrag
chart-value = Anzahl
notif-statement = Über deine Inhalte wurde eine Moderationsentscheidung getroffen. Lies die Begründung und wie du Einspruch einlegst.
notif-report_outcome = Über eine deiner Meldungen wurde entschieden.

## Moderation: more codes from the server
action-hold = Zur Prüfung zurückgehalten
action-reversed = Im Einspruch aufgehoben
action-upheld_decision = Im Einspruch bestätigt
action-appeal_upheld = Einspruch stattgegeben
action-appeal_rejected = Einspruch abgelehnt
notice-source-account = Meldung über ein Konto
notice-source-anonymous = Meldung ohne Konto (DSA Art. 16)
notice-source-screening = Automatische Prüfung
notice-source-fingerprint = Übereinstimmung mit entferntem Inhalt
notice-source-legal_order = Behördliche Anordnung
source-complaint = Ein Einspruch
statement-scope-eea = EU und EWR (30 Länder)
statement-regions = Regionen
statement-reference = Aktenzeichen der Anordnung
statement-outcome-heading = { $action } · { $date }
error-already_decided = Darüber wurde bereits entschieden.
error-appeal_open = Gegen diese Entscheidung läuft bereits ein Einspruch.
error-appeal_closed = Gegen diese Entscheidung ist kein Einspruch mehr möglich.
error-account_suspended = Dein Konto ist gesperrt, daher geht das gerade nicht.
error-account_terminated = Dein Konto ist geschlossen.
error-not_moderator = Du bist keine Moderatorin und kein Moderator dieser Region.
video-withheld-own = Dein Video ist gesperrt in: { $places }. Nur du siehst diesen Hinweis.
item-restrictions = Aktuelle Einschränkungen

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Anmelden, um weiterzumachen
signin-sheet-intro = Melde dich an, um zu liken, zu kommentieren, zu folgen und einen Feed für dich zu bekommen.
feed-caught-up = Du bist auf dem neuesten Stand
feed-caught-up-hint = Du hast vorerst alle Clips gesehen. Mehr findest du unter Entdecken.
feed-explore = Entdecken
clip-creator-profile = Profil von { $handle }
unfollow-handle = { $handle } entfolgen
clip-progress = Wiedergabeposition
clip-progress-value = { $at } von { $length }
video-edit = Video bearbeiten
video-edit-save = Speichern
video-edit-done = Änderungen gespeichert
video-delete = Video löschen
video-delete-confirm = Dieses Video endgültig löschen? Seine Kommentare und Likes verschwinden mit.
video-delete-done = Video gelöscht
back = Zurück
cancel = Abbrechen
discover-trending = Gerade angesagt
discover-trending-tags = Angesagte Hashtags

## How the feed works: its stages and parameters
algo-stage-events = Woraus der Feed lernt
algo-stage-model = Das Geschmacksmodell
algo-stage-candidates = Woher die Kandidaten kommen
algo-stage-exploration = Eine Chance für neue Videos
algo-stage-ranking = Reihenfolge
algo-stage-filters = Was herausgefiltert wird
algo-stage-diversity = Abwechslung
algo-stage-non_personalized = Der nicht personalisierte Feed
algo-technical = Technische Beschreibung (Englisch)
algo-param-bias-learning-rate = Wie schnell der eigene Reiz eines Videos gelernt wird
algo-param-expiry-secs = Vergessen nach Inaktivität von
algo-param-history-len = Zählende letzte Aufrufe
algo-param-history-weight = Gewicht der letzten Aufrufe
algo-param-init-scale = Anfangsstreuung neuer Zeilen
algo-param-item-min-count = Interaktionen, bis ein Video eine eigene Zeile bekommt
algo-param-learning-rate = Wie schnell Vorlieben gelernt werden
algo-param-margin = Abstand zwischen gemochten und übersprungenen Videos
algo-param-negative-trials = Geprüfte Videos bei der Suche nach einem Gegenbeispiel
algo-param-negatives-per-positive = Gegenbeispiele pro positivem Signal
algo-param-regularization = Regularisierung (verhindert Überanpassung)
algo-param-seed = Zufallsstartwert (für Reproduzierbarkeit)
algo-param-max-age-hours = Neue Videos werden erprobt für
algo-param-min-completion-rate = Mindestens bis zum Ende gesehen
algo-param-min-engagement-rate = Mindestens Likes, Kommentare und Shares pro Aufruf
algo-param-slots-per-page = Plätze pro Seite für neue Videos
algo-param-stages = Publikumsgrößen der Teststufen
algo-param-freshness-hours = Ein Video gilt als neu für
algo-param-trending-half-life-hours = Trend zählt nur noch halb nach
algo-param-weights = Gewichte der Bewertung
algo-param-engagement = Erwartete Interaktion
algo-param-exploration = Erprobung
algo-param-following = Konten, denen du folgst
algo-param-freshness = Neuheit
algo-param-trending = Trend
algo-param-creator-spacing = Clips, bis derselbe Creator wiederkommt
algo-param-sound-spacing = Clips, bis derselbe Sound wiederkommt
algo-param-catalog-videos = Videos im Katalog
algo-param-viewers-with-state = Zuschauer, die das Modell kennt

tile-views = { $count ->
    [one] { $count } Aufruf
   *[other] { $count } Aufrufe
}

## Long press: speed
clip-options = Optionen
speed-title = Wiedergabegeschwindigkeit
speed-normal = Normal
speed-value = { $rate }×
speed-set = Wiedergabe mit { $rate }×

## Upload: preview, cover, draft
upload-preview = Vorschau deines Clips
upload-cover = Titelbild
upload-cover-hint = Schieb zu dem Bild, das man vor dem Abspielen sieht.
upload-draft-restored = Dein Entwurf ist zurück: Beschreibung und Einstellungen wie zuletzt.
error-invalid_cover = Das Titelbild muss ein Moment aus dem Clip sein.

# Untertitel und Profilfotos
clip-captions-on = Untertitel einschalten
clip-captions-off = Untertitel ausschalten
captions-on = Untertitel an
captions-off = Untertitel aus
captions-title = Untertitel
captions-file = Untertiteldatei (.vtt)
captions-hint = Eine WebVTT-Datei pro Sprache. Alle Einblendungen müssen innerhalb der Länge des Clips liegen.
captions-language = Sprache der Untertitel
captions-add = Untertitel hinzufügen
captions-remove = Untertitel auf { $language } entfernen
captions-remove-short = Entfernen
captions-none = Noch keine Untertitel.
captions-added = Untertitel auf { $language } hinzugefügt.
captions-removed = Untertitel auf { $language } entfernt.
captions-failed = Dein Clip ist veröffentlicht, aber die Untertitel wurden nicht hinzugefügt: { $reason } Du kannst sie beim Bearbeiten des Clips hinzufügen.
captions-pick-file = Wähle zuerst eine .vtt-Datei.
error-invalid_webvtt = Das ist keine gültige WebVTT-Untertiteldatei.
error-invalid_language = Wähle die Sprache der Untertitel.
profile-photo-choose = Profilfoto
profile-photo-hint = JPEG, PNG oder WebP, bis 8 MB. Es wird quadratisch zugeschnitten; Angaben dazu, wo und womit es aufgenommen wurde, werden entfernt.
profile-photo-remove = Foto entfernen
profile-photo-type = Wähle ein Bild im Format JPEG, PNG oder WebP.
profile-edit-save = Profil speichern
profile-edit-done = Profil gespeichert.
error-invalid_photo = Diese Datei ist kein lesbares Bild.
error-photo_too_small = Das Foto ist zu klein: Wähle eins mit mindestens 64 Pixeln auf jeder Seite.
error-photo_too_large = Das Foto ist zu groß: höchstens 8192 Pixel auf jeder Seite.
error-invalid_crop = Der Ausschnitt, der bleiben soll, muss ein Quadrat innerhalb des Fotos sein.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Andere Instanzen
fed-intro = Folge Leuten auf anderen Instanzen, die ActivityPub sprechen, zum Beispiel anderen Spool-Servern. Ihre Videos erscheinen in deinem Feed „Folge ich“.
fed-teen = Jugendkonten bleiben auf dieser Instanz: Sie können niemandem auf anderen Instanzen folgen, und von dort kann ihnen niemand folgen.
fed-address = Adresse auf einer anderen Instanz
fed-address-hint = Als name@host, zum Beispiel alex@example.org
fed-follow = Folgen
fed-address-invalid = Gib die Adresse als name@host ein, zum Beispiel alex@example.org.
fed-address-local = Dieses Konto ist auf dieser Instanz: Folge ihm über sein Profil.
fed-not-found = Kein Konto { $handle } gefunden. Prüfe die Adresse.
fed-requested = Folgeanfrage an { $handle } gesendet.
fed-following = Konten, denen du dort folgst
fed-following-empty = Du folgst noch niemandem auf einer anderen Instanz.
fed-pending = Anfrage gesendet
fed-followers = Deine Follower dort
fed-followers-empty = Noch folgt dir niemand von einer anderen Instanz.
fed-wants-to-follow = Möchte dir folgen
fed-unfollow = Entfolgen
fed-accept = Annehmen
fed-accept-label = Folgeanfrage von { $handle } annehmen
fed-decline = Ablehnen
fed-decline-label = Folgeanfrage von { $handle } ablehnen
fed-remove = Entfernen
fed-remove-label = { $handle } aus deinen Followern entfernen
fed-accepted = { $handle } folgt dir jetzt.
fed-declined = Du hast die Anfrage von { $handle } abgelehnt.
fed-removed = { $handle } folgt dir nicht mehr.
fed-from = Von { $host }
fed-open = Auf { $host } öffnen
fed-cannot-play = Dieses Video kann hier nicht abgespielt werden.
comment-remote-remove = Antwort von { $handle } entfernen
fed-shared-by = Geteilt von { $handle }
reason-remote_instance = Von { $host }, einer Instanz, auf der Leute von hier Konten folgen
fed-like = Gefällt mir
