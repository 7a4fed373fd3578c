# Spool arayüz metinleri: Türkçe (Project Fluent). en.ftl ile aynı iletiler.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — kısa videolar
app-description = Kısa videolar izle, çek ve paylaş. Verilerin kendi bölgende kalır.
skip-to-content = İçeriğe geç
loading = Yükleniyor…
noscript = Spool'un videoları oynatmak için JavaScript'e ihtiyacı var. Lütfen JavaScript'i aç ya da API'yi doğrudan kullan.
assets-missing = Web istemcisi bu sunucuya eklenmemiş. web/ klasöründe “npm ci && npm run build” ile derle, ardından Spool'u yeniden derle.
title-page = { $page } · Spool
title-not-found = Bulunamadı · Spool
not-found = Bu sayfa yok.
close = Kapat

## Navigation
nav-label = Ana menü
nav-home = Ana sayfa
nav-discover = Keşfet
nav-upload = Yükle
nav-inbox = Gelen kutusu
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } okunmamış bildirim
   *[other] { $count } okunmamış bildirim
}

## Feed
feed-tabs = Akışlar
feed-for-you = Senin için
feed-following = Takip edilenler
feed-personalized = Kişiselleştirilmiş
feed-mode-hint = Kapalıyken akış profil çıkarma kullanmaz: bölgende ve dilinde popüler ve yeni olanı gösterir.
feed-mode-personalized = Kişiselleştirilmiş akış açık
feed-mode-non-personalized = Kişiselleştirilmiş akış kapalı: profil çıkarma kullanılmıyor
feed-empty = Henüz izlenecek bir şey yok. İlk klibi yükle ya da bir şey ara.
feed-following-empty = Takip ettiğin hesaplardan yeni klip yok.
feed-login = Takip ettiğin hesapların kliplerini görmek için giriş yap.
feed-unavailable = Akış bu sunucuda henüz kullanılamıyor. Aramayı ya da bir profili dene.
video-title = Video
video-processing = İşleniyor…
video-failed = İşleme başarısız oldu
clip-video-label = { $handle } tarafından video
clip-loading = Video yükleniyor
clip-unmute = Sesi aç
clip-mute = Sesi kapat
clip-play = Oynat
clip-pause = Duraklat
clip-actions = { $handle } videosu için işlemler
clip-like = { $count ->
    [one] Beğen ({ $count } beğeni)
   *[other] Beğen ({ $count } beğeni)
}
clip-comments = { $count ->
    [one] Yorumlar ({ $count } yorum)
   *[other] Yorumlar ({ $count } yorum)
}
clip-share = { $count ->
    [one] Paylaş ({ $count } paylaşım)
   *[other] Paylaş ({ $count } paylaşım)
}
clip-more = Diğer seçenekler
clip-sound = Orijinal ses – { $handle }
clip-duet-of = Düet: orijinali gör
clip-stitch-of = Stitch: orijinali gör
follow-handle = { $handle } hesabını takip et
follow-requested = İstek gönderildi
follow-done = Artık { $handle } hesabını takip ediyorsun
unfollow-done = Artık { $handle } hesabını takip etmiyorsun
login-needed = Önce giriş yap.
share-title = Paylaş
share-link = Bu videonun bağlantısı
share-copy = Bağlantıyı kopyala
share-copied = Bağlantı kopyalandı
not-interested = İlgilenmiyorum
not-interested-done = Anlaşıldı: bunun gibi daha az klip göreceksin.
open-sound = Sesi aç
make-duet = Düet yap
make-stitch = Bu videodan stitch yap
why-title = Neden bu video?
why-none = Bu klip doğrudan açıldı, akış tarafından seçilmedi.
why-explainer = Akış klipleri yayımlanmış kurallara göre seçer. Kişiselleştirmeyi istediğin zaman kapatabilirsin.
algorithm-link = Akış nasıl çalışır

## Reasons
reason-follows_creator = { $handle } hesabını takip ediyorsun
reason-topic = { $hashtag } hakkında klipler izliyorsun
reason-similar_to_liked = Beğendiğin kliplere benziyor
reason-taste_match = Genelde izlediklerine uyuyor
reason-trending_region = Bölgende popüler ({ $region })
reason-trending_language = Dilinde popüler ({ $language })
reason-new_video_test_audience = Küçük bir test kitlesine gösterilen yeni bir klip
reason-fresh = Yakın zamanda paylaşıldı
reason-sound = “{ $sound }” sesini kullanıyor
reason-seen_before = Tüm yeni klipleri izlediniz; bunu tekrar izleyin

## Comments
comments-title = { $count ->
    [one] { $count } yorum
   *[other] { $count } yorum
}
comments-empty = Henüz yorum yok. İlk yorumu sen yap.
comments-more = Daha fazla yorum
comments-off = Bu videoda yorumlar kapalı.
comment-add = Yorum ekle
comment-send = Gönder
comment-sent = Yorum gönderildi
comment-reply = Yanıtla
comment-reply-to = { $handle } kişisine yanıt
comment-cancel-reply = Yanıtı iptal et
comment-replies = { $count ->
    [one] { $count } yanıtı gör
   *[other] { $count } yanıtı gör
}
comment-like = { $count ->
    [one] Yorumu beğen ({ $count } beğeni)
   *[other] Yorumu beğen ({ $count } beğeni)
}
comment-pinned = Sabitlendi
comment-login = Yorum yapmak için giriş yap

## Reports
report = Bildir
report-intro = Neyin yanlış olduğunu anlat. Her bildirimi bir moderatör inceler ve sana dönüş yapılır.
report-category = Neden
report-note = Ayrıntılar (isteğe bağlı)
report-note-hint = Moderatör neye bakmalı?
report-send = Bildirimi gönder

## Upload
upload-title = Yükle
upload-file = Video dosyası
upload-file-hint = 1 saniyeden 10 dakikaya kadar. Yükleme hemen başlar ve bağlantı koparsa kaldığı yerden devam eder.
upload-progress-label = Yükleme ilerlemesi
upload-progress = %{ $percent } ({ $sent } / { $total } bayt)
upload-done = Yükleme tamamlandı
upload-error = Yükleme başarısız oldu. Tekrar dene.
upload-pause = Duraklat
upload-resume = Devam et
upload-caption = Açıklama
upload-caption-hint = Etiketler için #, birinden bahsetmek için @ yaz.
upload-visibility = Kimler izleyebilir
visibility-public = Herkes
visibility-followers = Takipçiler
visibility-private = Yalnızca ben
upload-allow = Başkalarının şunlarına izin ver
upload-allow-comments = Yorum yapma
upload-allow-duet = Düet yapma
upload-allow-stitch = Stitch yapma
upload-sound = Ses (isteğe bağlı)
upload-sound-search = Ses ara
upload-sound-none = Klibin kendi sesini korur.
upload-sound-chosen = Ses: { $title }
upload-sound-clear = Kendi sesimi kullan
upload-duet = { $handle } ile düet
upload-stitch = { $handle } videosundan stitch
upload-post = Paylaş
upload-pick-first = Önce bir video dosyası seç.
upload-waiting = Yükleme tamamlanıyor…
upload-processing = Videon işleniyor… Bu, klibin süresi kadar sürer.
upload-ready = Videon hazır!
upload-watch = İzle
upload-to-profile = Profiline git
suggestions = Öneriler
suggestions-count = { $count ->
    [one] { $count } öneri. Seçmek için yukarı ve aşağı okları kullan.
   *[other] { $count } öneri. Seçmek için yukarı ve aşağı okları kullan.
}

## Profiles, hashtags, sounds
profile-not-found = Bu hesap yok.
profile-edit = Profili düzenle
profile-follow = Takip et
profile-following = Takip ediliyor
profile-private = Gizli
profile-private-body = Bu hesap gizli. Videolarını görmek için takip et.
profile-following-count = Takip edilen
profile-followers-count = Takipçi
profile-likes-count = Beğeni
profile-videos-count = Video
profile-videos = Videolar
profile-empty = Henüz video yok.
profile-empty-own = Henüz bir şey paylaşmadın. Kliplerin burada görünecek.
tile-label = { $caption } — { $handle }
tile-label-plain = { $handle } tarafından video
hashtag-count = { $count ->
    [one] { $count } video
   *[other] { $count } video
}
hashtag-empty = Bu etiketle henüz herkese açık video yok.
sound-title = Ses
sound-listen = { $title } dinle
sound-meta = { $duration } · { $count ->
    [one] { $count } video
   *[other] { $count } video
}
sound-use = Bu sesi kullan
sound-original = Orijinal video
sound-sort = Videoları sırala
sound-newest = En yeni
sound-popular = Popüler
sound-empty = Henüz bu sesi kullanan video yok.

## Search
search-title = Keşfet
search-label = Ara
search-placeholder = Hesap, video, #etiket, ses ara
search-submit = Ara
search-types = Ne aranacak
search-videos = Videolar
search-accounts = Hesaplar
search-hashtags = Etiketler
search-sounds = Sesler
search-results = Sonuçlar
search-hint = Bir kelime, bir #etiket ya da bir @kullanıcıadı yaz.
search-empty = “{ $query }” için sonuç bulunamadı.
search-followers = { $count ->
    [one] { $count } takipçi
   *[other] { $count } takipçi
}

## Inbox
inbox-title = Gelen kutusu
inbox-requests = Takip istekleri
inbox-activity = Etkinlik
inbox-empty = Henüz bildirim yok.
inbox-unread = Okunmamış:
request-accept = Kabul et
request-decline = Reddet
request-accepted = { $handle } artık videolarını görebilir
request-declined = { $handle } isteği reddedildi
notif-like = { $count ->
    [one] { $actor } videonu beğendi
   *[other] { $count } kişi videonu beğendi
}
notif-comment = { $others ->
    [0] { $actor } videona yorum yaptı
   *[other] { $actor } ve { $others } kişi daha videona yorum yaptı
}
notif-reply = { $actor } yorumuna yanıt verdi
notif-mention = { $actor } senden bahsetti
notif-follow = { $count ->
    [one] { $actor } seni takip etmeye başladı
   *[other] { $count } yeni takipçi
}
notif-follow_request = { $actor } seni takip etmek istiyor
notif-follow_accepted = { $actor } takip isteğini kabul etti
notif-comment_like = { $others ->
    [0] { $actor } yorumunu beğendi
   *[other] { $actor } ve { $others } kişi daha yorumunu beğendi
}
notif-duet = { $actor } videonla düet yaptı
notif-stitch = { $actor } videondan stitch yaptı

## Settings
settings-title = Ayarlar
settings-save = Kaydet
settings-saved = Kaydedildi
settings-profile = Profil
settings-privacy = Gizlilik
settings-private = Gizli hesap
settings-private-hint = Videolarını yalnızca onayladığın takipçiler görebilir.
settings-who-comment = Videolarına kimler yorum yapabilir
settings-who-duet = Videolarınla kimler düet yapabilir
settings-who-stitch = Videolarından kimler stitch yapabilir
policy-everyone = Herkes
policy-followers = Takipçiler
policy-nobody = Hiç kimse
settings-liked-public = Beğendiğim videoları profilimde göster
settings-teen = Hesabın bir genç hesabı: bazı ayarlar daha katı.
settings-feed = Akış
settings-reset-recommendations = Önerilerimi sıfırla
settings-reset-done = Önerilerin sıfırlandı.
settings-language = Dil
settings-language-label = Arayüz dili
settings-language-hint = Varsayılan olarak Spool tarayıcının dilini kullanır.
settings-data = Verilerin
settings-data-intro = Spool'un senin hakkında sakladığı her şeyi indir ve hangi çalışanların bunlara neden baktığını gör.
settings-export = Verilerimi indir
settings-region = Ev bölgesi
settings-region-now = Verilerin burada saklanıyor: { $region }
settings-region-intro = Kişisel verilerin yalnızca ev bölgende bulunur. Onları başka bir bölgeye taşıyabilirsin.
settings-move-to = Yeni ev bölgesi
settings-move = Verilerimi taşı
settings-move-confirm = Tüm kişisel verilerin { $region } bölgesine taşınsın mı?
settings-move-done = Verilerin taşındı.
settings-account = Hesap
settings-signed-in = { $handle } olarak giriş yapıldı
settings-logout = Çıkış yap
settings-delete = Hesabı sil
settings-delete-intro = Bu işlem hesabını, videolarını ve tüm verilerini kalıcı olarak siler. Geri alınamaz.
settings-delete-confirm = Hesabın ve içindeki her şey kalıcı olarak silinsin mi?
settings-sessions = Oturumlar
settings-sessions-intro = Giriş yaptığın cihazlar. Tanımadıklarından çıkış yap.
settings-sessions-logout-others = Diğer her yerden çıkış yap
settings-sessions-ended = { $count ->
    [one] { $count } diğer oturumdan çıkış yapıldı.
   *[other] { $count } diğer oturumdan çıkış yapıldı.
}
session-device = { $os } üzerinde { $browser }
session-device-unknown = Bilinmeyen cihaz
session-current = Bu cihaz
session-times = Giriş { $created } · son etkinlik { $used }
session-logout = Çıkış yap
session-logout-label = { $device } oturumunu kapat
settings-password = Şifreyi değiştir
settings-password-done = Şifren değiştirildi. Diğer tüm oturumlar kapatıldı.
field-current-password = Mevcut şifre
field-new-password = Yeni şifre
access-title = Verilerime erişim
access-intro = Bir çalışan kişisel verilerini her açtığında, yazılı bir gerekçeyle kayda geçirilir. Tam liste budur.
access-empty = Hiçbir çalışan verilerine erişmedi.
access-unavailable = Erişim kaydı bu sunucuda henüz kullanılamıyor.
access-when = Ne zaman
access-staff = Çalışan
access-role = Rol
access-action = Ne yaptı
access-justification = Gerekçe
access-reference = Referans
algorithm-title = Akış nasıl çalışır
algorithm-intro = Spool'un Senin için akışı incelemeye açıktır: kod, ağırlıkları ve her klibin nedenleri yayımlanır.
algorithm-sources = Adaylar takip ettiğin hesaplardan, beğendiklerine benzeyen kliplerden, bölgende ve dilinde popüler olanlardan ve küçük bir test kitlesine gösterilen yeni kliplerden gelir.
algorithm-signals = Yaptıklarından öğrenir: ne kadar izlediğin, tekrar izlemeler, geçmeler, beğeniler, paylaşımlar, yorumlar, takipler ve “İlgilenmiyorum”.
algorithm-filters = Gördüklerini, engellenen hesapları ve kaldırılan videoları dışarıda bırakır; konuları ve içerik üreticilerini karıştırır.
algorithm-control = Kişiselleştirmeyi kapatabilir, öğrendiklerini sıfırlayabilir ve her klipte “neden bu video?” diye sorabilirsin.
algorithm-published = Yayımlanan açıklama
algorithm-unavailable = Yayımlanan açıklama bu sunucuda henüz kullanılamıyor.

## Log in and sign up
login-title = Giriş yap
login-submit = Giriş yap
login-no-account = Henüz hesabın yok mu?
signup-title = Kaydol
signup-intro = Kişisel verilerin yalnızca seçtiğin ev bölgesinde saklanır.
signup-submit = Hesap oluştur
signup-have-account = Zaten hesabın var mı?
field-handle = Kullanıcı adı
field-handle-hint = 2 ile 24 arasında harf, rakam, _ veya .
field-display-name = Görünen ad (isteğe bağlı)
field-password = Şifre
field-password-hint = En az 8 karakter.
field-birth-date = Doğum tarihi
field-birth-date-hint = En az 13 yaşında olmalısın. 18 yaş altındaki hesaplar varsayılan olarak gizlidir.
field-region = Ev bölgesi
field-region-hint = Kişisel verilerinin saklandığı yer.
field-email = E-posta (isteğe bağlı)
field-email-hint = Yalnızca hesabını kurtarmana yardım etmek için kullanılır.
field-bio = Biyografi

## Errors
error-network = Sunucuya ulaşılamıyor. Bağlantını kontrol et.
error-internal = Bir şeyler ters gitti. Tekrar dene.
error-unauthenticated = Önce giriş yap.
error-invalid_credentials = Kullanıcı adı veya şifre yanlış.
error-too_young = Spool'u kullanmak için en az 13 yaşında olmalısın.
error-csrf_rejected = Oturumunun süresi doldu. Sayfayı yenile.
error-forbidden = Bunu yapmaya iznin yok.
error-comments_off = Bu videoda yorumlar kapalı.
error-remix_off = İçerik üreticisi buna izin vermiyor.
error-not_found = Bulunamadı.
error-handle_taken = Bu kullanıcı adı zaten alınmış.
error-rate_limited = Çok fazla deneme. Biraz bekle ve tekrar dene.
error-invalid_handle = 2 ile 24 arasında harf, rakam, _ veya . kullan
error-handle_reserved = Bu kullanıcı adı ayrılmış.
error-invalid_password = Şifre 8 ile 128 karakter arasında olmalı.
error-invalid_email = Bu e-posta adresi doğru görünmüyor.
error-invalid_birth_date = Geçerli bir doğum tarihi gir.
error-invalid_display_name = Görünen ad en fazla 50 karakter olabilir.
error-invalid_bio = Biyografi en fazla 160 karakter olabilir.
error-invalid_caption = Açıklama en fazla 2.200 karakter olabilir.
error-invalid_comment = Bir yorum 1 ile 500 karakter arasındadır.
error-unknown_region = Listelenen bölgelerden birini seç.
error-empty_file = Dosya boş.
error-not_media = Bu dosya bir video değil.
error-no_video_stream = Bu dosyada görüntü yok.
error-still_image = Bu bir video değil, sabit bir görüntü.
error-too_short = Video çok kısa (en az 1 saniye).
error-too_long = Video çok uzun (en fazla 10 dakika).
error-too_large = Video çok büyük.
error-unsupported_codec = Bu video biçimi desteklenmiyor.
error-transcode_failed = Video işlenemedi.
error-wrong_password = Mevcut şifre yanlış.
error-quota_exceeded = Depolama alanın dolu. Yer açmak için videoları ya da tamamlanmamış yüklemeleri sil.
error-bad_request = İstek okunamadı.

## Moderation: reports
report-title-video = Bu videoyu bildir
report-title-comment = Bu yorumu bildir
report-title-account = Bu hesabı bildir
report-category-choose = Bir neden seç
report-category-hate_speech = Nefret söylemi
report-category-harassment = Taciz ve zorbalık
report-category-violent_extremism = Şiddet içeren aşırılık
report-category-disinformation = Yanlış bilgi ve dezenformasyon
report-category-child_safety = Çocuk güvenliği
report-category-self_harm = Kendine zarar verme ve yeme bozuklukları
report-category-illegal_goods = Yasa dışı mal ve hizmetler
report-category-scams = Dolandırıcılık
report-category-spam = İstenmeyen içerik
report-category-intellectual_property = Fikri mülkiyet
report-category-other = Başka bir şey
report-dsa-legend = Senin hakkında
report-dsa-intro = Giriş yapmadığın için bu, AB Dijital Hizmetler Yasası'nın 16. maddesi kapsamında bir bildirimdir. İşleme almak için adına ve e-posta adresine ihtiyacımız var; bildirdiğin kişiye kim olduğun asla söylenmez.
report-name = Adın
report-email = E-posta adresin
report-email-hint = Sonucu buraya göndeririz.
report-good-faith = Bu bildirimdeki bilgilerin doğru ve eksiksiz olduğuna iyi niyetle inanıyorum.
report-login-instead = Hesabın var mı?
report-sent = Teşekkürler. Bildirimin gönderildi ve bir moderatör inceleyecek.
report-duplicate = Bunu zaten bildirdin. Önceki bildirimin hâlâ geçerli; tekrar göndermene gerek yok.
report-receipt-intro = Bu makbuzu sakla: onunla ne karar verildiğine bakabilirsin.
report-receipt = Makbuzun
report-receipt-hint = Bildirim numarası { $id }
report-receipt-copy = Makbuzu kopyala
report-receipt-copied = Makbuz kopyalandı.
report-check-later = Bu bildirimi daha sonra kontrol et
report-follow-up = Sonuç sana bildirilecek. Şuradan da takip edebilirsin:
report-outcome = { $date } tarihinde karar verildi: { $action }
report-outcome-policy = Uygulanan kural: { $policy }
report-state-open = İnceleme bekliyor
report-state-decided = Karar verildi
comment-report = { $handle } kişisinin yorumunu bildir
profile-report = Bildir
profile-withheld = Bu hesap bulunduğun yerde kullanılamıyor.
label-panel = Bilgi
label-more = Daha fazla bilgi
video-age-restricted = Yaş sınırlı
video-held = Beklemede
video-held-own = Videon beklemede: daha önce kaldırılan bir içerikle eşleşiyor. Bir moderatör inceleyecek.
video-removed-own = Videon bir moderatör tarafından kaldırıldı. Bu bildirimi yalnızca sen görürsün.
video-reduced-own = Bir moderasyon kararından sonra videon akışlarda önerilmiyor. Bu bildirimi yalnızca sen görürsün.
video-withheld = Bu video bulunduğun yerde kullanılamıyor.
status-link = Nedenini ve nasıl itiraz edeceğini gör

## Moderation: actions, targets, grounds
action-no_violation = İhlal yok
action-remove = Kaldırıldı
action-age_restrict = Yaş sınırlı
action-restrict_regions = Bazı bölgelerde kısıtlandı
action-label = Bilgi etiketi eklendi
action-reduce_distribution = Dağıtım azaltıldı
action-suspend = Hesap askıya alındı
action-terminate = Hesap kapatıldı
target-video = Video
target-comment = Yorum
target-account = Hesap
ground-illegal = Yasa dışı içerik
ground-incompatible = Topluluk kurallarına aykırı
source-notice = Bunu bildiren birinden gelen bildirim
source-trusted-flagger = Güvenilir bir işaretleyiciden gelen bildirim
source-own-initiative = Spool'un kendi incelemesi
decision-reversed = Geri alındı

## Account status and statements of reasons
status-title = Hesap durumu
settings-status-intro = İçeriğinle ilgili kararlar, itirazların ve gönderdiğin bildirimler.
settings-about = Spool hakkında
status-standing = Hesabın
status-good = Hesabın iyi durumda.
status-suspended = Hesabın askıya alındı.
status-suspended-until = Hesabın { $date } tarihine kadar askıya alındı.
status-terminated = Hesabın kapatıldı. Kararları okumaya ve itiraz etmeye devam edebilirsin.
status-strikes = { $count ->
    [one] { $threshold } uyarıdan { $count } uyarı
   *[other] { $threshold } uyarıdan { $count } uyarı
}
status-strikes-hint = İçeriğine karşı verilen her karar bir uyarıdır. Sınıra ulaşıldığında hesap askıya alınır. Eski uyarıların süresi dolar.
status-history = Önceki kararlar
status-statements = Kararlar ve gerekçeleri
status-statements-intro = Her karar için bir gerekçe beyanı göndeririz: ne karar verildiği, hangi kurala göre ve nasıl itiraz edileceği.
status-no-statements = İçeriğinle ilgili karar yok.
status-my-reports = Bildirimlerim
status-no-reports = Hiçbir şey bildirmedin.
status-receipt-title = Bildirimin
statement-heading = { $action } · { $date }
statement-decision = Karar
statement-content = İçerik
statement-facts = Tespitlerimiz
statement-policy = Kural
statement-ground-illegal = İçeriği yasa dışı kabul ediyoruz.
statement-ground-incompatible = İçerik topluluk kurallarımıza aykırı.
statement-legal-ground = Hukuki dayanak: { $ground }
statement-policy-ground = Kural: { $ground }
statement-label = Gösterilen etiket
statement-detection = Nasıl tespit edildi
statement-detected-auto = Otomatik araçlarla
statement-detected-human = Otomatik araçlar olmadan
statement-automated = Nasıl karar verildi
statement-decided-auto = Otomatik bir sistemle
statement-decided-human = Bir kişi tarafından, otomatik olarak değil
statement-source = İncelemeyi ne başlattı
statement-scope = Nerede geçerli
statement-scope-everywhere = Her yerde
statement-duration = Ne kadar süreyle
statement-duration-until = { $from } ile { $until } arası
statement-duration-open = { $from } tarihinden itibaren, bitiş tarihi olmadan
statement-account-suspended = Hesabın askıya alındı.
statement-account-terminated = Hesabın kapatıldı.
statement-appeal = İtiraz
statement-appeal-until = { $date } tarihine kadar itiraz edebilirsin. Başka bir moderatör inceleyecek.
statement-appeal-possible = İtiraz edebilirsin. Başka bir moderatör inceleyecek.
statement-appeal-closed = Bu karara artık buradan itiraz edilemez. Yine de sertifikalı bir mahkeme dışı uyuşmazlık çözüm kuruluşuna ya da mahkemeye başvurabilirsin.
statement-appeal-open = İtirazın inceleniyor.
statement-appeal-upheld = İtirazın kabul edildi: karar geri alındı.
statement-appeal-rejected = İtirazın incelendi ve karar geçerliliğini koruyor.
statement-technical = Teknik ayrıntılar (AB şeffaflık veri tabanına gönderildiği hâliyle)
appeal-text = Karar neden değiştirilmeli?
appeal-text-hint = Moderatörün neyi gözden kaçırmış olabileceğini açıkla. Bağlam ya da bağlantı ekleyebilirsin.
appeal-send = İtirazı gönder
appeal-sent = İtirazın gönderildi. Başka bir moderatör inceleyecek ve yeni bir beyan alacaksın.
appeal-exists = Bu karar için zaten açık bir itirazın var.

## Moderator console
mod-title = Moderasyon
mod-region = Bölge
mod-region-hint = Moderatörlüğünü yaptığın bölgenin kuyruğu.
mod-not-moderator = Bu bölgenin moderatörü değilsin.
queue-title = İnceleme kuyruğu: { $region }
queue-refresh = Yenile
queue-empty = Kuyruk boş.
queue-count = { $count ->
    [one] { $count } öge, en acil olan önce
   *[other] { $count } öge, en acil olanlar önce
}
queue-kind-notice = Bildirim
queue-kind-appeal = İtiraz
queue-kind-match = Eşleşme
queue-severity = Önem
queue-notices = Bildirimler
queue-reach = Görüntülenme (24 sa)
queue-detection = Tespit eden
queue-automated = Otomatik tespit
queue-human = İnsanlar
queue-due = Son tarih { $time }
queue-overdue = Gecikti: son tarih { $time } idi
queue-claimed-mine = Sen üstlendin; { $time } sona eriyor
queue-claimed-other = Başka bir moderatör üstlendi
queue-claim = Üstlen
queue-claim-done = Üstlenildi. Önümüzdeki dakikalarda senin.
queue-open = İncele
item-title = İnceleme
item-heading = İnceleme: { $category }
item-back = Kuyruğa dön
item-decided = Karar verildi
item-context = İçerik
item-player = Bildirilen video
item-caption = Açıklama
item-sound = Ses
item-state = Durum
item-remixes = Remiksler
item-none = Yok
item-open-video = Video sayfası
item-open-video-link = Videoyu aç
item-comment-text = Yorum
item-comment-video = Şu videoda
item-account = Hesap
item-detection = Otomatik tespit
item-notices = { $count ->
    [one] { $count } bildirim
   *[other] { $count } bildirim
}
item-history = Bu hesapla ilgili önceki kararlar
item-history-none = Önceki karar yok.
item-appeal = İtiraz
item-appeal-decision = İtiraz edilen karar
decide-title = Karar
decide-action = İşlem
decide-policy = Kural
decide-policy-category = Genel kural: { $category }
decide-legal-ground = Hukuki dayanak: { $ground }
decide-facts = Olgular
decide-facts-hint = Tespitlerini sade bir dille yaz. İçerik üreticisi bunu okur.
decide-restrict = Nerede kısıtlanacak
decide-restrict-hint = Bölge, ülke ya da ikisini birden seç. Yasal bir emir referansını gerektirir.
decide-regions = Bölgeler
decide-countries = Ülkeler
decide-countries-hint = Virgülle ayrılmış iki harfli ülke kodları (DE, AT).
decide-reference = Referans (mahkeme veya makam emri)
decide-reference-hint = İsteğe bağlı. İçeriği göremeyen izleyicilere gösterilir.
decide-restrict-empty = En az bir bölge veya ülke seç.
decide-label = Bilgi etiketi
decide-label-text = Etiket metni
decide-label-url = Daha fazla bilgi bağlantısı
decide-suspend = Askıya alma
decide-days = Gün
decide-days-hint = 1 ile 365 arası.
decide-submit = Karar ver
decide-done = Karar kaydedildi: { $action }. Gerekçe beyanı gönderildi.
appeal-decide-title = İtiraza karar ver
appeal-outcome = Sonuç
appeal-outcome-upheld = İtirazı kabul et
appeal-outcome-upheld-hint = Karar hemen geri alınır ve içerik ya da hesap geri yüklenir.
appeal-outcome-rejected = İtirazı reddet
appeal-outcome-rejected-hint = Karar geçerliliğini korur.
appeal-decide-submit = İtiraza karar ver
appeal-decided-upheld = İtiraz kabul edildi: karar geri alındı. Yeni bir beyan gönderildi.
appeal-decided-rejected = İtiraz reddedildi: karar geçerliliğini koruyor. Yeni bir beyan gönderildi.
error-claimed = Bu ögeyi başka bir moderatör üstlendi.
error-same_moderator = Kararı veren moderatör o karara yapılan itiraza karar veremez.

## Transparency report
transparency-title = Şeffaflık
transparency-intro = Spool'da moderasyonun işleyişi, rakamlarla: bildirimler, kararlar, ne kadar hızlı verildikleri, itirazlar ve geri almalar. Kişisel veri gösterilmez.
transparency-region = Bölge
transparency-all-regions = Tüm bölgeler
transparency-period = Dönem
transparency-period-days = Son 30 gün, günlük
transparency-period-weeks = Son 12 hafta, haftalık
transparency-period-months = Son 12 ay, aylık
transparency-range = { $from } – { $to }
transparency-csv = CSV olarak indir
transparency-summary = Toplam: { $region }
transparency-notices = Bildirimler
transparency-decisions = Kararlar
transparency-median = Karara kadar geçen medyan süre
transparency-p90 = 90. yüzdelik
transparency-hours = { $hours } sa
transparency-hours-unit = sa
transparency-deadline-misses = Kaçırılan son tarihler
transparency-automated-detection = Otomatik araçlarla tespit edilen
transparency-automated-decision = Otomatik karar verilen
transparency-suspensions = Askıya almalar
transparency-appeals = İtirazlar
transparency-reversals = Geri almalar
transparency-over-time = Zaman içinde
transparency-chart-volume = Bildirimler ve kararlar
transparency-chart-speed = Karara kadar geçen süre (saat)
transparency-breakdown = Dağılım
transparency-chart-notices-category = Kategoriye göre bildirimler
transparency-chart-decisions-action = İşleme göre kararlar
transparency-chart-decisions-category = Kategoriye göre kararlar
transparency-chart-ground = Dayanağa göre kararlar
transparency-chart-source = Kaynağa göre bildirimler
transparency-appeals-title = İtirazlar
transparency-chart-appeals = İtiraz sonuçları
transparency-chart-appeals-time = Zaman içinde itirazlar ve geri almalar
transparency-appeals-upheld = Kabul edilen
transparency-appeals-rejected = Reddedilen
transparency-appeals-open = Açık
transparency-orders = Yasal emirler ve tarama
transparency-chart-orders = Bölgeye göre yasal emirler
transparency-screening-flagged = Taramanın işaretlediği
transparency-screening-decided = İncelenen
transparency-screening-confirmed = Doğrulanan
transparency-screening-precision = Kesinlik
transparency-none = Bu dönemde hiçbir şey yok.
transparency-yes = Evet
transparency-no = Hayır
transparency-log = Karar kaydı
transparency-log-intro = Bildirenlerin, içerik üreticilerinin ya da moderatörlerin verileri olmadan her karar.
transparency-log-date = Tarih
transparency-log-action = Karar
transparency-log-category = Kategori
transparency-log-ground = Dayanak
transparency-log-content = İçerik
transparency-log-detected = Otomatik tespit
transparency-log-automated = Otomatik karar
transparency-log-scope = Nerede
transparency-log-source = Kaynak
transparency-log-reversed = Geri alındı
transparency-log-more = Daha fazla karar
transparency-log-empty = Henüz karar yok.
chart-show-table = Rakamları tablo olarak göster
chart-summary-line = { $from } ile { $to } arası. Toplamlar: { $totals }
chart-period = Dönem
chart-item = Öge
chart-value = Sayı
notif-statement = İçeriğin hakkında bir moderasyon kararı verildi. Nedenini ve nasıl itiraz edeceğini oku.
notif-report_outcome = Gönderdiğin bir bildirim hakkında karar verildi.

## Moderation: more codes from the server
action-hold = İnceleme için bekletildi
action-reversed = İtiraz üzerine geri alındı
action-upheld_decision = İtiraz üzerine onaylandı
action-appeal_upheld = İtiraz kabul edildi
action-appeal_rejected = İtiraz reddedildi
notice-source-account = Bir hesaptan bildirim
notice-source-anonymous = Hesapsız bildirim (DSA md. 16)
notice-source-screening = Otomatik tarama
notice-source-fingerprint = Kaldırılan içerikle eşleşme
notice-source-legal_order = Yasal emir
source-complaint = Bir itiraz
statement-scope-eea = AB ve AEA (30 ülke)
statement-regions = Bölgeler
statement-reference = Emir referansı
statement-outcome-heading = { $action } · { $date }
error-already_decided = Buna zaten karar verildi.
error-appeal_open = Bu karar için zaten açık bir itiraz var.
error-appeal_closed = Bu karara artık itiraz edilemez.
error-account_suspended = Hesabın askıya alındığı için bunu şu anda yapamazsın.
error-account_terminated = Hesabın kapatıldı.
error-not_moderator = Bu bölgenin moderatörü değilsin.
video-withheld-own = Videon şu yerlerde erişime kapalı: { $places }. Bu bildirimi yalnızca sen görürsün.
item-restrictions = Geçerli kısıtlamalar

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Devam etmek için giriş yap
signin-sheet-intro = Beğenmek, yorum yapmak, takip etmek ve sana özel bir akış için giriş yap.
feed-caught-up = Hepsini izledin
feed-caught-up-hint = Şimdilik tüm klipleri gördün. Keşfet'te daha fazlasını bul.
feed-explore = Keşfet
clip-creator-profile = { $handle } profili
unfollow-handle = { $handle } takibini bırak
clip-progress = Oynatma konumu
clip-progress-value = { $at } / { $length }
video-edit = Videoyu düzenle
video-edit-save = Kaydet
video-edit-done = Değişiklikler kaydedildi
video-delete = Videoyu sil
video-delete-confirm = Bu video kalıcı olarak silinsin mi? Yorumları ve beğenileri de silinir.
video-delete-done = Video silindi
back = Geri
cancel = İptal
discover-trending = Şu an gündemde
discover-trending-tags = Gündemdeki etiketler

## How the feed works: its stages and parameters
algo-stage-events = Akış nelerden öğrenir
algo-stage-model = Zevk modeli
algo-stage-candidates = Adaylar nereden gelir
algo-stage-exploration = Yeni videolara bir şans
algo-stage-ranking = Sıralama
algo-stage-filters = Neler elenir
algo-stage-diversity = Çeşitlilik
algo-stage-non_personalized = Kişiselleştirilmemiş akış
algo-technical = Teknik açıklama (İngilizce)
algo-param-bias-learning-rate = Bir videonun kendi çekiciliğinin ne kadar hızlı öğrenildiği
algo-param-expiry-secs = Şu kadar süre işlem görmezse unutulur
algo-param-history-len = Hesaba katılan son izlemeler
algo-param-history-weight = Son izlemelerin ağırlığı
algo-param-init-scale = Yeni satırların başlangıç yayılımı
algo-param-item-min-count = Bir videonun kendi satırını almadan önceki etkileşim sayısı
algo-param-learning-rate = Zevklerin ne kadar hızlı öğrenildiği
algo-param-margin = Beğenilen ve geçilen videolar arasındaki pay
algo-param-negative-trials = Karşı örnek ararken denenen videolar
algo-param-negatives-per-positive = Her olumlu sinyal başına karşı örnek
algo-param-regularization = Düzenlileştirme (modelin aşırı uyum yapmasını önler)
algo-param-seed = Rastgele tohum (tekrarlanabilirlik için)
algo-param-max-age-hours = Yeni videolar şu süre keşfedilir
algo-param-min-completion-rate = Sonuna kadar izlenme oranı en az
algo-param-min-engagement-rate = Görüntülenme başına beğeni, yorum ve paylaşım en az
algo-param-slots-per-page = Sayfa başına yeni video yeri
algo-param-stages = Test aşamalarındaki kitle büyüklükleri
algo-param-freshness-hours = Bir video şu süre yeni sayılır
algo-param-trending-half-life-hours = Gündem şu süreden sonra yarı ağırlıkta sayılır
algo-param-weights = Sıralama puanının ağırlıkları
algo-param-engagement = Beklenen etkileşim
algo-param-exploration = Keşif
algo-param-following = Takip ettiğin hesaplar
algo-param-freshness = Yenilik
algo-param-trending = Gündem
algo-param-creator-spacing = Aynı içerik üreticisi tekrar gelmeden önceki klip sayısı
algo-param-sound-spacing = Aynı ses tekrar gelmeden önceki klip sayısı
algo-param-catalog-videos = Katalogdaki videolar
algo-param-viewers-with-state = Modelin tanıdığı izleyiciler

tile-views = { $count ->
    [one] { $count } görüntülenme
   *[other] { $count } görüntülenme
}

## Long press: speed
clip-options = Seçenekler
speed-title = Oynatma hızı
speed-normal = Normal
speed-value = { $rate }×
speed-set = { $rate }× hızında oynatılıyor

## Upload: preview, cover, draft
upload-preview = Klibinin önizlemesi
upload-cover = Kapak
upload-cover-hint = Klip başlamadan önce insanların gördüğü kareye kaydır.
upload-draft-restored = Taslağın geri geldi: açıklama ve ayarlar bıraktığın gibi.
error-invalid_cover = Kapak, klibin bir anı olmalı.

# Captions and profile photos
clip-captions-on = Altyazıları aç
clip-captions-off = Altyazıları kapat
captions-on = Altyazılar açık
captions-off = Altyazılar kapalı
captions-title = Altyazılar
captions-file = Altyazı dosyası (.vtt)
captions-hint = Her dil için bir WebVTT dosyası. Tüm altyazılar klibin süresi içinde kalmalı.
captions-language = Altyazı dili
captions-add = Altyazı ekle
captions-remove = { $language } altyazıları kaldır
captions-remove-short = Kaldır
captions-none = Henüz altyazı yok.
captions-added = { $language } altyazılar eklendi.
captions-removed = { $language } altyazılar kaldırıldı.
captions-failed = Klibin paylaşıldı ama altyazılar eklenemedi: { $reason } Onları klibin düzenleme panelinden ekleyebilirsin.
captions-pick-file = Önce bir .vtt dosyası seç.
error-invalid_webvtt = Bu geçerli bir WebVTT altyazı dosyası değil.
error-invalid_language = Altyazıların dilini seç.
profile-photo-choose = Profil fotoğrafı
profile-photo-hint = JPEG, PNG veya WebP, en fazla 8 MB. Kare olarak kırpılır; nerede ve neyle çekildiği bilgisi silinir.
profile-photo-remove = Fotoğrafı kaldır
profile-photo-type = JPEG, PNG veya WebP biçiminde bir resim seç.
profile-edit-save = Profili kaydet
profile-edit-done = Profil kaydedildi.
error-invalid_photo = Bu dosya okunabilen bir resim değil.
error-photo_too_small = Fotoğraf çok küçük: her kenarı en az 64 piksel olan bir fotoğraf seç.
error-photo_too_large = Fotoğraf çok büyük: her kenarı en fazla 8.192 piksel olabilir.
error-invalid_crop = Fotoğrafın saklanacak kısmı, fotoğrafın içinde bir kare olmalı.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Diğer sunucular
fed-intro = ActivityPub kullanan diğer sunuculardaki, örneğin diğer Spool sunucularındaki kişileri takip et. Videoları Takip edilenler akışında görünür.
fed-teen = Genç hesapları bu sunucuda kalır: diğer sunuculardaki hesapları takip edemez ve oradan takip edilemez.
fed-address = Başka bir sunucudaki adres
fed-address-hint = ad@sunucu biçiminde, örneğin alex@example.org
fed-follow = Takip et
fed-address-invalid = Adresi ad@sunucu biçiminde gir, örneğin alex@example.org.
fed-address-local = Bu hesap bu sunucuda: onu profilinden takip et.
fed-not-found = { $handle } hesabı bulunamadı. Adresi kontrol et.
fed-requested = { $handle } hesabına takip isteği gönderildi.
fed-following = Orada takip ettiğin hesaplar
fed-following-empty = Henüz başka bir sunucuda kimseyi takip etmiyorsun.
fed-pending = İstek gönderildi
fed-followers = Oradaki takipçilerin
fed-followers-empty = Henüz başka bir sunucudan seni takip eden yok.
fed-wants-to-follow = Seni takip etmek istiyor
fed-unfollow = Takibi bırak
fed-accept = Kabul et
fed-accept-label = { $handle } hesabının takip isteğini kabul et
fed-decline = Reddet
fed-decline-label = { $handle } hesabının takip isteğini reddet
fed-remove = Kaldır
fed-remove-label = { $handle } hesabını takipçilerinden kaldır
fed-accepted = { $handle } artık seni takip ediyor.
fed-declined = { $handle } hesabının isteğini reddettin.
fed-removed = { $handle } artık seni takip etmiyor.
fed-from = Kaynak: { $host }
fed-open = { $host } üzerinde aç
fed-cannot-play = Bu video burada oynatılamıyor.
comment-remote-remove = { $handle } kullanıcısının yanıtını kaldır
fed-shared-by = { $handle } paylaştı
reason-remote_instance = { $host } sunucusundan; buradakilerin hesap takip ettiği bir sunucu
fed-like = Beğen
