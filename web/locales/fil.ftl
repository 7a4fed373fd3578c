# Mga teksto ng interface ng Spool: Filipino (Project Fluent). Parehong mga mensahe ng en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — maiikling video
app-description = Manood, gumawa at magbahagi ng maiikling video. Nananatili ang data mo sa iyong home region.
skip-to-content = Lumaktaw sa nilalaman
loading = Naglo-load…
noscript = Kailangan ng Spool ang JavaScript para mag-play ng mga video. Paki-on ito, o gamitin nang direkta ang API.
assets-missing = Hindi naisama ang web client sa server na ito. I-build ito gamit ang “npm ci && npm run build” sa folder na web/, saka i-build muli ang Spool.
title-page = { $page } · Spool
title-not-found = Hindi nahanap · Spool
not-found = Walang ganitong pahina.
close = Isara

## Navigation
nav-label = Pangunahing menu
nav-home = Home
nav-discover = Tuklasin
nav-upload = Mag-upload
nav-inbox = Inbox
nav-profile = Profile
nav-unread = { $count ->
    [one] { $count } hindi pa nababasang notification
   *[other] { $count } hindi pa nababasang notification
}

## Feed
feed-tabs = Mga feed
feed-for-you = Para sa Iyo
feed-following = Sinusundan
feed-personalized = Naka-personalize
feed-mode-hint = Kapag naka-off, hindi gumagamit ng profiling ang feed: ipinapakita nito ang sikat at bago sa iyong rehiyon at wika.
feed-mode-personalized = Naka-on ang naka-personalize na feed
feed-mode-non-personalized = Naka-off ang naka-personalize na feed: walang profiling
feed-empty = Wala pang mapapanood. Mag-upload ng unang clip, o maghanap ng kahit ano.
feed-following-empty = Walang bagong clip mula sa mga account na sinusundan mo.
feed-login = Mag-log in para makita ang mga clip ng mga account na sinusundan mo.
feed-unavailable = Hindi pa available ang feed sa server na ito. Subukan ang paghahanap o isang profile.
video-title = Video
video-processing = Pinoproseso…
video-failed = Nabigo ang pagproseso
clip-video-label = Video ni { $handle }
clip-loading = Nilo-load ang video
clip-unmute = I-on ang tunog
clip-mute = I-off ang tunog
clip-play = I-play
clip-pause = I-pause
clip-actions = Mga aksyon para sa video ni { $handle }
clip-like = { $count ->
    [one] I-like ({ $count } like)
   *[other] I-like ({ $count } like)
}
clip-comments = { $count ->
    [one] Mga komento ({ $count } komento)
   *[other] Mga komento ({ $count } komento)
}
clip-share = { $count ->
    [one] Ibahagi ({ $count } pagbabahagi)
   *[other] Ibahagi ({ $count } pagbabahagi)
}
clip-more = Iba pang opsyon
clip-sound = Orihinal na tunog – { $handle }
clip-duet-of = Duet: tingnan ang orihinal
clip-stitch-of = Stitch: tingnan ang orihinal
follow-handle = Sundan si { $handle }
follow-requested = Hiniling na
follow-done = Sinusundan mo na si { $handle }
unfollow-done = Hindi mo na sinusundan si { $handle }
login-needed = Mag-log in muna.
share-title = Ibahagi
share-link = Link sa video na ito
share-copy = Kopyahin ang link
share-copied = Nakopya ang link
not-interested = Hindi interesado
not-interested-done = Sige: mas kaunting clip na tulad nito ang makikita mo.
open-sound = Buksan ang tunog
make-duet = Gumawa ng duet
make-stitch = Gumawa ng stitch mula sa video na ito
why-title = Bakit ang video na ito?
why-none = Direktang binuksan ang clip na ito, hindi pinili ng feed.
why-explainer = Pumipili ang feed ng mga clip ayon sa mga nakalathalang tuntunin. Puwede mong i-off ang personalization anumang oras.
algorithm-link = Paano gumagana ang feed

## Reasons
reason-follows_creator = Sinusundan mo si { $handle }
reason-topic = Nanonood ka ng mga clip tungkol sa { $hashtag }
reason-similar_to_liked = Kahawig ng mga clip na ni-like mo
reason-taste_match = Tugma sa karaniwan mong pinapanood
reason-trending_region = Sikat sa iyong rehiyon ({ $region })
reason-trending_language = Sikat sa iyong wika ({ $language })
reason-new_video_test_audience = Bagong clip na ipinapakita sa maliit na grupo ng test audience
reason-fresh = Kaka-post lang
reason-sound = Gumagamit ng tunog na “{ $sound }”
reason-seen_before = Napanood mo na ang lahat ng bagong clip; panoorin muli ito

## Comments
comments-title = { $count ->
    [one] { $count } komento
   *[other] { $count } komento
}
comments-empty = Wala pang komento. Mauna ka.
comments-more = Higit pang komento
comments-off = Naka-off ang mga komento sa video na ito.
comment-add = Magdagdag ng komento
comment-send = I-post
comment-sent = Na-post ang komento
comment-reply = Sumagot
comment-reply-to = Sagot kay { $handle }
comment-cancel-reply = Kanselahin ang sagot
comment-replies = { $count ->
    [one] Tingnan ang { $count } sagot
   *[other] Tingnan ang { $count } sagot
}
comment-like = { $count ->
    [one] I-like ang komento ({ $count } like)
   *[other] I-like ang komento ({ $count } like)
}
comment-pinned = Naka-pin
comment-login = Mag-log in para magkomento

## Reports
report = I-report
report-intro = Sabihin sa amin kung ano ang mali. Sinusuri ng isang moderator ang bawat report, at makakatanggap ka ng sagot.
report-category = Dahilan
report-note = Mga detalye (opsyonal)
report-note-hint = Ano ang dapat tingnan ng moderator?
report-send = Ipadala ang report

## Upload
upload-title = Mag-upload
upload-file = File ng video
upload-file-hint = 1 segundo hanggang 10 minuto. Agad na nagsisimula ang pag-upload at nagpapatuloy kapag naputol ang koneksyon.
upload-progress-label = Progreso ng pag-upload
upload-progress = { $percent } % ({ $sent } sa { $total } byte)
upload-done = Tapos na ang pag-upload
upload-error = Nabigo ang pag-upload. Subukang muli.
upload-pause = I-pause
upload-resume = Ituloy
upload-caption = Caption
upload-caption-hint = I-type ang # para sa mga hashtag at @ para banggitin ang isang tao.
upload-visibility = Sino ang puwedeng manood
visibility-public = Lahat
visibility-followers = Mga follower
visibility-private = Ako lang
upload-allow = Payagan ang iba na
upload-allow-comments = Magkomento
upload-allow-duet = Mag-duet
upload-allow-stitch = Mag-stitch
upload-sound = Tunog (opsyonal)
upload-sound-search = Maghanap ng tunog
upload-sound-none = Mananatili ang sariling tunog ng clip mo.
upload-sound-chosen = Tunog: { $title }
upload-sound-clear = Gamitin ang sarili kong tunog
upload-duet = Duet kasama si { $handle }
upload-stitch = Stitch ng video ni { $handle }
upload-post = I-post
upload-pick-first = Pumili muna ng file ng video.
upload-waiting = Tinatapos ang pag-upload…
upload-processing = Pinoproseso ang video mo… Halos kasinghaba ito ng clip.
upload-ready = Handa na ang video mo!
upload-watch = Panoorin
upload-to-profile = Pumunta sa profile mo
suggestions = Mga mungkahi
suggestions-count = { $count ->
    [one] { $count } mungkahi. Gamitin ang pataas at pababang arrow para pumili.
   *[other] { $count } mungkahi. Gamitin ang pataas at pababang arrow para pumili.
}

## Profiles, hashtags, sounds
profile-not-found = Walang ganitong account.
profile-edit = I-edit ang profile
profile-follow = Sundan
profile-following = Sinusundan
profile-private = Pribado
profile-private-body = Pribado ang account na ito. Sundan ito para makita ang mga video nito.
profile-following-count = Sinusundan
profile-followers-count = Mga follower
profile-likes-count = Mga like
profile-videos-count = Mga video
profile-videos = Mga video
profile-empty = Wala pang video.
profile-empty-own = Wala ka pang na-post. Dito lalabas ang mga clip mo.
tile-label = { $caption } — ni { $handle }
tile-label-plain = Video ni { $handle }
hashtag-count = { $count ->
    [one] { $count } video
   *[other] { $count } video
}
hashtag-empty = Wala pang pampublikong video na may ganitong hashtag.
sound-title = Tunog
sound-listen = Pakinggan ang { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } video
   *[other] { $count } video
}
sound-use = Gamitin ang tunog na ito
sound-original = Orihinal na video
sound-sort = Ayusin ang mga video
sound-newest = Pinakabago
sound-popular = Sikat
sound-empty = Wala pang video na gumagamit ng tunog na ito.

## Search
search-title = Tuklasin
search-label = Maghanap
search-placeholder = Maghanap ng account, video, #hashtag, tunog
search-submit = Maghanap
search-types = Ano ang hahanapin
search-videos = Mga video
search-accounts = Mga account
search-hashtags = Mga hashtag
search-sounds = Mga tunog
search-results = Mga resulta
search-hint = Mag-type ng salita, #hashtag o @handle.
search-empty = Walang nahanap para sa “{ $query }”.
search-followers = { $count ->
    [one] { $count } follower
   *[other] { $count } follower
}

## Inbox
inbox-title = Inbox
inbox-requests = Mga kahilingang sumunod
inbox-activity = Aktibidad
inbox-empty = Wala pang notification.
inbox-unread = Hindi pa nababasa:
request-accept = Tanggapin
request-decline = Tanggihan
request-accepted = Nakikita na ni { $handle } ang mga video mo
request-declined = Tinanggihan ang kahilingan ni { $handle }
notif-like = { $count ->
    [one] Ni-like ni { $actor } ang video mo
   *[other] { $count } tao ang nag-like sa video mo
}
notif-comment = { $others ->
    [0] Nagkomento si { $actor } sa video mo
   *[other] Nagkomento si { $actor } at { $others } iba pa sa video mo
}
notif-reply = Sumagot si { $actor } sa komento mo
notif-mention = Binanggit ka ni { $actor }
notif-follow = { $count ->
    [one] Sinimulan kang sundan ni { $actor }
   *[other] { $count } bagong follower
}
notif-follow_request = Gusto kang sundan ni { $actor }
notif-follow_accepted = Tinanggap ni { $actor } ang kahilingan mong sumunod
notif-comment_like = { $others ->
    [0] Ni-like ni { $actor } ang komento mo
   *[other] Ni-like ni { $actor } at { $others } iba pa ang komento mo
}
notif-duet = Gumawa si { $actor } ng duet kasama ang video mo
notif-stitch = Gumawa si { $actor } ng stitch mula sa video mo

## Settings
settings-title = Mga setting
settings-save = I-save
settings-saved = Na-save
settings-profile = Profile
settings-privacy = Privacy
settings-private = Pribadong account
settings-private-hint = Mga follower na inaprubahan mo lang ang makakakita ng mga video mo.
settings-who-comment = Sino ang puwedeng magkomento sa mga video mo
settings-who-duet = Sino ang puwedeng mag-duet sa mga video mo
settings-who-stitch = Sino ang puwedeng mag-stitch ng mga video mo
policy-everyone = Lahat
policy-followers = Mga follower
policy-nobody = Walang sinuman
settings-liked-public = Ipakita sa profile ko ang mga video na ni-like ko
settings-teen = Teen account ang account mo: mas mahigpit ang ilang setting.
settings-feed = Feed
settings-reset-recommendations = I-reset ang mga rekomendasyon ko
settings-reset-done = Na-reset ang mga rekomendasyon mo.
settings-language = Wika
settings-language-label = Wika ng interface
settings-language-hint = Bilang default, sinusunod ng Spool ang wika ng iyong browser.
settings-data = Ang iyong data
settings-data-intro = I-download ang lahat ng iniimbak ng Spool tungkol sa iyo, at tingnan kung sinong staff ang tumingin dito at bakit.
settings-export = I-download ang data ko
settings-region = Home region
settings-region-now = Nakaimbak ang data mo sa: { $region }
settings-region-intro = Nasa home region mo lang ang personal data mo. Puwede mo itong ilipat sa ibang rehiyon.
settings-move-to = Bagong home region
settings-move = Ilipat ang data ko
settings-move-confirm = Ilipat ang lahat ng personal data mo sa { $region }?
settings-move-done = Nailipat na ang data mo.
settings-account = Account
settings-signed-in = Naka-log in bilang { $handle }
settings-logout = Mag-log out
settings-delete = Burahin ang account
settings-delete-intro = Permanenteng buburahin nito ang account mo, ang mga video mo at ang lahat ng data mo. Hindi na ito mababawi.
settings-delete-confirm = Permanenteng burahin ang account mo at ang lahat ng laman nito?
settings-sessions = Mga session
settings-sessions-intro = Ang mga device kung saan ka naka-log in. Mag-log out sa mga hindi mo kilala.
settings-sessions-logout-others = Mag-log out sa lahat ng iba pa
settings-sessions-ended = { $count ->
    [one] Na-log out sa { $count } pang session.
   *[other] Na-log out sa { $count } pang session.
}
session-device = { $browser } sa { $os }
session-device-unknown = Hindi kilalang device
session-current = Ang device na ito
session-times = Nag-log in { $created } · huling aktibo { $used }
session-logout = Mag-log out
session-logout-label = I-log out ang { $device }
settings-password = Palitan ang password
settings-password-done = Napalitan ang password mo. Na-log out ang lahat ng iba pang session.
field-current-password = Kasalukuyang password
field-new-password = Bagong password
access-title = Pag-access sa data ko
access-intro = Sa tuwing bubuksan ng isang staff ang personal data mo, itinatala ito kasama ng nakasulat na katwiran. Ito ang buong listahan.
access-empty = Wala pang staff na nag-access sa data mo.
access-unavailable = Hindi pa available ang access log sa server na ito.
access-when = Kailan
access-staff = Staff
access-role = Tungkulin
access-action = Ginawa nila
access-justification = Katwiran
access-reference = Reference
algorithm-title = Paano gumagana ang feed
algorithm-intro = Bukas para suriin ang Para sa Iyo na feed ng Spool: nakalathala ang code, ang mga weight nito at ang dahilan sa bawat clip.
algorithm-sources = Nanggagaling ang mga kandidato sa mga account na sinusundan mo, sa mga clip na kahawig ng mga ni-like mo, sa sikat sa iyong rehiyon at wika, at sa mga bagong clip na ipinapakita sa maliit na grupo ng test audience.
algorithm-signals = Natututo ito sa ginagawa mo: gaano katagal kang nanonood, mga ulit na panonood, mga nilaktawan, like, pagbabahagi, komento, pagsunod at “Hindi interesado”.
algorithm-filters = Inaalis nito ang napanood mo na, mga naka-block na account at mga inalis na video, at pinaghahalo ang mga paksa at creator.
algorithm-control = Puwede mong i-off ang personalization, i-reset ang natutunan nito, at itanong ang “bakit ang video na ito?” sa bawat clip.
algorithm-published = Nakalathalang paglalarawan
algorithm-unavailable = Hindi pa available ang nakalathalang paglalarawan sa server na ito.

## Log in and sign up
login-title = Mag-log in
login-submit = Mag-log in
login-no-account = Wala ka pang account?
signup-title = Mag-sign up
signup-intro = Iniimbak lang ang personal data mo sa home region na pipiliin mo.
signup-submit = Gumawa ng account
signup-have-account = May account ka na?
field-handle = Username
field-handle-hint = 2 hanggang 24 na titik, numero, _ o .
field-display-name = Display name (opsyonal)
field-password = Password
field-password-hint = Hindi bababa sa 8 character.
field-birth-date = Petsa ng kapanganakan
field-birth-date-hint = Dapat ay hindi bababa sa 13 taong gulang ka. Pribado bilang default ang mga account ng wala pang 18.
field-region = Home region
field-region-hint = Kung saan nakaimbak ang personal data mo.
field-email = Email (opsyonal)
field-email-hint = Ginagamit lang para matulungan kang mabawi ang account mo.
field-bio = Bio

## Errors
error-network = Hindi maabot ang server. Tingnan ang koneksyon mo.
error-internal = May nangyaring mali. Subukang muli.
error-unauthenticated = Mag-log in muna.
error-invalid_credentials = Maling username o password.
error-too_young = Dapat ay hindi bababa sa 13 taong gulang ka para magamit ang Spool.
error-csrf_rejected = Nag-expire ang session mo. I-reload ang pahina.
error-forbidden = Hindi ka pinapayagang gawin iyan.
error-comments_off = Naka-off ang mga komento sa video na ito.
error-remix_off = Hindi ito pinapayagan ng creator.
error-not_found = Hindi nahanap.
error-handle_taken = Ginagamit na ang username na ito.
error-rate_limited = Masyadong maraming pagsubok. Maghintay sandali at subukang muli.
error-invalid_handle = Gumamit ng 2 hanggang 24 na titik, numero, _ o .
error-handle_reserved = Nakareserba ang username na ito.
error-invalid_password = Dapat ay 8 hanggang 128 character ang password.
error-invalid_email = Mukhang mali ang email address na ito.
error-invalid_birth_date = Maglagay ng wastong petsa ng kapanganakan.
error-invalid_display_name = Hanggang 50 character lang ang display name.
error-invalid_bio = Hanggang 160 character lang ang bio.
error-invalid_caption = Hanggang 2,200 character lang ang caption.
error-invalid_comment = Ang komento ay 1 hanggang 500 character.
error-unknown_region = Pumili ng isa sa mga nakalistang rehiyon.
error-empty_file = Walang laman ang file.
error-not_media = Hindi video ang file na ito.
error-no_video_stream = Walang larawang video ang file na ito.
error-still_image = Larawan ito, hindi video.
error-too_short = Masyadong maikli ang video (hindi bababa sa 1 segundo).
error-too_long = Masyadong mahaba ang video (hanggang 10 minuto).
error-too_large = Masyadong malaki ang video.
error-unsupported_codec = Hindi suportado ang format ng video na ito.
error-transcode_failed = Hindi maproseso ang video.
error-wrong_password = Mali ang kasalukuyang password.
error-quota_exceeded = Puno na ang storage mo. Burahin ang mga video o hindi natapos na upload para magkaroon ng espasyo.
error-bad_request = Hindi mabasa ang kahilingan.

## Moderation: reports
report-title-video = I-report ang video na ito
report-title-comment = I-report ang komentong ito
report-title-account = I-report ang account na ito
report-category-choose = Pumili ng dahilan
report-category-hate_speech = Mapoot na pananalita
report-category-harassment = Panliligalig at pambu-bully
report-category-violent_extremism = Marahas na ekstremismo
report-category-disinformation = Maling impormasyon at disinformation
report-category-child_safety = Kaligtasan ng bata
report-category-self_harm = Pananakit sa sarili at eating disorder
report-category-illegal_goods = Ilegal na produkto at serbisyo
report-category-scams = Panloloko at scam
report-category-spam = Spam
report-category-intellectual_property = Intelektwal na pag-aari
report-category-other = Iba pa
report-dsa-legend = Tungkol sa iyo
report-dsa-intro = Hindi ka naka-log in, kaya isa itong abiso sa ilalim ng Artikulo 16 ng Digital Services Act ng EU. Kailangan namin ang pangalan at email address mo para maasikaso ito; hindi kailanman sasabihin sa taong iniulat mo kung sino ka.
report-name = Ang pangalan mo
report-email = Ang email address mo
report-email-hint = Dito namin ipapadala ang resulta.
report-good-faith = Naniniwala ako nang may mabuting loob na tumpak at kumpleto ang impormasyon sa abisong ito.
report-login-instead = May account ka?
report-sent = Salamat. Naipadala ang report mo, at susuriin ito ng isang moderator.
report-duplicate = Nai-report mo na ito. May bisa pa rin ang naunang report mo; hindi na kailangang ipadala ulit.
report-receipt-intro = Itago ang resibong ito: magagamit mo ito para malaman ang naging desisyon.
report-receipt = Ang resibo mo
report-receipt-hint = Numero ng report { $id }
report-receipt-copy = Kopyahin ang resibo
report-receipt-copied = Nakopya ang resibo.
report-check-later = Tingnan ang report na ito mamaya
report-follow-up = Ipapaalam sa iyo ang resulta. Masusubaybayan mo rin ito sa
report-outcome = Napagpasyahan noong { $date }: { $action }
report-outcome-policy = Ginamit na tuntunin: { $policy }
report-state-open = Naghihintay ng pagsusuri
report-state-decided = Napagpasyahan na
comment-report = I-report ang komento ni { $handle }
profile-report = I-report
profile-withheld = Hindi available ang account na ito kung nasaan ka.
label-panel = Impormasyon
label-more = Alamin pa
video-age-restricted = May limitasyon sa edad
video-held = Naka-hold
video-held-own = Naka-hold ang video mo: tugma ito sa nilalamang inalis na dati. Susuriin ito ng isang moderator.
video-removed-own = Inalis ng isang moderator ang video mo. Ikaw lang ang nakakakita ng abisong ito.
video-reduced-own = Dahil sa desisyon ng moderation, hindi inirerekomenda ang video mo sa mga feed. Ikaw lang ang nakakakita ng abisong ito.
video-withheld = Hindi available ang video na ito kung nasaan ka.
status-link = Tingnan kung bakit, at paano mag-apela

## Moderation: actions, targets, grounds
action-no_violation = Walang paglabag
action-remove = Inalis
action-age_restrict = May limitasyon sa edad
action-restrict_regions = Nilimitahan sa ilang rehiyon
action-label = Nagdagdag ng label ng impormasyon
action-reduce_distribution = Binawasan ang distribusyon
action-suspend = Sinuspinde ang account
action-terminate = Isinara ang account
target-video = Video
target-comment = Komento
target-account = Account
ground-illegal = Ilegal na nilalaman
ground-incompatible = Labag sa mga alituntunin ng komunidad
source-notice = Abiso mula sa isang nag-report nito
source-trusted-flagger = Abiso mula sa isang pinagkakatiwalaang flagger
source-own-initiative = Sariling pagsusuri ng Spool
decision-reversed = Binawi

## Account status and statements of reasons
status-title = Status ng account
settings-status-intro = Mga desisyon tungkol sa nilalaman mo, ang mga apela mo, at ang mga report na ipinadala mo.
settings-about = Tungkol sa Spool
status-standing = Ang account mo
status-good = Maayos ang katayuan ng account mo.
status-suspended = Suspendido ang account mo.
status-suspended-until = Suspendido ang account mo hanggang { $date }.
status-terminated = Isinara ang account mo. Mababasa mo pa rin ang mga desisyon at makakapag-apela ka.
status-strikes = { $count ->
    [one] { $count } sa { $threshold } na strike
   *[other] { $count } sa { $threshold } na strike
}
status-strikes-hint = Isang strike ang bawat desisyon laban sa nilalaman mo. Kapag naabot ang limitasyon, sinususpinde ang account. Nag-e-expire ang mga lumang strike.
status-history = Mga naunang desisyon
status-statements = Mga desisyon at ang kanilang dahilan
status-statements-intro = Sa bawat desisyon, nagpapadala kami ng pahayag ng mga dahilan: ano ang napagpasyahan, sa ilalim ng anong tuntunin, at paano mag-apela.
status-no-statements = Walang desisyon tungkol sa nilalaman mo.
status-my-reports = Mga report ko
status-no-reports = Wala ka pang nai-report.
status-receipt-title = Ang report mo
statement-heading = { $action } · { $date }
statement-decision = Desisyon
statement-content = Nilalaman
statement-facts = Ang nakita namin
statement-policy = Tuntunin
statement-ground-illegal = Itinuturing naming ilegal ang nilalaman.
statement-ground-incompatible = Labag ang nilalaman sa aming mga alituntunin ng komunidad.
statement-legal-ground = Legal na batayan: { $ground }
statement-policy-ground = Alituntunin: { $ground }
statement-label = Ipinakitang label
statement-detection = Paano ito natuklasan
statement-detected-auto = Gamit ang mga automated na tool
statement-detected-human = Nang walang automated na tool
statement-automated = Paano ito napagpasyahan
statement-decided-auto = Ng isang automated na sistema
statement-decided-human = Ng isang tao, hindi awtomatiko
statement-source = Ano ang nagsimula ng pagsusuri
statement-scope = Saan ito ipinapatupad
statement-scope-everywhere = Saanman
statement-duration = Gaano katagal
statement-duration-until = Mula { $from } hanggang { $until }
statement-duration-open = Mula { $from }, walang petsa ng pagtatapos
statement-account-suspended = Sinuspinde ang account mo.
statement-account-terminated = Isinara ang account mo.
statement-appeal = Apela
statement-appeal-until = Puwede kang mag-apela hanggang { $date }. Ibang moderator ang susuri nito.
statement-appeal-possible = Puwede kang mag-apela. Ibang moderator ang susuri nito.
statement-appeal-closed = Hindi na maaapela rito ang desisyong ito. Puwede ka pa ring lumapit sa isang sertipikadong out-of-court dispute settlement body o sa korte.
statement-appeal-open = Sinusuri ang apela mo.
statement-appeal-upheld = Tinanggap ang apela mo: binawi ang desisyon.
statement-appeal-rejected = Nasuri ang apela mo at nananatili ang desisyon.
statement-technical = Mga teknikal na detalye (gaya ng ipinadala sa transparency database ng EU)
appeal-text = Bakit dapat baguhin ang desisyon?
appeal-text-hint = Ipaliwanag kung ano ang posibleng hindi napansin ng moderator. Puwede kang magdagdag ng konteksto o mga link.
appeal-send = Ipadala ang apela
appeal-sent = Naipadala ang apela mo. Ibang moderator ang susuri nito, at makakatanggap ka ng bagong pahayag.
appeal-exists = May bukas ka nang apela para sa desisyong ito.

## Moderator console
mod-title = Moderation
mod-region = Rehiyon
mod-region-hint = Ang pila ng rehiyong mino-moderate mo.
mod-not-moderator = Hindi ka moderator ng rehiyong ito.
queue-title = Pila ng pagsusuri: { $region }
queue-refresh = I-refresh
queue-empty = Walang laman ang pila.
queue-count = { $count ->
    [one] { $count } item, nauuna ang pinakaapurahan
   *[other] { $count } item, nauuna ang pinakaapurahan
}
queue-kind-notice = Abiso
queue-kind-appeal = Apela
queue-kind-match = Tugma
queue-severity = Bigat
queue-notices = Mga abiso
queue-reach = Mga view (24 oras)
queue-detection = Natuklasan ng
queue-automated = Awtomatikong pagtuklas
queue-human = Mga tao
queue-due = Takdang oras { $time }
queue-overdue = Lampas na: ang takdang oras ay { $time }
queue-claimed-mine = Kinuha mo; mag-e-expire { $time }
queue-claimed-other = Kinuha ng ibang moderator
queue-claim = Kunin
queue-claim-done = Nakuha na. Iyo ito sa susunod na ilang minuto.
queue-open = Suriin
item-title = Pagsusuri
item-heading = Pagsusuri: { $category }
item-back = Bumalik sa pila
item-decided = Napagpasyahan na
item-context = Ang nilalaman
item-player = Ang ini-report na video
item-caption = Caption
item-sound = Tunog
item-state = Estado
item-remixes = Mga remix
item-none = Wala
item-open-video = Pahina ng video
item-open-video-link = Buksan ang video
item-comment-text = Komento
item-comment-video = Sa video
item-account = Account
item-detection = Awtomatikong pagtuklas
item-notices = { $count ->
    [one] { $count } abiso
   *[other] { $count } abiso
}
item-history = Mga naunang desisyon tungkol sa account na ito
item-history-none = Walang naunang desisyon.
item-appeal = Ang apela
item-appeal-decision = Ang inaapelang desisyon
decide-title = Desisyon
decide-action = Aksyon
decide-policy = Tuntunin
decide-policy-category = Pangkalahatang tuntunin: { $category }
decide-legal-ground = Legal na batayan: { $ground }
decide-facts = Mga katotohanan
decide-facts-hint = Ang nakita mo, sa simpleng salita. Babasahin ito ng creator.
decide-restrict = Saan lilimitahan
decide-restrict-hint = Pumili ng mga rehiyon, bansa, o pareho. Kailangan ng legal na kautusan ang reference nito.
decide-regions = Mga rehiyon
decide-countries = Mga bansa
decide-countries-hint = Mga dalawang-titik na code ng bansa, pinaghihiwalay ng kuwit (DE, AT).
decide-reference = Reference (kautusan ng korte o awtoridad)
decide-reference-hint = Opsyonal. Ipinapakita sa mga manonood na hindi makakita ng nilalaman.
decide-restrict-empty = Pumili ng kahit isang rehiyon o bansa.
decide-label = Label ng impormasyon
decide-label-text = Teksto ng label
decide-label-url = Link sa karagdagang impormasyon
decide-suspend = Suspensyon
decide-days = Mga araw
decide-days-hint = 1 hanggang 365.
decide-submit = Magpasya
decide-done = Naitala ang desisyon: { $action }. Naipadala ang pahayag ng mga dahilan.
appeal-decide-title = Pagpasyahan ang apela
appeal-outcome = Resulta
appeal-outcome-upheld = Tanggapin ang apela
appeal-outcome-upheld-hint = Agad na binabawi ang desisyon at ibinabalik ang nilalaman o account.
appeal-outcome-rejected = Tanggihan ang apela
appeal-outcome-rejected-hint = Nananatili ang desisyon.
appeal-decide-submit = Pagpasyahan ang apela
appeal-decided-upheld = Tinanggap ang apela: binawi ang desisyon. Naipadala ang bagong pahayag.
appeal-decided-rejected = Tinanggihan ang apela: nananatili ang desisyon. Naipadala ang bagong pahayag.
error-claimed = Kinuha na ng ibang moderator ang item na ito.
error-same_moderator = Hindi puwedeng magpasya sa apela ang moderator na gumawa ng desisyon.

## Transparency report
transparency-title = Transparency
transparency-intro = Paano gumagana ang moderation sa Spool, sa mga numero: mga abiso, desisyon, gaano kabilis ginawa, mga apela at pagbawi. Walang ipinapakitang personal data.
transparency-region = Rehiyon
transparency-all-regions = Lahat ng rehiyon
transparency-period = Panahon
transparency-period-days = Huling 30 araw, bawat araw
transparency-period-weeks = Huling 12 linggo, bawat linggo
transparency-period-months = Huling 12 buwan, bawat buwan
transparency-range = { $from } hanggang { $to }
transparency-csv = I-download bilang CSV
transparency-summary = Kabuuan: { $region }
transparency-notices = Mga abiso
transparency-decisions = Mga desisyon
transparency-median = Median na oras bago magpasya
transparency-p90 = Ika-90 percentile
transparency-hours = { $hours } oras
transparency-hours-unit = oras
transparency-deadline-misses = Mga lumampas sa takdang oras
transparency-automated-detection = Natuklasan gamit ang automated na tool
transparency-automated-decision = Awtomatikong napagpasyahan
transparency-suspensions = Mga suspensyon
transparency-appeals = Mga apela
transparency-reversals = Mga pagbawi
transparency-over-time = Sa paglipas ng panahon
transparency-chart-volume = Mga abiso at desisyon
transparency-chart-speed = Oras bago magpasya (oras)
transparency-breakdown = Paghahati
transparency-chart-notices-category = Mga abiso ayon sa kategorya
transparency-chart-decisions-action = Mga desisyon ayon sa aksyon
transparency-chart-decisions-category = Mga desisyon ayon sa kategorya
transparency-chart-ground = Mga desisyon ayon sa batayan
transparency-chart-source = Mga abiso ayon sa pinagmulan
transparency-appeals-title = Mga apela
transparency-chart-appeals = Mga resulta ng apela
transparency-chart-appeals-time = Mga apela at pagbawi sa paglipas ng panahon
transparency-appeals-upheld = Tinanggap
transparency-appeals-rejected = Tinanggihan
transparency-appeals-open = Bukas
transparency-orders = Mga legal na kautusan at screening
transparency-chart-orders = Mga legal na kautusan ayon sa rehiyon
transparency-screening-flagged = Na-flag ng screening
transparency-screening-decided = Nasuri
transparency-screening-confirmed = Nakumpirma
transparency-screening-precision = Katumpakan
transparency-none = Wala sa panahong ito.
transparency-yes = Oo
transparency-no = Hindi
transparency-log = Talaan ng mga desisyon
transparency-log-intro = Bawat desisyon, nang walang data ng mga nag-report, creator o moderator.
transparency-log-date = Petsa
transparency-log-action = Desisyon
transparency-log-category = Kategorya
transparency-log-ground = Batayan
transparency-log-content = Nilalaman
transparency-log-detected = Awtomatikong pagtuklas
transparency-log-automated = Awtomatikong desisyon
transparency-log-scope = Saan
transparency-log-source = Pinagmulan
transparency-log-reversed = Binawi
transparency-log-more = Higit pang desisyon
transparency-log-empty = Wala pang desisyon.
chart-show-table = Ipakita ang mga numero bilang talahanayan
chart-summary-line = Mula { $from } hanggang { $to }. Kabuuan: { $totals }
chart-period = Panahon
chart-item = Item
chart-value = Bilang
notif-statement = May ginawang desisyon ng moderation tungkol sa nilalaman mo. Basahin kung bakit, at paano mag-apela.
notif-report_outcome = Napagpasyahan na ang isang report na ipinadala mo.

## Moderation: more codes from the server
action-hold = Naka-hold para suriin
action-reversed = Binawi sa apela
action-upheld_decision = Pinagtibay sa apela
action-appeal_upheld = Tinanggap ang apela
action-appeal_rejected = Tinanggihan ang apela
notice-source-account = Abiso mula sa isang account
notice-source-anonymous = Abiso nang walang account (DSA art. 16)
notice-source-screening = Awtomatikong screening
notice-source-fingerprint = Tugma sa inalis na nilalaman
notice-source-legal_order = Legal na kautusan
source-complaint = Isang apela
statement-scope-eea = Ang EU at ang EEA (30 bansa)
statement-regions = Mga rehiyon
statement-reference = Reference ng kautusan
statement-outcome-heading = { $action } · { $date }
error-already_decided = Napagpasyahan na ito.
error-appeal_open = May bukas nang apela para sa desisyong ito.
error-appeal_closed = Hindi na maaapela ang desisyong ito.
error-account_suspended = Suspendido ang account mo, kaya hindi mo ito magagawa ngayon.
error-account_terminated = Sarado na ang account mo.
error-not_moderator = Hindi ka moderator ng rehiyong ito.
video-withheld-own = Hindi available ang video mo sa: { $places }. Ikaw lang ang nakakakita ng abisong ito.
item-restrictions = Mga kasalukuyang limitasyon

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Mag-sign in para magpatuloy
signin-sheet-intro = Mag-log in para mag-like, magkomento, sumunod at magkaroon ng feed na para sa iyo.
feed-caught-up = Napanood mo na lahat
feed-caught-up-hint = Sa ngayon, napanood mo na ang bawat clip. Maghanap pa sa Tuklasin.
feed-explore = Mag-explore
clip-creator-profile = Profile ni { $handle }
unfollow-handle = Huwag nang sundan si { $handle }
clip-progress = Posisyon ng pag-play
clip-progress-value = { $at } sa { $length }
video-edit = I-edit ang video
video-edit-save = I-save
video-edit-done = Na-save ang mga pagbabago
video-delete = Burahin ang video
video-delete-confirm = Permanenteng burahin ang video na ito? Kasama nitong mabubura ang mga komento at like nito.
video-delete-done = Nabura ang video
back = Bumalik
cancel = Kanselahin
discover-trending = Trending ngayon
discover-trending-tags = Mga trending na hashtag

## How the feed works: its stages and parameters
algo-stage-events = Saan natututo ang feed
algo-stage-model = Ang modelo ng panlasa
algo-stage-candidates = Saan nanggagaling ang mga kandidato
algo-stage-exploration = Pagkakataon para sa mga bagong video
algo-stage-ranking = Pagraranggo
algo-stage-filters = Ano ang sinasala
algo-stage-diversity = Pagkakaiba-iba
algo-stage-non_personalized = Ang feed na hindi naka-personalize
algo-technical = Teknikal na paglalarawan (Ingles)
algo-param-bias-learning-rate = Gaano kabilis natututunan ang sariling apela ng isang video
algo-param-expiry-secs = Nakakalimutan pagkatapos maging idle nang
algo-param-history-len = Mga kamakailang panonood na binibilang
algo-param-history-weight = Bigat ng mga kamakailang panonood
algo-param-init-scale = Panimulang pagkalat ng mga bagong row
algo-param-item-min-count = Mga interaksyon bago magkaroon ng sariling row ang isang video
algo-param-learning-rate = Gaano kabilis natututunan ang panlasa
algo-param-margin = Agwat sa pagitan ng mga ni-like at nilaktawang video
algo-param-negative-trials = Mga video na sinusubukan kapag naghahanap ng kontra-halimbawa
algo-param-negatives-per-positive = Mga kontra-halimbawa bawat positibong senyales
algo-param-regularization = Regularization (iniiwasan ang overfitting ng modelo)
algo-param-seed = Random seed (para sa reproducibility)
algo-param-max-age-hours = Sinusubok ang mga bagong video sa loob ng
algo-param-min-completion-rate = Pinanood hanggang dulo nang hindi bababa sa
algo-param-min-engagement-rate = Mga like, komento at pagbabahagi bawat view nang hindi bababa sa
algo-param-slots-per-page = Mga puwesto bawat pahina para sa mga bagong video
algo-param-stages = Laki ng audience sa mga yugto ng pagsubok
algo-param-freshness-hours = Itinuturing na bago ang isang video sa loob ng
algo-param-trending-half-life-hours = Kalahati na lang ang bilang ng trending pagkatapos ng
algo-param-weights = Mga weight ng ranking score
algo-param-engagement = Inaasahang engagement
algo-param-exploration = Paggalugad
algo-param-following = Mga account na sinusundan mo
algo-param-freshness = Pagiging bago
algo-param-trending = Trending
algo-param-creator-spacing = Mga clip bago bumalik ang parehong creator
algo-param-sound-spacing = Mga clip bago bumalik ang parehong tunog
algo-param-catalog-videos = Mga video sa katalogo
algo-param-viewers-with-state = Mga manonood na kilala ng modelo

tile-views = { $count ->
    [one] { $count } view
   *[other] { $count } view
}

## Long press: speed
clip-options = Mga opsyon
speed-title = Bilis ng pag-play
speed-normal = Karaniwan
speed-value = { $rate }×
speed-set = Nagpe-play sa { $rate }×

## Upload: preview, cover, draft
upload-preview = Preview ng clip mo
upload-cover = Cover
upload-cover-hint = I-slide sa frame na makikita ng mga tao bago mag-play ang clip.
upload-draft-restored = Bumalik ang draft mo: caption at mga setting gaya ng iniwan mo.
error-invalid_cover = Dapat ay isang sandali ng clip ang cover.

# Mga subtitle at larawan sa profile
clip-captions-on = I-on ang mga subtitle
clip-captions-off = I-off ang mga subtitle
captions-on = Naka-on ang mga subtitle
captions-off = Naka-off ang mga subtitle
captions-title = Mga subtitle
captions-file = File ng subtitle (.vtt)
captions-hint = Isang WebVTT file bawat wika. Dapat pasok sa haba ng clip ang lahat ng cue.
captions-language = Wika ng mga subtitle
captions-add = Magdagdag ng mga subtitle
captions-remove = Alisin ang mga subtitle sa { $language }
captions-remove-short = Alisin
captions-none = Wala pang subtitle.
captions-added = Naidagdag ang mga subtitle sa { $language }.
captions-removed = Naalis ang mga subtitle sa { $language }.
captions-failed = Na-post na ang clip mo, pero hindi naidagdag ang mga subtitle: { $reason } Puwede mo silang idagdag mula sa pag-edit ng clip.
captions-pick-file = Pumili muna ng .vtt file.
error-invalid_webvtt = Hindi ito valid na WebVTT file ng subtitle.
error-invalid_language = Piliin ang wika ng mga subtitle.
profile-photo-choose = Larawan sa profile
profile-photo-hint = JPEG, PNG o WebP, hanggang 8 MB. Ika-crop ito nang parisukat; aalisin ang impormasyon kung saan at gamit ang ano ito kinunan.
profile-photo-remove = Alisin ang larawan
profile-photo-type = Pumili ng larawang JPEG, PNG o WebP.
profile-edit-save = I-save ang profile
profile-edit-done = Na-save ang profile.
error-invalid_photo = Hindi mabasang larawan ang file na ito.
error-photo_too_small = Masyadong maliit ang larawan: pumili ng may hindi bababa sa 64 pixel sa bawat gilid.
error-photo_too_large = Masyadong malaki ang larawan: hanggang 8192 pixel lang sa bawat gilid.
error-invalid_crop = Dapat ay parisukat sa loob ng larawan ang bahaging pananatilihin.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Ibang instance
fed-intro = Sundan ang mga tao sa ibang instance na gumagamit ng ActivityPub, gaya ng ibang Spool server. Lalabas ang mga video nila sa Sinusundan mong feed.
fed-teen = Nananatili sa instance na ito ang mga teen account: hindi sila makakasunod o masusundan mula sa ibang instance.
fed-address = Address sa ibang instance
fed-address-hint = Bilang pangalan@host, halimbawa alex@example.org
fed-follow = Sundan
fed-address-invalid = Ilagay ang address bilang pangalan@host, halimbawa alex@example.org.
fed-address-local = Nasa instance na ito ang account na iyan: sundan ito mula sa profile nito.
fed-not-found = Walang nakitang account na { $handle }. Tingnan ang address.
fed-requested = Naipadala ang kahilingang sumunod kay { $handle }.
fed-following = Mga account na sinusundan mo roon
fed-following-empty = Wala ka pang sinusundan sa ibang instance.
fed-pending = Naipadala ang kahilingan
fed-followers = Mga follower mo mula roon
fed-followers-empty = Wala pang sumusunod sa iyo mula sa ibang instance.
fed-wants-to-follow = Gustong sumunod sa iyo
fed-unfollow = Huwag nang sundan
fed-accept = Tanggapin
fed-accept-label = Tanggapin ang kahilingang sumunod ni { $handle }
fed-decline = Tanggihan
fed-decline-label = Tanggihan ang kahilingang sumunod ni { $handle }
fed-remove = Alisin
fed-remove-label = Alisin si { $handle } sa mga follower mo
fed-accepted = Sinusundan ka na ni { $handle }.
fed-declined = Tinanggihan mo ang kahilingan ni { $handle }.
fed-removed = Hindi ka na sinusundan ni { $handle }.
fed-from = Mula sa { $host }
fed-open = Buksan sa { $host }
fed-cannot-play = Hindi mape-play rito ang video na ito.
comment-remote-remove = Alisin ang sagot ni { $handle }
fed-shared-by = Ibinahagi ni { $handle }
reason-remote_instance = Mula sa { $host }, isang instance kung saan may sinusundang account ang mga tao rito
fed-like = I-like
