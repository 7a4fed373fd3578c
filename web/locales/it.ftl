# Testi dell'interfaccia di Spool: italiano (Project Fluent). Stessi messaggi di en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — video brevi
app-description = Guarda, crea e condividi video brevi. I tuoi dati restano nella tua regione.
skip-to-content = Vai al contenuto
loading = Caricamento…
noscript = Spool ha bisogno di JavaScript per riprodurre i video. Attivalo oppure usa direttamente l'API.
assets-missing = Il client web non è stato incluso in questo server. Compilalo con “npm ci && npm run build” nella cartella web/, poi ricompila Spool.
title-page = { $page } · Spool
title-not-found = Non trovato · Spool
not-found = Questa pagina non esiste.
close = Chiudi

## Navigation
nav-label = Principale
nav-home = Home
nav-discover = Scopri
nav-upload = Carica
nav-inbox = Posta
nav-profile = Profilo
nav-unread = { $count ->
    [one] { $count } notifica non letta
   *[other] { $count } notifiche non lette
}

## Feed
feed-tabs = Feed
feed-for-you = Per te
feed-following = Seguiti
feed-personalized = Personalizzato
feed-mode-hint = Quando è disattivato, il feed non usa alcuna profilazione: mostra ciò che è popolare e nuovo nella tua regione e nella tua lingua.
feed-mode-personalized = Feed personalizzato attivo
feed-mode-non-personalized = Feed personalizzato disattivato: nessuna profilazione
feed-empty = Ancora niente da guardare. Carica il primo video o cerca qualcosa.
feed-following-empty = Nessun nuovo video dagli account che segui.
feed-login = Accedi per vedere i video degli account che segui.
feed-unavailable = Il feed non è ancora disponibile su questo server. Prova la ricerca o un profilo.
video-title = Video
video-processing = Elaborazione…
video-failed = Elaborazione non riuscita
clip-video-label = Video di { $handle }
clip-loading = Caricamento del video
clip-unmute = Attiva l'audio
clip-mute = Disattiva l'audio
clip-play = Riproduci
clip-pause = Pausa
clip-actions = Azioni per il video di { $handle }
clip-like = { $count ->
    [one] Mi piace ({ $count } mi piace)
   *[other] Mi piace ({ $count } mi piace)
}
clip-comments = { $count ->
    [one] Commenti ({ $count } commento)
   *[other] Commenti ({ $count } commenti)
}
clip-share = { $count ->
    [one] Condividi ({ $count } condivisione)
   *[other] Condividi ({ $count } condivisioni)
}
clip-more = Altre opzioni
clip-sound = Suono originale – { $handle }
clip-duet-of = Duetto: vedi l'originale
clip-stitch-of = Stitch: vedi l'originale
follow-handle = Segui { $handle }
follow-requested = Richiesta inviata
follow-done = Ora segui { $handle }
unfollow-done = Non segui più { $handle }
login-needed = Prima accedi.
share-title = Condividi
share-link = Link a questo video
share-copy = Copia link
share-copied = Link copiato
not-interested = Non mi interessa
not-interested-done = Capito: vedrai meno video come questo.
open-sound = Apri il suono
make-duet = Fai un duetto
make-stitch = Fai uno stitch di questo video
why-title = Perché questo video?
why-none = Questo video è stato aperto direttamente, non scelto dal feed.
why-explainer = Il feed sceglie i video secondo regole pubbliche. Puoi disattivare la personalizzazione in qualsiasi momento.
algorithm-link = Come funziona il feed

## Reasons
reason-follows_creator = Segui { $handle }
reason-topic = Guardi video su { $hashtag }
reason-similar_to_liked = Simile a video che ti sono piaciuti
reason-taste_match = In linea con ciò che guardi di solito
reason-trending_region = Popolare nella tua regione ({ $region })
reason-trending_language = Popolare nella tua lingua ({ $language })
reason-new_video_test_audience = Un nuovo video mostrato a un piccolo pubblico di prova
reason-fresh = Pubblicato di recente
reason-sound = Usa il suono “{ $sound }”
reason-seen_before = Hai visto tutte le nuove clip; guarda di nuovo questa

## Comments
comments-title = { $count ->
    [one] { $count } commento
   *[other] { $count } commenti
}
comments-empty = Ancora nessun commento. Scrivi il primo.
comments-more = Altri commenti
comments-off = I commenti sono disattivati per questo video.
comment-add = Aggiungi un commento
comment-send = Pubblica
comment-sent = Commento pubblicato
comment-reply = Rispondi
comment-reply-to = Rispondi a { $handle }
comment-cancel-reply = Annulla risposta
comment-replies = { $count ->
    [one] Mostra { $count } risposta
   *[other] Mostra { $count } risposte
}
comment-like = { $count ->
    [one] Mi piace sul commento ({ $count } mi piace)
   *[other] Mi piace sul commento ({ $count } mi piace)
}
comment-pinned = Fissato
comment-login = Accedi per commentare

## Reports
report = Segnala
report-intro = Dicci cosa non va. Un moderatore esamina ogni segnalazione e riceverai una risposta.
report-category = Motivo
report-note = Dettagli (facoltativo)
report-note-hint = Cosa dovrebbe guardare il moderatore?
report-send = Invia segnalazione

## Upload
upload-title = Carica
upload-file = File video
upload-file-hint = Da 1 secondo a 10 minuti. Il caricamento parte subito e riprende se la connessione cade.
upload-progress-label = Avanzamento del caricamento
upload-progress = { $percent } % ({ $sent } di { $total } byte)
upload-done = Caricamento completato
upload-error = Caricamento non riuscito. Riprova.
upload-pause = Pausa
upload-resume = Riprendi
upload-caption = Didascalia
upload-caption-hint = Scrivi # per gli hashtag e @ per menzionare qualcuno.
upload-visibility = Chi può guardarlo
visibility-public = Tutti
visibility-followers = Follower
visibility-private = Solo io
upload-allow = Consenti agli altri di
upload-allow-comments = Commentare
upload-allow-duet = Fare duetti
upload-allow-stitch = Fare stitch
upload-sound = Suono (facoltativo)
upload-sound-search = Cerca un suono
upload-sound-none = Il tuo video mantiene il suo audio.
upload-sound-chosen = Suono: { $title }
upload-sound-clear = Usa il mio audio
upload-duet = Duetto con { $handle }
upload-stitch = Stitch del video di { $handle }
upload-post = Pubblica
upload-pick-first = Prima scegli un file video.
upload-waiting = Completamento del caricamento…
upload-processing = Elaborazione del video… Richiede circa quanto dura il video.
upload-ready = Il tuo video è pronto!
upload-watch = Guardalo
upload-to-profile = Vai al tuo profilo
suggestions = Suggerimenti
suggestions-count = { $count ->
    [one] { $count } suggerimento. Usa le frecce su e giù per scegliere.
   *[other] { $count } suggerimenti. Usa le frecce su e giù per scegliere.
}

## Profiles, hashtags, sounds
profile-not-found = Questo account non esiste.
profile-edit = Modifica profilo
profile-follow = Segui
profile-following = Segui già
profile-private = Privato
profile-private-body = Questo account è privato. Seguilo per vedere i suoi video.
profile-following-count = Seguiti
profile-followers-count = Follower
profile-likes-count = Mi piace
profile-videos-count = Video
profile-videos = Video
profile-empty = Ancora nessun video.
profile-empty-own = Non hai ancora pubblicato nulla. I tuoi video compariranno qui.
tile-label = { $caption } — di { $handle }
tile-label-plain = Video di { $handle }
hashtag-count = { $count ->
    [one] { $count } video
   *[other] { $count } video
}
hashtag-empty = Ancora nessun video pubblico con questo hashtag.
sound-title = Suono
sound-listen = Ascolta { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } video
   *[other] { $count } video
}
sound-use = Usa questo suono
sound-original = Video originale
sound-sort = Ordina i video
sound-newest = Più recenti
sound-popular = Popolari
sound-empty = Nessun video usa ancora questo suono.

## Search
search-title = Scopri
search-label = Cerca
search-placeholder = Cerca account, video, #hashtag, suoni
search-submit = Cerca
search-types = Cosa cercare
search-videos = Video
search-accounts = Account
search-hashtags = Hashtag
search-sounds = Suoni
search-results = Risultati
search-hint = Scrivi una parola, un #hashtag o un @nomeutente.
search-empty = Nessun risultato per “{ $query }”.
search-followers = { $count ->
    [one] { $count } follower
   *[other] { $count } follower
}

## Inbox
inbox-title = Posta
inbox-requests = Richieste di follow
inbox-activity = Attività
inbox-empty = Ancora nessuna notifica.
inbox-unread = Non lette:
request-accept = Accetta
request-decline = Rifiuta
request-accepted = Ora { $handle } può vedere i tuoi video
request-declined = Richiesta di { $handle } rifiutata
notif-like = { $count ->
    [one] A { $actor } piace il tuo video
   *[other] A { $count } persone piace il tuo video
}
notif-comment = { $others ->
    [0] { $actor } ha commentato il tuo video
    [one] { $actor } e un'altra persona hanno commentato il tuo video
   *[other] { $actor } e altre { $others } persone hanno commentato il tuo video
}
notif-reply = { $actor } ha risposto al tuo commento
notif-mention = { $actor } ti ha menzionato
notif-follow = { $count ->
    [one] { $actor } ha iniziato a seguirti
   *[other] { $count } nuovi follower
}
notif-follow_request = { $actor } ha chiesto di seguirti
notif-follow_accepted = { $actor } ha accettato la tua richiesta di follow
notif-comment_like = { $others ->
    [0] A { $actor } piace il tuo commento
    [one] A { $actor } e a un'altra persona piace il tuo commento
   *[other] A { $actor } e ad altre { $others } persone piace il tuo commento
}
notif-duet = { $actor } ha fatto un duetto con il tuo video
notif-stitch = { $actor } ha fatto uno stitch del tuo video

## Settings
settings-title = Impostazioni
settings-save = Salva
settings-saved = Salvato
settings-profile = Profilo
settings-privacy = Privacy
settings-private = Account privato
settings-private-hint = Solo i follower che approvi possono vedere i tuoi video.
settings-who-comment = Chi può commentare i tuoi video
settings-who-duet = Chi può fare duetti con i tuoi video
settings-who-stitch = Chi può fare stitch dei tuoi video
policy-everyone = Tutti
policy-followers = Follower
policy-nobody = Nessuno
settings-liked-public = Mostra sul mio profilo i video che mi piacciono
settings-teen = Il tuo è un account per adolescenti: alcune impostazioni sono più restrittive.
settings-feed = Feed
settings-reset-recommendations = Azzera i miei consigli
settings-reset-done = I tuoi consigli sono stati azzerati.
settings-language = Lingua
settings-language-label = Lingua dell'interfaccia
settings-language-hint = Per impostazione predefinita Spool usa la lingua del browser.
settings-data = I tuoi dati
settings-data-intro = Scarica tutto ciò che Spool conserva su di te e scopri quali membri dello staff lo hanno consultato e perché.
settings-export = Scarica i miei dati
settings-region = Regione di residenza
settings-region-now = I tuoi dati sono conservati in: { $region }
settings-region-intro = I tuoi dati personali si trovano solo nella tua regione di residenza. Puoi spostarli in un'altra.
settings-move-to = Nuova regione di residenza
settings-move = Sposta i miei dati
settings-move-confirm = Spostare tutti i tuoi dati personali in { $region }?
settings-move-done = I tuoi dati sono stati spostati.
settings-account = Account
settings-signed-in = Accesso eseguito come { $handle }
settings-logout = Esci
settings-delete = Elimina account
settings-delete-intro = Elimina per sempre il tuo account, i tuoi video e tutti i tuoi dati. Non si può annullare.
settings-delete-confirm = Eliminare per sempre il tuo account e tutto ciò che contiene?
settings-sessions = Sessioni
settings-sessions-intro = I dispositivi su cui hai effettuato l'accesso. Esci da quelli che non riconosci.
settings-sessions-logout-others = Esci da tutti gli altri dispositivi
settings-sessions-ended = { $count ->
    [one] Disconnessa { $count } altra sessione.
   *[other] Disconnesse { $count } altre sessioni.
}
session-device = { $browser } su { $os }
session-device-unknown = Dispositivo sconosciuto
session-current = Questo dispositivo
session-times = Accesso { $created } · ultima attività { $used }
session-logout = Esci
session-logout-label = Disconnetti { $device }
settings-password = Cambia password
settings-password-done = La password è stata cambiata. Tutte le altre sessioni sono state chiuse.
field-current-password = Password attuale
field-new-password = Nuova password
access-title = Accesso ai miei dati
access-intro = Ogni volta che un membro dello staff apre i tuoi dati personali, l'accesso viene registrato con una giustificazione scritta. Questo è l'elenco completo.
access-empty = Nessun membro dello staff ha consultato i tuoi dati.
access-unavailable = Il registro degli accessi non è ancora disponibile su questo server.
access-when = Quando
access-staff = Membro dello staff
access-role = Ruolo
access-action = Cosa ha fatto
access-justification = Giustificazione
access-reference = Riferimento
algorithm-title = Come funziona il feed
algorithm-intro = Il feed Per te di Spool è aperto all'ispezione: il codice, i suoi pesi e i motivi di ogni video sono pubblici.
algorithm-sources = I candidati provengono dagli account che segui, da video simili a quelli che ti sono piaciuti, da ciò che è popolare nella tua regione e lingua e da nuovi video mostrati a un piccolo pubblico di prova.
algorithm-signals = Impara da ciò che fai: quanto a lungo guardi, le riproduzioni ripetute, i salti, i mi piace, le condivisioni, i commenti, i follow e “Non mi interessa”.
algorithm-filters = Esclude ciò che hai già visto, gli account bloccati e i video rimossi, e alterna argomenti e creator.
algorithm-control = Puoi disattivare la personalizzazione, azzerare ciò che ha imparato e chiedere “perché questo video?” su ogni video.
algorithm-published = Descrizione pubblicata
algorithm-unavailable = La descrizione pubblicata non è ancora disponibile su questo server.

## Log in and sign up
login-title = Accedi
login-submit = Accedi
login-no-account = Non hai ancora un account?
signup-title = Registrati
signup-intro = I tuoi dati personali sono conservati solo nella regione di residenza che scegli.
signup-submit = Crea account
signup-have-account = Hai già un account?
field-handle = Nome utente
field-handle-hint = Da 2 a 24 lettere, cifre, _ o .
field-display-name = Nome visualizzato (facoltativo)
field-password = Password
field-password-hint = Almeno 8 caratteri.
field-birth-date = Data di nascita
field-birth-date-hint = Devi avere almeno 13 anni. Gli account dei minori di 18 anni sono privati per impostazione predefinita.
field-region = Regione di residenza
field-region-hint = Dove sono conservati i tuoi dati personali.
field-email = E-mail (facoltativa)
field-email-hint = Usata solo per aiutarti a recuperare l'account.
field-bio = Biografia

## Errors
error-network = Impossibile raggiungere il server. Controlla la connessione.
error-internal = Qualcosa è andato storto. Riprova.
error-unauthenticated = Prima accedi.
error-invalid_credentials = Nome utente o password errati.
error-too_young = Devi avere almeno 13 anni per usare Spool.
error-csrf_rejected = La sessione è scaduta. Ricarica la pagina.
error-forbidden = Non hai il permesso di farlo.
error-comments_off = I commenti sono disattivati per questo video.
error-remix_off = Il creator non lo consente.
error-not_found = Non trovato.
error-handle_taken = Questo nome utente è già in uso.
error-rate_limited = Troppi tentativi. Attendi un momento e riprova.
error-invalid_handle = Usa da 2 a 24 lettere, cifre, _ o .
error-handle_reserved = Questo nome utente è riservato.
error-invalid_password = La password deve avere da 8 a 128 caratteri.
error-invalid_email = Questo indirizzo e-mail non sembra corretto.
error-invalid_birth_date = Inserisci una data di nascita valida.
error-invalid_display_name = Il nome visualizzato può avere al massimo 50 caratteri.
error-invalid_bio = La biografia può avere al massimo 160 caratteri.
error-invalid_caption = La didascalia può avere al massimo 2.200 caratteri.
error-invalid_comment = Un commento ha da 1 a 500 caratteri.
error-unknown_region = Scegli una delle regioni elencate.
error-empty_file = Il file è vuoto.
error-not_media = Questo file non è un video.
error-no_video_stream = Questo file non contiene video.
error-still_image = Questa è un'immagine fissa, non un video.
error-too_short = Il video è troppo corto (almeno 1 secondo).
error-too_long = Il video è troppo lungo (al massimo 10 minuti).
error-too_large = Il video è troppo grande.
error-unsupported_codec = Questo formato video non è supportato.
error-transcode_failed = Non è stato possibile elaborare il video.
error-wrong_password = La password attuale è errata.
error-quota_exceeded = Lo spazio di archiviazione è pieno. Elimina video o caricamenti incompleti per liberare spazio.
error-bad_request = Impossibile leggere la richiesta.

## Moderation: reports
report-title-video = Segnala questo video
report-title-comment = Segnala questo commento
report-title-account = Segnala questo account
report-category-choose = Scegli un motivo
report-category-hate_speech = Incitamento all'odio
report-category-harassment = Molestie e bullismo
report-category-violent_extremism = Estremismo violento
report-category-disinformation = Informazioni false e disinformazione
report-category-child_safety = Sicurezza dei minori
report-category-self_harm = Autolesionismo e disturbi alimentari
report-category-illegal_goods = Beni e servizi illegali
report-category-scams = Truffe e frodi
report-category-spam = Spam
report-category-intellectual_property = Proprietà intellettuale
report-category-other = Altro
report-dsa-legend = Su di te
report-dsa-intro = Non hai effettuato l'accesso, quindi questa è una segnalazione ai sensi dell'articolo 16 del Digital Services Act dell'UE. Ci servono il tuo nome e il tuo indirizzo e-mail per gestirla; alla persona segnalata non viene mai detto chi sei.
report-name = Il tuo nome
report-email = Il tuo indirizzo e-mail
report-email-hint = Ti invieremo qui l'esito.
report-good-faith = Dichiaro in buona fede che le informazioni contenute in questa segnalazione sono esatte e complete.
report-login-instead = Hai un account?
report-sent = Grazie. La tua segnalazione è stata inviata e un moderatore la esaminerà.
report-duplicate = Hai già segnalato questo contenuto. La segnalazione precedente è ancora valida; non serve inviarla di nuovo.
report-receipt-intro = Conserva questa ricevuta: ti permette di consultare la decisione.
report-receipt = La tua ricevuta
report-receipt-hint = Segnalazione numero { $id }
report-receipt-copy = Copia ricevuta
report-receipt-copied = Ricevuta copiata.
report-check-later = Controlla questa segnalazione più tardi
report-follow-up = Ti comunicheremo l'esito. Puoi anche seguirlo in
report-outcome = Deciso il { $date }: { $action }
report-outcome-policy = Regola applicata: { $policy }
report-state-open = In attesa di revisione
report-state-decided = Deciso
comment-report = Segnala il commento di { $handle }
profile-report = Segnala
profile-withheld = Questo account non è disponibile nel tuo paese.
label-panel = Informazioni
label-more = Scopri di più
video-age-restricted = Limitato per età
video-held = In sospeso
video-held-own = Il tuo video è in sospeso: corrisponde a contenuti rimossi in precedenza. Un moderatore lo esaminerà.
video-removed-own = Il tuo video è stato rimosso da un moderatore. Solo tu vedi questo avviso.
video-reduced-own = Dopo una decisione di moderazione il tuo video non viene consigliato nei feed. Solo tu vedi questo avviso.
video-withheld = Questo video non è disponibile nel tuo paese.
status-link = Scopri perché e come presentare ricorso

## Moderation: actions, targets, grounds
action-no_violation = Nessuna violazione
action-remove = Rimosso
action-age_restrict = Limitato per età
action-restrict_regions = Limitato in alcune regioni
action-label = Etichetta informativa aggiunta
action-reduce_distribution = Distribuzione ridotta
action-suspend = Account sospeso
action-terminate = Account chiuso
target-video = Video
target-comment = Commento
target-account = Account
ground-illegal = Contenuto illegale
ground-incompatible = Contrario alle linee guida della community
source-notice = Una segnalazione di chi l'ha notato
source-trusted-flagger = Una segnalazione di un segnalatore attendibile
source-own-initiative = Verifica di Spool
decision-reversed = Annullata

## Account status and statements of reasons
status-title = Stato dell'account
settings-status-intro = Decisioni sui tuoi contenuti, i tuoi ricorsi e le segnalazioni che hai inviato.
settings-about = Informazioni su Spool
status-standing = Il tuo account
status-good = Il tuo account è in regola.
status-suspended = Il tuo account è sospeso.
status-suspended-until = Il tuo account è sospeso fino al { $date }.
status-terminated = Il tuo account è stato chiuso. Puoi ancora leggere le decisioni e presentare ricorso.
status-strikes = { $count ->
    [one] { $count } violazione su { $threshold }
   *[other] { $count } violazioni su { $threshold }
}
status-strikes-hint = Ogni decisione contro i tuoi contenuti conta come una violazione. Al limite l'account viene sospeso. Le violazioni vecchie scadono.
status-history = Decisioni precedenti
status-statements = Decisioni e motivazioni
status-statements-intro = Per ogni decisione inviamo una motivazione: cosa è stato deciso, in base a quale regola e come presentare ricorso.
status-no-statements = Nessuna decisione sui tuoi contenuti.
status-my-reports = Le mie segnalazioni
status-no-reports = Non hai segnalato nulla.
status-receipt-title = La tua segnalazione
statement-heading = { $action } · { $date }
statement-decision = Decisione
statement-content = Contenuto
statement-facts = Cosa abbiamo rilevato
statement-policy = Regola
statement-ground-illegal = Riteniamo il contenuto illegale.
statement-ground-incompatible = Il contenuto è contrario alle nostre linee guida della community.
statement-legal-ground = Base giuridica: { $ground }
statement-policy-ground = Linea guida: { $ground }
statement-label = Etichetta mostrata
statement-detection = Come è stato individuato
statement-detected-auto = Con strumenti automatici
statement-detected-human = Senza strumenti automatici
statement-automated = Come è stato deciso
statement-decided-auto = Da un sistema automatico
statement-decided-human = Da una persona, non automaticamente
statement-source = Cosa ha avviato la verifica
statement-scope = Dove si applica
statement-scope-everywhere = Ovunque
statement-duration = Per quanto tempo
statement-duration-until = Dal { $from } al { $until }
statement-duration-open = Dal { $from }, senza data di fine
statement-account-suspended = Il tuo account è stato sospeso.
statement-account-terminated = Il tuo account è stato chiuso.
statement-appeal = Ricorso
statement-appeal-until = Puoi presentare ricorso fino al { $date }. Lo esaminerà un altro moderatore.
statement-appeal-possible = Puoi presentare ricorso. Lo esaminerà un altro moderatore.
statement-appeal-closed = Non è più possibile presentare ricorso qui contro questa decisione. Puoi comunque rivolgerti a un organismo certificato di risoluzione extragiudiziale delle controversie o a un tribunale.
statement-appeal-open = Il tuo ricorso è in esame.
statement-appeal-upheld = Il tuo ricorso è stato accolto: la decisione è stata annullata.
statement-appeal-rejected = Il tuo ricorso è stato esaminato e la decisione resta valida.
statement-technical = Dettagli tecnici (come inviati alla banca dati UE sulla trasparenza)
appeal-text = Perché la decisione dovrebbe cambiare?
appeal-text-hint = Spiega cosa potrebbe essere sfuggito al moderatore. Puoi aggiungere contesto o link.
appeal-send = Invia ricorso
appeal-sent = Il tuo ricorso è stato inviato. Lo esaminerà un altro moderatore e riceverai una nuova motivazione.
appeal-exists = Hai già un ricorso aperto contro questa decisione.

## Moderator console
mod-title = Moderazione
mod-region = Regione
mod-region-hint = La coda della regione che moderi.
mod-not-moderator = Non sei moderatore di questa regione.
queue-title = Coda di revisione: { $region }
queue-refresh = Aggiorna
queue-empty = La coda è vuota.
queue-count = { $count ->
    [one] { $count } elemento, i più urgenti per primi
   *[other] { $count } elementi, i più urgenti per primi
}
queue-kind-notice = Segnalazione
queue-kind-appeal = Ricorso
queue-kind-match = Corrispondenza
queue-severity = Gravità
queue-notices = Segnalazioni
queue-reach = Visualizzazioni (24 h)
queue-detection = Individuato da
queue-automated = Rilevamento automatico
queue-human = Persone
queue-due = Scadenza { $time }
queue-overdue = In ritardo: la scadenza era { $time }
queue-claimed-mine = Preso in carico da te; la presa in carico scade { $time }
queue-claimed-other = Preso in carico da un altro moderatore
queue-claim = Prendi in carico
queue-claim-done = Preso in carico. È tuo per i prossimi minuti.
queue-open = Esamina
item-title = Revisione
item-heading = Revisione: { $category }
item-back = Torna alla coda
item-decided = Deciso
item-context = Il contenuto
item-player = Il video segnalato
item-caption = Didascalia
item-sound = Suono
item-state = Stato
item-remixes = Remix
item-none = Nessuno
item-open-video = Pagina del video
item-open-video-link = Apri il video
item-comment-text = Commento
item-comment-video = Sul video
item-account = Account
item-detection = Rilevamento automatico
item-notices = { $count ->
    [one] { $count } segnalazione
   *[other] { $count } segnalazioni
}
item-history = Decisioni precedenti su questo account
item-history-none = Nessuna decisione precedente.
item-appeal = Il ricorso
item-appeal-decision = La decisione impugnata
decide-title = Decisione
decide-action = Azione
decide-policy = Regola
decide-policy-category = Regola generale: { $category }
decide-legal-ground = Base giuridica: { $ground }
decide-facts = Fatti
decide-facts-hint = Cosa hai rilevato, in parole semplici. Il creator lo leggerà.
decide-restrict = Dove limitare
decide-restrict-hint = Scegli regioni, paesi o entrambi. Un ordine legale richiede il suo riferimento.
decide-regions = Regioni
decide-countries = Paesi
decide-countries-hint = Codici paese di due lettere, separati da virgole (DE, AT).
decide-reference = Riferimento (ordine di un tribunale o di un'autorità)
decide-reference-hint = Facoltativo. Mostrato a chi non può vedere il contenuto.
decide-restrict-empty = Scegli almeno una regione o un paese.
decide-label = Etichetta informativa
decide-label-text = Testo dell'etichetta
decide-label-url = Link a ulteriori informazioni
decide-suspend = Sospensione
decide-days = Giorni
decide-days-hint = Da 1 a 365.
decide-submit = Decidi
decide-done = Decisione registrata: { $action }. La motivazione è stata inviata.
appeal-decide-title = Decidi il ricorso
appeal-outcome = Esito
appeal-outcome-upheld = Accogli il ricorso
appeal-outcome-upheld-hint = La decisione viene annullata subito e il contenuto o l'account viene ripristinato.
appeal-outcome-rejected = Respingi il ricorso
appeal-outcome-rejected-hint = La decisione resta valida.
appeal-decide-submit = Decidi il ricorso
appeal-decided-upheld = Ricorso accolto: la decisione è stata annullata. È stata inviata una nuova motivazione.
appeal-decided-rejected = Ricorso respinto: la decisione resta valida. È stata inviata una nuova motivazione.
error-claimed = Un altro moderatore ha preso in carico questo elemento.
error-same_moderator = Il moderatore che ha preso la decisione non può decidere sul relativo ricorso.

## Transparency report
transparency-title = Trasparenza
transparency-intro = Come funziona la moderazione su Spool, in numeri: segnalazioni, decisioni, tempi, ricorsi e annullamenti. Nessun dato personale è mostrato.
transparency-region = Regione
transparency-all-regions = Tutte le regioni
transparency-period = Periodo
transparency-period-days = Ultimi 30 giorni, per giorno
transparency-period-weeks = Ultime 12 settimane, per settimana
transparency-period-months = Ultimi 12 mesi, per mese
transparency-range = Dal { $from } al { $to }
transparency-csv = Scarica come CSV
transparency-summary = In totale: { $region }
transparency-notices = Segnalazioni
transparency-decisions = Decisioni
transparency-median = Tempo mediano di decisione
transparency-p90 = 90° percentile
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Scadenze mancate
transparency-automated-detection = Individuati con strumenti automatici
transparency-automated-decision = Decisi automaticamente
transparency-suspensions = Sospensioni
transparency-appeals = Ricorsi
transparency-reversals = Annullamenti
transparency-over-time = Nel tempo
transparency-chart-volume = Segnalazioni e decisioni
transparency-chart-speed = Tempo di decisione (ore)
transparency-breakdown = Ripartizione
transparency-chart-notices-category = Segnalazioni per categoria
transparency-chart-decisions-action = Decisioni per azione
transparency-chart-decisions-category = Decisioni per categoria
transparency-chart-ground = Decisioni per motivo
transparency-chart-source = Segnalazioni per origine
transparency-appeals-title = Ricorsi
transparency-chart-appeals = Esiti dei ricorsi
transparency-chart-appeals-time = Ricorsi e annullamenti nel tempo
transparency-appeals-upheld = Accolti
transparency-appeals-rejected = Respinti
transparency-appeals-open = Aperti
transparency-orders = Ordini legali e controlli
transparency-chart-orders = Ordini legali per regione
transparency-screening-flagged = Segnalati dai controlli
transparency-screening-decided = Esaminati
transparency-screening-confirmed = Confermati
transparency-screening-precision = Precisione
transparency-none = Niente in questo periodo.
transparency-yes = Sì
transparency-no = No
transparency-log = Registro delle decisioni
transparency-log-intro = Ogni decisione, senza i dati di chi segnala, dei creator o dei moderatori.
transparency-log-date = Data
transparency-log-action = Decisione
transparency-log-category = Categoria
transparency-log-ground = Motivo
transparency-log-content = Contenuto
transparency-log-detected = Rilevamento automatico
transparency-log-automated = Decisione automatica
transparency-log-scope = Dove
transparency-log-source = Origine
transparency-log-reversed = Annullata
transparency-log-more = Altre decisioni
transparency-log-empty = Ancora nessuna decisione.
chart-show-table = Mostra i numeri in una tabella
chart-summary-line = Dal { $from } al { $to }. Totali: { $totals }
chart-period = Periodo
chart-item = Voce
chart-value = Numero
notif-statement = È stata presa una decisione di moderazione sui tuoi contenuti. Scopri perché e come presentare ricorso.
notif-report_outcome = È stata presa una decisione su una segnalazione che hai inviato.

## Moderation: more codes from the server
action-hold = Trattenuto per revisione
action-reversed = Annullato in seguito a ricorso
action-upheld_decision = Confermato in seguito a ricorso
action-appeal_upheld = Ricorso accolto
action-appeal_rejected = Ricorso respinto
notice-source-account = Segnalazione da un account
notice-source-anonymous = Segnalazione senza account (art. 16 DSA)
notice-source-screening = Controllo automatico
notice-source-fingerprint = Corrispondenza con contenuti rimossi
notice-source-legal_order = Ordine legale
source-complaint = Un ricorso
statement-scope-eea = L'UE e lo SEE (30 paesi)
statement-regions = Regioni
statement-reference = Riferimento dell'ordine
statement-outcome-heading = { $action } · { $date }
error-already_decided = È già stato deciso.
error-appeal_open = Esiste già un ricorso aperto contro questa decisione.
error-appeal_closed = Non è più possibile presentare ricorso contro questa decisione.
error-account_suspended = Il tuo account è sospeso, quindi ora non puoi farlo.
error-account_terminated = Il tuo account è chiuso.
error-not_moderator = Non sei moderatore di questa regione.
video-withheld-own = Il tuo video è bloccato in: { $places }. Solo tu vedi questo avviso.
item-restrictions = Limitazioni attuali

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Accedi per continuare
signin-sheet-intro = Accedi per mettere mi piace, commentare, seguire e avere un feed fatto per te.
feed-caught-up = Sei in pari
feed-caught-up-hint = Per ora hai visto tutti i video. Trovane altri in Scopri.
feed-explore = Esplora
clip-creator-profile = Profilo di { $handle }
unfollow-handle = Smetti di seguire { $handle }
clip-progress = Posizione di riproduzione
clip-progress-value = { $at } di { $length }
video-edit = Modifica video
video-edit-save = Salva
video-edit-done = Modifiche salvate
video-delete = Elimina video
video-delete-confirm = Eliminare per sempre questo video? Anche i suoi commenti e mi piace verranno eliminati.
video-delete-done = Video eliminato
back = Indietro
cancel = Annulla
discover-trending = Di tendenza ora
discover-trending-tags = Hashtag di tendenza

## How the feed works: its stages and parameters
algo-stage-events = Da cosa impara il feed
algo-stage-model = Il modello dei gusti
algo-stage-candidates = Da dove vengono i candidati
algo-stage-exploration = Una possibilità per i nuovi video
algo-stage-ranking = Classifica
algo-stage-filters = Cosa viene escluso
algo-stage-diversity = Varietà
algo-stage-non_personalized = Il feed non personalizzato
algo-technical = Descrizione tecnica (in inglese)
algo-param-bias-learning-rate = Velocità con cui si impara l'attrattiva propria di un video
algo-param-expiry-secs = Dimenticato dopo un'inattività di
algo-param-history-len = Visioni recenti che contano
algo-param-history-weight = Peso delle visioni recenti
algo-param-init-scale = Dispersione iniziale delle nuove righe
algo-param-item-min-count = Interazioni prima che un video abbia una riga propria
algo-param-learning-rate = Velocità con cui si imparano i gusti
algo-param-margin = Margine tra video apprezzati e saltati
algo-param-negative-trials = Video provati per trovare un controesempio
algo-param-negatives-per-positive = Controesempi per ogni segnale positivo
algo-param-regularization = Regolarizzazione (evita che il modello si adatti troppo)
algo-param-seed = Seme casuale (per la riproducibilità)
algo-param-max-age-hours = I nuovi video vengono esplorati per
algo-param-min-completion-rate = Guardati fino alla fine almeno
algo-param-min-engagement-rate = Mi piace, commenti e condivisioni per visualizzazione almeno
algo-param-slots-per-page = Posti per pagina per i nuovi video
algo-param-stages = Dimensioni del pubblico nelle fasi di prova
algo-param-freshness-hours = Un video è considerato nuovo per
algo-param-trending-half-life-hours = La tendenza conta la metà dopo
algo-param-weights = Pesi del punteggio di classifica
algo-param-engagement = Coinvolgimento previsto
algo-param-exploration = Esplorazione
algo-param-following = Account che segui
algo-param-freshness = Novità
algo-param-trending = Tendenza
algo-param-creator-spacing = Video prima dello stesso creator
algo-param-sound-spacing = Video prima dello stesso suono
algo-param-catalog-videos = Video nel catalogo
algo-param-viewers-with-state = Spettatori che il modello conosce

tile-views = { $count ->
    [one] { $count } visualizzazione
   *[other] { $count } visualizzazioni
}

## Long press: speed
clip-options = Opzioni
speed-title = Velocità di riproduzione
speed-normal = Normale
speed-value = { $rate }×
speed-set = Riproduzione a { $rate }×

## Upload: preview, cover, draft
upload-preview = Anteprima del tuo video
upload-cover = Copertina
upload-cover-hint = Scorri fino al fotogramma che le persone vedono prima che il video parta.
upload-draft-restored = La tua bozza è tornata: didascalia e impostazioni come le avevi lasciate.
error-invalid_cover = La copertina deve essere un momento del video.

# Sottotitoli e foto profilo
clip-captions-on = Attiva i sottotitoli
clip-captions-off = Disattiva i sottotitoli
captions-on = Sottotitoli attivi
captions-off = Sottotitoli disattivati
captions-title = Sottotitoli
captions-file = File dei sottotitoli (.vtt)
captions-hint = Un file WebVTT per ogni lingua. I sottotitoli devono rientrare nella durata del video.
captions-language = Lingua dei sottotitoli
captions-add = Aggiungi sottotitoli
captions-remove = Rimuovi i sottotitoli in { $language }
captions-remove-short = Rimuovi
captions-none = Ancora nessun sottotitolo.
captions-added = Sottotitoli in { $language } aggiunti.
captions-removed = Sottotitoli in { $language } rimossi.
captions-failed = Il tuo video è stato pubblicato, ma i sottotitoli non sono stati aggiunti: { $reason } Puoi aggiungerli dalla scheda di modifica del video.
captions-pick-file = Prima scegli un file .vtt.
error-invalid_webvtt = Questo non è un file di sottotitoli WebVTT valido.
error-invalid_language = Scegli la lingua dei sottotitoli.
profile-photo-choose = Foto profilo
profile-photo-hint = JPEG, PNG o WebP, fino a 8 MB. Viene ritagliata in un quadrato e vengono rimosse le informazioni su dove e con cosa è stata scattata.
profile-photo-remove = Rimuovi foto
profile-photo-type = Scegli un'immagine JPEG, PNG o WebP.
profile-edit-save = Salva profilo
profile-edit-done = Profilo salvato.
error-invalid_photo = Questo file non è un'immagine leggibile.
error-photo_too_small = La foto è troppo piccola: scegline una di almeno 64 pixel per lato.
error-photo_too_large = La foto è troppo grande: al massimo 8192 pixel per lato.
error-invalid_crop = La parte della foto da tenere deve essere un quadrato al suo interno.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Altre istanze
fed-intro = Segui persone su altre istanze che parlano ActivityPub, come altri server Spool. I loro video compaiono nel tuo feed Seguiti.
fed-teen = Gli account per adolescenti restano su questa istanza: non possono seguire né essere seguiti da altre istanze.
fed-address = Indirizzo su un'altra istanza
fed-address-hint = Nel formato nome@host, per esempio alex@example.org
fed-follow = Segui
fed-address-invalid = Inserisci l'indirizzo nel formato nome@host, per esempio alex@example.org.
fed-address-local = Questo account è su questa istanza: seguilo dal suo profilo.
fed-not-found = Nessun account { $handle } trovato. Controlla l'indirizzo.
fed-requested = Richiesta di follow inviata a { $handle }.
fed-following = Account che segui lì
fed-following-empty = Non segui ancora nessuno su un'altra istanza.
fed-pending = Richiesta inviata
fed-followers = I tuoi follower lì
fed-followers-empty = Nessuno su un'altra istanza ti segue ancora.
fed-wants-to-follow = Vuole seguirti
fed-unfollow = Smetti di seguire
fed-accept = Accetta
fed-accept-label = Accetta la richiesta di follow di { $handle }
fed-decline = Rifiuta
fed-decline-label = Rifiuta la richiesta di follow di { $handle }
fed-remove = Rimuovi
fed-remove-label = Rimuovi { $handle } dai tuoi follower
fed-accepted = Ora { $handle } ti segue.
fed-declined = Hai rifiutato la richiesta di { $handle }.
fed-removed = { $handle } non ti segue più.
fed-from = Da { $host }
fed-open = Apri su { $host }
fed-cannot-play = Questo video non può essere riprodotto qui.
comment-remote-remove = Rimuovi la risposta di { $handle }
fed-shared-by = Condiviso da { $handle }
reason-remote_instance = Da { $host }, un'istanza di cui persone di qui seguono account
fed-like = Mi piace
