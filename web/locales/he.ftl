# טקסטים של ממשק Spool: עברית (Project Fluent). אותן הודעות כמו ב-en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — סרטונים קצרים
app-description = צפייה, יצירה ושיתוף של סרטונים קצרים. הנתונים שלך נשארים באזור הבית שלך.
skip-to-content = דילוג לתוכן
loading = בטעינה…
noscript = ‏Spool צריך JavaScript כדי להפעיל סרטונים. יש להפעיל אותו, או להשתמש ב-API ישירות.
assets-missing = לקוח הרשת לא נבנה לתוך השרת הזה. יש לבנות אותו עם „npm ci && npm run build” בתיקייה web/, ואז לבנות את Spool מחדש.
title-page = { $page } · Spool
title-not-found = לא נמצא · Spool
not-found = הדף הזה לא קיים.
close = סגירה

## Navigation
nav-label = תפריט ראשי
nav-home = בית
nav-discover = גילוי
nav-upload = העלאה
nav-inbox = תיבת דואר
nav-profile = פרופיל
nav-unread = { $count ->
    [one] התראה אחת שלא נקראה
    [two] שתי התראות שלא נקראו
   *[other] { $count } התראות שלא נקראו
}

## Feed
feed-tabs = פידים
feed-for-you = בשבילך
feed-following = במעקב
feed-personalized = מותאם אישית
feed-mode-hint = כשהאפשרות כבויה, הפיד לא משתמש בפרופיילינג: הוא מציג את מה שפופולרי וחדש באזור ובשפה שלך.
feed-mode-personalized = הפיד המותאם אישית פעיל
feed-mode-non-personalized = הפיד המותאם אישית כבוי: ללא פרופיילינג
feed-empty = אין עדיין מה לראות. אפשר להעלות את הקליפ הראשון או לחפש משהו.
feed-following-empty = אין קליפים חדשים מהחשבונות שבמעקב.
feed-login = יש להתחבר כדי לראות קליפים מהחשבונות שבמעקב.
feed-unavailable = הפיד עדיין לא זמין בשרת הזה. אפשר לנסות חיפוש או פרופיל.
video-title = סרטון
video-processing = בעיבוד…
video-failed = העיבוד נכשל
clip-video-label = סרטון של { $handle }
clip-loading = הסרטון נטען
clip-unmute = הפעלת הקול
clip-mute = השתקת הקול
clip-play = הפעלה
clip-pause = השהיה
clip-actions = פעולות לסרטון של { $handle }
clip-like = { $count ->
    [one] לייק (לייק אחד)
    [two] לייק (שני לייקים)
   *[other] לייק ({ $count } לייקים)
}
clip-comments = { $count ->
    [one] תגובות (תגובה אחת)
    [two] תגובות (שתי תגובות)
   *[other] תגובות ({ $count } תגובות)
}
clip-share = { $count ->
    [one] שיתוף (שיתוף אחד)
    [two] שיתוף (שני שיתופים)
   *[other] שיתוף ({ $count } שיתופים)
}
clip-more = אפשרויות נוספות
clip-sound = צליל מקורי – { $handle }
clip-duet-of = דואט: לצפייה במקור
clip-stitch-of = סטיץ׳: לצפייה במקור
follow-handle = מעקב אחרי { $handle }
follow-requested = נשלחה בקשה
follow-done = עכשיו יש לך מעקב אחרי { $handle }
unfollow-done = המעקב אחרי { $handle } הופסק
login-needed = יש להתחבר קודם.
share-title = שיתוף
share-link = קישור לסרטון הזה
share-copy = העתקת הקישור
share-copied = הקישור הועתק
not-interested = לא מעניין אותי
not-interested-done = הבנו: יוצגו פחות קליפים כאלה.
open-sound = פתיחת הצליל
make-duet = יצירת דואט
make-stitch = יצירת סטיץ׳ מהסרטון הזה
why-title = למה הסרטון הזה?
why-none = הקליפ הזה נפתח ישירות ולא נבחר על ידי הפיד.
why-explainer = הפיד בוחר קליפים לפי כללים שפורסמו. אפשר לכבות את ההתאמה האישית בכל עת.
algorithm-link = איך הפיד עובד

## Reasons
reason-follows_creator = יש לך מעקב אחרי { $handle }
reason-topic = צפית בקליפים על { $hashtag }
reason-similar_to_liked = דומה לקליפים שאהבת
reason-taste_match = מתאים למה שבדרך כלל צופים בו
reason-trending_region = פופולרי באזור שלך ({ $region })
reason-trending_language = פופולרי בשפה שלך ({ $language })
reason-new_video_test_audience = קליפ חדש שמוצג לקהל בדיקה קטן
reason-fresh = פורסם לאחרונה
reason-sound = משתמש בצליל „{ $sound }”
reason-seen_before = ראית את כל הקליפים החדשים; צפה בזה שוב

## Comments
comments-title = { $count ->
    [one] תגובה אחת
    [two] שתי תגובות
   *[other] { $count } תגובות
}
comments-empty = אין עדיין תגובות. אפשר להגיב ראשונים.
comments-more = תגובות נוספות
comments-off = התגובות כבויות בסרטון הזה.
comment-add = הוספת תגובה
comment-send = פרסום
comment-sent = התגובה פורסמה
comment-reply = תשובה
comment-reply-to = תשובה ל-{ $handle }
comment-cancel-reply = ביטול התשובה
comment-replies = { $count ->
    [one] הצגת תשובה אחת
    [two] הצגת שתי תשובות
   *[other] הצגת { $count } תשובות
}
comment-like = { $count ->
    [one] לייק לתגובה (לייק אחד)
    [two] לייק לתגובה (שני לייקים)
   *[other] לייק לתגובה ({ $count } לייקים)
}
comment-pinned = מוצמד
comment-login = יש להתחבר כדי להגיב

## Reports
report = דיווח
report-intro = מה לא בסדר? מנחה בודק כל דיווח, ותתקבל תשובה.
report-category = סיבה
report-note = פרטים (לא חובה)
report-note-hint = במה כדאי למנחה להתמקד?
report-send = שליחת הדיווח

## Upload
upload-title = העלאה
upload-file = קובץ וידאו
upload-file-hint = משנייה אחת עד 10 דקות. ההעלאה מתחילה מיד וממשיכה אם החיבור נקטע.
upload-progress-label = התקדמות ההעלאה
upload-progress = { $percent }% ({ $sent } מתוך { $total } בייטים)
upload-done = ההעלאה הושלמה
upload-error = ההעלאה נכשלה. כדאי לנסות שוב.
upload-pause = השהיה
upload-resume = המשך
upload-caption = כיתוב
upload-caption-hint = אפשר להקליד # לתגיות ו-@ כדי לתייג מישהו.
upload-visibility = מי יכול לצפות
visibility-public = כולם
visibility-followers = עוקבים
visibility-private = רק אני
upload-allow = לאפשר לאחרים
upload-allow-comments = להגיב
upload-allow-duet = ליצור דואט
upload-allow-stitch = ליצור סטיץ׳
upload-sound = צליל (לא חובה)
upload-sound-search = חיפוש צליל
upload-sound-none = הקליפ ישמור על הצליל שלו.
upload-sound-chosen = צליל: { $title }
upload-sound-clear = שימוש בצליל שלי
upload-duet = דואט עם { $handle }
upload-stitch = סטיץ׳ מהסרטון של { $handle }
upload-post = פרסום
upload-pick-first = יש לבחור קודם קובץ וידאו.
upload-waiting = ההעלאה מסתיימת…
upload-processing = הסרטון בעיבוד… זה לוקח בערך כאורך הקליפ.
upload-ready = הסרטון מוכן!
upload-watch = לצפייה
upload-to-profile = מעבר לפרופיל
suggestions = הצעות
suggestions-count = { $count ->
    [one] הצעה אחת. אפשר לבחור בחיצים למעלה ולמטה.
    [two] שתי הצעות. אפשר לבחור בחיצים למעלה ולמטה.
   *[other] { $count } הצעות. אפשר לבחור בחיצים למעלה ולמטה.
}

## Profiles, hashtags, sounds
profile-not-found = החשבון הזה לא קיים.
profile-edit = עריכת הפרופיל
profile-follow = מעקב
profile-following = במעקב
profile-private = פרטי
profile-private-body = החשבון הזה פרטי. יש לעקוב אחריו כדי לראות את הסרטונים שלו.
profile-following-count = במעקב
profile-followers-count = עוקבים
profile-likes-count = לייקים
profile-videos-count = סרטונים
profile-videos = סרטונים
profile-empty = אין עדיין סרטונים.
profile-empty-own = עוד לא פרסמת כלום. הקליפים שלך יופיעו כאן.
tile-label = { $caption } — מאת { $handle }
tile-label-plain = סרטון של { $handle }
hashtag-count = { $count ->
    [one] סרטון אחד
    [two] שני סרטונים
   *[other] { $count } סרטונים
}
hashtag-empty = אין עדיין סרטונים ציבוריים עם התגית הזו.
sound-title = צליל
sound-listen = האזנה ל-{ $title }
sound-meta = { $duration } · { $count ->
    [one] סרטון אחד
    [two] שני סרטונים
   *[other] { $count } סרטונים
}
sound-use = שימוש בצליל הזה
sound-original = הסרטון המקורי
sound-sort = מיון הסרטונים
sound-newest = החדשים ביותר
sound-popular = פופולריים
sound-empty = אף סרטון עוד לא משתמש בצליל הזה.

## Search
search-title = גילוי
search-label = חיפוש
search-placeholder = חיפוש חשבונות, סרטונים, #תגיות, צלילים
search-submit = חיפוש
search-types = מה לחפש
search-videos = סרטונים
search-accounts = חשבונות
search-hashtags = תגיות
search-sounds = צלילים
search-results = תוצאות
search-hint = אפשר להקליד מילה, #תגית או @שם משתמש.
search-empty = לא נמצא דבר עבור „{ $query }”.
search-followers = { $count ->
    [one] עוקב אחד
    [two] שני עוקבים
   *[other] { $count } עוקבים
}

## Inbox
inbox-title = תיבת דואר
inbox-requests = בקשות מעקב
inbox-activity = פעילות
inbox-empty = אין עדיין התראות.
inbox-unread = לא נקראו:
request-accept = אישור
request-decline = דחייה
request-accepted = ‏{ $handle } יכול עכשיו לראות את הסרטונים שלך
request-declined = הבקשה של { $handle } נדחתה
notif-like = { $count ->
    [one] ‏{ $actor } אהב/ה את הסרטון שלך
    [two] שני אנשים אהבו את הסרטון שלך
   *[other] { $count } אנשים אהבו את הסרטון שלך
}
notif-comment = { $others ->
    [0] ‏{ $actor } הגיב/ה על הסרטון שלך
    [one] ‏{ $actor } ועוד אדם אחד הגיבו על הסרטון שלך
    [two] ‏{ $actor } ועוד שני אנשים הגיבו על הסרטון שלך
   *[other] ‏{ $actor } ועוד { $others } אנשים הגיבו על הסרטון שלך
}
notif-reply = ‏{ $actor } השיב/ה לתגובה שלך
notif-mention = ‏{ $actor } תייג/ה אותך
notif-follow = { $count ->
    [one] ‏{ $actor } התחיל/ה לעקוב אחריך
    [two] שני עוקבים חדשים
   *[other] { $count } עוקבים חדשים
}
notif-follow_request = ‏{ $actor } ביקש/ה לעקוב אחריך
notif-follow_accepted = ‏{ $actor } אישר/ה את בקשת המעקב שלך
notif-comment_like = { $others ->
    [0] ‏{ $actor } אהב/ה את התגובה שלך
    [one] ‏{ $actor } ועוד אדם אחד אהבו את התגובה שלך
    [two] ‏{ $actor } ועוד שני אנשים אהבו את התגובה שלך
   *[other] ‏{ $actor } ועוד { $others } אנשים אהבו את התגובה שלך
}
notif-duet = ‏{ $actor } יצר/ה דואט עם הסרטון שלך
notif-stitch = ‏{ $actor } יצר/ה סטיץ׳ מהסרטון שלך

## Settings
settings-title = הגדרות
settings-save = שמירה
settings-saved = נשמר
settings-profile = פרופיל
settings-privacy = פרטיות
settings-private = חשבון פרטי
settings-private-hint = רק עוקבים שאישרת יכולים לראות את הסרטונים שלך.
settings-who-comment = מי יכול להגיב על הסרטונים שלך
settings-who-duet = מי יכול ליצור דואט עם הסרטונים שלך
settings-who-stitch = מי יכול ליצור סטיץ׳ מהסרטונים שלך
policy-everyone = כולם
policy-followers = עוקבים
policy-nobody = אף אחד
settings-liked-public = להציג בפרופיל שלי את הסרטונים שאהבתי
settings-teen = החשבון שלך הוא חשבון נוער: חלק מההגדרות מחמירות יותר.
settings-feed = פיד
settings-reset-recommendations = איפוס ההמלצות שלי
settings-reset-done = ההמלצות שלך אופסו.
settings-language = שפה
settings-language-label = שפת הממשק
settings-language-hint = כברירת מחדל Spool משתמש בשפת הדפדפן שלך.
settings-data = הנתונים שלך
settings-data-intro = אפשר להוריד את כל מה ש-Spool שומר עליך, ולראות אילו אנשי צוות צפו בזה ולמה.
settings-export = הורדת הנתונים שלי
settings-region = אזור בית
settings-region-now = הנתונים שלך שמורים ב: { $region }
settings-region-intro = המידע האישי שלך נמצא רק באזור הבית שלך. אפשר להעביר אותו לאזור אחר.
settings-move-to = אזור בית חדש
settings-move = העברת הנתונים שלי
settings-move-confirm = להעביר את כל המידע האישי שלך אל { $region }?
settings-move-done = הנתונים שלך הועברו.
settings-account = חשבון
settings-signed-in = מחובר/ת בתור { $handle }
settings-logout = התנתקות
settings-delete = מחיקת החשבון
settings-delete-intro = פעולה זו מוחקת לצמיתות את החשבון, את הסרטונים ואת כל הנתונים שלך. אי אפשר לבטל אותה.
settings-delete-confirm = למחוק לצמיתות את החשבון ואת כל מה שבו?
settings-sessions = הפעלות
settings-sessions-intro = המכשירים שבהם יש לך חיבור פעיל. כדאי להתנתק מאלה שלא מוכרים לך.
settings-sessions-logout-others = התנתקות מכל מקום אחר
settings-sessions-ended = { $count ->
    [one] בוצעה התנתקות מהפעלה אחרת אחת.
    [two] בוצעה התנתקות משתי הפעלות אחרות.
   *[other] בוצעה התנתקות מ-{ $count } הפעלות אחרות.
}
session-device = { $browser } ב-{ $os }
session-device-unknown = מכשיר לא מוכר
session-current = המכשיר הזה
session-times = התחברות { $created } · פעילות אחרונה { $used }
session-logout = התנתקות
session-logout-label = ניתוק { $device }
settings-password = שינוי סיסמה
settings-password-done = הסיסמה שונתה. כל שאר ההפעלות נותקו.
field-current-password = הסיסמה הנוכחית
field-new-password = סיסמה חדשה
access-title = גישה לנתונים שלי
access-intro = בכל פעם שאיש צוות פותח את המידע האישי שלך, הדבר נרשם עם נימוק בכתב. זו הרשימה המלאה.
access-empty = אף איש צוות לא ניגש לנתונים שלך.
access-unavailable = יומן הגישה עדיין לא זמין בשרת הזה.
access-when = מתי
access-staff = איש צוות
access-role = תפקיד
access-action = מה נעשה
access-justification = נימוק
access-reference = אסמכתה
algorithm-title = איך הפיד עובד
algorithm-intro = הפיד „בשבילך” של Spool פתוח לבדיקה: הקוד, המשקלים שלו והסיבות לכל קליפ מפורסמים.
algorithm-sources = המועמדים מגיעים מחשבונות שבמעקב, מקליפים דומים לאלה שאהבת, ממה שפופולרי באזור ובשפה שלך, ומקליפים חדשים שמוצגים לקהל בדיקה קטן.
algorithm-signals = הוא לומד ממה שעושים: כמה זמן צופים, צפיות חוזרות, דילוגים, לייקים, שיתופים, תגובות, מעקבים ו„לא מעניין אותי”.
algorithm-filters = הוא משמיט את מה שכבר ראית, חשבונות חסומים וסרטונים שהוסרו, ומגוון נושאים ויוצרים.
algorithm-control = אפשר לכבות את ההתאמה האישית, לאפס את מה שנלמד ולשאול „למה הסרטון הזה?” על כל קליפ.
algorithm-published = התיאור שפורסם
algorithm-unavailable = התיאור שפורסם עדיין לא זמין בשרת הזה.

## Log in and sign up
login-title = התחברות
login-submit = התחברות
login-no-account = אין לך עדיין חשבון?
signup-title = הרשמה
signup-intro = המידע האישי שלך נשמר רק באזור הבית שבחרת.
signup-submit = יצירת חשבון
signup-have-account = כבר יש לך חשבון?
field-handle = שם משתמש
field-handle-hint = 2 עד 24 אותיות, ספרות, _ או .
field-display-name = שם תצוגה (לא חובה)
field-password = סיסמה
field-password-hint = לפחות 8 תווים.
field-birth-date = תאריך לידה
field-birth-date-hint = הגיל המינימלי הוא 13. חשבונות של בני פחות מ-18 הם פרטיים כברירת מחדל.
field-region = אזור בית
field-region-hint = המקום שבו נשמר המידע האישי שלך.
field-email = דוא״ל (לא חובה)
field-email-hint = משמש רק כדי לעזור לשחזר את החשבון.
field-bio = ביוגרפיה

## Errors
error-network = אין חיבור לשרת. כדאי לבדוק את החיבור.
error-internal = משהו השתבש. כדאי לנסות שוב.
error-unauthenticated = יש להתחבר קודם.
error-invalid_credentials = שם משתמש או סיסמה שגויים.
error-too_young = השימוש ב-Spool מותר מגיל 13 ומעלה.
error-csrf_rejected = פג תוקף ההפעלה. יש לטעון את הדף מחדש.
error-forbidden = אין לך הרשאה לעשות את זה.
error-comments_off = התגובות כבויות בסרטון הזה.
error-remix_off = היוצר לא מאפשר זאת.
error-not_found = לא נמצא.
error-handle_taken = שם המשתמש הזה כבר תפוס.
error-rate_limited = יותר מדי ניסיונות. כדאי להמתין רגע ולנסות שוב.
error-invalid_handle = יש להשתמש ב-2 עד 24 אותיות, ספרות, _ או .
error-handle_reserved = שם המשתמש הזה שמור.
error-invalid_password = הסיסמה צריכה להכיל 8 עד 128 תווים.
error-invalid_email = כתובת הדוא״ל הזו לא נראית תקינה.
error-invalid_birth_date = יש להזין תאריך לידה תקין.
error-invalid_display_name = שם התצוגה יכול להכיל עד 50 תווים.
error-invalid_bio = הביוגרפיה יכולה להכיל עד 160 תווים.
error-invalid_caption = הכיתוב יכול להכיל עד 2,200 תווים.
error-invalid_comment = תגובה מכילה 1 עד 500 תווים.
error-unknown_region = יש לבחור אחד מהאזורים ברשימה.
error-empty_file = הקובץ ריק.
error-not_media = הקובץ הזה אינו סרטון.
error-no_video_stream = אין וידאו בקובץ הזה.
error-still_image = זו תמונה סטטית, לא סרטון.
error-too_short = הסרטון קצר מדי (לפחות שנייה אחת).
error-too_long = הסרטון ארוך מדי (עד 10 דקות).
error-too_large = הסרטון גדול מדי.
error-unsupported_codec = פורמט הווידאו הזה לא נתמך.
error-transcode_failed = לא ניתן היה לעבד את הסרטון.
error-wrong_password = הסיסמה הנוכחית שגויה.
error-quota_exceeded = האחסון שלך מלא. אפשר למחוק סרטונים או העלאות שלא הושלמו כדי לפנות מקום.
error-bad_request = לא ניתן היה לקרוא את הבקשה.

## Moderation: reports
report-title-video = דיווח על הסרטון
report-title-comment = דיווח על התגובה
report-title-account = דיווח על החשבון
report-category-choose = בחירת סיבה
report-category-hate_speech = דברי שטנה
report-category-harassment = הטרדה ובריונות
report-category-violent_extremism = קיצוניות אלימה
report-category-disinformation = מידע מטעה ודיסאינפורמציה
report-category-child_safety = בטיחות ילדים
report-category-self_harm = פגיעה עצמית והפרעות אכילה
report-category-illegal_goods = סחורות ושירותים בלתי חוקיים
report-category-scams = הונאות
report-category-spam = ספאם
report-category-intellectual_property = קניין רוחני
report-category-other = משהו אחר
report-dsa-legend = עליך
report-dsa-intro = לא התחברת, ולכן זו הודעה לפי סעיף 16 לחוק השירותים הדיגיטליים של האיחוד האירופי. כדי לטפל בה אנחנו צריכים את שמך ואת כתובת הדוא״ל שלך; לאדם שדיווחת עליו לעולם לא ייאמר מי את/ה.
report-name = השם שלך
report-email = כתובת הדוא״ל שלך
report-email-hint = התוצאה תישלח לכאן.
report-good-faith = אני מצהיר/ה בתום לב שהמידע בהודעה זו מדויק ומלא.
report-login-instead = יש לך חשבון?
report-sent = תודה. הדיווח נשלח, ומנחה יבדוק אותו.
report-duplicate = כבר דיווחת על זה. הדיווח הקודם עדיין בתוקף; אין צורך לשלוח אותו שוב.
report-receipt-intro = כדאי לשמור את האישור הזה: בעזרתו אפשר לבדוק מה הוחלט.
report-receipt = האישור שלך
report-receipt-hint = מספר דיווח { $id }
report-receipt-copy = העתקת האישור
report-receipt-copied = האישור הועתק.
report-check-later = בדיקת הדיווח מאוחר יותר
report-follow-up = תקבל/י הודעה על התוצאה. אפשר גם לעקוב אחריה ב
report-outcome = הוחלט ב-{ $date }: { $action }
report-outcome-policy = הכלל שהוחל: { $policy }
report-state-open = ממתין לבדיקה
report-state-decided = הוחלט
comment-report = דיווח על התגובה של { $handle }
profile-report = דיווח
profile-withheld = החשבון הזה לא זמין במקום שבו את/ה נמצא/ת.
label-panel = מידע
label-more = מידע נוסף
video-age-restricted = מוגבל לפי גיל
video-held = מעוכב
video-held-own = הסרטון שלך מעוכב: הוא תואם תוכן שהוסר בעבר. מנחה יבדוק אותו.
video-removed-own = הסרטון שלך הוסר על ידי מנחה. רק את/ה רואה את ההודעה הזו.
video-reduced-own = בעקבות החלטת ניהול, הסרטון שלך לא מומלץ בפידים. רק את/ה רואה את ההודעה הזו.
video-withheld = הסרטון הזה לא זמין במקום שבו את/ה נמצא/ת.
status-link = למה, ואיך מערערים

## Moderation: actions, targets, grounds
action-no_violation = אין הפרה
action-remove = הוסר
action-age_restrict = מוגבל לפי גיל
action-restrict_regions = מוגבל בחלק מהאזורים
action-label = נוספה תווית מידע
action-reduce_distribution = הפצה מצומצמת
action-suspend = החשבון הושעה
action-terminate = החשבון נסגר
target-video = סרטון
target-comment = תגובה
target-account = חשבון
ground-illegal = תוכן בלתי חוקי
ground-incompatible = בניגוד להנחיות הקהילה
source-notice = הודעה ממישהו שדיווח על כך
source-trusted-flagger = הודעה ממדווח מהימן
source-own-initiative = בדיקה עצמית של Spool
decision-reversed = בוטל

## Account status and statements of reasons
status-title = מצב החשבון
settings-status-intro = החלטות על התוכן שלך, הערעורים שלך והדיווחים ששלחת.
settings-about = אודות Spool
status-standing = החשבון שלך
status-good = החשבון שלך תקין.
status-suspended = החשבון שלך מושעה.
status-suspended-until = החשבון שלך מושעה עד { $date }.
status-terminated = החשבון שלך נסגר. עדיין אפשר לקרוא את ההחלטות ולערער.
status-strikes = { $count ->
    [one] אזהרה אחת מתוך { $threshold }
    [two] שתי אזהרות מתוך { $threshold }
   *[other] { $count } אזהרות מתוך { $threshold }
}
status-strikes-hint = כל החלטה נגד התוכן שלך היא אזהרה. בהגעה למגבלה החשבון מושעה. אזהרות ישנות פגות.
status-history = החלטות קודמות
status-statements = החלטות והנימוקים להן
status-statements-intro = על כל החלטה אנחנו שולחים הודעת נימוקים: מה הוחלט, לפי איזה כלל ואיך מערערים.
status-no-statements = אין החלטות על התוכן שלך.
status-my-reports = הדיווחים שלי
status-no-reports = לא דיווחת על שום דבר.
status-receipt-title = הדיווח שלך
statement-heading = { $action } · { $date }
statement-decision = החלטה
statement-content = תוכן
statement-facts = מה מצאנו
statement-policy = כלל
statement-ground-illegal = אנחנו רואים בתוכן תוכן בלתי חוקי.
statement-ground-incompatible = התוכן מנוגד להנחיות הקהילה שלנו.
statement-legal-ground = בסיס משפטי: { $ground }
statement-policy-ground = הנחיה: { $ground }
statement-label = התווית שמוצגת
statement-detection = איך זה אותר
statement-detected-auto = בכלים אוטומטיים
statement-detected-human = בלי כלים אוטומטיים
statement-automated = איך התקבלה ההחלטה
statement-decided-auto = על ידי מערכת אוטומטית
statement-decided-human = על ידי אדם, לא אוטומטית
statement-source = מה התחיל את הבדיקה
statement-scope = היכן זה חל
statement-scope-everywhere = בכל מקום
statement-duration = לכמה זמן
statement-duration-until = מ-{ $from } עד { $until }
statement-duration-open = מ-{ $from }, ללא תאריך סיום
statement-account-suspended = החשבון שלך הושעה.
statement-account-terminated = החשבון שלך נסגר.
statement-appeal = ערעור
statement-appeal-until = אפשר לערער עד { $date }. מנחה אחר יבדוק את הערעור.
statement-appeal-possible = אפשר לערער. מנחה אחר יבדוק את הערעור.
statement-appeal-closed = כבר אי אפשר לערער כאן על ההחלטה הזו. עדיין אפשר לפנות לגוף מוסמך ליישוב סכסוכים מחוץ לבית המשפט או לבית משפט.
statement-appeal-open = הערעור שלך בבדיקה.
statement-appeal-upheld = הערעור שלך התקבל: ההחלטה בוטלה.
statement-appeal-rejected = הערעור שלך נבדק וההחלטה נשארת בתוקף.
statement-technical = פרטים טכניים (כפי שנשלחו למאגר השקיפות של האיחוד האירופי)
appeal-text = למה צריך לשנות את ההחלטה?
appeal-text-hint = כדאי להסביר מה המנחה אולי החמיץ. אפשר להוסיף הקשר או קישורים.
appeal-send = שליחת הערעור
appeal-sent = הערעור נשלח. מנחה אחר יבדוק אותו, ותתקבל הודעת נימוקים חדשה.
appeal-exists = כבר יש לך ערעור פתוח על ההחלטה הזו.

## Moderator console
mod-title = ניהול תוכן
mod-region = אזור
mod-region-hint = התור של האזור שבו את/ה מנחה.
mod-not-moderator = אינך מנחה באזור הזה.
queue-title = תור בדיקה: { $region }
queue-refresh = רענון
queue-empty = התור ריק.
queue-count = { $count ->
    [one] פריט אחד, הדחוף ביותר ראשון
    [two] שני פריטים, הדחופים ביותר ראשונים
   *[other] { $count } פריטים, הדחופים ביותר ראשונים
}
queue-kind-notice = הודעה
queue-kind-appeal = ערעור
queue-kind-match = התאמה
queue-severity = חומרה
queue-notices = הודעות
queue-reach = צפיות (24 ש׳)
queue-detection = אותר על ידי
queue-automated = איתור אוטומטי
queue-human = אנשים
queue-due = יעד { $time }
queue-overdue = באיחור: היעד היה { $time }
queue-claimed-mine = נלקח על ידך; פג { $time }
queue-claimed-other = נלקח על ידי מנחה אחר
queue-claim = לקיחה
queue-claim-done = נלקח. הפריט שלך לדקות הקרובות.
queue-open = בדיקה
item-title = בדיקה
item-heading = בדיקה: { $category }
item-back = חזרה לתור
item-decided = הוחלט
item-context = התוכן
item-player = הסרטון שדווח
item-caption = כיתוב
item-sound = צליל
item-state = מצב
item-remixes = רמיקסים
item-none = אין
item-open-video = דף הסרטון
item-open-video-link = פתיחת הסרטון
item-comment-text = תגובה
item-comment-video = על הסרטון
item-account = חשבון
item-detection = איתור אוטומטי
item-notices = { $count ->
    [one] הודעה אחת
    [two] שתי הודעות
   *[other] { $count } הודעות
}
item-history = החלטות קודמות על החשבון הזה
item-history-none = אין החלטות קודמות.
item-appeal = הערעור
item-appeal-decision = ההחלטה שעליה ערערו
decide-title = החלטה
decide-action = פעולה
decide-policy = כלל
decide-policy-category = כלל כללי: { $category }
decide-legal-ground = בסיס משפטי: { $ground }
decide-facts = עובדות
decide-facts-hint = מה מצאת, במילים פשוטות. היוצר יקרא את זה.
decide-restrict = היכן להגביל
decide-restrict-hint = אפשר לבחור אזורים, מדינות או את שניהם. צו משפטי דורש את האסמכתה שלו.
decide-regions = אזורים
decide-countries = מדינות
decide-countries-hint = קודי מדינה בני שתי אותיות, מופרדים בפסיקים (DE, AT).
decide-reference = אסמכתה (צו של בית משפט או רשות)
decide-reference-hint = לא חובה. מוצגת לצופים שלא יכולים לראות את התוכן.
decide-restrict-empty = יש לבחור לפחות אזור או מדינה אחת.
decide-label = תווית מידע
decide-label-text = טקסט התווית
decide-label-url = קישור למידע נוסף
decide-suspend = השעיה
decide-days = ימים
decide-days-hint = 1 עד 365.
decide-submit = החלטה
decide-done = ההחלטה נרשמה: { $action }. הודעת הנימוקים נשלחה.
appeal-decide-title = החלטה בערעור
appeal-outcome = תוצאה
appeal-outcome-upheld = קבלת הערעור
appeal-outcome-upheld-hint = ההחלטה מבוטלת מיד והתוכן או החשבון משוחזרים.
appeal-outcome-rejected = דחיית הערעור
appeal-outcome-rejected-hint = ההחלטה נשארת בתוקף.
appeal-decide-submit = החלטה בערעור
appeal-decided-upheld = הערעור התקבל: ההחלטה בוטלה. נשלחה הודעת נימוקים חדשה.
appeal-decided-rejected = הערעור נדחה: ההחלטה נשארת בתוקף. נשלחה הודעת נימוקים חדשה.
error-claimed = מנחה אחר כבר לקח את הפריט הזה.
error-same_moderator = המנחה שקיבל את ההחלטה לא יכול להכריע בערעור עליה.

## Transparency report
transparency-title = שקיפות
transparency-intro = איך ניהול התוכן ב-Spool עובד, במספרים: הודעות, החלטות, כמה מהר התקבלו, ערעורים וביטולים. לא מוצג מידע אישי.
transparency-region = אזור
transparency-all-regions = כל האזורים
transparency-period = תקופה
transparency-period-days = 30 הימים האחרונים, לפי יום
transparency-period-weeks = 12 השבועות האחרונים, לפי שבוע
transparency-period-months = 12 החודשים האחרונים, לפי חודש
transparency-range = { $from } עד { $to }
transparency-csv = הורדה כ-CSV
transparency-summary = סך הכול: { $region }
transparency-notices = הודעות
transparency-decisions = החלטות
transparency-median = זמן חציוני עד החלטה
transparency-p90 = האחוזון ה-90
transparency-hours = { $hours } ש׳
transparency-hours-unit = ש׳
transparency-deadline-misses = מועדים שהוחמצו
transparency-automated-detection = אותרו בכלים אוטומטיים
transparency-automated-decision = הוחלטו אוטומטית
transparency-suspensions = השעיות
transparency-appeals = ערעורים
transparency-reversals = ביטולים
transparency-over-time = לאורך זמן
transparency-chart-volume = הודעות והחלטות
transparency-chart-speed = זמן עד החלטה (שעות)
transparency-breakdown = פילוח
transparency-chart-notices-category = הודעות לפי קטגוריה
transparency-chart-decisions-action = החלטות לפי פעולה
transparency-chart-decisions-category = החלטות לפי קטגוריה
transparency-chart-ground = החלטות לפי בסיס
transparency-chart-source = הודעות לפי מקור
transparency-appeals-title = ערעורים
transparency-chart-appeals = תוצאות ערעורים
transparency-chart-appeals-time = ערעורים וביטולים לאורך זמן
transparency-appeals-upheld = התקבלו
transparency-appeals-rejected = נדחו
transparency-appeals-open = פתוחים
transparency-orders = צווים משפטיים וסינון
transparency-chart-orders = צווים משפטיים לפי אזור
transparency-screening-flagged = סומנו בסינון
transparency-screening-decided = נבדקו
transparency-screening-confirmed = אושרו
transparency-screening-precision = דיוק
transparency-none = אין דבר בתקופה הזו.
transparency-yes = כן
transparency-no = לא
transparency-log = יומן החלטות
transparency-log-intro = כל החלטה, בלי נתונים של מדווחים, יוצרים או מנחים.
transparency-log-date = תאריך
transparency-log-action = החלטה
transparency-log-category = קטגוריה
transparency-log-ground = בסיס
transparency-log-content = תוכן
transparency-log-detected = איתור אוטומטי
transparency-log-automated = החלטה אוטומטית
transparency-log-scope = היכן
transparency-log-source = מקור
transparency-log-reversed = בוטל
transparency-log-more = החלטות נוספות
transparency-log-empty = אין עדיין החלטות.
chart-show-table = הצגת המספרים כטבלה
chart-summary-line = מ-{ $from } עד { $to }. סך הכול: { $totals }
chart-period = תקופה
chart-item = פריט
chart-value = כמות
notif-statement = התקבלה החלטת ניהול תוכן לגבי התוכן שלך. כדאי לקרוא למה ואיך מערערים.
notif-report_outcome = התקבלה החלטה בדיווח ששלחת.

## Moderation: more codes from the server
action-hold = עוכב לבדיקה
action-reversed = בוטל בערעור
action-upheld_decision = אושר בערעור
action-appeal_upheld = הערעור התקבל
action-appeal_rejected = הערעור נדחה
notice-source-account = הודעה מחשבון
notice-source-anonymous = הודעה ללא חשבון (DSA סעיף 16)
notice-source-screening = סינון אוטומטי
notice-source-fingerprint = התאמה לתוכן שהוסר
notice-source-legal_order = צו משפטי
source-complaint = ערעור
statement-scope-eea = האיחוד האירופי והאזור הכלכלי האירופי (30 מדינות)
statement-regions = אזורים
statement-reference = אסמכתת הצו
statement-outcome-heading = { $action } · { $date }
error-already_decided = כבר הוחלט על כך.
error-appeal_open = כבר יש ערעור פתוח על ההחלטה הזו.
error-appeal_closed = כבר אי אפשר לערער על ההחלטה הזו.
error-account_suspended = החשבון שלך מושעה, ולכן אי אפשר לעשות זאת כעת.
error-account_terminated = החשבון שלך נסגר.
error-not_moderator = אינך מנחה באזור הזה.
video-withheld-own = הסרטון שלך לא זמין ב: { $places }. רק את/ה רואה את ההודעה הזו.
item-restrictions = הגבלות נוכחיות

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = יש להתחבר כדי להמשיך
signin-sheet-intro = אפשר להתחבר כדי לעשות לייק, להגיב, לעקוב ולקבל פיד שמותאם לך.
feed-caught-up = ראית הכול
feed-caught-up-hint = לעת עתה ראית את כל הקליפים. עוד תוכן מחכה בגילוי.
feed-explore = גילוי
clip-creator-profile = הפרופיל של { $handle }
unfollow-handle = הפסקת המעקב אחרי { $handle }
clip-progress = מיקום ההפעלה
clip-progress-value = { $at } מתוך { $length }
video-edit = עריכת הסרטון
video-edit-save = שמירה
video-edit-done = השינויים נשמרו
video-delete = מחיקת הסרטון
video-delete-confirm = למחוק את הסרטון הזה לצמיתות? התגובות והלייקים שלו יימחקו איתו.
video-delete-done = הסרטון נמחק
back = חזרה
cancel = ביטול
discover-trending = טרנדי עכשיו
discover-trending-tags = תגיות בטרנד

## How the feed works: its stages and parameters
algo-stage-events = ממה הפיד לומד
algo-stage-model = מודל הטעם
algo-stage-candidates = מאין מגיעים המועמדים
algo-stage-exploration = הזדמנות לסרטונים חדשים
algo-stage-ranking = דירוג
algo-stage-filters = מה מסונן
algo-stage-diversity = גיוון
algo-stage-non_personalized = הפיד שאינו מותאם אישית
algo-technical = תיאור טכני (באנגלית)
algo-param-bias-learning-rate = כמה מהר נלמדת המשיכה של הסרטון עצמו
algo-param-expiry-secs = נשכח אחרי חוסר פעילות של
algo-param-history-len = צפיות אחרונות שנלקחות בחשבון
algo-param-history-weight = משקל הצפיות האחרונות
algo-param-init-scale = פיזור התחלתי של שורות חדשות
algo-param-item-min-count = אינטראקציות לפני שסרטון מקבל שורה משלו
algo-param-learning-rate = כמה מהר נלמד הטעם
algo-param-margin = מרווח בין סרטונים שאהבו לבין סרטונים שדילגו עליהם
algo-param-negative-trials = סרטונים שנבדקים בחיפוש דוגמה נגדית
algo-param-negatives-per-positive = דוגמאות נגדיות לכל אות חיובי
algo-param-regularization = רגולריזציה (מונעת התאמת יתר של המודל)
algo-param-seed = זרע אקראי (לשחזוריות)
algo-param-max-age-hours = סרטונים חדשים נבדקים במשך
algo-param-min-completion-rate = נצפה עד הסוף לפחות
algo-param-min-engagement-rate = לייקים, תגובות ושיתופים לצפייה לפחות
algo-param-slots-per-page = מקומות בכל עמוד לסרטונים חדשים
algo-param-stages = גודל הקהל בשלבי הבדיקה
algo-param-freshness-hours = סרטון נחשב טרי במשך
algo-param-trending-half-life-hours = הטרנדיות נספרת בחצי אחרי
algo-param-weights = משקלי ציון הדירוג
algo-param-engagement = מעורבות צפויה
algo-param-exploration = חקירה
algo-param-following = חשבונות שבמעקב
algo-param-freshness = טריות
algo-param-trending = טרנדיות
algo-param-creator-spacing = קליפים לפני שאותו יוצר חוזר
algo-param-sound-spacing = קליפים לפני שאותו צליל חוזר
algo-param-catalog-videos = סרטונים בקטלוג
algo-param-viewers-with-state = צופים שהמודל מכיר

tile-views = { $count ->
    [one] צפייה אחת
    [two] שתי צפיות
   *[other] { $count } צפיות
}

## Long press: speed
clip-options = אפשרויות
speed-title = מהירות הפעלה
speed-normal = רגילה
speed-value = { $rate }×
speed-set = מופעל במהירות { $rate }×

## Upload: preview, cover, draft
upload-preview = תצוגה מקדימה של הקליפ
upload-cover = תמונת שער
upload-cover-hint = יש לגרור אל הפריים שאנשים רואים לפני שהקליפ מתחיל.
upload-draft-restored = הטיוטה שלך חזרה: כיתוב והגדרות כמו שהשארת אותם.
error-invalid_cover = תמונת השער חייבת להיות רגע מתוך הקליפ.

# כתוביות ותמונות פרופיל
clip-captions-on = הפעלת הכתוביות
clip-captions-off = כיבוי הכתוביות
captions-on = הכתוביות מופעלות
captions-off = הכתוביות כבויות
captions-title = כתוביות
captions-file = קובץ כתוביות (.vtt)
captions-hint = קובץ WebVTT אחד לכל שפה. כל הכתוביות צריכות להיות בתוך משך הקליפ.
captions-language = שפת הכתוביות
captions-add = הוספת כתוביות
captions-remove = הסרת הכתוביות בשפה { $language }
captions-remove-short = הסרה
captions-none = אין עדיין כתוביות.
captions-added = הכתוביות בשפה { $language } נוספו.
captions-removed = הכתוביות בשפה { $language } הוסרו.
captions-failed = הקליפ שלך פורסם, אבל הכתוביות לא נוספו: { $reason } אפשר להוסיף אותן מחלון העריכה של הקליפ.
captions-pick-file = יש לבחור קודם קובץ .vtt.
error-invalid_webvtt = זה לא קובץ כתוביות WebVTT תקין.
error-invalid_language = יש לבחור את שפת הכתוביות.
profile-photo-choose = תמונת פרופיל
profile-photo-hint = JPEG, PNG או WebP, עד 8 MB. התמונה נחתכת לריבוע, והמידע על המקום שבו צולמה ועל המכשיר שצילם אותה מוסר.
profile-photo-remove = הסרת התמונה
profile-photo-type = יש לבחור תמונה מסוג JPEG, PNG או WebP.
profile-edit-save = שמירת הפרופיל
profile-edit-done = הפרופיל נשמר.
error-invalid_photo = הקובץ הזה אינו תמונה שאפשר לקרוא.
error-photo_too_small = התמונה קטנה מדי: יש לבחור תמונה של 64 פיקסלים לפחות בכל צד.
error-photo_too_large = התמונה גדולה מדי: עד 8192 פיקסלים בכל צד.
error-invalid_crop = החלק של התמונה שיישמר חייב להיות ריבוע שנמצא בתוכה.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = שרתים אחרים
fed-intro = אפשר לעקוב אחרי אנשים בשרתים אחרים שתומכים ב־ActivityPub, כמו שרתי Spool אחרים. הסרטונים שלהם יופיעו בפיד „במעקב”.
fed-teen = חשבונות נוער נשארים בשרת הזה: אי אפשר לעקוב מהם אחרי חשבונות בשרתים אחרים, וגם לא לעקוב אחריהם משם.
fed-address = כתובת בשרת אחר
fed-address-hint = בצורה name@host, למשל alex@example.org
fed-follow = מעקב
fed-address-invalid = יש להזין את הכתובת בצורה name@host, למשל alex@example.org.
fed-address-local = החשבון הזה נמצא בשרת הזה: אפשר לעקוב אחריו מהפרופיל שלו.
fed-not-found = לא נמצא חשבון { $handle }. כדאי לבדוק את הכתובת.
fed-requested = בקשת מעקב נשלחה אל { $handle }.
fed-following = חשבונות במעקב שם
fed-following-empty = עדיין אין לך מעקב אחרי אף אחד בשרת אחר.
fed-pending = הבקשה נשלחה
fed-followers = העוקבים שלך משם
fed-followers-empty = עדיין אין לך עוקבים משרת אחר.
fed-wants-to-follow = רוצה לעקוב אחריך
fed-unfollow = הפסקת מעקב
fed-accept = אישור
fed-accept-label = אישור בקשת המעקב של { $handle }
fed-decline = דחייה
fed-decline-label = דחייה של בקשת המעקב של { $handle }
fed-remove = הסרה
fed-remove-label = הסרה של { $handle } מהעוקבים שלך
fed-accepted = { $handle } עוקב/ת אחריך מעכשיו.
fed-declined = בקשת המעקב של { $handle } נדחתה.
fed-removed = { $handle } כבר לא עוקב/ת אחריך.
fed-from = מהשרת { $host }
fed-open = פתיחה בשרת { $host }
fed-cannot-play = אי אפשר להפעיל את הסרטון הזה כאן.
comment-remote-remove = הסרת התגובה של { $handle }
fed-shared-by = שותף על ידי { $handle }
reason-remote_instance = מ-{ $host }, שרת שאנשים מכאן עוקבים אחר חשבונות בו
fed-like = אהבתי
