# Spool : français

## Page shell (server-rendered)
app-name = Spool
app-title = Spool – vidéos courtes
app-description = Regardez, créez et partagez des vidéos courtes. Vos données restent dans votre région d’origine.
skip-to-content = Aller au contenu
loading = Chargement…
noscript = Spool a besoin de JavaScript pour lire les vidéos. Activez-le ou utilisez directement l’API.
assets-missing = Le client web n’a pas été intégré à ce serveur. Construisez-le avec « npm ci && npm run build » dans le dossier web/, puis recompilez Spool.
title-page = { $page } · Spool
title-not-found = Introuvable · Spool
not-found = Cette page n’existe pas.
close = Fermer

## Navigation
nav-label = Principal
nav-home = Accueil
nav-discover = Découvrir
nav-upload = Publier
nav-inbox = Boîte de réception
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } notification non lue
   *[other] { $count } notifications non lues
}

## Feed
feed-tabs = Fils
feed-for-you = Pour toi
feed-following = Abonnements
feed-personalized = Personnalisé
feed-mode-hint = Désactivé, le fil n’utilise aucun profilage : il montre ce qui est populaire et récent dans votre région et votre langue.
feed-mode-personalized = Fil personnalisé activé
feed-mode-non-personalized = Fil personnalisé désactivé : aucun profilage
feed-empty = Rien à regarder pour l’instant. Publiez le premier clip ou lancez une recherche.
feed-following-empty = Aucun nouveau clip des comptes que vous suivez.
feed-login = Connectez-vous pour voir les clips des comptes que vous suivez.
feed-unavailable = Le fil n’est pas encore disponible sur ce serveur. Essayez la recherche ou un profil.
video-title = Vidéo
video-processing = Traitement en cours…
video-failed = Échec du traitement
clip-video-label = Vidéo de { $handle }
clip-loading = Chargement de la vidéo
clip-unmute = Activer le son
clip-mute = Couper le son
clip-play = Lire
clip-pause = Pause
clip-actions = Actions pour la vidéo de { $handle }
clip-like = { $count ->
    [one] J’aime ({ $count } j’aime)
   *[other] J’aime ({ $count } j’aime)
}
clip-comments = { $count ->
    [one] Commentaires ({ $count } commentaire)
   *[other] Commentaires ({ $count } commentaires)
}
clip-share = { $count ->
    [one] Partager ({ $count } partage)
   *[other] Partager ({ $count } partages)
}
clip-more = Plus d’options
clip-sound = Son original – { $handle }
clip-duet-of = Duo : voir l’original
clip-stitch-of = Stitch : voir l’original
follow-handle = Suivre { $handle }
follow-requested = Demandé
follow-done = Vous suivez maintenant { $handle }
unfollow-done = Vous ne suivez plus { $handle }
login-needed = Connectez-vous d’abord.
share-title = Partager
share-link = Lien vers cette vidéo
share-copy = Copier le lien
share-copied = Lien copié
not-interested = Pas intéressé
not-interested-done = C’est noté : vous verrez moins de clips de ce genre.
open-sound = Ouvrir le son
make-duet = Faire un duo
make-stitch = Faire un stitch de cette vidéo
why-title = Pourquoi cette vidéo ?
why-none = Ce clip a été ouvert directement, il n’a pas été choisi par le fil.
why-explainer = Le fil choisit les clips selon des règles publiées. Vous pouvez désactiver la personnalisation à tout moment.
algorithm-link = Comment fonctionne le fil

## Reasons
reason-follows_creator = Vous suivez { $handle }
reason-topic = Vous regardez des clips sur { $hashtag }
reason-similar_to_liked = Semblable à des clips que vous avez aimés
reason-taste_match = Correspond à ce que vous regardez d’habitude
reason-trending_region = Populaire dans votre région ({ $region })
reason-trending_language = Populaire dans votre langue ({ $language })
reason-new_video_test_audience = Un nouveau clip montré à un petit public test
reason-fresh = Publié récemment
reason-sound = Utilise le son « { $sound } »
reason-seen_before = Vous avez vu tous les nouveaux clips ; revoyez celui-ci

## Comments
comments-title = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
comments-empty = Pas encore de commentaires. Soyez le premier.
comments-more = Plus de commentaires
comments-off = Les commentaires sont désactivés pour cette vidéo.
comment-add = Ajouter un commentaire
comment-send = Publier
comment-sent = Commentaire publié
comment-reply = Répondre
comment-reply-to = Répondre à { $handle }
comment-cancel-reply = Annuler la réponse
comment-replies = { $count ->
    [one] Voir { $count } réponse
   *[other] Voir { $count } réponses
}
comment-like = { $count ->
    [one] Aimer le commentaire ({ $count } j’aime)
   *[other] Aimer le commentaire ({ $count } j’aime)
}
comment-pinned = Épinglé
comment-login = Connectez-vous pour commenter

## Reports
report = Signaler
report-intro = Dites-nous ce qui ne va pas. Chaque signalement est examiné par un modérateur, et vous recevrez une réponse.
report-category = Motif
report-note = Détails (facultatif)
report-note-hint = Sur quoi le modérateur doit-il se pencher ?
report-send = Envoyer le signalement

## Upload
upload-title = Publier
upload-file = Fichier vidéo
upload-file-hint = De 1 seconde à 10 minutes. L’envoi commence tout de suite et reprend si la connexion est coupée.
upload-progress-label = Progression de l’envoi
upload-progress = { $percent } % ({ $sent } sur { $total } octets)
upload-done = Envoi terminé
upload-error = L’envoi a échoué. Réessayez.
upload-pause = Pause
upload-resume = Reprendre
upload-caption = Légende
upload-caption-hint = Tapez # pour les hashtags et @ pour mentionner quelqu’un.
upload-visibility = Qui peut regarder
visibility-public = Tout le monde
visibility-followers = Abonnés
visibility-private = Moi seulement
upload-allow = Autoriser les autres à
upload-allow-comments = Commenter
upload-allow-duet = Faire un duo
upload-allow-stitch = Faire un stitch
upload-sound = Son (facultatif)
upload-sound-search = Chercher un son
upload-sound-none = Votre clip garde son propre son.
upload-sound-chosen = Son : { $title }
upload-sound-clear = Utiliser mon propre son
upload-duet = Duo avec { $handle }
upload-stitch = Stitch de la vidéo de { $handle }
upload-post = Publier
upload-pick-first = Choisissez d’abord un fichier vidéo.
upload-waiting = Fin de l’envoi…
upload-processing = Traitement de votre vidéo… Cela prend environ la durée du clip.
upload-ready = Votre vidéo est prête !
upload-watch = La regarder
upload-to-profile = Aller à votre profil
suggestions = Suggestions
suggestions-count = { $count ->
    [one] { $count } suggestion. Utilisez les flèches haut et bas pour choisir.
   *[other] { $count } suggestions. Utilisez les flèches haut et bas pour choisir.
}

## Profiles, hashtags, sounds
profile-not-found = Ce compte n’existe pas.
profile-edit = Modifier le profil
profile-follow = Suivre
profile-following = Abonné
profile-private = Privé
profile-private-body = Ce compte est privé. Suivez-le pour voir ses vidéos.
profile-following-count = Abonnements
profile-followers-count = Abonnés
profile-likes-count = J’aime
profile-videos-count = Vidéos
profile-videos = Vidéos
profile-empty = Pas encore de vidéos.
profile-empty-own = Vous n’avez encore rien publié. Vos clips apparaîtront ici.
tile-label = { $caption } – par { $handle }
tile-label-plain = Vidéo de { $handle }
hashtag-count = { $count ->
    [one] { $count } vidéo
   *[other] { $count } vidéos
}
hashtag-empty = Pas encore de vidéos publiques avec ce hashtag.
sound-title = Son
sound-listen = Écouter { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } vidéo
   *[other] { $count } vidéos
}
sound-use = Utiliser ce son
sound-original = Vidéo originale
sound-sort = Trier les vidéos
sound-newest = Plus récentes
sound-popular = Populaires
sound-empty = Aucune vidéo n’utilise encore ce son.

## Search
search-title = Découvrir
search-label = Rechercher
search-placeholder = Comptes, vidéos, #hashtags, sons
search-submit = Rechercher
search-types = Type de recherche
search-videos = Vidéos
search-accounts = Comptes
search-hashtags = Hashtags
search-sounds = Sons
search-results = Résultats
search-hint = Tapez un mot, un #hashtag ou un @pseudo.
search-empty = Aucun résultat pour « { $query } ».
search-followers = { $count ->
    [one] { $count } abonné
   *[other] { $count } abonnés
}

## Inbox
inbox-title = Boîte de réception
inbox-requests = Demandes d’abonnement
inbox-activity = Activité
inbox-empty = Pas encore de notifications.
inbox-unread = Non lu :
request-accept = Accepter
request-decline = Refuser
request-accepted = { $handle } peut maintenant voir vos vidéos
request-declined = Demande de { $handle } refusée
notif-like = { $count ->
    [one] { $actor } a aimé votre vidéo
   *[other] { $count } personnes ont aimé votre vidéo
}
notif-comment = { $others ->
    [0] { $actor } a commenté votre vidéo
   *[other] { $actor } et { $others } autres ont commenté votre vidéo
}
notif-reply = { $actor } a répondu à votre commentaire
notif-mention = { $actor } vous a mentionné
notif-follow = { $count ->
    [one] { $actor } vous suit désormais
   *[other] { $count } nouveaux abonnés
}
notif-follow_request = { $actor } demande à vous suivre
notif-follow_accepted = { $actor } a accepté votre demande
notif-comment_like = { $others ->
    [0] { $actor } a aimé votre commentaire
   *[other] { $actor } et { $others } autres ont aimé votre commentaire
}
notif-duet = { $actor } a fait un duo avec votre vidéo
notif-stitch = { $actor } a fait un stitch de votre vidéo

## Settings
settings-title = Paramètres
settings-save = Enregistrer
settings-saved = Enregistré
settings-profile = Profil
settings-privacy = Confidentialité
settings-private = Compte privé
settings-private-hint = Seuls les abonnés que vous approuvez voient vos vidéos.
settings-who-comment = Qui peut commenter vos vidéos
settings-who-duet = Qui peut faire un duo avec vos vidéos
settings-who-stitch = Qui peut faire un stitch de vos vidéos
policy-everyone = Tout le monde
policy-followers = Abonnés
policy-nobody = Personne
settings-liked-public = Montrer sur mon profil les vidéos que j’aime
settings-teen = Votre compte est un compte adolescent : certains réglages sont plus stricts.
settings-feed = Fil
settings-reset-recommendations = Réinitialiser mes recommandations
settings-reset-done = Vos recommandations ont été réinitialisées.
settings-language = Langue
settings-language-label = Langue de l’interface
settings-language-hint = Par défaut, Spool suit la langue de votre navigateur.
settings-data = Vos données
settings-data-intro = Téléchargez tout ce que Spool conserve sur vous et voyez quels membres de l’équipe y ont accédé, et pourquoi.
settings-export = Télécharger mes données
settings-region = Région d’origine
settings-region-now = Vos données sont stockées dans : { $region }
settings-region-intro = Vos données personnelles ne résident que dans votre région d’origine. Vous pouvez les déplacer vers une autre.
settings-move-to = Nouvelle région d’origine
settings-move = Déplacer mes données
settings-move-confirm = Déplacer toutes vos données personnelles vers { $region } ?
settings-move-done = Vos données ont été déplacées.
settings-account = Compte
settings-signed-in = Connecté en tant que { $handle }
settings-logout = Se déconnecter
settings-delete = Supprimer le compte
settings-delete-intro = Cela supprime définitivement votre compte, vos vidéos et toutes vos données. C’est irréversible.
settings-delete-confirm = Supprimer définitivement votre compte et tout son contenu ?
settings-sessions = Sessions
settings-sessions-intro = Les appareils sur lesquels vous êtes connecté. Déconnectez ceux que vous ne reconnaissez pas.
settings-sessions-logout-others = Se déconnecter partout ailleurs
settings-sessions-ended = { $count ->
    [one] { $count } autre session a été déconnectée.
   *[other] { $count } autres sessions ont été déconnectées.
}
session-device = { $browser } sur { $os }
session-device-unknown = Appareil inconnu
session-current = Cet appareil
session-times = Connecté { $created } · dernière activité { $used }
session-logout = Se déconnecter
session-logout-label = Déconnecter { $device }
settings-password = Changer le mot de passe
settings-password-done = Votre mot de passe a été changé. Toutes les autres sessions ont été déconnectées.
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
access-title = Accès à mes données
access-intro = Chaque fois qu’un membre de l’équipe ouvre vos données personnelles, c’est consigné avec une justification écrite. Voici la liste complète.
access-empty = Aucun membre de l’équipe n’a accédé à vos données.
access-unavailable = Le journal des accès n’est pas encore disponible sur ce serveur.
access-when = Quand
access-staff = Membre de l’équipe
access-role = Rôle
access-action = Action
access-justification = Justification
access-reference = Référence
algorithm-title = Comment fonctionne le fil
algorithm-intro = Le fil Pour toi de Spool est ouvert à l’examen : le code, ses pondérations et les raisons de chaque clip sont publiés.
algorithm-sources = Les candidats viennent des comptes que vous suivez, de clips semblables à ceux que vous avez aimés, de ce qui est populaire dans votre région et votre langue, et de nouveaux clips montrés à un petit public test.
algorithm-signals = Il apprend de ce que vous faites : durée de visionnage, revisionnages, passages, j’aime, partages, commentaires, abonnements et « Pas intéressé ».
algorithm-filters = Il écarte ce que vous avez déjà vu, les comptes bloqués et les vidéos retirées, et varie les sujets et les créateurs.
algorithm-control = Vous pouvez désactiver la personnalisation, effacer ce qu’il a appris et demander « Pourquoi cette vidéo ? » sur chaque clip.
algorithm-published = Description publiée
algorithm-unavailable = La description publiée n’est pas encore disponible sur ce serveur.

## Log in and sign up
login-title = Se connecter
login-submit = Se connecter
login-no-account = Pas encore de compte ?
signup-title = S’inscrire
signup-intro = Vos données personnelles ne sont stockées que dans la région d’origine que vous choisissez.
signup-submit = Créer le compte
signup-have-account = Vous avez déjà un compte ?
field-handle = Pseudo
field-handle-hint = De 2 à 24 lettres, chiffres, _ ou .
field-display-name = Nom affiché (facultatif)
field-password = Mot de passe
field-password-hint = Au moins 8 caractères.
field-birth-date = Date de naissance
field-birth-date-hint = Vous devez avoir au moins 13 ans. Les comptes de moins de 18 ans sont privés par défaut.
field-region = Région d’origine
field-region-hint = L’endroit où vos données personnelles sont stockées.
field-email = E-mail (facultatif)
field-email-hint = Utilisé uniquement pour récupérer votre compte.
field-bio = Bio

## Errors
error-network = Impossible de joindre le serveur. Vérifiez votre connexion.
error-internal = Une erreur s’est produite. Réessayez.
error-unauthenticated = Connectez-vous d’abord.
error-invalid_credentials = Pseudo ou mot de passe incorrect.
error-too_young = Vous devez avoir au moins 13 ans pour utiliser Spool.
error-csrf_rejected = Votre session a expiré. Rechargez la page.
error-forbidden = Vous n’avez pas le droit de faire cela.
error-comments_off = Les commentaires sont désactivés pour cette vidéo.
error-remix_off = La personne qui a créé la vidéo ne l’autorise pas.
error-not_found = Introuvable.
error-handle_taken = Ce pseudo est déjà pris.
error-rate_limited = Trop de tentatives. Patientez un instant puis réessayez.
error-invalid_handle = Utilisez de 2 à 24 lettres, chiffres, _ ou .
error-handle_reserved = Ce pseudo est réservé.
error-invalid_password = Le mot de passe doit comporter de 8 à 128 caractères.
error-invalid_email = Cette adresse e-mail semble incorrecte.
error-invalid_birth_date = Saisissez une date de naissance valide.
error-invalid_display_name = Le nom affiché comporte au plus 50 caractères.
error-invalid_bio = La bio comporte au plus 160 caractères.
error-invalid_caption = La légende comporte au plus 2 200 caractères.
error-invalid_comment = Un commentaire comporte de 1 à 500 caractères.
error-unknown_region = Choisissez l’une des régions proposées.
error-empty_file = Le fichier est vide.
error-not_media = Ce fichier n’est pas une vidéo.
error-no_video_stream = Ce fichier ne contient pas de vidéo.
error-still_image = C’est une image fixe, pas une vidéo.
error-too_short = La vidéo est trop courte (au moins 1 seconde).
error-too_long = La vidéo est trop longue (10 minutes au plus).
error-too_large = La vidéo est trop volumineuse.
error-unsupported_codec = Ce format vidéo n’est pas pris en charge.
error-transcode_failed = La vidéo n’a pas pu être traitée.
error-wrong_password = Le mot de passe actuel est incorrect.
error-quota_exceeded = Votre espace de stockage est plein. Supprimez des vidéos ou des envois inachevés pour faire de la place.
error-bad_request = La requête n’a pas pu être lue.

## Moderation: reports
report-title-video = Signaler cette vidéo
report-title-comment = Signaler ce commentaire
report-title-account = Signaler ce compte
report-category-choose = Choisissez un motif
report-category-hate_speech = Discours haineux
report-category-harassment = Harcèlement et intimidation
report-category-violent_extremism = Extrémisme violent
report-category-disinformation = Mésinformation et désinformation
report-category-child_safety = Sécurité des enfants
report-category-self_harm = Automutilation et troubles alimentaires
report-category-illegal_goods = Biens et services illégaux
report-category-scams = Arnaques et fraude
report-category-spam = Spam
report-category-intellectual_property = Propriété intellectuelle
report-category-other = Autre chose
report-dsa-legend = À propos de vous
report-dsa-intro = Vous n’êtes pas connecté : ce signalement est donc une notification au titre de l’article 16 du règlement européen sur les services numériques (DSA). Nous avons besoin de votre nom et de votre adresse e-mail pour le traiter ; la personne signalée ne saura jamais qui vous êtes.
report-name = Votre nom
report-email = Votre adresse e-mail
report-email-hint = Nous vous enverrons le résultat à cette adresse.
report-good-faith = J’affirme de bonne foi que les informations de cette notification sont exactes et complètes.
report-login-instead = Vous avez un compte ?
report-sent = Merci. Votre signalement a été envoyé et sera examiné par un modérateur.
report-duplicate = Vous l’avez déjà signalé. Votre signalement précédent compte toujours ; inutile de le renvoyer.
report-receipt-intro = Conservez ce reçu : il vous permet de consulter la décision.
report-receipt = Votre reçu
report-receipt-hint = Signalement n° { $id }
report-receipt-copy = Copier le reçu
report-receipt-copied = Reçu copié.
report-check-later = Consulter ce signalement plus tard
report-follow-up = Vous serez informé du résultat. Vous pouvez aussi le suivre dans
report-outcome = Décidé le { $date } : { $action }
report-outcome-policy = Règle appliquée : { $policy }
report-state-open = En attente d’examen
report-state-decided = Décidé
comment-report = Signaler le commentaire de { $handle }
profile-report = Signaler
profile-withheld = Ce compte n’est pas disponible là où vous êtes.
label-panel = Information
label-more = En savoir plus
video-age-restricted = Soumis à une limite d’âge
video-held = En attente
video-held-own = Votre vidéo est en attente : elle correspond à un contenu déjà retiré. Un modérateur va l’examiner.
video-removed-own = Votre vidéo a été retirée par un modérateur. Vous seul voyez ce message.
video-reduced-own = Après une décision de modération, votre vidéo n’est plus recommandée dans les fils. Vous seul voyez ce message.
video-withheld = Cette vidéo n’est pas disponible là où vous êtes.
status-link = Voir pourquoi, et comment faire appel

## Moderation: actions, targets, grounds
action-no_violation = Aucune infraction
action-remove = Retiré
action-age_restrict = Limite d’âge
action-restrict_regions = Restreint dans certaines régions
action-label = Étiquette d’information ajoutée
action-reduce_distribution = Diffusion réduite
action-suspend = Compte suspendu
action-terminate = Compte fermé
target-video = Vidéo
target-comment = Commentaire
target-account = Compte
ground-illegal = Contenu illicite
ground-incompatible = Contraire aux règles de la communauté
source-notice = Un signalement d’une personne
source-trusted-flagger = Un signalement d’un signaleur de confiance
source-own-initiative = Examen à l’initiative de Spool
decision-reversed = Annulée

## Account status and statements of reasons
status-title = État du compte
settings-status-intro = Les décisions concernant vos contenus, vos recours et vos signalements.
settings-about = À propos de Spool
status-standing = Votre compte
status-good = Votre compte est en règle.
status-suspended = Votre compte est suspendu.
status-suspended-until = Votre compte est suspendu jusqu’au { $date }.
status-terminated = Votre compte a été fermé. Vous pouvez toujours lire les décisions et faire appel.
status-strikes = { $count ->
    [one] { $count } avertissement sur { $threshold }
   *[other] { $count } avertissements sur { $threshold }
}
status-strikes-hint = Chaque décision contre vos contenus est un avertissement. À la limite, le compte est suspendu. Les anciens avertissements expirent.
status-history = Décisions précédentes
status-statements = Les décisions et leurs motifs
status-statements-intro = Pour chaque décision, nous vous envoyons un exposé des motifs : ce qui a été décidé, selon quelle règle, et comment faire appel.
status-no-statements = Aucune décision concernant vos contenus.
status-my-reports = Mes signalements
status-no-reports = Vous n’avez rien signalé.
status-receipt-title = Votre signalement
statement-heading = { $action } · { $date }
statement-decision = Décision
statement-content = Contenu
statement-facts = Ce que nous avons constaté
statement-policy = Règle
statement-ground-illegal = Nous considérons ce contenu comme illicite.
statement-ground-incompatible = Ce contenu enfreint nos règles de la communauté.
statement-legal-ground = Fondement juridique : { $ground }
statement-policy-ground = Règle : { $ground }
statement-label = Étiquette affichée
statement-detection = Comment il a été détecté
statement-detected-auto = Avec des outils automatisés
statement-detected-human = Sans outils automatisés
statement-automated = Comment la décision a été prise
statement-decided-auto = Par un système automatisé
statement-decided-human = Par une personne, pas automatiquement
statement-source = Ce qui a déclenché l’examen
statement-scope = Où elle s’applique
statement-scope-everywhere = Partout
statement-duration = Durée
statement-duration-until = Du { $from } au { $until }
statement-duration-open = À partir du { $from }, sans date de fin
statement-account-suspended = Votre compte a été suspendu.
statement-account-terminated = Votre compte a été fermé.
statement-appeal = Recours
statement-appeal-until = Vous pouvez faire appel jusqu’au { $date }. Un autre modérateur l’examinera.
statement-appeal-possible = Vous pouvez faire appel. Un autre modérateur l’examinera.
statement-appeal-closed = Cette décision ne peut plus faire l’objet d’un recours ici. Vous pouvez toujours saisir un organisme certifié de règlement extrajudiciaire des litiges ou un tribunal.
statement-appeal-open = Votre recours est en cours d’examen.
statement-appeal-upheld = Votre recours a été accepté : la décision a été annulée.
statement-appeal-rejected = Votre recours a été examiné et la décision est maintenue.
statement-technical = Détails techniques (tels qu’envoyés à la base de données de transparence de l’UE)
appeal-text = Pourquoi la décision devrait-elle changer ?
appeal-text-hint = Expliquez ce qui a pu échapper au modérateur. Vous pouvez ajouter du contexte ou des liens.
appeal-send = Envoyer le recours
appeal-sent = Votre recours a été envoyé. Un autre modérateur l’examinera, et vous recevrez un nouvel exposé des motifs.
appeal-exists = Vous avez déjà un recours en cours contre cette décision.

## Moderator console
mod-title = Modération
mod-region = Région
mod-region-hint = La file de la région que vous modérez.
mod-not-moderator = Vous n’êtes pas modérateur de cette région.
queue-title = File d’examen : { $region }
queue-refresh = Actualiser
queue-empty = La file est vide.
queue-count = { $count ->
    [one] { $count } élément, le plus urgent en premier
   *[other] { $count } éléments, les plus urgents en premier
}
queue-kind-notice = Signalement
queue-kind-appeal = Recours
queue-kind-match = Correspondance
queue-severity = Gravité
queue-notices = Signalements
queue-reach = Vues (24 h)
queue-detection = Détecté par
queue-automated = Détection automatique
queue-human = Des personnes
queue-due = Échéance { $time }
queue-overdue = En retard : l’échéance était { $time }
queue-claimed-mine = Pris en charge par vous ; fin de la prise en charge { $time }
queue-claimed-other = Pris en charge par un autre modérateur
queue-claim = Prendre en charge
queue-claim-done = Pris en charge. Il est à vous pour les prochaines minutes.
queue-open = Examiner
item-title = Examen
item-heading = Examen : { $category }
item-back = Retour à la file
item-decided = Décidé
item-context = Le contenu
item-player = La vidéo signalée
item-caption = Légende
item-sound = Son
item-state = État
item-remixes = Remix
item-none = Aucun
item-open-video = Page de la vidéo
item-open-video-link = Ouvrir la vidéo
item-comment-text = Commentaire
item-comment-video = Sur la vidéo
item-account = Compte
item-detection = Détection automatique
item-notices = { $count ->
    [one] { $count } signalement
   *[other] { $count } signalements
}
item-history = Décisions précédentes concernant ce compte
item-history-none = Aucune décision précédente.
item-appeal = Le recours
item-appeal-decision = La décision contestée
decide-title = Décision
decide-action = Mesure
decide-policy = Règle
decide-policy-category = Règle générale : { $category }
decide-legal-ground = Fondement juridique : { $ground }
decide-facts = Faits
decide-facts-hint = Ce que vous avez constaté, en termes simples. La personne concernée le lira.
decide-restrict = Où restreindre
decide-restrict-hint = Choisissez des régions, des pays ou les deux. Une injonction légale nécessite sa référence.
decide-regions = Régions
decide-countries = Pays
decide-countries-hint = Codes pays à deux lettres, séparés par des virgules (DE, AT).
decide-reference = Référence (décision de justice ou d’une autorité)
decide-reference-hint = Facultatif. Affiché aux personnes qui ne peuvent pas voir le contenu.
decide-restrict-empty = Choisissez au moins une région ou un pays.
decide-label = Étiquette d’information
decide-label-text = Texte de l’étiquette
decide-label-url = Lien vers plus d’informations
decide-suspend = Suspension
decide-days = Jours
decide-days-hint = De 1 à 365.
decide-submit = Décider
decide-done = Décision enregistrée : { $action }. L’exposé des motifs a été envoyé.
appeal-decide-title = Statuer sur le recours
appeal-outcome = Résultat
appeal-outcome-upheld = Accepter le recours
appeal-outcome-upheld-hint = La décision est annulée immédiatement et le contenu ou le compte est rétabli.
appeal-outcome-rejected = Rejeter le recours
appeal-outcome-rejected-hint = La décision est maintenue.
appeal-decide-submit = Statuer sur le recours
appeal-decided-upheld = Recours accepté : la décision a été annulée. Un nouvel exposé des motifs a été envoyé.
appeal-decided-rejected = Recours rejeté : la décision est maintenue. Un nouvel exposé des motifs a été envoyé.
error-claimed = Un autre modérateur a déjà pris cet élément en charge.
error-same_moderator = La personne qui a pris la décision ne peut pas statuer sur son recours.

## Transparency report
transparency-title = Transparence
transparency-intro = Le fonctionnement de la modération sur Spool, en chiffres : signalements, décisions, délais, recours et annulations. Aucune donnée personnelle n’est affichée.
transparency-region = Région
transparency-all-regions = Toutes les régions
transparency-period = Période
transparency-period-days = 30 derniers jours, par jour
transparency-period-weeks = 12 dernières semaines, par semaine
transparency-period-months = 12 derniers mois, par mois
transparency-range = Du { $from } au { $to }
transparency-csv = Télécharger en CSV
transparency-summary = Au total : { $region }
transparency-notices = Signalements
transparency-decisions = Décisions
transparency-median = Délai médian de décision
transparency-p90 = 90e centile
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Échéances manquées
transparency-automated-detection = Détecté avec des outils automatisés
transparency-automated-decision = Décidé automatiquement
transparency-suspensions = Suspensions
transparency-appeals = Recours
transparency-reversals = Annulations
transparency-over-time = Au fil du temps
transparency-chart-volume = Signalements et décisions
transparency-chart-speed = Délai de décision (heures)
transparency-breakdown = Répartition
transparency-chart-notices-category = Signalements par catégorie
transparency-chart-decisions-action = Décisions par mesure
transparency-chart-decisions-category = Décisions par catégorie
transparency-chart-ground = Décisions par fondement
transparency-chart-source = Signalements par origine
transparency-appeals-title = Recours
transparency-chart-appeals = Issue des recours
transparency-chart-appeals-time = Recours et annulations au fil du temps
transparency-appeals-upheld = Acceptés
transparency-appeals-rejected = Rejetés
transparency-appeals-open = En cours
transparency-orders = Injonctions légales et filtrage automatique
transparency-chart-orders = Injonctions par région
transparency-screening-flagged = Repérés par le filtrage
transparency-screening-decided = Examinés
transparency-screening-confirmed = Confirmés
transparency-screening-precision = Précision
transparency-none = Rien sur cette période.
transparency-yes = Oui
transparency-no = Non
transparency-log = Journal des décisions
transparency-log-intro = Toutes les décisions, sans les données des personnes qui signalent, des créateurs ni des modérateurs.
transparency-log-date = Date
transparency-log-action = Décision
transparency-log-category = Catégorie
transparency-log-ground = Fondement
transparency-log-content = Contenu
transparency-log-detected = Détection automatique
transparency-log-automated = Décision automatique
transparency-log-scope = Où
transparency-log-source = Origine
transparency-log-reversed = Annulée
transparency-log-more = Plus de décisions
transparency-log-empty = Aucune décision pour l’instant.
chart-show-table = Afficher les chiffres sous forme de tableau
chart-summary-line = Du { $from } au { $to }. Totaux : { $totals }
chart-period = Période
chart-item = Élément
chart-value = Nombre
notif-statement = Une décision de modération a été prise sur votre contenu. Lisez-en les motifs et comment faire appel.
notif-report_outcome = Un de vos signalements a fait l’objet d’une décision.

## Moderation: more codes from the server
action-hold = Retenu pour examen
action-reversed = Annulée après recours
action-upheld_decision = Confirmée après recours
action-appeal_upheld = Recours accepté
action-appeal_rejected = Recours rejeté
notice-source-account = Signalement depuis un compte
notice-source-anonymous = Signalement sans compte (art. 16 DSA)
notice-source-screening = Filtrage automatique
notice-source-fingerprint = Correspondance avec un contenu retiré
notice-source-legal_order = Injonction légale
source-complaint = Un recours
statement-scope-eea = L’UE et l’EEE (30 pays)
statement-regions = Régions
statement-reference = Référence de l’injonction
statement-outcome-heading = { $action } · { $date }
error-already_decided = Une décision a déjà été prise.
error-appeal_open = Un recours est déjà en cours contre cette décision.
error-appeal_closed = Cette décision ne peut plus faire l’objet d’un recours.
error-account_suspended = Votre compte est suspendu : vous ne pouvez pas faire cela pour l’instant.
error-account_terminated = Votre compte est fermé.
error-not_moderator = Vous n’êtes pas modérateur de cette région.
video-withheld-own = Votre vidéo est bloquée dans : { $places }. Vous seul voyez ce message.
item-restrictions = Restrictions actuelles

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Connectez-vous pour continuer
signin-sheet-intro = Connectez-vous pour aimer, commenter, suivre et avoir un fil fait pour vous.
feed-caught-up = Vous avez tout vu
feed-caught-up-hint = Vous avez vu tous les clips pour l'instant. Trouvez-en d'autres dans Découvrir.
feed-explore = Explorer
clip-creator-profile = Profil de { $handle }
unfollow-handle = Ne plus suivre { $handle }
clip-progress = Position de lecture
clip-progress-value = { $at } sur { $length }
video-edit = Modifier la vidéo
video-edit-save = Enregistrer
video-edit-done = Modifications enregistrées
video-delete = Supprimer la vidéo
video-delete-confirm = Supprimer définitivement cette vidéo ? Ses commentaires et mentions j'aime disparaissent avec elle.
video-delete-done = Vidéo supprimée
back = Retour
cancel = Annuler
discover-trending = Tendances
discover-trending-tags = Hashtags tendance

## How the feed works: its stages and parameters
algo-stage-events = Ce dont le fil apprend
algo-stage-model = Le modèle de goûts
algo-stage-candidates = D'où viennent les candidats
algo-stage-exploration = Une chance pour les nouvelles vidéos
algo-stage-ranking = Classement
algo-stage-filters = Ce qui est filtré
algo-stage-diversity = Variété
algo-stage-non_personalized = Le fil non personnalisé
algo-technical = Description technique (en anglais)
algo-param-bias-learning-rate = Vitesse d'apprentissage de l'attrait propre d'une vidéo
algo-param-expiry-secs = Oublié après une inactivité de
algo-param-history-len = Visionnages récents pris en compte
algo-param-history-weight = Poids des visionnages récents
algo-param-init-scale = Dispersion initiale des nouvelles lignes
algo-param-item-min-count = Interactions avant qu'une vidéo ait sa propre ligne
algo-param-learning-rate = Vitesse d'apprentissage des goûts
algo-param-margin = Écart entre vidéos aimées et passées
algo-param-negative-trials = Vidéos essayées pour trouver un contre-exemple
algo-param-negatives-per-positive = Contre-exemples par signal positif
algo-param-regularization = Régularisation (évite le surapprentissage)
algo-param-seed = Graine aléatoire (pour la reproductibilité)
algo-param-max-age-hours = Les nouvelles vidéos sont testées pendant
algo-param-min-completion-rate = Regardées jusqu'au bout au moins
algo-param-min-engagement-rate = J'aime, commentaires et partages par vue au moins
algo-param-slots-per-page = Places par page pour les nouvelles vidéos
algo-param-stages = Taille du public à chaque étape de test
algo-param-freshness-hours = Une vidéo compte comme récente pendant
algo-param-trending-half-life-hours = La tendance compte moitié moins après
algo-param-weights = Poids du score
algo-param-engagement = Engagement attendu
algo-param-exploration = Exploration
algo-param-following = Comptes que vous suivez
algo-param-freshness = Nouveauté
algo-param-trending = Tendance
algo-param-creator-spacing = Clips avant de revoir le même créateur
algo-param-sound-spacing = Clips avant de réentendre le même son
algo-param-catalog-videos = Vidéos au catalogue
algo-param-viewers-with-state = Spectateurs connus du modèle

tile-views = { $count ->
    [one] { $count } vue
   *[other] { $count } vues
}

## Long press: speed
clip-options = Options
speed-title = Vitesse de lecture
speed-normal = Normale
speed-value = { $rate }×
speed-set = Lecture à { $rate }×

## Upload: preview, cover, draft
upload-preview = Aperçu de votre clip
upload-cover = Couverture
upload-cover-hint = Glissez jusqu'à l'image que l'on voit avant la lecture.
upload-draft-restored = Votre brouillon est revenu : légende et réglages tels que vous les aviez laissés.
error-invalid_cover = La couverture doit être un moment du clip.

# Sous-titres et photos de profil
clip-captions-on = Activer les sous-titres
clip-captions-off = Désactiver les sous-titres
captions-on = Sous-titres activés
captions-off = Sous-titres désactivés
captions-title = Sous-titres
captions-file = Fichier de sous-titres (.vtt)
captions-hint = Un fichier WebVTT par langue. Les sous-titres doivent tenir dans la durée du clip.
captions-language = Langue des sous-titres
captions-add = Ajouter des sous-titres
captions-remove = Supprimer les sous-titres en { $language }
captions-remove-short = Supprimer
captions-none = Pas encore de sous-titres.
captions-added = Sous-titres en { $language } ajoutés.
captions-removed = Sous-titres en { $language } supprimés.
captions-failed = Votre clip est publié, mais les sous-titres n’ont pas été ajoutés : { $reason } Vous pouvez les ajouter depuis la fenêtre de modification du clip.
captions-pick-file = Choisissez d’abord un fichier .vtt.
error-invalid_webvtt = Ce fichier de sous-titres WebVTT n’est pas valide.
error-invalid_language = Choisissez la langue des sous-titres.
profile-photo-choose = Photo de profil
profile-photo-hint = JPEG, PNG ou WebP, 8 Mo au plus. Elle est recadrée en carré ; le lieu et l’appareil de la prise de vue sont effacés.
profile-photo-remove = Supprimer la photo
profile-photo-type = Choisissez une image JPEG, PNG ou WebP.
profile-edit-save = Enregistrer le profil
profile-edit-done = Profil enregistré.
error-invalid_photo = Ce fichier n’est pas une image lisible.
error-photo_too_small = La photo est trop petite : choisissez-en une d’au moins 64 pixels de côté.
error-photo_too_large = La photo est trop grande : 8192 pixels de côté au plus.
error-invalid_crop = La partie de la photo à conserver doit être un carré situé à l’intérieur de celle-ci.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Autres instances
fed-intro = Suivez des personnes sur d’autres instances qui parlent ActivityPub, comme d’autres serveurs Spool. Leurs vidéos apparaissent dans votre fil Abonnements.
fed-teen = Les comptes adolescents restent sur cette instance : ils ne peuvent ni suivre ni être suivis depuis d’autres instances.
fed-address = Adresse sur une autre instance
fed-address-hint = Sous la forme nom@hôte, par exemple alex@example.org
fed-follow = Suivre
fed-address-invalid = Saisissez l’adresse sous la forme nom@hôte, par exemple alex@example.org.
fed-address-local = Ce compte est sur cette instance : suivez-le depuis son profil.
fed-not-found = Aucun compte { $handle } n’a été trouvé. Vérifiez l’adresse.
fed-requested = Demande d’abonnement envoyée à { $handle }.
fed-following = Comptes que vous y suivez
fed-following-empty = Vous ne suivez encore personne sur une autre instance.
fed-pending = Demande envoyée
fed-followers = Vos abonnés là-bas
fed-followers-empty = Personne sur une autre instance ne vous suit encore.
fed-wants-to-follow = Souhaite vous suivre
fed-unfollow = Ne plus suivre
fed-accept = Accepter
fed-accept-label = Accepter la demande d’abonnement de { $handle }
fed-decline = Refuser
fed-decline-label = Refuser la demande d’abonnement de { $handle }
fed-remove = Retirer
fed-remove-label = Retirer { $handle } de vos abonnés
fed-accepted = { $handle } vous suit désormais.
fed-declined = Vous avez refusé la demande de { $handle }.
fed-removed = { $handle } ne vous suit plus.
fed-from = Depuis { $host }
fed-open = Ouvrir sur { $host }
fed-cannot-play = Cette vidéo ne peut pas être lue ici.
comment-remote-remove = Retirer la réponse de { $handle }
fed-shared-by = Partagé par { $handle }
reason-remote_instance = De { $host }, une instance dont des gens d'ici suivent des comptes
fed-like = J’aime
