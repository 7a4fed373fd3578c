# متن‌های رابط کاربری Spool: فارسی (Project Fluent). همان پیام‌های en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — ویدیوهای کوتاه
app-description = ویدیوهای کوتاه را ببینید، بسازید و به اشتراک بگذارید. داده‌های شما در منطقهٔ خانگی‌تان می‌ماند.
skip-to-content = رفتن به محتوا
loading = در حال بارگیری…
noscript = ‏Spool برای پخش ویدیو به JavaScript نیاز دارد. لطفاً آن را روشن کنید یا مستقیماً از API استفاده کنید.
assets-missing = کلاینت وب در این سرور ساخته نشده است. آن را با «npm ci && npm run build» در پوشهٔ web/ بسازید و سپس Spool را دوباره بسازید.
title-page = { $page } · Spool
title-not-found = پیدا نشد · Spool
not-found = این صفحه وجود ندارد.
close = بستن

## Navigation
nav-label = منوی اصلی
nav-home = خانه
nav-discover = کاوش
nav-upload = بارگذاری
nav-inbox = صندوق
nav-profile = نمایه
nav-unread = { $count ->
    [one] { $count } اعلان خوانده‌نشده
   *[other] { $count } اعلان خوانده‌نشده
}

## Feed
feed-tabs = فیدها
feed-for-you = برای شما
feed-following = دنبال‌شده‌ها
feed-personalized = شخصی‌سازی‌شده
feed-mode-hint = وقتی خاموش است، فید از نمایه‌سازی استفاده نمی‌کند: آنچه در منطقه و زبان شما محبوب و تازه است را نشان می‌دهد.
feed-mode-personalized = فید شخصی‌سازی‌شده روشن است
feed-mode-non-personalized = فید شخصی‌سازی‌شده خاموش است: هیچ نمایه‌سازی‌ای انجام نمی‌شود
feed-empty = هنوز چیزی برای دیدن نیست. اولین کلیپ را بارگذاری کنید یا چیزی جست‌وجو کنید.
feed-following-empty = کلیپ تازه‌ای از حساب‌هایی که دنبال می‌کنید نیست.
feed-login = برای دیدن کلیپ‌های حساب‌هایی که دنبال می‌کنید وارد شوید.
feed-unavailable = فید هنوز در این سرور در دسترس نیست. جست‌وجو یا یک نمایه را امتحان کنید.
video-title = ویدیو
video-processing = در حال پردازش…
video-failed = پردازش ناموفق بود
clip-video-label = ویدیوی { $handle }
clip-loading = ویدیو در حال بارگیری است
clip-unmute = روشن کردن صدا
clip-mute = خاموش کردن صدا
clip-play = پخش
clip-pause = توقف
clip-actions = کارها برای ویدیوی { $handle }
clip-like = { $count ->
    [one] پسندیدن ({ $count } پسند)
   *[other] پسندیدن ({ $count } پسند)
}
clip-comments = { $count ->
    [one] نظرها ({ $count } نظر)
   *[other] نظرها ({ $count } نظر)
}
clip-share = { $count ->
    [one] هم‌رسانی ({ $count } هم‌رسانی)
   *[other] هم‌رسانی ({ $count } هم‌رسانی)
}
clip-more = گزینه‌های بیشتر
clip-sound = صدای اصلی – { $handle }
clip-duet-of = دوئت: دیدن اصل ویدیو
clip-stitch-of = استیچ: دیدن اصل ویدیو
follow-handle = دنبال کردن { $handle }
follow-requested = درخواست شد
follow-done = اکنون { $handle } را دنبال می‌کنید
unfollow-done = دیگر { $handle } را دنبال نمی‌کنید
login-needed = اول وارد شوید.
share-title = هم‌رسانی
share-link = پیوند این ویدیو
share-copy = رونوشت پیوند
share-copied = پیوند رونوشت شد
not-interested = علاقه‌ای ندارم
not-interested-done = متوجه شدیم: کلیپ‌های کمتری مثل این خواهید دید.
open-sound = باز کردن صدا
make-duet = ساختن دوئت
make-stitch = ساختن استیچ از این ویدیو
why-title = چرا این ویدیو؟
why-none = این کلیپ مستقیماً باز شده و فید آن را انتخاب نکرده است.
why-explainer = فید کلیپ‌ها را با قواعد منتشرشده انتخاب می‌کند. هر زمان بخواهید می‌توانید شخصی‌سازی را خاموش کنید.
algorithm-link = فید چگونه کار می‌کند

## Reasons
reason-follows_creator = { $handle } را دنبال می‌کنید
reason-topic = کلیپ‌هایی دربارهٔ { $hashtag } تماشا می‌کنید
reason-similar_to_liked = شبیه کلیپ‌هایی که پسندیده‌اید
reason-taste_match = با آنچه معمولاً تماشا می‌کنید جور است
reason-trending_region = محبوب در منطقهٔ شما ({ $region })
reason-trending_language = محبوب در زبان شما ({ $language })
reason-new_video_test_audience = کلیپی تازه که به گروه آزمایشی کوچکی نشان داده می‌شود
reason-fresh = تازه منتشر شده
reason-sound = از صدای «{ $sound }» استفاده می‌کند
reason-seen_before = همه کلیپ‌های جدید را دیده‌اید؛ این یکی را دوباره ببینید

## Comments
comments-title = { $count ->
    [one] { $count } نظر
   *[other] { $count } نظر
}
comments-empty = هنوز نظری نیست. اولین نفر باشید.
comments-more = نظرهای بیشتر
comments-off = نظرها برای این ویدیو خاموش است.
comment-add = افزودن نظر
comment-send = فرستادن
comment-sent = نظر منتشر شد
comment-reply = پاسخ
comment-reply-to = پاسخ به { $handle }
comment-cancel-reply = لغو پاسخ
comment-replies = { $count ->
    [one] دیدن { $count } پاسخ
   *[other] دیدن { $count } پاسخ
}
comment-like = { $count ->
    [one] پسندیدن نظر ({ $count } پسند)
   *[other] پسندیدن نظر ({ $count } پسند)
}
comment-pinned = سنجاق‌شده
comment-login = برای نظر دادن وارد شوید

## Reports
report = گزارش
report-intro = بگویید چه مشکلی هست. یک ناظر هر گزارش را بررسی می‌کند و پاسخ خواهید گرفت.
report-category = دلیل
report-note = جزئیات (اختیاری)
report-note-hint = ناظر به چه چیزی باید نگاه کند؟
report-send = فرستادن گزارش

## Upload
upload-title = بارگذاری
upload-file = پروندهٔ ویدیو
upload-file-hint = از ۱ ثانیه تا ۱۰ دقیقه. بارگذاری بی‌درنگ آغاز می‌شود و اگر اتصال قطع شود ادامه می‌یابد.
upload-progress-label = پیشرفت بارگذاری
upload-progress = { $percent }٪ ({ $sent } از { $total } بایت)
upload-done = بارگذاری کامل شد
upload-error = بارگذاری ناموفق بود. دوباره تلاش کنید.
upload-pause = توقف
upload-resume = ادامه
upload-caption = توضیح
upload-caption-hint = برای هشتگ # و برای نام بردن از کسی @ بنویسید.
upload-visibility = چه کسی می‌تواند ببیند
visibility-public = همه
visibility-followers = دنبال‌کنندگان
visibility-private = فقط من
upload-allow = به دیگران اجازه بده
upload-allow-comments = نظر بدهند
upload-allow-duet = دوئت بسازند
upload-allow-stitch = استیچ بسازند
upload-sound = صدا (اختیاری)
upload-sound-search = جست‌وجوی صدا
upload-sound-none = کلیپ شما صدای خودش را نگه می‌دارد.
upload-sound-chosen = صدا: { $title }
upload-sound-clear = استفاده از صدای خودم
upload-duet = دوئت با { $handle }
upload-stitch = استیچ از ویدیوی { $handle }
upload-post = انتشار
upload-pick-first = اول یک پروندهٔ ویدیو انتخاب کنید.
upload-waiting = در حال پایان دادن به بارگذاری…
upload-processing = ویدیوی شما در حال پردازش است… تقریباً به اندازهٔ طول کلیپ طول می‌کشد.
upload-ready = ویدیوی شما آماده است!
upload-watch = تماشا
upload-to-profile = رفتن به نمایهٔ شما
suggestions = پیشنهادها
suggestions-count = { $count ->
    [one] { $count } پیشنهاد. با کلیدهای جهت‌نمای بالا و پایین انتخاب کنید.
   *[other] { $count } پیشنهاد. با کلیدهای جهت‌نمای بالا و پایین انتخاب کنید.
}

## Profiles, hashtags, sounds
profile-not-found = این حساب وجود ندارد.
profile-edit = ویرایش نمایه
profile-follow = دنبال کردن
profile-following = دنبال می‌کنید
profile-private = خصوصی
profile-private-body = این حساب خصوصی است. برای دیدن ویدیوهایش آن را دنبال کنید.
profile-following-count = دنبال‌شونده
profile-followers-count = دنبال‌کننده
profile-likes-count = پسند
profile-videos-count = ویدیو
profile-videos = ویدیوها
profile-empty = هنوز ویدیویی نیست.
profile-empty-own = هنوز چیزی منتشر نکرده‌اید. کلیپ‌های شما اینجا نمایش داده می‌شوند.
tile-label = { $caption } — از { $handle }
tile-label-plain = ویدیوی { $handle }
hashtag-count = { $count ->
    [one] { $count } ویدیو
   *[other] { $count } ویدیو
}
hashtag-empty = هنوز ویدیوی عمومی‌ای با این هشتگ نیست.
sound-title = صدا
sound-listen = گوش دادن به { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } ویدیو
   *[other] { $count } ویدیو
}
sound-use = استفاده از این صدا
sound-original = ویدیوی اصلی
sound-sort = مرتب‌سازی ویدیوها
sound-newest = تازه‌ترین
sound-popular = محبوب
sound-empty = هنوز هیچ ویدیویی از این صدا استفاده نکرده است.

## Search
search-title = کاوش
search-label = جست‌وجو
search-placeholder = جست‌وجوی حساب، ویدیو، #هشتگ، صدا
search-submit = جست‌وجو
search-types = چه چیزی جست‌وجو شود
search-videos = ویدیوها
search-accounts = حساب‌ها
search-hashtags = هشتگ‌ها
search-sounds = صداها
search-results = نتایج
search-hint = یک واژه، یک #هشتگ یا یک @نام‌کاربری بنویسید.
search-empty = چیزی برای «{ $query }» پیدا نشد.
search-followers = { $count ->
    [one] { $count } دنبال‌کننده
   *[other] { $count } دنبال‌کننده
}

## Inbox
inbox-title = صندوق
inbox-requests = درخواست‌های دنبال کردن
inbox-activity = فعالیت
inbox-empty = هنوز اعلانی نیست.
inbox-unread = خوانده‌نشده:
request-accept = پذیرفتن
request-decline = رد کردن
request-accepted = اکنون { $handle } می‌تواند ویدیوهای شما را ببیند
request-declined = درخواست { $handle } رد شد
notif-like = { $count ->
    [one] { $actor } ویدیوی شما را پسندید
   *[other] { $count } نفر ویدیوی شما را پسندیدند
}
notif-comment = { $others ->
    [0] { $actor } برای ویدیوی شما نظر گذاشت
   *[other] { $actor } و { $others } نفر دیگر برای ویدیوی شما نظر گذاشتند
}
notif-reply = { $actor } به نظر شما پاسخ داد
notif-mention = { $actor } از شما نام برد
notif-follow = { $count ->
    [one] { $actor } شما را دنبال کرد
   *[other] { $count } دنبال‌کنندهٔ تازه
}
notif-follow_request = { $actor } درخواست کرد شما را دنبال کند
notif-follow_accepted = { $actor } درخواست دنبال کردن شما را پذیرفت
notif-comment_like = { $others ->
    [0] { $actor } نظر شما را پسندید
   *[other] { $actor } و { $others } نفر دیگر نظر شما را پسندیدند
}
notif-duet = { $actor } با ویدیوی شما دوئت ساخت
notif-stitch = { $actor } از ویدیوی شما استیچ ساخت

## Settings
settings-title = تنظیمات
settings-save = ذخیره
settings-saved = ذخیره شد
settings-profile = نمایه
settings-privacy = حریم خصوصی
settings-private = حساب خصوصی
settings-private-hint = فقط دنبال‌کنندگانی که تأیید می‌کنید ویدیوهای شما را می‌بینند.
settings-who-comment = چه کسی می‌تواند برای ویدیوهای شما نظر بگذارد
settings-who-duet = چه کسی می‌تواند با ویدیوهای شما دوئت بسازد
settings-who-stitch = چه کسی می‌تواند از ویدیوهای شما استیچ بسازد
policy-everyone = همه
policy-followers = دنبال‌کنندگان
policy-nobody = هیچ‌کس
settings-liked-public = نمایش ویدیوهایی که پسندیده‌ام در نمایه‌ام
settings-teen = حساب شما حساب نوجوان است: برخی تنظیمات سخت‌گیرانه‌ترند.
settings-feed = فید
settings-reset-recommendations = بازنشانی پیشنهادهای من
settings-reset-done = پیشنهادهای شما بازنشانی شد.
settings-language = زبان
settings-language-label = زبان رابط کاربری
settings-language-hint = به‌طور پیش‌فرض Spool از زبان مرورگر شما پیروی می‌کند.
settings-data = داده‌های شما
settings-data-intro = هرچه Spool دربارهٔ شما نگه می‌دارد را بارگیری کنید و ببینید کدام کارکنان آن را دیده‌اند و چرا.
settings-export = بارگیری داده‌های من
settings-region = منطقهٔ خانگی
settings-region-now = داده‌های شما در اینجا نگهداری می‌شود: { $region }
settings-region-intro = داده‌های شخصی شما فقط در منطقهٔ خانگی‌تان است. می‌توانید آن‌ها را به منطقهٔ دیگری ببرید.
settings-move-to = منطقهٔ خانگی تازه
settings-move = انتقال داده‌های من
settings-move-confirm = همهٔ داده‌های شخصی شما به { $region } منتقل شود؟
settings-move-done = داده‌های شما منتقل شد.
settings-account = حساب
settings-signed-in = وارد شده به‌عنوان { $handle }
settings-logout = خروج
settings-delete = حذف حساب
settings-delete-intro = این کار حساب، ویدیوها و همهٔ داده‌های شما را برای همیشه حذف می‌کند. برگشت‌پذیر نیست.
settings-delete-confirm = حساب شما و هرچه در آن است برای همیشه حذف شود؟
settings-sessions = نشست‌ها
settings-sessions-intro = دستگاه‌هایی که در آن‌ها وارد شده‌اید. از آن‌هایی که نمی‌شناسید خارج شوید.
settings-sessions-logout-others = خروج از همهٔ جاهای دیگر
settings-sessions-ended = { $count ->
    [one] از { $count } نشست دیگر خارج شدید.
   *[other] از { $count } نشست دیگر خارج شدید.
}
session-device = { $browser } روی { $os }
session-device-unknown = دستگاه ناشناخته
session-current = این دستگاه
session-times = ورود { $created } · آخرین فعالیت { $used }
session-logout = خروج
session-logout-label = خروج از { $device }
settings-password = تغییر گذرواژه
settings-password-done = گذرواژهٔ شما تغییر کرد. از همهٔ نشست‌های دیگر خارج شدید.
field-current-password = گذرواژهٔ کنونی
field-new-password = گذرواژهٔ تازه
access-title = دسترسی به داده‌های من
access-intro = هر بار که یکی از کارکنان داده‌های شخصی شما را باز کند، با توجیهی مکتوب ثبت می‌شود. این فهرست کامل است.
access-empty = هیچ‌یک از کارکنان به داده‌های شما دسترسی نداشته است.
access-unavailable = گزارش دسترسی هنوز در این سرور در دسترس نیست.
access-when = کی
access-staff = کارمند
access-role = نقش
access-action = چه کرد
access-justification = توجیه
access-reference = شمارهٔ مرجع
algorithm-title = فید چگونه کار می‌کند
algorithm-intro = فید «برای شما»ی Spool برای بررسی باز است: کد، وزن‌ها و دلیل نمایش هر کلیپ منتشر شده‌اند.
algorithm-sources = نامزدها از حساب‌هایی که دنبال می‌کنید، کلیپ‌های شبیه آنچه پسندیده‌اید، آنچه در منطقه و زبان شما محبوب است و کلیپ‌های تازه‌ای که به گروه آزمایشی کوچکی نشان داده می‌شوند می‌آیند.
algorithm-signals = از کارهای شما یاد می‌گیرد: چقدر تماشا می‌کنید، تکرارها، رد کردن‌ها، پسندها، هم‌رسانی‌ها، نظرها، دنبال کردن‌ها و «علاقه‌ای ندارم».
algorithm-filters = آنچه دیده‌اید، حساب‌های مسدودشده و ویدیوهای حذف‌شده را کنار می‌گذارد و موضوع‌ها و سازندگان را در هم می‌آمیزد.
algorithm-control = می‌توانید شخصی‌سازی را خاموش کنید، آموخته‌هایش را بازنشانی کنید و در هر کلیپ بپرسید «چرا این ویدیو؟».
algorithm-published = توضیح منتشرشده
algorithm-unavailable = توضیح منتشرشده هنوز در این سرور در دسترس نیست.

## Log in and sign up
login-title = ورود
login-submit = ورود
login-no-account = هنوز حساب ندارید؟
signup-title = ثبت‌نام
signup-intro = داده‌های شخصی شما فقط در منطقهٔ خانگی‌ای که انتخاب می‌کنید نگهداری می‌شود.
signup-submit = ساختن حساب
signup-have-account = حساب دارید؟
field-handle = نام کاربری
field-handle-hint = ۲ تا ۲۴ حرف، رقم، _ یا .
field-display-name = نام نمایشی (اختیاری)
field-password = گذرواژه
field-password-hint = دست‌کم ۸ نویسه.
field-birth-date = تاریخ تولد
field-birth-date-hint = باید دست‌کم ۱۳ ساله باشید. حساب‌های زیر ۱۸ سال به‌طور پیش‌فرض خصوصی‌اند.
field-region = منطقهٔ خانگی
field-region-hint = جایی که داده‌های شخصی شما نگهداری می‌شود.
field-email = رایانامه (اختیاری)
field-email-hint = فقط برای کمک به بازیابی حساب شما به کار می‌رود.
field-bio = دربارهٔ من

## Errors
error-network = به سرور دسترسی نیست. اتصال خود را بررسی کنید.
error-internal = مشکلی پیش آمد. دوباره تلاش کنید.
error-unauthenticated = اول وارد شوید.
error-invalid_credentials = نام کاربری یا گذرواژه نادرست است.
error-too_young = برای استفاده از Spool باید دست‌کم ۱۳ ساله باشید.
error-csrf_rejected = نشست شما منقضی شد. صفحه را دوباره بارگیری کنید.
error-forbidden = اجازهٔ این کار را ندارید.
error-comments_off = نظرها برای این ویدیو خاموش است.
error-remix_off = سازنده اجازهٔ این کار را نمی‌دهد.
error-not_found = پیدا نشد.
error-handle_taken = این نام کاربری قبلاً گرفته شده است.
error-rate_limited = تلاش‌ها بیش از حد است. کمی صبر کنید و دوباره تلاش کنید.
error-invalid_handle = از ۲ تا ۲۴ حرف، رقم، _ یا . استفاده کنید
error-handle_reserved = این نام کاربری رزرو شده است.
error-invalid_password = گذرواژه باید ۸ تا ۱۲۸ نویسه باشد.
error-invalid_email = این نشانی رایانامه درست به نظر نمی‌رسد.
error-invalid_birth_date = یک تاریخ تولد معتبر وارد کنید.
error-invalid_display_name = نام نمایشی حداکثر ۵۰ نویسه است.
error-invalid_bio = «دربارهٔ من» حداکثر ۱۶۰ نویسه است.
error-invalid_caption = توضیح حداکثر ۲٬۲۰۰ نویسه است.
error-invalid_comment = هر نظر ۱ تا ۵۰۰ نویسه است.
error-unknown_region = یکی از منطقه‌های فهرست را انتخاب کنید.
error-empty_file = پرونده خالی است.
error-not_media = این پرونده ویدیو نیست.
error-no_video_stream = این پرونده تصویر ویدیویی ندارد.
error-still_image = این یک تصویر ثابت است، نه ویدیو.
error-too_short = ویدیو خیلی کوتاه است (دست‌کم ۱ ثانیه).
error-too_long = ویدیو خیلی بلند است (حداکثر ۱۰ دقیقه).
error-too_large = ویدیو خیلی بزرگ است.
error-unsupported_codec = این قالب ویدیو پشتیبانی نمی‌شود.
error-transcode_failed = پردازش ویدیو ممکن نشد.
error-wrong_password = گذرواژهٔ کنونی نادرست است.
error-quota_exceeded = فضای ذخیره‌سازی شما پر است. برای باز کردن جا، ویدیوها یا بارگذاری‌های ناتمام را حذف کنید.
error-bad_request = درخواست خوانده نشد.

## Moderation: reports
report-title-video = گزارش این ویدیو
report-title-comment = گزارش این نظر
report-title-account = گزارش این حساب
report-category-choose = یک دلیل انتخاب کنید
report-category-hate_speech = سخن نفرت‌پراکن
report-category-harassment = آزار و قلدری
report-category-violent_extremism = افراط‌گرایی خشونت‌آمیز
report-category-disinformation = اطلاعات گمراه‌کننده و اطلاعات نادرست
report-category-child_safety = ایمنی کودکان
report-category-self_harm = آسیب به خود و اختلال‌های خوردن
report-category-illegal_goods = کالاها و خدمات غیرقانونی
report-category-scams = کلاهبرداری
report-category-spam = هرزنامه
report-category-intellectual_property = مالکیت فکری
report-category-other = چیز دیگری
report-dsa-legend = دربارهٔ شما
report-dsa-intro = وارد نشده‌اید، پس این اطلاعیه‌ای بر پایهٔ مادهٔ ۱۶ قانون خدمات دیجیتال اتحادیهٔ اروپا است. برای رسیدگی به نام و نشانی رایانامهٔ شما نیاز داریم؛ هرگز به کسی که گزارشش را می‌دهید گفته نمی‌شود شما که هستید.
report-name = نام شما
report-email = نشانی رایانامهٔ شما
report-email-hint = نتیجه را به اینجا می‌فرستیم.
report-good-faith = با حسن نیت باور دارم که اطلاعات این اطلاعیه درست و کامل است.
report-login-instead = حساب دارید؟
report-sent = سپاس. گزارش شما فرستاده شد و یک ناظر آن را بررسی خواهد کرد.
report-duplicate = این را قبلاً گزارش کرده‌اید. گزارش پیشین شما همچنان معتبر است؛ نیازی به فرستادن دوباره نیست.
report-receipt-intro = این رسید را نگه دارید: با آن می‌توانید ببینید چه تصمیمی گرفته شد.
report-receipt = رسید شما
report-receipt-hint = شمارهٔ گزارش { $id }
report-receipt-copy = رونوشت رسید
report-receipt-copied = رسید رونوشت شد.
report-check-later = بعداً این گزارش را بررسی کنید
report-follow-up = از نتیجه باخبر خواهید شد. همچنین می‌توانید آن را اینجا دنبال کنید:
report-outcome = تصمیم در { $date }: { $action }
report-outcome-policy = قاعدهٔ اعمال‌شده: { $policy }
report-state-open = در انتظار بررسی
report-state-decided = تصمیم گرفته شد
comment-report = گزارش نظر { $handle }
profile-report = گزارش
profile-withheld = این حساب در جایی که هستید در دسترس نیست.
label-panel = اطلاعات
label-more = بیشتر بدانید
video-age-restricted = دارای محدودیت سنی
video-held = نگه‌داشته‌شده
video-held-own = ویدیوی شما نگه داشته شده است: با محتوایی که پیش‌تر حذف شده مطابقت دارد. یک ناظر آن را بررسی خواهد کرد.
video-removed-own = ویدیوی شما را یک ناظر حذف کرد. این اعلان را فقط شما می‌بینید.
video-reduced-own = پس از یک تصمیم نظارتی، ویدیوی شما در فیدها پیشنهاد نمی‌شود. این اعلان را فقط شما می‌بینید.
video-withheld = این ویدیو در جایی که هستید در دسترس نیست.
status-link = ببینید چرا و چگونه اعتراض کنید

## Moderation: actions, targets, grounds
action-no_violation = بدون تخلف
action-remove = حذف شد
action-age_restrict = دارای محدودیت سنی
action-restrict_regions = در برخی منطقه‌ها محدود شد
action-label = برچسب اطلاعاتی افزوده شد
action-reduce_distribution = کاهش پخش
action-suspend = حساب تعلیق شد
action-terminate = حساب بسته شد
target-video = ویدیو
target-comment = نظر
target-account = حساب
ground-illegal = محتوای غیرقانونی
ground-incompatible = مغایر با رهنمودهای جامعه
source-notice = اطلاعیه‌ای از کسی که آن را گزارش کرد
source-trusted-flagger = اطلاعیه‌ای از یک گزارش‌دهندهٔ معتمد
source-own-initiative = بررسی خود Spool
decision-reversed = لغو شد

## Account status and statements of reasons
status-title = وضعیت حساب
settings-status-intro = تصمیم‌ها دربارهٔ محتوای شما، اعتراض‌هایتان و گزارش‌هایی که فرستاده‌اید.
settings-about = دربارهٔ Spool
status-standing = حساب شما
status-good = حساب شما در وضعیت خوبی است.
status-suspended = حساب شما تعلیق شده است.
status-suspended-until = حساب شما تا { $date } تعلیق شده است.
status-terminated = حساب شما بسته شد. همچنان می‌توانید تصمیم‌ها را بخوانید و اعتراض کنید.
status-strikes = { $count ->
    [one] { $count } اخطار از { $threshold }
   *[other] { $count } اخطار از { $threshold }
}
status-strikes-hint = هر تصمیم علیه محتوای شما یک اخطار است. با رسیدن به سقف، حساب تعلیق می‌شود. اخطارهای قدیمی منقضی می‌شوند.
status-history = تصمیم‌های پیشین
status-statements = تصمیم‌ها و دلایلشان
status-statements-intro = برای هر تصمیم بیانیهٔ دلایل می‌فرستیم: چه تصمیمی گرفته شد، بر پایهٔ کدام قاعده و چگونه اعتراض کنید.
status-no-statements = تصمیمی دربارهٔ محتوای شما نیست.
status-my-reports = گزارش‌های من
status-no-reports = چیزی گزارش نکرده‌اید.
status-receipt-title = گزارش شما
statement-heading = { $action } · { $date }
statement-decision = تصمیم
statement-content = محتوا
statement-facts = آنچه یافتیم
statement-policy = قاعده
statement-ground-illegal = این محتوا را غیرقانونی می‌دانیم.
statement-ground-incompatible = این محتوا مغایر با رهنمودهای جامعهٔ ماست.
statement-legal-ground = مبنای قانونی: { $ground }
statement-policy-ground = رهنمود: { $ground }
statement-label = برچسب نمایش‌داده‌شده
statement-detection = چگونه پیدا شد
statement-detected-auto = با ابزارهای خودکار
statement-detected-human = بدون ابزارهای خودکار
statement-automated = چگونه تصمیم گرفته شد
statement-decided-auto = توسط یک سامانهٔ خودکار
statement-decided-human = توسط یک انسان، نه خودکار
statement-source = چه چیزی بررسی را آغاز کرد
statement-scope = کجا اعمال می‌شود
statement-scope-everywhere = همه‌جا
statement-duration = تا کی
statement-duration-until = از { $from } تا { $until }
statement-duration-open = از { $from }، بدون تاریخ پایان
statement-account-suspended = حساب شما تعلیق شد.
statement-account-terminated = حساب شما بسته شد.
statement-appeal = اعتراض
statement-appeal-until = تا { $date } می‌توانید اعتراض کنید. ناظر دیگری آن را بررسی می‌کند.
statement-appeal-possible = می‌توانید اعتراض کنید. ناظر دیگری آن را بررسی می‌کند.
statement-appeal-closed = دیگر نمی‌توان اینجا به این تصمیم اعتراض کرد. همچنان می‌توانید به یک نهاد دارای گواهی حل اختلاف خارج از دادگاه یا به دادگاه مراجعه کنید.
statement-appeal-open = اعتراض شما در حال بررسی است.
statement-appeal-upheld = اعتراض شما پذیرفته شد: تصمیم لغو شد.
statement-appeal-rejected = اعتراض شما بررسی شد و تصمیم پابرجاست.
statement-technical = جزئیات فنی (همان‌گونه که به پایگاه دادهٔ شفافیت اتحادیهٔ اروپا فرستاده شد)
appeal-text = چرا باید تصمیم تغییر کند؟
appeal-text-hint = توضیح دهید ناظر چه چیزی را ممکن است ندیده باشد. می‌توانید زمینه یا پیوند بیفزایید.
appeal-send = فرستادن اعتراض
appeal-sent = اعتراض شما فرستاده شد. ناظر دیگری آن را بررسی می‌کند و بیانیهٔ تازه‌ای دریافت خواهید کرد.
appeal-exists = برای این تصمیم یک اعتراض باز دارید.

## Moderator console
mod-title = نظارت
mod-region = منطقه
mod-region-hint = صف منطقه‌ای که بر آن نظارت می‌کنید.
mod-not-moderator = شما ناظر این منطقه نیستید.
queue-title = صف بررسی: { $region }
queue-refresh = تازه‌سازی
queue-empty = صف خالی است.
queue-count = { $count ->
    [one] { $count } مورد، فوری‌ترین اول
   *[other] { $count } مورد، فوری‌ترین‌ها اول
}
queue-kind-notice = اطلاعیه
queue-kind-appeal = اعتراض
queue-kind-match = تطابق
queue-severity = شدت
queue-notices = اطلاعیه‌ها
queue-reach = بازدیدها (۲۴ ساعت)
queue-detection = یافته‌شده توسط
queue-automated = تشخیص خودکار
queue-human = افراد
queue-due = مهلت { $time }
queue-overdue = دیرکرد: مهلت { $time } بود
queue-claimed-mine = به عهدهٔ شما؛ پایان { $time }
queue-claimed-other = به عهدهٔ ناظر دیگری
queue-claim = به عهده گرفتن
queue-claim-done = به عهده گرفته شد. در چند دقیقهٔ آینده از آن شماست.
queue-open = بررسی
item-title = بررسی
item-heading = بررسی: { $category }
item-back = بازگشت به صف
item-decided = تصمیم گرفته شد
item-context = محتوا
item-player = ویدیوی گزارش‌شده
item-caption = توضیح
item-sound = صدا
item-state = وضعیت
item-remixes = ریمیکس‌ها
item-none = هیچ
item-open-video = صفحهٔ ویدیو
item-open-video-link = باز کردن ویدیو
item-comment-text = نظر
item-comment-video = روی ویدیو
item-account = حساب
item-detection = تشخیص خودکار
item-notices = { $count ->
    [one] { $count } اطلاعیه
   *[other] { $count } اطلاعیه
}
item-history = تصمیم‌های پیشین دربارهٔ این حساب
item-history-none = تصمیم پیشینی نیست.
item-appeal = اعتراض
item-appeal-decision = تصمیم مورد اعتراض
decide-title = تصمیم
decide-action = اقدام
decide-policy = قاعده
decide-policy-category = قاعدهٔ کلی: { $category }
decide-legal-ground = مبنای قانونی: { $ground }
decide-facts = واقعیت‌ها
decide-facts-hint = آنچه یافتید، به زبان ساده. سازنده این را می‌خواند.
decide-restrict = کجا محدود شود
decide-restrict-hint = منطقه‌ها، کشورها یا هر دو را انتخاب کنید. دستور قانونی به شمارهٔ مرجعش نیاز دارد.
decide-regions = منطقه‌ها
decide-countries = کشورها
decide-countries-hint = کدهای دوحرفی کشور، جداشده با ویرگول (DE, AT).
decide-reference = شمارهٔ مرجع (دستور دادگاه یا مقام رسمی)
decide-reference-hint = اختیاری. به بینندگانی که نمی‌توانند محتوا را ببینند نشان داده می‌شود.
decide-restrict-empty = دست‌کم یک منطقه یا کشور انتخاب کنید.
decide-label = برچسب اطلاعاتی
decide-label-text = متن برچسب
decide-label-url = پیوند به اطلاعات بیشتر
decide-suspend = تعلیق
decide-days = روز
decide-days-hint = ۱ تا ۳۶۵.
decide-submit = تصمیم‌گیری
decide-done = تصمیم ثبت شد: { $action }. بیانیهٔ دلایل فرستاده شد.
appeal-decide-title = تصمیم‌گیری دربارهٔ اعتراض
appeal-outcome = نتیجه
appeal-outcome-upheld = پذیرفتن اعتراض
appeal-outcome-upheld-hint = تصمیم بی‌درنگ لغو می‌شود و محتوا یا حساب بازگردانده می‌شود.
appeal-outcome-rejected = رد اعتراض
appeal-outcome-rejected-hint = تصمیم پابرجا می‌ماند.
appeal-decide-submit = تصمیم‌گیری دربارهٔ اعتراض
appeal-decided-upheld = اعتراض پذیرفته شد: تصمیم لغو شد. بیانیهٔ تازه‌ای فرستاده شد.
appeal-decided-rejected = اعتراض رد شد: تصمیم پابرجاست. بیانیهٔ تازه‌ای فرستاده شد.
error-claimed = ناظر دیگری این مورد را به عهده گرفته است.
error-same_moderator = ناظری که تصمیم گرفته نمی‌تواند دربارهٔ اعتراض به آن تصمیم بگیرد.

## Transparency report
transparency-title = شفافیت
transparency-intro = نظارت در Spool چگونه کار می‌کند، به زبان اعداد: اطلاعیه‌ها، تصمیم‌ها، سرعت گرفتنشان، اعتراض‌ها و لغوها. هیچ دادهٔ شخصی‌ای نشان داده نمی‌شود.
transparency-region = منطقه
transparency-all-regions = همهٔ منطقه‌ها
transparency-period = دوره
transparency-period-days = ۳۰ روز گذشته، روزانه
transparency-period-weeks = ۱۲ هفتهٔ گذشته، هفتگی
transparency-period-months = ۱۲ ماه گذشته، ماهانه
transparency-range = { $from } تا { $to }
transparency-csv = بارگیری به‌صورت CSV
transparency-summary = در مجموع: { $region }
transparency-notices = اطلاعیه‌ها
transparency-decisions = تصمیم‌ها
transparency-median = زمان میانه تا تصمیم
transparency-p90 = صدک ۹۰
transparency-hours = { $hours } ساعت
transparency-hours-unit = ساعت
transparency-deadline-misses = مهلت‌های ازدست‌رفته
transparency-automated-detection = یافته‌شده با ابزارهای خودکار
transparency-automated-decision = تصمیم خودکار
transparency-suspensions = تعلیق‌ها
transparency-appeals = اعتراض‌ها
transparency-reversals = لغوها
transparency-over-time = در گذر زمان
transparency-chart-volume = اطلاعیه‌ها و تصمیم‌ها
transparency-chart-speed = زمان تا تصمیم (ساعت)
transparency-breakdown = تفکیک
transparency-chart-notices-category = اطلاعیه‌ها بر پایهٔ دسته
transparency-chart-decisions-action = تصمیم‌ها بر پایهٔ اقدام
transparency-chart-decisions-category = تصمیم‌ها بر پایهٔ دسته
transparency-chart-ground = تصمیم‌ها بر پایهٔ مبنا
transparency-chart-source = اطلاعیه‌ها بر پایهٔ منبع
transparency-appeals-title = اعتراض‌ها
transparency-chart-appeals = نتیجهٔ اعتراض‌ها
transparency-chart-appeals-time = اعتراض‌ها و لغوها در گذر زمان
transparency-appeals-upheld = پذیرفته‌شده
transparency-appeals-rejected = ردشده
transparency-appeals-open = باز
transparency-orders = دستورهای قانونی و غربالگری
transparency-chart-orders = دستورهای قانونی بر پایهٔ منطقه
transparency-screening-flagged = علامت‌خورده در غربالگری
transparency-screening-decided = بررسی‌شده
transparency-screening-confirmed = تأییدشده
transparency-screening-precision = دقت
transparency-none = در این دوره چیزی نیست.
transparency-yes = بله
transparency-no = خیر
transparency-log = گزارش تصمیم‌ها
transparency-log-intro = همهٔ تصمیم‌ها، بدون داده‌های گزارش‌دهندگان، سازندگان یا ناظران.
transparency-log-date = تاریخ
transparency-log-action = تصمیم
transparency-log-category = دسته
transparency-log-ground = مبنا
transparency-log-content = محتوا
transparency-log-detected = تشخیص خودکار
transparency-log-automated = تصمیم خودکار
transparency-log-scope = کجا
transparency-log-source = منبع
transparency-log-reversed = لغو شد
transparency-log-more = تصمیم‌های بیشتر
transparency-log-empty = هنوز تصمیمی نیست.
chart-show-table = نمایش اعداد به‌صورت جدول
chart-summary-line = از { $from } تا { $to }. مجموع: { $totals }
chart-period = دوره
chart-item = مورد
chart-value = شمار
notif-statement = دربارهٔ محتوای شما تصمیم نظارتی گرفته شد. بخوانید چرا و چگونه اعتراض کنید.
notif-report_outcome = دربارهٔ گزارشی که فرستادید تصمیم گرفته شد.

## Moderation: more codes from the server
action-hold = برای بررسی نگه داشته شد
action-reversed = با اعتراض لغو شد
action-upheld_decision = با اعتراض تأیید شد
action-appeal_upheld = اعتراض پذیرفته شد
action-appeal_rejected = اعتراض رد شد
notice-source-account = اطلاعیه از یک حساب
notice-source-anonymous = اطلاعیه بدون حساب (مادهٔ ۱۶ DSA)
notice-source-screening = غربالگری خودکار
notice-source-fingerprint = تطابق با محتوای حذف‌شده
notice-source-legal_order = دستور قانونی
source-complaint = یک اعتراض
statement-scope-eea = اتحادیهٔ اروپا و منطقهٔ اقتصادی اروپا (۳۰ کشور)
statement-regions = منطقه‌ها
statement-reference = شمارهٔ مرجع دستور
statement-outcome-heading = { $action } · { $date }
error-already_decided = دربارهٔ این قبلاً تصمیم گرفته شده است.
error-appeal_open = برای این تصمیم از پیش یک اعتراض باز هست.
error-appeal_closed = دیگر نمی‌توان به این تصمیم اعتراض کرد.
error-account_suspended = حساب شما تعلیق شده است، پس اکنون نمی‌توانید این کار را انجام دهید.
error-account_terminated = حساب شما بسته شده است.
error-not_moderator = شما ناظر این منطقه نیستید.
video-withheld-own = ویدیوی شما در این جاها در دسترس نیست: { $places }. این اعلان را فقط شما می‌بینید.
item-restrictions = محدودیت‌های کنونی

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = برای ادامه وارد شوید
signin-sheet-intro = وارد شوید تا بپسندید، نظر بدهید، دنبال کنید و فیدی ساخته‌شده برای خودتان داشته باشید.
feed-caught-up = همه را دیده‌اید
feed-caught-up-hint = فعلاً همهٔ کلیپ‌ها را دیده‌اید. در کاوش بیشتر پیدا کنید.
feed-explore = کاوش
clip-creator-profile = نمایهٔ { $handle }
unfollow-handle = دنبال نکردن { $handle }
clip-progress = موقعیت پخش
clip-progress-value = { $at } از { $length }
video-edit = ویرایش ویدیو
video-edit-save = ذخیره
video-edit-done = تغییرات ذخیره شد
video-delete = حذف ویدیو
video-delete-confirm = این ویدیو برای همیشه حذف شود؟ نظرها و پسندهایش هم حذف می‌شوند.
video-delete-done = ویدیو حذف شد
back = بازگشت
cancel = لغو
discover-trending = پرطرفدار اکنون
discover-trending-tags = هشتگ‌های پرطرفدار

## How the feed works: its stages and parameters
algo-stage-events = فید از چه چیزی یاد می‌گیرد
algo-stage-model = مدل سلیقه
algo-stage-candidates = نامزدها از کجا می‌آیند
algo-stage-exploration = فرصتی برای ویدیوهای تازه
algo-stage-ranking = رتبه‌بندی
algo-stage-filters = چه چیزی کنار گذاشته می‌شود
algo-stage-diversity = تنوع
algo-stage-non_personalized = فید غیرشخصی
algo-technical = توضیح فنی (به انگلیسی)
algo-param-bias-learning-rate = سرعت یادگیری جذابیت خود ویدیو
algo-param-expiry-secs = فراموش می‌شود پس از بی‌کاری به مدت
algo-param-history-len = تماشاهای اخیری که به حساب می‌آیند
algo-param-history-weight = وزن تماشاهای اخیر
algo-param-init-scale = پراکندگی آغازین ردیف‌های تازه
algo-param-item-min-count = تعامل‌ها پیش از آنکه ویدیو ردیف خودش را بگیرد
algo-param-learning-rate = سرعت یادگیری سلیقه‌ها
algo-param-margin = فاصلهٔ میان ویدیوهای پسندیده و ردشده
algo-param-negative-trials = ویدیوهای آزموده‌شده برای یافتن مثال نقض
algo-param-negatives-per-positive = مثال‌های نقض به ازای هر نشانهٔ مثبت
algo-param-regularization = منظم‌سازی (مدل را از بیش‌برازش باز می‌دارد)
algo-param-seed = بذر تصادفی (برای تکرارپذیری)
algo-param-max-age-hours = ویدیوهای تازه کاویده می‌شوند به مدت
algo-param-min-completion-rate = تماشا تا پایان دست‌کم
algo-param-min-engagement-rate = پسند، نظر و هم‌رسانی به ازای هر بازدید دست‌کم
algo-param-slots-per-page = جای ویدیوهای تازه در هر صفحه
algo-param-stages = اندازهٔ مخاطبان در مرحله‌های آزمایشی
algo-param-freshness-hours = ویدیو تازه به شمار می‌آید به مدت
algo-param-trending-half-life-hours = پرطرفداری پس از این زمان نیمه‌وزن می‌شود
algo-param-weights = وزن‌های امتیاز رتبه‌بندی
algo-param-engagement = تعامل مورد انتظار
algo-param-exploration = کاوش
algo-param-following = حساب‌هایی که دنبال می‌کنید
algo-param-freshness = تازگی
algo-param-trending = پرطرفداری
algo-param-creator-spacing = کلیپ‌ها پیش از تکرار همان سازنده
algo-param-sound-spacing = کلیپ‌ها پیش از تکرار همان صدا
algo-param-catalog-videos = ویدیوهای فهرست
algo-param-viewers-with-state = بینندگانی که مدل می‌شناسد

tile-views = { $count ->
    [one] { $count } بازدید
   *[other] { $count } بازدید
}

## Long press: speed
clip-options = گزینه‌ها
speed-title = سرعت پخش
speed-normal = عادی
speed-value = { $rate }×
speed-set = پخش با سرعت { $rate }×

## Upload: preview, cover, draft
upload-preview = پیش‌نمایش کلیپ شما
upload-cover = جلد
upload-cover-hint = تا قابی بکشید که مردم پیش از پخش کلیپ می‌بینند.
upload-draft-restored = پیش‌نویس شما برگشت: توضیح و تنظیمات همان‌گونه که گذاشته بودید.
error-invalid_cover = جلد باید لحظه‌ای از کلیپ باشد.

# زیرنویس‌ها و عکس‌های نمایه
clip-captions-on = روشن کردن زیرنویس
clip-captions-off = خاموش کردن زیرنویس
captions-on = زیرنویس روشن
captions-off = زیرنویس خاموش
captions-title = زیرنویس‌ها
captions-file = پروندهٔ زیرنویس (.vtt)
captions-hint = یک پروندهٔ WebVTT برای هر زبان. همهٔ زیرنویس‌ها باید در محدودهٔ زمانی کلیپ باشند.
captions-language = زبان زیرنویس
captions-add = افزودن زیرنویس
captions-remove = حذف زیرنویس { $language }
captions-remove-short = حذف
captions-none = هنوز زیرنویسی وجود ندارد.
captions-added = زیرنویس { $language } افزوده شد.
captions-removed = زیرنویس { $language } حذف شد.
captions-failed = کلیپ شما منتشر شد، اما زیرنویس‌ها افزوده نشدند: { $reason } می‌توانید آن‌ها را هنگام ویرایش کلیپ اضافه کنید.
captions-pick-file = اول یک پروندهٔ .vtt انتخاب کنید.
error-invalid_webvtt = این یک پروندهٔ زیرنویس WebVTT معتبر نیست.
error-invalid_language = زبان زیرنویس را انتخاب کنید.
profile-photo-choose = عکس نمایه
profile-photo-hint = JPEG، PNG یا WebP، حداکثر ۸ مگابایت. به شکل مربع بریده می‌شود و اطلاعات اینکه کجا و با چه وسیله‌ای گرفته شده حذف می‌شود.
profile-photo-remove = حذف عکس
profile-photo-type = یک تصویر JPEG، PNG یا WebP انتخاب کنید.
profile-edit-save = ذخیرهٔ نمایه
profile-edit-done = نمایه ذخیره شد.
error-invalid_photo = این پرونده تصویری نیست که بتوان آن را خواند.
error-photo_too_small = عکس خیلی کوچک است: عکسی انتخاب کنید که هر ضلع آن دست‌کم ۶۴ پیکسل باشد.
error-photo_too_large = عکس خیلی بزرگ است: هر ضلع حداکثر ۸۱۹۲ پیکسل.
error-invalid_crop = بخشی از عکس که نگه داشته می‌شود باید مربعی درون آن باشد.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = سرورهای دیگر
fed-intro = افرادی را در سرورهای دیگری که از ActivityPub پشتیبانی می‌کنند، مثل سرورهای دیگر Spool، دنبال کنید. ویدیوهای آن‌ها در فید «دنبال‌شده‌ها» نمایش داده می‌شود.
fed-teen = حساب‌های نوجوانان در همین سرور می‌مانند: نمی‌توانند حساب‌های سرورهای دیگر را دنبال کنند و از آنجا دنبال شوند.
fed-address = نشانی در سرور دیگر
fed-address-hint = به شکل name@host، مثلاً alex@example.org
fed-follow = دنبال کردن
fed-address-invalid = نشانی را به شکل name@host وارد کنید، مثلاً alex@example.org.
fed-address-local = این حساب در همین سرور است: آن را از نمایه‌اش دنبال کنید.
fed-not-found = حسابی با نشانی { $handle } پیدا نشد. نشانی را بررسی کنید.
fed-requested = درخواست دنبال کردن برای { $handle } فرستاده شد.
fed-following = حساب‌هایی که آنجا دنبال می‌کنید
fed-following-empty = هنوز کسی را در سرور دیگری دنبال نمی‌کنید.
fed-pending = درخواست فرستاده شد
fed-followers = دنبال‌کنندگان شما از آنجا
fed-followers-empty = هنوز کسی از سرور دیگری شما را دنبال نمی‌کند.
fed-wants-to-follow = می‌خواهد شما را دنبال کند
fed-unfollow = دنبال نکردن
fed-accept = پذیرفتن
fed-accept-label = پذیرفتن درخواست دنبال کردن { $handle }
fed-decline = رد کردن
fed-decline-label = رد کردن درخواست دنبال کردن { $handle }
fed-remove = حذف
fed-remove-label = حذف { $handle } از دنبال‌کنندگان شما
fed-accepted = { $handle } اکنون شما را دنبال می‌کند.
fed-declined = درخواست { $handle } را رد کردید.
fed-removed = { $handle } دیگر شما را دنبال نمی‌کند.
fed-from = از { $host }
fed-open = باز کردن در { $host }
fed-cannot-play = این ویدیو اینجا پخش نمی‌شود.
comment-remote-remove = حذف پاسخ { $handle }
fed-shared-by = هم‌رسانی‌شده توسط { $handle }
reason-remote_instance = از { $host }، نمونه‌ای که افراد اینجا حساب‌هایی را در آن دنبال می‌کنند
fed-like = پسندیدن
