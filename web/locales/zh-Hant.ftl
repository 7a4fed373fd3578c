# Spool 介面文字：繁體中文（Project Fluent）。與 en.ftl 相同的訊息。

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — 短影音
app-description = 觀看、製作並分享短影音。你的資料會留在你的所屬地區。
skip-to-content = 跳至內容
loading = 載入中…
noscript = Spool 需要 JavaScript 才能播放影片。請開啟 JavaScript，或直接使用 API。
assets-missing = 此伺服器未內建網頁用戶端。請在 web/ 資料夾執行「npm ci && npm run build」建置，再重新建置 Spool。
title-page = { $page } · Spool
title-not-found = 找不到 · Spool
not-found = 此頁面不存在。
close = 關閉

## Navigation
nav-label = 主選單
nav-home = 首頁
nav-discover = 探索
nav-upload = 上傳
nav-inbox = 收件匣
nav-profile = 個人檔案
nav-unread = { $count ->
   *[other] { $count } 則未讀通知
}

## Feed
feed-tabs = 動態
feed-for-you = 為你推薦
feed-following = 追蹤中
feed-personalized = 個人化
feed-mode-hint = 關閉時，動態不會進行任何側寫：只顯示你所在地區與語言中熱門及最新的內容。
feed-mode-personalized = 已開啟個人化動態
feed-mode-non-personalized = 已關閉個人化動態：不進行任何側寫
feed-empty = 目前還沒有可看的內容。上傳第一支短片，或搜尋看看。
feed-following-empty = 你追蹤的帳號沒有新短片。
feed-login = 登入後即可觀看你追蹤帳號的短片。
feed-unavailable = 此伺服器尚未提供動態。請試試搜尋或個人檔案。
video-title = 影片
video-processing = 處理中…
video-failed = 處理失敗
clip-video-label = { $handle } 的影片
clip-loading = 影片載入中
clip-unmute = 開啟聲音
clip-mute = 關閉聲音
clip-play = 播放
clip-pause = 暫停
clip-actions = { $handle } 的影片操作
clip-like = { $count ->
   *[other] 按讚（{ $count } 個讚）
}
clip-comments = { $count ->
   *[other] 留言（{ $count } 則留言）
}
clip-share = { $count ->
   *[other] 分享（{ $count } 次分享）
}
clip-more = 更多選項
clip-sound = 原創音訊 – { $handle }
clip-duet-of = 合拍：查看原片
clip-stitch-of = 拼接：查看原片
follow-handle = 追蹤 { $handle }
follow-requested = 已送出要求
follow-done = 你已追蹤 { $handle }
unfollow-done = 你已取消追蹤 { $handle }
login-needed = 請先登入。
share-title = 分享
share-link = 此影片的連結
share-copy = 複製連結
share-copied = 已複製連結
not-interested = 不感興趣
not-interested-done = 了解：你會看到較少類似的短片。
open-sound = 開啟音訊
make-duet = 合拍
make-stitch = 拼接此影片
why-title = 為什麼會看到這支影片？
why-none = 這支短片是直接開啟的，並非由動態挑選。
why-explainer = 動態依照公開的規則挑選短片。你隨時可以關閉個人化。
algorithm-link = 動態如何運作

## Reasons
reason-follows_creator = 你追蹤了 { $handle }
reason-topic = 你會觀看 { $hashtag } 相關短片
reason-similar_to_liked = 與你按讚的短片相似
reason-taste_match = 符合你平常觀看的內容
reason-trending_region = 在你的地區很熱門（{ $region }）
reason-trending_language = 在你的語言中很熱門（{ $language }）
reason-new_video_test_audience = 向一小群測試觀眾展示的新短片
reason-fresh = 最近發布
reason-sound = 使用音訊「{ $sound }」
reason-seen_before = 你已看完所有新片段；再看一次這個

## Comments
comments-title = { $count ->
   *[other] { $count } 則留言
}
comments-empty = 還沒有留言，來當第一個吧。
comments-more = 更多留言
comments-off = 此影片已關閉留言。
comment-add = 新增留言
comment-send = 發布
comment-sent = 已發布留言
comment-reply = 回覆
comment-reply-to = 回覆 { $handle }
comment-cancel-reply = 取消回覆
comment-replies = { $count ->
   *[other] 查看 { $count } 則回覆
}
comment-like = { $count ->
   *[other] 對留言按讚（{ $count } 個讚）
}
comment-pinned = 已置頂
comment-login = 登入後即可留言

## Reports
report = 檢舉
report-intro = 告訴我們哪裡有問題。每則檢舉都會由審核員查看，你也會收到回覆。
report-category = 原因
report-note = 詳細說明（選填）
report-note-hint = 審核員應該注意什麼？
report-send = 送出檢舉

## Upload
upload-title = 上傳
upload-file = 影片檔案
upload-file-hint = 1 秒到 10 分鐘。上傳會立即開始，連線中斷後也會自動續傳。
upload-progress-label = 上傳進度
upload-progress = { $percent }%（{ $sent } / { $total } 位元組）
upload-done = 上傳完成
upload-error = 上傳失敗，請再試一次。
upload-pause = 暫停
upload-resume = 繼續
upload-caption = 說明文字
upload-caption-hint = 輸入 # 加入主題標籤，輸入 @ 提及他人。
upload-visibility = 誰可以觀看
visibility-public = 所有人
visibility-followers = 粉絲
visibility-private = 只有我
upload-allow = 允許其他人
upload-allow-comments = 留言
upload-allow-duet = 合拍
upload-allow-stitch = 拼接
upload-sound = 音訊（選填）
upload-sound-search = 搜尋音訊
upload-sound-none = 你的短片會保留原本的聲音。
upload-sound-chosen = 音訊：{ $title }
upload-sound-clear = 使用我自己的聲音
upload-duet = 與 { $handle } 合拍
upload-stitch = 拼接 { $handle } 的影片
upload-post = 發布
upload-pick-first = 請先選擇影片檔案。
upload-waiting = 正在完成上傳…
upload-processing = 正在處理你的影片… 所需時間約與短片長度相同。
upload-ready = 你的影片已準備就緒！
upload-watch = 觀看
upload-to-profile = 前往你的個人檔案
suggestions = 建議
suggestions-count = { $count ->
   *[other] { $count } 個建議。使用上下方向鍵選擇。
}

## Profiles, hashtags, sounds
profile-not-found = 此帳號不存在。
profile-edit = 編輯個人檔案
profile-follow = 追蹤
profile-following = 追蹤中
profile-private = 私人
profile-private-body = 這是私人帳號。追蹤後即可觀看其影片。
profile-following-count = 追蹤中
profile-followers-count = 粉絲
profile-likes-count = 讚
profile-videos-count = 影片
profile-videos = 影片
profile-empty = 還沒有影片。
profile-empty-own = 你還沒有發布任何內容。你的短片會顯示在這裡。
tile-label = { $caption } — { $handle }
tile-label-plain = { $handle } 的影片
hashtag-count = { $count ->
   *[other] { $count } 支影片
}
hashtag-empty = 此主題標籤還沒有公開影片。
sound-title = 音訊
sound-listen = 收聽 { $title }
sound-meta = { $duration } · { $count ->
   *[other] { $count } 支影片
}
sound-use = 使用此音訊
sound-original = 原始影片
sound-sort = 影片排序
sound-newest = 最新
sound-popular = 熱門
sound-empty = 目前還沒有影片使用此音訊。

## Search
search-title = 探索
search-label = 搜尋
search-placeholder = 搜尋帳號、影片、#主題標籤、音訊
search-submit = 搜尋
search-types = 搜尋類型
search-videos = 影片
search-accounts = 帳號
search-hashtags = 主題標籤
search-sounds = 音訊
search-results = 搜尋結果
search-hint = 輸入字詞、#主題標籤或 @帳號名稱。
search-empty = 找不到與「{ $query }」相符的內容。
search-followers = { $count ->
   *[other] { $count } 位粉絲
}

## Inbox
inbox-title = 收件匣
inbox-requests = 追蹤要求
inbox-activity = 動態消息
inbox-empty = 還沒有通知。
inbox-unread = 未讀：
request-accept = 接受
request-decline = 拒絕
request-accepted = { $handle } 現在可以觀看你的影片了
request-declined = 已拒絕 { $handle } 的要求
notif-like = { $count ->
    [1] { $actor } 對你的影片按讚
   *[other] { $count } 人對你的影片按讚
}
notif-comment = { $others ->
    [0] { $actor } 在你的影片留言
   *[other] { $actor } 和其他 { $others } 人在你的影片留言
}
notif-reply = { $actor } 回覆了你的留言
notif-mention = { $actor } 提及了你
notif-follow = { $count ->
    [1] { $actor } 開始追蹤你
   *[other] { $count } 位新粉絲
}
notif-follow_request = { $actor } 要求追蹤你
notif-follow_accepted = { $actor } 接受了你的追蹤要求
notif-comment_like = { $others ->
    [0] { $actor } 對你的留言按讚
   *[other] { $actor } 和其他 { $others } 人對你的留言按讚
}
notif-duet = { $actor } 與你的影片合拍
notif-stitch = { $actor } 拼接了你的影片

## Settings
settings-title = 設定
settings-save = 儲存
settings-saved = 已儲存
settings-profile = 個人檔案
settings-privacy = 隱私
settings-private = 私人帳號
settings-private-hint = 只有你核准的粉絲可以觀看你的影片。
settings-who-comment = 誰可以在你的影片留言
settings-who-duet = 誰可以與你的影片合拍
settings-who-stitch = 誰可以拼接你的影片
policy-everyone = 所有人
policy-followers = 粉絲
policy-nobody = 沒有人
settings-liked-public = 在我的個人檔案顯示我按讚的影片
settings-teen = 你的帳號是青少年帳號：部分設定較為嚴格。
settings-feed = 動態
settings-reset-recommendations = 重設我的推薦
settings-reset-done = 已重設你的推薦。
settings-language = 語言
settings-language-label = 介面語言
settings-language-hint = Spool 預設使用你瀏覽器的語言。
settings-data = 你的資料
settings-data-intro = 下載 Spool 儲存的所有你的資料，並查看哪些工作人員查閱過、原因為何。
settings-export = 下載我的資料
settings-region = 所屬地區
settings-region-now = 你的資料儲存在：{ $region }
settings-region-intro = 你的個人資料只會存放在你的所屬地區。你可以將其搬移到其他地區。
settings-move-to = 新的所屬地區
settings-move = 搬移我的資料
settings-move-confirm = 要將你所有的個人資料搬移到 { $region } 嗎？
settings-move-done = 你的資料已搬移。
settings-account = 帳號
settings-signed-in = 目前以 { $handle } 登入
settings-logout = 登出
settings-delete = 刪除帳號
settings-delete-intro = 這會永久刪除你的帳號、影片與所有資料，且無法復原。
settings-delete-confirm = 要永久刪除你的帳號及其中所有內容嗎？
settings-sessions = 登入工作階段
settings-sessions-intro = 你目前已登入的裝置。如有不認得的裝置，請將其登出。
settings-sessions-logout-others = 登出其他所有裝置
settings-sessions-ended = { $count ->
   *[other] 已登出其他 { $count } 個工作階段。
}
session-device = { $os } 上的 { $browser }
session-device-unknown = 不明裝置
session-current = 此裝置
session-times = 登入於 { $created } · 最後活動 { $used }
session-logout = 登出
session-logout-label = 登出 { $device }
settings-password = 變更密碼
settings-password-done = 密碼已變更，其他所有工作階段都已登出。
field-current-password = 目前密碼
field-new-password = 新密碼
access-title = 我的資料存取紀錄
access-intro = 每當工作人員開啟你的個人資料，都會連同書面理由一併記錄。這是完整清單。
access-empty = 沒有工作人員存取過你的資料。
access-unavailable = 此伺服器尚未提供存取紀錄。
access-when = 時間
access-staff = 工作人員
access-role = 角色
access-action = 所做的事
access-justification = 理由
access-reference = 參考編號
algorithm-title = 動態如何運作
algorithm-intro = Spool 的「為你推薦」動態公開接受檢視：程式碼、權重以及每支短片的推薦原因都已公開。
algorithm-sources = 候選內容來自你追蹤的帳號、與你按讚短片相似的短片、你所在地區與語言中的熱門內容，以及向一小群測試觀眾展示的新短片。
algorithm-signals = 它會從你的行為中學習：觀看時長、重播、略過、按讚、分享、留言、追蹤以及「不感興趣」。
algorithm-filters = 它會排除你看過的內容、已封鎖的帳號與已移除的影片，並混合不同主題與創作者。
algorithm-control = 你可以關閉個人化、重設它學到的內容，並在每支短片上詢問「為什麼會看到這支影片？」。
algorithm-published = 公開說明
algorithm-unavailable = 此伺服器尚未提供公開說明。

## Log in and sign up
login-title = 登入
login-submit = 登入
login-no-account = 還沒有帳號嗎？
signup-title = 註冊
signup-intro = 你的個人資料只會儲存在你選擇的所屬地區。
signup-submit = 建立帳號
signup-have-account = 已經有帳號了嗎？
field-handle = 帳號名稱
field-handle-hint = 2 到 24 個字母、數字、_ 或 .
field-display-name = 顯示名稱（選填）
field-password = 密碼
field-password-hint = 至少 8 個字元。
field-birth-date = 出生日期
field-birth-date-hint = 你必須年滿 13 歲。未滿 18 歲的帳號預設為私人帳號。
field-region = 所屬地區
field-region-hint = 你的個人資料的儲存位置。
field-email = 電子郵件（選填）
field-email-hint = 僅用於協助你找回帳號。
field-bio = 個人簡介

## Errors
error-network = 無法連線到伺服器，請檢查網路連線。
error-internal = 發生錯誤，請再試一次。
error-unauthenticated = 請先登入。
error-invalid_credentials = 帳號名稱或密碼錯誤。
error-too_young = 你必須年滿 13 歲才能使用 Spool。
error-csrf_rejected = 你的工作階段已過期，請重新載入頁面。
error-forbidden = 你沒有權限執行此操作。
error-comments_off = 此影片已關閉留言。
error-remix_off = 創作者不允許此操作。
error-not_found = 找不到。
error-handle_taken = 此帳號名稱已被使用。
error-rate_limited = 嘗試次數過多，請稍候再試。
error-invalid_handle = 請使用 2 到 24 個字母、數字、_ 或 .
error-handle_reserved = 此帳號名稱為保留名稱。
error-invalid_password = 密碼長度須為 8 到 128 個字元。
error-invalid_email = 此電子郵件地址格式似乎不正確。
error-invalid_birth_date = 請輸入有效的出生日期。
error-invalid_display_name = 顯示名稱最多 50 個字元。
error-invalid_bio = 個人簡介最多 160 個字元。
error-invalid_caption = 說明文字最多 2,200 個字元。
error-invalid_comment = 留言長度為 1 到 500 個字元。
error-unknown_region = 請從列出的地區中選擇一個。
error-empty_file = 檔案是空的。
error-not_media = 這個檔案不是影片。
error-no_video_stream = 這個檔案沒有影像。
error-still_image = 這是靜態圖片，不是影片。
error-too_short = 影片太短（至少 1 秒）。
error-too_long = 影片太長（最多 10 分鐘）。
error-too_large = 影片太大。
error-unsupported_codec = 不支援此影片格式。
error-transcode_failed = 無法處理此影片。
error-wrong_password = 目前密碼錯誤。
error-quota_exceeded = 你的儲存空間已滿。請刪除影片或未完成的上傳以釋出空間。
error-bad_request = 無法讀取此要求。

## Moderation: reports
report-title-video = 檢舉此影片
report-title-comment = 檢舉此留言
report-title-account = 檢舉此帳號
report-category-choose = 選擇原因
report-category-hate_speech = 仇恨言論
report-category-harassment = 騷擾與霸凌
report-category-violent_extremism = 暴力極端主義
report-category-disinformation = 錯誤與不實資訊
report-category-child_safety = 兒童安全
report-category-self_harm = 自我傷害與飲食失調
report-category-illegal_goods = 非法商品與服務
report-category-scams = 詐騙與欺詐
report-category-spam = 垃圾訊息
report-category-intellectual_property = 智慧財產權
report-category-other = 其他
report-dsa-legend = 關於你
report-dsa-intro = 你尚未登入，因此這是依據歐盟《數位服務法》第 16 條提出的通知。我們需要你的姓名與電子郵件地址才能處理；被檢舉的人永遠不會得知你的身分。
report-name = 你的姓名
report-email = 你的電子郵件地址
report-email-hint = 處理結果會寄到這裡。
report-good-faith = 我善意相信此通知中的資訊正確且完整。
report-login-instead = 有帳號嗎？
report-sent = 謝謝。你的檢舉已送出，審核員會進行查看。
report-duplicate = 你已經檢舉過此內容。先前的檢舉仍然有效，無需再次送出。
report-receipt-intro = 請保留這份收據：可用來查詢處理結果。
report-receipt = 你的收據
report-receipt-hint = 檢舉編號 { $id }
report-receipt-copy = 複製收據
report-receipt-copied = 已複製收據。
report-check-later = 稍後查看此檢舉
report-follow-up = 我們會通知你處理結果。你也可以在這裡追蹤：
report-outcome = 於 { $date } 決定：{ $action }
report-outcome-policy = 適用規則：{ $policy }
report-state-open = 等待審查
report-state-decided = 已決定
comment-report = 檢舉 { $handle } 的留言
profile-report = 檢舉
profile-withheld = 你所在的地區無法使用此帳號。
label-panel = 資訊
label-more = 瞭解詳情
video-age-restricted = 年齡限制
video-held = 暫緩
video-held-own = 你的影片已被暫緩：它與先前移除的內容相符。審核員將會查看。
video-removed-own = 你的影片已被審核員移除。只有你看得到此通知。
video-reduced-own = 經審核決定後，你的影片不會在動態中被推薦。只有你看得到此通知。
video-withheld = 你所在的地區無法觀看此影片。
status-link = 查看原因與申訴方式

## Moderation: actions, targets, grounds
action-no_violation = 未違規
action-remove = 已移除
action-age_restrict = 年齡限制
action-restrict_regions = 部分地區受限
action-label = 已加上資訊標籤
action-reduce_distribution = 降低曝光
action-suspend = 帳號已停權
action-terminate = 帳號已關閉
target-video = 影片
target-comment = 留言
target-account = 帳號
ground-illegal = 違法內容
ground-incompatible = 違反社群守則
source-notice = 來自檢舉者的通知
source-trusted-flagger = 來自受信任舉報者的通知
source-own-initiative = Spool 的主動審查
decision-reversed = 已撤銷

## Account status and statements of reasons
status-title = 帳號狀態
settings-status-intro = 關於你內容的決定、你的申訴，以及你送出的檢舉。
settings-about = 關於 Spool
status-standing = 你的帳號
status-good = 你的帳號狀態良好。
status-suspended = 你的帳號已被停權。
status-suspended-until = 你的帳號已被停權至 { $date }。
status-terminated = 你的帳號已關閉。你仍可閱讀決定並提出申訴。
status-strikes = { $count ->
   *[other] 違規記點 { $count } / { $threshold }
}
status-strikes-hint = 每項針對你內容的決定都會記一點。達到上限時帳號會被停權。舊的記點會過期。
status-history = 先前的決定
status-statements = 決定與理由
status-statements-intro = 每項決定我們都會寄送理由說明：決定了什麼、依據哪條規則，以及如何申訴。
status-no-statements = 沒有關於你內容的決定。
status-my-reports = 我的檢舉
status-no-reports = 你還沒有檢舉任何內容。
status-receipt-title = 你的檢舉
statement-heading = { $action } · { $date }
statement-decision = 決定
statement-content = 內容
statement-facts = 我們的發現
statement-policy = 規則
statement-ground-illegal = 我們認為此內容違法。
statement-ground-incompatible = 此內容違反我們的社群守則。
statement-legal-ground = 法律依據：{ $ground }
statement-policy-ground = 守則：{ $ground }
statement-label = 顯示的標籤
statement-detection = 發現方式
statement-detected-auto = 透過自動化工具
statement-detected-human = 未使用自動化工具
statement-automated = 決定方式
statement-decided-auto = 由自動化系統決定
statement-decided-human = 由人員決定，非自動
statement-source = 審查的起因
statement-scope = 適用範圍
statement-scope-everywhere = 所有地區
statement-duration = 期間
statement-duration-until = 從 { $from } 到 { $until }
statement-duration-open = 從 { $from } 起，無結束日期
statement-account-suspended = 你的帳號已被停權。
statement-account-terminated = 你的帳號已被關閉。
statement-appeal = 申訴
statement-appeal-until = 你可以在 { $date } 前提出申訴，將由另一位審核員審查。
statement-appeal-possible = 你可以提出申訴，將由另一位審核員審查。
statement-appeal-closed = 此決定已無法在這裡申訴。你仍可向經認證的訴訟外爭議解決機構或法院提出。
statement-appeal-open = 你的申訴正在審查中。
statement-appeal-upheld = 你的申訴已獲接受：決定已撤銷。
statement-appeal-rejected = 你的申訴已審查完畢，決定維持不變。
statement-technical = 技術細節（與送交歐盟透明度資料庫的內容相同）
appeal-text = 為什麼應該變更這項決定？
appeal-text-hint = 說明審核員可能忽略的地方。你可以補充背景或連結。
appeal-send = 送出申訴
appeal-sent = 你的申訴已送出，將由另一位審核員審查，你會收到新的理由說明。
appeal-exists = 你對此決定已有一件進行中的申訴。

## Moderator console
mod-title = 內容審核
mod-region = 地區
mod-region-hint = 你負責審核的地區佇列。
mod-not-moderator = 你不是此地區的審核員。
queue-title = 審查佇列：{ $region }
queue-refresh = 重新整理
queue-empty = 佇列是空的。
queue-count = { $count ->
   *[other] { $count } 個項目，最緊急的排在前面
}
queue-kind-notice = 通知
queue-kind-appeal = 申訴
queue-kind-match = 比對相符
queue-severity = 嚴重程度
queue-notices = 通知
queue-reach = 觀看次數（24 小時）
queue-detection = 發現來源
queue-automated = 自動偵測
queue-human = 人員
queue-due = 期限 { $time }
queue-overdue = 已逾期：期限為 { $time }
queue-claimed-mine = 由你認領；於 { $time } 到期
queue-claimed-other = 已由另一位審核員認領
queue-claim = 認領
queue-claim-done = 已認領，接下來幾分鐘由你處理。
queue-open = 審查
item-title = 審查
item-heading = 審查：{ $category }
item-back = 返回佇列
item-decided = 已決定
item-context = 內容
item-player = 被檢舉的影片
item-caption = 說明文字
item-sound = 音訊
item-state = 狀態
item-remixes = 二創作品
item-none = 無
item-open-video = 影片頁面
item-open-video-link = 開啟影片
item-comment-text = 留言
item-comment-video = 所屬影片
item-account = 帳號
item-detection = 自動偵測
item-notices = { $count ->
   *[other] { $count } 則通知
}
item-history = 此帳號先前的決定
item-history-none = 沒有先前的決定。
item-appeal = 申訴
item-appeal-decision = 被申訴的決定
decide-title = 決定
decide-action = 處置
decide-policy = 規則
decide-policy-category = 一般規則：{ $category }
decide-legal-ground = 法律依據：{ $ground }
decide-facts = 事實
decide-facts-hint = 用淺白的文字說明你的發現。創作者會閱讀這段內容。
decide-restrict = 限制範圍
decide-restrict-hint = 選擇地區、國家或兩者。法律命令需填寫其參考編號。
decide-regions = 地區
decide-countries = 國家
decide-countries-hint = 兩個字母的國家代碼，以逗號分隔（DE, AT）。
decide-reference = 參考編號（法院或機關命令）
decide-reference-hint = 選填。會顯示給無法觀看內容的觀眾。
decide-restrict-empty = 請至少選擇一個地區或國家。
decide-label = 資訊標籤
decide-label-text = 標籤文字
decide-label-url = 更多資訊的連結
decide-suspend = 停權
decide-days = 天數
decide-days-hint = 1 到 365。
decide-submit = 決定
decide-done = 已記錄決定：{ $action }。理由說明已寄出。
appeal-decide-title = 裁決申訴
appeal-outcome = 結果
appeal-outcome-upheld = 接受申訴
appeal-outcome-upheld-hint = 決定會立即撤銷，內容或帳號將被恢復。
appeal-outcome-rejected = 駁回申訴
appeal-outcome-rejected-hint = 決定維持不變。
appeal-decide-submit = 裁決申訴
appeal-decided-upheld = 申訴已接受：決定已撤銷，並已寄出新的理由說明。
appeal-decided-rejected = 申訴已駁回：決定維持不變，並已寄出新的理由說明。
error-claimed = 另一位審核員已認領此項目。
error-same_moderator = 做出決定的審核員不能裁決該決定的申訴。

## Transparency report
transparency-title = 透明度
transparency-intro = 以數據呈現 Spool 的內容審核：通知、決定、處理速度、申訴與撤銷。不顯示任何個人資料。
transparency-region = 地區
transparency-all-regions = 所有地區
transparency-period = 期間
transparency-period-days = 最近 30 天，按日
transparency-period-weeks = 最近 12 週，按週
transparency-period-months = 最近 12 個月，按月
transparency-range = { $from } 至 { $to }
transparency-csv = 下載 CSV
transparency-summary = 總計：{ $region }
transparency-notices = 通知
transparency-decisions = 決定
transparency-median = 決定所需時間中位數
transparency-p90 = 第 90 百分位數
transparency-hours = { $hours } 小時
transparency-hours-unit = 小時
transparency-deadline-misses = 逾期件數
transparency-automated-detection = 透過自動化工具發現
transparency-automated-decision = 自動決定
transparency-suspensions = 停權
transparency-appeals = 申訴
transparency-reversals = 撤銷
transparency-over-time = 時間趨勢
transparency-chart-volume = 通知與決定
transparency-chart-speed = 決定所需時間（小時）
transparency-breakdown = 細項
transparency-chart-notices-category = 依類別分的通知
transparency-chart-decisions-action = 依處置分的決定
transparency-chart-decisions-category = 依類別分的決定
transparency-chart-ground = 依依據分的決定
transparency-chart-source = 依來源分的通知
transparency-appeals-title = 申訴
transparency-chart-appeals = 申訴結果
transparency-chart-appeals-time = 申訴與撤銷的時間趨勢
transparency-appeals-upheld = 已接受
transparency-appeals-rejected = 已駁回
transparency-appeals-open = 處理中
transparency-orders = 法律命令與篩檢
transparency-chart-orders = 依地區分的法律命令
transparency-screening-flagged = 篩檢標記
transparency-screening-decided = 已審查
transparency-screening-confirmed = 已確認
transparency-screening-precision = 精確率
transparency-none = 此期間沒有資料。
transparency-yes = 是
transparency-no = 否
transparency-log = 決定紀錄
transparency-log-intro = 所有決定，不含檢舉者、創作者或審核員的資料。
transparency-log-date = 日期
transparency-log-action = 決定
transparency-log-category = 類別
transparency-log-ground = 依據
transparency-log-content = 內容
transparency-log-detected = 自動偵測
transparency-log-automated = 自動決定
transparency-log-scope = 範圍
transparency-log-source = 來源
transparency-log-reversed = 已撤銷
transparency-log-more = 更多決定
transparency-log-empty = 還沒有決定。
chart-show-table = 以表格顯示數據
chart-summary-line = 從 { $from } 到 { $to }。總計：{ $totals }
chart-period = 期間
chart-item = 項目
chart-value = 數量
notif-statement = 你的內容已有審核決定。查看原因與申訴方式。
notif-report_outcome = 你送出的檢舉已有決定。

## Moderation: more codes from the server
action-hold = 暫緩待審
action-reversed = 經申訴撤銷
action-upheld_decision = 經申訴維持
action-appeal_upheld = 申訴已接受
action-appeal_rejected = 申訴已駁回
notice-source-account = 來自帳號的通知
notice-source-anonymous = 無帳號通知（DSA 第 16 條）
notice-source-screening = 自動篩檢
notice-source-fingerprint = 與已移除內容相符
notice-source-legal_order = 法律命令
source-complaint = 申訴
statement-scope-eea = 歐盟與歐洲經濟區（30 國）
statement-regions = 地區
statement-reference = 命令參考編號
statement-outcome-heading = { $action } · { $date }
error-already_decided = 此項目已有決定。
error-appeal_open = 此決定已有進行中的申訴。
error-appeal_closed = 此決定已無法申訴。
error-account_suspended = 你的帳號已被停權，目前無法執行此操作。
error-account_terminated = 你的帳號已關閉。
error-not_moderator = 你不是此地區的審核員。
video-withheld-own = 你的影片在以下地區無法觀看：{ $places }。只有你看得到此通知。
item-restrictions = 目前的限制

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = 登入以繼續
signin-sheet-intro = 登入後即可按讚、留言、追蹤，並取得為你打造的動態。
feed-caught-up = 你已全部看完
feed-caught-up-hint = 目前所有短片你都看過了。到「探索」尋找更多內容。
feed-explore = 探索
clip-creator-profile = { $handle } 的個人檔案
unfollow-handle = 取消追蹤 { $handle }
clip-progress = 播放位置
clip-progress-value = { $at } / { $length }
video-edit = 編輯影片
video-edit-save = 儲存
video-edit-done = 已儲存變更
video-delete = 刪除影片
video-delete-confirm = 要永久刪除此影片嗎？其留言與讚也會一併刪除。
video-delete-done = 已刪除影片
back = 返回
cancel = 取消
discover-trending = 現正熱門
discover-trending-tags = 熱門主題標籤

## How the feed works: its stages and parameters
algo-stage-events = 動態從什麼學習
algo-stage-model = 喜好模型
algo-stage-candidates = 候選內容從哪裡來
algo-stage-exploration = 給新影片的機會
algo-stage-ranking = 排序
algo-stage-filters = 會被過濾掉的內容
algo-stage-diversity = 多樣性
algo-stage-non_personalized = 非個人化動態
algo-technical = 技術說明（英文）
algo-param-bias-learning-rate = 學習影片本身吸引力的速度
algo-param-expiry-secs = 閒置多久後遺忘
algo-param-history-len = 計入的近期觀看數
algo-param-history-weight = 近期觀看的權重
algo-param-init-scale = 新資料列的初始分散程度
algo-param-item-min-count = 影片取得專屬資料列前所需的互動數
algo-param-learning-rate = 學習喜好的速度
algo-param-margin = 按讚與略過影片之間的差距
algo-param-negative-trials = 尋找反例時嘗試的影片數
algo-param-negatives-per-positive = 每個正向訊號搭配的反例數
algo-param-regularization = 正則化（避免模型過度擬合）
algo-param-seed = 隨機種子（確保可重現）
algo-param-max-age-hours = 新影片的探索期間
algo-param-min-completion-rate = 最低完整觀看率
algo-param-min-engagement-rate = 每次觀看的最低按讚、留言與分享比例
algo-param-slots-per-page = 每頁保留給新影片的位置
algo-param-stages = 各測試階段的觀眾人數
algo-param-freshness-hours = 影片被視為新鮮的期間
algo-param-trending-half-life-hours = 熱門度減半所需時間
algo-param-weights = 排序分數的權重
algo-param-engagement = 預期互動
algo-param-exploration = 探索
algo-param-following = 你追蹤的帳號
algo-param-freshness = 新鮮度
algo-param-trending = 熱門度
algo-param-creator-spacing = 同一創作者再次出現前的短片數
algo-param-sound-spacing = 同一音訊再次出現前的短片數
algo-param-catalog-videos = 目錄中的影片
algo-param-viewers-with-state = 模型認識的觀眾

tile-views = { $count ->
   *[other] { $count } 次觀看
}

## Long press: speed
clip-options = 選項
speed-title = 播放速度
speed-normal = 正常
speed-value = { $rate }×
speed-set = 以 { $rate }× 播放

## Upload: preview, cover, draft
upload-preview = 短片預覽
upload-cover = 封面
upload-cover-hint = 滑動到觀眾在短片播放前看到的畫面。
upload-draft-restored = 已恢復你的草稿：說明文字與設定都和你離開時相同。
error-invalid_cover = 封面必須是短片中的某個畫面。

# Captions and profile photos
clip-captions-on = 開啟字幕
clip-captions-off = 關閉字幕
captions-on = 字幕已開啟
captions-off = 字幕已關閉
captions-title = 字幕
captions-file = 字幕檔案（.vtt）
captions-hint = WebVTT 檔案，每種語言一個。所有字幕都必須在短片長度之內。
captions-language = 字幕語言
captions-add = 新增字幕
captions-remove = 移除{ $language }字幕
captions-remove-short = 移除
captions-none = 還沒有字幕。
captions-added = 已新增{ $language }字幕。
captions-removed = 已移除{ $language }字幕。
captions-failed = 你的短片已發布，但字幕未能新增：{ $reason } 你可以在短片的編輯面板中新增。
captions-pick-file = 請先選擇 .vtt 檔案。
error-invalid_webvtt = 這不是有效的 WebVTT 字幕檔案。
error-invalid_language = 請選擇字幕的語言。
profile-photo-choose = 大頭貼照
profile-photo-hint = JPEG、PNG 或 WebP，最大 8 MB。相片會裁切成正方形，拍攝地點與拍攝裝置等資訊會被移除。
profile-photo-remove = 移除相片
profile-photo-type = 請選擇 JPEG、PNG 或 WebP 圖片。
profile-edit-save = 儲存個人檔案
profile-edit-done = 已儲存個人檔案。
error-invalid_photo = 這個檔案不是可讀取的圖片。
error-photo_too_small = 相片太小：請選擇每邊至少 64 像素的相片。
error-photo_too_large = 相片太大：每邊最多 8,192 像素。
error-invalid_crop = 要保留的部分必須是相片內的正方形區域。

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = 其他站台
fed-intro = 追蹤使用 ActivityPub 的其他站台（例如其他 Spool 伺服器）上的使用者。他們的影片會出現在你的「追蹤中」動態中。
fed-teen = 青少年帳號只會留在本站台：無法追蹤其他站台的帳號，也無法被那裡的帳號追蹤。
fed-address = 其他站台上的地址
fed-address-hint = 格式為 name@host，例如 alex@example.org
fed-follow = 追蹤
fed-address-invalid = 請以 name@host 格式輸入地址，例如 alex@example.org。
fed-address-local = 此帳號位於本站台：請從其個人檔案追蹤。
fed-not-found = 找不到帳號 { $handle }。請檢查地址。
fed-requested = 已向 { $handle } 送出追蹤要求。
fed-following = 你在那裡追蹤的帳號
fed-following-empty = 你尚未追蹤其他站台上的任何人。
fed-pending = 要求已送出
fed-followers = 你在那裡的粉絲
fed-followers-empty = 尚無其他站台的人追蹤你。
fed-wants-to-follow = 想追蹤你
fed-unfollow = 取消追蹤
fed-accept = 接受
fed-accept-label = 接受 { $handle } 的追蹤要求
fed-decline = 拒絕
fed-decline-label = 拒絕 { $handle } 的追蹤要求
fed-remove = 移除
fed-remove-label = 從粉絲中移除 { $handle }
fed-accepted = { $handle } 現在追蹤你了。
fed-declined = 你已拒絕 { $handle } 的要求。
fed-removed = { $handle } 已不再追蹤你。
fed-from = 來自 { $host }
fed-open = 在 { $host } 上開啟
fed-cannot-play = 這部影片無法在此播放。
comment-remote-remove = 移除 { $handle } 的回覆
fed-shared-by = { $handle } 分享
reason-remote_instance = 來自 { $host }，這裡有人關注那裡的帳號
fed-like = 按讚
