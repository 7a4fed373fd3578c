# Teks antarmuka Spool: Bahasa Indonesia (Project Fluent). Pesan yang sama dengan en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — video pendek
app-description = Tonton, buat, dan bagikan video pendek. Data Anda tetap berada di wilayah asal Anda.
skip-to-content = Lompat ke konten
loading = Memuat…
noscript = Spool memerlukan JavaScript untuk memutar video. Aktifkan JavaScript, atau gunakan API secara langsung.
assets-missing = Klien web belum disertakan di server ini. Bangun dengan “npm ci && npm run build” di folder web/, lalu bangun ulang Spool.
title-page = { $page } · Spool
title-not-found = Tidak ditemukan · Spool
not-found = Halaman ini tidak ada.
close = Tutup

## Navigation
nav-label = Menu utama
nav-home = Beranda
nav-discover = Jelajahi
nav-upload = Unggah
nav-inbox = Kotak masuk
nav-profile = Profil
nav-unread = { $count ->
   *[other] { $count } notifikasi belum dibaca
}

## Feed
feed-tabs = Feed
feed-for-you = Untuk Anda
feed-following = Mengikuti
feed-personalized = Dipersonalisasi
feed-mode-hint = Jika dimatikan, feed tidak memakai pemrofilan: yang ditampilkan adalah yang populer dan baru di wilayah dan bahasa Anda.
feed-mode-personalized = Feed yang dipersonalisasi aktif
feed-mode-non-personalized = Feed yang dipersonalisasi nonaktif: tanpa pemrofilan
feed-empty = Belum ada yang bisa ditonton. Unggah klip pertama, atau cari sesuatu.
feed-following-empty = Tidak ada klip baru dari akun yang Anda ikuti.
feed-login = Masuk untuk melihat klip dari akun yang Anda ikuti.
feed-unavailable = Feed belum tersedia di server ini. Coba pencarian atau sebuah profil.
video-title = Video
video-processing = Memproses…
video-failed = Pemrosesan gagal
clip-video-label = Video oleh { $handle }
clip-loading = Memuat video
clip-unmute = Nyalakan suara
clip-mute = Matikan suara
clip-play = Putar
clip-pause = Jeda
clip-actions = Tindakan untuk video oleh { $handle }
clip-like = { $count ->
   *[other] Suka ({ $count } suka)
}
clip-comments = { $count ->
   *[other] Komentar ({ $count } komentar)
}
clip-share = { $count ->
   *[other] Bagikan ({ $count } kali dibagikan)
}
clip-more = Opsi lainnya
clip-sound = Suara asli – { $handle }
clip-duet-of = Duet: lihat aslinya
clip-stitch-of = Stitch: lihat aslinya
follow-handle = Ikuti { $handle }
follow-requested = Diminta
follow-done = Anda sekarang mengikuti { $handle }
unfollow-done = Anda tidak lagi mengikuti { $handle }
login-needed = Masuk dulu.
share-title = Bagikan
share-link = Tautan ke video ini
share-copy = Salin tautan
share-copied = Tautan disalin
not-interested = Tidak tertarik
not-interested-done = Oke: Anda akan melihat lebih sedikit klip seperti ini.
open-sound = Buka suara
make-duet = Buat duet
make-stitch = Buat stitch dari video ini
why-title = Kenapa video ini?
why-none = Klip ini dibuka langsung, bukan dipilih oleh feed.
why-explainer = Feed memilih klip dengan aturan yang dipublikasikan. Anda dapat mematikan personalisasi kapan saja.
algorithm-link = Cara kerja feed

## Reasons
reason-follows_creator = Anda mengikuti { $handle }
reason-topic = Anda menonton klip tentang { $hashtag }
reason-similar_to_liked = Mirip dengan klip yang Anda sukai
reason-taste_match = Cocok dengan yang biasa Anda tonton
reason-trending_region = Populer di wilayah Anda ({ $region })
reason-trending_language = Populer dalam bahasa Anda ({ $language })
reason-new_video_test_audience = Klip baru yang ditampilkan ke sekelompok kecil penonton uji
reason-fresh = Baru diunggah
reason-sound = Menggunakan suara “{ $sound }”
reason-seen_before = Anda sudah menonton semua klip baru; tonton yang ini lagi

## Comments
comments-title = { $count ->
   *[other] { $count } komentar
}
comments-empty = Belum ada komentar. Jadilah yang pertama.
comments-more = Komentar lainnya
comments-off = Komentar dinonaktifkan untuk video ini.
comment-add = Tambahkan komentar
comment-send = Kirim
comment-sent = Komentar terkirim
comment-reply = Balas
comment-reply-to = Balas ke { $handle }
comment-cancel-reply = Batalkan balasan
comment-replies = { $count ->
   *[other] Lihat { $count } balasan
}
comment-like = { $count ->
   *[other] Sukai komentar ({ $count } suka)
}
comment-pinned = Disematkan
comment-login = Masuk untuk berkomentar

## Reports
report = Laporkan
report-intro = Beri tahu kami apa masalahnya. Seorang moderator meninjau setiap laporan, dan Anda akan mendapat kabar.
report-category = Alasan
report-note = Detail (opsional)
report-note-hint = Apa yang perlu diperhatikan moderator?
report-send = Kirim laporan

## Upload
upload-title = Unggah
upload-file = Berkas video
upload-file-hint = 1 detik sampai 10 menit. Unggahan langsung dimulai dan dilanjutkan jika koneksi terputus.
upload-progress-label = Kemajuan unggahan
upload-progress = { $percent } % ({ $sent } dari { $total } bita)
upload-done = Unggahan selesai
upload-error = Unggahan gagal. Coba lagi.
upload-pause = Jeda
upload-resume = Lanjutkan
upload-caption = Keterangan
upload-caption-hint = Ketik # untuk tagar dan @ untuk menyebut seseorang.
upload-visibility = Siapa yang dapat menonton
visibility-public = Semua orang
visibility-followers = Pengikut
visibility-private = Hanya saya
upload-allow = Izinkan orang lain untuk
upload-allow-comments = Berkomentar
upload-allow-duet = Membuat duet
upload-allow-stitch = Membuat stitch
upload-sound = Suara (opsional)
upload-sound-search = Cari suara
upload-sound-none = Klip Anda tetap memakai suaranya sendiri.
upload-sound-chosen = Suara: { $title }
upload-sound-clear = Pakai suara saya sendiri
upload-duet = Duet dengan { $handle }
upload-stitch = Stitch dari video { $handle }
upload-post = Posting
upload-pick-first = Pilih berkas video terlebih dahulu.
upload-waiting = Menyelesaikan unggahan…
upload-processing = Video Anda sedang diproses… Lamanya kurang lebih sepanjang klip.
upload-ready = Video Anda siap!
upload-watch = Tonton
upload-to-profile = Buka profil Anda
suggestions = Saran
suggestions-count = { $count ->
   *[other] { $count } saran. Gunakan panah atas dan bawah untuk memilih.
}

## Profiles, hashtags, sounds
profile-not-found = Akun ini tidak ada.
profile-edit = Edit profil
profile-follow = Ikuti
profile-following = Mengikuti
profile-private = Privat
profile-private-body = Akun ini privat. Ikuti akun ini untuk melihat videonya.
profile-following-count = Mengikuti
profile-followers-count = Pengikut
profile-likes-count = Suka
profile-videos-count = Video
profile-videos = Video
profile-empty = Belum ada video.
profile-empty-own = Anda belum memposting apa pun. Klip Anda akan muncul di sini.
tile-label = { $caption } — oleh { $handle }
tile-label-plain = Video oleh { $handle }
hashtag-count = { $count ->
   *[other] { $count } video
}
hashtag-empty = Belum ada video publik dengan tagar ini.
sound-title = Suara
sound-listen = Dengarkan { $title }
sound-meta = { $duration } · { $count ->
   *[other] { $count } video
}
sound-use = Gunakan suara ini
sound-original = Video asli
sound-sort = Urutkan video
sound-newest = Terbaru
sound-popular = Populer
sound-empty = Belum ada video yang memakai suara ini.

## Search
search-title = Jelajahi
search-label = Cari
search-placeholder = Cari akun, video, #tagar, suara
search-submit = Cari
search-types = Yang dicari
search-videos = Video
search-accounts = Akun
search-hashtags = Tagar
search-sounds = Suara
search-results = Hasil
search-hint = Ketik kata, #tagar, atau @namapengguna.
search-empty = Tidak ada hasil untuk “{ $query }”.
search-followers = { $count ->
   *[other] { $count } pengikut
}

## Inbox
inbox-title = Kotak masuk
inbox-requests = Permintaan mengikuti
inbox-activity = Aktivitas
inbox-empty = Belum ada notifikasi.
inbox-unread = Belum dibaca:
request-accept = Terima
request-decline = Tolak
request-accepted = { $handle } sekarang dapat melihat video Anda
request-declined = Permintaan dari { $handle } ditolak
notif-like = { $count ->
    [1] { $actor } menyukai video Anda
   *[other] { $count } orang menyukai video Anda
}
notif-comment = { $others ->
    [0] { $actor } mengomentari video Anda
   *[other] { $actor } dan { $others } orang lainnya mengomentari video Anda
}
notif-reply = { $actor } membalas komentar Anda
notif-mention = { $actor } menyebut Anda
notif-follow = { $count ->
    [1] { $actor } mulai mengikuti Anda
   *[other] { $count } pengikut baru
}
notif-follow_request = { $actor } meminta untuk mengikuti Anda
notif-follow_accepted = { $actor } menerima permintaan mengikuti Anda
notif-comment_like = { $others ->
    [0] { $actor } menyukai komentar Anda
   *[other] { $actor } dan { $others } orang lainnya menyukai komentar Anda
}
notif-duet = { $actor } membuat duet dengan video Anda
notif-stitch = { $actor } membuat stitch dari video Anda

## Settings
settings-title = Pengaturan
settings-save = Simpan
settings-saved = Tersimpan
settings-profile = Profil
settings-privacy = Privasi
settings-private = Akun privat
settings-private-hint = Hanya pengikut yang Anda setujui yang dapat melihat video Anda.
settings-who-comment = Siapa yang dapat mengomentari video Anda
settings-who-duet = Siapa yang dapat membuat duet dengan video Anda
settings-who-stitch = Siapa yang dapat membuat stitch dari video Anda
policy-everyone = Semua orang
policy-followers = Pengikut
policy-nobody = Tidak ada
settings-liked-public = Tampilkan video yang saya sukai di profil saya
settings-teen = Akun Anda adalah akun remaja: beberapa pengaturan lebih ketat.
settings-feed = Feed
settings-reset-recommendations = Atur ulang rekomendasi saya
settings-reset-done = Rekomendasi Anda telah diatur ulang.
settings-language = Bahasa
settings-language-label = Bahasa antarmuka
settings-language-hint = Secara bawaan Spool mengikuti bahasa browser Anda.
settings-data = Data Anda
settings-data-intro = Unduh semua yang disimpan Spool tentang Anda, dan lihat anggota staf mana yang melihatnya dan mengapa.
settings-export = Unduh data saya
settings-region = Wilayah asal
settings-region-now = Data Anda disimpan di: { $region }
settings-region-intro = Data pribadi Anda hanya berada di wilayah asal Anda. Anda dapat memindahkannya ke wilayah lain.
settings-move-to = Wilayah asal baru
settings-move = Pindahkan data saya
settings-move-confirm = Pindahkan semua data pribadi Anda ke { $region }?
settings-move-done = Data Anda telah dipindahkan.
settings-account = Akun
settings-signed-in = Masuk sebagai { $handle }
settings-logout = Keluar
settings-delete = Hapus akun
settings-delete-intro = Ini menghapus akun, video, dan semua data Anda secara permanen. Tidak dapat dibatalkan.
settings-delete-confirm = Hapus akun Anda beserta seluruh isinya secara permanen?
settings-sessions = Sesi
settings-sessions-intro = Perangkat tempat Anda masuk. Keluar dari perangkat yang tidak Anda kenali.
settings-sessions-logout-others = Keluar dari semua perangkat lain
settings-sessions-ended = { $count ->
   *[other] Keluar dari { $count } sesi lain.
}
session-device = { $browser } di { $os }
session-device-unknown = Perangkat tidak dikenal
session-current = Perangkat ini
session-times = Masuk { $created } · terakhir aktif { $used }
session-logout = Keluar
session-logout-label = Keluarkan { $device }
settings-password = Ubah kata sandi
settings-password-done = Kata sandi Anda telah diubah. Semua sesi lain telah dikeluarkan.
field-current-password = Kata sandi saat ini
field-new-password = Kata sandi baru
access-title = Akses ke data saya
access-intro = Setiap kali anggota staf membuka data pribadi Anda, hal itu dicatat beserta alasan tertulis. Inilah daftar lengkapnya.
access-empty = Belum ada anggota staf yang mengakses data Anda.
access-unavailable = Log akses belum tersedia di server ini.
access-when = Kapan
access-staff = Anggota staf
access-role = Peran
access-action = Yang dilakukan
access-justification = Alasan
access-reference = Referensi
algorithm-title = Cara kerja feed
algorithm-intro = Feed Untuk Anda di Spool terbuka untuk diperiksa: kode, bobotnya, dan alasan untuk setiap klip dipublikasikan.
algorithm-sources = Kandidat berasal dari akun yang Anda ikuti, klip yang mirip dengan yang Anda sukai, yang populer di wilayah dan bahasa Anda, serta klip baru yang ditampilkan ke sekelompok kecil penonton uji.
algorithm-signals = Feed belajar dari yang Anda lakukan: berapa lama Anda menonton, tontonan ulang, lewati, suka, bagikan, komentar, ikuti, dan “Tidak tertarik”.
algorithm-filters = Feed menyingkirkan yang sudah Anda lihat, akun yang diblokir, dan video yang dihapus, serta mencampur topik dan kreator.
algorithm-control = Anda dapat mematikan personalisasi, mengatur ulang yang telah dipelajari, dan bertanya “kenapa video ini?” di setiap klip.
algorithm-published = Deskripsi yang dipublikasikan
algorithm-unavailable = Deskripsi yang dipublikasikan belum tersedia di server ini.

## Log in and sign up
login-title = Masuk
login-submit = Masuk
login-no-account = Belum punya akun?
signup-title = Daftar
signup-intro = Data pribadi Anda hanya disimpan di wilayah asal yang Anda pilih.
signup-submit = Buat akun
signup-have-account = Sudah punya akun?
field-handle = Nama pengguna
field-handle-hint = 2 sampai 24 huruf, angka, _ atau .
field-display-name = Nama tampilan (opsional)
field-password = Kata sandi
field-password-hint = Minimal 8 karakter.
field-birth-date = Tanggal lahir
field-birth-date-hint = Anda harus berusia minimal 13 tahun. Akun di bawah 18 tahun bersifat privat secara bawaan.
field-region = Wilayah asal
field-region-hint = Tempat data pribadi Anda disimpan.
field-email = Email (opsional)
field-email-hint = Hanya dipakai untuk membantu memulihkan akun Anda.
field-bio = Bio

## Errors
error-network = Tidak dapat menghubungi server. Periksa koneksi Anda.
error-internal = Terjadi kesalahan. Coba lagi.
error-unauthenticated = Masuk dulu.
error-invalid_credentials = Nama pengguna atau kata sandi salah.
error-too_young = Anda harus berusia minimal 13 tahun untuk menggunakan Spool.
error-csrf_rejected = Sesi Anda telah berakhir. Muat ulang halaman.
error-forbidden = Anda tidak diizinkan melakukan itu.
error-comments_off = Komentar dinonaktifkan untuk video ini.
error-remix_off = Kreator tidak mengizinkan hal ini.
error-not_found = Tidak ditemukan.
error-handle_taken = Nama pengguna ini sudah dipakai.
error-rate_limited = Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.
error-invalid_handle = Gunakan 2 sampai 24 huruf, angka, _ atau .
error-handle_reserved = Nama pengguna ini dicadangkan.
error-invalid_password = Kata sandi harus 8 sampai 128 karakter.
error-invalid_email = Alamat email ini sepertinya tidak benar.
error-invalid_birth_date = Masukkan tanggal lahir yang valid.
error-invalid_display_name = Nama tampilan maksimal 50 karakter.
error-invalid_bio = Bio maksimal 160 karakter.
error-invalid_caption = Keterangan maksimal 2.200 karakter.
error-invalid_comment = Komentar terdiri dari 1 sampai 500 karakter.
error-unknown_region = Pilih salah satu wilayah yang tercantum.
error-empty_file = Berkas kosong.
error-not_media = Berkas ini bukan video.
error-no_video_stream = Berkas ini tidak berisi gambar video.
error-still_image = Ini gambar diam, bukan video.
error-too_short = Video terlalu pendek (minimal 1 detik).
error-too_long = Video terlalu panjang (maksimal 10 menit).
error-too_large = Video terlalu besar.
error-unsupported_codec = Format video ini tidak didukung.
error-transcode_failed = Video tidak dapat diproses.
error-wrong_password = Kata sandi saat ini salah.
error-quota_exceeded = Penyimpanan Anda penuh. Hapus video atau unggahan yang belum selesai untuk memberi ruang.
error-bad_request = Permintaan tidak dapat dibaca.

## Moderation: reports
report-title-video = Laporkan video ini
report-title-comment = Laporkan komentar ini
report-title-account = Laporkan akun ini
report-category-choose = Pilih alasan
report-category-hate_speech = Ujaran kebencian
report-category-harassment = Pelecehan dan perundungan
report-category-violent_extremism = Ekstremisme kekerasan
report-category-disinformation = Misinformasi dan disinformasi
report-category-child_safety = Keselamatan anak
report-category-self_harm = Menyakiti diri sendiri dan gangguan makan
report-category-illegal_goods = Barang dan jasa ilegal
report-category-scams = Penipuan
report-category-spam = Spam
report-category-intellectual_property = Kekayaan intelektual
report-category-other = Hal lain
report-dsa-legend = Tentang Anda
report-dsa-intro = Anda belum masuk, jadi ini adalah pemberitahuan berdasarkan Pasal 16 Undang-Undang Layanan Digital Uni Eropa. Kami memerlukan nama dan alamat email Anda untuk menanganinya; orang yang Anda laporkan tidak akan pernah diberi tahu siapa Anda.
report-name = Nama Anda
report-email = Alamat email Anda
report-email-hint = Hasilnya akan kami kirim ke sini.
report-good-faith = Saya dengan itikad baik meyakini bahwa informasi dalam pemberitahuan ini akurat dan lengkap.
report-login-instead = Punya akun?
report-sent = Terima kasih. Laporan Anda telah dikirim, dan seorang moderator akan meninjaunya.
report-duplicate = Anda sudah melaporkan ini. Laporan sebelumnya masih berlaku; tidak perlu mengirimnya lagi.
report-receipt-intro = Simpan tanda terima ini: dengannya Anda dapat melihat apa yang diputuskan.
report-receipt = Tanda terima Anda
report-receipt-hint = Nomor laporan { $id }
report-receipt-copy = Salin tanda terima
report-receipt-copied = Tanda terima disalin.
report-check-later = Periksa laporan ini nanti
report-follow-up = Anda akan diberi tahu hasilnya. Anda juga dapat memantaunya di
report-outcome = Diputuskan pada { $date }: { $action }
report-outcome-policy = Aturan yang diterapkan: { $policy }
report-state-open = Menunggu peninjauan
report-state-decided = Diputuskan
comment-report = Laporkan komentar oleh { $handle }
profile-report = Laporkan
profile-withheld = Akun ini tidak tersedia di lokasi Anda.
label-panel = Informasi
label-more = Pelajari lebih lanjut
video-age-restricted = Dibatasi usia
video-held = Ditahan
video-held-own = Video Anda ditahan: video ini cocok dengan konten yang pernah dihapus. Seorang moderator akan meninjaunya.
video-removed-own = Video Anda dihapus oleh moderator. Hanya Anda yang melihat pemberitahuan ini.
video-reduced-own = Setelah keputusan moderasi, video Anda tidak direkomendasikan di feed. Hanya Anda yang melihat pemberitahuan ini.
video-withheld = Video ini tidak tersedia di lokasi Anda.
status-link = Lihat alasannya, dan cara mengajukan banding

## Moderation: actions, targets, grounds
action-no_violation = Tidak ada pelanggaran
action-remove = Dihapus
action-age_restrict = Dibatasi usia
action-restrict_regions = Dibatasi di beberapa wilayah
action-label = Label informasi ditambahkan
action-reduce_distribution = Distribusi dikurangi
action-suspend = Akun ditangguhkan
action-terminate = Akun ditutup
target-video = Video
target-comment = Komentar
target-account = Akun
ground-illegal = Konten ilegal
ground-incompatible = Melanggar pedoman komunitas
source-notice = Pemberitahuan dari seseorang yang melaporkannya
source-trusted-flagger = Pemberitahuan dari pelapor tepercaya
source-own-initiative = Peninjauan Spool sendiri
decision-reversed = Dibatalkan

## Account status and statements of reasons
status-title = Status akun
settings-status-intro = Keputusan tentang konten Anda, banding Anda, dan laporan yang Anda kirim.
settings-about = Tentang Spool
status-standing = Akun Anda
status-good = Akun Anda dalam kondisi baik.
status-suspended = Akun Anda ditangguhkan.
status-suspended-until = Akun Anda ditangguhkan hingga { $date }.
status-terminated = Akun Anda telah ditutup. Anda masih dapat membaca keputusan dan mengajukan banding.
status-strikes = { $count ->
   *[other] { $count } dari { $threshold } peringatan
}
status-strikes-hint = Setiap keputusan terhadap konten Anda dihitung sebagai peringatan. Saat mencapai batas, akun ditangguhkan. Peringatan lama kedaluwarsa.
status-history = Keputusan sebelumnya
status-statements = Keputusan dan alasannya
status-statements-intro = Untuk setiap keputusan kami mengirim pernyataan alasan: apa yang diputuskan, berdasarkan aturan apa, dan cara mengajukan banding.
status-no-statements = Tidak ada keputusan tentang konten Anda.
status-my-reports = Laporan saya
status-no-reports = Anda belum melaporkan apa pun.
status-receipt-title = Laporan Anda
statement-heading = { $action } · { $date }
statement-decision = Keputusan
statement-content = Konten
statement-facts = Temuan kami
statement-policy = Aturan
statement-ground-illegal = Kami menganggap konten ini ilegal.
statement-ground-incompatible = Konten ini melanggar pedoman komunitas kami.
statement-legal-ground = Dasar hukum: { $ground }
statement-policy-ground = Pedoman: { $ground }
statement-label = Label yang ditampilkan
statement-detection = Cara ditemukan
statement-detected-auto = Dengan alat otomatis
statement-detected-human = Tanpa alat otomatis
statement-automated = Cara diputuskan
statement-decided-auto = Oleh sistem otomatis
statement-decided-human = Oleh manusia, bukan otomatis
statement-source = Yang memicu peninjauan
statement-scope = Tempat berlaku
statement-scope-everywhere = Di mana saja
statement-duration = Berapa lama
statement-duration-until = Dari { $from } sampai { $until }
statement-duration-open = Sejak { $from }, tanpa tanggal berakhir
statement-account-suspended = Akun Anda ditangguhkan.
statement-account-terminated = Akun Anda ditutup.
statement-appeal = Banding
statement-appeal-until = Anda dapat mengajukan banding hingga { $date }. Moderator lain akan meninjaunya.
statement-appeal-possible = Anda dapat mengajukan banding. Moderator lain akan meninjaunya.
statement-appeal-closed = Keputusan ini tidak dapat lagi dibanding di sini. Anda masih dapat menghubungi lembaga penyelesaian sengketa di luar pengadilan yang tersertifikasi atau pengadilan.
statement-appeal-open = Banding Anda sedang ditinjau.
statement-appeal-upheld = Banding Anda diterima: keputusan dibatalkan.
statement-appeal-rejected = Banding Anda telah ditinjau dan keputusan tetap berlaku.
statement-technical = Detail teknis (seperti yang dikirim ke basis data transparansi UE)
appeal-text = Mengapa keputusan ini harus diubah?
appeal-text-hint = Jelaskan apa yang mungkin terlewat oleh moderator. Anda dapat menambahkan konteks atau tautan.
appeal-send = Kirim banding
appeal-sent = Banding Anda telah dikirim. Moderator lain akan meninjaunya, dan Anda akan menerima pernyataan baru.
appeal-exists = Anda sudah memiliki banding terbuka untuk keputusan ini.

## Moderator console
mod-title = Moderasi
mod-region = Wilayah
mod-region-hint = Antrean wilayah yang Anda moderasi.
mod-not-moderator = Anda bukan moderator wilayah ini.
queue-title = Antrean peninjauan: { $region }
queue-refresh = Muat ulang
queue-empty = Antrean kosong.
queue-count = { $count ->
   *[other] { $count } item, yang paling mendesak lebih dulu
}
queue-kind-notice = Pemberitahuan
queue-kind-appeal = Banding
queue-kind-match = Kecocokan
queue-severity = Tingkat keparahan
queue-notices = Pemberitahuan
queue-reach = Tayangan (24 jam)
queue-detection = Ditemukan oleh
queue-automated = Deteksi otomatis
queue-human = Manusia
queue-due = Tenggat { $time }
queue-overdue = Terlambat: tenggatnya { $time }
queue-claimed-mine = Diambil oleh Anda; berakhir { $time }
queue-claimed-other = Diambil oleh moderator lain
queue-claim = Ambil
queue-claim-done = Diambil. Item ini milik Anda untuk beberapa menit ke depan.
queue-open = Tinjau
item-title = Peninjauan
item-heading = Peninjauan: { $category }
item-back = Kembali ke antrean
item-decided = Diputuskan
item-context = Kontennya
item-player = Video yang dilaporkan
item-caption = Keterangan
item-sound = Suara
item-state = Status
item-remixes = Remix
item-none = Tidak ada
item-open-video = Halaman video
item-open-video-link = Buka video
item-comment-text = Komentar
item-comment-video = Pada video
item-account = Akun
item-detection = Deteksi otomatis
item-notices = { $count ->
   *[other] { $count } pemberitahuan
}
item-history = Keputusan sebelumnya tentang akun ini
item-history-none = Tidak ada keputusan sebelumnya.
item-appeal = Bandingnya
item-appeal-decision = Keputusan yang dibanding
decide-title = Keputusan
decide-action = Tindakan
decide-policy = Aturan
decide-policy-category = Aturan umum: { $category }
decide-legal-ground = Dasar hukum: { $ground }
decide-facts = Fakta
decide-facts-hint = Temuan Anda, dengan bahasa sederhana. Kreator akan membaca ini.
decide-restrict = Tempat pembatasan
decide-restrict-hint = Pilih wilayah, negara, atau keduanya. Perintah hukum memerlukan nomor referensinya.
decide-regions = Wilayah
decide-countries = Negara
decide-countries-hint = Kode negara dua huruf, dipisahkan koma (DE, AT).
decide-reference = Referensi (perintah pengadilan atau otoritas)
decide-reference-hint = Opsional. Ditampilkan kepada penonton yang tidak dapat melihat konten.
decide-restrict-empty = Pilih setidaknya satu wilayah atau negara.
decide-label = Label informasi
decide-label-text = Teks label
decide-label-url = Tautan ke informasi lebih lanjut
decide-suspend = Penangguhan
decide-days = Hari
decide-days-hint = 1 sampai 365.
decide-submit = Putuskan
decide-done = Keputusan dicatat: { $action }. Pernyataan alasan telah dikirim.
appeal-decide-title = Putuskan banding
appeal-outcome = Hasil
appeal-outcome-upheld = Terima banding
appeal-outcome-upheld-hint = Keputusan langsung dibatalkan dan konten atau akun dipulihkan.
appeal-outcome-rejected = Tolak banding
appeal-outcome-rejected-hint = Keputusan tetap berlaku.
appeal-decide-submit = Putuskan banding
appeal-decided-upheld = Banding diterima: keputusan dibatalkan. Pernyataan baru telah dikirim.
appeal-decided-rejected = Banding ditolak: keputusan tetap berlaku. Pernyataan baru telah dikirim.
error-claimed = Moderator lain telah mengambil item ini.
error-same_moderator = Moderator yang membuat keputusan tidak dapat memutuskan bandingnya.

## Transparency report
transparency-title = Transparansi
transparency-intro = Cara moderasi bekerja di Spool, dalam angka: pemberitahuan, keputusan, seberapa cepat diambil, banding, dan pembatalan. Tidak ada data pribadi yang ditampilkan.
transparency-region = Wilayah
transparency-all-regions = Semua wilayah
transparency-period = Periode
transparency-period-days = 30 hari terakhir, per hari
transparency-period-weeks = 12 minggu terakhir, per minggu
transparency-period-months = 12 bulan terakhir, per bulan
transparency-range = { $from } sampai { $to }
transparency-csv = Unduh sebagai CSV
transparency-summary = Total: { $region }
transparency-notices = Pemberitahuan
transparency-decisions = Keputusan
transparency-median = Median waktu hingga keputusan
transparency-p90 = Persentil ke-90
transparency-hours = { $hours } jam
transparency-hours-unit = jam
transparency-deadline-misses = Tenggat terlewat
transparency-automated-detection = Ditemukan dengan alat otomatis
transparency-automated-decision = Diputuskan otomatis
transparency-suspensions = Penangguhan
transparency-appeals = Banding
transparency-reversals = Pembatalan
transparency-over-time = Dari waktu ke waktu
transparency-chart-volume = Pemberitahuan dan keputusan
transparency-chart-speed = Waktu hingga keputusan (jam)
transparency-breakdown = Rincian
transparency-chart-notices-category = Pemberitahuan menurut kategori
transparency-chart-decisions-action = Keputusan menurut tindakan
transparency-chart-decisions-category = Keputusan menurut kategori
transparency-chart-ground = Keputusan menurut dasar
transparency-chart-source = Pemberitahuan menurut sumber
transparency-appeals-title = Banding
transparency-chart-appeals = Hasil banding
transparency-chart-appeals-time = Banding dan pembatalan dari waktu ke waktu
transparency-appeals-upheld = Diterima
transparency-appeals-rejected = Ditolak
transparency-appeals-open = Terbuka
transparency-orders = Perintah hukum dan penyaringan
transparency-chart-orders = Perintah hukum menurut wilayah
transparency-screening-flagged = Ditandai penyaringan
transparency-screening-decided = Ditinjau
transparency-screening-confirmed = Dikonfirmasi
transparency-screening-precision = Presisi
transparency-none = Tidak ada apa pun dalam periode ini.
transparency-yes = Ya
transparency-no = Tidak
transparency-log = Log keputusan
transparency-log-intro = Setiap keputusan, tanpa data pelapor, kreator, atau moderator.
transparency-log-date = Tanggal
transparency-log-action = Keputusan
transparency-log-category = Kategori
transparency-log-ground = Dasar
transparency-log-content = Konten
transparency-log-detected = Deteksi otomatis
transparency-log-automated = Keputusan otomatis
transparency-log-scope = Tempat
transparency-log-source = Sumber
transparency-log-reversed = Dibatalkan
transparency-log-more = Keputusan lainnya
transparency-log-empty = Belum ada keputusan.
chart-show-table = Tampilkan angka sebagai tabel
chart-summary-line = Dari { $from } sampai { $to }. Total: { $totals }
chart-period = Periode
chart-item = Item
chart-value = Jumlah
notif-statement = Keputusan moderasi telah diambil tentang konten Anda. Baca alasannya, dan cara mengajukan banding.
notif-report_outcome = Laporan yang Anda kirim telah diputuskan.

## Moderation: more codes from the server
action-hold = Ditahan untuk ditinjau
action-reversed = Dibatalkan setelah banding
action-upheld_decision = Dikuatkan setelah banding
action-appeal_upheld = Banding diterima
action-appeal_rejected = Banding ditolak
notice-source-account = Pemberitahuan dari akun
notice-source-anonymous = Pemberitahuan tanpa akun (DSA Pasal 16)
notice-source-screening = Penyaringan otomatis
notice-source-fingerprint = Cocok dengan konten yang dihapus
notice-source-legal_order = Perintah hukum
source-complaint = Banding
statement-scope-eea = UE dan EEA (30 negara)
statement-regions = Wilayah
statement-reference = Referensi perintah
statement-outcome-heading = { $action } · { $date }
error-already_decided = Ini sudah diputuskan.
error-appeal_open = Sudah ada banding terbuka untuk keputusan ini.
error-appeal_closed = Keputusan ini tidak dapat lagi dibanding.
error-account_suspended = Akun Anda ditangguhkan, jadi Anda tidak dapat melakukan ini sekarang.
error-account_terminated = Akun Anda telah ditutup.
error-not_moderator = Anda bukan moderator wilayah ini.
video-withheld-own = Video Anda tidak tersedia di: { $places }. Hanya Anda yang melihat pemberitahuan ini.
item-restrictions = Pembatasan saat ini

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Masuk untuk melanjutkan
signin-sheet-intro = Masuk untuk menyukai, berkomentar, mengikuti, dan mendapatkan feed khusus untuk Anda.
feed-caught-up = Anda sudah melihat semuanya
feed-caught-up-hint = Untuk saat ini Anda sudah melihat semua klip. Temukan lebih banyak di Jelajahi.
feed-explore = Jelajahi
clip-creator-profile = Profil { $handle }
unfollow-handle = Berhenti mengikuti { $handle }
clip-progress = Posisi pemutaran
clip-progress-value = { $at } dari { $length }
video-edit = Edit video
video-edit-save = Simpan
video-edit-done = Perubahan disimpan
video-delete = Hapus video
video-delete-confirm = Hapus video ini secara permanen? Komentar dan suka-nya ikut terhapus.
video-delete-done = Video dihapus
back = Kembali
cancel = Batal
discover-trending = Sedang tren
discover-trending-tags = Tagar yang sedang tren

## How the feed works: its stages and parameters
algo-stage-events = Dari mana feed belajar
algo-stage-model = Model selera
algo-stage-candidates = Asal kandidat
algo-stage-exploration = Kesempatan untuk video baru
algo-stage-ranking = Peringkat
algo-stage-filters = Yang disaring
algo-stage-diversity = Keragaman
algo-stage-non_personalized = Feed yang tidak dipersonalisasi
algo-technical = Deskripsi teknis (bahasa Inggris)
algo-param-bias-learning-rate = Seberapa cepat daya tarik video itu sendiri dipelajari
algo-param-expiry-secs = Dilupakan setelah tidak aktif selama
algo-param-history-len = Tontonan terbaru yang dihitung
algo-param-history-weight = Bobot tontonan terbaru
algo-param-init-scale = Sebaran awal baris baru
algo-param-item-min-count = Interaksi sebelum video mendapat barisnya sendiri
algo-param-learning-rate = Seberapa cepat selera dipelajari
algo-param-margin = Selisih antara video yang disukai dan yang dilewati
algo-param-negative-trials = Video yang dicoba saat mencari contoh tandingan
algo-param-negatives-per-positive = Contoh tandingan per sinyal positif
algo-param-regularization = Regularisasi (mencegah model terlalu menyesuaikan diri)
algo-param-seed = Benih acak (agar dapat direproduksi)
algo-param-max-age-hours = Video baru dieksplorasi selama
algo-param-min-completion-rate = Ditonton sampai selesai minimal
algo-param-min-engagement-rate = Suka, komentar, dan bagikan per tayangan minimal
algo-param-slots-per-page = Tempat per halaman untuk video baru
algo-param-stages = Ukuran penonton pada tahap uji
algo-param-freshness-hours = Video dianggap baru selama
algo-param-trending-half-life-hours = Tren dihitung setengahnya setelah
algo-param-weights = Bobot skor peringkat
algo-param-engagement = Keterlibatan yang diharapkan
algo-param-exploration = Eksplorasi
algo-param-following = Akun yang Anda ikuti
algo-param-freshness = Kebaruan
algo-param-trending = Tren
algo-param-creator-spacing = Klip sebelum kreator yang sama muncul lagi
algo-param-sound-spacing = Klip sebelum suara yang sama muncul lagi
algo-param-catalog-videos = Video dalam katalog
algo-param-viewers-with-state = Penonton yang dikenal model

tile-views = { $count ->
   *[other] { $count } tayangan
}

## Long press: speed
clip-options = Opsi
speed-title = Kecepatan pemutaran
speed-normal = Normal
speed-value = { $rate }×
speed-set = Diputar pada { $rate }×

## Upload: preview, cover, draft
upload-preview = Pratinjau klip Anda
upload-cover = Sampul
upload-cover-hint = Geser ke bingkai yang dilihat orang sebelum klip diputar.
upload-draft-restored = Draf Anda kembali: keterangan dan pengaturan seperti yang Anda tinggalkan.
error-invalid_cover = Sampul harus berupa momen dari klip.

# Subtitel dan foto profil
clip-captions-on = Nyalakan subtitel
clip-captions-off = Matikan subtitel
captions-on = Subtitel menyala
captions-off = Subtitel mati
captions-title = Subtitel
captions-file = Berkas subtitel (.vtt)
captions-hint = Satu berkas WebVTT untuk setiap bahasa. Semua teks harus berada dalam durasi klip.
captions-language = Bahasa subtitel
captions-add = Tambahkan subtitel
captions-remove = Hapus subtitel bahasa { $language }
captions-remove-short = Hapus
captions-none = Belum ada subtitel.
captions-added = Subtitel bahasa { $language } ditambahkan.
captions-removed = Subtitel bahasa { $language } dihapus.
captions-failed = Klip Anda sudah diposting, tetapi subtitel tidak ditambahkan: { $reason } Anda dapat menambahkannya dari panel edit klip.
captions-pick-file = Pilih berkas .vtt terlebih dahulu.
error-invalid_webvtt = Ini bukan berkas subtitel WebVTT yang valid.
error-invalid_language = Pilih bahasa subtitel.
profile-photo-choose = Foto profil
profile-photo-hint = JPEG, PNG atau WebP, maksimal 8 MB. Foto dipotong menjadi persegi; informasi tentang tempat dan perangkat pengambilannya dihapus.
profile-photo-remove = Hapus foto
profile-photo-type = Pilih gambar JPEG, PNG atau WebP.
profile-edit-save = Simpan profil
profile-edit-done = Profil disimpan.
error-invalid_photo = Berkas ini bukan gambar yang dapat dibaca.
error-photo_too_small = Foto terlalu kecil: pilih foto yang setiap sisinya minimal 64 piksel.
error-photo_too_large = Foto terlalu besar: setiap sisi maksimal 8192 piksel.
error-invalid_crop = Bagian foto yang disimpan harus berupa persegi di dalam foto tersebut.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Instans lain
fed-intro = Ikuti orang di instans lain yang menggunakan ActivityPub, seperti server Spool lain. Video mereka muncul di feed Mengikuti Anda.
fed-teen = Akun remaja tetap di instans ini: akun tersebut tidak dapat mengikuti atau diikuti dari instans lain.
fed-address = Alamat di instans lain
fed-address-hint = Dalam bentuk nama@host, misalnya alex@example.org
fed-follow = Ikuti
fed-address-invalid = Masukkan alamat dalam bentuk nama@host, misalnya alex@example.org.
fed-address-local = Akun itu ada di instans ini: ikuti dari profilnya.
fed-not-found = Akun { $handle } tidak ditemukan. Periksa alamatnya.
fed-requested = Permintaan mengikuti dikirim ke { $handle }.
fed-following = Akun yang Anda ikuti di sana
fed-following-empty = Anda belum mengikuti siapa pun di instans lain.
fed-pending = Permintaan terkirim
fed-followers = Pengikut Anda dari sana
fed-followers-empty = Belum ada orang dari instans lain yang mengikuti Anda.
fed-wants-to-follow = Ingin mengikuti Anda
fed-unfollow = Berhenti mengikuti
fed-accept = Terima
fed-accept-label = Terima permintaan mengikuti dari { $handle }
fed-decline = Tolak
fed-decline-label = Tolak permintaan mengikuti dari { $handle }
fed-remove = Hapus
fed-remove-label = Hapus { $handle } dari pengikut Anda
fed-accepted = { $handle } sekarang mengikuti Anda.
fed-declined = Anda menolak permintaan dari { $handle }.
fed-removed = { $handle } tidak lagi mengikuti Anda.
fed-from = Dari { $host }
fed-open = Buka di { $host }
fed-cannot-play = Video ini tidak dapat diputar di sini.
comment-remote-remove = Hapus balasan dari { $handle }
fed-shared-by = Dibagikan oleh { $handle }
reason-remote_instance = Dari { $host }, instans tempat orang di sini mengikuti akun
fed-like = Suka
