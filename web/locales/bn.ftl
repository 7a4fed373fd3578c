# Spool-এর ইন্টারফেসের লেখা: বাংলা (Project Fluent)। en.ftl-এর একই বার্তা।

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — ছোট ভিডিও
app-description = ছোট ভিডিও দেখুন, বানান ও শেয়ার করুন। আপনার ডেটা আপনার নিজের অঞ্চলেই থাকে।
skip-to-content = মূল বিষয়বস্তুতে যান
loading = লোড হচ্ছে…
noscript = ভিডিও চালাতে Spool-এর JavaScript দরকার। অনুগ্রহ করে এটি চালু করুন, অথবা সরাসরি API ব্যবহার করুন।
assets-missing = এই সার্ভারে ওয়েব ক্লায়েন্ট যুক্ত করা হয়নি। web/ ফোল্ডারে “npm ci && npm run build” দিয়ে এটি তৈরি করুন, তারপর আবার Spool তৈরি করুন।
title-page = { $page } · Spool
title-not-found = পাওয়া যায়নি · Spool
not-found = এই পৃষ্ঠাটি নেই।
close = বন্ধ করুন

## Navigation
nav-label = প্রধান মেনু
nav-home = হোম
nav-discover = খুঁজে দেখুন
nav-upload = আপলোড
nav-inbox = ইনবক্স
nav-profile = প্রোফাইল
nav-unread = { $count ->
    [one] { $count }টি না-পড়া বিজ্ঞপ্তি
   *[other] { $count }টি না-পড়া বিজ্ঞপ্তি
}

## Feed
feed-tabs = ফিড
feed-for-you = আপনার জন্য
feed-following = অনুসরণ করছেন
feed-personalized = ব্যক্তিগতকৃত
feed-mode-hint = বন্ধ থাকলে ফিড কোনো প্রোফাইলিং ব্যবহার করে না: আপনার অঞ্চল ও ভাষায় যা জনপ্রিয় ও নতুন, তা-ই দেখায়।
feed-mode-personalized = ব্যক্তিগতকৃত ফিড চালু
feed-mode-non-personalized = ব্যক্তিগতকৃত ফিড বন্ধ: কোনো প্রোফাইলিং হয় না
feed-empty = এখনো দেখার মতো কিছু নেই। প্রথম ক্লিপটি আপলোড করুন, অথবা কিছু খুঁজুন।
feed-following-empty = আপনি যাদের অনুসরণ করেন তাদের কোনো নতুন ক্লিপ নেই।
feed-login = যাদের অনুসরণ করেন তাদের ক্লিপ দেখতে লগ ইন করুন।
feed-unavailable = এই সার্ভারে ফিড এখনো চালু হয়নি। সার্চ বা কোনো প্রোফাইল দেখে নিন।
video-title = ভিডিও
video-processing = প্রক্রিয়া চলছে…
video-failed = প্রক্রিয়া ব্যর্থ হয়েছে
clip-video-label = { $handle }-এর ভিডিও
clip-loading = ভিডিও লোড হচ্ছে
clip-unmute = শব্দ চালু করুন
clip-mute = শব্দ বন্ধ করুন
clip-play = চালান
clip-pause = বিরতি
clip-actions = { $handle }-এর ভিডিওর জন্য কাজ
clip-like = { $count ->
    [one] লাইক ({ $count }টি লাইক)
   *[other] লাইক ({ $count }টি লাইক)
}
clip-comments = { $count ->
    [one] মন্তব্য ({ $count }টি মন্তব্য)
   *[other] মন্তব্য ({ $count }টি মন্তব্য)
}
clip-share = { $count ->
    [one] শেয়ার ({ $count } বার শেয়ার)
   *[other] শেয়ার ({ $count } বার শেয়ার)
}
clip-more = আরও বিকল্প
clip-sound = মূল শব্দ – { $handle }
clip-duet-of = ডুয়েট: মূল ভিডিও দেখুন
clip-stitch-of = স্টিচ: মূল ভিডিও দেখুন
follow-handle = { $handle }-কে অনুসরণ করুন
follow-requested = অনুরোধ পাঠানো হয়েছে
follow-done = আপনি এখন { $handle }-কে অনুসরণ করছেন
unfollow-done = আপনি আর { $handle }-কে অনুসরণ করছেন না
login-needed = আগে লগ ইন করুন।
share-title = শেয়ার
share-link = এই ভিডিওর লিংক
share-copy = লিংক কপি করুন
share-copied = লিংক কপি হয়েছে
not-interested = আগ্রহী নই
not-interested-done = বুঝেছি: এমন ক্লিপ আপনি কম দেখবেন।
open-sound = শব্দটি খুলুন
make-duet = ডুয়েট বানান
make-stitch = এই ভিডিও থেকে স্টিচ বানান
why-title = কেন এই ভিডিও?
why-none = এই ক্লিপটি সরাসরি খোলা হয়েছে, ফিড এটি বাছেনি।
why-explainer = ফিড প্রকাশিত নিয়ম অনুযায়ী ক্লিপ বাছে। যেকোনো সময় ব্যক্তিগতকরণ বন্ধ করতে পারেন।
algorithm-link = ফিড কীভাবে কাজ করে

## Reasons
reason-follows_creator = আপনি { $handle }-কে অনুসরণ করেন
reason-topic = আপনি { $hashtag } নিয়ে ক্লিপ দেখেন
reason-similar_to_liked = আপনার পছন্দ করা ক্লিপের মতো
reason-taste_match = আপনি সাধারণত যা দেখেন তার সঙ্গে মেলে
reason-trending_region = আপনার অঞ্চলে জনপ্রিয় ({ $region })
reason-trending_language = আপনার ভাষায় জনপ্রিয় ({ $language })
reason-new_video_test_audience = ছোট একটি পরীক্ষামূলক দর্শকদলকে দেখানো নতুন ক্লিপ
reason-fresh = সম্প্রতি পোস্ট করা
reason-sound = “{ $sound }” শব্দটি ব্যবহার করে
reason-seen_before = আপনি সব নতুন ক্লিপ দেখে ফেলেছেন; এটি আবার দেখুন

## Comments
comments-title = { $count ->
    [one] { $count }টি মন্তব্য
   *[other] { $count }টি মন্তব্য
}
comments-empty = এখনো কোনো মন্তব্য নেই। প্রথম মন্তব্যটি করুন।
comments-more = আরও মন্তব্য
comments-off = এই ভিডিওতে মন্তব্য বন্ধ আছে।
comment-add = মন্তব্য যোগ করুন
comment-send = পোস্ট করুন
comment-sent = মন্তব্য পোস্ট হয়েছে
comment-reply = উত্তর দিন
comment-reply-to = { $handle }-কে উত্তর
comment-cancel-reply = উত্তর বাতিল করুন
comment-replies = { $count ->
    [one] { $count }টি উত্তর দেখুন
   *[other] { $count }টি উত্তর দেখুন
}
comment-like = { $count ->
    [one] মন্তব্যে লাইক ({ $count }টি লাইক)
   *[other] মন্তব্যে লাইক ({ $count }টি লাইক)
}
comment-pinned = পিন করা
comment-login = মন্তব্য করতে লগ ইন করুন

## Reports
report = রিপোর্ট করুন
report-intro = কী সমস্যা তা আমাদের জানান। একজন মডারেটর প্রতিটি রিপোর্ট দেখেন, আর আপনাকে জানানো হবে।
report-category = কারণ
report-note = বিস্তারিত (ঐচ্ছিক)
report-note-hint = মডারেটর কোন দিকে নজর দেবেন?
report-send = রিপোর্ট পাঠান

## Upload
upload-title = আপলোড
upload-file = ভিডিও ফাইল
upload-file-hint = ১ সেকেন্ড থেকে ১০ মিনিট। আপলোড সঙ্গে সঙ্গে শুরু হয় এবং সংযোগ বিচ্ছিন্ন হলে আবার চলতে থাকে।
upload-progress-label = আপলোডের অগ্রগতি
upload-progress = { $percent }% ({ $total } বাইটের মধ্যে { $sent })
upload-done = আপলোড সম্পূর্ণ
upload-error = আপলোড ব্যর্থ হয়েছে। আবার চেষ্টা করুন।
upload-pause = বিরতি
upload-resume = আবার শুরু
upload-caption = ক্যাপশন
upload-caption-hint = হ্যাশট্যাগের জন্য # আর কাউকে উল্লেখ করতে @ লিখুন।
upload-visibility = কারা দেখতে পারবেন
visibility-public = সবাই
visibility-followers = অনুসরণকারীরা
visibility-private = শুধু আমি
upload-allow = অন্যদের অনুমতি দিন
upload-allow-comments = মন্তব্য করার
upload-allow-duet = ডুয়েট বানানোর
upload-allow-stitch = স্টিচ বানানোর
upload-sound = শব্দ (ঐচ্ছিক)
upload-sound-search = শব্দ খুঁজুন
upload-sound-none = আপনার ক্লিপে নিজের শব্দই থাকবে।
upload-sound-chosen = শব্দ: { $title }
upload-sound-clear = আমার নিজের শব্দ ব্যবহার করুন
upload-duet = { $handle }-এর সঙ্গে ডুয়েট
upload-stitch = { $handle }-এর ভিডিওর স্টিচ
upload-post = পোস্ট করুন
upload-pick-first = আগে একটি ভিডিও ফাইল বাছুন।
upload-waiting = আপলোড শেষ হচ্ছে…
upload-processing = আপনার ভিডিও প্রক্রিয়া করা হচ্ছে… ক্লিপটি যতক্ষণের, প্রায় ততক্ষণ লাগে।
upload-ready = আপনার ভিডিও তৈরি!
upload-watch = দেখুন
upload-to-profile = আপনার প্রোফাইলে যান
suggestions = পরামর্শ
suggestions-count = { $count ->
    [one] { $count }টি পরামর্শ। বাছতে উপরের ও নিচের তীর ব্যবহার করুন।
   *[other] { $count }টি পরামর্শ। বাছতে উপরের ও নিচের তীর ব্যবহার করুন।
}

## Profiles, hashtags, sounds
profile-not-found = এই অ্যাকাউন্টটি নেই।
profile-edit = প্রোফাইল সম্পাদনা
profile-follow = অনুসরণ করুন
profile-following = অনুসরণ করছেন
profile-private = ব্যক্তিগত
profile-private-body = এই অ্যাকাউন্টটি ব্যক্তিগত। এর ভিডিও দেখতে অনুসরণ করুন।
profile-following-count = অনুসরণ করছেন
profile-followers-count = অনুসরণকারী
profile-likes-count = লাইক
profile-videos-count = ভিডিও
profile-videos = ভিডিও
profile-empty = এখনো কোনো ভিডিও নেই।
profile-empty-own = আপনি এখনো কিছু পোস্ট করেননি। আপনার ক্লিপ এখানে দেখা যাবে।
tile-label = { $caption } — { $handle }
tile-label-plain = { $handle }-এর ভিডিও
hashtag-count = { $count ->
    [one] { $count }টি ভিডিও
   *[other] { $count }টি ভিডিও
}
hashtag-empty = এই হ্যাশট্যাগে এখনো কোনো সর্বজনীন ভিডিও নেই।
sound-title = শব্দ
sound-listen = { $title } শুনুন
sound-meta = { $duration } · { $count ->
    [one] { $count }টি ভিডিও
   *[other] { $count }টি ভিডিও
}
sound-use = এই শব্দটি ব্যবহার করুন
sound-original = মূল ভিডিও
sound-sort = ভিডিও সাজান
sound-newest = সবচেয়ে নতুন
sound-popular = জনপ্রিয়
sound-empty = এখনো কোনো ভিডিও এই শব্দ ব্যবহার করেনি।

## Search
search-title = খুঁজে দেখুন
search-label = সার্চ
search-placeholder = অ্যাকাউন্ট, ভিডিও, #হ্যাশট্যাগ, শব্দ খুঁজুন
search-submit = খুঁজুন
search-types = কী খুঁজবেন
search-videos = ভিডিও
search-accounts = অ্যাকাউন্ট
search-hashtags = হ্যাশট্যাগ
search-sounds = শব্দ
search-results = ফলাফল
search-hint = একটি শব্দ, #হ্যাশট্যাগ বা @ব্যবহারকারীর-নাম লিখুন।
search-empty = “{ $query }”-এর জন্য কিছু পাওয়া যায়নি।
search-followers = { $count ->
    [one] { $count } জন অনুসরণকারী
   *[other] { $count } জন অনুসরণকারী
}

## Inbox
inbox-title = ইনবক্স
inbox-requests = অনুসরণের অনুরোধ
inbox-activity = কার্যকলাপ
inbox-empty = এখনো কোনো বিজ্ঞপ্তি নেই।
inbox-unread = না-পড়া:
request-accept = গ্রহণ করুন
request-decline = প্রত্যাখ্যান করুন
request-accepted = { $handle } এখন আপনার ভিডিও দেখতে পারবেন
request-declined = { $handle }-এর অনুরোধ প্রত্যাখ্যান করা হয়েছে
notif-like = { $count ->
    [one] { $actor } আপনার ভিডিও পছন্দ করেছেন
   *[other] { $count } জন আপনার ভিডিও পছন্দ করেছেন
}
notif-comment = { $others ->
    [0] { $actor } আপনার ভিডিওতে মন্তব্য করেছেন
   *[other] { $actor } ও আরও { $others } জন আপনার ভিডিওতে মন্তব্য করেছেন
}
notif-reply = { $actor } আপনার মন্তব্যের উত্তর দিয়েছেন
notif-mention = { $actor } আপনাকে উল্লেখ করেছেন
notif-follow = { $count ->
    [one] { $actor } আপনাকে অনুসরণ করা শুরু করেছেন
   *[other] { $count } জন নতুন অনুসরণকারী
}
notif-follow_request = { $actor } আপনাকে অনুসরণ করতে চান
notif-follow_accepted = { $actor } আপনার অনুসরণের অনুরোধ গ্রহণ করেছেন
notif-comment_like = { $others ->
    [0] { $actor } আপনার মন্তব্য পছন্দ করেছেন
   *[other] { $actor } ও আরও { $others } জন আপনার মন্তব্য পছন্দ করেছেন
}
notif-duet = { $actor } আপনার ভিডিওর সঙ্গে ডুয়েট বানিয়েছেন
notif-stitch = { $actor } আপনার ভিডিও থেকে স্টিচ বানিয়েছেন

## Settings
settings-title = সেটিংস
settings-save = সংরক্ষণ করুন
settings-saved = সংরক্ষিত
settings-profile = প্রোফাইল
settings-privacy = গোপনীয়তা
settings-private = ব্যক্তিগত অ্যাকাউন্ট
settings-private-hint = শুধু আপনার অনুমোদিত অনুসরণকারীরা আপনার ভিডিও দেখতে পারবেন।
settings-who-comment = কারা আপনার ভিডিওতে মন্তব্য করতে পারবেন
settings-who-duet = কারা আপনার ভিডিওর সঙ্গে ডুয়েট বানাতে পারবেন
settings-who-stitch = কারা আপনার ভিডিও থেকে স্টিচ বানাতে পারবেন
policy-everyone = সবাই
policy-followers = অনুসরণকারীরা
policy-nobody = কেউ না
settings-liked-public = আমার পছন্দের ভিডিওগুলো আমার প্রোফাইলে দেখান
settings-teen = আপনার অ্যাকাউন্টটি কিশোর অ্যাকাউন্ট: কিছু সেটিং বেশি কড়া।
settings-feed = ফিড
settings-reset-recommendations = আমার সুপারিশ রিসেট করুন
settings-reset-done = আপনার সুপারিশ রিসেট করা হয়েছে।
settings-language = ভাষা
settings-language-label = ইন্টারফেসের ভাষা
settings-language-hint = ডিফল্টভাবে Spool আপনার ব্রাউজারের ভাষা অনুসরণ করে।
settings-data = আপনার ডেটা
settings-data-intro = Spool আপনার সম্পর্কে যা কিছু রাখে তা ডাউনলোড করুন, আর দেখুন কোন কর্মী কেন তা দেখেছেন।
settings-export = আমার ডেটা ডাউনলোড করুন
settings-region = নিজ অঞ্চল
settings-region-now = আপনার ডেটা রাখা আছে: { $region }
settings-region-intro = আপনার ব্যক্তিগত ডেটা শুধু আপনার নিজ অঞ্চলেই থাকে। আপনি এটি অন্য অঞ্চলে সরাতে পারেন।
settings-move-to = নতুন নিজ অঞ্চল
settings-move = আমার ডেটা সরান
settings-move-confirm = আপনার সব ব্যক্তিগত ডেটা { $region }-এ সরাবেন?
settings-move-done = আপনার ডেটা সরানো হয়েছে।
settings-account = অ্যাকাউন্ট
settings-signed-in = { $handle } হিসেবে লগ ইন করা আছে
settings-logout = লগ আউট
settings-delete = অ্যাকাউন্ট মুছুন
settings-delete-intro = এতে আপনার অ্যাকাউন্ট, ভিডিও ও সব ডেটা চিরতরে মুছে যাবে। এটি আর ফেরানো যাবে না।
settings-delete-confirm = আপনার অ্যাকাউন্ট ও এর সবকিছু চিরতরে মুছবেন?
settings-sessions = সেশন
settings-sessions-intro = যে ডিভাইসগুলোতে আপনি লগ ইন করে আছেন। অচেনা কোনোটি থাকলে সেখান থেকে লগ আউট করুন।
settings-sessions-logout-others = অন্য সব জায়গা থেকে লগ আউট করুন
settings-sessions-ended = { $count ->
    [one] অন্য { $count }টি সেশন থেকে লগ আউট করা হয়েছে।
   *[other] অন্য { $count }টি সেশন থেকে লগ আউট করা হয়েছে।
}
session-device = { $os }-এ { $browser }
session-device-unknown = অচেনা ডিভাইস
session-current = এই ডিভাইস
session-times = লগ ইন { $created } · শেষ সক্রিয় { $used }
session-logout = লগ আউট
session-logout-label = { $device } লগ আউট করুন
settings-password = পাসওয়ার্ড বদলান
settings-password-done = আপনার পাসওয়ার্ড বদলানো হয়েছে। অন্য সব সেশন থেকে লগ আউট করা হয়েছে।
field-current-password = বর্তমান পাসওয়ার্ড
field-new-password = নতুন পাসওয়ার্ড
access-title = আমার ডেটায় প্রবেশ
access-intro = কোনো কর্মী যখনই আপনার ব্যক্তিগত ডেটা খোলেন, লিখিত কারণসহ তা নথিভুক্ত হয়। এটাই পুরো তালিকা।
access-empty = কোনো কর্মী আপনার ডেটায় প্রবেশ করেননি।
access-unavailable = এই সার্ভারে প্রবেশের লগ এখনো চালু হয়নি।
access-when = কখন
access-staff = কর্মী
access-role = ভূমিকা
access-action = কী করেছেন
access-justification = কারণ
access-reference = রেফারেন্স
algorithm-title = ফিড কীভাবে কাজ করে
algorithm-intro = Spool-এর “আপনার জন্য” ফিড যাচাইয়ের জন্য উন্মুক্ত: কোড, এর ওজন আর প্রতিটি ক্লিপের কারণ প্রকাশ করা আছে।
algorithm-sources = প্রার্থী ক্লিপ আসে আপনার অনুসরণ করা অ্যাকাউন্ট থেকে, আপনার পছন্দের মতো ক্লিপ থেকে, আপনার অঞ্চল ও ভাষায় জনপ্রিয় বিষয় থেকে, আর ছোট পরীক্ষামূলক দর্শকদলকে দেখানো নতুন ক্লিপ থেকে।
algorithm-signals = আপনি যা করেন তা থেকে এটি শেখে: কতক্ষণ দেখেন, আবার দেখা, এড়িয়ে যাওয়া, লাইক, শেয়ার, মন্তব্য, অনুসরণ আর “আগ্রহী নই”।
algorithm-filters = আপনি যা দেখেছেন, ব্লক করা অ্যাকাউন্ট আর সরানো ভিডিও এটি বাদ দেয়, এবং বিষয় ও নির্মাতাদের মিশিয়ে দেখায়।
algorithm-control = আপনি ব্যক্তিগতকরণ বন্ধ করতে, এর শেখা বিষয় রিসেট করতে এবং প্রতিটি ক্লিপে “কেন এই ভিডিও?” জিজ্ঞেস করতে পারেন।
algorithm-published = প্রকাশিত বিবরণ
algorithm-unavailable = এই সার্ভারে প্রকাশিত বিবরণ এখনো পাওয়া যায় না।

## Log in and sign up
login-title = লগ ইন
login-submit = লগ ইন করুন
login-no-account = এখনো অ্যাকাউন্ট নেই?
signup-title = সাইন আপ
signup-intro = আপনার ব্যক্তিগত ডেটা শুধু আপনার বাছাই করা নিজ অঞ্চলে রাখা হয়।
signup-submit = অ্যাকাউন্ট তৈরি করুন
signup-have-account = আগে থেকেই অ্যাকাউন্ট আছে?
field-handle = ব্যবহারকারীর নাম
field-handle-hint = ২ থেকে ২৪টি অক্ষর, সংখ্যা, _ বা .
field-display-name = প্রদর্শিত নাম (ঐচ্ছিক)
field-password = পাসওয়ার্ড
field-password-hint = অন্তত ৮টি অক্ষর।
field-birth-date = জন্মতারিখ
field-birth-date-hint = আপনার বয়স অন্তত ১৩ হতে হবে। ১৮ বছরের কম বয়সীদের অ্যাকাউন্ট ডিফল্টভাবে ব্যক্তিগত।
field-region = নিজ অঞ্চল
field-region-hint = যেখানে আপনার ব্যক্তিগত ডেটা রাখা হয়।
field-email = ইমেল (ঐচ্ছিক)
field-email-hint = শুধু আপনার অ্যাকাউন্ট পুনরুদ্ধারে সাহায্যের জন্য ব্যবহার হয়।
field-bio = পরিচিতি

## Errors
error-network = সার্ভারে পৌঁছানো যাচ্ছে না। আপনার সংযোগ দেখুন।
error-internal = কিছু একটা ভুল হয়েছে। আবার চেষ্টা করুন।
error-unauthenticated = আগে লগ ইন করুন।
error-invalid_credentials = ব্যবহারকারীর নাম বা পাসওয়ার্ড ভুল।
error-too_young = Spool ব্যবহার করতে আপনার বয়স অন্তত ১৩ হতে হবে।
error-csrf_rejected = আপনার সেশনের মেয়াদ শেষ। পৃষ্ঠাটি আবার লোড করুন।
error-forbidden = আপনার এটি করার অনুমতি নেই।
error-comments_off = এই ভিডিওতে মন্তব্য বন্ধ আছে।
error-remix_off = নির্মাতা এটি অনুমোদন করেন না।
error-not_found = পাওয়া যায়নি।
error-handle_taken = এই ব্যবহারকারীর নামটি আগেই নেওয়া হয়েছে।
error-rate_limited = অনেকবার চেষ্টা হয়েছে। একটু অপেক্ষা করে আবার চেষ্টা করুন।
error-invalid_handle = ২ থেকে ২৪টি অক্ষর, সংখ্যা, _ বা . ব্যবহার করুন
error-handle_reserved = এই ব্যবহারকারীর নামটি সংরক্ষিত।
error-invalid_password = পাসওয়ার্ড ৮ থেকে ১২৮ অক্ষরের হতে হবে।
error-invalid_email = এই ইমেল ঠিকানাটি সঠিক মনে হচ্ছে না।
error-invalid_birth_date = একটি সঠিক জন্মতারিখ দিন।
error-invalid_display_name = প্রদর্শিত নাম সর্বোচ্চ ৫০ অক্ষরের।
error-invalid_bio = পরিচিতি সর্বোচ্চ ১৬০ অক্ষরের।
error-invalid_caption = ক্যাপশন সর্বোচ্চ ২,২০০ অক্ষরের।
error-invalid_comment = মন্তব্য ১ থেকে ৫০০ অক্ষরের হয়।
error-unknown_region = তালিকার একটি অঞ্চল বাছুন।
error-empty_file = ফাইলটি খালি।
error-not_media = এই ফাইলটি ভিডিও নয়।
error-no_video_stream = এই ফাইলে কোনো ভিডিও ছবি নেই।
error-still_image = এটি স্থির ছবি, ভিডিও নয়।
error-too_short = ভিডিওটি খুব ছোট (অন্তত ১ সেকেন্ড)।
error-too_long = ভিডিওটি খুব লম্বা (সর্বোচ্চ ১০ মিনিট)।
error-too_large = ভিডিওটি খুব বড়।
error-unsupported_codec = এই ভিডিও ফরম্যাট সমর্থিত নয়।
error-transcode_failed = ভিডিওটি প্রক্রিয়া করা যায়নি।
error-wrong_password = বর্তমান পাসওয়ার্ড ভুল।
error-quota_exceeded = আপনার স্টোরেজ পূর্ণ। জায়গা খালি করতে ভিডিও বা অসম্পূর্ণ আপলোড মুছুন।
error-bad_request = অনুরোধটি পড়া যায়নি।

## Moderation: reports
report-title-video = এই ভিডিও রিপোর্ট করুন
report-title-comment = এই মন্তব্য রিপোর্ট করুন
report-title-account = এই অ্যাকাউন্ট রিপোর্ট করুন
report-category-choose = একটি কারণ বাছুন
report-category-hate_speech = ঘৃণাসূচক বক্তব্য
report-category-harassment = হয়রানি ও উৎপীড়ন
report-category-violent_extremism = সহিংস উগ্রবাদ
report-category-disinformation = ভুল তথ্য ও অপতথ্য
report-category-child_safety = শিশুর নিরাপত্তা
report-category-self_harm = আত্মক্ষতি ও খাদ্যাভ্যাসজনিত ব্যাধি
report-category-illegal_goods = অবৈধ পণ্য ও সেবা
report-category-scams = প্রতারণা ও জালিয়াতি
report-category-spam = স্প্যাম
report-category-intellectual_property = মেধাস্বত্ব
report-category-other = অন্য কিছু
report-dsa-legend = আপনার সম্পর্কে
report-dsa-intro = আপনি লগ ইন করেননি, তাই এটি ইইউ ডিজিটাল সার্ভিসেস অ্যাক্টের ১৬ অনুচ্ছেদের অধীনে একটি নোটিশ। এটি নিষ্পত্তি করতে আমাদের আপনার নাম ও ইমেল ঠিকানা দরকার; যাকে রিপোর্ট করছেন তাকে কখনোই জানানো হবে না আপনি কে।
report-name = আপনার নাম
report-email = আপনার ইমেল ঠিকানা
report-email-hint = ফলাফল আমরা এখানে পাঠাব।
report-good-faith = আমি সরল বিশ্বাসে মনে করি এই নোটিশের তথ্য সঠিক ও সম্পূর্ণ।
report-login-instead = অ্যাকাউন্ট আছে?
report-sent = ধন্যবাদ। আপনার রিপোর্ট পাঠানো হয়েছে, একজন মডারেটর এটি দেখবেন।
report-duplicate = আপনি এটি আগেই রিপোর্ট করেছেন। আগের রিপোর্টটি এখনো গণ্য; আবার পাঠানোর দরকার নেই।
report-receipt-intro = এই রসিদটি রেখে দিন: এটি দিয়ে কী সিদ্ধান্ত হলো তা দেখতে পারবেন।
report-receipt = আপনার রসিদ
report-receipt-hint = রিপোর্ট নম্বর { $id }
report-receipt-copy = রসিদ কপি করুন
report-receipt-copied = রসিদ কপি হয়েছে।
report-check-later = পরে এই রিপোর্টটি দেখুন
report-follow-up = ফলাফল আপনাকে জানানো হবে। এখানেও অনুসরণ করতে পারেন:
report-outcome = { $date } তারিখে সিদ্ধান্ত: { $action }
report-outcome-policy = প্রয়োগ করা নিয়ম: { $policy }
report-state-open = পর্যালোচনার অপেক্ষায়
report-state-decided = সিদ্ধান্ত হয়েছে
comment-report = { $handle }-এর মন্তব্য রিপোর্ট করুন
profile-report = রিপোর্ট করুন
profile-withheld = আপনি যেখানে আছেন সেখানে এই অ্যাকাউন্টটি পাওয়া যায় না।
label-panel = তথ্য
label-more = আরও জানুন
video-age-restricted = বয়স-সীমিত
video-held = আটকে রাখা
video-held-own = আপনার ভিডিওটি আটকে রাখা হয়েছে: এটি আগে সরানো কনটেন্টের সঙ্গে মেলে। একজন মডারেটর এটি দেখবেন।
video-removed-own = একজন মডারেটর আপনার ভিডিওটি সরিয়েছেন। এই নোটিশ শুধু আপনিই দেখছেন।
video-reduced-own = মডারেশনের সিদ্ধান্তের পর আপনার ভিডিওটি ফিডে সুপারিশ করা হয় না। এই নোটিশ শুধু আপনিই দেখছেন।
video-withheld = আপনি যেখানে আছেন সেখানে এই ভিডিওটি পাওয়া যায় না।
status-link = কারণ আর আপিল করার উপায় দেখুন

## Moderation: actions, targets, grounds
action-no_violation = কোনো লঙ্ঘন নেই
action-remove = সরানো হয়েছে
action-age_restrict = বয়স-সীমিত
action-restrict_regions = কিছু অঞ্চলে সীমিত
action-label = তথ্য লেবেল যোগ করা হয়েছে
action-reduce_distribution = বিতরণ কমানো হয়েছে
action-suspend = অ্যাকাউন্ট স্থগিত
action-terminate = অ্যাকাউন্ট বন্ধ
target-video = ভিডিও
target-comment = মন্তব্য
target-account = অ্যাকাউন্ট
ground-illegal = অবৈধ কনটেন্ট
ground-incompatible = কমিউনিটি নির্দেশিকার পরিপন্থী
source-notice = যিনি রিপোর্ট করেছেন তার নোটিশ
source-trusted-flagger = বিশ্বস্ত রিপোর্টকারীর নোটিশ
source-own-initiative = Spool-এর নিজস্ব পর্যালোচনা
decision-reversed = প্রত্যাহার করা হয়েছে

## Account status and statements of reasons
status-title = অ্যাকাউন্টের অবস্থা
settings-status-intro = আপনার কনটেন্ট নিয়ে সিদ্ধান্ত, আপনার আপিল, আর আপনার পাঠানো রিপোর্ট।
settings-about = Spool সম্পর্কে
status-standing = আপনার অ্যাকাউন্ট
status-good = আপনার অ্যাকাউন্টের অবস্থা ভালো।
status-suspended = আপনার অ্যাকাউন্ট স্থগিত।
status-suspended-until = আপনার অ্যাকাউন্ট { $date } পর্যন্ত স্থগিত।
status-terminated = আপনার অ্যাকাউন্ট বন্ধ করা হয়েছে। আপনি এখনো সিদ্ধান্তগুলো পড়তে ও আপিল করতে পারেন।
status-strikes = { $count ->
    [one] { $threshold }টির মধ্যে { $count }টি সতর্কতা
   *[other] { $threshold }টির মধ্যে { $count }টি সতর্কতা
}
status-strikes-hint = আপনার কনটেন্টের বিরুদ্ধে প্রতিটি সিদ্ধান্ত একটি সতর্কতা। সীমায় পৌঁছালে অ্যাকাউন্ট স্থগিত হয়। পুরোনো সতর্কতার মেয়াদ শেষ হয়।
status-history = আগের সিদ্ধান্ত
status-statements = সিদ্ধান্ত ও তার কারণ
status-statements-intro = প্রতিটি সিদ্ধান্তের জন্য আমরা কারণের বিবৃতি পাঠাই: কী সিদ্ধান্ত হলো, কোন নিয়মে, আর কীভাবে আপিল করবেন।
status-no-statements = আপনার কনটেন্ট নিয়ে কোনো সিদ্ধান্ত নেই।
status-my-reports = আমার রিপোর্ট
status-no-reports = আপনি কিছু রিপোর্ট করেননি।
status-receipt-title = আপনার রিপোর্ট
statement-heading = { $action } · { $date }
statement-decision = সিদ্ধান্ত
statement-content = কনটেন্ট
statement-facts = আমরা যা পেয়েছি
statement-policy = নিয়ম
statement-ground-illegal = আমরা এই কনটেন্টকে অবৈধ মনে করি।
statement-ground-incompatible = কনটেন্টটি আমাদের কমিউনিটি নির্দেশিকার পরিপন্থী।
statement-legal-ground = আইনি ভিত্তি: { $ground }
statement-policy-ground = নির্দেশিকা: { $ground }
statement-label = দেখানো লেবেল
statement-detection = কীভাবে ধরা পড়েছে
statement-detected-auto = স্বয়ংক্রিয় টুল দিয়ে
statement-detected-human = স্বয়ংক্রিয় টুল ছাড়া
statement-automated = কীভাবে সিদ্ধান্ত হয়েছে
statement-decided-auto = একটি স্বয়ংক্রিয় ব্যবস্থা দিয়ে
statement-decided-human = একজন মানুষ দিয়ে, স্বয়ংক্রিয়ভাবে নয়
statement-source = পর্যালোচনা কী থেকে শুরু
statement-scope = কোথায় প্রযোজ্য
statement-scope-everywhere = সব জায়গায়
statement-duration = কতদিন
statement-duration-until = { $from } থেকে { $until } পর্যন্ত
statement-duration-open = { $from } থেকে, শেষ তারিখ ছাড়া
statement-account-suspended = আপনার অ্যাকাউন্ট স্থগিত করা হয়েছে।
statement-account-terminated = আপনার অ্যাকাউন্ট বন্ধ করা হয়েছে।
statement-appeal = আপিল
statement-appeal-until = আপনি { $date } পর্যন্ত আপিল করতে পারেন। অন্য একজন মডারেটর এটি দেখবেন।
statement-appeal-possible = আপনি আপিল করতে পারেন। অন্য একজন মডারেটর এটি দেখবেন।
statement-appeal-closed = এই সিদ্ধান্তের বিরুদ্ধে এখানে আর আপিল করা যায় না। আপনি এখনো একটি প্রত্যয়িত আদালত-বহির্ভূত বিরোধ নিষ্পত্তি সংস্থা বা আদালতের দ্বারস্থ হতে পারেন।
statement-appeal-open = আপনার আপিল পর্যালোচনাধীন।
statement-appeal-upheld = আপনার আপিল গৃহীত হয়েছে: সিদ্ধান্ত প্রত্যাহার করা হয়েছে।
statement-appeal-rejected = আপনার আপিল পর্যালোচনা করা হয়েছে এবং সিদ্ধান্ত বহাল আছে।
statement-technical = প্রযুক্তিগত বিবরণ (ইইউ স্বচ্ছতা ডেটাবেসে যেভাবে পাঠানো হয়েছে)
appeal-text = সিদ্ধান্তটি কেন বদলানো উচিত?
appeal-text-hint = মডারেটরের কী নজর এড়িয়ে থাকতে পারে ব্যাখ্যা করুন। প্রসঙ্গ বা লিংক যোগ করতে পারেন।
appeal-send = আপিল পাঠান
appeal-sent = আপনার আপিল পাঠানো হয়েছে। অন্য একজন মডারেটর এটি দেখবেন, আর আপনি নতুন বিবৃতি পাবেন।
appeal-exists = এই সিদ্ধান্তের বিরুদ্ধে আপনার একটি আপিল আগে থেকেই খোলা আছে।

## Moderator console
mod-title = মডারেশন
mod-region = অঞ্চল
mod-region-hint = আপনি যে অঞ্চল মডারেট করেন তার সারি।
mod-not-moderator = আপনি এই অঞ্চলের মডারেটর নন।
queue-title = পর্যালোচনার সারি: { $region }
queue-refresh = রিফ্রেশ
queue-empty = সারিটি খালি।
queue-count = { $count ->
    [one] { $count }টি আইটেম, সবচেয়ে জরুরিটি আগে
   *[other] { $count }টি আইটেম, সবচেয়ে জরুরিগুলো আগে
}
queue-kind-notice = নোটিশ
queue-kind-appeal = আপিল
queue-kind-match = মিল
queue-severity = গুরুত্ব
queue-notices = নোটিশ
queue-reach = ভিউ (২৪ ঘণ্টা)
queue-detection = কে খুঁজে পেয়েছে
queue-automated = স্বয়ংক্রিয় শনাক্তকরণ
queue-human = মানুষ
queue-due = শেষ সময় { $time }
queue-overdue = সময় পেরিয়েছে: শেষ সময় ছিল { $time }
queue-claimed-mine = আপনি নিয়েছেন; মেয়াদ শেষ { $time }
queue-claimed-other = অন্য একজন মডারেটর নিয়েছেন
queue-claim = নিন
queue-claim-done = নেওয়া হয়েছে। আগামী কয়েক মিনিট এটি আপনার।
queue-open = পর্যালোচনা
item-title = পর্যালোচনা
item-heading = পর্যালোচনা: { $category }
item-back = সারিতে ফিরুন
item-decided = সিদ্ধান্ত হয়েছে
item-context = কনটেন্ট
item-player = রিপোর্ট করা ভিডিও
item-caption = ক্যাপশন
item-sound = শব্দ
item-state = অবস্থা
item-remixes = রিমিক্স
item-none = নেই
item-open-video = ভিডিওর পৃষ্ঠা
item-open-video-link = ভিডিওটি খুলুন
item-comment-text = মন্তব্য
item-comment-video = যে ভিডিওতে
item-account = অ্যাকাউন্ট
item-detection = স্বয়ংক্রিয় শনাক্তকরণ
item-notices = { $count ->
    [one] { $count }টি নোটিশ
   *[other] { $count }টি নোটিশ
}
item-history = এই অ্যাকাউন্ট নিয়ে আগের সিদ্ধান্ত
item-history-none = আগের কোনো সিদ্ধান্ত নেই।
item-appeal = আপিল
item-appeal-decision = যে সিদ্ধান্তের বিরুদ্ধে আপিল
decide-title = সিদ্ধান্ত
decide-action = পদক্ষেপ
decide-policy = নিয়ম
decide-policy-category = সাধারণ নিয়ম: { $category }
decide-legal-ground = আইনি ভিত্তি: { $ground }
decide-facts = তথ্য
decide-facts-hint = আপনি যা পেয়েছেন, সহজ ভাষায়। নির্মাতা এটি পড়বেন।
decide-restrict = কোথায় সীমিত করবেন
decide-restrict-hint = অঞ্চল, দেশ বা দুটিই বাছুন। আইনি আদেশের জন্য তার রেফারেন্স লাগবে।
decide-regions = অঞ্চল
decide-countries = দেশ
decide-countries-hint = দুই অক্ষরের দেশ কোড, কমা দিয়ে আলাদা (DE, AT)।
decide-reference = রেফারেন্স (আদালত বা কর্তৃপক্ষের আদেশ)
decide-reference-hint = ঐচ্ছিক। যে দর্শকরা কনটেন্ট দেখতে পান না তাদের দেখানো হয়।
decide-restrict-empty = অন্তত একটি অঞ্চল বা দেশ বাছুন।
decide-label = তথ্য লেবেল
decide-label-text = লেবেলের লেখা
decide-label-url = আরও তথ্যের লিংক
decide-suspend = স্থগিতকরণ
decide-days = দিন
decide-days-hint = ১ থেকে ৩৬৫।
decide-submit = সিদ্ধান্ত নিন
decide-done = সিদ্ধান্ত নথিভুক্ত: { $action }। কারণের বিবৃতি পাঠানো হয়েছে।
appeal-decide-title = আপিলের সিদ্ধান্ত নিন
appeal-outcome = ফলাফল
appeal-outcome-upheld = আপিল গ্রহণ করুন
appeal-outcome-upheld-hint = সিদ্ধান্ত সঙ্গে সঙ্গে প্রত্যাহার হয় এবং কনটেন্ট বা অ্যাকাউন্ট ফিরিয়ে দেওয়া হয়।
appeal-outcome-rejected = আপিল প্রত্যাখ্যান করুন
appeal-outcome-rejected-hint = সিদ্ধান্ত বহাল থাকে।
appeal-decide-submit = আপিলের সিদ্ধান্ত নিন
appeal-decided-upheld = আপিল গৃহীত: সিদ্ধান্ত প্রত্যাহার করা হয়েছে। নতুন বিবৃতি পাঠানো হয়েছে।
appeal-decided-rejected = আপিল প্রত্যাখ্যাত: সিদ্ধান্ত বহাল। নতুন বিবৃতি পাঠানো হয়েছে।
error-claimed = অন্য একজন মডারেটর এই আইটেমটি নিয়েছেন।
error-same_moderator = যে মডারেটর সিদ্ধান্ত নিয়েছেন তিনি এর আপিলের সিদ্ধান্ত নিতে পারেন না।

## Transparency report
transparency-title = স্বচ্ছতা
transparency-intro = Spool-এ মডারেশন কীভাবে কাজ করে, সংখ্যায়: নোটিশ, সিদ্ধান্ত, কত দ্রুত সেগুলো হয়েছে, আপিল ও প্রত্যাহার। কোনো ব্যক্তিগত ডেটা দেখানো হয় না।
transparency-region = অঞ্চল
transparency-all-regions = সব অঞ্চল
transparency-period = সময়কাল
transparency-period-days = শেষ ৩০ দিন, দিনভিত্তিক
transparency-period-weeks = শেষ ১২ সপ্তাহ, সপ্তাহভিত্তিক
transparency-period-months = শেষ ১২ মাস, মাসভিত্তিক
transparency-range = { $from } থেকে { $to }
transparency-csv = CSV হিসেবে ডাউনলোড করুন
transparency-summary = মোট: { $region }
transparency-notices = নোটিশ
transparency-decisions = সিদ্ধান্ত
transparency-median = সিদ্ধান্ত পর্যন্ত মধ্যমা সময়
transparency-p90 = ৯০তম পার্সেন্টাইল
transparency-hours = { $hours } ঘণ্টা
transparency-hours-unit = ঘণ্টা
transparency-deadline-misses = সময়সীমা পেরোনো
transparency-automated-detection = স্বয়ংক্রিয় টুলে শনাক্ত
transparency-automated-decision = স্বয়ংক্রিয়ভাবে সিদ্ধান্ত
transparency-suspensions = স্থগিতকরণ
transparency-appeals = আপিল
transparency-reversals = প্রত্যাহার
transparency-over-time = সময়ের সঙ্গে
transparency-chart-volume = নোটিশ ও সিদ্ধান্ত
transparency-chart-speed = সিদ্ধান্ত পর্যন্ত সময় (ঘণ্টা)
transparency-breakdown = বিভাজন
transparency-chart-notices-category = বিভাগ অনুযায়ী নোটিশ
transparency-chart-decisions-action = পদক্ষেপ অনুযায়ী সিদ্ধান্ত
transparency-chart-decisions-category = বিভাগ অনুযায়ী সিদ্ধান্ত
transparency-chart-ground = ভিত্তি অনুযায়ী সিদ্ধান্ত
transparency-chart-source = উৎস অনুযায়ী নোটিশ
transparency-appeals-title = আপিল
transparency-chart-appeals = আপিলের ফলাফল
transparency-chart-appeals-time = সময়ের সঙ্গে আপিল ও প্রত্যাহার
transparency-appeals-upheld = গৃহীত
transparency-appeals-rejected = প্রত্যাখ্যাত
transparency-appeals-open = খোলা
transparency-orders = আইনি আদেশ ও স্ক্রিনিং
transparency-chart-orders = অঞ্চল অনুযায়ী আইনি আদেশ
transparency-screening-flagged = স্ক্রিনিংয়ে চিহ্নিত
transparency-screening-decided = পর্যালোচিত
transparency-screening-confirmed = নিশ্চিত
transparency-screening-precision = নির্ভুলতা
transparency-none = এই সময়ে কিছু নেই।
transparency-yes = হ্যাঁ
transparency-no = না
transparency-log = সিদ্ধান্তের লগ
transparency-log-intro = প্রতিটি সিদ্ধান্ত, রিপোর্টকারী, নির্মাতা বা মডারেটরদের ডেটা ছাড়া।
transparency-log-date = তারিখ
transparency-log-action = সিদ্ধান্ত
transparency-log-category = বিভাগ
transparency-log-ground = ভিত্তি
transparency-log-content = কনটেন্ট
transparency-log-detected = স্বয়ংক্রিয় শনাক্তকরণ
transparency-log-automated = স্বয়ংক্রিয় সিদ্ধান্ত
transparency-log-scope = কোথায়
transparency-log-source = উৎস
transparency-log-reversed = প্রত্যাহার করা হয়েছে
transparency-log-more = আরও সিদ্ধান্ত
transparency-log-empty = এখনো কোনো সিদ্ধান্ত নেই।
chart-show-table = সংখ্যাগুলো সারণি আকারে দেখান
chart-summary-line = { $from } থেকে { $to }। মোট: { $totals }
chart-period = সময়কাল
chart-item = আইটেম
chart-value = সংখ্যা
notif-statement = আপনার কনটেন্ট নিয়ে মডারেশনের সিদ্ধান্ত হয়েছে। কারণ ও আপিলের উপায় পড়ুন।
notif-report_outcome = আপনার পাঠানো একটি রিপোর্টের সিদ্ধান্ত হয়েছে।

## Moderation: more codes from the server
action-hold = পর্যালোচনার জন্য আটকে রাখা
action-reversed = আপিলে প্রত্যাহার
action-upheld_decision = আপিলে বহাল
action-appeal_upheld = আপিল গৃহীত
action-appeal_rejected = আপিল প্রত্যাখ্যাত
notice-source-account = একটি অ্যাকাউন্ট থেকে নোটিশ
notice-source-anonymous = অ্যাকাউন্ট ছাড়া নোটিশ (DSA অনুচ্ছেদ ১৬)
notice-source-screening = স্বয়ংক্রিয় স্ক্রিনিং
notice-source-fingerprint = সরানো কনটেন্টের সঙ্গে মিল
notice-source-legal_order = আইনি আদেশ
source-complaint = একটি আপিল
statement-scope-eea = ইইউ ও ইইএ (৩০টি দেশ)
statement-regions = অঞ্চল
statement-reference = আদেশের রেফারেন্স
statement-outcome-heading = { $action } · { $date }
error-already_decided = এ নিয়ে আগেই সিদ্ধান্ত হয়েছে।
error-appeal_open = এই সিদ্ধান্তের বিরুদ্ধে আগে থেকেই একটি আপিল খোলা আছে।
error-appeal_closed = এই সিদ্ধান্তের বিরুদ্ধে আর আপিল করা যায় না।
error-account_suspended = আপনার অ্যাকাউন্ট স্থগিত, তাই এখন এটি করতে পারবেন না।
error-account_terminated = আপনার অ্যাকাউন্ট বন্ধ।
error-not_moderator = আপনি এই অঞ্চলের মডারেটর নন।
video-withheld-own = আপনার ভিডিওটি এসব জায়গায় পাওয়া যায় না: { $places }। এই নোটিশ শুধু আপনিই দেখছেন।
item-restrictions = বর্তমান বিধিনিষেধ

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = চালিয়ে যেতে সাইন ইন করুন
signin-sheet-intro = লাইক, মন্তব্য, অনুসরণ করতে আর আপনার জন্য তৈরি ফিড পেতে লগ ইন করুন।
feed-caught-up = আপনি সব দেখে ফেলেছেন
feed-caught-up-hint = আপাতত আপনি সব ক্লিপ দেখেছেন। খুঁজে দেখুন-এ আরও পাবেন।
feed-explore = ঘুরে দেখুন
clip-creator-profile = { $handle }-এর প্রোফাইল
unfollow-handle = { $handle }-কে আর অনুসরণ করবেন না
clip-progress = প্লেব্যাকের অবস্থান
clip-progress-value = { $length }-এর মধ্যে { $at }
video-edit = ভিডিও সম্পাদনা
video-edit-save = সংরক্ষণ করুন
video-edit-done = পরিবর্তন সংরক্ষিত
video-delete = ভিডিও মুছুন
video-delete-confirm = এই ভিডিওটি চিরতরে মুছবেন? এর মন্তব্য ও লাইকও মুছে যাবে।
video-delete-done = ভিডিও মুছে ফেলা হয়েছে
back = ফিরে যান
cancel = বাতিল
discover-trending = এখন ট্রেন্ডিং
discover-trending-tags = ট্রেন্ডিং হ্যাশট্যাগ

## How the feed works: its stages and parameters
algo-stage-events = ফিড কী থেকে শেখে
algo-stage-model = রুচির মডেল
algo-stage-candidates = প্রার্থী কোথা থেকে আসে
algo-stage-exploration = নতুন ভিডিওর সুযোগ
algo-stage-ranking = র‍্যাঙ্কিং
algo-stage-filters = কী বাদ পড়ে
algo-stage-diversity = বৈচিত্র্য
algo-stage-non_personalized = অব্যক্তিগতকৃত ফিড
algo-technical = প্রযুক্তিগত বিবরণ (ইংরেজিতে)
algo-param-bias-learning-rate = একটি ভিডিওর নিজস্ব আকর্ষণ কত দ্রুত শেখা হয়
algo-param-expiry-secs = এতক্ষণ নিষ্ক্রিয় থাকলে ভুলে যায়
algo-param-history-len = গণনায় আসা সাম্প্রতিক দেখা
algo-param-history-weight = সাম্প্রতিক দেখার ওজন
algo-param-init-scale = নতুন সারির প্রাথমিক বিস্তার
algo-param-item-min-count = একটি ভিডিও নিজস্ব সারি পাওয়ার আগে প্রয়োজনীয় মিথস্ক্রিয়া
algo-param-learning-rate = রুচি কত দ্রুত শেখা হয়
algo-param-margin = পছন্দের ও এড়িয়ে যাওয়া ভিডিওর মধ্যে ব্যবধান
algo-param-negative-trials = পাল্টা উদাহরণ খুঁজতে যাচাই করা ভিডিও
algo-param-negatives-per-positive = প্রতিটি ইতিবাচক সংকেতের জন্য পাল্টা উদাহরণ
algo-param-regularization = নিয়মিতকরণ (মডেলকে অতিরিক্ত খাপ খাওয়া থেকে বাঁচায়)
algo-param-seed = র‍্যান্ডম সিড (পুনরুৎপাদনের জন্য)
algo-param-max-age-hours = নতুন ভিডিও এতক্ষণ যাচাই করা হয়
algo-param-min-completion-rate = শেষ পর্যন্ত দেখা অন্তত
algo-param-min-engagement-rate = প্রতি ভিউতে লাইক, মন্তব্য ও শেয়ার অন্তত
algo-param-slots-per-page = প্রতি পৃষ্ঠায় নতুন ভিডিওর জায়গা
algo-param-stages = পরীক্ষার ধাপগুলোর দর্শকসংখ্যা
algo-param-freshness-hours = একটি ভিডিও এতক্ষণ নতুন গণ্য হয়
algo-param-trending-half-life-hours = এতক্ষণ পরে ট্রেন্ডিংয়ের গুরুত্ব অর্ধেক হয়
algo-param-weights = র‍্যাঙ্কিং স্কোরের ওজন
algo-param-engagement = প্রত্যাশিত সম্পৃক্ততা
algo-param-exploration = অন্বেষণ
algo-param-following = আপনার অনুসরণ করা অ্যাকাউন্ট
algo-param-freshness = নতুনত্ব
algo-param-trending = ট্রেন্ডিং
algo-param-creator-spacing = একই নির্মাতা আবার আসার আগে ক্লিপ
algo-param-sound-spacing = একই শব্দ আবার আসার আগে ক্লিপ
algo-param-catalog-videos = ক্যাটালগের ভিডিও
algo-param-viewers-with-state = মডেল যে দর্শকদের চেনে

tile-views = { $count ->
    [one] { $count } বার দেখা
   *[other] { $count } বার দেখা
}

## Long press: speed
clip-options = বিকল্প
speed-title = প্লেব্যাকের গতি
speed-normal = স্বাভাবিক
speed-value = { $rate }×
speed-set = { $rate }× গতিতে চলছে

## Upload: preview, cover, draft
upload-preview = আপনার ক্লিপের প্রিভিউ
upload-cover = কভার
upload-cover-hint = ক্লিপ চালুর আগে মানুষ যে ফ্রেমটি দেখবে সেখানে সরান।
upload-draft-restored = আপনার খসড়া ফিরে এসেছে: ক্যাপশন ও সেটিং যেমন রেখে গিয়েছিলেন।
error-invalid_cover = কভারটি ক্লিপের একটি মুহূর্ত হতে হবে।

# সাবটাইটেল ও প্রোফাইল ছবি
clip-captions-on = সাবটাইটেল চালু করুন
clip-captions-off = সাবটাইটেল বন্ধ করুন
captions-on = সাবটাইটেল চালু
captions-off = সাবটাইটেল বন্ধ
captions-title = সাবটাইটেল
captions-file = সাবটাইটেল ফাইল (.vtt)
captions-hint = প্রতিটি ভাষার জন্য একটি WebVTT ফাইল। প্রতিটি সাবটাইটেল ক্লিপের দৈর্ঘ্যের মধ্যে থাকতে হবে।
captions-language = সাবটাইটেলের ভাষা
captions-add = সাবটাইটেল যোগ করুন
captions-remove = { $language } সাবটাইটেল সরান
captions-remove-short = সরান
captions-none = এখনো কোনো সাবটাইটেল নেই।
captions-added = { $language } সাবটাইটেল যোগ করা হয়েছে।
captions-removed = { $language } সাবটাইটেল সরানো হয়েছে।
captions-failed = আপনার ক্লিপ পোস্ট হয়েছে, কিন্তু সাবটাইটেল যোগ করা যায়নি: { $reason } ক্লিপ সম্পাদনা করার সময় আপনি সেগুলো যোগ করতে পারবেন।
captions-pick-file = আগে একটি .vtt ফাইল বাছুন।
error-invalid_webvtt = এটি কোনো বৈধ WebVTT সাবটাইটেল ফাইল নয়।
error-invalid_language = সাবটাইটেলের ভাষা বাছুন।
profile-photo-choose = প্রোফাইল ছবি
profile-photo-hint = JPEG, PNG বা WebP, সর্বোচ্চ ৮ MB। ছবিটি বর্গাকারে কেটে নেওয়া হয়; কোথায় ও কী দিয়ে তোলা হয়েছিল সেই তথ্য মুছে ফেলা হয়।
profile-photo-remove = ছবি সরান
profile-photo-type = একটি JPEG, PNG বা WebP ছবি বাছুন।
profile-edit-save = প্রোফাইল সংরক্ষণ করুন
profile-edit-done = প্রোফাইল সংরক্ষিত হয়েছে।
error-invalid_photo = এই ফাইলটি পড়া যায় এমন কোনো ছবি নয়।
error-photo_too_small = ছবিটি খুব ছোট: প্রতিটি দিকে অন্তত ৬৪ পিক্সেলের একটি ছবি বাছুন।
error-photo_too_large = ছবিটি খুব বড়: প্রতিটি দিকে সর্বোচ্চ ৮১৯২ পিক্সেল।
error-invalid_crop = ছবির যে অংশটি রাখা হবে, সেটি ছবির ভেতরে একটি বর্গক্ষেত্র হতে হবে।

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = অন্য সার্ভার
fed-intro = ActivityPub ব্যবহার করে এমন অন্য সার্ভারের, যেমন অন্য Spool সার্ভারের, মানুষদের অনুসরণ করুন। তাঁদের ভিডিও আপনার "অনুসরণ করছেন" ফিডে দেখা যাবে।
fed-teen = কিশোর অ্যাকাউন্ট এই সার্ভারেই থাকে: সেগুলো অন্য সার্ভারের অ্যাকাউন্ট অনুসরণ করতে পারে না, সেখান থেকে অনুসরণও করা যায় না।
fed-address = অন্য সার্ভারে ঠিকানা
fed-address-hint = name@host আকারে, যেমন alex@example.org
fed-follow = অনুসরণ করুন
fed-address-invalid = ঠিকানাটি name@host আকারে লিখুন, যেমন alex@example.org।
fed-address-local = এই অ্যাকাউন্টটি এই সার্ভারেই আছে: এর প্রোফাইল থেকে অনুসরণ করুন।
fed-not-found = { $handle } নামে কোনো অ্যাকাউন্ট পাওয়া যায়নি। ঠিকানাটি যাচাই করুন।
fed-requested = { $handle }-কে অনুসরণের অনুরোধ পাঠানো হয়েছে।
fed-following = সেখানে যাঁদের অনুসরণ করছেন
fed-following-empty = আপনি এখনও অন্য কোনো সার্ভারে কাউকে অনুসরণ করছেন না।
fed-pending = অনুরোধ পাঠানো হয়েছে
fed-followers = সেখান থেকে আপনার অনুসরণকারী
fed-followers-empty = অন্য কোনো সার্ভার থেকে এখনও কেউ আপনাকে অনুসরণ করছেন না।
fed-wants-to-follow = আপনাকে অনুসরণ করতে চান
fed-unfollow = আর অনুসরণ করবেন না
fed-accept = গ্রহণ করুন
fed-accept-label = { $handle }-এর অনুসরণের অনুরোধ গ্রহণ করুন
fed-decline = প্রত্যাখ্যান করুন
fed-decline-label = { $handle }-এর অনুসরণের অনুরোধ প্রত্যাখ্যান করুন
fed-remove = সরান
fed-remove-label = { $handle }-কে আপনার অনুসরণকারীদের থেকে সরান
fed-accepted = { $handle } এখন আপনাকে অনুসরণ করছেন।
fed-declined = আপনি { $handle }-এর অনুরোধ প্রত্যাখ্যান করেছেন।
fed-removed = { $handle } আর আপনাকে অনুসরণ করছেন না।
fed-from = { $host } থেকে
fed-open = { $host }-এ খুলুন
fed-cannot-play = এই ভিডিওটি এখানে চালানো যাচ্ছে না।
comment-remote-remove = { $handle }-এর উত্তর সরান
fed-shared-by = { $handle } শেয়ার করেছেন
reason-remote_instance = { $host } থেকে, যে ইনস্ট্যান্সে এখানকার লোকেরা অ্যাকাউন্ট ফলো করেন
fed-like = লাইক
