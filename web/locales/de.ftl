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
report-title = Dieses Video melden
report-intro = Sag uns, was nicht stimmt. Jede Meldung wird von einer Moderatorin oder einem Moderator geprüft, und du bekommst eine Antwort.
report-category = Grund
report-note = Details (optional)
report-note-hint = Worauf sollen die Moderatoren achten?
report-send = Meldung senden
report-sent = Danke. Deine Meldung wurde gesendet.
report-category-hate_speech = Hassrede
report-category-harassment = Belästigung oder Mobbing
report-category-violence = Gewalt oder Drohungen
report-category-sexual_content = Sexuelle Inhalte
report-category-child_safety = Kinderschutz
report-category-self_harm = Suizid oder Selbstverletzung
report-category-disinformation = Falschinformationen
report-category-spam = Spam oder Betrug
report-category-illegal = Illegale Inhalte
report-category-other = Etwas anderes

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
search-hint = Gib ein Wort, einen #Hashtag oder ein @Handle ein.
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
field-handle = Handle
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
error-invalid_credentials = Falsches Handle oder Passwort.
error-too_young = Du musst mindestens 13 Jahre alt sein, um Spool zu nutzen.
error-csrf_rejected = Deine Sitzung ist abgelaufen. Lade die Seite neu.
error-forbidden = Das darfst du nicht.
error-comments_off = Für dieses Video sind Kommentare ausgeschaltet.
error-remix_off = Die Person, die das Video gemacht hat, erlaubt das nicht.
error-not_found = Nicht gefunden.
error-handle_taken = Dieses Handle ist schon vergeben.
error-rate_limited = Zu viele Versuche. Warte einen Moment und versuche es erneut.
error-invalid_handle = Verwende 2 bis 24 Buchstaben, Ziffern, _ oder .
error-handle_reserved = Dieses Handle ist reserviert.
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
