# Văn bản giao diện Spool: Tiếng Việt (Project Fluent). Cùng các thông điệp như en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — video ngắn
app-description = Xem, tạo và chia sẻ video ngắn. Dữ liệu của bạn ở lại khu vực chính của bạn.
skip-to-content = Chuyển đến nội dung
loading = Đang tải…
noscript = Spool cần JavaScript để phát video. Hãy bật JavaScript hoặc dùng API trực tiếp.
assets-missing = Máy khách web chưa được tích hợp vào máy chủ này. Hãy dựng bằng “npm ci && npm run build” trong thư mục web/, rồi dựng lại Spool.
title-page = { $page } · Spool
title-not-found = Không tìm thấy · Spool
not-found = Trang này không tồn tại.
close = Đóng

## Navigation
nav-label = Trình đơn chính
nav-home = Trang chủ
nav-discover = Khám phá
nav-upload = Tải lên
nav-inbox = Hộp thư
nav-profile = Hồ sơ
nav-unread = { $count ->
   *[other] { $count } thông báo chưa đọc
}

## Feed
feed-tabs = Bảng tin
feed-for-you = Dành cho bạn
feed-following = Đang theo dõi
feed-personalized = Cá nhân hóa
feed-mode-hint = Khi tắt, bảng tin không dùng việc lập hồ sơ: nó hiển thị những gì phổ biến và mới ở khu vực và ngôn ngữ của bạn.
feed-mode-personalized = Đã bật bảng tin cá nhân hóa
feed-mode-non-personalized = Đã tắt bảng tin cá nhân hóa: không lập hồ sơ
feed-empty = Chưa có gì để xem. Hãy tải lên clip đầu tiên hoặc tìm kiếm thứ gì đó.
feed-following-empty = Không có clip mới từ các tài khoản bạn theo dõi.
feed-login = Đăng nhập để xem clip từ các tài khoản bạn theo dõi.
feed-unavailable = Bảng tin chưa có trên máy chủ này. Hãy thử tìm kiếm hoặc một hồ sơ.
video-title = Video
video-processing = Đang xử lý…
video-failed = Xử lý thất bại
clip-video-label = Video của { $handle }
clip-loading = Đang tải video
clip-unmute = Bật âm thanh
clip-mute = Tắt âm thanh
clip-play = Phát
clip-pause = Tạm dừng
clip-actions = Thao tác cho video của { $handle }
clip-like = { $count ->
   *[other] Thích ({ $count } lượt thích)
}
clip-comments = { $count ->
   *[other] Bình luận ({ $count } bình luận)
}
clip-share = { $count ->
   *[other] Chia sẻ ({ $count } lượt chia sẻ)
}
clip-more = Tùy chọn khác
clip-sound = Âm thanh gốc – { $handle }
clip-duet-of = Song ca: xem bản gốc
clip-stitch-of = Ghép nối: xem bản gốc
follow-handle = Theo dõi { $handle }
follow-requested = Đã gửi yêu cầu
follow-done = Bạn đang theo dõi { $handle }
unfollow-done = Bạn đã bỏ theo dõi { $handle }
login-needed = Hãy đăng nhập trước.
share-title = Chia sẻ
share-link = Liên kết đến video này
share-copy = Sao chép liên kết
share-copied = Đã sao chép liên kết
not-interested = Không quan tâm
not-interested-done = Đã hiểu: bạn sẽ thấy ít clip như thế này hơn.
open-sound = Mở âm thanh
make-duet = Song ca
make-stitch = Ghép nối video này
why-title = Vì sao bạn thấy video này?
why-none = Clip này được mở trực tiếp, không do bảng tin chọn.
why-explainer = Bảng tin chọn clip theo các quy tắc được công bố. Bạn có thể tắt cá nhân hóa bất cứ lúc nào.
algorithm-link = Bảng tin hoạt động thế nào

## Reasons
reason-follows_creator = Bạn theo dõi { $handle }
reason-topic = Bạn xem các clip về { $hashtag }
reason-similar_to_liked = Tương tự các clip bạn đã thích
reason-taste_match = Phù hợp với những gì bạn thường xem
reason-trending_region = Phổ biến ở khu vực của bạn ({ $region })
reason-trending_language = Phổ biến trong ngôn ngữ của bạn ({ $language })
reason-new_video_test_audience = Clip mới được hiển thị cho một nhóm khán giả thử nghiệm nhỏ
reason-fresh = Mới đăng gần đây
reason-sound = Dùng âm thanh “{ $sound }”
reason-seen_before = Bạn đã xem hết các clip mới; hãy xem lại clip này

## Comments
comments-title = { $count ->
   *[other] { $count } bình luận
}
comments-empty = Chưa có bình luận nào. Hãy là người đầu tiên.
comments-more = Thêm bình luận
comments-off = Video này đã tắt bình luận.
comment-add = Thêm bình luận
comment-send = Đăng
comment-sent = Đã đăng bình luận
comment-reply = Trả lời
comment-reply-to = Trả lời { $handle }
comment-cancel-reply = Hủy trả lời
comment-replies = { $count ->
   *[other] Xem { $count } câu trả lời
}
comment-like = { $count ->
   *[other] Thích bình luận ({ $count } lượt thích)
}
comment-pinned = Đã ghim
comment-login = Đăng nhập để bình luận

## Reports
report = Báo cáo
report-intro = Hãy cho chúng tôi biết điều gì không ổn. Một người kiểm duyệt sẽ xem xét mọi báo cáo và bạn sẽ nhận được phản hồi.
report-category = Lý do
report-note = Chi tiết (không bắt buộc)
report-note-hint = Người kiểm duyệt nên xem xét điều gì?
report-send = Gửi báo cáo

## Upload
upload-title = Tải lên
upload-file = Tệp video
upload-file-hint = Từ 1 giây đến 10 phút. Quá trình tải lên bắt đầu ngay và tiếp tục nếu mất kết nối.
upload-progress-label = Tiến trình tải lên
upload-progress = { $percent }% ({ $sent } / { $total } byte)
upload-done = Đã tải lên xong
upload-error = Tải lên thất bại. Hãy thử lại.
upload-pause = Tạm dừng
upload-resume = Tiếp tục
upload-caption = Chú thích
upload-caption-hint = Gõ # để thêm hashtag và @ để nhắc đến ai đó.
upload-visibility = Ai có thể xem
visibility-public = Mọi người
visibility-followers = Người theo dõi
visibility-private = Chỉ mình tôi
upload-allow = Cho phép người khác
upload-allow-comments = Bình luận
upload-allow-duet = Song ca
upload-allow-stitch = Ghép nối
upload-sound = Âm thanh (không bắt buộc)
upload-sound-search = Tìm âm thanh
upload-sound-none = Clip của bạn giữ âm thanh riêng.
upload-sound-chosen = Âm thanh: { $title }
upload-sound-clear = Dùng âm thanh của tôi
upload-duet = Song ca với { $handle }
upload-stitch = Ghép nối video của { $handle }
upload-post = Đăng
upload-pick-first = Hãy chọn tệp video trước.
upload-waiting = Đang hoàn tất tải lên…
upload-processing = Video của bạn đang được xử lý… Thời gian gần bằng độ dài clip.
upload-ready = Video của bạn đã sẵn sàng!
upload-watch = Xem ngay
upload-to-profile = Đến hồ sơ của bạn
suggestions = Gợi ý
suggestions-count = { $count ->
   *[other] { $count } gợi ý. Dùng phím mũi tên lên và xuống để chọn.
}

## Profiles, hashtags, sounds
profile-not-found = Tài khoản này không tồn tại.
profile-edit = Sửa hồ sơ
profile-follow = Theo dõi
profile-following = Đang theo dõi
profile-private = Riêng tư
profile-private-body = Tài khoản này ở chế độ riêng tư. Hãy theo dõi để xem video.
profile-following-count = Đang theo dõi
profile-followers-count = Người theo dõi
profile-likes-count = Lượt thích
profile-videos-count = Video
profile-videos = Video
profile-empty = Chưa có video.
profile-empty-own = Bạn chưa đăng gì. Clip của bạn sẽ xuất hiện ở đây.
tile-label = { $caption } — của { $handle }
tile-label-plain = Video của { $handle }
hashtag-count = { $count ->
   *[other] { $count } video
}
hashtag-empty = Chưa có video công khai nào với hashtag này.
sound-title = Âm thanh
sound-listen = Nghe { $title }
sound-meta = { $duration } · { $count ->
   *[other] { $count } video
}
sound-use = Dùng âm thanh này
sound-original = Video gốc
sound-sort = Sắp xếp video
sound-newest = Mới nhất
sound-popular = Phổ biến
sound-empty = Chưa có video nào dùng âm thanh này.

## Search
search-title = Khám phá
search-label = Tìm kiếm
search-placeholder = Tìm tài khoản, video, #hashtag, âm thanh
search-submit = Tìm
search-types = Tìm gì
search-videos = Video
search-accounts = Tài khoản
search-hashtags = Hashtag
search-sounds = Âm thanh
search-results = Kết quả
search-hint = Gõ một từ, một #hashtag hoặc một @tên.
search-empty = Không tìm thấy gì cho “{ $query }”.
search-followers = { $count ->
   *[other] { $count } người theo dõi
}

## Inbox
inbox-title = Hộp thư
inbox-requests = Yêu cầu theo dõi
inbox-activity = Hoạt động
inbox-empty = Chưa có thông báo.
inbox-unread = Chưa đọc:
request-accept = Chấp nhận
request-decline = Từ chối
request-accepted = { $handle } giờ có thể xem video của bạn
request-declined = Đã từ chối yêu cầu của { $handle }
notif-like = { $count ->
    [1] { $actor } đã thích video của bạn
   *[other] { $count } người đã thích video của bạn
}
notif-comment = { $others ->
    [0] { $actor } đã bình luận video của bạn
   *[other] { $actor } và { $others } người khác đã bình luận video của bạn
}
notif-reply = { $actor } đã trả lời bình luận của bạn
notif-mention = { $actor } đã nhắc đến bạn
notif-follow = { $count ->
    [1] { $actor } đã bắt đầu theo dõi bạn
   *[other] { $count } người theo dõi mới
}
notif-follow_request = { $actor } muốn theo dõi bạn
notif-follow_accepted = { $actor } đã chấp nhận yêu cầu theo dõi của bạn
notif-comment_like = { $others ->
    [0] { $actor } đã thích bình luận của bạn
   *[other] { $actor } và { $others } người khác đã thích bình luận của bạn
}
notif-duet = { $actor } đã song ca với video của bạn
notif-stitch = { $actor } đã ghép nối video của bạn

## Settings
settings-title = Cài đặt
settings-save = Lưu
settings-saved = Đã lưu
settings-profile = Hồ sơ
settings-privacy = Quyền riêng tư
settings-private = Tài khoản riêng tư
settings-private-hint = Chỉ những người theo dõi được bạn chấp thuận mới xem được video của bạn.
settings-who-comment = Ai có thể bình luận video của bạn
settings-who-duet = Ai có thể song ca với video của bạn
settings-who-stitch = Ai có thể ghép nối video của bạn
policy-everyone = Mọi người
policy-followers = Người theo dõi
policy-nobody = Không ai
settings-liked-public = Hiển thị video tôi đã thích trên hồ sơ
settings-teen = Tài khoản của bạn là tài khoản thiếu niên: một số cài đặt nghiêm ngặt hơn.
settings-feed = Bảng tin
settings-reset-recommendations = Đặt lại đề xuất của tôi
settings-reset-done = Đề xuất của bạn đã được đặt lại.
settings-language = Ngôn ngữ
settings-language-label = Ngôn ngữ giao diện
settings-language-hint = Theo mặc định, Spool dùng ngôn ngữ của trình duyệt.
settings-data = Dữ liệu của bạn
settings-data-intro = Tải xuống mọi thứ Spool lưu về bạn và xem nhân viên nào đã xem chúng và vì sao.
settings-export = Tải xuống dữ liệu của tôi
settings-region = Khu vực chính
settings-region-now = Dữ liệu của bạn được lưu tại: { $region }
settings-region-intro = Dữ liệu cá nhân của bạn chỉ nằm ở khu vực chính. Bạn có thể chuyển sang khu vực khác.
settings-move-to = Khu vực chính mới
settings-move = Chuyển dữ liệu của tôi
settings-move-confirm = Chuyển toàn bộ dữ liệu cá nhân của bạn sang { $region }?
settings-move-done = Đã chuyển dữ liệu của bạn.
settings-account = Tài khoản
settings-signed-in = Đã đăng nhập với tên { $handle }
settings-logout = Đăng xuất
settings-delete = Xóa tài khoản
settings-delete-intro = Thao tác này xóa vĩnh viễn tài khoản, video và toàn bộ dữ liệu của bạn. Không thể hoàn tác.
settings-delete-confirm = Xóa vĩnh viễn tài khoản và mọi thứ trong đó?
settings-sessions = Phiên đăng nhập
settings-sessions-intro = Các thiết bị bạn đang đăng nhập. Hãy đăng xuất khỏi những thiết bị bạn không nhận ra.
settings-sessions-logout-others = Đăng xuất khỏi mọi nơi khác
settings-sessions-ended = { $count ->
   *[other] Đã đăng xuất khỏi { $count } phiên khác.
}
session-device = { $browser } trên { $os }
session-device-unknown = Thiết bị không xác định
session-current = Thiết bị này
session-times = Đăng nhập { $created } · hoạt động gần nhất { $used }
session-logout = Đăng xuất
session-logout-label = Đăng xuất { $device }
settings-password = Đổi mật khẩu
settings-password-done = Đã đổi mật khẩu. Mọi phiên khác đã bị đăng xuất.
field-current-password = Mật khẩu hiện tại
field-new-password = Mật khẩu mới
access-title = Truy cập vào dữ liệu của tôi
access-intro = Mỗi lần nhân viên mở dữ liệu cá nhân của bạn, việc đó được ghi lại kèm lý do bằng văn bản. Đây là danh sách đầy đủ.
access-empty = Chưa có nhân viên nào truy cập dữ liệu của bạn.
access-unavailable = Nhật ký truy cập chưa có trên máy chủ này.
access-when = Thời điểm
access-staff = Nhân viên
access-role = Vai trò
access-action = Việc đã làm
access-justification = Lý do
access-reference = Mã tham chiếu
algorithm-title = Bảng tin hoạt động thế nào
algorithm-intro = Bảng tin Dành cho bạn của Spool mở để kiểm tra: mã nguồn, trọng số và lý do cho mỗi clip đều được công bố.
algorithm-sources = Các ứng viên đến từ tài khoản bạn theo dõi, clip tương tự những clip bạn đã thích, những gì phổ biến ở khu vực và ngôn ngữ của bạn, và clip mới được hiển thị cho một nhóm thử nghiệm nhỏ.
algorithm-signals = Nó học từ những gì bạn làm: thời gian xem, xem lại, bỏ qua, thích, chia sẻ, bình luận, theo dõi và “Không quan tâm”.
algorithm-filters = Nó loại bỏ những gì bạn đã xem, tài khoản bị chặn và video đã bị gỡ, đồng thời xen kẽ chủ đề và nhà sáng tạo.
algorithm-control = Bạn có thể tắt cá nhân hóa, đặt lại những gì nó đã học và hỏi “vì sao bạn thấy video này?” ở mọi clip.
algorithm-published = Mô tả đã công bố
algorithm-unavailable = Mô tả đã công bố chưa có trên máy chủ này.

## Log in and sign up
login-title = Đăng nhập
login-submit = Đăng nhập
login-no-account = Chưa có tài khoản?
signup-title = Đăng ký
signup-intro = Dữ liệu cá nhân của bạn chỉ được lưu ở khu vực chính bạn chọn.
signup-submit = Tạo tài khoản
signup-have-account = Đã có tài khoản?
field-handle = Tên người dùng
field-handle-hint = 2 đến 24 chữ cái, chữ số, _ hoặc .
field-display-name = Tên hiển thị (không bắt buộc)
field-password = Mật khẩu
field-password-hint = Ít nhất 8 ký tự.
field-birth-date = Ngày sinh
field-birth-date-hint = Bạn phải từ 13 tuổi trở lên. Tài khoản dưới 18 tuổi mặc định ở chế độ riêng tư.
field-region = Khu vực chính
field-region-hint = Nơi lưu dữ liệu cá nhân của bạn.
field-email = Email (không bắt buộc)
field-email-hint = Chỉ dùng để giúp bạn khôi phục tài khoản.
field-bio = Tiểu sử

## Errors
error-network = Không kết nối được máy chủ. Hãy kiểm tra kết nối.
error-internal = Đã xảy ra lỗi. Hãy thử lại.
error-unauthenticated = Hãy đăng nhập trước.
error-invalid_credentials = Sai tên người dùng hoặc mật khẩu.
error-too_young = Bạn phải từ 13 tuổi trở lên để dùng Spool.
error-csrf_rejected = Phiên của bạn đã hết hạn. Hãy tải lại trang.
error-forbidden = Bạn không được phép làm việc đó.
error-comments_off = Video này đã tắt bình luận.
error-remix_off = Nhà sáng tạo không cho phép điều này.
error-not_found = Không tìm thấy.
error-handle_taken = Tên người dùng này đã có người dùng.
error-rate_limited = Quá nhiều lần thử. Hãy chờ một chút rồi thử lại.
error-invalid_handle = Dùng 2 đến 24 chữ cái, chữ số, _ hoặc .
error-handle_reserved = Tên người dùng này đã được dành riêng.
error-invalid_password = Mật khẩu phải dài từ 8 đến 128 ký tự.
error-invalid_email = Địa chỉ email này có vẻ không đúng.
error-invalid_birth_date = Hãy nhập ngày sinh hợp lệ.
error-invalid_display_name = Tên hiển thị tối đa 50 ký tự.
error-invalid_bio = Tiểu sử tối đa 160 ký tự.
error-invalid_caption = Chú thích tối đa 2.200 ký tự.
error-invalid_comment = Bình luận dài từ 1 đến 500 ký tự.
error-unknown_region = Hãy chọn một trong các khu vực được liệt kê.
error-empty_file = Tệp trống.
error-not_media = Tệp này không phải video.
error-no_video_stream = Tệp này không có hình ảnh video.
error-still_image = Đây là ảnh tĩnh, không phải video.
error-too_short = Video quá ngắn (ít nhất 1 giây).
error-too_long = Video quá dài (tối đa 10 phút).
error-too_large = Video quá lớn.
error-unsupported_codec = Định dạng video này không được hỗ trợ.
error-transcode_failed = Không thể xử lý video.
error-wrong_password = Mật khẩu hiện tại không đúng.
error-quota_exceeded = Bộ nhớ của bạn đã đầy. Hãy xóa video hoặc các lần tải lên chưa hoàn tất để giải phóng dung lượng.
error-bad_request = Không đọc được yêu cầu.

## Moderation: reports
report-title-video = Báo cáo video này
report-title-comment = Báo cáo bình luận này
report-title-account = Báo cáo tài khoản này
report-category-choose = Chọn lý do
report-category-hate_speech = Ngôn từ thù ghét
report-category-harassment = Quấy rối và bắt nạt
report-category-violent_extremism = Chủ nghĩa cực đoan bạo lực
report-category-disinformation = Thông tin sai lệch và thông tin sai sự thật
report-category-child_safety = An toàn trẻ em
report-category-self_harm = Tự gây hại và rối loạn ăn uống
report-category-illegal_goods = Hàng hóa và dịch vụ bất hợp pháp
report-category-scams = Lừa đảo
report-category-spam = Thư rác
report-category-intellectual_property = Sở hữu trí tuệ
report-category-other = Lý do khác
report-dsa-legend = Về bạn
report-dsa-intro = Bạn chưa đăng nhập, vì vậy đây là thông báo theo Điều 16 của Đạo luật Dịch vụ Kỹ thuật số EU. Chúng tôi cần tên và địa chỉ email của bạn để xử lý; người bị bạn báo cáo sẽ không bao giờ biết bạn là ai.
report-name = Tên của bạn
report-email = Địa chỉ email của bạn
report-email-hint = Chúng tôi sẽ gửi kết quả đến đây.
report-good-faith = Tôi tin một cách thiện chí rằng thông tin trong thông báo này là chính xác và đầy đủ.
report-login-instead = Đã có tài khoản?
report-sent = Cảm ơn bạn. Báo cáo đã được gửi và sẽ được người kiểm duyệt xem xét.
report-duplicate = Bạn đã báo cáo điều này rồi. Báo cáo trước của bạn vẫn có hiệu lực; không cần gửi lại.
report-receipt-intro = Hãy giữ biên nhận này: bạn có thể dùng nó để tra cứu quyết định.
report-receipt = Biên nhận của bạn
report-receipt-hint = Số báo cáo { $id }
report-receipt-copy = Sao chép biên nhận
report-receipt-copied = Đã sao chép biên nhận.
report-check-later = Kiểm tra báo cáo này sau
report-follow-up = Bạn sẽ được thông báo kết quả. Bạn cũng có thể theo dõi tại
report-outcome = Đã quyết định ngày { $date }: { $action }
report-outcome-policy = Quy tắc áp dụng: { $policy }
report-state-open = Đang chờ xem xét
report-state-decided = Đã quyết định
comment-report = Báo cáo bình luận của { $handle }
profile-report = Báo cáo
profile-withheld = Tài khoản này không khả dụng ở nơi bạn đang ở.
label-panel = Thông tin
label-more = Tìm hiểu thêm
video-age-restricted = Giới hạn độ tuổi
video-held = Đang tạm giữ
video-held-own = Video của bạn đang bị tạm giữ: nó trùng với nội dung đã bị gỡ trước đây. Người kiểm duyệt sẽ xem xét.
video-removed-own = Video của bạn đã bị người kiểm duyệt gỡ. Chỉ bạn thấy thông báo này.
video-reduced-own = Sau một quyết định kiểm duyệt, video của bạn không được đề xuất trong bảng tin. Chỉ bạn thấy thông báo này.
video-withheld = Video này không khả dụng ở nơi bạn đang ở.
status-link = Xem lý do và cách kháng nghị

## Moderation: actions, targets, grounds
action-no_violation = Không vi phạm
action-remove = Đã gỡ
action-age_restrict = Giới hạn độ tuổi
action-restrict_regions = Bị hạn chế ở một số khu vực
action-label = Đã thêm nhãn thông tin
action-reduce_distribution = Giảm phân phối
action-suspend = Tài khoản bị tạm ngưng
action-terminate = Tài khoản bị đóng
target-video = Video
target-comment = Bình luận
target-account = Tài khoản
ground-illegal = Nội dung bất hợp pháp
ground-incompatible = Trái với nguyên tắc cộng đồng
source-notice = Thông báo từ người đã báo cáo
source-trusted-flagger = Thông báo từ bên báo cáo đáng tin cậy
source-own-initiative = Spool tự xem xét
decision-reversed = Đã hủy

## Account status and statements of reasons
status-title = Trạng thái tài khoản
settings-status-intro = Các quyết định về nội dung của bạn, kháng nghị của bạn và các báo cáo bạn đã gửi.
settings-about = Giới thiệu Spool
status-standing = Tài khoản của bạn
status-good = Tài khoản của bạn đang ở trạng thái tốt.
status-suspended = Tài khoản của bạn đang bị tạm ngưng.
status-suspended-until = Tài khoản của bạn bị tạm ngưng đến { $date }.
status-terminated = Tài khoản của bạn đã bị đóng. Bạn vẫn có thể đọc các quyết định và kháng nghị.
status-strikes = { $count ->
   *[other] { $count } / { $threshold } lần cảnh cáo
}
status-strikes-hint = Mỗi quyết định chống lại nội dung của bạn là một lần cảnh cáo. Khi đến giới hạn, tài khoản bị tạm ngưng. Cảnh cáo cũ sẽ hết hạn.
status-history = Các quyết định trước đây
status-statements = Quyết định và lý do
status-statements-intro = Với mỗi quyết định, chúng tôi gửi bản giải trình lý do: quyết định gì, theo quy tắc nào và cách kháng nghị.
status-no-statements = Không có quyết định nào về nội dung của bạn.
status-my-reports = Báo cáo của tôi
status-no-reports = Bạn chưa báo cáo gì.
status-receipt-title = Báo cáo của bạn
statement-heading = { $action } · { $date }
statement-decision = Quyết định
statement-content = Nội dung
statement-facts = Những gì chúng tôi phát hiện
statement-policy = Quy tắc
statement-ground-illegal = Chúng tôi xem nội dung này là bất hợp pháp.
statement-ground-incompatible = Nội dung này trái với nguyên tắc cộng đồng của chúng tôi.
statement-legal-ground = Căn cứ pháp lý: { $ground }
statement-policy-ground = Nguyên tắc: { $ground }
statement-label = Nhãn hiển thị
statement-detection = Cách phát hiện
statement-detected-auto = Bằng công cụ tự động
statement-detected-human = Không dùng công cụ tự động
statement-automated = Cách quyết định
statement-decided-auto = Bởi hệ thống tự động
statement-decided-human = Bởi con người, không tự động
statement-source = Điều khởi phát việc xem xét
statement-scope = Phạm vi áp dụng
statement-scope-everywhere = Mọi nơi
statement-duration = Thời hạn
statement-duration-until = Từ { $from } đến { $until }
statement-duration-open = Từ { $from }, không có ngày kết thúc
statement-account-suspended = Tài khoản của bạn đã bị tạm ngưng.
statement-account-terminated = Tài khoản của bạn đã bị đóng.
statement-appeal = Kháng nghị
statement-appeal-until = Bạn có thể kháng nghị đến { $date }. Một người kiểm duyệt khác sẽ xem xét.
statement-appeal-possible = Bạn có thể kháng nghị. Một người kiểm duyệt khác sẽ xem xét.
statement-appeal-closed = Quyết định này không còn kháng nghị được tại đây. Bạn vẫn có thể tìm đến một cơ quan giải quyết tranh chấp ngoài tòa án được chứng nhận hoặc tòa án.
statement-appeal-open = Kháng nghị của bạn đang được xem xét.
statement-appeal-upheld = Kháng nghị của bạn được chấp nhận: quyết định đã bị hủy.
statement-appeal-rejected = Kháng nghị của bạn đã được xem xét và quyết định được giữ nguyên.
statement-technical = Chi tiết kỹ thuật (như đã gửi đến cơ sở dữ liệu minh bạch của EU)
appeal-text = Vì sao nên thay đổi quyết định?
appeal-text-hint = Giải thích điều người kiểm duyệt có thể đã bỏ sót. Bạn có thể thêm bối cảnh hoặc liên kết.
appeal-send = Gửi kháng nghị
appeal-sent = Đã gửi kháng nghị. Một người kiểm duyệt khác sẽ xem xét và bạn sẽ nhận được bản giải trình mới.
appeal-exists = Bạn đã có một kháng nghị đang mở cho quyết định này.

## Moderator console
mod-title = Kiểm duyệt
mod-region = Khu vực
mod-region-hint = Hàng đợi của khu vực bạn kiểm duyệt.
mod-not-moderator = Bạn không phải người kiểm duyệt của khu vực này.
queue-title = Hàng đợi xem xét: { $region }
queue-refresh = Làm mới
queue-empty = Hàng đợi trống.
queue-count = { $count ->
   *[other] { $count } mục, khẩn cấp nhất trước
}
queue-kind-notice = Thông báo
queue-kind-appeal = Kháng nghị
queue-kind-match = Trùng khớp
queue-severity = Mức độ nghiêm trọng
queue-notices = Thông báo
queue-reach = Lượt xem (24 giờ)
queue-detection = Phát hiện bởi
queue-automated = Phát hiện tự động
queue-human = Con người
queue-due = Hạn { $time }
queue-overdue = Quá hạn: hạn là { $time }
queue-claimed-mine = Bạn đã nhận; hết hạn { $time }
queue-claimed-other = Người kiểm duyệt khác đã nhận
queue-claim = Nhận xử lý
queue-claim-done = Đã nhận. Mục này là của bạn trong vài phút tới.
queue-open = Xem xét
item-title = Xem xét
item-heading = Xem xét: { $category }
item-back = Quay lại hàng đợi
item-decided = Đã quyết định
item-context = Nội dung
item-player = Video bị báo cáo
item-caption = Chú thích
item-sound = Âm thanh
item-state = Trạng thái
item-remixes = Bản phối lại
item-none = Không có
item-open-video = Trang video
item-open-video-link = Mở video
item-comment-text = Bình luận
item-comment-video = Trên video
item-account = Tài khoản
item-detection = Phát hiện tự động
item-notices = { $count ->
   *[other] { $count } thông báo
}
item-history = Các quyết định trước đây về tài khoản này
item-history-none = Không có quyết định trước đây.
item-appeal = Kháng nghị
item-appeal-decision = Quyết định bị kháng nghị
decide-title = Quyết định
decide-action = Biện pháp
decide-policy = Quy tắc
decide-policy-category = Quy tắc chung: { $category }
decide-legal-ground = Căn cứ pháp lý: { $ground }
decide-facts = Sự việc
decide-facts-hint = Những gì bạn phát hiện, bằng lời lẽ đơn giản. Nhà sáng tạo sẽ đọc phần này.
decide-restrict = Hạn chế ở đâu
decide-restrict-hint = Chọn khu vực, quốc gia hoặc cả hai. Lệnh pháp lý cần có mã tham chiếu.
decide-regions = Khu vực
decide-countries = Quốc gia
decide-countries-hint = Mã quốc gia hai chữ cái, cách nhau bằng dấu phẩy (DE, AT).
decide-reference = Mã tham chiếu (lệnh của tòa án hoặc cơ quan chức năng)
decide-reference-hint = Không bắt buộc. Hiển thị cho người xem không thể xem nội dung.
decide-restrict-empty = Hãy chọn ít nhất một khu vực hoặc quốc gia.
decide-label = Nhãn thông tin
decide-label-text = Nội dung nhãn
decide-label-url = Liên kết đến thông tin thêm
decide-suspend = Tạm ngưng
decide-days = Số ngày
decide-days-hint = Từ 1 đến 365.
decide-submit = Quyết định
decide-done = Đã ghi nhận quyết định: { $action }. Bản giải trình lý do đã được gửi.
appeal-decide-title = Quyết định kháng nghị
appeal-outcome = Kết quả
appeal-outcome-upheld = Chấp nhận kháng nghị
appeal-outcome-upheld-hint = Quyết định bị hủy ngay và nội dung hoặc tài khoản được khôi phục.
appeal-outcome-rejected = Bác kháng nghị
appeal-outcome-rejected-hint = Quyết định được giữ nguyên.
appeal-decide-submit = Quyết định kháng nghị
appeal-decided-upheld = Đã chấp nhận kháng nghị: quyết định bị hủy. Bản giải trình mới đã được gửi.
appeal-decided-rejected = Đã bác kháng nghị: quyết định được giữ nguyên. Bản giải trình mới đã được gửi.
error-claimed = Một người kiểm duyệt khác đã nhận mục này.
error-same_moderator = Người kiểm duyệt đã ra quyết định không thể quyết định kháng nghị của chính quyết định đó.

## Transparency report
transparency-title = Minh bạch
transparency-intro = Hoạt động kiểm duyệt trên Spool qua các con số: thông báo, quyết định, tốc độ ra quyết định, kháng nghị và hủy bỏ. Không hiển thị dữ liệu cá nhân.
transparency-region = Khu vực
transparency-all-regions = Tất cả khu vực
transparency-period = Khoảng thời gian
transparency-period-days = 30 ngày qua, theo ngày
transparency-period-weeks = 12 tuần qua, theo tuần
transparency-period-months = 12 tháng qua, theo tháng
transparency-range = { $from } đến { $to }
transparency-csv = Tải xuống dạng CSV
transparency-summary = Tổng cộng: { $region }
transparency-notices = Thông báo
transparency-decisions = Quyết định
transparency-median = Thời gian trung vị đến khi quyết định
transparency-p90 = Phân vị thứ 90
transparency-hours = { $hours } giờ
transparency-hours-unit = giờ
transparency-deadline-misses = Trễ hạn
transparency-automated-detection = Phát hiện bằng công cụ tự động
transparency-automated-decision = Quyết định tự động
transparency-suspensions = Tạm ngưng
transparency-appeals = Kháng nghị
transparency-reversals = Hủy bỏ
transparency-over-time = Theo thời gian
transparency-chart-volume = Thông báo và quyết định
transparency-chart-speed = Thời gian đến khi quyết định (giờ)
transparency-breakdown = Phân tích
transparency-chart-notices-category = Thông báo theo danh mục
transparency-chart-decisions-action = Quyết định theo biện pháp
transparency-chart-decisions-category = Quyết định theo danh mục
transparency-chart-ground = Quyết định theo căn cứ
transparency-chart-source = Thông báo theo nguồn
transparency-appeals-title = Kháng nghị
transparency-chart-appeals = Kết quả kháng nghị
transparency-chart-appeals-time = Kháng nghị và hủy bỏ theo thời gian
transparency-appeals-upheld = Được chấp nhận
transparency-appeals-rejected = Bị bác
transparency-appeals-open = Đang mở
transparency-orders = Lệnh pháp lý và sàng lọc
transparency-chart-orders = Lệnh pháp lý theo khu vực
transparency-screening-flagged = Bị sàng lọc gắn cờ
transparency-screening-decided = Đã xem xét
transparency-screening-confirmed = Đã xác nhận
transparency-screening-precision = Độ chính xác
transparency-none = Không có gì trong khoảng thời gian này.
transparency-yes = Có
transparency-no = Không
transparency-log = Nhật ký quyết định
transparency-log-intro = Mọi quyết định, không kèm dữ liệu của người báo cáo, nhà sáng tạo hay người kiểm duyệt.
transparency-log-date = Ngày
transparency-log-action = Quyết định
transparency-log-category = Danh mục
transparency-log-ground = Căn cứ
transparency-log-content = Nội dung
transparency-log-detected = Phát hiện tự động
transparency-log-automated = Quyết định tự động
transparency-log-scope = Phạm vi
transparency-log-source = Nguồn
transparency-log-reversed = Đã hủy
transparency-log-more = Thêm quyết định
transparency-log-empty = Chưa có quyết định nào.
chart-show-table = Hiển thị số liệu dạng bảng
chart-summary-line = Từ { $from } đến { $to }. Tổng: { $totals }
chart-period = Khoảng thời gian
chart-item = Mục
chart-value = Số lượng
notif-statement = Đã có quyết định kiểm duyệt về nội dung của bạn. Hãy đọc lý do và cách kháng nghị.
notif-report_outcome = Một báo cáo bạn gửi đã có quyết định.

## Moderation: more codes from the server
action-hold = Tạm giữ để xem xét
action-reversed = Đã hủy sau kháng nghị
action-upheld_decision = Giữ nguyên sau kháng nghị
action-appeal_upheld = Kháng nghị được chấp nhận
action-appeal_rejected = Kháng nghị bị bác
notice-source-account = Thông báo từ một tài khoản
notice-source-anonymous = Thông báo không có tài khoản (DSA Điều 16)
notice-source-screening = Sàng lọc tự động
notice-source-fingerprint = Trùng với nội dung đã gỡ
notice-source-legal_order = Lệnh pháp lý
source-complaint = Một kháng nghị
statement-scope-eea = EU và EEA (30 quốc gia)
statement-regions = Khu vực
statement-reference = Mã tham chiếu của lệnh
statement-outcome-heading = { $action } · { $date }
error-already_decided = Việc này đã được quyết định.
error-appeal_open = Quyết định này đã có một kháng nghị đang mở.
error-appeal_closed = Quyết định này không còn kháng nghị được.
error-account_suspended = Tài khoản của bạn đang bị tạm ngưng nên bạn không thể làm việc này lúc này.
error-account_terminated = Tài khoản của bạn đã bị đóng.
error-not_moderator = Bạn không phải người kiểm duyệt của khu vực này.
video-withheld-own = Video của bạn không khả dụng tại: { $places }. Chỉ bạn thấy thông báo này.
item-restrictions = Các hạn chế hiện tại

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Đăng nhập để tiếp tục
signin-sheet-intro = Đăng nhập để thích, bình luận, theo dõi và có bảng tin dành riêng cho bạn.
feed-caught-up = Bạn đã xem hết
feed-caught-up-hint = Hiện bạn đã xem mọi clip. Tìm thêm trong Khám phá.
feed-explore = Khám phá
clip-creator-profile = Hồ sơ của { $handle }
unfollow-handle = Bỏ theo dõi { $handle }
clip-progress = Vị trí phát
clip-progress-value = { $at } / { $length }
video-edit = Sửa video
video-edit-save = Lưu
video-edit-done = Đã lưu thay đổi
video-delete = Xóa video
video-delete-confirm = Xóa vĩnh viễn video này? Bình luận và lượt thích của nó cũng bị xóa.
video-delete-done = Đã xóa video
back = Quay lại
cancel = Hủy
discover-trending = Đang thịnh hành
discover-trending-tags = Hashtag thịnh hành

## How the feed works: its stages and parameters
algo-stage-events = Bảng tin học từ đâu
algo-stage-model = Mô hình sở thích
algo-stage-candidates = Ứng viên đến từ đâu
algo-stage-exploration = Cơ hội cho video mới
algo-stage-ranking = Xếp hạng
algo-stage-filters = Những gì bị lọc bỏ
algo-stage-diversity = Đa dạng
algo-stage-non_personalized = Bảng tin không cá nhân hóa
algo-technical = Mô tả kỹ thuật (tiếng Anh)
algo-param-bias-learning-rate = Tốc độ học sức hút riêng của một video
algo-param-expiry-secs = Bị quên sau khi không hoạt động trong
algo-param-history-len = Số lượt xem gần đây được tính
algo-param-history-weight = Trọng số của lượt xem gần đây
algo-param-init-scale = Độ phân tán ban đầu của hàng mới
algo-param-item-min-count = Số tương tác trước khi video có hàng riêng
algo-param-learning-rate = Tốc độ học sở thích
algo-param-margin = Khoảng cách giữa video được thích và video bị bỏ qua
algo-param-negative-trials = Số video thử khi tìm phản ví dụ
algo-param-negatives-per-positive = Số phản ví dụ cho mỗi tín hiệu tích cực
algo-param-regularization = Chính quy hóa (giữ cho mô hình không quá khớp)
algo-param-seed = Hạt giống ngẫu nhiên (để tái lập)
algo-param-max-age-hours = Video mới được khám phá trong
algo-param-min-completion-rate = Tỷ lệ xem hết tối thiểu
algo-param-min-engagement-rate = Lượt thích, bình luận và chia sẻ trên mỗi lượt xem tối thiểu
algo-param-slots-per-page = Số chỗ mỗi trang cho video mới
algo-param-stages = Quy mô khán giả ở các giai đoạn thử nghiệm
algo-param-freshness-hours = Video được xem là mới trong
algo-param-trending-half-life-hours = Độ thịnh hành giảm một nửa sau
algo-param-weights = Trọng số của điểm xếp hạng
algo-param-engagement = Mức tương tác dự kiến
algo-param-exploration = Khám phá
algo-param-following = Tài khoản bạn theo dõi
algo-param-freshness = Độ mới
algo-param-trending = Thịnh hành
algo-param-creator-spacing = Số clip trước khi cùng nhà sáng tạo xuất hiện lại
algo-param-sound-spacing = Số clip trước khi cùng âm thanh xuất hiện lại
algo-param-catalog-videos = Video trong danh mục
algo-param-viewers-with-state = Người xem mà mô hình biết

tile-views = { $count ->
   *[other] { $count } lượt xem
}

## Long press: speed
clip-options = Tùy chọn
speed-title = Tốc độ phát
speed-normal = Bình thường
speed-value = { $rate }×
speed-set = Đang phát ở tốc độ { $rate }×

## Upload: preview, cover, draft
upload-preview = Xem trước clip của bạn
upload-cover = Ảnh bìa
upload-cover-hint = Trượt đến khung hình mọi người thấy trước khi clip phát.
upload-draft-restored = Bản nháp của bạn đã trở lại: chú thích và cài đặt như lúc bạn rời đi.
error-invalid_cover = Ảnh bìa phải là một khoảnh khắc trong clip.

# Captions and profile photos
clip-captions-on = Bật phụ đề
clip-captions-off = Tắt phụ đề
captions-on = Đã bật phụ đề
captions-off = Đã tắt phụ đề
captions-title = Phụ đề
captions-file = Tệp phụ đề (.vtt)
captions-hint = Tệp WebVTT, mỗi ngôn ngữ một tệp. Các đoạn phụ đề phải nằm trong thời lượng của clip.
captions-language = Ngôn ngữ phụ đề
captions-add = Thêm phụ đề
captions-remove = Xóa phụ đề { $language }
captions-remove-short = Xóa
captions-none = Chưa có phụ đề.
captions-added = Đã thêm phụ đề { $language }.
captions-removed = Đã xóa phụ đề { $language }.
captions-failed = Clip của bạn đã được đăng, nhưng chưa thêm được phụ đề: { $reason } Bạn có thể thêm phụ đề trong phần sửa clip.
captions-pick-file = Hãy chọn tệp .vtt trước.
error-invalid_webvtt = Đây không phải là tệp phụ đề WebVTT hợp lệ.
error-invalid_language = Hãy chọn ngôn ngữ của phụ đề.
profile-photo-choose = Ảnh hồ sơ
profile-photo-hint = JPEG, PNG hoặc WebP, tối đa 8 MB. Ảnh được cắt thành hình vuông; thông tin về nơi chụp và thiết bị chụp sẽ bị xóa.
profile-photo-remove = Xóa ảnh
profile-photo-type = Hãy chọn ảnh JPEG, PNG hoặc WebP.
profile-edit-save = Lưu hồ sơ
profile-edit-done = Đã lưu hồ sơ.
error-invalid_photo = Tệp này không phải là ảnh có thể đọc được.
error-photo_too_small = Ảnh quá nhỏ: hãy chọn ảnh có mỗi cạnh ít nhất 64 pixel.
error-photo_too_large = Ảnh quá lớn: mỗi cạnh tối đa 8.192 pixel.
error-invalid_crop = Phần ảnh được giữ lại phải là một hình vuông nằm trong ảnh.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Máy chủ khác
fed-intro = Theo dõi mọi người trên các máy chủ khác dùng ActivityPub, chẳng hạn các máy chủ Spool khác. Video của họ xuất hiện trong bảng tin Đang theo dõi của bạn.
fed-teen = Tài khoản thiếu niên chỉ ở lại máy chủ này: không thể theo dõi hoặc được theo dõi từ máy chủ khác.
fed-address = Địa chỉ trên máy chủ khác
fed-address-hint = Dạng tên@máy-chủ, ví dụ alex@example.org
fed-follow = Theo dõi
fed-address-invalid = Nhập địa chỉ theo dạng tên@máy-chủ, ví dụ alex@example.org.
fed-address-local = Tài khoản đó ở trên máy chủ này: hãy theo dõi từ hồ sơ của họ.
fed-not-found = Không tìm thấy tài khoản { $handle }. Hãy kiểm tra địa chỉ.
fed-requested = Đã gửi yêu cầu theo dõi đến { $handle }.
fed-following = Tài khoản bạn theo dõi ở đó
fed-following-empty = Bạn chưa theo dõi ai trên máy chủ khác.
fed-pending = Yêu cầu đã gửi
fed-followers = Người theo dõi bạn từ đó
fed-followers-empty = Chưa có ai từ máy chủ khác theo dõi bạn.
fed-wants-to-follow = Muốn theo dõi bạn
fed-unfollow = Bỏ theo dõi
fed-accept = Chấp nhận
fed-accept-label = Chấp nhận yêu cầu theo dõi của { $handle }
fed-decline = Từ chối
fed-decline-label = Từ chối yêu cầu theo dõi của { $handle }
fed-remove = Xóa
fed-remove-label = Xóa { $handle } khỏi người theo dõi của bạn
fed-accepted = { $handle } đã theo dõi bạn.
fed-declined = Bạn đã từ chối yêu cầu của { $handle }.
fed-removed = { $handle } không còn theo dõi bạn.
fed-from = Từ { $host }
fed-open = Mở trên { $host }
fed-cannot-play = Không thể phát video này tại đây.
comment-remote-remove = Xóa trả lời của { $handle }
fed-shared-by = Được chia sẻ bởi { $handle }
reason-remote_instance = Từ { $host }, một máy chủ mà người ở đây theo dõi tài khoản
fed-like = Thích
