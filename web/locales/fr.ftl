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
report-title = Signaler cette vidéo
report-intro = Dites-nous ce qui ne va pas. Chaque signalement est examiné par un modérateur, et vous recevrez une réponse.
report-category = Motif
report-note = Détails (facultatif)
report-note-hint = Sur quoi le modérateur doit-il se pencher ?
report-send = Envoyer le signalement
report-sent = Merci. Votre signalement a été envoyé.
report-category-hate_speech = Discours haineux
report-category-harassment = Harcèlement ou intimidation
report-category-violence = Violence ou menaces
report-category-sexual_content = Contenu sexuel
report-category-child_safety = Sécurité des enfants
report-category-self_harm = Suicide ou automutilation
report-category-disinformation = Fausses informations
report-category-spam = Spam ou arnaque
report-category-illegal = Contenu illégal
report-category-other = Autre chose

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
