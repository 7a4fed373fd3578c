# Κείμενα της διεπαφής του Spool: ελληνικά (Project Fluent). Τα ίδια μηνύματα με το en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — σύντομα βίντεο
app-description = Παρακολουθήστε, δημιουργήστε και μοιραστείτε σύντομα βίντεο. Τα δεδομένα σας μένουν στην περιοχή σας.
skip-to-content = Μετάβαση στο περιεχόμενο
loading = Φόρτωση…
noscript = Το Spool χρειάζεται JavaScript για να παίζει βίντεο. Ενεργοποιήστε το ή χρησιμοποιήστε απευθείας το API.
assets-missing = Ο web client δεν έχει ενσωματωθεί σε αυτόν τον διακομιστή. Δημιουργήστε τον με «npm ci && npm run build» στον φάκελο web/ και μετά μεταγλωττίστε ξανά το Spool.
title-page = { $page } · Spool
title-not-found = Δεν βρέθηκε · Spool
not-found = Αυτή η σελίδα δεν υπάρχει.
close = Κλείσιμο

## Navigation
nav-label = Κύριο μενού
nav-home = Αρχική
nav-discover = Ανακάλυψη
nav-upload = Ανέβασμα
nav-inbox = Εισερχόμενα
nav-profile = Προφίλ
nav-unread = { $count ->
    [one] { $count } μη αναγνωσμένη ειδοποίηση
   *[other] { $count } μη αναγνωσμένες ειδοποιήσεις
}

## Feed
feed-tabs = Ροές
feed-for-you = Για σένα
feed-following = Ακολουθείς
feed-personalized = Εξατομικευμένη
feed-mode-hint = Όταν είναι απενεργοποιημένη, η ροή δεν χρησιμοποιεί δημιουργία προφίλ: δείχνει ό,τι είναι δημοφιλές και νέο στην περιοχή και τη γλώσσα σου.
feed-mode-personalized = Η εξατομικευμένη ροή είναι ενεργή
feed-mode-non-personalized = Η εξατομικευμένη ροή είναι ανενεργή: καμία δημιουργία προφίλ
feed-empty = Δεν υπάρχει ακόμη τίποτα για να δεις. Ανέβασε το πρώτο κλιπ ή αναζήτησε κάτι.
feed-following-empty = Κανένα νέο κλιπ από τους λογαριασμούς που ακολουθείς.
feed-login = Συνδέσου για να βλέπεις κλιπ από τους λογαριασμούς που ακολουθείς.
feed-unavailable = Η ροή δεν είναι ακόμη διαθέσιμη σε αυτόν τον διακομιστή. Δοκίμασε την αναζήτηση ή ένα προφίλ.
video-title = Βίντεο
video-processing = Επεξεργασία…
video-failed = Η επεξεργασία απέτυχε
clip-video-label = Βίντεο από { $handle }
clip-loading = Φόρτωση του βίντεο
clip-unmute = Ενεργοποίηση ήχου
clip-mute = Απενεργοποίηση ήχου
clip-play = Αναπαραγωγή
clip-pause = Παύση
clip-actions = Ενέργειες για το βίντεο του { $handle }
clip-like = { $count ->
    [one] Μου αρέσει ({ $count } «μου αρέσει»)
   *[other] Μου αρέσει ({ $count } «μου αρέσει»)
}
clip-comments = { $count ->
    [one] Σχόλια ({ $count } σχόλιο)
   *[other] Σχόλια ({ $count } σχόλια)
}
clip-share = { $count ->
    [one] Κοινοποίηση ({ $count } κοινοποίηση)
   *[other] Κοινοποίηση ({ $count } κοινοποιήσεις)
}
clip-more = Περισσότερες επιλογές
clip-sound = Αρχικός ήχος – { $handle }
clip-duet-of = Ντουέτο: δες το πρωτότυπο
clip-stitch-of = Stitch: δες το πρωτότυπο
follow-handle = Ακολούθησε τον/την { $handle }
follow-requested = Ζητήθηκε
follow-done = Τώρα ακολουθείς τον/την { $handle }
unfollow-done = Δεν ακολουθείς πια τον/την { $handle }
login-needed = Συνδέσου πρώτα.
share-title = Κοινοποίηση
share-link = Σύνδεσμος σε αυτό το βίντεο
share-copy = Αντιγραφή συνδέσμου
share-copied = Ο σύνδεσμος αντιγράφηκε
not-interested = Δεν με ενδιαφέρει
not-interested-done = Εντάξει: θα βλέπεις λιγότερα κλιπ σαν αυτό.
open-sound = Άνοιγμα του ήχου
make-duet = Κάνε ντουέτο
make-stitch = Κάνε stitch σε αυτό το βίντεο
why-title = Γιατί αυτό το βίντεο;
why-none = Αυτό το κλιπ άνοιξε απευθείας, δεν το επέλεξε η ροή.
why-explainer = Η ροή επιλέγει κλιπ με δημοσιευμένους κανόνες. Μπορείς να απενεργοποιήσεις την εξατομίκευση όποτε θέλεις.
algorithm-link = Πώς λειτουργεί η ροή

## Reasons
reason-follows_creator = Ακολουθείς τον/την { $handle }
reason-topic = Βλέπεις κλιπ για { $hashtag }
reason-similar_to_liked = Παρόμοιο με κλιπ που σου άρεσαν
reason-taste_match = Ταιριάζει με ό,τι βλέπεις συνήθως
reason-trending_region = Δημοφιλές στην περιοχή σου ({ $region })
reason-trending_language = Δημοφιλές στη γλώσσα σου ({ $language })
reason-new_video_test_audience = Ένα νέο κλιπ που προβάλλεται σε ένα μικρό δοκιμαστικό κοινό
reason-fresh = Δημοσιεύτηκε πρόσφατα
reason-sound = Χρησιμοποιεί τον ήχο «{ $sound }»
reason-seen_before = Έχετε δει όλα τα νέα κλιπ· δείτε ξανά αυτό

## Comments
comments-title = { $count ->
    [one] { $count } σχόλιο
   *[other] { $count } σχόλια
}
comments-empty = Δεν υπάρχουν ακόμη σχόλια. Γίνε ο πρώτος.
comments-more = Περισσότερα σχόλια
comments-off = Τα σχόλια είναι απενεργοποιημένα για αυτό το βίντεο.
comment-add = Πρόσθεσε ένα σχόλιο
comment-send = Δημοσίευση
comment-sent = Το σχόλιο δημοσιεύτηκε
comment-reply = Απάντηση
comment-reply-to = Απάντηση στον/στην { $handle }
comment-cancel-reply = Ακύρωση απάντησης
comment-replies = { $count ->
    [one] Προβολή { $count } απάντησης
   *[other] Προβολή { $count } απαντήσεων
}
comment-like = { $count ->
    [one] «Μου αρέσει» στο σχόλιο ({ $count } «μου αρέσει»)
   *[other] «Μου αρέσει» στο σχόλιο ({ $count } «μου αρέσει»)
}
comment-pinned = Καρφιτσωμένο
comment-login = Συνδέσου για να σχολιάσεις

## Reports
report = Αναφορά
report-intro = Πες μας τι δεν πάει καλά. Ένας συντονιστής εξετάζει κάθε αναφορά και θα λάβεις απάντηση.
report-category = Λόγος
report-note = Λεπτομέρειες (προαιρετικά)
report-note-hint = Τι πρέπει να εξετάσει ο συντονιστής;
report-send = Αποστολή αναφοράς

## Upload
upload-title = Ανέβασμα
upload-file = Αρχείο βίντεο
upload-file-hint = Από 1 δευτερόλεπτο έως 10 λεπτά. Το ανέβασμα ξεκινά αμέσως και συνεχίζεται αν διακοπεί η σύνδεση.
upload-progress-label = Πρόοδος ανεβάσματος
upload-progress = { $percent } % ({ $sent } από { $total } byte)
upload-done = Το ανέβασμα ολοκληρώθηκε
upload-error = Το ανέβασμα απέτυχε. Δοκίμασε ξανά.
upload-pause = Παύση
upload-resume = Συνέχεια
upload-caption = Λεζάντα
upload-caption-hint = Γράψε # για hashtag και @ για να αναφέρεις κάποιον.
upload-visibility = Ποιος μπορεί να το δει
visibility-public = Όλοι
visibility-followers = Ακόλουθοι
visibility-private = Μόνο εγώ
upload-allow = Να επιτρέπεται στους άλλους να
upload-allow-comments = Σχολιάζουν
upload-allow-duet = Κάνουν ντουέτο
upload-allow-stitch = Κάνουν stitch
upload-sound = Ήχος (προαιρετικά)
upload-sound-search = Αναζήτηση ήχου
upload-sound-none = Το κλιπ σου κρατά τον δικό του ήχο.
upload-sound-chosen = Ήχος: { $title }
upload-sound-clear = Χρήση του δικού μου ήχου
upload-duet = Ντουέτο με { $handle }
upload-stitch = Stitch στο βίντεο του { $handle }
upload-post = Δημοσίευση
upload-pick-first = Διάλεξε πρώτα ένα αρχείο βίντεο.
upload-waiting = Ολοκλήρωση του ανεβάσματος…
upload-processing = Επεξεργασία του βίντεό σου… Διαρκεί περίπου όσο το κλιπ.
upload-ready = Το βίντεό σου είναι έτοιμο!
upload-watch = Δες το
upload-to-profile = Πήγαινε στο προφίλ σου
suggestions = Προτάσεις
suggestions-count = { $count ->
    [one] { $count } πρόταση. Χρησιμοποίησε τα βέλη πάνω και κάτω για επιλογή.
   *[other] { $count } προτάσεις. Χρησιμοποίησε τα βέλη πάνω και κάτω για επιλογή.
}

## Profiles, hashtags, sounds
profile-not-found = Αυτός ο λογαριασμός δεν υπάρχει.
profile-edit = Επεξεργασία προφίλ
profile-follow = Ακολούθησε
profile-following = Ακολουθείς
profile-private = Ιδιωτικός
profile-private-body = Αυτός ο λογαριασμός είναι ιδιωτικός. Ακολούθησέ τον για να δεις τα βίντεό του.
profile-following-count = Ακολουθεί
profile-followers-count = Ακόλουθοι
profile-likes-count = «Μου αρέσει»
profile-videos-count = Βίντεο
profile-videos = Βίντεο
profile-empty = Δεν υπάρχουν ακόμη βίντεο.
profile-empty-own = Δεν έχεις δημοσιεύσει τίποτα ακόμη. Τα κλιπ σου θα εμφανίζονται εδώ.
tile-label = { $caption } — από { $handle }
tile-label-plain = Βίντεο από { $handle }
hashtag-count = { $count ->
    [one] { $count } βίντεο
   *[other] { $count } βίντεο
}
hashtag-empty = Δεν υπάρχουν ακόμη δημόσια βίντεο με αυτό το hashtag.
sound-title = Ήχος
sound-listen = Άκου το { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } βίντεο
   *[other] { $count } βίντεο
}
sound-use = Χρήση αυτού του ήχου
sound-original = Αρχικό βίντεο
sound-sort = Ταξινόμηση βίντεο
sound-newest = Νεότερα
sound-popular = Δημοφιλή
sound-empty = Κανένα βίντεο δεν χρησιμοποιεί ακόμη αυτόν τον ήχο.

## Search
search-title = Ανακάλυψη
search-label = Αναζήτηση
search-placeholder = Αναζήτηση λογαριασμών, βίντεο, #hashtag, ήχων
search-submit = Αναζήτηση
search-types = Τι να αναζητηθεί
search-videos = Βίντεο
search-accounts = Λογαριασμοί
search-hashtags = Hashtag
search-sounds = Ήχοι
search-results = Αποτελέσματα
search-hint = Γράψε μια λέξη, ένα #hashtag ή ένα @όνομα.
search-empty = Δεν βρέθηκε τίποτα για «{ $query }».
search-followers = { $count ->
    [one] { $count } ακόλουθος
   *[other] { $count } ακόλουθοι
}

## Inbox
inbox-title = Εισερχόμενα
inbox-requests = Αιτήματα ακολούθησης
inbox-activity = Δραστηριότητα
inbox-empty = Δεν υπάρχουν ακόμη ειδοποιήσεις.
inbox-unread = Μη αναγνωσμένες:
request-accept = Αποδοχή
request-decline = Απόρριψη
request-accepted = Ο/Η { $handle } μπορεί τώρα να βλέπει τα βίντεό σου
request-declined = Το αίτημα του/της { $handle } απορρίφθηκε
notif-like = { $count ->
    [one] Στον/Στην { $actor } άρεσε το βίντεό σου
   *[other] Σε { $count } άτομα άρεσε το βίντεό σου
}
notif-comment = { $others ->
    [0] Ο/Η { $actor } σχολίασε το βίντεό σου
    [one] Ο/Η { $actor } και { $others } ακόμη άτομο σχολίασαν το βίντεό σου
   *[other] Ο/Η { $actor } και { $others } ακόμη άτομα σχολίασαν το βίντεό σου
}
notif-reply = Ο/Η { $actor } απάντησε στο σχόλιό σου
notif-mention = Ο/Η { $actor } σε ανέφερε
notif-follow = { $count ->
    [one] Ο/Η { $actor } άρχισε να σε ακολουθεί
   *[other] { $count } νέοι ακόλουθοι
}
notif-follow_request = Ο/Η { $actor } ζήτησε να σε ακολουθήσει
notif-follow_accepted = Ο/Η { $actor } αποδέχτηκε το αίτημα ακολούθησής σου
notif-comment_like = { $others ->
    [0] Στον/Στην { $actor } άρεσε το σχόλιό σου
    [one] Στον/Στην { $actor } και σε { $others } ακόμη άτομο άρεσε το σχόλιό σου
   *[other] Στον/Στην { $actor } και σε { $others } ακόμη άτομα άρεσε το σχόλιό σου
}
notif-duet = Ο/Η { $actor } έκανε ντουέτο με το βίντεό σου
notif-stitch = Ο/Η { $actor } έκανε stitch στο βίντεό σου

## Settings
settings-title = Ρυθμίσεις
settings-save = Αποθήκευση
settings-saved = Αποθηκεύτηκε
settings-profile = Προφίλ
settings-privacy = Απόρρητο
settings-private = Ιδιωτικός λογαριασμός
settings-private-hint = Μόνο οι ακόλουθοι που εγκρίνεις μπορούν να βλέπουν τα βίντεό σου.
settings-who-comment = Ποιος μπορεί να σχολιάζει τα βίντεό σου
settings-who-duet = Ποιος μπορεί να κάνει ντουέτο με τα βίντεό σου
settings-who-stitch = Ποιος μπορεί να κάνει stitch στα βίντεό σου
policy-everyone = Όλοι
policy-followers = Ακόλουθοι
policy-nobody = Κανείς
settings-liked-public = Εμφάνιση στο προφίλ μου των βίντεο που μου άρεσαν
settings-teen = Ο λογαριασμός σου είναι εφηβικός: ορισμένες ρυθμίσεις είναι αυστηρότερες.
settings-feed = Ροή
settings-reset-recommendations = Επαναφορά των προτάσεών μου
settings-reset-done = Οι προτάσεις σου επαναφέρθηκαν.
settings-language = Γλώσσα
settings-language-label = Γλώσσα διεπαφής
settings-language-hint = Από προεπιλογή το Spool ακολουθεί τη γλώσσα του προγράμματος περιήγησής σου.
settings-data = Τα δεδομένα σου
settings-data-intro = Κατέβασε όλα όσα αποθηκεύει το Spool για σένα και δες ποια μέλη του προσωπικού τα είδαν και γιατί.
settings-export = Λήψη των δεδομένων μου
settings-region = Περιοχή κατοικίας
settings-region-now = Τα δεδομένα σου αποθηκεύονται σε: { $region }
settings-region-intro = Τα προσωπικά σου δεδομένα βρίσκονται μόνο στην περιοχή κατοικίας σου. Μπορείς να τα μεταφέρεις σε άλλη.
settings-move-to = Νέα περιοχή κατοικίας
settings-move = Μεταφορά των δεδομένων μου
settings-move-confirm = Να μεταφερθούν όλα τα προσωπικά σου δεδομένα σε { $region };
settings-move-done = Τα δεδομένα σου μεταφέρθηκαν.
settings-account = Λογαριασμός
settings-signed-in = Συνδεδεμένος ως { $handle }
settings-logout = Αποσύνδεση
settings-delete = Διαγραφή λογαριασμού
settings-delete-intro = Αυτό διαγράφει οριστικά τον λογαριασμό σου, τα βίντεό σου και όλα τα δεδομένα σου. Δεν αναιρείται.
settings-delete-confirm = Να διαγραφεί οριστικά ο λογαριασμός σου και όλα όσα περιέχει;
settings-sessions = Συνεδρίες
settings-sessions-intro = Οι συσκευές όπου είσαι συνδεδεμένος. Αποσυνδέσου από όσες δεν αναγνωρίζεις.
settings-sessions-logout-others = Αποσύνδεση από παντού αλλού
settings-sessions-ended = { $count ->
    [one] Αποσυνδέθηκες από { $count } άλλη συνεδρία.
   *[other] Αποσυνδέθηκες από { $count } άλλες συνεδρίες.
}
session-device = { $browser } σε { $os }
session-device-unknown = Άγνωστη συσκευή
session-current = Αυτή η συσκευή
session-times = Σύνδεση { $created } · τελευταία δραστηριότητα { $used }
session-logout = Αποσύνδεση
session-logout-label = Αποσύνδεση από { $device }
settings-password = Αλλαγή κωδικού
settings-password-done = Ο κωδικός σου άλλαξε. Όλες οι άλλες συνεδρίες αποσυνδέθηκαν.
field-current-password = Τρέχων κωδικός
field-new-password = Νέος κωδικός
access-title = Πρόσβαση στα δεδομένα μου
access-intro = Κάθε φορά που ένα μέλος του προσωπικού ανοίγει τα προσωπικά σου δεδομένα, καταγράφεται με γραπτή αιτιολόγηση. Αυτή είναι η πλήρης λίστα.
access-empty = Κανένα μέλος του προσωπικού δεν έχει δει τα δεδομένα σου.
access-unavailable = Το αρχείο πρόσβασης δεν είναι ακόμη διαθέσιμο σε αυτόν τον διακομιστή.
access-when = Πότε
access-staff = Μέλος του προσωπικού
access-role = Ρόλος
access-action = Τι έκανε
access-justification = Αιτιολόγηση
access-reference = Αριθμός αναφοράς
algorithm-title = Πώς λειτουργεί η ροή
algorithm-intro = Η ροή «Για σένα» του Spool είναι ανοιχτή σε έλεγχο: ο κώδικας, τα βάρη του και οι λόγοι για κάθε κλιπ είναι δημοσιευμένα.
algorithm-sources = Οι υποψήφιοι προέρχονται από λογαριασμούς που ακολουθείς, κλιπ παρόμοια με όσα σου άρεσαν, ό,τι είναι δημοφιλές στην περιοχή και τη γλώσσα σου και νέα κλιπ που προβάλλονται σε μικρό δοκιμαστικό κοινό.
algorithm-signals = Μαθαίνει από όσα κάνεις: πόση ώρα βλέπεις, επαναλήψεις, παραλείψεις, «μου αρέσει», κοινοποιήσεις, σχόλια, ακολουθήσεις και «Δεν με ενδιαφέρει».
algorithm-filters = Παραλείπει ό,τι έχεις δει, τους αποκλεισμένους λογαριασμούς και τα βίντεο που αφαιρέθηκαν, και εναλλάσσει θέματα και δημιουργούς.
algorithm-control = Μπορείς να απενεργοποιήσεις την εξατομίκευση, να επαναφέρεις ό,τι έμαθε και να ρωτήσεις «γιατί αυτό το βίντεο;» σε κάθε κλιπ.
algorithm-published = Δημοσιευμένη περιγραφή
algorithm-unavailable = Η δημοσιευμένη περιγραφή δεν είναι ακόμη διαθέσιμη σε αυτόν τον διακομιστή.

## Log in and sign up
login-title = Σύνδεση
login-submit = Σύνδεση
login-no-account = Δεν έχεις λογαριασμό;
signup-title = Εγγραφή
signup-intro = Τα προσωπικά σου δεδομένα αποθηκεύονται μόνο στην περιοχή κατοικίας που επιλέγεις.
signup-submit = Δημιουργία λογαριασμού
signup-have-account = Έχεις ήδη λογαριασμό;
field-handle = Όνομα χρήστη
field-handle-hint = 2 έως 24 γράμματα, ψηφία, _ ή .
field-display-name = Εμφανιζόμενο όνομα (προαιρετικά)
field-password = Κωδικός πρόσβασης
field-password-hint = Τουλάχιστον 8 χαρακτήρες.
field-birth-date = Ημερομηνία γέννησης
field-birth-date-hint = Πρέπει να είσαι τουλάχιστον 13 ετών. Οι λογαριασμοί κάτω των 18 είναι ιδιωτικοί από προεπιλογή.
field-region = Περιοχή κατοικίας
field-region-hint = Πού αποθηκεύονται τα προσωπικά σου δεδομένα.
field-email = E-mail (προαιρετικά)
field-email-hint = Χρησιμοποιείται μόνο για να σε βοηθήσει να ανακτήσεις τον λογαριασμό σου.
field-bio = Βιογραφικό

## Errors
error-network = Ο διακομιστής δεν είναι προσβάσιμος. Έλεγξε τη σύνδεσή σου.
error-internal = Κάτι πήγε στραβά. Δοκίμασε ξανά.
error-unauthenticated = Συνδέσου πρώτα.
error-invalid_credentials = Λάθος όνομα χρήστη ή κωδικός.
error-too_young = Πρέπει να είσαι τουλάχιστον 13 ετών για να χρησιμοποιείς το Spool.
error-csrf_rejected = Η συνεδρία σου έληξε. Φόρτωσε ξανά τη σελίδα.
error-forbidden = Δεν επιτρέπεται να το κάνεις αυτό.
error-comments_off = Τα σχόλια είναι απενεργοποιημένα για αυτό το βίντεο.
error-remix_off = Ο δημιουργός δεν το επιτρέπει.
error-not_found = Δεν βρέθηκε.
error-handle_taken = Αυτό το όνομα χρήστη χρησιμοποιείται ήδη.
error-rate_limited = Πάρα πολλές προσπάθειες. Περίμενε λίγο και δοκίμασε ξανά.
error-invalid_handle = Χρησιμοποίησε 2 έως 24 γράμματα, ψηφία, _ ή .
error-handle_reserved = Αυτό το όνομα χρήστη είναι δεσμευμένο.
error-invalid_password = Ο κωδικός πρέπει να έχει 8 έως 128 χαρακτήρες.
error-invalid_email = Αυτή η διεύθυνση e-mail δεν φαίνεται σωστή.
error-invalid_birth_date = Δώσε μια έγκυρη ημερομηνία γέννησης.
error-invalid_display_name = Το εμφανιζόμενο όνομα έχει έως 50 χαρακτήρες.
error-invalid_bio = Το βιογραφικό έχει έως 160 χαρακτήρες.
error-invalid_caption = Η λεζάντα έχει έως 2.200 χαρακτήρες.
error-invalid_comment = Ένα σχόλιο έχει 1 έως 500 χαρακτήρες.
error-unknown_region = Διάλεξε μία από τις περιοχές της λίστας.
error-empty_file = Το αρχείο είναι κενό.
error-not_media = Αυτό το αρχείο δεν είναι βίντεο.
error-no_video_stream = Αυτό το αρχείο δεν έχει εικόνα.
error-still_image = Αυτή είναι στατική εικόνα, όχι βίντεο.
error-too_short = Το βίντεο είναι πολύ σύντομο (τουλάχιστον 1 δευτερόλεπτο).
error-too_long = Το βίντεο είναι πολύ μεγάλο σε διάρκεια (έως 10 λεπτά).
error-too_large = Το βίντεο είναι πολύ μεγάλο.
error-unsupported_codec = Αυτή η μορφή βίντεο δεν υποστηρίζεται.
error-transcode_failed = Δεν ήταν δυνατή η επεξεργασία του βίντεο.
error-wrong_password = Ο τρέχων κωδικός είναι λάθος.
error-quota_exceeded = Ο αποθηκευτικός σου χώρος γέμισε. Διάγραψε βίντεο ή ημιτελή ανεβάσματα για να κάνεις χώρο.
error-bad_request = Το αίτημα δεν ήταν δυνατό να διαβαστεί.

## Moderation: reports
report-title-video = Αναφορά αυτού του βίντεο
report-title-comment = Αναφορά αυτού του σχολίου
report-title-account = Αναφορά αυτού του λογαριασμού
report-category-choose = Διάλεξε λόγο
report-category-hate_speech = Ρητορική μίσους
report-category-harassment = Παρενόχληση και εκφοβισμός
report-category-violent_extremism = Βίαιος εξτρεμισμός
report-category-disinformation = Παραπληροφόρηση και εσκεμμένη παραπληροφόρηση
report-category-child_safety = Ασφάλεια παιδιών
report-category-self_harm = Αυτοτραυματισμός και διατροφικές διαταραχές
report-category-illegal_goods = Παράνομα αγαθά και υπηρεσίες
report-category-scams = Απάτες
report-category-spam = Ανεπιθύμητο περιεχόμενο
report-category-intellectual_property = Πνευματική ιδιοκτησία
report-category-other = Κάτι άλλο
report-dsa-legend = Σχετικά με εσένα
report-dsa-intro = Δεν είσαι συνδεδεμένος, οπότε αυτή είναι μια κοινοποίηση βάσει του άρθρου 16 του κανονισμού της ΕΕ για τις ψηφιακές υπηρεσίες. Χρειαζόμαστε το όνομα και τη διεύθυνση e-mail σου για να τη χειριστούμε· το άτομο που αναφέρεις δεν μαθαίνει ποτέ ποιος είσαι.
report-name = Το όνομά σου
report-email = Η διεύθυνση e-mail σου
report-email-hint = Θα στείλουμε εδώ το αποτέλεσμα.
report-good-faith = Δηλώνω καλή τη πίστει ότι οι πληροφορίες αυτής της κοινοποίησης είναι ακριβείς και πλήρεις.
report-login-instead = Έχεις λογαριασμό;
report-sent = Ευχαριστούμε. Η αναφορά σου στάλθηκε και ένας συντονιστής θα την εξετάσει.
report-duplicate = Το έχεις ήδη αναφέρει. Η προηγούμενη αναφορά σου ισχύει ακόμη· δεν χρειάζεται να τη στείλεις ξανά.
report-receipt-intro = Κράτησε αυτή την απόδειξη: με αυτήν μπορείς να δεις τι αποφασίστηκε.
report-receipt = Η απόδειξή σου
report-receipt-hint = Αριθμός αναφοράς { $id }
report-receipt-copy = Αντιγραφή απόδειξης
report-receipt-copied = Η απόδειξη αντιγράφηκε.
report-check-later = Έλεγξε αυτή την αναφορά αργότερα
report-follow-up = Θα ενημερωθείς για το αποτέλεσμα. Μπορείς επίσης να το παρακολουθείς στο
report-outcome = Αποφασίστηκε στις { $date }: { $action }
report-outcome-policy = Κανόνας που εφαρμόστηκε: { $policy }
report-state-open = Αναμένει εξέταση
report-state-decided = Αποφασίστηκε
comment-report = Αναφορά του σχολίου του/της { $handle }
profile-report = Αναφορά
profile-withheld = Αυτός ο λογαριασμός δεν είναι διαθέσιμος εκεί που βρίσκεσαι.
label-panel = Πληροφορίες
label-more = Μάθε περισσότερα
video-age-restricted = Με ηλικιακό περιορισμό
video-held = Σε αναμονή
video-held-own = Το βίντεό σου είναι σε αναμονή: ταιριάζει με περιεχόμενο που αφαιρέθηκε παλαιότερα. Ένας συντονιστής θα το εξετάσει.
video-removed-own = Το βίντεό σου αφαιρέθηκε από συντονιστή. Μόνο εσύ βλέπεις αυτή την ειδοποίηση.
video-reduced-own = Μετά από απόφαση συντονισμού, το βίντεό σου δεν προτείνεται στις ροές. Μόνο εσύ βλέπεις αυτή την ειδοποίηση.
video-withheld = Αυτό το βίντεο δεν είναι διαθέσιμο εκεί που βρίσκεσαι.
status-link = Δες γιατί και πώς να προσφύγεις

## Moderation: actions, targets, grounds
action-no_violation = Καμία παράβαση
action-remove = Αφαιρέθηκε
action-age_restrict = Με ηλικιακό περιορισμό
action-restrict_regions = Περιορίστηκε σε ορισμένες περιοχές
action-label = Προστέθηκε ενημερωτική ετικέτα
action-reduce_distribution = Μειωμένη διανομή
action-suspend = Ο λογαριασμός ανεστάλη
action-terminate = Ο λογαριασμός έκλεισε
target-video = Βίντεο
target-comment = Σχόλιο
target-account = Λογαριασμός
ground-illegal = Παράνομο περιεχόμενο
ground-incompatible = Αντίθετο με τις οδηγίες της κοινότητας
source-notice = Κοινοποίηση από κάποιον που το ανέφερε
source-trusted-flagger = Κοινοποίηση από αξιόπιστο επισημαίνοντα
source-own-initiative = Ο έλεγχος του ίδιου του Spool
decision-reversed = Ανακλήθηκε

## Account status and statements of reasons
status-title = Κατάσταση λογαριασμού
settings-status-intro = Αποφάσεις για το περιεχόμενό σου, οι προσφυγές σου και οι αναφορές που έστειλες.
settings-about = Σχετικά με το Spool
status-standing = Ο λογαριασμός σου
status-good = Ο λογαριασμός σου είναι σε καλή κατάσταση.
status-suspended = Ο λογαριασμός σου είναι σε αναστολή.
status-suspended-until = Ο λογαριασμός σου είναι σε αναστολή έως { $date }.
status-terminated = Ο λογαριασμός σου έκλεισε. Μπορείς ακόμη να διαβάσεις τις αποφάσεις και να προσφύγεις.
status-strikes = { $count ->
    [one] { $count } παράπτωμα από { $threshold }
   *[other] { $count } παραπτώματα από { $threshold }
}
status-strikes-hint = Κάθε απόφαση κατά του περιεχομένου σου μετρά ως παράπτωμα. Στο όριο ο λογαριασμός αναστέλλεται. Τα παλιά παραπτώματα λήγουν.
status-history = Προηγούμενες αποφάσεις
status-statements = Αποφάσεις και αιτιολογήσεις
status-statements-intro = Για κάθε απόφαση στέλνουμε αιτιολόγηση: τι αποφασίστηκε, βάσει ποιου κανόνα και πώς να προσφύγεις.
status-no-statements = Καμία απόφαση για το περιεχόμενό σου.
status-my-reports = Οι αναφορές μου
status-no-reports = Δεν έχεις αναφέρει τίποτα.
status-receipt-title = Η αναφορά σου
statement-heading = { $action } · { $date }
statement-decision = Απόφαση
statement-content = Περιεχόμενο
statement-facts = Τι διαπιστώσαμε
statement-policy = Κανόνας
statement-ground-illegal = Θεωρούμε το περιεχόμενο παράνομο.
statement-ground-incompatible = Το περιεχόμενο αντίκειται στις οδηγίες της κοινότητάς μας.
statement-legal-ground = Νομική βάση: { $ground }
statement-policy-ground = Οδηγία: { $ground }
statement-label = Ετικέτα που εμφανίζεται
statement-detection = Πώς εντοπίστηκε
statement-detected-auto = Με αυτοματοποιημένα εργαλεία
statement-detected-human = Χωρίς αυτοματοποιημένα εργαλεία
statement-automated = Πώς αποφασίστηκε
statement-decided-auto = Από αυτοματοποιημένο σύστημα
statement-decided-human = Από άνθρωπο, όχι αυτόματα
statement-source = Τι ξεκίνησε τον έλεγχο
statement-scope = Πού ισχύει
statement-scope-everywhere = Παντού
statement-duration = Για πόσο
statement-duration-until = Από { $from } έως { $until }
statement-duration-open = Από { $from }, χωρίς ημερομηνία λήξης
statement-account-suspended = Ο λογαριασμός σου τέθηκε σε αναστολή.
statement-account-terminated = Ο λογαριασμός σου έκλεισε.
statement-appeal = Προσφυγή
statement-appeal-until = Μπορείς να προσφύγεις έως { $date }. Θα την εξετάσει άλλος συντονιστής.
statement-appeal-possible = Μπορείς να προσφύγεις. Θα την εξετάσει άλλος συντονιστής.
statement-appeal-closed = Δεν μπορείς πλέον να προσφύγεις εδώ κατά αυτής της απόφασης. Μπορείς ακόμη να απευθυνθείς σε πιστοποιημένο φορέα εξωδικαστικής επίλυσης διαφορών ή σε δικαστήριο.
statement-appeal-open = Η προσφυγή σου εξετάζεται.
statement-appeal-upheld = Η προσφυγή σου έγινε δεκτή: η απόφαση ανακλήθηκε.
statement-appeal-rejected = Η προσφυγή σου εξετάστηκε και η απόφαση ισχύει.
statement-technical = Τεχνικές λεπτομέρειες (όπως στάλθηκαν στη βάση δεδομένων διαφάνειας της ΕΕ)
appeal-text = Γιατί πρέπει να αλλάξει η απόφαση;
appeal-text-hint = Εξήγησε τι μπορεί να διέφυγε από τον συντονιστή. Μπορείς να προσθέσεις πλαίσιο ή συνδέσμους.
appeal-send = Αποστολή προσφυγής
appeal-sent = Η προσφυγή σου στάλθηκε. Θα την εξετάσει άλλος συντονιστής και θα λάβεις νέα αιτιολόγηση.
appeal-exists = Έχεις ήδη ανοιχτή προσφυγή για αυτή την απόφαση.

## Moderator console
mod-title = Συντονισμός
mod-region = Περιοχή
mod-region-hint = Η ουρά της περιοχής που συντονίζεις.
mod-not-moderator = Δεν είσαι συντονιστής αυτής της περιοχής.
queue-title = Ουρά ελέγχου: { $region }
queue-refresh = Ανανέωση
queue-empty = Η ουρά είναι άδεια.
queue-count = { $count ->
    [one] { $count } στοιχείο, τα πιο επείγοντα πρώτα
   *[other] { $count } στοιχεία, τα πιο επείγοντα πρώτα
}
queue-kind-notice = Κοινοποίηση
queue-kind-appeal = Προσφυγή
queue-kind-match = Αντιστοίχιση
queue-severity = Σοβαρότητα
queue-notices = Κοινοποιήσεις
queue-reach = Προβολές (24 ώρες)
queue-detection = Εντοπίστηκε από
queue-automated = Αυτόματος εντοπισμός
queue-human = Άνθρωποι
queue-due = Προθεσμία { $time }
queue-overdue = Εκπρόθεσμο: η προθεσμία ήταν { $time }
queue-claimed-mine = Το ανέλαβες εσύ· η ανάληψη λήγει { $time }
queue-claimed-other = Το ανέλαβε άλλος συντονιστής
queue-claim = Ανάληψη
queue-claim-done = Το ανέλαβες. Είναι δικό σου για τα επόμενα λεπτά.
queue-open = Έλεγχος
item-title = Έλεγχος
item-heading = Έλεγχος: { $category }
item-back = Πίσω στην ουρά
item-decided = Αποφασίστηκε
item-context = Το περιεχόμενο
item-player = Το βίντεο που αναφέρθηκε
item-caption = Λεζάντα
item-sound = Ήχος
item-state = Κατάσταση
item-remixes = Remix
item-none = Κανένα
item-open-video = Σελίδα του βίντεο
item-open-video-link = Άνοιγμα του βίντεο
item-comment-text = Σχόλιο
item-comment-video = Στο βίντεο
item-account = Λογαριασμός
item-detection = Αυτόματος εντοπισμός
item-notices = { $count ->
    [one] { $count } κοινοποίηση
   *[other] { $count } κοινοποιήσεις
}
item-history = Προηγούμενες αποφάσεις για αυτόν τον λογαριασμό
item-history-none = Καμία προηγούμενη απόφαση.
item-appeal = Η προσφυγή
item-appeal-decision = Η απόφαση κατά της οποίας ασκήθηκε προσφυγή
decide-title = Απόφαση
decide-action = Μέτρο
decide-policy = Κανόνας
decide-policy-category = Γενικός κανόνας: { $category }
decide-legal-ground = Νομική βάση: { $ground }
decide-facts = Γεγονότα
decide-facts-hint = Τι διαπίστωσες, με απλά λόγια. Ο δημιουργός θα το διαβάσει.
decide-restrict = Πού να περιοριστεί
decide-restrict-hint = Διάλεξε περιοχές, χώρες ή και τα δύο. Μια νομική εντολή χρειάζεται τον αριθμό αναφοράς της.
decide-regions = Περιοχές
decide-countries = Χώρες
decide-countries-hint = Κωδικοί χωρών δύο γραμμάτων, χωρισμένοι με κόμματα (DE, AT).
decide-reference = Αριθμός αναφοράς (εντολή δικαστηρίου ή αρχής)
decide-reference-hint = Προαιρετικά. Εμφανίζεται στους θεατές που δεν μπορούν να δουν το περιεχόμενο.
decide-restrict-empty = Διάλεξε τουλάχιστον μία περιοχή ή χώρα.
decide-label = Ενημερωτική ετικέτα
decide-label-text = Κείμενο ετικέτας
decide-label-url = Σύνδεσμος για περισσότερες πληροφορίες
decide-suspend = Αναστολή
decide-days = Ημέρες
decide-days-hint = 1 έως 365.
decide-submit = Απόφαση
decide-done = Η απόφαση καταγράφηκε: { $action }. Η αιτιολόγηση στάλθηκε.
appeal-decide-title = Απόφαση για την προσφυγή
appeal-outcome = Έκβαση
appeal-outcome-upheld = Αποδοχή της προσφυγής
appeal-outcome-upheld-hint = Η απόφαση ανακαλείται αμέσως και το περιεχόμενο ή ο λογαριασμός αποκαθίσταται.
appeal-outcome-rejected = Απόρριψη της προσφυγής
appeal-outcome-rejected-hint = Η απόφαση ισχύει.
appeal-decide-submit = Απόφαση για την προσφυγή
appeal-decided-upheld = Η προσφυγή έγινε δεκτή: η απόφαση ανακλήθηκε. Στάλθηκε νέα αιτιολόγηση.
appeal-decided-rejected = Η προσφυγή απορρίφθηκε: η απόφαση ισχύει. Στάλθηκε νέα αιτιολόγηση.
error-claimed = Άλλος συντονιστής έχει αναλάβει αυτό το στοιχείο.
error-same_moderator = Ο συντονιστής που έλαβε την απόφαση δεν μπορεί να αποφασίσει για την προσφυγή της.

## Transparency report
transparency-title = Διαφάνεια
transparency-intro = Πώς λειτουργεί ο συντονισμός στο Spool, σε αριθμούς: κοινοποιήσεις, αποφάσεις, πόσο γρήγορα λήφθηκαν, προσφυγές και ανακλήσεις. Δεν εμφανίζονται προσωπικά δεδομένα.
transparency-region = Περιοχή
transparency-all-regions = Όλες οι περιοχές
transparency-period = Περίοδος
transparency-period-days = Τελευταίες 30 ημέρες, ανά ημέρα
transparency-period-weeks = Τελευταίες 12 εβδομάδες, ανά εβδομάδα
transparency-period-months = Τελευταίοι 12 μήνες, ανά μήνα
transparency-range = { $from } έως { $to }
transparency-csv = Λήψη ως CSV
transparency-summary = Συνολικά: { $region }
transparency-notices = Κοινοποιήσεις
transparency-decisions = Αποφάσεις
transparency-median = Διάμεσος χρόνος έως την απόφαση
transparency-p90 = 90ό εκατοστημόριο
transparency-hours = { $hours } ώ.
transparency-hours-unit = ώ.
transparency-deadline-misses = Χαμένες προθεσμίες
transparency-automated-detection = Εντοπίστηκαν με αυτοματοποιημένα εργαλεία
transparency-automated-decision = Αποφασίστηκαν αυτόματα
transparency-suspensions = Αναστολές
transparency-appeals = Προσφυγές
transparency-reversals = Ανακλήσεις
transparency-over-time = Με την πάροδο του χρόνου
transparency-chart-volume = Κοινοποιήσεις και αποφάσεις
transparency-chart-speed = Χρόνος έως την απόφαση (ώρες)
transparency-breakdown = Ανάλυση
transparency-chart-notices-category = Κοινοποιήσεις ανά κατηγορία
transparency-chart-decisions-action = Αποφάσεις ανά μέτρο
transparency-chart-decisions-category = Αποφάσεις ανά κατηγορία
transparency-chart-ground = Αποφάσεις ανά βάση
transparency-chart-source = Κοινοποιήσεις ανά πηγή
transparency-appeals-title = Προσφυγές
transparency-chart-appeals = Έκβαση προσφυγών
transparency-chart-appeals-time = Προσφυγές και ανακλήσεις στον χρόνο
transparency-appeals-upheld = Δεκτές
transparency-appeals-rejected = Απορρίφθηκαν
transparency-appeals-open = Ανοιχτές
transparency-orders = Νομικές εντολές και αυτόματος έλεγχος
transparency-chart-orders = Νομικές εντολές ανά περιοχή
transparency-screening-flagged = Επισημάνθηκαν από τον έλεγχο
transparency-screening-decided = Εξετάστηκαν
transparency-screening-confirmed = Επιβεβαιώθηκαν
transparency-screening-precision = Ακρίβεια
transparency-none = Τίποτα σε αυτή την περίοδο.
transparency-yes = Ναι
transparency-no = Όχι
transparency-log = Μητρώο αποφάσεων
transparency-log-intro = Κάθε απόφαση, χωρίς τα δεδομένα όσων αναφέρουν, των δημιουργών ή των συντονιστών.
transparency-log-date = Ημερομηνία
transparency-log-action = Απόφαση
transparency-log-category = Κατηγορία
transparency-log-ground = Βάση
transparency-log-content = Περιεχόμενο
transparency-log-detected = Αυτόματος εντοπισμός
transparency-log-automated = Αυτόματη απόφαση
transparency-log-scope = Πού
transparency-log-source = Πηγή
transparency-log-reversed = Ανακλήθηκε
transparency-log-more = Περισσότερες αποφάσεις
transparency-log-empty = Δεν υπάρχουν ακόμη αποφάσεις.
chart-show-table = Εμφάνιση των αριθμών σε πίνακα
chart-summary-line = Από { $from } έως { $to }. Σύνολα: { $totals }
chart-period = Περίοδος
chart-item = Στοιχείο
chart-value = Πλήθος
notif-statement = Ελήφθη απόφαση συντονισμού για το περιεχόμενό σου. Διάβασε γιατί και πώς να προσφύγεις.
notif-report_outcome = Ελήφθη απόφαση για μια αναφορά που έστειλες.

## Moderation: more codes from the server
action-hold = Σε αναμονή για έλεγχο
action-reversed = Ανακλήθηκε μετά από προσφυγή
action-upheld_decision = Επικυρώθηκε μετά από προσφυγή
action-appeal_upheld = Η προσφυγή έγινε δεκτή
action-appeal_rejected = Η προσφυγή απορρίφθηκε
notice-source-account = Κοινοποίηση από λογαριασμό
notice-source-anonymous = Κοινοποίηση χωρίς λογαριασμό (άρθρο 16 DSA)
notice-source-screening = Αυτόματος έλεγχος
notice-source-fingerprint = Αντιστοίχιση με περιεχόμενο που αφαιρέθηκε
notice-source-legal_order = Νομική εντολή
source-complaint = Μια προσφυγή
statement-scope-eea = Η ΕΕ και ο ΕΟΧ (30 χώρες)
statement-regions = Περιοχές
statement-reference = Αριθμός αναφοράς της εντολής
statement-outcome-heading = { $action } · { $date }
error-already_decided = Αυτό έχει ήδη αποφασιστεί.
error-appeal_open = Υπάρχει ήδη ανοιχτή προσφυγή για αυτή την απόφαση.
error-appeal_closed = Δεν μπορεί πλέον να ασκηθεί προσφυγή κατά αυτής της απόφασης.
error-account_suspended = Ο λογαριασμός σου είναι σε αναστολή, οπότε δεν μπορείς να το κάνεις αυτό τώρα.
error-account_terminated = Ο λογαριασμός σου έκλεισε.
error-not_moderator = Δεν είσαι συντονιστής αυτής της περιοχής.
video-withheld-own = Το βίντεό σου δεν είναι διαθέσιμο σε: { $places }. Μόνο εσύ βλέπεις αυτή την ειδοποίηση.
item-restrictions = Τρέχοντες περιορισμοί

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Συνδέσου για να συνεχίσεις
signin-sheet-intro = Συνδέσου για να κάνεις «μου αρέσει», να σχολιάζεις, να ακολουθείς και να έχεις ροή φτιαγμένη για σένα.
feed-caught-up = Τα είδες όλα
feed-caught-up-hint = Για την ώρα έχεις δει όλα τα κλιπ. Βρες περισσότερα στην Ανακάλυψη.
feed-explore = Εξερεύνηση
clip-creator-profile = Προφίλ του/της { $handle }
unfollow-handle = Άρση ακολούθησης του/της { $handle }
clip-progress = Θέση αναπαραγωγής
clip-progress-value = { $at } από { $length }
video-edit = Επεξεργασία βίντεο
video-edit-save = Αποθήκευση
video-edit-done = Οι αλλαγές αποθηκεύτηκαν
video-delete = Διαγραφή βίντεο
video-delete-confirm = Να διαγραφεί οριστικά αυτό το βίντεο; Μαζί του φεύγουν τα σχόλια και τα «μου αρέσει».
video-delete-done = Το βίντεο διαγράφηκε
back = Πίσω
cancel = Ακύρωση
discover-trending = Τάσεις τώρα
discover-trending-tags = Δημοφιλή hashtag

## How the feed works: its stages and parameters
algo-stage-events = Από τι μαθαίνει η ροή
algo-stage-model = Το μοντέλο προτιμήσεων
algo-stage-candidates = Από πού έρχονται οι υποψήφιοι
algo-stage-exploration = Μια ευκαιρία για τα νέα βίντεο
algo-stage-ranking = Κατάταξη
algo-stage-filters = Τι φιλτράρεται
algo-stage-diversity = Ποικιλία
algo-stage-non_personalized = Η μη εξατομικευμένη ροή
algo-technical = Τεχνική περιγραφή (στα αγγλικά)
algo-param-bias-learning-rate = Πόσο γρήγορα μαθαίνεται η ελκυστικότητα ενός βίντεο
algo-param-expiry-secs = Ξεχνιέται μετά από αδράνεια
algo-param-history-len = Πρόσφατες προβολές που μετράνε
algo-param-history-weight = Βάρος των πρόσφατων προβολών
algo-param-init-scale = Αρχική διασπορά των νέων γραμμών
algo-param-item-min-count = Αλληλεπιδράσεις πριν ένα βίντεο αποκτήσει δική του γραμμή
algo-param-learning-rate = Πόσο γρήγορα μαθαίνονται οι προτιμήσεις
algo-param-margin = Περιθώριο ανάμεσα σε βίντεο που άρεσαν και σε όσα παραλείφθηκαν
algo-param-negative-trials = Βίντεο που δοκιμάζονται για εύρεση αντιπαραδείγματος
algo-param-negatives-per-positive = Αντιπαραδείγματα ανά θετικό σήμα
algo-param-regularization = Κανονικοποίηση (αποτρέπει την υπερπροσαρμογή του μοντέλου)
algo-param-seed = Τυχαίος σπόρος (για αναπαραγωγιμότητα)
algo-param-max-age-hours = Τα νέα βίντεο δοκιμάζονται για
algo-param-min-completion-rate = Προβολή ως το τέλος τουλάχιστον
algo-param-min-engagement-rate = «Μου αρέσει», σχόλια και κοινοποιήσεις ανά προβολή τουλάχιστον
algo-param-slots-per-page = Θέσεις ανά σελίδα για νέα βίντεο
algo-param-stages = Μέγεθος κοινού στα δοκιμαστικά στάδια
algo-param-freshness-hours = Ένα βίντεο θεωρείται νέο για
algo-param-trending-half-life-hours = Η δημοτικότητα μετρά στο μισό μετά από
algo-param-weights = Βάρη της βαθμολογίας κατάταξης
algo-param-engagement = Αναμενόμενη αλληλεπίδραση
algo-param-exploration = Εξερεύνηση
algo-param-following = Λογαριασμοί που ακολουθείς
algo-param-freshness = Φρεσκάδα
algo-param-trending = Δημοτικότητα
algo-param-creator-spacing = Κλιπ πριν ξαναεμφανιστεί ο ίδιος δημιουργός
algo-param-sound-spacing = Κλιπ πριν ξαναεμφανιστεί ο ίδιος ήχος
algo-param-catalog-videos = Βίντεο στον κατάλογο
algo-param-viewers-with-state = Θεατές που γνωρίζει το μοντέλο

tile-views = { $count ->
    [one] { $count } προβολή
   *[other] { $count } προβολές
}

## Long press: speed
clip-options = Επιλογές
speed-title = Ταχύτητα αναπαραγωγής
speed-normal = Κανονική
speed-value = { $rate }×
speed-set = Αναπαραγωγή σε { $rate }×

## Upload: preview, cover, draft
upload-preview = Προεπισκόπηση του κλιπ σου
upload-cover = Εξώφυλλο
upload-cover-hint = Σύρε στο καρέ που βλέπουν οι άλλοι πριν ξεκινήσει το κλιπ.
upload-draft-restored = Το πρόχειρό σου επέστρεψε: λεζάντα και ρυθμίσεις όπως τις άφησες.
error-invalid_cover = Το εξώφυλλο πρέπει να είναι μια στιγμή του κλιπ.

# Υπότιτλοι και φωτογραφίες προφίλ
clip-captions-on = Ενεργοποίηση υποτίτλων
clip-captions-off = Απενεργοποίηση υποτίτλων
captions-on = Υπότιτλοι ενεργοί
captions-off = Υπότιτλοι ανενεργοί
captions-title = Υπότιτλοι
captions-file = Αρχείο υποτίτλων (.vtt)
captions-hint = Ένα αρχείο WebVTT για κάθε γλώσσα. Όλοι οι υπότιτλοι πρέπει να χωρούν στη διάρκεια του κλιπ.
captions-language = Γλώσσα υποτίτλων
captions-add = Προσθήκη υποτίτλων
captions-remove = Αφαίρεση υποτίτλων ({ $language })
captions-remove-short = Αφαίρεση
captions-none = Δεν υπάρχουν ακόμη υπότιτλοι.
captions-added = Προστέθηκαν υπότιτλοι: { $language }.
captions-removed = Αφαιρέθηκαν υπότιτλοι: { $language }.
captions-failed = Το κλιπ σου δημοσιεύτηκε, αλλά οι υπότιτλοι δεν προστέθηκαν: { $reason } Μπορείς να τους προσθέσεις από την επεξεργασία του κλιπ.
captions-pick-file = Διάλεξε πρώτα ένα αρχείο .vtt.
error-invalid_webvtt = Αυτό δεν είναι έγκυρο αρχείο υποτίτλων WebVTT.
error-invalid_language = Διάλεξε τη γλώσσα των υποτίτλων.
profile-photo-choose = Φωτογραφία προφίλ
profile-photo-hint = JPEG, PNG ή WebP, έως 8 MB. Περικόπτεται σε τετράγωνο και αφαιρούνται τα στοιχεία για το πού και με τι τραβήχτηκε.
profile-photo-remove = Αφαίρεση φωτογραφίας
profile-photo-type = Διάλεξε μια εικόνα JPEG, PNG ή WebP.
profile-edit-save = Αποθήκευση προφίλ
profile-edit-done = Το προφίλ αποθηκεύτηκε.
error-invalid_photo = Αυτό το αρχείο δεν είναι εικόνα που μπορεί να διαβαστεί.
error-photo_too_small = Η φωτογραφία είναι πολύ μικρή: διάλεξε μία με τουλάχιστον 64 pixel σε κάθε πλευρά.
error-photo_too_large = Η φωτογραφία είναι πολύ μεγάλη: έως 8192 pixel σε κάθε πλευρά.
error-invalid_crop = Το τμήμα της φωτογραφίας που κρατάς πρέπει να είναι τετράγωνο μέσα σε αυτήν.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Άλλοι κόμβοι
fed-intro = Ακολούθησε άτομα σε άλλους κόμβους που μιλούν ActivityPub, όπως άλλους διακομιστές Spool. Τα βίντεό τους εμφανίζονται στη ροή «Ακολουθείς».
fed-teen = Οι εφηβικοί λογαριασμοί μένουν σε αυτόν τον κόμβο: δεν μπορούν να ακολουθούν ούτε να ακολουθούνται από άλλους κόμβους.
fed-address = Διεύθυνση σε άλλο κόμβο
fed-address-hint = Στη μορφή όνομα@host, για παράδειγμα alex@example.org
fed-follow = Ακολούθησε
fed-address-invalid = Γράψε τη διεύθυνση στη μορφή όνομα@host, για παράδειγμα alex@example.org.
fed-address-local = Αυτός ο λογαριασμός είναι σε αυτόν τον κόμβο: ακολούθησέ τον από το προφίλ του.
fed-not-found = Δεν βρέθηκε λογαριασμός { $handle }. Έλεγξε τη διεύθυνση.
fed-requested = Το αίτημα ακολούθησης στάλθηκε στον/στην { $handle }.
fed-following = Λογαριασμοί που ακολουθείς εκεί
fed-following-empty = Δεν ακολουθείς ακόμη κανέναν σε άλλο κόμβο.
fed-pending = Το αίτημα στάλθηκε
fed-followers = Οι ακόλουθοί σου από εκεί
fed-followers-empty = Κανείς από άλλο κόμβο δεν σε ακολουθεί ακόμη.
fed-wants-to-follow = Θέλει να σε ακολουθήσει
fed-unfollow = Άρση ακολούθησης
fed-accept = Αποδοχή
fed-accept-label = Αποδοχή του αιτήματος ακολούθησης του/της { $handle }
fed-decline = Απόρριψη
fed-decline-label = Απόρριψη του αιτήματος ακολούθησης του/της { $handle }
fed-remove = Αφαίρεση
fed-remove-label = Αφαίρεση του/της { $handle } από τους ακόλουθούς σου
fed-accepted = Ο/Η { $handle } σε ακολουθεί τώρα.
fed-declined = Απέρριψες το αίτημα του/της { $handle }.
fed-removed = Ο/Η { $handle } δεν σε ακολουθεί πια.
fed-from = Από { $host }
fed-open = Άνοιγμα στο { $host }
fed-cannot-play = Αυτό το βίντεο δεν μπορεί να παιχτεί εδώ.
comment-remote-remove = Αφαίρεση της απάντησης από { $handle }
fed-shared-by = Κοινοποιήθηκε από { $handle }
reason-remote_instance = Από { $host }, έναν κόμβο όπου άτομα από εδώ ακολουθούν λογαριασμούς
fed-like = Μου αρέσει
