# Spool: العربية

## Page shell (server-rendered)
app-name = Spool
app-title = Spool – فيديوهات قصيرة
app-description = شاهد الفيديوهات القصيرة وأنشئها وشاركها. تبقى بياناتك في منطقتك الأساسية.
skip-to-content = انتقل إلى المحتوى
loading = جارٍ التحميل…
noscript = يحتاج Spool إلى JavaScript لتشغيل الفيديوهات. يُرجى تفعيله أو استخدام واجهة البرمجة مباشرةً.
assets-missing = لم يُضمَّن عميل الويب في هذا الخادم. أنشئه بالأمر «npm ci && npm run build» في المجلد web/ ثم أعد بناء Spool.
title-page = { $page } · Spool
title-not-found = غير موجودة · Spool
not-found = هذه الصفحة غير موجودة.
close = إغلاق

## Navigation
nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-discover = استكشاف
nav-upload = رفع
nav-inbox = الوارد
nav-profile = الملف الشخصي
nav-unread = { $count ->
    [zero] لا إشعارات غير مقروءة
    [one] إشعار واحد غير مقروء
    [two] إشعاران غير مقروءين
    [few] { $count } إشعارات غير مقروءة
    [many] { $count } إشعارًا غير مقروء
   *[other] { $count } إشعار غير مقروء
}

## Feed
feed-tabs = الخلاصات
feed-for-you = لك
feed-following = المتابَعون
feed-personalized = مخصَّصة
feed-mode-hint = عند إيقافها لا تستخدم الخلاصة أي تنميط: تعرض ما هو رائج وجديد في منطقتك ولغتك.
feed-mode-personalized = الخلاصة المخصَّصة مفعَّلة
feed-mode-non-personalized = الخلاصة المخصَّصة متوقفة: بلا أي تنميط
feed-empty = لا شيء للمشاهدة بعد. ارفع أول مقطع أو ابحث عن شيء.
feed-following-empty = لا مقاطع جديدة من الحسابات التي تتابعها.
feed-login = سجّل الدخول لمشاهدة مقاطع الحسابات التي تتابعها.
feed-unavailable = الخلاصة غير متاحة على هذا الخادم بعد. جرّب البحث أو أحد الملفات الشخصية.
video-title = فيديو
video-processing = جارٍ المعالجة…
video-failed = فشلت المعالجة
clip-video-label = فيديو من { $handle }
clip-loading = جارٍ تحميل الفيديو
clip-unmute = تشغيل الصوت
clip-mute = كتم الصوت
clip-play = تشغيل
clip-pause = إيقاف مؤقت
clip-actions = إجراءات فيديو { $handle }
clip-like = { $count ->
    [zero] إعجاب (لا إعجابات)
    [one] إعجاب (إعجاب واحد)
    [two] إعجاب (إعجابان)
    [few] إعجاب ({ $count } إعجابات)
    [many] إعجاب ({ $count } إعجابًا)
   *[other] إعجاب ({ $count } إعجاب)
}
clip-comments = { $count ->
    [zero] التعليقات (لا تعليقات)
    [one] التعليقات (تعليق واحد)
    [two] التعليقات (تعليقان)
    [few] التعليقات ({ $count } تعليقات)
    [many] التعليقات ({ $count } تعليقًا)
   *[other] التعليقات ({ $count } تعليق)
}
clip-share = { $count ->
    [zero] مشاركة (لم يُشارَك بعد)
    [one] مشاركة (مرة واحدة)
    [two] مشاركة (مرتان)
    [few] مشاركة ({ $count } مرات)
    [many] مشاركة ({ $count } مرة)
   *[other] مشاركة ({ $count } مرة)
}
clip-more = مزيد من الخيارات
clip-sound = الصوت الأصلي – { $handle }
clip-duet-of = ثنائي: عرض الأصل
clip-stitch-of = دمج: عرض الأصل
follow-handle = متابعة { $handle }
follow-requested = تم الطلب
follow-done = أنت تتابع { $handle } الآن
unfollow-done = لم تعد تتابع { $handle }
login-needed = سجّل الدخول أولًا.
share-title = مشاركة
share-link = رابط هذا الفيديو
share-copy = نسخ الرابط
share-copied = تم نسخ الرابط
not-interested = غير مهتم
not-interested-done = حسنًا، سترى مقاطع أقل من هذا النوع.
open-sound = فتح الصوت
make-duet = إنشاء ثنائي
make-stitch = دمج هذا الفيديو
why-title = لماذا هذا الفيديو؟
why-none = فُتح هذا المقطع مباشرةً ولم تختره الخلاصة.
why-explainer = تختار الخلاصة المقاطع وفق قواعد منشورة. يمكنك إيقاف التخصيص في أي وقت.
algorithm-link = كيف تعمل الخلاصة

## Reasons
reason-follows_creator = أنت تتابع { $handle }
reason-topic = تشاهد مقاطع عن { $hashtag }
reason-similar_to_liked = مشابه لمقاطع أعجبتك
reason-taste_match = يناسب ما تشاهده عادةً
reason-trending_region = رائج في منطقتك ({ $region })
reason-trending_language = رائج في لغتك ({ $language })
reason-new_video_test_audience = مقطع جديد يُعرض على جمهور تجريبي صغير
reason-fresh = نُشر مؤخرًا
reason-sound = يستخدم الصوت «{ $sound }»
reason-seen_before = شاهدت كل المقاطع الجديدة؛ شاهد هذا المقطع مرة أخرى

## Comments
comments-title = { $count ->
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}
comments-empty = لا تعليقات بعد. كن أول من يعلّق.
comments-more = مزيد من التعليقات
comments-off = التعليقات متوقفة على هذا الفيديو.
comment-add = أضف تعليقًا
comment-send = نشر
comment-sent = تم نشر التعليق
comment-reply = رد
comment-reply-to = الرد على { $handle }
comment-cancel-reply = إلغاء الرد
comment-replies = { $count ->
    [zero] لا ردود
    [one] عرض ردّ واحد
    [two] عرض ردّين
    [few] عرض { $count } ردود
    [many] عرض { $count } ردًّا
   *[other] عرض { $count } رد
}
comment-like = { $count ->
    [zero] الإعجاب بالتعليق (لا إعجابات)
    [one] الإعجاب بالتعليق (إعجاب واحد)
    [two] الإعجاب بالتعليق (إعجابان)
    [few] الإعجاب بالتعليق ({ $count } إعجابات)
    [many] الإعجاب بالتعليق ({ $count } إعجابًا)
   *[other] الإعجاب بالتعليق ({ $count } إعجاب)
}
comment-pinned = مثبَّت
comment-login = سجّل الدخول للتعليق

## Reports
report = إبلاغ
report-intro = أخبرنا بالمشكلة. يراجع مشرفٌ كل بلاغ، وستصلك إجابة.
report-category = السبب
report-note = تفاصيل (اختياري)
report-note-hint = ما الذي ينبغي أن ينتبه إليه المشرف؟
report-send = إرسال البلاغ

## Upload
upload-title = رفع
upload-file = ملف الفيديو
upload-file-hint = من ثانية واحدة إلى 10 دقائق. يبدأ الرفع فورًا ويُستأنف إذا انقطع الاتصال.
upload-progress-label = تقدّم الرفع
upload-progress = ‏{ $percent }٪ ({ $sent } من { $total } بايت)
upload-done = اكتمل الرفع
upload-error = فشل الرفع. حاول مرة أخرى.
upload-pause = إيقاف مؤقت
upload-resume = استئناف
upload-caption = الوصف
upload-caption-hint = اكتب # للوسوم و@ للإشارة إلى شخص ما.
upload-visibility = من يمكنه المشاهدة
visibility-public = الجميع
visibility-followers = المتابِعون
visibility-private = أنا فقط
upload-allow = السماح للآخرين بـ
upload-allow-comments = التعليق
upload-allow-duet = الثنائي
upload-allow-stitch = الدمج
upload-sound = الصوت (اختياري)
upload-sound-search = ابحث عن صوت
upload-sound-none = يحتفظ مقطعك بصوته الأصلي.
upload-sound-chosen = الصوت: { $title }
upload-sound-clear = استخدام صوتي الأصلي
upload-duet = ثنائي مع { $handle }
upload-stitch = دمج فيديو { $handle }
upload-post = نشر
upload-pick-first = اختر ملف فيديو أولًا.
upload-waiting = جارٍ إنهاء الرفع…
upload-processing = جارٍ معالجة الفيديو… يستغرق ذلك تقريبًا مدة المقطع نفسها.
upload-ready = الفيديو جاهز!
upload-watch = شاهده
upload-to-profile = الانتقال إلى ملفك الشخصي
suggestions = اقتراحات
suggestions-count = { $count ->
    [zero] لا توجد اقتراحات.
    [one] اقتراح واحد. استخدم السهمين لأعلى ولأسفل للاختيار.
    [two] اقتراحان. استخدم السهمين لأعلى ولأسفل للاختيار.
    [few] { $count } اقتراحات. استخدم السهمين لأعلى ولأسفل للاختيار.
    [many] { $count } اقتراحًا. استخدم السهمين لأعلى ولأسفل للاختيار.
   *[other] { $count } اقتراح. استخدم السهمين لأعلى ولأسفل للاختيار.
}

## Profiles, hashtags, sounds
profile-not-found = هذا الحساب غير موجود.
profile-edit = تعديل الملف الشخصي
profile-follow = متابعة
profile-following = تتابعه
profile-private = خاص
profile-private-body = هذا الحساب خاص. تابِعه لمشاهدة فيديوهاته.
profile-following-count = يتابع
profile-followers-count = المتابِعون
profile-likes-count = الإعجابات
profile-videos-count = الفيديوهات
profile-videos = الفيديوهات
profile-empty = لا فيديوهات بعد.
profile-empty-own = لم تنشر شيئًا بعد. ستظهر مقاطعك هنا.
tile-label = { $caption } – من { $handle }
tile-label-plain = فيديو من { $handle }
hashtag-count = { $count ->
    [zero] لا فيديوهات
    [one] فيديو واحد
    [two] فيديوهان
    [few] { $count } فيديوهات
    [many] { $count } فيديو
   *[other] { $count } فيديو
}
hashtag-empty = لا فيديوهات عامة بهذا الوسم بعد.
sound-title = صوت
sound-listen = استمع إلى { $title }
sound-meta = { $duration } · { $count ->
    [zero] لا فيديوهات
    [one] فيديو واحد
    [two] فيديوهان
    [few] { $count } فيديوهات
    [many] { $count } فيديو
   *[other] { $count } فيديو
}
sound-use = استخدام هذا الصوت
sound-original = الفيديو الأصلي
sound-sort = ترتيب الفيديوهات
sound-newest = الأحدث
sound-popular = الأكثر رواجًا
sound-empty = لم يستخدم أي فيديو هذا الصوت بعد.

## Search
search-title = استكشاف
search-label = بحث
search-placeholder = ابحث عن حسابات وفيديوهات و#وسوم وأصوات
search-submit = بحث
search-types = مجال البحث
search-videos = فيديوهات
search-accounts = حسابات
search-hashtags = وسوم
search-sounds = أصوات
search-results = النتائج
search-hint = اكتب كلمة أو #وسمًا أو ‎@اسم_مستخدم.
search-empty = لم يُعثر على شيء لـ«{ $query }».
search-followers = { $count ->
    [zero] لا متابِعين
    [one] متابِع واحد
    [two] متابِعان
    [few] { $count } متابِعين
    [many] { $count } متابِعًا
   *[other] { $count } متابِع
}

## Inbox
inbox-title = الوارد
inbox-requests = طلبات المتابعة
inbox-activity = النشاط
inbox-empty = لا إشعارات بعد.
inbox-unread = غير مقروء:
request-accept = قبول
request-decline = رفض
request-accepted = يمكن لـ{ $handle } الآن مشاهدة فيديوهاتك
request-declined = تم رفض طلب { $handle }
notif-like = { $count ->
    [zero] لم يُعجب أحد بالفيديو الخاص بك بعد
    [one] أُعجب { $actor } بالفيديو الخاص بك
    [two] أُعجب شخصان بالفيديو الخاص بك
    [few] أُعجب { $count } أشخاص بالفيديو الخاص بك
    [many] أُعجب { $count } شخصًا بالفيديو الخاص بك
   *[other] أُعجب { $count } شخص بالفيديو الخاص بك
}
notif-comment = { $others ->
    [0] علّق { $actor } على الفيديو الخاص بك
   *[other] علّق { $actor } و{ $others } آخرون على الفيديو الخاص بك
}
notif-reply = ردّ { $actor } على تعليقك
notif-mention = أشار إليك { $actor }
notif-follow = { $count ->
    [zero] لا متابِعين جدد
    [one] بدأ { $actor } بمتابعتك
    [two] متابِعان جديدان
    [few] { $count } متابِعين جدد
    [many] { $count } متابِعًا جديدًا
   *[other] { $count } متابِع جديد
}
notif-follow_request = طلب { $actor } متابعتك
notif-follow_accepted = قبِل { $actor } طلب المتابعة
notif-comment_like = { $others ->
    [0] أُعجب { $actor } بتعليقك
   *[other] أُعجب { $actor } و{ $others } آخرون بتعليقك
}
notif-duet = أنشأ { $actor } ثنائيًا مع الفيديو الخاص بك
notif-stitch = دمج { $actor } الفيديو الخاص بك

## Settings
settings-title = الإعدادات
settings-save = حفظ
settings-saved = تم الحفظ
settings-profile = الملف الشخصي
settings-privacy = الخصوصية
settings-private = حساب خاص
settings-private-hint = لا يشاهد فيديوهاتك إلا المتابِعون الذين توافق عليهم.
settings-who-comment = من يمكنه التعليق على فيديوهاتك
settings-who-duet = من يمكنه إنشاء ثنائي مع فيديوهاتك
settings-who-stitch = من يمكنه دمج فيديوهاتك
policy-everyone = الجميع
policy-followers = المتابِعون
policy-nobody = لا أحد
settings-liked-public = إظهار الفيديوهات التي أعجبتني في ملفي الشخصي
settings-teen = حسابك حساب مراهق، لذا بعض الإعدادات أكثر صرامة.
settings-feed = الخلاصة
settings-reset-recommendations = إعادة ضبط توصياتي
settings-reset-done = أُعيد ضبط توصياتك.
settings-language = اللغة
settings-language-label = لغة الواجهة
settings-language-hint = يتّبع Spool لغة متصفحك افتراضيًا.
settings-data = بياناتك
settings-data-intro = نزّل كل ما يحفظه Spool عنك، واطّلع على الموظفين الذين اطّلعوا عليه ولماذا.
settings-export = تنزيل بياناتي
settings-region = المنطقة الأساسية
settings-region-now = تُحفظ بياناتك في: { $region }
settings-region-intro = لا تُحفظ بياناتك الشخصية إلا في منطقتك الأساسية. يمكنك نقلها إلى منطقة أخرى.
settings-move-to = المنطقة الأساسية الجديدة
settings-move = نقل بياناتي
settings-move-confirm = هل تريد نقل كل بياناتك الشخصية إلى { $region }؟
settings-move-done = تم نقل بياناتك.
settings-account = الحساب
settings-signed-in = مسجَّل الدخول باسم { $handle }
settings-logout = تسجيل الخروج
settings-delete = حذف الحساب
settings-delete-intro = يحذف هذا حسابك وفيديوهاتك وكل بياناتك نهائيًا. لا يمكن التراجع عنه.
settings-delete-confirm = هل تريد حذف حسابك وكل ما فيه نهائيًا؟
settings-sessions = الجلسات
settings-sessions-intro = الأجهزة التي سجّلت الدخول عليها. سجّل الخروج من أي جهاز لا تعرفه.
settings-sessions-logout-others = تسجيل الخروج من كل الأماكن الأخرى
settings-sessions-ended = { $count ->
    [zero] لم تُنهَ أي جلسة أخرى.
    [one] أُنهيت جلسة أخرى واحدة.
    [two] أُنهيت جلستان أخريان.
    [few] أُنهيت { $count } جلسات أخرى.
    [many] أُنهيت { $count } جلسة أخرى.
   *[other] أُنهيت { $count } جلسة أخرى.
}
session-device = { $browser } على { $os }
session-device-unknown = جهاز غير معروف
session-current = هذا الجهاز
session-times = سُجّل الدخول { $created } · آخر نشاط { $used }
session-logout = تسجيل الخروج
session-logout-label = تسجيل الخروج من { $device }
settings-password = تغيير كلمة المرور
settings-password-done = تم تغيير كلمة المرور. سُجّل الخروج من كل الجلسات الأخرى.
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
access-title = الوصول إلى بياناتي
access-intro = في كل مرة يفتح فيها أحد الموظفين بياناتك الشخصية، يُسجَّل ذلك مع مبرّر مكتوب. هذه هي القائمة الكاملة.
access-empty = لم يطّلع أي موظف على بياناتك.
access-unavailable = سجل الوصول غير متاح على هذا الخادم بعد.
access-when = متى
access-staff = الموظف
access-role = الدور
access-action = ما الذي فعله
access-justification = المبرّر
access-reference = المرجع
algorithm-title = كيف تعمل الخلاصة
algorithm-intro = خلاصة «لك» في Spool مفتوحة للتدقيق: الشيفرة وأوزانها وأسباب اختيار كل مقطع منشورة.
algorithm-sources = تأتي المرشَّحات من الحسابات التي تتابعها، ومن مقاطع تشبه ما أعجبك، ومما هو رائج في منطقتك ولغتك، ومن مقاطع جديدة تُعرض على جمهور تجريبي صغير.
algorithm-signals = تتعلّم مما تفعله: مدة المشاهدة، وإعادة التشغيل، والتخطي، والإعجابات، والمشاركات، والتعليقات، والمتابعات، و«غير مهتم».
algorithm-filters = تستبعد ما شاهدته والحسابات المحظورة والفيديوهات المحذوفة، وتنوّع المواضيع وصنّاع المحتوى.
algorithm-control = يمكنك إيقاف التخصيص، وإعادة ضبط ما تعلّمته، والسؤال «لماذا هذا الفيديو؟» على كل مقطع.
algorithm-published = الوصف المنشور
algorithm-unavailable = الوصف المنشور غير متاح على هذا الخادم بعد.

## Log in and sign up
login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-no-account = ليس لديك حساب بعد؟
signup-title = إنشاء حساب
signup-intro = لا تُحفظ بياناتك الشخصية إلا في المنطقة الأساسية التي تختارها.
signup-submit = إنشاء الحساب
signup-have-account = لديك حساب بالفعل؟
field-handle = اسم المستخدم
field-handle-hint = من 2 إلى 24 حرفًا أو رقمًا أو _ أو .
field-display-name = الاسم المعروض (اختياري)
field-password = كلمة المرور
field-password-hint = 8 أحرف على الأقل.
field-birth-date = تاريخ الميلاد
field-birth-date-hint = يجب ألا يقل عمرك عن 13 عامًا. حسابات من هم دون 18 عامًا خاصة افتراضيًا.
field-region = المنطقة الأساسية
field-region-hint = مكان حفظ بياناتك الشخصية.
field-email = البريد الإلكتروني (اختياري)
field-email-hint = يُستخدم فقط لمساعدتك على استعادة حسابك.
field-bio = نبذة

## Errors
error-network = تعذّر الوصول إلى الخادم. تحقّق من اتصالك.
error-internal = حدث خطأ ما. حاول مرة أخرى.
error-unauthenticated = سجّل الدخول أولًا.
error-invalid_credentials = اسم المستخدم أو كلمة المرور غير صحيحة.
error-too_young = يجب ألا يقل عمرك عن 13 عامًا لاستخدام Spool.
error-csrf_rejected = انتهت صلاحية جلستك. أعد تحميل الصفحة.
error-forbidden = غير مسموح لك بذلك.
error-comments_off = التعليقات متوقفة على هذا الفيديو.
error-remix_off = لا يسمح صانع الفيديو بذلك.
error-not_found = غير موجود.
error-handle_taken = اسم المستخدم هذا مستخدم بالفعل.
error-rate_limited = محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.
error-invalid_handle = استخدم من 2 إلى 24 حرفًا أو رقمًا أو _ أو .
error-handle_reserved = اسم المستخدم هذا محجوز.
error-invalid_password = يجب أن تتكوّن كلمة المرور من 8 إلى 128 حرفًا.
error-invalid_email = يبدو أن عنوان البريد الإلكتروني غير صحيح.
error-invalid_birth_date = أدخل تاريخ ميلاد صالحًا.
error-invalid_display_name = الاسم المعروض 50 حرفًا كحد أقصى.
error-invalid_bio = النبذة 160 حرفًا كحد أقصى.
error-invalid_caption = الوصف 2200 حرف كحد أقصى.
error-invalid_comment = يتكوّن التعليق من 1 إلى 500 حرف.
error-unknown_region = اختر إحدى المناطق المدرجة.
error-empty_file = الملف فارغ.
error-not_media = هذا الملف ليس فيديو.
error-no_video_stream = لا يحتوي هذا الملف على فيديو.
error-still_image = هذه صورة ثابتة وليست فيديو.
error-too_short = الفيديو قصير جدًا (ثانية واحدة على الأقل).
error-too_long = الفيديو طويل جدًا (10 دقائق كحد أقصى).
error-too_large = الفيديو كبير جدًا.
error-unsupported_codec = صيغة الفيديو هذه غير مدعومة.
error-transcode_failed = تعذّرت معالجة الفيديو.
error-wrong_password = كلمة المرور الحالية غير صحيحة.
error-quota_exceeded = مساحة التخزين ممتلئة. احذف مقاطع فيديو أو عمليات رفع غير مكتملة لإفساح المجال.
error-bad_request = تعذّرت قراءة الطلب.

## Moderation: reports
report-title-video = الإبلاغ عن هذا الفيديو
report-title-comment = الإبلاغ عن هذا التعليق
report-title-account = الإبلاغ عن هذا الحساب
report-category-choose = اختر سببًا
report-category-hate_speech = خطاب كراهية
report-category-harassment = تحرش وتنمّر
report-category-violent_extremism = تطرف عنيف
report-category-disinformation = معلومات مغلوطة ومضللة
report-category-child_safety = سلامة الأطفال
report-category-self_harm = إيذاء النفس واضطرابات الأكل
report-category-illegal_goods = سلع وخدمات غير قانونية
report-category-scams = احتيال ونصب
report-category-spam = رسائل مزعجة
report-category-intellectual_property = الملكية الفكرية
report-category-other = سبب آخر
report-dsa-legend = معلومات عنك
report-dsa-intro = أنت غير مسجَّل الدخول، لذا يُعدّ هذا البلاغ إخطارًا بموجب المادة 16 من قانون الخدمات الرقمية للاتحاد الأوروبي (DSA). نحتاج إلى اسمك وبريدك الإلكتروني لمعالجته، ولن يُخبَر الشخص المُبلَّغ عنه أبدًا بهويتك.
report-name = اسمك
report-email = بريدك الإلكتروني
report-email-hint = سنرسل النتيجة إلى هذا العنوان.
report-good-faith = أعتقد بحسن نية أن المعلومات الواردة في هذا الإخطار دقيقة وكاملة.
report-login-instead = هل لديك حساب؟
report-sent = شكرًا لك. تم إرسال بلاغك وسيراجعه مشرف.
report-duplicate = سبق أن أبلغت عن هذا. بلاغك السابق لا يزال محتسبًا، ولا داعي لإرساله مرة أخرى.
report-receipt-intro = احتفظ بهذا الإيصال: يمكنك به معرفة القرار الذي اتُّخذ.
report-receipt = إيصالك
report-receipt-hint = رقم البلاغ { $id }
report-receipt-copy = نسخ الإيصال
report-receipt-copied = تم نسخ الإيصال.
report-check-later = التحقق من هذا البلاغ لاحقًا
report-follow-up = سنخبرك بالنتيجة. ويمكنك متابعتها أيضًا في
report-outcome = تقرّر في { $date }: { $action }
report-outcome-policy = القاعدة المطبّقة: { $policy }
report-state-open = بانتظار المراجعة
report-state-decided = تقرّر
comment-report = الإبلاغ عن تعليق { $handle }
profile-report = إبلاغ
profile-withheld = هذا الحساب غير متاح في منطقتك.
label-panel = معلومات
label-more = اعرف المزيد
video-age-restricted = مقيَّد بالعمر
video-held = معلَّق
video-held-own = تم تعليق الفيديو الخاص بك: فهو يطابق محتوى أُزيل من قبل. سيراجعه مشرف.
video-removed-own = أزال مشرفٌ الفيديو الخاص بك. هذا التنبيه يظهر لك وحدك.
video-reduced-own = بعد قرار إشرافي، لم يعد الفيديو الخاص بك يُقترح في الخلاصات. هذا التنبيه يظهر لك وحدك.
video-withheld = هذا الفيديو غير متاح في منطقتك.
status-link = اعرف السبب وكيف تعترض

## Moderation: actions, targets, grounds
action-no_violation = لا مخالفة
action-remove = أُزيل
action-age_restrict = مقيَّد بالعمر
action-restrict_regions = مقيَّد في بعض المناطق
action-label = أُضيفت علامة معلومات
action-reduce_distribution = تقليل الانتشار
action-suspend = تعليق الحساب
action-terminate = إغلاق الحساب
target-video = فيديو
target-comment = تعليق
target-account = حساب
ground-illegal = محتوى غير قانوني
ground-incompatible = مخالف لإرشادات المجتمع
source-notice = بلاغ من شخص ما
source-trusted-flagger = بلاغ من مُبلِّغ موثوق
source-own-initiative = مراجعة من Spool نفسها
decision-reversed = أُلغي

## Account status and statements of reasons
status-title = حالة الحساب
settings-status-intro = القرارات المتعلقة بمحتواك، واعتراضاتك، والبلاغات التي أرسلتها.
settings-about = عن Spool
status-standing = حسابك
status-good = حسابك في وضع جيد.
status-suspended = حسابك معلَّق.
status-suspended-until = حسابك معلَّق حتى { $date }.
status-terminated = تم إغلاق حسابك. لا يزال بإمكانك قراءة القرارات والاعتراض عليها.
status-strikes = { $count ->
    [zero] لا إنذارات من أصل { $threshold }
    [one] إنذار واحد من أصل { $threshold }
    [two] إنذاران من أصل { $threshold }
    [few] { $count } إنذارات من أصل { $threshold }
    [many] { $count } إنذارًا من أصل { $threshold }
   *[other] { $count } إنذار من أصل { $threshold }
}
status-strikes-hint = كل قرار ضد محتواك يُحتسب إنذارًا. عند بلوغ الحد يُعلَّق الحساب. تنتهي صلاحية الإنذارات القديمة.
status-history = قرارات سابقة
status-statements = القرارات وأسبابها
status-statements-intro = نرسل لك مع كل قرار بيانًا بالأسباب: ما الذي تقرّر، وبموجب أي قاعدة، وكيف تعترض.
status-no-statements = لا توجد قرارات بشأن محتواك.
status-my-reports = بلاغاتي
status-no-reports = لم تُبلغ عن أي شيء.
status-receipt-title = بلاغك
statement-heading = { $action } · { $date }
statement-decision = القرار
statement-content = المحتوى
statement-facts = ما وجدناه
statement-policy = القاعدة
statement-ground-illegal = نعتبر هذا المحتوى غير قانوني.
statement-ground-incompatible = هذا المحتوى مخالف لإرشادات مجتمعنا.
statement-legal-ground = الأساس القانوني: { $ground }
statement-policy-ground = الإرشاد: { $ground }
statement-label = العلامة المعروضة
statement-detection = كيف اكتُشف
statement-detected-auto = بأدوات آلية
statement-detected-human = دون أدوات آلية
statement-automated = كيف اتُّخذ القرار
statement-decided-auto = بواسطة نظام آلي
statement-decided-human = بواسطة شخص، لا آليًا
statement-source = ما الذي بدأ المراجعة
statement-scope = أين يُطبَّق
statement-scope-everywhere = في كل مكان
statement-duration = المدة
statement-duration-until = من { $from } حتى { $until }
statement-duration-open = من { $from }، دون تاريخ انتهاء
statement-account-suspended = تم تعليق حسابك.
statement-account-terminated = تم إغلاق حسابك.
statement-appeal = الاعتراض
statement-appeal-until = يمكنك الاعتراض حتى { $date }. سيراجعه مشرف آخر.
statement-appeal-possible = يمكنك الاعتراض. سيراجعه مشرف آخر.
statement-appeal-closed = لم يعد ممكنًا الاعتراض على هذا القرار هنا. لا يزال بإمكانك اللجوء إلى جهة معتمدة لتسوية النزاعات خارج المحاكم أو إلى القضاء.
statement-appeal-open = اعتراضك قيد المراجعة.
statement-appeal-upheld = قُبل اعتراضك: أُلغي القرار.
statement-appeal-rejected = رُوجع اعتراضك وبقي القرار قائمًا.
statement-technical = تفاصيل تقنية (كما أُرسلت إلى قاعدة بيانات الشفافية في الاتحاد الأوروبي)
appeal-text = لماذا ينبغي تغيير القرار؟
appeal-text-hint = اشرح ما قد يكون فات المشرف. يمكنك إضافة سياق أو روابط.
appeal-send = إرسال الاعتراض
appeal-sent = تم إرسال اعتراضك. سيراجعه مشرف آخر، وستتلقى بيانًا جديدًا بالأسباب.
appeal-exists = لديك بالفعل اعتراض مفتوح على هذا القرار.

## Moderator console
mod-title = الإشراف
mod-region = المنطقة
mod-region-hint = قائمة انتظار المنطقة التي تشرف عليها.
mod-not-moderator = لست مشرفًا في هذه المنطقة.
queue-title = قائمة المراجعة: { $region }
queue-refresh = تحديث
queue-empty = قائمة الانتظار فارغة.
queue-count = { $count ->
    [zero] لا عناصر
    [one] عنصر واحد، الأكثر إلحاحًا أولًا
    [two] عنصران، الأكثر إلحاحًا أولًا
    [few] { $count } عناصر، الأكثر إلحاحًا أولًا
    [many] { $count } عنصرًا، الأكثر إلحاحًا أولًا
   *[other] { $count } عنصر، الأكثر إلحاحًا أولًا
}
queue-kind-notice = بلاغ
queue-kind-appeal = اعتراض
queue-kind-match = تطابق
queue-severity = الخطورة
queue-notices = البلاغات
queue-reach = المشاهدات (24 ساعة)
queue-detection = اكتُشف بواسطة
queue-automated = الكشف الآلي
queue-human = أشخاص
queue-due = الموعد النهائي { $time }
queue-overdue = متأخر: كان الموعد النهائي { $time }
queue-claimed-mine = استلمته أنت؛ ينتهي الاستلام { $time }
queue-claimed-other = استلمه مشرف آخر
queue-claim = استلام
queue-claim-done = تم الاستلام. هو لك خلال الدقائق القادمة.
queue-open = مراجعة
item-title = مراجعة
item-heading = مراجعة: { $category }
item-back = العودة إلى قائمة الانتظار
item-decided = تقرّر
item-context = المحتوى
item-player = الفيديو المُبلَّغ عنه
item-caption = الوصف
item-sound = الصوت
item-state = الحالة
item-remixes = إعادات المزج
item-none = لا شيء
item-open-video = صفحة الفيديو
item-open-video-link = فتح الفيديو
item-comment-text = التعليق
item-comment-video = على الفيديو
item-account = الحساب
item-detection = الكشف الآلي
item-notices = { $count ->
    [zero] لا بلاغات
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}
item-history = قرارات سابقة بشأن هذا الحساب
item-history-none = لا قرارات سابقة.
item-appeal = الاعتراض
item-appeal-decision = القرار المعترَض عليه
decide-title = القرار
decide-action = الإجراء
decide-policy = القاعدة
decide-policy-category = قاعدة عامة: { $category }
decide-legal-ground = الأساس القانوني: { $ground }
decide-facts = الوقائع
decide-facts-hint = ما وجدته بكلمات واضحة. سيقرأ هذا الشخصُ المعنيّ.
decide-restrict = أين يُقيَّد
decide-restrict-hint = اختر مناطق أو دولًا أو كليهما. الأمر القانوني يحتاج إلى رقمه المرجعي.
decide-regions = المناطق
decide-countries = الدول
decide-countries-hint = رموز الدول المكوّنة من حرفين، مفصولة بفواصل (DE, AT).
decide-reference = الرقم المرجعي (أمر محكمة أو سلطة)
decide-reference-hint = اختياري. يُعرض لمن لا يستطيعون رؤية المحتوى.
decide-restrict-empty = اختر منطقة أو دولة واحدة على الأقل.
decide-label = علامة معلومات
decide-label-text = نص العلامة
decide-label-url = رابط لمزيد من المعلومات
decide-suspend = التعليق
decide-days = الأيام
decide-days-hint = من 1 إلى 365.
decide-submit = اتخاذ القرار
decide-done = سُجّل القرار: { $action }. أُرسل بيان الأسباب.
appeal-decide-title = البتّ في الاعتراض
appeal-outcome = النتيجة
appeal-outcome-upheld = قبول الاعتراض
appeal-outcome-upheld-hint = يُلغى القرار فورًا ويُستعاد المحتوى أو الحساب.
appeal-outcome-rejected = رفض الاعتراض
appeal-outcome-rejected-hint = يبقى القرار قائمًا.
appeal-decide-submit = البتّ في الاعتراض
appeal-decided-upheld = قُبل الاعتراض: أُلغي القرار. أُرسل بيان جديد.
appeal-decided-rejected = رُفض الاعتراض: بقي القرار قائمًا. أُرسل بيان جديد.
error-claimed = استلم مشرف آخر هذا العنصر بالفعل.
error-same_moderator = لا يمكن للمشرف الذي اتخذ القرار أن يبتّ في الاعتراض عليه.

## Transparency report
transparency-title = الشفافية
transparency-intro = كيف يعمل الإشراف في Spool بالأرقام: البلاغات، والقرارات، وسرعة اتخاذها، والاعتراضات، والقرارات الملغاة. لا تُعرض أي بيانات شخصية.
transparency-region = المنطقة
transparency-all-regions = كل المناطق
transparency-period = الفترة
transparency-period-days = آخر 30 يومًا، يوميًا
transparency-period-weeks = آخر 12 أسبوعًا، أسبوعيًا
transparency-period-months = آخر 12 شهرًا، شهريًا
transparency-range = من { $from } إلى { $to }
transparency-csv = تنزيل بصيغة CSV
transparency-summary = الإجمالي: { $region }
transparency-notices = البلاغات
transparency-decisions = القرارات
transparency-median = الوقت الوسيط حتى القرار
transparency-p90 = المئين التسعون
transparency-hours = { $hours } ساعة
transparency-hours-unit = ساعة
transparency-deadline-misses = مواعيد نهائية فائتة
transparency-automated-detection = اكتُشف بأدوات آلية
transparency-automated-decision = تقرّر آليًا
transparency-suspensions = تعليقات الحسابات
transparency-appeals = الاعتراضات
transparency-reversals = القرارات الملغاة
transparency-over-time = عبر الزمن
transparency-chart-volume = البلاغات والقرارات
transparency-chart-speed = الوقت حتى القرار (بالساعات)
transparency-breakdown = التفصيل
transparency-chart-notices-category = البلاغات حسب الفئة
transparency-chart-decisions-action = القرارات حسب الإجراء
transparency-chart-decisions-category = القرارات حسب الفئة
transparency-chart-ground = القرارات حسب الأساس
transparency-chart-source = البلاغات حسب المصدر
transparency-appeals-title = الاعتراضات
transparency-chart-appeals = نتائج الاعتراضات
transparency-chart-appeals-time = الاعتراضات والقرارات الملغاة عبر الزمن
transparency-appeals-upheld = مقبولة
transparency-appeals-rejected = مرفوضة
transparency-appeals-open = مفتوحة
transparency-orders = الأوامر القانونية والفحص الآلي
transparency-chart-orders = الأوامر القانونية حسب المنطقة
transparency-screening-flagged = رصدها الفحص
transparency-screening-decided = رُوجعت
transparency-screening-confirmed = تأكّدت
transparency-screening-precision = الدقة
transparency-none = لا شيء في هذه الفترة.
transparency-yes = نعم
transparency-no = لا
transparency-log = سجل القرارات
transparency-log-intro = كل القرارات، دون بيانات المُبلِّغين أو صنّاع المحتوى أو المشرفين.
transparency-log-date = التاريخ
transparency-log-action = القرار
transparency-log-category = الفئة
transparency-log-ground = الأساس
transparency-log-content = المحتوى
transparency-log-detected = كشف آلي
transparency-log-automated = قرار آلي
transparency-log-scope = أين
transparency-log-source = المصدر
transparency-log-reversed = أُلغي
transparency-log-more = مزيد من القرارات
transparency-log-empty = لا قرارات بعد.
chart-show-table = عرض الأرقام في جدول
chart-summary-line = من { $from } إلى { $to }. الإجماليات: { $totals }
chart-period = الفترة
chart-item = العنصر
chart-value = العدد
notif-statement = اتُّخذ قرار إشرافي بشأن محتواك. اقرأ السبب وكيف تعترض.
notif-report_outcome = تقرّر بشأن بلاغ أرسلته.

## Moderation: more codes from the server
action-hold = معلَّق للمراجعة
action-reversed = أُلغي بعد الاعتراض
action-upheld_decision = أُيِّد بعد الاعتراض
action-appeal_upheld = قُبل الاعتراض
action-appeal_rejected = رُفض الاعتراض
notice-source-account = بلاغ من حساب
notice-source-anonymous = بلاغ دون حساب (المادة 16 من DSA)
notice-source-screening = فحص آلي
notice-source-fingerprint = تطابق مع محتوى أُزيل
notice-source-legal_order = أمر قانوني
source-complaint = اعتراض
statement-scope-eea = الاتحاد الأوروبي والمنطقة الاقتصادية الأوروبية (30 دولة)
statement-regions = المناطق
statement-reference = مرجع الأمر
statement-outcome-heading = { $action } · { $date }
error-already_decided = تقرّر هذا بالفعل.
error-appeal_open = يوجد بالفعل اعتراض مفتوح على هذا القرار.
error-appeal_closed = لم يعد ممكنًا الاعتراض على هذا القرار.
error-account_suspended = حسابك معلَّق، لذا لا يمكنك فعل ذلك الآن.
error-account_terminated = حسابك مغلق.
error-not_moderator = لست مشرفًا في هذه المنطقة.
video-withheld-own = الفيديو الخاص بك محجوب في: { $places }. هذا التنبيه يظهر لك وحدك.
item-restrictions = القيود الحالية

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = سجّل الدخول للمتابعة
signin-sheet-intro = سجّل الدخول لتُعجب وتعلّق وتتابع وتحصل على موجز مصمّم لك.
feed-caught-up = لقد شاهدت كل شيء
feed-caught-up-hint = شاهدت كل المقاطع حاليًا. اعثر على المزيد في الاستكشاف.
feed-explore = استكشف
clip-creator-profile = الملف الشخصي لـ { $handle }
unfollow-handle = إلغاء متابعة { $handle }
clip-progress = موضع التشغيل
clip-progress-value = { $at } من { $length }
video-edit = تعديل الفيديو
video-edit-save = حفظ
video-edit-done = تم حفظ التغييرات
video-delete = حذف الفيديو
video-delete-confirm = هل تريد حذف هذا الفيديو نهائيًا؟ ستُحذف تعليقاته وإعجاباته معه.
video-delete-done = تم حذف الفيديو
back = رجوع
cancel = إلغاء
discover-trending = الرائج الآن
discover-trending-tags = الوسوم الرائجة

## How the feed works: its stages and parameters
algo-stage-events = ممّ يتعلّم الموجز
algo-stage-model = نموذج الذوق
algo-stage-candidates = من أين تأتي المقاطع المرشّحة
algo-stage-exploration = فرصة للفيديوهات الجديدة
algo-stage-ranking = الترتيب
algo-stage-filters = ما يُستبعد
algo-stage-diversity = التنوّع
algo-stage-non_personalized = الموجز غير المخصّص
algo-technical = الوصف التقني (بالإنجليزية)
algo-param-bias-learning-rate = سرعة تعلّم جاذبية الفيديو نفسه
algo-param-expiry-secs = يُنسى بعد خمول مدته
algo-param-history-len = عدد المشاهدات الأخيرة المحتسبة
algo-param-history-weight = وزن المشاهدات الأخيرة
algo-param-init-scale = التشتّت الأوّلي للصفوف الجديدة
algo-param-item-min-count = التفاعلات اللازمة ليحصل الفيديو على صف خاص
algo-param-learning-rate = سرعة تعلّم الأذواق
algo-param-margin = الفارق بين الفيديوهات المحبوبة والمتخطّاة
algo-param-negative-trials = الفيديوهات المجرَّبة عند البحث عن مثال مضاد
algo-param-negatives-per-positive = الأمثلة المضادة لكل إشارة إيجابية
algo-param-regularization = التنظيم (يمنع الإفراط في التكيّف)
algo-param-seed = البذرة العشوائية (لإمكانية التكرار)
algo-param-max-age-hours = مدة تجربة الفيديوهات الجديدة
algo-param-min-completion-rate = الحد الأدنى للمشاهدة حتى النهاية
algo-param-min-engagement-rate = الحد الأدنى للإعجابات والتعليقات والمشاركات لكل مشاهدة
algo-param-slots-per-page = الأماكن لكل صفحة للفيديوهات الجديدة
algo-param-stages = حجم الجمهور في كل مرحلة اختبار
algo-param-freshness-hours = يُعد الفيديو جديدًا لمدة
algo-param-trending-half-life-hours = يقلّ أثر الرواج إلى النصف بعد
algo-param-weights = أوزان النتيجة
algo-param-engagement = التفاعل المتوقّع
algo-param-exploration = التجربة
algo-param-following = الحسابات التي تتابعها
algo-param-freshness = الحداثة
algo-param-trending = الرائج
algo-param-creator-spacing = عدد المقاطع قبل عودة المنشئ نفسه
algo-param-sound-spacing = عدد المقاطع قبل عودة الصوت نفسه
algo-param-catalog-videos = الفيديوهات في الفهرس
algo-param-viewers-with-state = المشاهدون الذين يعرفهم النموذج

tile-views = { $count ->
    [zero] لا مشاهدات
    [one] مشاهدة واحدة
    [two] مشاهدتان
    [few] { $count } مشاهدات
    [many] { $count } مشاهدةً
   *[other] { $count } مشاهدة
}

## Long press: speed
clip-options = خيارات
speed-title = سرعة التشغيل
speed-normal = عادية
speed-value = { $rate }×
speed-set = التشغيل بسرعة { $rate }×

## Upload: preview, cover, draft
upload-preview = معاينة مقطعك
upload-cover = الغلاف
upload-cover-hint = اسحب إلى الإطار الذي يراه الناس قبل تشغيل المقطع.
upload-draft-restored = عادت مسودتك: الوصف والإعدادات كما تركتها.
error-invalid_cover = يجب أن يكون الغلاف لحظة من المقطع.

# الترجمة النصية وصور الملف الشخصي
clip-captions-on = تشغيل الترجمة النصية
clip-captions-off = إيقاف الترجمة النصية
captions-on = الترجمة النصية مفعّلة
captions-off = الترجمة النصية متوقفة
captions-title = الترجمة النصية
captions-file = ملف الترجمة النصية (.vtt)
captions-hint = ملف WebVTT واحد لكل لغة. يجب أن تقع كل النصوص ضمن مدة المقطع.
captions-language = لغة الترجمة النصية
captions-add = إضافة ترجمة نصية
captions-remove = إزالة الترجمة النصية باللغة { $language }
captions-remove-short = إزالة
captions-none = لا توجد ترجمة نصية بعد.
captions-added = أُضيفت الترجمة النصية باللغة { $language }.
captions-removed = أُزيلت الترجمة النصية باللغة { $language }.
captions-failed = نُشر مقطعك، لكن لم تُضف الترجمة النصية: { $reason } يمكنك إضافتها عند تعديل المقطع.
captions-pick-file = اختر ملف .vtt أولًا.
error-invalid_webvtt = هذا ليس ملف ترجمة نصية WebVTT صالحًا.
error-invalid_language = اختر لغة الترجمة النصية.
profile-photo-choose = صورة الملف الشخصي
profile-photo-hint = JPEG أو PNG أو WebP، حتى 8 ميغابايت. تُقص إلى مربع، وتُحذف معلومات مكان التقاطها والجهاز الذي التُقطت به.
profile-photo-remove = إزالة الصورة
profile-photo-type = اختر صورة بصيغة JPEG أو PNG أو WebP.
profile-edit-save = حفظ الملف الشخصي
profile-edit-done = تم حفظ الملف الشخصي.
error-invalid_photo = هذا الملف ليس صورة يمكن قراءتها.
error-photo_too_small = الصورة صغيرة جدًا: اختر صورة لا يقل كل ضلع منها عن 64 بكسل.
error-photo_too_large = الصورة كبيرة جدًا: 8192 بكسل كحد أقصى لكل ضلع.
error-invalid_crop = يجب أن يكون الجزء المراد الاحتفاظ به من الصورة مربعًا داخلها.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = خوادم أخرى
fed-intro = تابِع أشخاصًا على خوادم أخرى تدعم ActivityPub، مثل خوادم Spool الأخرى. تظهر فيديوهاتهم في خلاصة «المتابَعون».
fed-teen = تبقى حسابات المراهقين على هذا الخادم: لا يمكنها متابعة حسابات على خوادم أخرى ولا أن تُتابَع منها.
fed-address = العنوان على خادم آخر
fed-address-hint = بالشكل name@host، مثلًا alex@example.org
fed-follow = متابعة
fed-address-invalid = أدخل العنوان بالشكل name@host، مثلًا alex@example.org.
fed-address-local = هذا الحساب على هذا الخادم: تابِعه من ملفه الشخصي.
fed-not-found = لم يُعثر على الحساب { $handle }. تحقّق من العنوان.
fed-requested = أُرسل طلب المتابعة إلى { $handle }.
fed-following = الحسابات التي تتابعها هناك
fed-following-empty = لا تتابع أحدًا على خادم آخر بعد.
fed-pending = أُرسل الطلب
fed-followers = متابِعوك من هناك
fed-followers-empty = لا يتابعك أحد من خادم آخر بعد.
fed-wants-to-follow = يريد متابعتك
fed-unfollow = إلغاء المتابعة
fed-accept = قبول
fed-accept-label = قبول طلب المتابعة من { $handle }
fed-decline = رفض
fed-decline-label = رفض طلب المتابعة من { $handle }
fed-remove = إزالة
fed-remove-label = إزالة { $handle } من متابِعيك
fed-accepted = { $handle } يتابعك الآن.
fed-declined = رفضت طلب { $handle }.
fed-removed = لم يعد { $handle } يتابعك.
fed-from = من { $host }
fed-open = فتح على { $host }
fed-cannot-play = لا يمكن تشغيل هذا الفيديو هنا.
comment-remote-remove = إزالة رد { $handle }
fed-shared-by = شاركه { $handle }
reason-remote_instance = من { $host }، خادم يتابع أشخاص من هنا حسابات عليه
fed-like = إعجاب
