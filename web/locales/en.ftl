# Spool's interface text: English. The server renders the page shell with these
# messages and the browser layer formats the same file (Project Fluent).
# Every file in this folder must define exactly the same messages (cargo test checks).

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — short videos
app-description = Watch, make and share short videos. Your data stays in your home region.
skip-to-content = Skip to content
loading = Loading…
noscript = Spool needs JavaScript to play videos. Please turn it on, or use the API directly.
assets-missing = The web client was not built into this server. Build it with “npm ci && npm run build” in the web/ folder, then rebuild Spool.
title-page = { $page } · Spool
title-not-found = Not found · Spool
not-found = This page does not exist.
close = Close

## Navigation
nav-label = Main
nav-home = Home
nav-discover = Discover
nav-upload = Upload
nav-inbox = Inbox
nav-profile = Profile
nav-unread = { $count ->
    [one] { $count } unread notification
   *[other] { $count } unread notifications
}

## Feed
feed-tabs = Feeds
feed-for-you = For You
feed-following = Following
feed-personalized = Personalized
feed-mode-hint = When off, the feed uses no profiling: it shows what is popular and new in your region and language.
feed-mode-personalized = Personalized feed on
feed-mode-non-personalized = Personalized feed off: no profiling is used
feed-empty = Nothing to watch yet. Upload the first clip, or search for something.
feed-following-empty = No new clips from the accounts you follow.
feed-login = Log in to see clips from the accounts you follow.
feed-unavailable = The feed is not available on this server yet. Try search or a profile.
video-title = Video
video-processing = Processing…
video-failed = Processing failed
clip-video-label = Video by { $handle }
clip-loading = Loading the video
clip-unmute = Turn sound on
clip-mute = Turn sound off
clip-play = Play
clip-pause = Pause
clip-actions = Actions for the video by { $handle }
clip-like = { $count ->
    [one] Like ({ $count } like)
   *[other] Like ({ $count } likes)
}
clip-comments = { $count ->
    [one] Comments ({ $count } comment)
   *[other] Comments ({ $count } comments)
}
clip-share = { $count ->
    [one] Share ({ $count } share)
   *[other] Share ({ $count } shares)
}
clip-more = More options
clip-sound = Original sound – { $handle }
clip-duet-of = Duet: see the original
clip-stitch-of = Stitch: see the original
follow-handle = Follow { $handle }
follow-requested = Requested
follow-done = You follow { $handle } now
unfollow-done = You no longer follow { $handle }
login-needed = Log in first.
share-title = Share
share-link = Link to this video
share-copy = Copy link
share-copied = Link copied
not-interested = Not interested
not-interested-done = Got it: you will see fewer clips like this.
open-sound = Open the sound
make-duet = Make a duet
make-stitch = Stitch this video
why-title = Why this video?
why-none = This clip was opened directly, not chosen by the feed.
why-explainer = The feed picks clips with published rules. You can switch personalization off at any time.
algorithm-link = How the feed works

## Reasons the feed gives (by code; the server's English text is shown for unknown codes)
reason-follows_creator = You follow { $handle }
reason-topic = You watch clips about { $hashtag }
reason-similar_to_liked = Similar to clips you liked
reason-taste_match = Matches what you usually watch
reason-trending_region = Popular in your region ({ $region })
reason-trending_language = Popular in your language ({ $language })
reason-new_video_test_audience = A new clip shown to a small test audience
reason-fresh = Recently posted
reason-sound = Uses the sound “{ $sound }”
reason-seen_before = You have seen every new clip; watch this one again

## Comments
comments-title = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
comments-empty = No comments yet. Be the first.
comments-more = More comments
comments-off = Comments are off for this video.
comment-add = Add a comment
comment-send = Post
comment-sent = Comment posted
comment-reply = Reply
comment-reply-to = Reply to { $handle }
comment-cancel-reply = Cancel reply
comment-replies = { $count ->
    [one] View { $count } reply
   *[other] View { $count } replies
}
comment-like = { $count ->
    [one] Like comment ({ $count } like)
   *[other] Like comment ({ $count } likes)
}
comment-pinned = Pinned
comment-login = Log in to comment

## Reports
report = Report
report-intro = Tell us what is wrong. A moderator reviews every report, and you will hear back.
report-category = Reason
report-note = Details (optional)
report-note-hint = What should the moderator look at?
report-send = Send report

## Upload
upload-title = Upload
upload-file = Video file
upload-file-hint = 1 second to 10 minutes. The upload starts at once and resumes if the connection drops.
upload-progress-label = Upload progress
upload-progress = { $percent } % ({ $sent } of { $total } bytes)
upload-done = Upload complete
upload-error = The upload failed. Try again.
upload-pause = Pause
upload-resume = Resume
upload-caption = Caption
upload-caption-hint = Type # for hashtags and @ to mention someone.
upload-visibility = Who can watch
visibility-public = Everyone
visibility-followers = Followers
visibility-private = Only me
upload-allow = Allow others to
upload-allow-comments = Comment
upload-allow-duet = Duet
upload-allow-stitch = Stitch
upload-sound = Sound (optional)
upload-sound-search = Search for a sound
upload-sound-none = Your clip keeps its own sound.
upload-sound-chosen = Sound: { $title }
upload-sound-clear = Use my own sound
upload-duet = Duet with { $handle }
upload-stitch = Stitch of { $handle }’s video
upload-post = Post
upload-pick-first = Choose a video file first.
upload-waiting = Finishing the upload…
upload-processing = Processing your video… This takes about as long as the clip.
upload-ready = Your video is ready!
upload-watch = Watch it
upload-to-profile = Go to your profile
suggestions = Suggestions
suggestions-count = { $count ->
    [one] { $count } suggestion. Use the up and down arrows to choose.
   *[other] { $count } suggestions. Use the up and down arrows to choose.
}

## Profiles, hashtags, sounds
profile-not-found = This account does not exist.
profile-edit = Edit profile
profile-follow = Follow
profile-following = Following
profile-private = Private
profile-private-body = This account is private. Follow it to see its videos.
profile-following-count = Following
profile-followers-count = Followers
profile-likes-count = Likes
profile-videos-count = Videos
profile-videos = Videos
profile-empty = No videos yet.
profile-empty-own = You have not posted anything yet. Your clips will appear here.
tile-label = { $caption } — by { $handle }
tile-label-plain = Video by { $handle }
hashtag-count = { $count ->
    [one] { $count } video
   *[other] { $count } videos
}
hashtag-empty = No public videos with this hashtag yet.
sound-title = Sound
sound-listen = Listen to { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } video
   *[other] { $count } videos
}
sound-use = Use this sound
sound-original = Original video
sound-sort = Sort videos
sound-newest = Newest
sound-popular = Popular
sound-empty = No videos use this sound yet.

## Search
search-title = Discover
search-label = Search
search-placeholder = Search accounts, videos, #hashtags, sounds
search-submit = Search
search-types = What to search
search-videos = Videos
search-accounts = Accounts
search-hashtags = Hashtags
search-sounds = Sounds
search-results = Results
search-hint = Type a word, a #hashtag or an @handle.
search-empty = Nothing found for “{ $query }”.
search-followers = { $count ->
    [one] { $count } follower
   *[other] { $count } followers
}

## Inbox
inbox-title = Inbox
inbox-requests = Follow requests
inbox-activity = Activity
inbox-empty = No notifications yet.
inbox-unread = Unread:
request-accept = Accept
request-decline = Decline
request-accepted = { $handle } can now see your videos
request-declined = Request from { $handle } declined
notif-like = { $count ->
    [one] { $actor } liked your video
   *[other] { $count } people liked your video
}
notif-comment = { $others ->
    [0] { $actor } commented on your video
   *[other] { $actor } and { $others } others commented on your video
}
notif-reply = { $actor } replied to your comment
notif-mention = { $actor } mentioned you
notif-follow = { $count ->
    [one] { $actor } started following you
   *[other] { $count } new followers
}
notif-follow_request = { $actor } asked to follow you
notif-follow_accepted = { $actor } accepted your follow request
notif-comment_like = { $others ->
    [0] { $actor } liked your comment
   *[other] { $actor } and { $others } others liked your comment
}
notif-duet = { $actor } made a duet with your video
notif-stitch = { $actor } stitched your video

## Settings
settings-title = Settings
settings-save = Save
settings-saved = Saved
settings-profile = Profile
settings-privacy = Privacy
settings-private = Private account
settings-private-hint = Only followers you approve can see your videos.
settings-who-comment = Who can comment on your videos
settings-who-duet = Who can duet with your videos
settings-who-stitch = Who can stitch your videos
policy-everyone = Everyone
policy-followers = Followers
policy-nobody = Nobody
settings-liked-public = Show the videos I liked on my profile
settings-teen = Your account is a teen account: some settings are stricter.
settings-feed = Feed
settings-reset-recommendations = Reset my recommendations
settings-reset-done = Your recommendations were reset.
settings-language = Language
settings-language-label = Interface language
settings-language-hint = By default Spool follows your browser’s language.
settings-data = Your data
settings-data-intro = Download everything Spool stores about you, and see which staff members looked at it and why.
settings-export = Download my data
settings-region = Home region
settings-region-now = Your data is stored in: { $region }
settings-region-intro = Your personal data lives only in your home region. You can move it to another one.
settings-move-to = New home region
settings-move = Move my data
settings-move-confirm = Move all your personal data to { $region }?
settings-move-done = Your data was moved.
settings-account = Account
settings-signed-in = Logged in as { $handle }
settings-logout = Log out
settings-delete = Delete account
settings-delete-intro = This deletes your account, your videos and all your data for good. It cannot be undone.
settings-delete-confirm = Delete your account and everything in it for good?
settings-sessions = Sessions
settings-sessions-intro = The devices where you are logged in. Log out of any you do not recognise.
settings-sessions-logout-others = Log out everywhere else
settings-sessions-ended = { $count ->
    [one] Logged out of { $count } other session.
   *[other] Logged out of { $count } other sessions.
}
session-device = { $browser } on { $os }
session-device-unknown = Unknown device
session-current = This device
session-times = Logged in { $created } · last active { $used }
session-logout = Log out
session-logout-label = Log out { $device }
settings-password = Change password
settings-password-done = Your password was changed. Every other session was logged out.
field-current-password = Current password
field-new-password = New password
access-title = Access to my data
access-intro = Every time a staff member opens your personal data, it is logged with a written justification. This is the full list.
access-empty = No staff member has accessed your data.
access-unavailable = The access log is not available on this server yet.
access-when = When
access-staff = Staff member
access-role = Role
access-action = What they did
access-justification = Justification
access-reference = Reference
algorithm-title = How the feed works
algorithm-intro = Spool’s For You feed is open to inspection: the code, its weights and the reasons for each clip are published.
algorithm-sources = Candidates come from accounts you follow, clips similar to those you liked, what is popular in your region and language, and new clips shown to a small test audience.
algorithm-signals = It learns from what you do: how long you watch, replays, skips, likes, shares, comments, follows and “not interested”.
algorithm-filters = It leaves out what you have seen, blocked accounts and removed videos, and mixes topics and creators.
algorithm-control = You can turn personalization off, reset what it learned, and ask “why this video?” on every clip.
algorithm-published = Published description
algorithm-unavailable = The published description is not available on this server yet.

## Log in and sign up
login-title = Log in
login-submit = Log in
login-no-account = No account yet?
signup-title = Sign up
signup-intro = Your personal data is stored only in the home region you choose.
signup-submit = Create account
signup-have-account = Already have an account?
field-handle = Handle
field-handle-hint = 2 to 24 letters, digits, _ or .
field-display-name = Display name (optional)
field-password = Password
field-password-hint = At least 8 characters.
field-birth-date = Date of birth
field-birth-date-hint = You must be at least 13. Accounts under 18 are private by default.
field-region = Home region
field-region-hint = Where your personal data is stored.
field-email = E-mail (optional)
field-email-hint = Only used to help you recover your account.
field-bio = Bio

## Errors (by the API's error code; the server's message is shown for other codes)
error-network = Cannot reach the server. Check your connection.
error-internal = Something went wrong. Try again.
error-unauthenticated = Log in first.
error-invalid_credentials = Wrong handle or password.
error-too_young = You must be at least 13 years old to use Spool.
error-csrf_rejected = Your session expired. Reload the page.
error-forbidden = You are not allowed to do that.
error-comments_off = Comments are off for this video.
error-remix_off = The creator does not allow this.
error-not_found = Not found.
error-handle_taken = This handle is already taken.
error-rate_limited = Too many attempts. Wait a moment and try again.
error-invalid_handle = Use 2 to 24 letters, digits, _ or .
error-handle_reserved = This handle is reserved.
error-invalid_password = The password must be 8 to 128 characters.
error-invalid_email = This e-mail address does not look right.
error-invalid_birth_date = Enter a valid date of birth.
error-invalid_display_name = The display name is at most 50 characters.
error-invalid_bio = The bio is at most 160 characters.
error-invalid_caption = The caption is at most 2,200 characters.
error-invalid_comment = A comment is 1 to 500 characters.
error-unknown_region = Choose one of the listed regions.
error-empty_file = The file is empty.
error-not_media = This file is not a video.
error-no_video_stream = This file has no video.
error-still_image = This is a still image, not a video.
error-too_short = The video is too short (at least 1 second).
error-too_long = The video is too long (at most 10 minutes).
error-too_large = The video is too large.
error-unsupported_codec = This video format is not supported.
error-transcode_failed = The video could not be processed.
error-wrong_password = The current password is wrong.
error-quota_exceeded = Your storage is full. Delete videos or unfinished uploads to make room.
error-bad_request = The request could not be read.

## Moderation: reports
report-title-video = Report this video
report-title-comment = Report this comment
report-title-account = Report this account
report-category-choose = Choose a reason
report-category-hate_speech = Hate speech
report-category-harassment = Harassment and bullying
report-category-violent_extremism = Violent extremism
report-category-disinformation = Misinformation and disinformation
report-category-child_safety = Child safety
report-category-self_harm = Self-harm and eating disorders
report-category-illegal_goods = Illegal goods and services
report-category-scams = Scams and fraud
report-category-spam = Spam
report-category-intellectual_property = Intellectual property
report-category-other = Something else
report-dsa-legend = About you
report-dsa-intro = You are not logged in, so this is a notice under Article 16 of the EU Digital Services Act. We need your name and e-mail address to handle it; the person you report is never told who you are.
report-name = Your name
report-email = Your e-mail address
report-email-hint = We send the outcome here.
report-good-faith = I believe in good faith that the information in this notice is accurate and complete.
report-login-instead = Have an account?
report-sent = Thank you. Your report was sent, and a moderator will review it.
report-duplicate = You already reported this. Your earlier report still counts; there is no need to send it again.
report-receipt-intro = Keep this receipt: with it you can look up what was decided.
report-receipt = Your receipt
report-receipt-hint = Report number { $id }
report-receipt-copy = Copy receipt
report-receipt-copied = Receipt copied.
report-check-later = Check this report later
report-follow-up = You will be told the outcome. You can also follow it in
report-outcome = Decided on { $date }: { $action }
report-outcome-policy = Rule applied: { $policy }
report-state-open = Waiting for review
report-state-decided = Decided
comment-report = Report the comment by { $handle }
profile-report = Report
profile-withheld = This account is not available where you are.
label-panel = Information
label-more = Learn more
video-age-restricted = Age-restricted
video-held = On hold
video-held-own = Your video is on hold: it matches content that was removed before. A moderator will review it.
video-removed-own = Your video was removed by a moderator. Only you can see this notice.
video-reduced-own = Your video is not recommended in feeds after a moderation decision. Only you can see this notice.
video-withheld = This video is not available where you are.
status-link = See why, and how to appeal

## Moderation: actions, targets, grounds
action-no_violation = No violation
action-remove = Removed
action-age_restrict = Age-restricted
action-restrict_regions = Restricted in some regions
action-label = Information label added
action-reduce_distribution = Reduced distribution
action-suspend = Account suspended
action-terminate = Account closed
target-video = Video
target-comment = Comment
target-account = Account
ground-illegal = Illegal content
ground-incompatible = Against the community guidelines
source-notice = A notice from someone who reported it
source-trusted-flagger = A notice from a trusted flagger
source-own-initiative = Spool’s own review
decision-reversed = Reversed

## Account status and statements of reasons
status-title = Account status
settings-status-intro = Decisions about your content, your appeals, and the reports you sent.
settings-about = About Spool
status-standing = Your account
status-good = Your account is in good standing.
status-suspended = Your account is suspended.
status-suspended-until = Your account is suspended until { $date }.
status-terminated = Your account was closed. You can still read the decisions and appeal.
status-strikes = { $count ->
    [one] { $count } strike of { $threshold }
   *[other] { $count } strikes of { $threshold }
}
status-strikes-hint = Each decision against your content is a strike. At the limit the account is suspended. Old strikes expire.
status-history = Earlier decisions
status-statements = Decisions and their reasons
status-statements-intro = For every decision we send a statement of reasons: what was decided, on which rule, and how to appeal.
status-no-statements = No decisions about your content.
status-my-reports = My reports
status-no-reports = You have not reported anything.
status-receipt-title = Your report
statement-heading = { $action } · { $date }
statement-decision = Decision
statement-content = Content
statement-facts = What we found
statement-policy = Rule
statement-ground-illegal = We consider the content illegal.
statement-ground-incompatible = The content is against our community guidelines.
statement-legal-ground = Legal ground: { $ground }
statement-policy-ground = Guideline: { $ground }
statement-label = Label shown
statement-detection = How it was found
statement-detected-auto = With automated tools
statement-detected-human = Without automated tools
statement-automated = How it was decided
statement-decided-auto = By an automated system
statement-decided-human = By a person, not automatically
statement-source = What started the review
statement-scope = Where it applies
statement-scope-everywhere = Everywhere
statement-duration = How long
statement-duration-until = From { $from } until { $until }
statement-duration-open = From { $from }, with no end date
statement-account-suspended = Your account was suspended.
statement-account-terminated = Your account was closed.
statement-appeal = Appeal
statement-appeal-until = You can appeal until { $date }. A different moderator will review it.
statement-appeal-possible = You can appeal. A different moderator will review it.
statement-appeal-closed = This decision can no longer be appealed here. You can still turn to a certified out-of-court dispute settlement body or a court.
statement-appeal-open = Your appeal is being reviewed.
statement-appeal-upheld = Your appeal was accepted: the decision was reversed.
statement-appeal-rejected = Your appeal was reviewed and the decision stands.
statement-technical = Technical details (as sent to the EU transparency database)
appeal-text = Why should the decision be changed?
appeal-text-hint = Explain what the moderator may have missed. You can add context or links.
appeal-send = Send appeal
appeal-sent = Your appeal was sent. A different moderator will review it, and you will get a new statement.
appeal-exists = You already have an open appeal for this decision.

## Moderator console
mod-title = Moderation
mod-region = Region
mod-region-hint = The queue of the region you moderate.
mod-not-moderator = You are not a moderator of this region.
queue-title = Review queue: { $region }
queue-refresh = Refresh
queue-empty = The queue is empty.
queue-count = { $count ->
    [one] { $count } item, most urgent first
   *[other] { $count } items, most urgent first
}
queue-kind-notice = Notice
queue-kind-appeal = Appeal
queue-kind-match = Match
queue-severity = Severity
queue-notices = Notices
queue-reach = Views (24 h)
queue-detection = Found by
queue-automated = Automated detection
queue-human = People
queue-due = Due { $time }
queue-overdue = Overdue: the deadline was { $time }
queue-claimed-mine = Claimed by you; the claim ends { $time }
queue-claimed-other = Claimed by another moderator
queue-claim = Claim
queue-claim-done = Claimed. It is yours for the next minutes.
queue-open = Review
item-title = Review
item-heading = Review: { $category }
item-back = Back to the queue
item-decided = Decided
item-context = The content
item-player = The reported video
item-caption = Caption
item-sound = Sound
item-state = State
item-remixes = Remixes
item-none = None
item-open-video = Video page
item-open-video-link = Open the video
item-comment-text = Comment
item-comment-video = On the video
item-account = Account
item-detection = Automated detection
item-notices = { $count ->
    [one] { $count } notice
   *[other] { $count } notices
}
item-history = Earlier decisions about this account
item-history-none = No earlier decisions.
item-appeal = The appeal
item-appeal-decision = The decision appealed
decide-title = Decision
decide-action = Action
decide-policy = Rule
decide-policy-category = General rule: { $category }
decide-legal-ground = Legal ground: { $ground }
decide-facts = Facts
decide-facts-hint = What you found, in plain words. The creator reads this.
decide-restrict = Where to restrict
decide-restrict-hint = Choose regions, countries or both. A legal order needs its reference.
decide-regions = Regions
decide-countries = Countries
decide-countries-hint = Two-letter country codes, separated by commas (DE, AT).
decide-reference = Reference (court or authority order)
decide-reference-hint = Optional. Shown to viewers who cannot see the content.
decide-restrict-empty = Choose at least one region or country.
decide-label = Information label
decide-label-text = Label text
decide-label-url = Link to more information
decide-suspend = Suspension
decide-days = Days
decide-days-hint = 1 to 365.
decide-submit = Decide
decide-done = Decision recorded: { $action }. The statement of reasons was sent.
appeal-decide-title = Decide the appeal
appeal-outcome = Outcome
appeal-outcome-upheld = Uphold the appeal
appeal-outcome-upheld-hint = The decision is reversed at once and the content or account is restored.
appeal-outcome-rejected = Reject the appeal
appeal-outcome-rejected-hint = The decision stands.
appeal-decide-submit = Decide the appeal
appeal-decided-upheld = Appeal upheld: the decision was reversed. A new statement was sent.
appeal-decided-rejected = Appeal rejected: the decision stands. A new statement was sent.
error-claimed = Another moderator has claimed this item.
error-same_moderator = The moderator who made the decision cannot decide its appeal.

## Transparency report
transparency-title = Transparency
transparency-intro = How moderation works on Spool, in numbers: notices, decisions, how fast they were made, appeals and reversals. No personal data is shown.
transparency-region = Region
transparency-all-regions = All regions
transparency-period = Period
transparency-period-days = Last 30 days, per day
transparency-period-weeks = Last 12 weeks, per week
transparency-period-months = Last 12 months, per month
transparency-range = { $from } to { $to }
transparency-csv = Download as CSV
transparency-summary = In total: { $region }
transparency-notices = Notices
transparency-decisions = Decisions
transparency-median = Median time to decision
transparency-p90 = 90th percentile
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Deadlines missed
transparency-automated-detection = Found with automated tools
transparency-automated-decision = Decided automatically
transparency-suspensions = Suspensions
transparency-appeals = Appeals
transparency-reversals = Reversals
transparency-over-time = Over time
transparency-chart-volume = Notices and decisions
transparency-chart-speed = Time to decision (hours)
transparency-breakdown = Breakdown
transparency-chart-notices-category = Notices by category
transparency-chart-decisions-action = Decisions by action
transparency-chart-decisions-category = Decisions by category
transparency-chart-ground = Decisions by ground
transparency-chart-source = Notices by source
transparency-appeals-title = Appeals
transparency-chart-appeals = Appeal outcomes
transparency-chart-appeals-time = Appeals and reversals over time
transparency-appeals-upheld = Upheld
transparency-appeals-rejected = Rejected
transparency-appeals-open = Open
transparency-orders = Legal orders and screening
transparency-chart-orders = Legal orders by region
transparency-screening-flagged = Flagged by screening
transparency-screening-decided = Reviewed
transparency-screening-confirmed = Confirmed
transparency-screening-precision = Precision
transparency-none = Nothing in this period.
transparency-yes = Yes
transparency-no = No
transparency-log = Decision log
transparency-log-intro = Every decision, without the data of reporters, creators or moderators.
transparency-log-date = Date
transparency-log-action = Decision
transparency-log-category = Category
transparency-log-ground = Ground
transparency-log-content = Content
transparency-log-detected = Automated detection
transparency-log-automated = Automated decision
transparency-log-scope = Where
transparency-log-source = Source
transparency-log-reversed = Reversed
transparency-log-more = More decisions
transparency-log-empty = No decisions yet.
chart-show-table = Show the numbers as a table
chart-summary-line = From { $from } to { $to }. Totals: { $totals }
chart-period = Period
chart-item = Item
chart-value = Count
notif-statement = A moderation decision was made about your content. Read why, and how to appeal.
notif-report_outcome = A report you sent has been decided.

## Moderation: more codes from the server
action-hold = Held for review
action-reversed = Reversed on appeal
action-upheld_decision = Upheld on appeal
action-appeal_upheld = Appeal upheld
action-appeal_rejected = Appeal rejected
notice-source-account = Notice from an account
notice-source-anonymous = Notice without an account (DSA art. 16)
notice-source-screening = Automated screening
notice-source-fingerprint = Match with removed content
notice-source-legal_order = Legal order
source-complaint = An appeal
statement-scope-eea = The EU and the EEA (30 countries)
statement-regions = Regions
statement-reference = Order reference
statement-outcome-heading = { $action } · { $date }
error-already_decided = This has already been decided.
error-appeal_open = There is already an open appeal for this decision.
error-appeal_closed = This decision can no longer be appealed.
error-account_suspended = Your account is suspended, so you cannot do this now.
error-account_terminated = Your account is closed.
error-not_moderator = You are not a moderator of this region.
video-withheld-own = Your video is withheld in: { $places }. Only you can see this notice.
item-restrictions = Current restrictions

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Sign in to continue
signin-sheet-intro = Log in to like, comment, follow and get a feed made for you.
feed-caught-up = You're all caught up
feed-caught-up-hint = You have seen every clip for now. Find more on Discover.
feed-explore = Explore
clip-creator-profile = Profile of { $handle }
unfollow-handle = Unfollow { $handle }
clip-progress = Playback position
clip-progress-value = { $at } of { $length }
video-edit = Edit video
video-edit-save = Save
video-edit-done = Changes saved
video-delete = Delete video
video-delete-confirm = Delete this video for good? Its comments and likes go with it.
video-delete-done = Video deleted
back = Back
cancel = Cancel
discover-trending = Trending now
discover-trending-tags = Trending hashtags

## How the feed works: its stages and parameters
algo-stage-events = What the feed learns from
algo-stage-model = The taste model
algo-stage-candidates = Where candidates come from
algo-stage-exploration = A chance for new videos
algo-stage-ranking = Ranking
algo-stage-filters = What is filtered out
algo-stage-diversity = Variety
algo-stage-non_personalized = The non-personalized feed
algo-technical = Technical description (English)
algo-param-bias-learning-rate = How fast a video's own appeal is learned
algo-param-expiry-secs = Forgotten after being idle for
algo-param-history-len = Recent watches that count
algo-param-history-weight = Weight of recent watches
algo-param-init-scale = Starting spread of new rows
algo-param-item-min-count = Interactions before a video gets its own row
algo-param-learning-rate = How fast tastes are learned
algo-param-margin = Margin between liked and skipped videos
algo-param-negative-trials = Videos tried when looking for a counter-example
algo-param-negatives-per-positive = Counter-examples per positive signal
algo-param-regularization = Regularization (keeps the model from overfitting)
algo-param-seed = Random seed (for reproducibility)
algo-param-max-age-hours = New videos are explored for
algo-param-min-completion-rate = Watched to the end at least
algo-param-min-engagement-rate = Likes, comments and shares per view at least
algo-param-slots-per-page = Places per page for new videos
algo-param-stages = Audience sizes of the test stages
algo-param-freshness-hours = A video counts as fresh for
algo-param-trending-half-life-hours = Trending counts half after
algo-param-weights = Weights of the ranking score
algo-param-engagement = Expected engagement
algo-param-exploration = Exploration
algo-param-following = Accounts you follow
algo-param-freshness = Freshness
algo-param-trending = Trending
algo-param-creator-spacing = Clips before the same creator again
algo-param-sound-spacing = Clips before the same sound again
algo-param-catalog-videos = Videos in the catalog
algo-param-viewers-with-state = Viewers the model knows

tile-views = { $count ->
    [one] { $count } view
   *[other] { $count } views
}

## Long press: speed
clip-options = Options
speed-title = Playback speed
speed-normal = Normal
speed-value = { $rate }×
speed-set = Playing at { $rate }×

## Upload: preview, cover, draft
upload-preview = Preview of your clip
upload-cover = Cover
upload-cover-hint = Slide to the frame people see before the clip plays.
upload-draft-restored = Your draft is back: caption and settings as you left them.
error-invalid_cover = The cover must be a moment of the clip.

# Captions and profile photos
clip-captions-on = Turn captions on
clip-captions-off = Turn captions off
captions-on = Captions on
captions-off = Captions off
captions-title = Captions
captions-file = Caption file (.vtt)
captions-hint = A WebVTT file, one per language. Cues must fit within the clip.
captions-language = Language of the captions
captions-add = Add captions
captions-remove = Remove the captions in { $language }
captions-remove-short = Remove
captions-none = No captions yet.
captions-added = Captions in { $language } added.
captions-removed = Captions in { $language } removed.
captions-failed = Your clip is posted, but the captions were not added: { $reason } You can add them from the clip's edit sheet.
captions-pick-file = Choose a .vtt file first.
error-invalid_webvtt = This is not a valid WebVTT caption file.
error-invalid_language = Choose the language of the captions.
profile-photo-choose = Profile photo
profile-photo-hint = JPEG, PNG or WebP, up to 8 MB. It is cropped to a square; where and with what it was taken is removed.
profile-photo-remove = Remove photo
profile-photo-type = Choose a JPEG, PNG or WebP picture.
profile-edit-save = Save profile
profile-edit-done = Profile saved.
error-invalid_photo = This file is not a picture that can be read.
error-photo_too_small = The photo is too small: choose one at least 64 pixels on each side.
error-photo_too_large = The photo is too large: at most 8192 pixels on each side.
error-invalid_crop = The part of the photo to keep must be a square inside it.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Other instances
fed-intro = Follow people on other instances that speak ActivityPub, such as other Spool servers. Their videos appear in your Following feed.
fed-teen = Teen accounts stay on this instance: they cannot follow or be followed from other instances.
fed-address = Address on another instance
fed-address-hint = As name@host, for example alex@example.org
fed-follow = Follow
fed-address-invalid = Enter the address as name@host, for example alex@example.org.
fed-address-local = That account is on this instance: follow it from its profile.
fed-not-found = No account { $handle } was found. Check the address.
fed-requested = Follow request sent to { $handle }.
fed-following = Accounts you follow there
fed-following-empty = You do not follow anyone on another instance yet.
fed-pending = Request sent
fed-followers = Your followers there
fed-followers-empty = No one on another instance follows you yet.
fed-wants-to-follow = Wants to follow you
fed-unfollow = Unfollow
fed-accept = Accept
fed-accept-label = Accept the follow request of { $handle }
fed-decline = Decline
fed-decline-label = Decline the follow request of { $handle }
fed-remove = Remove
fed-remove-label = Remove { $handle } from your followers
fed-accepted = { $handle } follows you now.
fed-declined = You declined the request of { $handle }.
fed-removed = { $handle } no longer follows you.
fed-from = From { $host }
fed-open = Open on { $host }
fed-cannot-play = This video cannot be played here.
comment-remote-remove = Remove the reply by { $handle }
fed-shared-by = Shared by { $handle }
reason-remote_instance = From { $host }, an instance people here follow accounts on
fed-like = Like
