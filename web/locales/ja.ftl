# Spool：日本語

## Page shell (server-rendered)
app-name = Spool
app-title = Spool – ショート動画
app-description = ショート動画を見て、作って、シェアしよう。あなたのデータはホーム地域にとどまります。
skip-to-content = 本文へスキップ
loading = 読み込み中…
noscript = Spool で動画を再生するには JavaScript が必要です。有効にするか、API を直接お使いください。
assets-missing = このサーバーには Web クライアントが組み込まれていません。web/ フォルダーで「npm ci && npm run build」を実行してから、Spool をビルドし直してください。
title-page = { $page } · Spool
title-not-found = 見つかりません · Spool
not-found = このページは存在しません。
close = 閉じる

## Navigation
nav-label = メイン
nav-home = ホーム
nav-discover = 発見
nav-upload = 投稿
nav-inbox = 受信箱
nav-profile = プロフィール
nav-unread = 未読の通知 { $count } 件

## Feed
feed-tabs = フィード
feed-for-you = おすすめ
feed-following = フォロー中
feed-personalized = パーソナライズ
feed-mode-hint = オフにすると、フィードはプロファイリングを一切使わず、あなたの地域と言語で人気の動画や新しい動画を表示します。
feed-mode-personalized = パーソナライズされたフィード：オン
feed-mode-non-personalized = パーソナライズされたフィード：オフ（プロファイリングなし）
feed-empty = まだ見られる動画がありません。最初の動画を投稿するか、検索してみましょう。
feed-following-empty = フォロー中のアカウントの新しい動画はありません。
feed-login = フォロー中のアカウントの動画を見るにはログインしてください。
feed-unavailable = このサーバーではフィードをまだ利用できません。検索やプロフィールをお試しください。
video-title = 動画
video-processing = 処理中…
video-failed = 処理に失敗しました
clip-video-label = { $handle } の動画
clip-unmute = 音声をオンにする
clip-mute = 音声をオフにする
clip-play = 再生
clip-pause = 一時停止
clip-actions = { $handle } の動画の操作
clip-like = いいね（{ $count } 件）
clip-comments = コメント（{ $count } 件）
clip-share = シェア（{ $count } 回）
clip-more = その他のオプション
clip-sound = オリジナル音源 – { $handle }
clip-duet-of = デュエット：元の動画を見る
clip-stitch-of = ステッチ：元の動画を見る
follow-handle = { $handle } をフォロー
follow-requested = リクエスト済み
follow-done = { $handle } をフォローしました
unfollow-done = { $handle } のフォローを解除しました
login-needed = 先にログインしてください。
share-title = シェア
share-link = この動画へのリンク
share-copy = リンクをコピー
share-copied = リンクをコピーしました
not-interested = 興味なし
not-interested-done = 了解しました。このような動画を表示する回数を減らします。
open-sound = 音源を開く
make-duet = デュエットする
make-stitch = この動画をステッチする
why-title = この動画が表示される理由
why-none = この動画はフィードが選んだものではなく、直接開かれました。
why-explainer = フィードは公開されたルールで動画を選びます。パーソナライズはいつでもオフにできます。
algorithm-link = フィードのしくみ

## Reasons
reason-follows_creator = { $handle } をフォローしているため
reason-topic = { $hashtag } の動画をよく見ているため
reason-similar_to_liked = いいねした動画に似ているため
reason-taste_match = いつも見ている動画に合っているため
reason-trending_region = あなたの地域（{ $region }）で人気
reason-trending_language = あなたの言語（{ $language }）で人気
reason-new_video_test_audience = 少人数のテスト視聴者に表示している新しい動画
reason-fresh = 最近投稿された動画
reason-sound = 音源「{ $sound }」を使用

## Comments
comments-title = コメント { $count } 件
comments-empty = まだコメントはありません。最初のコメントを書きましょう。
comments-more = さらにコメントを表示
comments-off = この動画のコメントはオフになっています。
comment-add = コメントを追加
comment-send = 投稿
comment-sent = コメントを投稿しました
comment-reply = 返信
comment-reply-to = { $handle } に返信
comment-cancel-reply = 返信をキャンセル
comment-replies = 返信 { $count } 件を表示
comment-like = コメントにいいね（{ $count } 件）
comment-pinned = 固定
comment-login = ログインしてコメントする

## Reports
report = 報告
report-title = この動画を報告
report-intro = 問題の内容を教えてください。すべての報告はモデレーターが確認し、結果をお知らせします。
report-category = 理由
report-note = 詳細（任意）
report-note-hint = モデレーターに確認してほしい点は何ですか？
report-send = 報告を送信
report-sent = ありがとうございます。報告を送信しました。
report-category-hate_speech = ヘイトスピーチ
report-category-harassment = 嫌がらせやいじめ
report-category-violence = 暴力や脅迫
report-category-sexual_content = 性的なコンテンツ
report-category-child_safety = 子どもの安全
report-category-self_harm = 自殺や自傷行為
report-category-disinformation = 誤った情報
report-category-spam = スパムや詐欺
report-category-illegal = 違法なコンテンツ
report-category-other = その他

## Upload
upload-title = 投稿
upload-file = 動画ファイル
upload-file-hint = 1 秒から 10 分まで。アップロードはすぐに始まり、接続が切れても再開します。
upload-progress-label = アップロードの進捗
upload-progress = { $percent }%（{ $total } バイト中 { $sent } バイト）
upload-done = アップロード完了
upload-error = アップロードに失敗しました。もう一度お試しください。
upload-pause = 一時停止
upload-resume = 再開
upload-caption = キャプション
upload-caption-hint = # でハッシュタグ、@ でメンションできます。
upload-visibility = 視聴できる人
visibility-public = 全員
visibility-followers = フォロワー
visibility-private = 自分のみ
upload-allow = ほかの人に許可すること
upload-allow-comments = コメント
upload-allow-duet = デュエット
upload-allow-stitch = ステッチ
upload-sound = 音源（任意）
upload-sound-search = 音源を検索
upload-sound-none = 動画の元の音声を使います。
upload-sound-chosen = 音源：{ $title }
upload-sound-clear = 自分の音声を使う
upload-duet = { $handle } とデュエット
upload-stitch = { $handle } の動画をステッチ
upload-post = 投稿する
upload-pick-first = 先に動画ファイルを選んでください。
upload-waiting = アップロードを完了しています…
upload-processing = 動画を処理しています… 動画の長さと同じくらいかかります。
upload-ready = 動画の準備ができました！
upload-watch = 見る
upload-to-profile = プロフィールへ
suggestions = 候補
suggestions-count = 候補 { $count } 件。上下の矢印キーで選択できます。

## Profiles, hashtags, sounds
profile-not-found = このアカウントは存在しません。
profile-edit = プロフィールを編集
profile-follow = フォロー
profile-following = フォロー中
profile-private = 非公開
profile-private-body = このアカウントは非公開です。動画を見るにはフォローしてください。
profile-following-count = フォロー中
profile-followers-count = フォロワー
profile-likes-count = いいね
profile-videos-count = 動画
profile-videos = 動画
profile-empty = まだ動画はありません。
profile-empty-own = まだ何も投稿していません。投稿した動画はここに表示されます。
tile-label = { $caption }（{ $handle }）
tile-label-plain = { $handle } の動画
hashtag-count = 動画 { $count } 本
hashtag-empty = このハッシュタグの公開動画はまだありません。
sound-title = 音源
sound-listen = { $title } を聴く
sound-meta = { $duration } · 動画 { $count } 本
sound-use = この音源を使う
sound-original = 元の動画
sound-sort = 動画の並べ替え
sound-newest = 新しい順
sound-popular = 人気順
sound-empty = この音源を使った動画はまだありません。

## Search
search-title = 発見
search-label = 検索
search-placeholder = アカウント、動画、#ハッシュタグ、音源を検索
search-submit = 検索
search-types = 検索の対象
search-videos = 動画
search-accounts = アカウント
search-hashtags = ハッシュタグ
search-sounds = 音源
search-results = 検索結果
search-hint = 単語、#ハッシュタグ、@ハンドルを入力してください。
search-empty = 「{ $query }」に一致するものは見つかりませんでした。
search-followers = フォロワー { $count } 人

## Inbox
inbox-title = 受信箱
inbox-requests = フォローリクエスト
inbox-activity = アクティビティ
inbox-empty = まだ通知はありません。
inbox-unread = 未読：
request-accept = 承認
request-decline = 拒否
request-accepted = { $handle } があなたの動画を見られるようになりました
request-declined = { $handle } からのリクエストを拒否しました
notif-like = { $count ->
    [1] { $actor } があなたの動画にいいねしました
   *[other] { $count } 人があなたの動画にいいねしました
}
notif-comment = { $others ->
    [0] { $actor } があなたの動画にコメントしました
   *[other] { $actor } ほか { $others } 人があなたの動画にコメントしました
}
notif-reply = { $actor } があなたのコメントに返信しました
notif-mention = { $actor } があなたをメンションしました
notif-follow = { $count ->
    [1] { $actor } があなたをフォローしました
   *[other] 新しいフォロワーが { $count } 人います
}
notif-follow_request = { $actor } からフォローリクエストが届きました
notif-follow_accepted = { $actor } がフォローリクエストを承認しました
notif-comment_like = { $others ->
    [0] { $actor } があなたのコメントにいいねしました
   *[other] { $actor } ほか { $others } 人があなたのコメントにいいねしました
}
notif-duet = { $actor } があなたの動画とデュエットしました
notif-stitch = { $actor } があなたの動画をステッチしました

## Settings
settings-title = 設定
settings-save = 保存
settings-saved = 保存しました
settings-profile = プロフィール
settings-privacy = プライバシー
settings-private = 非公開アカウント
settings-private-hint = あなたが承認したフォロワーだけが動画を見られます。
settings-who-comment = 動画にコメントできる人
settings-who-duet = 動画とデュエットできる人
settings-who-stitch = 動画をステッチできる人
policy-everyone = 全員
policy-followers = フォロワー
policy-nobody = なし
settings-liked-public = いいねした動画をプロフィールに表示する
settings-teen = あなたのアカウントは 10 代向けアカウントのため、一部の設定がより厳しくなっています。
settings-feed = フィード
settings-reset-recommendations = おすすめをリセット
settings-reset-done = おすすめをリセットしました。
settings-language = 言語
settings-language-label = 表示言語
settings-language-hint = 既定では、Spool はブラウザーの言語に従います。
settings-data = あなたのデータ
settings-data-intro = Spool が保存しているあなたに関するすべてのデータをダウンロードし、どのスタッフがなぜアクセスしたかを確認できます。
settings-export = データをダウンロード
settings-region = ホーム地域
settings-region-now = データの保存先：{ $region }
settings-region-intro = 個人データはホーム地域にのみ保存されます。別の地域に移すこともできます。
settings-move-to = 新しいホーム地域
settings-move = データを移す
settings-move-confirm = すべての個人データを { $region } に移しますか？
settings-move-done = データを移しました。
settings-account = アカウント
settings-signed-in = { $handle } としてログイン中
settings-logout = ログアウト
settings-delete = アカウントを削除
settings-delete-intro = アカウント、動画、すべてのデータが完全に削除されます。元に戻すことはできません。
settings-delete-confirm = アカウントとその中身をすべて完全に削除しますか？
settings-sessions = セッション
settings-sessions-intro = ログインしているデバイスです。心当たりのないものはログアウトしてください。
settings-sessions-logout-others = 他のすべてのデバイスからログアウト
settings-sessions-ended = 他の { $count } 件のセッションからログアウトしました。
session-device = { $os } の { $browser }
session-device-unknown = 不明なデバイス
session-current = このデバイス
session-times = ログイン { $created } · 最終利用 { $used }
session-logout = ログアウト
session-logout-label = { $device } からログアウト
settings-password = パスワードの変更
settings-password-done = パスワードを変更しました。他のすべてのセッションはログアウトされました。
field-current-password = 現在のパスワード
field-new-password = 新しいパスワード
access-title = 私のデータへのアクセス
access-intro = スタッフがあなたの個人データを開くたびに、書面による理由とともに記録されます。これがその全件です。
access-empty = あなたのデータにアクセスしたスタッフはいません。
access-unavailable = このサーバーではアクセスログをまだ利用できません。
access-when = 日時
access-staff = スタッフ
access-role = 役割
access-action = 行った操作
access-justification = 理由
access-reference = 参照
algorithm-title = フィードのしくみ
algorithm-intro = Spool のおすすめフィードは検証可能です。コード、重み、各動画が選ばれた理由が公開されています。
algorithm-sources = 候補は、フォロー中のアカウント、いいねした動画に似た動画、あなたの地域と言語で人気の動画、少人数のテスト視聴者に表示する新しい動画から集められます。
algorithm-signals = 視聴時間、リピート、スキップ、いいね、シェア、コメント、フォロー、「興味なし」といったあなたの行動から学習します。
algorithm-filters = 視聴済みの動画、ブロックしたアカウント、削除された動画を除き、テーマやクリエイターが偏らないようにします。
algorithm-control = パーソナライズをオフにしたり、学習内容をリセットしたり、各動画で「この動画が表示される理由」を確認したりできます。
algorithm-published = 公開されている説明
algorithm-unavailable = このサーバーでは公開されている説明をまだ利用できません。

## Log in and sign up
login-title = ログイン
login-submit = ログイン
login-no-account = アカウントをお持ちでない場合
signup-title = 新規登録
signup-intro = 個人データは、あなたが選んだホーム地域にのみ保存されます。
signup-submit = アカウントを作成
signup-have-account = すでにアカウントをお持ちの場合
field-handle = ハンドル
field-handle-hint = 2〜24 文字の文字、数字、_ または .
field-display-name = 表示名（任意）
field-password = パスワード
field-password-hint = 8 文字以上。
field-birth-date = 生年月日
field-birth-date-hint = 13 歳以上である必要があります。18 歳未満のアカウントは既定で非公開です。
field-region = ホーム地域
field-region-hint = 個人データの保存先です。
field-email = メールアドレス（任意）
field-email-hint = アカウントの復旧にのみ使用します。
field-bio = 自己紹介

## Errors
error-network = サーバーに接続できません。接続を確認してください。
error-internal = 問題が発生しました。もう一度お試しください。
error-unauthenticated = 先にログインしてください。
error-invalid_credentials = ハンドルまたはパスワードが違います。
error-too_young = Spool を利用するには 13 歳以上である必要があります。
error-csrf_rejected = セッションの有効期限が切れました。ページを再読み込みしてください。
error-forbidden = この操作は許可されていません。
error-comments_off = この動画のコメントはオフになっています。
error-remix_off = 投稿者がこの操作を許可していません。
error-not_found = 見つかりません。
error-handle_taken = このハンドルはすでに使われています。
error-rate_limited = 試行回数が多すぎます。少し待ってからもう一度お試しください。
error-invalid_handle = 2〜24 文字の文字、数字、_ または . を使ってください。
error-handle_reserved = このハンドルは予約されています。
error-invalid_password = パスワードは 8〜128 文字にしてください。
error-invalid_email = メールアドレスが正しくないようです。
error-invalid_birth_date = 正しい生年月日を入力してください。
error-invalid_display_name = 表示名は 50 文字以内です。
error-invalid_bio = 自己紹介は 160 文字以内です。
error-invalid_caption = キャプションは 2,200 文字以内です。
error-invalid_comment = コメントは 1〜500 文字です。
error-unknown_region = 一覧の地域から選んでください。
error-empty_file = ファイルが空です。
error-not_media = このファイルは動画ではありません。
error-no_video_stream = このファイルには映像がありません。
error-still_image = これは静止画で、動画ではありません。
error-too_short = 動画が短すぎます（1 秒以上）。
error-too_long = 動画が長すぎます（10 分以内）。
error-too_large = 動画が大きすぎます。
error-unsupported_codec = この動画形式には対応していません。
error-transcode_failed = 動画を処理できませんでした。
error-wrong_password = 現在のパスワードが違います。
error-quota_exceeded = ストレージがいっぱいです。動画や未完了のアップロードを削除して空きを作ってください。
error-bad_request = リクエストを読み取れませんでした。
