# Spool: हिन्दी

## Page shell (server-rendered)
app-name = Spool
app-title = Spool – छोटे वीडियो
app-description = छोटे वीडियो देखें, बनाएँ और शेयर करें। आपका डेटा आपके होम क्षेत्र में ही रहता है।
skip-to-content = सामग्री पर जाएँ
loading = लोड हो रहा है…
noscript = वीडियो चलाने के लिए Spool को JavaScript की ज़रूरत है। कृपया इसे चालू करें या सीधे API का उपयोग करें।
assets-missing = इस सर्वर में वेब क्लाइंट शामिल नहीं किया गया है। web/ फ़ोल्डर में “npm ci && npm run build” से इसे बनाएँ, फिर Spool को दोबारा बनाएँ।
title-page = { $page } · Spool
title-not-found = नहीं मिला · Spool
not-found = यह पेज मौजूद नहीं है।
close = बंद करें

## Navigation
nav-label = मुख्य
nav-home = होम
nav-discover = खोजें
nav-upload = अपलोड
nav-inbox = इनबॉक्स
nav-profile = प्रोफ़ाइल
nav-unread = { $count } अपठित सूचनाएँ

## Feed
feed-tabs = फ़ीड
feed-for-you = आपके लिए
feed-following = फ़ॉलोइंग
feed-personalized = वैयक्तिकृत
feed-mode-hint = बंद होने पर फ़ीड किसी प्रोफ़ाइलिंग का उपयोग नहीं करता: यह आपके क्षेत्र और भाषा में लोकप्रिय और नए वीडियो दिखाता है।
feed-mode-personalized = वैयक्तिकृत फ़ीड चालू
feed-mode-non-personalized = वैयक्तिकृत फ़ीड बंद: कोई प्रोफ़ाइलिंग नहीं
feed-empty = अभी देखने के लिए कुछ नहीं है। पहली क्लिप अपलोड करें या कुछ खोजें।
feed-following-empty = आप जिन खातों को फ़ॉलो करते हैं, उनकी कोई नई क्लिप नहीं है।
feed-login = जिन खातों को आप फ़ॉलो करते हैं, उनकी क्लिप देखने के लिए लॉग इन करें।
feed-unavailable = इस सर्वर पर फ़ीड अभी उपलब्ध नहीं है। खोज या किसी प्रोफ़ाइल को आज़माएँ।
video-title = वीडियो
video-processing = प्रोसेस हो रहा है…
video-failed = प्रोसेसिंग विफल रही
clip-video-label = { $handle } का वीडियो
clip-unmute = आवाज़ चालू करें
clip-mute = आवाज़ बंद करें
clip-play = चलाएँ
clip-pause = रोकें
clip-actions = { $handle } के वीडियो के विकल्प
clip-like = पसंद करें ({ $count } पसंद)
clip-comments = टिप्पणियाँ ({ $count } टिप्पणियाँ)
clip-share = शेयर करें ({ $count } बार शेयर)
clip-more = और विकल्प
clip-sound = मूल साउंड – { $handle }
clip-duet-of = डुएट: मूल वीडियो देखें
clip-stitch-of = स्टिच: मूल वीडियो देखें
follow-handle = { $handle } को फ़ॉलो करें
follow-requested = अनुरोध भेजा गया
follow-done = अब आप { $handle } को फ़ॉलो करते हैं
unfollow-done = अब आप { $handle } को फ़ॉलो नहीं करते
login-needed = पहले लॉग इन करें।
share-title = शेयर करें
share-link = इस वीडियो का लिंक
share-copy = लिंक कॉपी करें
share-copied = लिंक कॉपी हो गया
not-interested = रुचि नहीं है
not-interested-done = ठीक है: आपको ऐसी क्लिप कम दिखेंगी।
open-sound = साउंड खोलें
make-duet = डुएट बनाएँ
make-stitch = इस वीडियो को स्टिच करें
why-title = यह वीडियो क्यों?
why-none = यह क्लिप सीधे खोली गई थी, फ़ीड ने इसे नहीं चुना।
why-explainer = फ़ीड प्रकाशित नियमों के अनुसार क्लिप चुनता है। आप वैयक्तिकरण को कभी भी बंद कर सकते हैं।
algorithm-link = फ़ीड कैसे काम करता है

## Reasons
reason-follows_creator = आप { $handle } को फ़ॉलो करते हैं
reason-topic = आप { $hashtag } के बारे में क्लिप देखते हैं
reason-similar_to_liked = आपकी पसंद की गई क्लिप जैसी
reason-taste_match = आप आम तौर पर जो देखते हैं, उससे मेल खाती है
reason-trending_region = आपके क्षेत्र ({ $region }) में लोकप्रिय
reason-trending_language = आपकी भाषा ({ $language }) में लोकप्रिय
reason-new_video_test_audience = एक छोटे परीक्षण दर्शक-समूह को दिखाई जा रही नई क्लिप
reason-fresh = हाल ही में पोस्ट की गई
reason-sound = “{ $sound }” साउंड का उपयोग करती है

## Comments
comments-title = { $count } टिप्पणियाँ
comments-empty = अभी कोई टिप्पणी नहीं। पहली टिप्पणी आप करें।
comments-more = और टिप्पणियाँ
comments-off = इस वीडियो पर टिप्पणियाँ बंद हैं।
comment-add = टिप्पणी जोड़ें
comment-send = पोस्ट करें
comment-sent = टिप्पणी पोस्ट हो गई
comment-reply = जवाब दें
comment-reply-to = { $handle } को जवाब दें
comment-cancel-reply = जवाब रद्द करें
comment-replies = { $count } जवाब देखें
comment-like = टिप्पणी पसंद करें ({ $count } पसंद)
comment-pinned = पिन की गई
comment-login = टिप्पणी करने के लिए लॉग इन करें

## Reports
report = रिपोर्ट करें
report-title = इस वीडियो की रिपोर्ट करें
report-intro = हमें बताएँ कि क्या गलत है। हर रिपोर्ट की जाँच एक मॉडरेटर करता है, और आपको जवाब मिलेगा।
report-category = कारण
report-note = विवरण (वैकल्पिक)
report-note-hint = मॉडरेटर को किस बात पर ध्यान देना चाहिए?
report-send = रिपोर्ट भेजें
report-sent = धन्यवाद। आपकी रिपोर्ट भेज दी गई है।
report-category-hate_speech = नफ़रत भरी भाषा
report-category-harassment = उत्पीड़न या धमकाना
report-category-violence = हिंसा या धमकी
report-category-sexual_content = यौन सामग्री
report-category-child_safety = बाल सुरक्षा
report-category-self_harm = आत्महत्या या आत्म-क्षति
report-category-disinformation = झूठी जानकारी
report-category-spam = स्पैम या धोखाधड़ी
report-category-illegal = अवैध सामग्री
report-category-other = कुछ और

## Upload
upload-title = अपलोड
upload-file = वीडियो फ़ाइल
upload-file-hint = 1 सेकंड से 10 मिनट तक। अपलोड तुरंत शुरू होता है और कनेक्शन टूटने पर फिर से जारी रहता है।
upload-progress-label = अपलोड की प्रगति
upload-progress = { $percent }% ({ $total } में से { $sent } बाइट)
upload-done = अपलोड पूरा हुआ
upload-error = अपलोड विफल रहा। फिर से कोशिश करें।
upload-pause = रोकें
upload-resume = जारी रखें
upload-caption = कैप्शन
upload-caption-hint = हैशटैग के लिए # और किसी का ज़िक्र करने के लिए @ लिखें।
upload-visibility = कौन देख सकता है
visibility-public = सभी
visibility-followers = फ़ॉलोअर
visibility-private = केवल मैं
upload-allow = दूसरों को अनुमति दें
upload-allow-comments = टिप्पणी करने की
upload-allow-duet = डुएट करने की
upload-allow-stitch = स्टिच करने की
upload-sound = साउंड (वैकल्पिक)
upload-sound-search = साउंड खोजें
upload-sound-none = आपकी क्लिप में उसकी अपनी आवाज़ रहेगी।
upload-sound-chosen = साउंड: { $title }
upload-sound-clear = मेरी अपनी आवाज़ इस्तेमाल करें
upload-duet = { $handle } के साथ डुएट
upload-stitch = { $handle } के वीडियो का स्टिच
upload-post = पोस्ट करें
upload-pick-first = पहले एक वीडियो फ़ाइल चुनें।
upload-waiting = अपलोड पूरा हो रहा है…
upload-processing = आपका वीडियो प्रोसेस हो रहा है… इसमें लगभग क्लिप जितना समय लगता है।
upload-ready = आपका वीडियो तैयार है!
upload-watch = देखें
upload-to-profile = अपनी प्रोफ़ाइल पर जाएँ
suggestions = सुझाव
suggestions-count = { $count } सुझाव। चुनने के लिए ऊपर और नीचे तीर कुंजियों का उपयोग करें।

## Profiles, hashtags, sounds
profile-not-found = यह खाता मौजूद नहीं है।
profile-edit = प्रोफ़ाइल संपादित करें
profile-follow = फ़ॉलो करें
profile-following = फ़ॉलो कर रहे हैं
profile-private = निजी
profile-private-body = यह खाता निजी है। इसके वीडियो देखने के लिए इसे फ़ॉलो करें।
profile-following-count = फ़ॉलोइंग
profile-followers-count = फ़ॉलोअर
profile-likes-count = पसंद
profile-videos-count = वीडियो
profile-videos = वीडियो
profile-empty = अभी कोई वीडियो नहीं।
profile-empty-own = आपने अभी तक कुछ पोस्ट नहीं किया है। आपकी क्लिप यहाँ दिखेंगी।
tile-label = { $caption } – { $handle } द्वारा
tile-label-plain = { $handle } का वीडियो
hashtag-count = { $count } वीडियो
hashtag-empty = इस हैशटैग के साथ अभी कोई सार्वजनिक वीडियो नहीं है।
sound-title = साउंड
sound-listen = { $title } सुनें
sound-meta = { $duration } · { $count } वीडियो
sound-use = यह साउंड इस्तेमाल करें
sound-original = मूल वीडियो
sound-sort = वीडियो क्रमबद्ध करें
sound-newest = सबसे नए
sound-popular = लोकप्रिय
sound-empty = अभी किसी वीडियो में यह साउंड इस्तेमाल नहीं हुआ है।

## Search
search-title = खोजें
search-label = खोज
search-placeholder = खाते, वीडियो, #हैशटैग, साउंड खोजें
search-submit = खोजें
search-types = क्या खोजें
search-videos = वीडियो
search-accounts = खाते
search-hashtags = हैशटैग
search-sounds = साउंड
search-results = परिणाम
search-hint = कोई शब्द, #हैशटैग या @हैंडल लिखें।
search-empty = “{ $query }” के लिए कुछ नहीं मिला।
search-followers = { $count } फ़ॉलोअर

## Inbox
inbox-title = इनबॉक्स
inbox-requests = फ़ॉलो अनुरोध
inbox-activity = गतिविधि
inbox-empty = अभी कोई सूचना नहीं।
inbox-unread = अपठित:
request-accept = स्वीकार करें
request-decline = अस्वीकार करें
request-accepted = अब { $handle } आपके वीडियो देख सकते हैं
request-declined = { $handle } का अनुरोध अस्वीकार किया गया
notif-like = { $count ->
    [one] { $actor } ने आपका वीडियो पसंद किया
   *[other] { $count } लोगों ने आपका वीडियो पसंद किया
}
notif-comment = { $others ->
    [0] { $actor } ने आपके वीडियो पर टिप्पणी की
   *[other] { $actor } और { $others } अन्य लोगों ने आपके वीडियो पर टिप्पणी की
}
notif-reply = { $actor } ने आपकी टिप्पणी का जवाब दिया
notif-mention = { $actor } ने आपका ज़िक्र किया
notif-follow = { $count ->
    [one] { $actor } ने आपको फ़ॉलो करना शुरू किया
   *[other] { $count } नए फ़ॉलोअर
}
notif-follow_request = { $actor } आपको फ़ॉलो करना चाहते हैं
notif-follow_accepted = { $actor } ने आपका फ़ॉलो अनुरोध स्वीकार किया
notif-comment_like = { $others ->
    [0] { $actor } ने आपकी टिप्पणी पसंद की
   *[other] { $actor } और { $others } अन्य लोगों ने आपकी टिप्पणी पसंद की
}
notif-duet = { $actor } ने आपके वीडियो के साथ डुएट बनाया
notif-stitch = { $actor } ने आपके वीडियो को स्टिच किया

## Settings
settings-title = सेटिंग
settings-save = सहेजें
settings-saved = सहेज लिया गया
settings-profile = प्रोफ़ाइल
settings-privacy = निजता
settings-private = निजी खाता
settings-private-hint = केवल वे फ़ॉलोअर आपके वीडियो देख सकते हैं जिन्हें आप मंज़ूरी देते हैं।
settings-who-comment = आपके वीडियो पर कौन टिप्पणी कर सकता है
settings-who-duet = आपके वीडियो के साथ कौन डुएट कर सकता है
settings-who-stitch = आपके वीडियो को कौन स्टिच कर सकता है
policy-everyone = सभी
policy-followers = फ़ॉलोअर
policy-nobody = कोई नहीं
settings-liked-public = मेरी पसंद किए गए वीडियो मेरी प्रोफ़ाइल पर दिखाएँ
settings-teen = आपका खाता किशोर खाता है: कुछ सेटिंग अधिक सख्त हैं।
settings-feed = फ़ीड
settings-reset-recommendations = मेरी सिफ़ारिशें रीसेट करें
settings-reset-done = आपकी सिफ़ारिशें रीसेट कर दी गई हैं।
settings-language = भाषा
settings-language-label = इंटरफ़ेस की भाषा
settings-language-hint = डिफ़ॉल्ट रूप से Spool आपके ब्राउज़र की भाषा अपनाता है।
settings-data = आपका डेटा
settings-data-intro = Spool आपके बारे में जो कुछ भी संग्रहीत करता है, उसे डाउनलोड करें, और देखें कि किन कर्मचारियों ने उसे क्यों देखा।
settings-export = मेरा डेटा डाउनलोड करें
settings-region = होम क्षेत्र
settings-region-now = आपका डेटा यहाँ संग्रहीत है: { $region }
settings-region-intro = आपका व्यक्तिगत डेटा केवल आपके होम क्षेत्र में रहता है। आप इसे किसी दूसरे क्षेत्र में ले जा सकते हैं।
settings-move-to = नया होम क्षेत्र
settings-move = मेरा डेटा स्थानांतरित करें
settings-move-confirm = क्या अपना सारा व्यक्तिगत डेटा { $region } में स्थानांतरित करें?
settings-move-done = आपका डेटा स्थानांतरित कर दिया गया है।
settings-account = खाता
settings-signed-in = { $handle } के रूप में लॉग इन
settings-logout = लॉग आउट
settings-delete = खाता हटाएँ
settings-delete-intro = इससे आपका खाता, आपके वीडियो और आपका सारा डेटा हमेशा के लिए हट जाएगा। इसे पूर्ववत नहीं किया जा सकता।
settings-delete-confirm = क्या अपना खाता और उसमें मौजूद सब कुछ हमेशा के लिए हटा दें?
settings-sessions = सत्र
settings-sessions-intro = वे डिवाइस जिन पर आप लॉग इन हैं। जिन्हें आप नहीं पहचानते, उनसे लॉग आउट करें।
settings-sessions-logout-others = बाकी सभी जगह से लॉग आउट करें
settings-sessions-ended = { $count ->
    [one] { $count } अन्य सत्र से लॉग आउट किया गया।
   *[other] { $count } अन्य सत्रों से लॉग आउट किया गया।
}
session-device = { $os } पर { $browser }
session-device-unknown = अज्ञात डिवाइस
session-current = यह डिवाइस
session-times = लॉग इन { $created } · आख़िरी बार सक्रिय { $used }
session-logout = लॉग आउट
session-logout-label = { $device } से लॉग आउट करें
settings-password = पासवर्ड बदलें
settings-password-done = आपका पासवर्ड बदल दिया गया। बाकी सभी सत्रों से लॉग आउट कर दिया गया।
field-current-password = मौजूदा पासवर्ड
field-new-password = नया पासवर्ड
access-title = मेरे डेटा तक पहुँच
access-intro = जब भी कोई कर्मचारी आपका व्यक्तिगत डेटा खोलता है, यह लिखित कारण के साथ दर्ज होता है। यह पूरी सूची है।
access-empty = किसी कर्मचारी ने आपका डेटा नहीं देखा है।
access-unavailable = इस सर्वर पर पहुँच लॉग अभी उपलब्ध नहीं है।
access-when = कब
access-staff = कर्मचारी
access-role = भूमिका
access-action = क्या किया
access-justification = कारण
access-reference = संदर्भ
algorithm-title = फ़ीड कैसे काम करता है
algorithm-intro = Spool का “आपके लिए” फ़ीड जाँच के लिए खुला है: कोड, उसके वज़न और हर क्लिप के कारण प्रकाशित हैं।
algorithm-sources = उम्मीदवार क्लिप आपके फ़ॉलो किए गए खातों, आपकी पसंद की गई क्लिप जैसी क्लिप, आपके क्षेत्र और भाषा में लोकप्रिय क्लिप, और एक छोटे परीक्षण दर्शक-समूह को दिखाई जा रही नई क्लिप से आती हैं।
algorithm-signals = यह आपके व्यवहार से सीखता है: आप कितनी देर देखते हैं, दोबारा देखना, छोड़ना, पसंद, शेयर, टिप्पणियाँ, फ़ॉलो और “रुचि नहीं है”।
algorithm-filters = यह देखी जा चुकी क्लिप, ब्लॉक किए गए खाते और हटाए गए वीडियो छोड़ देता है, और विषयों व क्रिएटरों में विविधता रखता है।
algorithm-control = आप वैयक्तिकरण बंद कर सकते हैं, उसकी सीखी बातें रीसेट कर सकते हैं, और हर क्लिप पर “यह वीडियो क्यों?” पूछ सकते हैं।
algorithm-published = प्रकाशित विवरण
algorithm-unavailable = इस सर्वर पर प्रकाशित विवरण अभी उपलब्ध नहीं है।

## Log in and sign up
login-title = लॉग इन
login-submit = लॉग इन करें
login-no-account = अभी तक खाता नहीं है?
signup-title = साइन अप
signup-intro = आपका व्यक्तिगत डेटा केवल आपके चुने हुए होम क्षेत्र में संग्रहीत होता है।
signup-submit = खाता बनाएँ
signup-have-account = पहले से खाता है?
field-handle = हैंडल
field-handle-hint = 2 से 24 अक्षर, अंक, _ या .
field-display-name = प्रदर्शित नाम (वैकल्पिक)
field-password = पासवर्ड
field-password-hint = कम से कम 8 वर्ण।
field-birth-date = जन्म तिथि
field-birth-date-hint = आपकी उम्र कम से कम 13 वर्ष होनी चाहिए। 18 से कम उम्र के खाते डिफ़ॉल्ट रूप से निजी होते हैं।
field-region = होम क्षेत्र
field-region-hint = जहाँ आपका व्यक्तिगत डेटा संग्रहीत होता है।
field-email = ईमेल (वैकल्पिक)
field-email-hint = केवल आपका खाता वापस पाने में मदद के लिए।
field-bio = परिचय

## Errors
error-network = सर्वर से संपर्क नहीं हो पा रहा है। अपना कनेक्शन जाँचें।
error-internal = कुछ गड़बड़ हो गई। फिर से कोशिश करें।
error-unauthenticated = पहले लॉग इन करें।
error-invalid_credentials = हैंडल या पासवर्ड गलत है।
error-too_young = Spool का उपयोग करने के लिए आपकी उम्र कम से कम 13 वर्ष होनी चाहिए।
error-csrf_rejected = आपका सत्र समाप्त हो गया है। पेज फिर से लोड करें।
error-forbidden = आपको ऐसा करने की अनुमति नहीं है।
error-comments_off = इस वीडियो पर टिप्पणियाँ बंद हैं।
error-remix_off = क्रिएटर इसकी अनुमति नहीं देते।
error-not_found = नहीं मिला।
error-handle_taken = यह हैंडल पहले से लिया जा चुका है।
error-rate_limited = बहुत ज़्यादा प्रयास। थोड़ी देर रुककर फिर से कोशिश करें।
error-invalid_handle = 2 से 24 अक्षर, अंक, _ या . का उपयोग करें।
error-handle_reserved = यह हैंडल आरक्षित है।
error-invalid_password = पासवर्ड 8 से 128 वर्णों का होना चाहिए।
error-invalid_email = यह ईमेल पता सही नहीं लगता।
error-invalid_birth_date = मान्य जन्म तिथि दर्ज करें।
error-invalid_display_name = प्रदर्शित नाम अधिकतम 50 वर्णों का होता है।
error-invalid_bio = परिचय अधिकतम 160 वर्णों का होता है।
error-invalid_caption = कैप्शन अधिकतम 2,200 वर्णों का होता है।
error-invalid_comment = टिप्पणी 1 से 500 वर्णों की होती है।
error-unknown_region = सूची में से कोई एक क्षेत्र चुनें।
error-empty_file = फ़ाइल खाली है।
error-not_media = यह फ़ाइल वीडियो नहीं है।
error-no_video_stream = इस फ़ाइल में कोई वीडियो नहीं है।
error-still_image = यह एक स्थिर चित्र है, वीडियो नहीं।
error-too_short = वीडियो बहुत छोटा है (कम से कम 1 सेकंड)।
error-too_long = वीडियो बहुत लंबा है (अधिकतम 10 मिनट)।
error-too_large = वीडियो बहुत बड़ा है।
error-unsupported_codec = यह वीडियो फ़ॉर्मेट समर्थित नहीं है।
error-transcode_failed = वीडियो प्रोसेस नहीं हो सका।
error-wrong_password = मौजूदा पासवर्ड ग़लत है।
error-quota_exceeded = आपका स्टोरेज भर गया है। जगह बनाने के लिए वीडियो या अधूरे अपलोड हटाएँ।
error-bad_request = अनुरोध पढ़ा नहीं जा सका।
