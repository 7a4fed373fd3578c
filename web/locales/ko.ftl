# Spool: 한국어

## Page shell (server-rendered)
app-name = Spool
app-title = Spool – 짧은 동영상
app-description = 짧은 동영상을 보고, 만들고, 공유하세요. 내 데이터는 내 홈 지역에 머뭅니다.
skip-to-content = 본문으로 건너뛰기
loading = 불러오는 중…
noscript = Spool에서 동영상을 재생하려면 JavaScript가 필요합니다. JavaScript를 켜거나 API를 직접 사용하세요.
assets-missing = 이 서버에는 웹 클라이언트가 포함되어 있지 않습니다. web/ 폴더에서 “npm ci && npm run build”로 빌드한 다음 Spool을 다시 빌드하세요.
title-page = { $page } · Spool
title-not-found = 찾을 수 없음 · Spool
not-found = 이 페이지는 존재하지 않습니다.
close = 닫기

## Navigation
nav-label = 메인
nav-home = 홈
nav-discover = 둘러보기
nav-upload = 올리기
nav-inbox = 받은편지함
nav-profile = 프로필
nav-unread = 읽지 않은 알림 { $count }개

## Feed
feed-tabs = 피드
feed-for-you = 추천
feed-following = 팔로잉
feed-personalized = 맞춤
feed-mode-hint = 끄면 피드는 프로파일링을 전혀 사용하지 않고, 내 지역과 언어에서 인기 있는 새 동영상을 보여 줍니다.
feed-mode-personalized = 맞춤 피드 켜짐
feed-mode-non-personalized = 맞춤 피드 꺼짐: 프로파일링 없음
feed-empty = 아직 볼 동영상이 없습니다. 첫 클립을 올리거나 검색해 보세요.
feed-following-empty = 팔로우한 계정의 새 클립이 없습니다.
feed-login = 팔로우한 계정의 클립을 보려면 로그인하세요.
feed-unavailable = 이 서버에서는 아직 피드를 사용할 수 없습니다. 검색이나 프로필을 이용해 보세요.
video-title = 동영상
video-processing = 처리 중…
video-failed = 처리 실패
clip-video-label = { $handle }님의 동영상
clip-unmute = 소리 켜기
clip-mute = 소리 끄기
clip-play = 재생
clip-pause = 일시정지
clip-actions = { $handle }님 동영상의 작업
clip-like = 좋아요 ({ $count }개)
clip-comments = 댓글 ({ $count }개)
clip-share = 공유 ({ $count }회)
clip-more = 더보기
clip-sound = 오리지널 사운드 – { $handle }
clip-duet-of = 듀엣: 원본 보기
clip-stitch-of = 스티치: 원본 보기
follow-handle = { $handle } 팔로우
follow-requested = 요청됨
follow-done = 이제 { $handle }님을 팔로우합니다
unfollow-done = { $handle }님을 더 이상 팔로우하지 않습니다
login-needed = 먼저 로그인하세요.
share-title = 공유
share-link = 이 동영상 링크
share-copy = 링크 복사
share-copied = 링크를 복사했습니다
not-interested = 관심 없음
not-interested-done = 알겠습니다. 이런 클립을 덜 보여 드릴게요.
open-sound = 사운드 열기
make-duet = 듀엣 만들기
make-stitch = 이 동영상 스티치하기
why-title = 이 동영상이 보이는 이유
why-none = 이 클립은 피드가 고른 것이 아니라 직접 열렸습니다.
why-explainer = 피드는 공개된 규칙에 따라 클립을 고릅니다. 맞춤 기능은 언제든지 끌 수 있습니다.
algorithm-link = 피드 작동 방식

## Reasons
reason-follows_creator = { $handle }님을 팔로우하고 있어요
reason-topic = { $hashtag } 관련 클립을 자주 봐요
reason-similar_to_liked = 좋아요한 클립과 비슷해요
reason-taste_match = 평소 보는 동영상과 잘 맞아요
reason-trending_region = 내 지역({ $region })에서 인기
reason-trending_language = 내 언어({ $language })에서 인기
reason-new_video_test_audience = 소규모 테스트 시청자에게 보여 주는 새 클립
reason-fresh = 최근에 올라옴
reason-sound = “{ $sound }” 사운드 사용

## Comments
comments-title = 댓글 { $count }개
comments-empty = 아직 댓글이 없습니다. 첫 댓글을 남겨 보세요.
comments-more = 댓글 더보기
comments-off = 이 동영상은 댓글이 꺼져 있습니다.
comment-add = 댓글 추가
comment-send = 게시
comment-sent = 댓글을 게시했습니다
comment-reply = 답글
comment-reply-to = { $handle }님에게 답글
comment-cancel-reply = 답글 취소
comment-replies = 답글 { $count }개 보기
comment-like = 댓글 좋아요 ({ $count }개)
comment-pinned = 고정됨
comment-login = 로그인하고 댓글 달기

## Reports
report = 신고
report-title = 이 동영상 신고
report-intro = 무엇이 문제인지 알려 주세요. 모든 신고는 모더레이터가 검토하며 결과를 알려 드립니다.
report-category = 사유
report-note = 세부 내용 (선택)
report-note-hint = 모더레이터가 무엇을 봐야 할까요?
report-send = 신고 보내기
report-sent = 감사합니다. 신고를 보냈습니다.
report-category-hate_speech = 혐오 발언
report-category-harassment = 괴롭힘 또는 따돌림
report-category-violence = 폭력 또는 위협
report-category-sexual_content = 성적인 콘텐츠
report-category-child_safety = 아동 안전
report-category-self_harm = 자살 또는 자해
report-category-disinformation = 허위 정보
report-category-spam = 스팸 또는 사기
report-category-illegal = 불법 콘텐츠
report-category-other = 기타

## Upload
upload-title = 올리기
upload-file = 동영상 파일
upload-file-hint = 1초에서 10분까지. 업로드는 바로 시작되며 연결이 끊겨도 이어서 진행됩니다.
upload-progress-label = 업로드 진행률
upload-progress = { $percent }% ({ $total }바이트 중 { $sent }바이트)
upload-done = 업로드 완료
upload-error = 업로드에 실패했습니다. 다시 시도하세요.
upload-pause = 일시정지
upload-resume = 이어서 올리기
upload-caption = 설명
upload-caption-hint = 해시태그는 #, 언급은 @를 입력하세요.
upload-visibility = 볼 수 있는 사람
visibility-public = 모두
visibility-followers = 팔로워
visibility-private = 나만
upload-allow = 다른 사람에게 허용
upload-allow-comments = 댓글
upload-allow-duet = 듀엣
upload-allow-stitch = 스티치
upload-sound = 사운드 (선택)
upload-sound-search = 사운드 검색
upload-sound-none = 클립의 원래 소리를 사용합니다.
upload-sound-chosen = 사운드: { $title }
upload-sound-clear = 내 소리 사용
upload-duet = { $handle }님과 듀엣
upload-stitch = { $handle }님의 동영상 스티치
upload-post = 게시
upload-pick-first = 먼저 동영상 파일을 선택하세요.
upload-waiting = 업로드를 마무리하는 중…
upload-processing = 동영상을 처리하는 중… 클립 길이 정도 걸립니다.
upload-ready = 동영상이 준비되었습니다!
upload-watch = 보기
upload-to-profile = 내 프로필로
suggestions = 추천 항목
suggestions-count = 추천 항목 { $count }개. 위아래 화살표로 선택하세요.

## Profiles, hashtags, sounds
profile-not-found = 이 계정은 존재하지 않습니다.
profile-edit = 프로필 편집
profile-follow = 팔로우
profile-following = 팔로잉
profile-private = 비공개
profile-private-body = 비공개 계정입니다. 동영상을 보려면 팔로우하세요.
profile-following-count = 팔로잉
profile-followers-count = 팔로워
profile-likes-count = 좋아요
profile-videos-count = 동영상
profile-videos = 동영상
profile-empty = 아직 동영상이 없습니다.
profile-empty-own = 아직 게시한 것이 없습니다. 내 클립이 여기에 표시됩니다.
tile-label = { $caption } – { $handle }
tile-label-plain = { $handle }님의 동영상
hashtag-count = 동영상 { $count }개
hashtag-empty = 이 해시태그가 달린 공개 동영상이 아직 없습니다.
sound-title = 사운드
sound-listen = { $title } 듣기
sound-meta = { $duration } · 동영상 { $count }개
sound-use = 이 사운드 사용
sound-original = 원본 동영상
sound-sort = 동영상 정렬
sound-newest = 최신순
sound-popular = 인기순
sound-empty = 이 사운드를 사용한 동영상이 아직 없습니다.

## Search
search-title = 둘러보기
search-label = 검색
search-placeholder = 계정, 동영상, #해시태그, 사운드 검색
search-submit = 검색
search-types = 검색 대상
search-videos = 동영상
search-accounts = 계정
search-hashtags = 해시태그
search-sounds = 사운드
search-results = 검색 결과
search-hint = 단어, #해시태그 또는 @핸들을 입력하세요.
search-empty = “{ $query }”에 대한 결과가 없습니다.
search-followers = 팔로워 { $count }명

## Inbox
inbox-title = 받은편지함
inbox-requests = 팔로우 요청
inbox-activity = 활동
inbox-empty = 아직 알림이 없습니다.
inbox-unread = 읽지 않음:
request-accept = 수락
request-decline = 거절
request-accepted = 이제 { $handle }님이 내 동영상을 볼 수 있습니다
request-declined = { $handle }님의 요청을 거절했습니다
notif-like = { $count ->
    [1] { $actor }님이 내 동영상을 좋아합니다
   *[other] { $count }명이 내 동영상을 좋아합니다
}
notif-comment = { $others ->
    [0] { $actor }님이 내 동영상에 댓글을 남겼습니다
   *[other] { $actor }님 외 { $others }명이 내 동영상에 댓글을 남겼습니다
}
notif-reply = { $actor }님이 내 댓글에 답글을 남겼습니다
notif-mention = { $actor }님이 나를 언급했습니다
notif-follow = { $count ->
    [1] { $actor }님이 나를 팔로우하기 시작했습니다
   *[other] 새 팔로워 { $count }명
}
notif-follow_request = { $actor }님이 팔로우를 요청했습니다
notif-follow_accepted = { $actor }님이 팔로우 요청을 수락했습니다
notif-comment_like = { $others ->
    [0] { $actor }님이 내 댓글을 좋아합니다
   *[other] { $actor }님 외 { $others }명이 내 댓글을 좋아합니다
}
notif-duet = { $actor }님이 내 동영상으로 듀엣을 만들었습니다
notif-stitch = { $actor }님이 내 동영상을 스티치했습니다

## Settings
settings-title = 설정
settings-save = 저장
settings-saved = 저장했습니다
settings-profile = 프로필
settings-privacy = 개인정보 보호
settings-private = 비공개 계정
settings-private-hint = 내가 승인한 팔로워만 내 동영상을 볼 수 있습니다.
settings-who-comment = 내 동영상에 댓글을 달 수 있는 사람
settings-who-duet = 내 동영상으로 듀엣할 수 있는 사람
settings-who-stitch = 내 동영상을 스티치할 수 있는 사람
policy-everyone = 모두
policy-followers = 팔로워
policy-nobody = 아무도 없음
settings-liked-public = 좋아요한 동영상을 프로필에 표시
settings-teen = 청소년 계정이므로 일부 설정이 더 엄격합니다.
settings-feed = 피드
settings-reset-recommendations = 추천 초기화
settings-reset-done = 추천을 초기화했습니다.
settings-language = 언어
settings-language-label = 인터페이스 언어
settings-language-hint = 기본적으로 Spool은 브라우저 언어를 따릅니다.
settings-data = 내 데이터
settings-data-intro = Spool이 나에 대해 저장한 모든 것을 내려받고, 어떤 직원이 왜 열람했는지 확인하세요.
settings-export = 내 데이터 내려받기
settings-region = 홈 지역
settings-region-now = 내 데이터 저장 위치: { $region }
settings-region-intro = 개인 데이터는 홈 지역에만 저장됩니다. 다른 지역으로 옮길 수 있습니다.
settings-move-to = 새 홈 지역
settings-move = 내 데이터 옮기기
settings-move-confirm = 모든 개인 데이터를 { $region }(으)로 옮길까요?
settings-move-done = 데이터를 옮겼습니다.
settings-account = 계정
settings-signed-in = { $handle }(으)로 로그인됨
settings-logout = 로그아웃
settings-delete = 계정 삭제
settings-delete-intro = 계정, 동영상, 모든 데이터가 영구적으로 삭제됩니다. 되돌릴 수 없습니다.
settings-delete-confirm = 계정과 그 안의 모든 것을 영구적으로 삭제할까요?
settings-sessions = 세션
settings-sessions-intro = 로그인되어 있는 기기입니다. 모르는 기기는 로그아웃하세요.
settings-sessions-logout-others = 다른 모든 곳에서 로그아웃
settings-sessions-ended = 다른 세션 { $count }개에서 로그아웃했습니다.
session-device = { $os }의 { $browser }
session-device-unknown = 알 수 없는 기기
session-current = 이 기기
session-times = 로그인 { $created } · 마지막 활동 { $used }
session-logout = 로그아웃
session-logout-label = { $device } 로그아웃
settings-password = 비밀번호 변경
settings-password-done = 비밀번호가 변경되었습니다. 다른 모든 세션은 로그아웃되었습니다.
field-current-password = 현재 비밀번호
field-new-password = 새 비밀번호
access-title = 내 데이터 열람 기록
access-intro = 직원이 내 개인 데이터를 열 때마다 서면 사유와 함께 기록됩니다. 전체 목록입니다.
access-empty = 내 데이터를 열람한 직원이 없습니다.
access-unavailable = 이 서버에서는 아직 열람 기록을 사용할 수 없습니다.
access-when = 일시
access-staff = 직원
access-role = 역할
access-action = 한 일
access-justification = 사유
access-reference = 참조
algorithm-title = 피드 작동 방식
algorithm-intro = Spool의 추천 피드는 누구나 검증할 수 있습니다. 코드, 가중치, 각 클립이 선택된 이유가 공개되어 있습니다.
algorithm-sources = 후보는 팔로우한 계정, 좋아요한 클립과 비슷한 클립, 내 지역과 언어에서 인기 있는 클립, 소규모 테스트 시청자에게 보여 주는 새 클립에서 나옵니다.
algorithm-signals = 시청 시간, 반복 재생, 건너뛰기, 좋아요, 공유, 댓글, 팔로우, “관심 없음” 등 내 행동에서 학습합니다.
algorithm-filters = 이미 본 것, 차단한 계정, 삭제된 동영상은 제외하고 주제와 크리에이터를 고르게 섞습니다.
algorithm-control = 맞춤 기능을 끄거나, 학습한 내용을 초기화하거나, 클립마다 “이 동영상이 보이는 이유”를 확인할 수 있습니다.
algorithm-published = 공개된 설명
algorithm-unavailable = 이 서버에서는 아직 공개된 설명을 사용할 수 없습니다.

## Log in and sign up
login-title = 로그인
login-submit = 로그인
login-no-account = 아직 계정이 없나요?
signup-title = 가입하기
signup-intro = 개인 데이터는 내가 고른 홈 지역에만 저장됩니다.
signup-submit = 계정 만들기
signup-have-account = 이미 계정이 있나요?
field-handle = 핸들
field-handle-hint = 2~24자의 문자, 숫자, _ 또는 .
field-display-name = 표시 이름 (선택)
field-password = 비밀번호
field-password-hint = 8자 이상.
field-birth-date = 생년월일
field-birth-date-hint = 만 13세 이상이어야 합니다. 18세 미만 계정은 기본적으로 비공개입니다.
field-region = 홈 지역
field-region-hint = 개인 데이터가 저장되는 곳입니다.
field-email = 이메일 (선택)
field-email-hint = 계정 복구에만 사용됩니다.
field-bio = 소개

## Errors
error-network = 서버에 연결할 수 없습니다. 연결 상태를 확인하세요.
error-internal = 문제가 발생했습니다. 다시 시도하세요.
error-unauthenticated = 먼저 로그인하세요.
error-invalid_credentials = 핸들 또는 비밀번호가 틀렸습니다.
error-too_young = Spool을 사용하려면 만 13세 이상이어야 합니다.
error-csrf_rejected = 세션이 만료되었습니다. 페이지를 새로 고치세요.
error-forbidden = 이 작업을 할 권한이 없습니다.
error-comments_off = 이 동영상은 댓글이 꺼져 있습니다.
error-remix_off = 제작자가 이 작업을 허용하지 않습니다.
error-not_found = 찾을 수 없습니다.
error-handle_taken = 이미 사용 중인 핸들입니다.
error-rate_limited = 시도 횟수가 너무 많습니다. 잠시 후 다시 시도하세요.
error-invalid_handle = 2~24자의 문자, 숫자, _ 또는 .를 사용하세요.
error-handle_reserved = 예약된 핸들입니다.
error-invalid_password = 비밀번호는 8~128자여야 합니다.
error-invalid_email = 이메일 주소가 올바르지 않은 것 같습니다.
error-invalid_birth_date = 올바른 생년월일을 입력하세요.
error-invalid_display_name = 표시 이름은 최대 50자입니다.
error-invalid_bio = 소개는 최대 160자입니다.
error-invalid_caption = 설명은 최대 2,200자입니다.
error-invalid_comment = 댓글은 1~500자입니다.
error-unknown_region = 목록에 있는 지역 중 하나를 고르세요.
error-empty_file = 파일이 비어 있습니다.
error-not_media = 이 파일은 동영상이 아닙니다.
error-no_video_stream = 이 파일에는 영상이 없습니다.
error-still_image = 동영상이 아니라 정지 이미지입니다.
error-too_short = 동영상이 너무 짧습니다 (최소 1초).
error-too_long = 동영상이 너무 깁니다 (최대 10분).
error-too_large = 동영상이 너무 큽니다.
error-unsupported_codec = 지원하지 않는 동영상 형식입니다.
error-transcode_failed = 동영상을 처리하지 못했습니다.
error-wrong_password = 현재 비밀번호가 올바르지 않습니다.
error-quota_exceeded = 저장 공간이 가득 찼습니다. 동영상이나 완료되지 않은 업로드를 삭제해 공간을 확보하세요.
error-bad_request = 요청을 읽을 수 없습니다.
