# Spool：简体中文

## Page shell (server-rendered)
app-name = Spool
app-title = Spool – 短视频
app-description = 观看、拍摄和分享短视频。你的数据始终留在你的归属地区。
skip-to-content = 跳到正文
loading = 正在加载…
noscript = Spool 需要 JavaScript 才能播放视频。请启用 JavaScript，或直接使用 API。
assets-missing = 此服务器未内置网页客户端。请在 web/ 文件夹中运行“npm ci && npm run build”进行构建，然后重新构建 Spool。
title-page = { $page } · Spool
title-not-found = 未找到 · Spool
not-found = 此页面不存在。
close = 关闭

## Navigation
nav-label = 主导航
nav-home = 首页
nav-discover = 发现
nav-upload = 上传
nav-inbox = 消息
nav-profile = 我
nav-unread = { $count } 条未读通知

## Feed
feed-tabs = 信息流
feed-for-you = 推荐
feed-following = 关注
feed-personalized = 个性化
feed-mode-hint = 关闭后，信息流不使用任何用户画像，只显示你所在地区和语言中热门的新视频。
feed-mode-personalized = 个性化推荐已开启
feed-mode-non-personalized = 个性化推荐已关闭：不使用用户画像
feed-empty = 还没有可看的内容。上传第一个视频，或者搜索一下。
feed-following-empty = 你关注的账号还没有新视频。
feed-login = 登录后即可查看你关注的账号的视频。
feed-unavailable = 此服务器暂不提供信息流。请试试搜索或个人主页。
video-title = 视频
video-processing = 处理中…
video-failed = 处理失败
clip-video-label = { $handle } 的视频
clip-unmute = 打开声音
clip-mute = 关闭声音
clip-play = 播放
clip-pause = 暂停
clip-actions = { $handle } 的视频的操作
clip-like = 点赞（{ $count } 个赞）
clip-comments = 评论（{ $count } 条）
clip-share = 分享（{ $count } 次）
clip-more = 更多选项
clip-sound = 原声 – { $handle }
clip-duet-of = 合拍：查看原视频
clip-stitch-of = 拼接：查看原视频
follow-handle = 关注 { $handle }
follow-requested = 已申请
follow-done = 你已关注 { $handle }
unfollow-done = 你已取消关注 { $handle }
login-needed = 请先登录。
share-title = 分享
share-link = 此视频的链接
share-copy = 复制链接
share-copied = 链接已复制
not-interested = 不感兴趣
not-interested-done = 好的，以后会少推荐此类视频。
open-sound = 打开音频
make-duet = 合拍
make-stitch = 拼接此视频
why-title = 为什么推荐这个视频？
why-none = 这个视频是直接打开的，不是信息流推荐的。
why-explainer = 信息流按公开的规则挑选视频。你可以随时关闭个性化推荐。
algorithm-link = 信息流如何运作

## Reasons
reason-follows_creator = 你关注了 { $handle }
reason-topic = 你常看有关 { $hashtag } 的视频
reason-similar_to_liked = 与你点赞过的视频相似
reason-taste_match = 符合你平时观看的内容
reason-trending_region = 在你所在地区（{ $region }）很热门
reason-trending_language = 在你使用的语言（{ $language }）中很热门
reason-new_video_test_audience = 向一小部分测试观众展示的新视频
reason-fresh = 最近发布
reason-sound = 使用了音频“{ $sound }”

## Comments
comments-title = { $count } 条评论
comments-empty = 还没有评论，来抢沙发吧。
comments-more = 更多评论
comments-off = 此视频已关闭评论。
comment-add = 添加评论
comment-send = 发布
comment-sent = 评论已发布
comment-reply = 回复
comment-reply-to = 回复 { $handle }
comment-cancel-reply = 取消回复
comment-replies = 查看 { $count } 条回复
comment-like = 给评论点赞（{ $count } 个赞）
comment-pinned = 已置顶
comment-login = 登录后发表评论

## Reports
report = 举报
report-title = 举报此视频
report-intro = 告诉我们哪里有问题。每条举报都会由审核员处理，并给你答复。
report-category = 原因
report-note = 详细说明（可选）
report-note-hint = 希望审核员关注什么？
report-send = 提交举报
report-sent = 谢谢，你的举报已提交。
report-category-hate_speech = 仇恨言论
report-category-harassment = 骚扰或霸凌
report-category-violence = 暴力或威胁
report-category-sexual_content = 色情内容
report-category-child_safety = 儿童安全
report-category-self_harm = 自杀或自残
report-category-disinformation = 虚假信息
report-category-spam = 垃圾信息或诈骗
report-category-illegal = 违法内容
report-category-other = 其他

## Upload
upload-title = 上传
upload-file = 视频文件
upload-file-hint = 时长 1 秒到 10 分钟。上传会立即开始，连接中断后可继续。
upload-progress-label = 上传进度
upload-progress = { $percent }%（{ $total } 字节中的 { $sent } 字节）
upload-done = 上传完成
upload-error = 上传失败，请重试。
upload-pause = 暂停
upload-resume = 继续
upload-caption = 描述
upload-caption-hint = 输入 # 添加话题，输入 @ 提及他人。
upload-visibility = 谁可以观看
visibility-public = 所有人
visibility-followers = 粉丝
visibility-private = 仅自己
upload-allow = 允许他人
upload-allow-comments = 评论
upload-allow-duet = 合拍
upload-allow-stitch = 拼接
upload-sound = 音频（可选）
upload-sound-search = 搜索音频
upload-sound-none = 视频保留原声。
upload-sound-chosen = 音频：{ $title }
upload-sound-clear = 使用原声
upload-duet = 与 { $handle } 合拍
upload-stitch = 拼接 { $handle } 的视频
upload-post = 发布
upload-pick-first = 请先选择视频文件。
upload-waiting = 正在完成上传…
upload-processing = 正在处理你的视频… 所需时间与视频时长相当。
upload-ready = 你的视频已就绪！
upload-watch = 观看
upload-to-profile = 前往个人主页
suggestions = 建议
suggestions-count = { $count } 条建议。用上下方向键选择。

## Profiles, hashtags, sounds
profile-not-found = 此账号不存在。
profile-edit = 编辑资料
profile-follow = 关注
profile-following = 已关注
profile-private = 私密
profile-private-body = 这是私密账号。关注后才能看到其视频。
profile-following-count = 关注
profile-followers-count = 粉丝
profile-likes-count = 获赞
profile-videos-count = 视频
profile-videos = 视频
profile-empty = 还没有视频。
profile-empty-own = 你还没有发布任何内容。你的视频会显示在这里。
tile-label = { $caption } – { $handle }
tile-label-plain = { $handle } 的视频
hashtag-count = { $count } 个视频
hashtag-empty = 此话题下还没有公开视频。
sound-title = 音频
sound-listen = 收听 { $title }
sound-meta = { $duration } · { $count } 个视频
sound-use = 使用此音频
sound-original = 原视频
sound-sort = 视频排序
sound-newest = 最新
sound-popular = 最热
sound-empty = 还没有视频使用此音频。

## Search
search-title = 发现
search-label = 搜索
search-placeholder = 搜索账号、视频、#话题、音频
search-submit = 搜索
search-types = 搜索范围
search-videos = 视频
search-accounts = 账号
search-hashtags = 话题
search-sounds = 音频
search-results = 搜索结果
search-hint = 输入关键词、#话题或 @用户名。
search-empty = 没有找到与“{ $query }”相关的内容。
search-followers = { $count } 位粉丝

## Inbox
inbox-title = 消息
inbox-requests = 关注申请
inbox-activity = 动态
inbox-empty = 还没有通知。
inbox-unread = 未读：
request-accept = 接受
request-decline = 拒绝
request-accepted = { $handle } 现在可以看到你的视频了
request-declined = 已拒绝 { $handle } 的申请
notif-like = { $count ->
    [1] { $actor } 赞了你的视频
   *[other] { $count } 人赞了你的视频
}
notif-comment = { $others ->
    [0] { $actor } 评论了你的视频
   *[other] { $actor } 等 { $others } 人评论了你的视频
}
notif-reply = { $actor } 回复了你的评论
notif-mention = { $actor } 提到了你
notif-follow = { $count ->
    [1] { $actor } 关注了你
   *[other] { $count } 位新粉丝
}
notif-follow_request = { $actor } 申请关注你
notif-follow_accepted = { $actor } 接受了你的关注申请
notif-comment_like = { $others ->
    [0] { $actor } 赞了你的评论
   *[other] { $actor } 等 { $others } 人赞了你的评论
}
notif-duet = { $actor } 与你的视频合拍了
notif-stitch = { $actor } 拼接了你的视频

## Settings
settings-title = 设置
settings-save = 保存
settings-saved = 已保存
settings-profile = 个人资料
settings-privacy = 隐私
settings-private = 私密账号
settings-private-hint = 只有你批准的粉丝才能看到你的视频。
settings-who-comment = 谁可以评论你的视频
settings-who-duet = 谁可以与你的视频合拍
settings-who-stitch = 谁可以拼接你的视频
policy-everyone = 所有人
policy-followers = 粉丝
policy-nobody = 任何人都不可以
settings-liked-public = 在个人主页展示我点赞过的视频
settings-teen = 你的账号是青少年账号，部分设置更为严格。
settings-feed = 信息流
settings-reset-recommendations = 重置我的推荐
settings-reset-done = 你的推荐已重置。
settings-language = 语言
settings-language-label = 界面语言
settings-language-hint = 默认情况下，Spool 跟随浏览器的语言。
settings-data = 你的数据
settings-data-intro = 下载 Spool 保存的关于你的全部数据，并查看哪些工作人员因何访问过这些数据。
settings-export = 下载我的数据
settings-region = 归属地区
settings-region-now = 你的数据存储在：{ $region }
settings-region-intro = 你的个人数据只存储在你的归属地区。你可以将其迁移到其他地区。
settings-move-to = 新的归属地区
settings-move = 迁移我的数据
settings-move-confirm = 要将你的全部个人数据迁移到 { $region } 吗？
settings-move-done = 你的数据已迁移。
settings-account = 账号
settings-signed-in = 当前登录：{ $handle }
settings-logout = 退出登录
settings-delete = 注销账号
settings-delete-intro = 这会永久删除你的账号、视频和全部数据，且无法撤销。
settings-delete-confirm = 要永久删除你的账号及其中的全部内容吗？
settings-sessions = 会话
settings-sessions-intro = 你已登录的设备。如有不认识的设备，请将其退出登录。
settings-sessions-logout-others = 退出其他所有设备的登录
settings-sessions-ended = 已退出其他 { $count } 个会话。
session-device = { $os } 上的 { $browser }
session-device-unknown = 未知设备
session-current = 此设备
session-times = 登录于 { $created } · 最近活动 { $used }
session-logout = 退出登录
session-logout-label = 退出 { $device } 的登录
settings-password = 修改密码
settings-password-done = 密码已修改。其他所有会话均已退出登录。
field-current-password = 当前密码
field-new-password = 新密码
access-title = 我的数据访问记录
access-intro = 每当工作人员打开你的个人数据，都会连同书面理由一起记录在案。以下是完整列表。
access-empty = 没有工作人员访问过你的数据。
access-unavailable = 此服务器暂不提供访问记录。
access-when = 时间
access-staff = 工作人员
access-role = 角色
access-action = 操作
access-justification = 理由
access-reference = 参考编号
algorithm-title = 信息流如何运作
algorithm-intro = Spool 的推荐信息流接受公开检验：代码、权重以及每个视频的推荐理由都已公开。
algorithm-sources = 候选视频来自你关注的账号、与你点赞过的视频相似的视频、你所在地区和语言中的热门视频，以及向一小部分测试观众展示的新视频。
algorithm-signals = 它会从你的行为中学习：观看时长、重播、划过、点赞、分享、评论、关注和“不感兴趣”。
algorithm-filters = 它会排除你看过的视频、被屏蔽的账号和已删除的视频，并让话题和创作者更加多样。
algorithm-control = 你可以关闭个性化推荐、重置已学习的内容，并在每个视频上查看“为什么推荐这个视频？”。
algorithm-published = 公开说明
algorithm-unavailable = 此服务器暂不提供公开说明。

## Log in and sign up
login-title = 登录
login-submit = 登录
login-no-account = 还没有账号？
signup-title = 注册
signup-intro = 你的个人数据只存储在你选择的归属地区。
signup-submit = 创建账号
signup-have-account = 已有账号？
field-handle = 用户名
field-handle-hint = 2 到 24 个字母、数字、_ 或 .
field-display-name = 昵称（可选）
field-password = 密码
field-password-hint = 至少 8 个字符。
field-birth-date = 出生日期
field-birth-date-hint = 你必须年满 13 岁。未满 18 岁的账号默认为私密。
field-region = 归属地区
field-region-hint = 你的个人数据的存储位置。
field-email = 电子邮箱（可选）
field-email-hint = 仅用于帮你找回账号。
field-bio = 简介

## Errors
error-network = 无法连接服务器，请检查网络。
error-internal = 出了点问题，请重试。
error-unauthenticated = 请先登录。
error-invalid_credentials = 用户名或密码错误。
error-too_young = 你必须年满 13 岁才能使用 Spool。
error-csrf_rejected = 会话已过期，请刷新页面。
error-forbidden = 你无权执行此操作。
error-comments_off = 此视频已关闭评论。
error-remix_off = 创作者不允许此操作。
error-not_found = 未找到。
error-handle_taken = 此用户名已被占用。
error-rate_limited = 尝试次数过多，请稍后再试。
error-invalid_handle = 请使用 2 到 24 个字母、数字、_ 或 .
error-handle_reserved = 此用户名为保留名称。
error-invalid_password = 密码长度须为 8 到 128 个字符。
error-invalid_email = 此邮箱地址似乎不正确。
error-invalid_birth_date = 请输入有效的出生日期。
error-invalid_display_name = 昵称最多 50 个字符。
error-invalid_bio = 简介最多 160 个字符。
error-invalid_caption = 描述最多 2200 个字符。
error-invalid_comment = 评论长度为 1 到 500 个字符。
error-unknown_region = 请从列出的地区中选择一个。
error-empty_file = 文件为空。
error-not_media = 此文件不是视频。
error-no_video_stream = 此文件不含视频画面。
error-still_image = 这是静态图片，不是视频。
error-too_short = 视频太短（至少 1 秒）。
error-too_long = 视频太长（最多 10 分钟）。
error-too_large = 视频文件太大。
error-unsupported_codec = 不支持此视频格式。
error-transcode_failed = 视频无法处理。
error-wrong_password = 当前密码不正确。
error-quota_exceeded = 你的存储空间已满。请删除视频或未完成的上传以腾出空间。
error-bad_request = 无法读取该请求。
