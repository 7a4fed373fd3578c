# Teks antara muka Spool: Bahasa Melayu (Project Fluent). Mesej yang sama seperti en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — video pendek
app-description = Tonton, buat dan kongsi video pendek. Data anda kekal di rantau asal anda.
skip-to-content = Langkau ke kandungan
loading = Memuatkan…
noscript = Spool memerlukan JavaScript untuk memainkan video. Sila hidupkannya, atau gunakan API secara terus.
assets-missing = Klien web tidak dibina ke dalam pelayan ini. Bina dengan “npm ci && npm run build” dalam folder web/, kemudian bina semula Spool.
title-page = { $page } · Spool
title-not-found = Tidak dijumpai · Spool
not-found = Halaman ini tidak wujud.
close = Tutup

## Navigation
nav-label = Menu utama
nav-home = Laman utama
nav-discover = Teroka
nav-upload = Muat naik
nav-inbox = Peti masuk
nav-profile = Profil
nav-unread = { $count ->
   *[other] { $count } pemberitahuan belum dibaca
}

## Feed
feed-tabs = Suapan
feed-for-you = Untuk Anda
feed-following = Diikuti
feed-personalized = Diperibadikan
feed-mode-hint = Apabila dimatikan, suapan tidak menggunakan pemprofilan: ia menunjukkan apa yang popular dan baharu di rantau dan bahasa anda.
feed-mode-personalized = Suapan diperibadikan dihidupkan
feed-mode-non-personalized = Suapan diperibadikan dimatikan: tiada pemprofilan
feed-empty = Belum ada apa-apa untuk ditonton. Muat naik klip pertama, atau cari sesuatu.
feed-following-empty = Tiada klip baharu daripada akaun yang anda ikuti.
feed-login = Log masuk untuk melihat klip daripada akaun yang anda ikuti.
feed-unavailable = Suapan belum tersedia pada pelayan ini. Cuba carian atau profil.
video-title = Video
video-processing = Sedang diproses…
video-failed = Pemprosesan gagal
clip-video-label = Video oleh { $handle }
clip-loading = Memuatkan video
clip-unmute = Hidupkan bunyi
clip-mute = Matikan bunyi
clip-play = Main
clip-pause = Jeda
clip-actions = Tindakan untuk video oleh { $handle }
clip-like = { $count ->
   *[other] Suka ({ $count } suka)
}
clip-comments = { $count ->
   *[other] Komen ({ $count } komen)
}
clip-share = { $count ->
   *[other] Kongsi ({ $count } perkongsian)
}
clip-more = Lagi pilihan
clip-sound = Bunyi asal – { $handle }
clip-duet-of = Duet: lihat yang asal
clip-stitch-of = Stitch: lihat yang asal
follow-handle = Ikuti { $handle }
follow-requested = Diminta
follow-done = Anda kini mengikuti { $handle }
unfollow-done = Anda tidak lagi mengikuti { $handle }
login-needed = Log masuk dahulu.
share-title = Kongsi
share-link = Pautan ke video ini
share-copy = Salin pautan
share-copied = Pautan disalin
not-interested = Tidak berminat
not-interested-done = Baik: anda akan melihat kurang klip seperti ini.
open-sound = Buka bunyi
make-duet = Buat duet
make-stitch = Buat stitch daripada video ini
why-title = Mengapa video ini?
why-none = Klip ini dibuka terus, bukan dipilih oleh suapan.
why-explainer = Suapan memilih klip mengikut peraturan yang diterbitkan. Anda boleh mematikan pemperibadian pada bila-bila masa.
algorithm-link = Cara suapan berfungsi

## Reasons
reason-follows_creator = Anda mengikuti { $handle }
reason-topic = Anda menonton klip tentang { $hashtag }
reason-similar_to_liked = Serupa dengan klip yang anda suka
reason-taste_match = Sepadan dengan apa yang biasa anda tonton
reason-trending_region = Popular di rantau anda ({ $region })
reason-trending_language = Popular dalam bahasa anda ({ $language })
reason-new_video_test_audience = Klip baharu yang ditunjukkan kepada sekumpulan kecil penonton ujian
reason-fresh = Baru disiarkan
reason-sound = Menggunakan bunyi “{ $sound }”
reason-seen_before = Anda telah menonton semua klip baharu; tonton yang ini sekali lagi

## Comments
comments-title = { $count ->
   *[other] { $count } komen
}
comments-empty = Belum ada komen. Jadilah yang pertama.
comments-more = Lagi komen
comments-off = Komen dimatikan untuk video ini.
comment-add = Tambah komen
comment-send = Siar
comment-sent = Komen disiarkan
comment-reply = Balas
comment-reply-to = Balas kepada { $handle }
comment-cancel-reply = Batal balasan
comment-replies = { $count ->
   *[other] Lihat { $count } balasan
}
comment-like = { $count ->
   *[other] Suka komen ({ $count } suka)
}
comment-pinned = Disemat
comment-login = Log masuk untuk mengulas

## Reports
report = Laporkan
report-intro = Beritahu kami apa yang salah. Seorang moderator menyemak setiap laporan, dan anda akan menerima maklum balas.
report-category = Sebab
report-note = Butiran (pilihan)
report-note-hint = Apakah yang perlu diteliti oleh moderator?
report-send = Hantar laporan

## Upload
upload-title = Muat naik
upload-file = Fail video
upload-file-hint = 1 saat hingga 10 minit. Muat naik bermula serta-merta dan bersambung jika sambungan terputus.
upload-progress-label = Kemajuan muat naik
upload-progress = { $percent } % ({ $sent } daripada { $total } bait)
upload-done = Muat naik selesai
upload-error = Muat naik gagal. Cuba lagi.
upload-pause = Jeda
upload-resume = Sambung semula
upload-caption = Kapsyen
upload-caption-hint = Taip # untuk tanda pagar dan @ untuk menyebut seseorang.
upload-visibility = Siapa yang boleh menonton
visibility-public = Semua orang
visibility-followers = Pengikut
visibility-private = Saya sahaja
upload-allow = Benarkan orang lain
upload-allow-comments = Mengulas
upload-allow-duet = Membuat duet
upload-allow-stitch = Membuat stitch
upload-sound = Bunyi (pilihan)
upload-sound-search = Cari bunyi
upload-sound-none = Klip anda mengekalkan bunyinya sendiri.
upload-sound-chosen = Bunyi: { $title }
upload-sound-clear = Guna bunyi saya sendiri
upload-duet = Duet dengan { $handle }
upload-stitch = Stitch daripada video { $handle }
upload-post = Siar
upload-pick-first = Pilih fail video dahulu.
upload-waiting = Menyelesaikan muat naik…
upload-processing = Video anda sedang diproses… Ia mengambil masa lebih kurang sepanjang klip.
upload-ready = Video anda sudah sedia!
upload-watch = Tonton
upload-to-profile = Pergi ke profil anda
suggestions = Cadangan
suggestions-count = { $count ->
   *[other] { $count } cadangan. Gunakan anak panah atas dan bawah untuk memilih.
}

## Profiles, hashtags, sounds
profile-not-found = Akaun ini tidak wujud.
profile-edit = Edit profil
profile-follow = Ikuti
profile-following = Mengikuti
profile-private = Peribadi
profile-private-body = Akaun ini peribadi. Ikutinya untuk melihat videonya.
profile-following-count = Mengikuti
profile-followers-count = Pengikut
profile-likes-count = Suka
profile-videos-count = Video
profile-videos = Video
profile-empty = Belum ada video.
profile-empty-own = Anda belum menyiarkan apa-apa. Klip anda akan dipaparkan di sini.
tile-label = { $caption } — oleh { $handle }
tile-label-plain = Video oleh { $handle }
hashtag-count = { $count ->
   *[other] { $count } video
}
hashtag-empty = Belum ada video awam dengan tanda pagar ini.
sound-title = Bunyi
sound-listen = Dengar { $title }
sound-meta = { $duration } · { $count ->
   *[other] { $count } video
}
sound-use = Guna bunyi ini
sound-original = Video asal
sound-sort = Isih video
sound-newest = Terbaharu
sound-popular = Popular
sound-empty = Belum ada video yang menggunakan bunyi ini.

## Search
search-title = Teroka
search-label = Cari
search-placeholder = Cari akaun, video, #tandapagar, bunyi
search-submit = Cari
search-types = Apa yang hendak dicari
search-videos = Video
search-accounts = Akaun
search-hashtags = Tanda pagar
search-sounds = Bunyi
search-results = Keputusan
search-hint = Taip perkataan, #tandapagar atau @namapengguna.
search-empty = Tiada apa-apa dijumpai untuk “{ $query }”.
search-followers = { $count ->
   *[other] { $count } pengikut
}

## Inbox
inbox-title = Peti masuk
inbox-requests = Permintaan mengikuti
inbox-activity = Aktiviti
inbox-empty = Belum ada pemberitahuan.
inbox-unread = Belum dibaca:
request-accept = Terima
request-decline = Tolak
request-accepted = { $handle } kini boleh melihat video anda
request-declined = Permintaan daripada { $handle } ditolak
notif-like = { $count ->
    [1] { $actor } menyukai video anda
   *[other] { $count } orang menyukai video anda
}
notif-comment = { $others ->
    [0] { $actor } mengulas video anda
   *[other] { $actor } dan { $others } orang lain mengulas video anda
}
notif-reply = { $actor } membalas komen anda
notif-mention = { $actor } menyebut anda
notif-follow = { $count ->
    [1] { $actor } mula mengikuti anda
   *[other] { $count } pengikut baharu
}
notif-follow_request = { $actor } meminta untuk mengikuti anda
notif-follow_accepted = { $actor } menerima permintaan mengikuti anda
notif-comment_like = { $others ->
    [0] { $actor } menyukai komen anda
   *[other] { $actor } dan { $others } orang lain menyukai komen anda
}
notif-duet = { $actor } membuat duet dengan video anda
notif-stitch = { $actor } membuat stitch daripada video anda

## Settings
settings-title = Tetapan
settings-save = Simpan
settings-saved = Disimpan
settings-profile = Profil
settings-privacy = Privasi
settings-private = Akaun peribadi
settings-private-hint = Hanya pengikut yang anda luluskan boleh melihat video anda.
settings-who-comment = Siapa yang boleh mengulas video anda
settings-who-duet = Siapa yang boleh membuat duet dengan video anda
settings-who-stitch = Siapa yang boleh membuat stitch daripada video anda
policy-everyone = Semua orang
policy-followers = Pengikut
policy-nobody = Tiada sesiapa
settings-liked-public = Tunjukkan video yang saya suka pada profil saya
settings-teen = Akaun anda ialah akaun remaja: sesetengah tetapan lebih ketat.
settings-feed = Suapan
settings-reset-recommendations = Tetapkan semula cadangan saya
settings-reset-done = Cadangan anda telah ditetapkan semula.
settings-language = Bahasa
settings-language-label = Bahasa antara muka
settings-language-hint = Secara lalai Spool mengikut bahasa pelayar anda.
settings-data = Data anda
settings-data-intro = Muat turun semua yang disimpan oleh Spool tentang anda, dan lihat kakitangan mana yang melihatnya dan mengapa.
settings-export = Muat turun data saya
settings-region = Rantau asal
settings-region-now = Data anda disimpan di: { $region }
settings-region-intro = Data peribadi anda hanya berada di rantau asal anda. Anda boleh memindahkannya ke rantau lain.
settings-move-to = Rantau asal baharu
settings-move = Pindahkan data saya
settings-move-confirm = Pindahkan semua data peribadi anda ke { $region }?
settings-move-done = Data anda telah dipindahkan.
settings-account = Akaun
settings-signed-in = Log masuk sebagai { $handle }
settings-logout = Log keluar
settings-delete = Padam akaun
settings-delete-intro = Ini memadamkan akaun, video dan semua data anda buat selama-lamanya. Ia tidak boleh dibuat asal.
settings-delete-confirm = Padam akaun anda dan semua kandungannya buat selama-lamanya?
settings-sessions = Sesi
settings-sessions-intro = Peranti tempat anda log masuk. Log keluar daripada peranti yang anda tidak kenali.
settings-sessions-logout-others = Log keluar di semua tempat lain
settings-sessions-ended = { $count ->
   *[other] Log keluar daripada { $count } sesi lain.
}
session-device = { $browser } pada { $os }
session-device-unknown = Peranti tidak dikenali
session-current = Peranti ini
session-times = Log masuk { $created } · aktif terakhir { $used }
session-logout = Log keluar
session-logout-label = Log keluar { $device }
settings-password = Tukar kata laluan
settings-password-done = Kata laluan anda telah ditukar. Semua sesi lain telah dilog keluar.
field-current-password = Kata laluan semasa
field-new-password = Kata laluan baharu
access-title = Akses kepada data saya
access-intro = Setiap kali kakitangan membuka data peribadi anda, ia direkodkan bersama justifikasi bertulis. Ini ialah senarai penuh.
access-empty = Tiada kakitangan yang telah mengakses data anda.
access-unavailable = Log akses belum tersedia pada pelayan ini.
access-when = Bila
access-staff = Kakitangan
access-role = Peranan
access-action = Apa yang dilakukan
access-justification = Justifikasi
access-reference = Rujukan
algorithm-title = Cara suapan berfungsi
algorithm-intro = Suapan Untuk Anda di Spool terbuka untuk diperiksa: kod, pemberatnya dan sebab bagi setiap klip diterbitkan.
algorithm-sources = Calon datang daripada akaun yang anda ikuti, klip yang serupa dengan yang anda suka, apa yang popular di rantau dan bahasa anda, serta klip baharu yang ditunjukkan kepada sekumpulan kecil penonton ujian.
algorithm-signals = Ia belajar daripada apa yang anda lakukan: berapa lama anda menonton, tontonan semula, langkauan, suka, perkongsian, komen, ikutan dan “Tidak berminat”.
algorithm-filters = Ia mengetepikan apa yang telah anda lihat, akaun yang disekat dan video yang dialih keluar, serta mencampurkan topik dan pencipta.
algorithm-control = Anda boleh mematikan pemperibadian, menetapkan semula apa yang dipelajarinya dan bertanya “mengapa video ini?” pada setiap klip.
algorithm-published = Penerangan yang diterbitkan
algorithm-unavailable = Penerangan yang diterbitkan belum tersedia pada pelayan ini.

## Log in and sign up
login-title = Log masuk
login-submit = Log masuk
login-no-account = Belum ada akaun?
signup-title = Daftar
signup-intro = Data peribadi anda hanya disimpan di rantau asal yang anda pilih.
signup-submit = Cipta akaun
signup-have-account = Sudah ada akaun?
field-handle = Nama pengguna
field-handle-hint = 2 hingga 24 huruf, digit, _ atau .
field-display-name = Nama paparan (pilihan)
field-password = Kata laluan
field-password-hint = Sekurang-kurangnya 8 aksara.
field-birth-date = Tarikh lahir
field-birth-date-hint = Anda mesti berumur sekurang-kurangnya 13 tahun. Akaun bawah 18 tahun adalah peribadi secara lalai.
field-region = Rantau asal
field-region-hint = Tempat data peribadi anda disimpan.
field-email = E-mel (pilihan)
field-email-hint = Digunakan hanya untuk membantu memulihkan akaun anda.
field-bio = Bio

## Errors
error-network = Tidak dapat menghubungi pelayan. Semak sambungan anda.
error-internal = Sesuatu tidak kena. Cuba lagi.
error-unauthenticated = Log masuk dahulu.
error-invalid_credentials = Nama pengguna atau kata laluan salah.
error-too_young = Anda mesti berumur sekurang-kurangnya 13 tahun untuk menggunakan Spool.
error-csrf_rejected = Sesi anda telah tamat. Muat semula halaman.
error-forbidden = Anda tidak dibenarkan berbuat demikian.
error-comments_off = Komen dimatikan untuk video ini.
error-remix_off = Pencipta tidak membenarkan ini.
error-not_found = Tidak dijumpai.
error-handle_taken = Nama pengguna ini sudah diambil.
error-rate_limited = Terlalu banyak cubaan. Tunggu sebentar dan cuba lagi.
error-invalid_handle = Gunakan 2 hingga 24 huruf, digit, _ atau .
error-handle_reserved = Nama pengguna ini dikhaskan.
error-invalid_password = Kata laluan mestilah 8 hingga 128 aksara.
error-invalid_email = Alamat e-mel ini nampaknya tidak betul.
error-invalid_birth_date = Masukkan tarikh lahir yang sah.
error-invalid_display_name = Nama paparan paling banyak 50 aksara.
error-invalid_bio = Bio paling banyak 160 aksara.
error-invalid_caption = Kapsyen paling banyak 2,200 aksara.
error-invalid_comment = Komen ialah 1 hingga 500 aksara.
error-unknown_region = Pilih salah satu rantau yang disenaraikan.
error-empty_file = Fail ini kosong.
error-not_media = Fail ini bukan video.
error-no_video_stream = Fail ini tiada imej video.
error-still_image = Ini imej pegun, bukan video.
error-too_short = Video terlalu pendek (sekurang-kurangnya 1 saat).
error-too_long = Video terlalu panjang (paling lama 10 minit).
error-too_large = Video terlalu besar.
error-unsupported_codec = Format video ini tidak disokong.
error-transcode_failed = Video tidak dapat diproses.
error-wrong_password = Kata laluan semasa salah.
error-quota_exceeded = Storan anda penuh. Padamkan video atau muat naik yang belum selesai untuk mengosongkan ruang.
error-bad_request = Permintaan tidak dapat dibaca.

## Moderation: reports
report-title-video = Laporkan video ini
report-title-comment = Laporkan komen ini
report-title-account = Laporkan akaun ini
report-category-choose = Pilih sebab
report-category-hate_speech = Ucapan kebencian
report-category-harassment = Gangguan dan buli
report-category-violent_extremism = Ekstremisme ganas
report-category-disinformation = Maklumat salah dan disinformasi
report-category-child_safety = Keselamatan kanak-kanak
report-category-self_harm = Mencederakan diri dan gangguan makan
report-category-illegal_goods = Barangan dan perkhidmatan haram
report-category-scams = Penipuan
report-category-spam = Spam
report-category-intellectual_property = Harta intelek
report-category-other = Perkara lain
report-dsa-legend = Tentang anda
report-dsa-intro = Anda tidak log masuk, jadi ini ialah notis di bawah Perkara 16 Akta Perkhidmatan Digital EU. Kami memerlukan nama dan alamat e-mel anda untuk mengendalikannya; orang yang anda laporkan tidak akan diberitahu siapa anda.
report-name = Nama anda
report-email = Alamat e-mel anda
report-email-hint = Kami akan menghantar keputusannya ke sini.
report-good-faith = Saya percaya dengan suci hati bahawa maklumat dalam notis ini tepat dan lengkap.
report-login-instead = Ada akaun?
report-sent = Terima kasih. Laporan anda telah dihantar, dan seorang moderator akan menyemaknya.
report-duplicate = Anda sudah melaporkan perkara ini. Laporan anda yang terdahulu masih dikira; tidak perlu menghantarnya lagi.
report-receipt-intro = Simpan resit ini: dengannya anda boleh menyemak apa yang diputuskan.
report-receipt = Resit anda
report-receipt-hint = Nombor laporan { $id }
report-receipt-copy = Salin resit
report-receipt-copied = Resit disalin.
report-check-later = Semak laporan ini kemudian
report-follow-up = Anda akan dimaklumkan keputusannya. Anda juga boleh mengikutinya di
report-outcome = Diputuskan pada { $date }: { $action }
report-outcome-policy = Peraturan yang digunakan: { $policy }
report-state-open = Menunggu semakan
report-state-decided = Diputuskan
comment-report = Laporkan komen oleh { $handle }
profile-report = Laporkan
profile-withheld = Akaun ini tidak tersedia di lokasi anda.
label-panel = Maklumat
label-more = Ketahui lebih lanjut
video-age-restricted = Terhad mengikut umur
video-held = Ditahan
video-held-own = Video anda ditahan: ia sepadan dengan kandungan yang pernah dialih keluar. Seorang moderator akan menyemaknya.
video-removed-own = Video anda telah dialih keluar oleh moderator. Hanya anda yang melihat notis ini.
video-reduced-own = Selepas keputusan moderasi, video anda tidak disyorkan dalam suapan. Hanya anda yang melihat notis ini.
video-withheld = Video ini tidak tersedia di lokasi anda.
status-link = Lihat sebabnya, dan cara membuat rayuan

## Moderation: actions, targets, grounds
action-no_violation = Tiada pelanggaran
action-remove = Dialih keluar
action-age_restrict = Terhad mengikut umur
action-restrict_regions = Dihadkan di sesetengah rantau
action-label = Label maklumat ditambah
action-reduce_distribution = Pengedaran dikurangkan
action-suspend = Akaun digantung
action-terminate = Akaun ditutup
target-video = Video
target-comment = Komen
target-account = Akaun
ground-illegal = Kandungan haram
ground-incompatible = Bertentangan dengan garis panduan komuniti
source-notice = Notis daripada seseorang yang melaporkannya
source-trusted-flagger = Notis daripada pelapor dipercayai
source-own-initiative = Semakan Spool sendiri
decision-reversed = Dibatalkan

## Account status and statements of reasons
status-title = Status akaun
settings-status-intro = Keputusan tentang kandungan anda, rayuan anda dan laporan yang anda hantar.
settings-about = Tentang Spool
status-standing = Akaun anda
status-good = Akaun anda dalam keadaan baik.
status-suspended = Akaun anda digantung.
status-suspended-until = Akaun anda digantung sehingga { $date }.
status-terminated = Akaun anda telah ditutup. Anda masih boleh membaca keputusan dan membuat rayuan.
status-strikes = { $count ->
   *[other] { $count } daripada { $threshold } amaran
}
status-strikes-hint = Setiap keputusan terhadap kandungan anda ialah satu amaran. Pada hadnya, akaun digantung. Amaran lama akan luput.
status-history = Keputusan terdahulu
status-statements = Keputusan dan sebabnya
status-statements-intro = Bagi setiap keputusan kami menghantar kenyataan sebab: apa yang diputuskan, di bawah peraturan mana dan cara membuat rayuan.
status-no-statements = Tiada keputusan tentang kandungan anda.
status-my-reports = Laporan saya
status-no-reports = Anda belum melaporkan apa-apa.
status-receipt-title = Laporan anda
statement-heading = { $action } · { $date }
statement-decision = Keputusan
statement-content = Kandungan
statement-facts = Apa yang kami dapati
statement-policy = Peraturan
statement-ground-illegal = Kami menganggap kandungan ini haram.
statement-ground-incompatible = Kandungan ini bertentangan dengan garis panduan komuniti kami.
statement-legal-ground = Asas undang-undang: { $ground }
statement-policy-ground = Garis panduan: { $ground }
statement-label = Label yang dipaparkan
statement-detection = Cara ia dikesan
statement-detected-auto = Dengan alat automatik
statement-detected-human = Tanpa alat automatik
statement-automated = Cara ia diputuskan
statement-decided-auto = Oleh sistem automatik
statement-decided-human = Oleh manusia, bukan secara automatik
statement-source = Apa yang memulakan semakan
statement-scope = Di mana ia terpakai
statement-scope-everywhere = Di mana-mana
statement-duration = Berapa lama
statement-duration-until = Dari { $from } hingga { $until }
statement-duration-open = Dari { $from }, tanpa tarikh tamat
statement-account-suspended = Akaun anda telah digantung.
statement-account-terminated = Akaun anda telah ditutup.
statement-appeal = Rayuan
statement-appeal-until = Anda boleh membuat rayuan sehingga { $date }. Moderator lain akan menyemaknya.
statement-appeal-possible = Anda boleh membuat rayuan. Moderator lain akan menyemaknya.
statement-appeal-closed = Keputusan ini tidak lagi boleh dirayu di sini. Anda masih boleh merujuk kepada badan penyelesaian pertikaian luar mahkamah yang diperakui atau mahkamah.
statement-appeal-open = Rayuan anda sedang disemak.
statement-appeal-upheld = Rayuan anda diterima: keputusan telah dibatalkan.
statement-appeal-rejected = Rayuan anda telah disemak dan keputusan kekal.
statement-technical = Butiran teknikal (seperti yang dihantar ke pangkalan data ketelusan EU)
appeal-text = Mengapa keputusan ini perlu diubah?
appeal-text-hint = Terangkan apa yang mungkin terlepas pandang oleh moderator. Anda boleh menambah konteks atau pautan.
appeal-send = Hantar rayuan
appeal-sent = Rayuan anda telah dihantar. Moderator lain akan menyemaknya, dan anda akan menerima kenyataan baharu.
appeal-exists = Anda sudah mempunyai rayuan terbuka untuk keputusan ini.

## Moderator console
mod-title = Moderasi
mod-region = Rantau
mod-region-hint = Baris gilir rantau yang anda moderasi.
mod-not-moderator = Anda bukan moderator rantau ini.
queue-title = Baris gilir semakan: { $region }
queue-refresh = Muat semula
queue-empty = Baris gilir kosong.
queue-count = { $count ->
   *[other] { $count } item, yang paling mendesak dahulu
}
queue-kind-notice = Notis
queue-kind-appeal = Rayuan
queue-kind-match = Padanan
queue-severity = Tahap keterukan
queue-notices = Notis
queue-reach = Tontonan (24 j)
queue-detection = Dikesan oleh
queue-automated = Pengesanan automatik
queue-human = Manusia
queue-due = Tarikh akhir { $time }
queue-overdue = Lewat: tarikh akhirnya { $time }
queue-claimed-mine = Dituntut oleh anda; tamat { $time }
queue-claimed-other = Dituntut oleh moderator lain
queue-claim = Tuntut
queue-claim-done = Dituntut. Item ini milik anda untuk beberapa minit akan datang.
queue-open = Semak
item-title = Semakan
item-heading = Semakan: { $category }
item-back = Kembali ke baris gilir
item-decided = Diputuskan
item-context = Kandungannya
item-player = Video yang dilaporkan
item-caption = Kapsyen
item-sound = Bunyi
item-state = Keadaan
item-remixes = Remiks
item-none = Tiada
item-open-video = Halaman video
item-open-video-link = Buka video
item-comment-text = Komen
item-comment-video = Pada video
item-account = Akaun
item-detection = Pengesanan automatik
item-notices = { $count ->
   *[other] { $count } notis
}
item-history = Keputusan terdahulu tentang akaun ini
item-history-none = Tiada keputusan terdahulu.
item-appeal = Rayuannya
item-appeal-decision = Keputusan yang dirayu
decide-title = Keputusan
decide-action = Tindakan
decide-policy = Peraturan
decide-policy-category = Peraturan umum: { $category }
decide-legal-ground = Asas undang-undang: { $ground }
decide-facts = Fakta
decide-facts-hint = Apa yang anda dapati, dalam bahasa mudah. Pencipta akan membaca ini.
decide-restrict = Tempat sekatan
decide-restrict-hint = Pilih rantau, negara atau kedua-duanya. Perintah undang-undang memerlukan rujukannya.
decide-regions = Rantau
decide-countries = Negara
decide-countries-hint = Kod negara dua huruf, dipisahkan dengan koma (DE, AT).
decide-reference = Rujukan (perintah mahkamah atau pihak berkuasa)
decide-reference-hint = Pilihan. Dipaparkan kepada penonton yang tidak dapat melihat kandungan.
decide-restrict-empty = Pilih sekurang-kurangnya satu rantau atau negara.
decide-label = Label maklumat
decide-label-text = Teks label
decide-label-url = Pautan ke maklumat lanjut
decide-suspend = Penggantungan
decide-days = Hari
decide-days-hint = 1 hingga 365.
decide-submit = Putuskan
decide-done = Keputusan direkodkan: { $action }. Kenyataan sebab telah dihantar.
appeal-decide-title = Putuskan rayuan
appeal-outcome = Keputusan
appeal-outcome-upheld = Terima rayuan
appeal-outcome-upheld-hint = Keputusan dibatalkan serta-merta dan kandungan atau akaun dipulihkan.
appeal-outcome-rejected = Tolak rayuan
appeal-outcome-rejected-hint = Keputusan kekal.
appeal-decide-submit = Putuskan rayuan
appeal-decided-upheld = Rayuan diterima: keputusan dibatalkan. Kenyataan baharu telah dihantar.
appeal-decided-rejected = Rayuan ditolak: keputusan kekal. Kenyataan baharu telah dihantar.
error-claimed = Moderator lain telah menuntut item ini.
error-same_moderator = Moderator yang membuat keputusan tidak boleh memutuskan rayuannya.

## Transparency report
transparency-title = Ketelusan
transparency-intro = Cara moderasi berfungsi di Spool, dalam angka: notis, keputusan, seberapa cepat ia dibuat, rayuan dan pembatalan. Tiada data peribadi dipaparkan.
transparency-region = Rantau
transparency-all-regions = Semua rantau
transparency-period = Tempoh
transparency-period-days = 30 hari lepas, mengikut hari
transparency-period-weeks = 12 minggu lepas, mengikut minggu
transparency-period-months = 12 bulan lepas, mengikut bulan
transparency-range = { $from } hingga { $to }
transparency-csv = Muat turun sebagai CSV
transparency-summary = Jumlah: { $region }
transparency-notices = Notis
transparency-decisions = Keputusan
transparency-median = Masa median hingga keputusan
transparency-p90 = Persentil ke-90
transparency-hours = { $hours } j
transparency-hours-unit = j
transparency-deadline-misses = Tarikh akhir terlepas
transparency-automated-detection = Dikesan dengan alat automatik
transparency-automated-decision = Diputuskan secara automatik
transparency-suspensions = Penggantungan
transparency-appeals = Rayuan
transparency-reversals = Pembatalan
transparency-over-time = Mengikut masa
transparency-chart-volume = Notis dan keputusan
transparency-chart-speed = Masa hingga keputusan (jam)
transparency-breakdown = Pecahan
transparency-chart-notices-category = Notis mengikut kategori
transparency-chart-decisions-action = Keputusan mengikut tindakan
transparency-chart-decisions-category = Keputusan mengikut kategori
transparency-chart-ground = Keputusan mengikut asas
transparency-chart-source = Notis mengikut sumber
transparency-appeals-title = Rayuan
transparency-chart-appeals = Keputusan rayuan
transparency-chart-appeals-time = Rayuan dan pembatalan mengikut masa
transparency-appeals-upheld = Diterima
transparency-appeals-rejected = Ditolak
transparency-appeals-open = Terbuka
transparency-orders = Perintah undang-undang dan saringan
transparency-chart-orders = Perintah undang-undang mengikut rantau
transparency-screening-flagged = Ditanda oleh saringan
transparency-screening-decided = Disemak
transparency-screening-confirmed = Disahkan
transparency-screening-precision = Ketepatan
transparency-none = Tiada apa-apa dalam tempoh ini.
transparency-yes = Ya
transparency-no = Tidak
transparency-log = Log keputusan
transparency-log-intro = Setiap keputusan, tanpa data pelapor, pencipta atau moderator.
transparency-log-date = Tarikh
transparency-log-action = Keputusan
transparency-log-category = Kategori
transparency-log-ground = Asas
transparency-log-content = Kandungan
transparency-log-detected = Pengesanan automatik
transparency-log-automated = Keputusan automatik
transparency-log-scope = Di mana
transparency-log-source = Sumber
transparency-log-reversed = Dibatalkan
transparency-log-more = Lagi keputusan
transparency-log-empty = Belum ada keputusan.
chart-show-table = Tunjukkan angka sebagai jadual
chart-summary-line = Dari { $from } hingga { $to }. Jumlah: { $totals }
chart-period = Tempoh
chart-item = Item
chart-value = Bilangan
notif-statement = Keputusan moderasi telah dibuat tentang kandungan anda. Baca sebabnya, dan cara membuat rayuan.
notif-report_outcome = Laporan yang anda hantar telah diputuskan.

## Moderation: more codes from the server
action-hold = Ditahan untuk semakan
action-reversed = Dibatalkan selepas rayuan
action-upheld_decision = Dikekalkan selepas rayuan
action-appeal_upheld = Rayuan diterima
action-appeal_rejected = Rayuan ditolak
notice-source-account = Notis daripada akaun
notice-source-anonymous = Notis tanpa akaun (DSA Perkara 16)
notice-source-screening = Saringan automatik
notice-source-fingerprint = Padanan dengan kandungan yang dialih keluar
notice-source-legal_order = Perintah undang-undang
source-complaint = Rayuan
statement-scope-eea = EU dan EEA (30 negara)
statement-regions = Rantau
statement-reference = Rujukan perintah
statement-outcome-heading = { $action } · { $date }
error-already_decided = Perkara ini sudah diputuskan.
error-appeal_open = Sudah ada rayuan terbuka untuk keputusan ini.
error-appeal_closed = Keputusan ini tidak lagi boleh dirayu.
error-account_suspended = Akaun anda digantung, jadi anda tidak boleh melakukan ini sekarang.
error-account_terminated = Akaun anda telah ditutup.
error-not_moderator = Anda bukan moderator rantau ini.
video-withheld-own = Video anda tidak tersedia di: { $places }. Hanya anda yang melihat notis ini.
item-restrictions = Sekatan semasa

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Log masuk untuk meneruskan
signin-sheet-intro = Log masuk untuk menyukai, mengulas, mengikuti dan mendapat suapan yang dibuat untuk anda.
feed-caught-up = Anda sudah menonton semuanya
feed-caught-up-hint = Buat masa ini anda telah melihat setiap klip. Cari lagi di Teroka.
feed-explore = Teroka
clip-creator-profile = Profil { $handle }
unfollow-handle = Nyahikut { $handle }
clip-progress = Kedudukan main balik
clip-progress-value = { $at } daripada { $length }
video-edit = Edit video
video-edit-save = Simpan
video-edit-done = Perubahan disimpan
video-delete = Padam video
video-delete-confirm = Padam video ini buat selama-lamanya? Komen dan sukanya turut dipadam.
video-delete-done = Video dipadam
back = Kembali
cancel = Batal
discover-trending = Sohor kini
discover-trending-tags = Tanda pagar sohor kini

## How the feed works: its stages and parameters
algo-stage-events = Apa yang dipelajari oleh suapan
algo-stage-model = Model citarasa
algo-stage-candidates = Dari mana calon datang
algo-stage-exploration = Peluang untuk video baharu
algo-stage-ranking = Penarafan
algo-stage-filters = Apa yang ditapis keluar
algo-stage-diversity = Kepelbagaian
algo-stage-non_personalized = Suapan tanpa pemperibadian
algo-technical = Penerangan teknikal (bahasa Inggeris)
algo-param-bias-learning-rate = Seberapa pantas daya tarikan video itu sendiri dipelajari
algo-param-expiry-secs = Dilupakan selepas tidak aktif selama
algo-param-history-len = Tontonan terkini yang dikira
algo-param-history-weight = Pemberat tontonan terkini
algo-param-init-scale = Serakan awal baris baharu
algo-param-item-min-count = Interaksi sebelum video mendapat barisnya sendiri
algo-param-learning-rate = Seberapa pantas citarasa dipelajari
algo-param-margin = Jurang antara video yang disukai dan yang dilangkau
algo-param-negative-trials = Video yang dicuba semasa mencari contoh balas
algo-param-negatives-per-positive = Contoh balas bagi setiap isyarat positif
algo-param-regularization = Penyelarasan (menghalang model daripada terlebih suai)
algo-param-seed = Benih rawak (untuk kebolehulangan)
algo-param-max-age-hours = Video baharu diteroka selama
algo-param-min-completion-rate = Ditonton hingga habis sekurang-kurangnya
algo-param-min-engagement-rate = Suka, komen dan perkongsian bagi setiap tontonan sekurang-kurangnya
algo-param-slots-per-page = Tempat setiap halaman untuk video baharu
algo-param-stages = Saiz penonton dalam peringkat ujian
algo-param-freshness-hours = Video dianggap baharu selama
algo-param-trending-half-life-hours = Sohor kini dikira separuh selepas
algo-param-weights = Pemberat skor penarafan
algo-param-engagement = Penglibatan dijangka
algo-param-exploration = Penerokaan
algo-param-following = Akaun yang anda ikuti
algo-param-freshness = Kesegaran
algo-param-trending = Sohor kini
algo-param-creator-spacing = Klip sebelum pencipta yang sama muncul lagi
algo-param-sound-spacing = Klip sebelum bunyi yang sama muncul lagi
algo-param-catalog-videos = Video dalam katalog
algo-param-viewers-with-state = Penonton yang dikenali model

tile-views = { $count ->
   *[other] { $count } tontonan
}

## Long press: speed
clip-options = Pilihan
speed-title = Kelajuan main balik
speed-normal = Biasa
speed-value = { $rate }×
speed-set = Dimainkan pada { $rate }×

## Upload: preview, cover, draft
upload-preview = Pratonton klip anda
upload-cover = Kulit
upload-cover-hint = Luncurkan ke bingkai yang dilihat orang sebelum klip dimainkan.
upload-draft-restored = Draf anda kembali: kapsyen dan tetapan seperti yang anda tinggalkan.
error-invalid_cover = Kulit mestilah satu detik daripada klip.

# Captions and profile photos
clip-captions-on = Hidupkan sari kata
clip-captions-off = Matikan sari kata
captions-on = Sari kata dihidupkan
captions-off = Sari kata dimatikan
captions-title = Sari kata
captions-file = Fail sari kata (.vtt)
captions-hint = Satu fail WebVTT bagi setiap bahasa. Semua petikan sari kata mesti berada dalam tempoh klip.
captions-language = Bahasa sari kata
captions-add = Tambah sari kata
captions-remove = Alih keluar sari kata dalam { $language }
captions-remove-short = Alih keluar
captions-none = Belum ada sari kata.
captions-added = Sari kata dalam { $language } ditambah.
captions-removed = Sari kata dalam { $language } dialih keluar.
captions-failed = Klip anda telah disiarkan, tetapi sari kata tidak ditambah: { $reason } Anda boleh menambahnya daripada panel edit klip.
captions-pick-file = Pilih fail .vtt dahulu.
error-invalid_webvtt = Ini bukan fail sari kata WebVTT yang sah.
error-invalid_language = Pilih bahasa sari kata.
profile-photo-choose = Foto profil
profile-photo-hint = JPEG, PNG atau WebP, sehingga 8 MB. Foto dipangkas menjadi segi empat sama; maklumat tentang tempat dan peranti yang digunakan untuk mengambilnya dialih keluar.
profile-photo-remove = Alih keluar foto
profile-photo-type = Pilih gambar JPEG, PNG atau WebP.
profile-edit-save = Simpan profil
profile-edit-done = Profil disimpan.
error-invalid_photo = Fail ini bukan gambar yang boleh dibaca.
error-photo_too_small = Foto terlalu kecil: pilih foto sekurang-kurangnya 64 piksel pada setiap sisi.
error-photo_too_large = Foto terlalu besar: paling banyak 8192 piksel pada setiap sisi.
error-invalid_crop = Bahagian foto yang hendak disimpan mestilah segi empat sama di dalam foto itu.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Instans lain
fed-intro = Ikuti orang di instans lain yang menggunakan ActivityPub, seperti pelayan Spool yang lain. Video mereka dipaparkan dalam suapan Diikuti anda.
fed-teen = Akaun remaja kekal di instans ini: akaun itu tidak boleh mengikuti atau diikuti dari instans lain.
fed-address = Alamat di instans lain
fed-address-hint = Dalam bentuk nama@hos, contohnya alex@example.org
fed-follow = Ikut
fed-address-invalid = Masukkan alamat dalam bentuk nama@hos, contohnya alex@example.org.
fed-address-local = Akaun itu berada di instans ini: ikutinya dari profilnya.
fed-not-found = Akaun { $handle } tidak ditemui. Semak alamat itu.
fed-requested = Permintaan mengikut dihantar kepada { $handle }.
fed-following = Akaun yang anda ikuti di sana
fed-following-empty = Anda belum mengikuti sesiapa di instans lain.
fed-pending = Permintaan dihantar
fed-followers = Pengikut anda dari sana
fed-followers-empty = Belum ada sesiapa dari instans lain yang mengikuti anda.
fed-wants-to-follow = Mahu mengikuti anda
fed-unfollow = Nyahikut
fed-accept = Terima
fed-accept-label = Terima permintaan mengikut daripada { $handle }
fed-decline = Tolak
fed-decline-label = Tolak permintaan mengikut daripada { $handle }
fed-remove = Alih keluar
fed-remove-label = Alih keluar { $handle } daripada pengikut anda
fed-accepted = { $handle } kini mengikuti anda.
fed-declined = Anda menolak permintaan daripada { $handle }.
fed-removed = { $handle } tidak lagi mengikuti anda.
fed-from = Dari { $host }
fed-open = Buka di { $host }
fed-cannot-play = Video ini tidak boleh dimainkan di sini.
comment-remote-remove = Alih keluar balasan daripada { $handle }
fed-shared-by = Dikongsi oleh { $handle }
reason-remote_instance = Dari { $host }, instans tempat orang di sini mengikuti akaun
fed-like = Suka
