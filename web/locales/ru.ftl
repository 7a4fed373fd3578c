# Тексты интерфейса Spool: русский (Project Fluent). Те же сообщения, что в en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — короткие видео
app-description = Смотрите, снимайте и делитесь короткими видео. Ваши данные остаются в вашем регионе.
skip-to-content = Перейти к содержимому
loading = Загрузка…
noscript = Для воспроизведения видео Spool нужен JavaScript. Включите его или используйте API напрямую.
assets-missing = Веб-клиент не встроен в этот сервер. Соберите его командой «npm ci && npm run build» в папке web/, затем пересоберите Spool.
title-page = { $page } · Spool
title-not-found = Не найдено · Spool
not-found = Такой страницы нет.
close = Закрыть

## Navigation
nav-label = Главное меню
nav-home = Главная
nav-discover = Обзор
nav-upload = Загрузить
nav-inbox = Входящие
nav-profile = Профиль
nav-unread = { $count ->
    [one] { $count } непрочитанное уведомление
    [few] { $count } непрочитанных уведомления
    [many] { $count } непрочитанных уведомлений
   *[other] { $count } непрочитанного уведомления
}

## Feed
feed-tabs = Ленты
feed-for-you = Для вас
feed-following = Подписки
feed-personalized = Персональная
feed-mode-hint = Когда выключено, лента не использует профилирование: она показывает популярное и новое в вашем регионе и на вашем языке.
feed-mode-personalized = Персональная лента включена
feed-mode-non-personalized = Персональная лента выключена: профилирование не используется
feed-empty = Смотреть пока нечего. Загрузите первый клип или найдите что-нибудь.
feed-following-empty = Нет новых клипов от аккаунтов, на которые вы подписаны.
feed-login = Войдите, чтобы видеть клипы аккаунтов, на которые вы подписаны.
feed-unavailable = Лента на этом сервере пока недоступна. Попробуйте поиск или профиль.
video-title = Видео
video-processing = Обработка…
video-failed = Не удалось обработать
clip-video-label = Видео от { $handle }
clip-loading = Видео загружается
clip-unmute = Включить звук
clip-mute = Выключить звук
clip-play = Воспроизвести
clip-pause = Пауза
clip-actions = Действия с видео от { $handle }
clip-like = { $count ->
    [one] Нравится ({ $count } отметка «нравится»)
    [few] Нравится ({ $count } отметки «нравится»)
    [many] Нравится ({ $count } отметок «нравится»)
   *[other] Нравится ({ $count } отметки «нравится»)
}
clip-comments = { $count ->
    [one] Комментарии ({ $count } комментарий)
    [few] Комментарии ({ $count } комментария)
    [many] Комментарии ({ $count } комментариев)
   *[other] Комментарии ({ $count } комментария)
}
clip-share = { $count ->
    [one] Поделиться ({ $count } репост)
    [few] Поделиться ({ $count } репоста)
    [many] Поделиться ({ $count } репостов)
   *[other] Поделиться ({ $count } репоста)
}
clip-more = Другие действия
clip-sound = Оригинальный звук – { $handle }
clip-duet-of = Дуэт: смотреть оригинал
clip-stitch-of = Стич: смотреть оригинал
follow-handle = Подписаться на { $handle }
follow-requested = Запрос отправлен
follow-done = Вы подписались на { $handle }
unfollow-done = Вы отписались от { $handle }
login-needed = Сначала войдите.
share-title = Поделиться
share-link = Ссылка на это видео
share-copy = Копировать ссылку
share-copied = Ссылка скопирована
not-interested = Не интересно
not-interested-done = Понятно: таких клипов станет меньше.
open-sound = Открыть звук
make-duet = Снять дуэт
make-stitch = Сделать стич из этого видео
why-title = Почему это видео?
why-none = Этот клип открыт напрямую, а не выбран лентой.
why-explainer = Лента выбирает клипы по опубликованным правилам. Персонализацию можно выключить в любой момент.
algorithm-link = Как работает лента

## Reasons
reason-follows_creator = Вы подписаны на { $handle }
reason-topic = Вы смотрите клипы на тему { $hashtag }
reason-similar_to_liked = Похоже на клипы, которые вам понравились
reason-taste_match = Совпадает с тем, что вы обычно смотрите
reason-trending_region = Популярно в вашем регионе ({ $region })
reason-trending_language = Популярно на вашем языке ({ $language })
reason-new_video_test_audience = Новый клип, который показывают небольшой тестовой аудитории
reason-fresh = Недавно опубликовано
reason-sound = Использует звук «{ $sound }»
reason-seen_before = Вы посмотрели все новые клипы; посмотрите этот ещё раз

## Comments
comments-title = { $count ->
    [one] { $count } комментарий
    [few] { $count } комментария
    [many] { $count } комментариев
   *[other] { $count } комментария
}
comments-empty = Комментариев пока нет. Будьте первым.
comments-more = Ещё комментарии
comments-off = Комментарии к этому видео отключены.
comment-add = Добавить комментарий
comment-send = Отправить
comment-sent = Комментарий опубликован
comment-reply = Ответить
comment-reply-to = Ответ для { $handle }
comment-cancel-reply = Отменить ответ
comment-replies = { $count ->
    [one] Показать { $count } ответ
    [few] Показать { $count } ответа
    [many] Показать { $count } ответов
   *[other] Показать { $count } ответа
}
comment-like = { $count ->
    [one] Нравится комментарий ({ $count } отметка)
    [few] Нравится комментарий ({ $count } отметки)
    [many] Нравится комментарий ({ $count } отметок)
   *[other] Нравится комментарий ({ $count } отметки)
}
comment-pinned = Закреплён
comment-login = Войдите, чтобы комментировать

## Reports
report = Пожаловаться
report-intro = Расскажите, что не так. Модератор проверяет каждую жалобу, и вы получите ответ.
report-category = Причина
report-note = Подробности (необязательно)
report-note-hint = На что модератору стоит обратить внимание?
report-send = Отправить жалобу

## Upload
upload-title = Загрузка
upload-file = Видеофайл
upload-file-hint = От 1 секунды до 10 минут. Загрузка начинается сразу и продолжится, если связь прервётся.
upload-progress-label = Ход загрузки
upload-progress = { $percent } % ({ $sent } из { $total } байт)
upload-done = Загрузка завершена
upload-error = Не удалось загрузить. Попробуйте ещё раз.
upload-pause = Пауза
upload-resume = Продолжить
upload-caption = Подпись
upload-caption-hint = Введите # для хештегов и @, чтобы упомянуть кого-то.
upload-visibility = Кто может смотреть
visibility-public = Все
visibility-followers = Подписчики
visibility-private = Только я
upload-allow = Разрешить другим
upload-allow-comments = Комментировать
upload-allow-duet = Снимать дуэты
upload-allow-stitch = Делать стичи
upload-sound = Звук (необязательно)
upload-sound-search = Найти звук
upload-sound-none = В клипе останется его собственный звук.
upload-sound-chosen = Звук: { $title }
upload-sound-clear = Использовать свой звук
upload-duet = Дуэт с { $handle }
upload-stitch = Стич видео { $handle }
upload-post = Опубликовать
upload-pick-first = Сначала выберите видеофайл.
upload-waiting = Завершаем загрузку…
upload-processing = Видео обрабатывается… Это займёт примерно столько же, сколько длится клип.
upload-ready = Ваше видео готово!
upload-watch = Посмотреть
upload-to-profile = В ваш профиль
suggestions = Подсказки
suggestions-count = { $count ->
    [one] { $count } подсказка. Выбирайте стрелками вверх и вниз.
    [few] { $count } подсказки. Выбирайте стрелками вверх и вниз.
    [many] { $count } подсказок. Выбирайте стрелками вверх и вниз.
   *[other] { $count } подсказки. Выбирайте стрелками вверх и вниз.
}

## Profiles, hashtags, sounds
profile-not-found = Такого аккаунта нет.
profile-edit = Редактировать профиль
profile-follow = Подписаться
profile-following = Вы подписаны
profile-private = Закрытый
profile-private-body = Это закрытый аккаунт. Подпишитесь, чтобы видеть его видео.
profile-following-count = Подписки
profile-followers-count = Подписчики
profile-likes-count = Отметки «нравится»
profile-videos-count = Видео
profile-videos = Видео
profile-empty = Видео пока нет.
profile-empty-own = Вы ещё ничего не опубликовали. Ваши клипы появятся здесь.
tile-label = { $caption } — автор { $handle }
tile-label-plain = Видео от { $handle }
hashtag-count = { $count ->
    [one] { $count } видео
    [few] { $count } видео
    [many] { $count } видео
   *[other] { $count } видео
}
hashtag-empty = С этим хештегом пока нет публичных видео.
sound-title = Звук
sound-listen = Слушать «{ $title }»
sound-meta = { $duration } · { $count ->
    [one] { $count } видео
    [few] { $count } видео
    [many] { $count } видео
   *[other] { $count } видео
}
sound-use = Использовать этот звук
sound-original = Оригинальное видео
sound-sort = Сортировать видео
sound-newest = Новые
sound-popular = Популярные
sound-empty = Этот звук пока не используется ни в одном видео.

## Search
search-title = Обзор
search-label = Поиск
search-placeholder = Ищите аккаунты, видео, #хештеги, звуки
search-submit = Найти
search-types = Что искать
search-videos = Видео
search-accounts = Аккаунты
search-hashtags = Хештеги
search-sounds = Звуки
search-results = Результаты
search-hint = Введите слово, #хештег или @имя.
search-empty = По запросу «{ $query }» ничего не найдено.
search-followers = { $count ->
    [one] { $count } подписчик
    [few] { $count } подписчика
    [many] { $count } подписчиков
   *[other] { $count } подписчика
}

## Inbox
inbox-title = Входящие
inbox-requests = Запросы на подписку
inbox-activity = Активность
inbox-empty = Уведомлений пока нет.
inbox-unread = Непрочитанные:
request-accept = Принять
request-decline = Отклонить
request-accepted = Теперь { $handle } видит ваши видео
request-declined = Запрос от { $handle } отклонён
notif-like = { $count ->
    [one] Ваше видео понравилось { $actor }
    [few] Ваше видео понравилось { $count } людям
    [many] Ваше видео понравилось { $count } людям
   *[other] Ваше видео понравилось { $count } человека
}
notif-comment = { $others ->
    [0] { $actor } прокомментировал(а) ваше видео
    [one] { $actor } и ещё { $others } человек прокомментировали ваше видео
    [few] { $actor } и ещё { $others } человека прокомментировали ваше видео
    [many] { $actor } и ещё { $others } человек прокомментировали ваше видео
   *[other] { $actor } и ещё { $others } человека прокомментировали ваше видео
}
notif-reply = { $actor } ответил(а) на ваш комментарий
notif-mention = { $actor } упомянул(а) вас
notif-follow = { $count ->
    [one] { $actor } подписался(-ась) на вас
    [few] { $count } новых подписчика
    [many] { $count } новых подписчиков
   *[other] { $count } нового подписчика
}
notif-follow_request = { $actor } хочет подписаться на вас
notif-follow_accepted = { $actor } принял(а) ваш запрос на подписку
notif-comment_like = { $others ->
    [0] Ваш комментарий понравился { $actor }
    [one] Ваш комментарий понравился { $actor } и ещё { $others } человеку
    [few] Ваш комментарий понравился { $actor } и ещё { $others } людям
    [many] Ваш комментарий понравился { $actor } и ещё { $others } людям
   *[other] Ваш комментарий понравился { $actor } и ещё { $others } человека
}
notif-duet = { $actor } снял(а) дуэт с вашим видео
notif-stitch = { $actor } сделал(а) стич из вашего видео

## Settings
settings-title = Настройки
settings-save = Сохранить
settings-saved = Сохранено
settings-profile = Профиль
settings-privacy = Конфиденциальность
settings-private = Закрытый аккаунт
settings-private-hint = Ваши видео видят только одобренные вами подписчики.
settings-who-comment = Кто может комментировать ваши видео
settings-who-duet = Кто может снимать дуэты с вашими видео
settings-who-stitch = Кто может делать стичи из ваших видео
policy-everyone = Все
policy-followers = Подписчики
policy-nobody = Никто
settings-liked-public = Показывать в профиле видео, которые мне понравились
settings-teen = У вас аккаунт подростка: некоторые настройки строже.
settings-feed = Лента
settings-reset-recommendations = Сбросить мои рекомендации
settings-reset-done = Ваши рекомендации сброшены.
settings-language = Язык
settings-language-label = Язык интерфейса
settings-language-hint = По умолчанию Spool использует язык вашего браузера.
settings-data = Ваши данные
settings-data-intro = Скачайте всё, что Spool хранит о вас, и посмотрите, кто из сотрудников просматривал это и зачем.
settings-export = Скачать мои данные
settings-region = Домашний регион
settings-region-now = Ваши данные хранятся в регионе: { $region }
settings-region-intro = Ваши персональные данные хранятся только в домашнем регионе. Их можно перенести в другой.
settings-move-to = Новый домашний регион
settings-move = Перенести мои данные
settings-move-confirm = Перенести все ваши персональные данные в регион { $region }?
settings-move-done = Ваши данные перенесены.
settings-account = Аккаунт
settings-signed-in = Вы вошли как { $handle }
settings-logout = Выйти
settings-delete = Удалить аккаунт
settings-delete-intro = Аккаунт, видео и все ваши данные будут удалены навсегда. Отменить это нельзя.
settings-delete-confirm = Удалить аккаунт и всё, что в нём есть, навсегда?
settings-sessions = Сеансы
settings-sessions-intro = Устройства, на которых выполнен вход. Выйдите на тех, которые вы не узнаёте.
settings-sessions-logout-others = Выйти на всех других устройствах
settings-sessions-ended = { $count ->
    [one] Завершён { $count } другой сеанс.
    [few] Завершено { $count } других сеанса.
    [many] Завершено { $count } других сеансов.
   *[other] Завершено { $count } другого сеанса.
}
session-device = { $browser } на { $os }
session-device-unknown = Неизвестное устройство
session-current = Это устройство
session-times = Вход { $created } · последняя активность { $used }
session-logout = Выйти
session-logout-label = Завершить сеанс: { $device }
settings-password = Сменить пароль
settings-password-done = Пароль изменён. Все остальные сеансы завершены.
field-current-password = Текущий пароль
field-new-password = Новый пароль
access-title = Доступ к моим данным
access-intro = Каждый раз, когда сотрудник открывает ваши персональные данные, это записывается с письменным обоснованием. Вот полный список.
access-empty = Никто из сотрудников не обращался к вашим данным.
access-unavailable = Журнал доступа на этом сервере пока недоступен.
access-when = Когда
access-staff = Сотрудник
access-role = Роль
access-action = Что сделал
access-justification = Обоснование
access-reference = Номер
algorithm-title = Как работает лента
algorithm-intro = Лента «Для вас» в Spool открыта для проверки: код, его веса и причины показа каждого клипа опубликованы.
algorithm-sources = Кандидаты берутся из аккаунтов, на которые вы подписаны, из клипов, похожих на понравившиеся, из популярного в вашем регионе и на вашем языке, а также из новых клипов, которые показывают небольшой тестовой аудитории.
algorithm-signals = Она учится на ваших действиях: сколько вы смотрите, повторы, пропуски, отметки «нравится», репосты, комментарии, подписки и «Не интересно».
algorithm-filters = Она исключает то, что вы уже видели, заблокированные аккаунты и удалённые видео и чередует темы и авторов.
algorithm-control = Вы можете выключить персонализацию, сбросить то, чему она научилась, и спросить «почему это видео?» у любого клипа.
algorithm-published = Опубликованное описание
algorithm-unavailable = Опубликованное описание на этом сервере пока недоступно.

## Log in and sign up
login-title = Вход
login-submit = Войти
login-no-account = Ещё нет аккаунта?
signup-title = Регистрация
signup-intro = Ваши персональные данные хранятся только в выбранном вами домашнем регионе.
signup-submit = Создать аккаунт
signup-have-account = Уже есть аккаунт?
field-handle = Имя пользователя
field-handle-hint = От 2 до 24 букв, цифр, _ или .
field-display-name = Отображаемое имя (необязательно)
field-password = Пароль
field-password-hint = Не менее 8 символов.
field-birth-date = Дата рождения
field-birth-date-hint = Вам должно быть не меньше 13 лет. Аккаунты младше 18 лет по умолчанию закрытые.
field-region = Домашний регион
field-region-hint = Где хранятся ваши персональные данные.
field-email = Эл. почта (необязательно)
field-email-hint = Используется только для восстановления аккаунта.
field-bio = О себе

## Errors
error-network = Не удаётся связаться с сервером. Проверьте подключение.
error-internal = Что-то пошло не так. Попробуйте ещё раз.
error-unauthenticated = Сначала войдите.
error-invalid_credentials = Неверное имя пользователя или пароль.
error-too_young = Чтобы пользоваться Spool, вам должно быть не меньше 13 лет.
error-csrf_rejected = Сеанс истёк. Обновите страницу.
error-forbidden = У вас нет прав на это действие.
error-comments_off = Комментарии к этому видео отключены.
error-remix_off = Автор этого не разрешает.
error-not_found = Не найдено.
error-handle_taken = Это имя пользователя уже занято.
error-rate_limited = Слишком много попыток. Подождите немного и попробуйте снова.
error-invalid_handle = Используйте от 2 до 24 букв, цифр, _ или .
error-handle_reserved = Это имя пользователя зарезервировано.
error-invalid_password = Пароль должен содержать от 8 до 128 символов.
error-invalid_email = Адрес эл. почты выглядит неверным.
error-invalid_birth_date = Укажите правильную дату рождения.
error-invalid_display_name = Отображаемое имя — не более 50 символов.
error-invalid_bio = Поле «О себе» — не более 160 символов.
error-invalid_caption = Подпись — не более 2200 символов.
error-invalid_comment = Комментарий — от 1 до 500 символов.
error-unknown_region = Выберите один из перечисленных регионов.
error-empty_file = Файл пуст.
error-not_media = Этот файл не является видео.
error-no_video_stream = В этом файле нет видео.
error-still_image = Это статичное изображение, а не видео.
error-too_short = Видео слишком короткое (не менее 1 секунды).
error-too_long = Видео слишком длинное (не более 10 минут).
error-too_large = Видео слишком большое.
error-unsupported_codec = Этот формат видео не поддерживается.
error-transcode_failed = Не удалось обработать видео.
error-wrong_password = Текущий пароль неверен.
error-quota_exceeded = Хранилище заполнено. Удалите видео или незавершённые загрузки, чтобы освободить место.
error-bad_request = Не удалось прочитать запрос.

## Moderation: reports
report-title-video = Пожаловаться на видео
report-title-comment = Пожаловаться на комментарий
report-title-account = Пожаловаться на аккаунт
report-category-choose = Выберите причину
report-category-hate_speech = Язык вражды
report-category-harassment = Травля и запугивание
report-category-violent_extremism = Насильственный экстремизм
report-category-disinformation = Недостоверная информация и дезинформация
report-category-child_safety = Безопасность детей
report-category-self_harm = Самоповреждение и расстройства пищевого поведения
report-category-illegal_goods = Незаконные товары и услуги
report-category-scams = Мошенничество
report-category-spam = Спам
report-category-intellectual_property = Интеллектуальная собственность
report-category-other = Другое
report-dsa-legend = О вас
report-dsa-intro = Вы не вошли, поэтому это уведомление по статье 16 Закона ЕС о цифровых услугах. Чтобы его рассмотреть, нам нужны ваше имя и адрес эл. почты; человеку, на которого вы жалуетесь, никогда не сообщат, кто вы.
report-name = Ваше имя
report-email = Ваш адрес эл. почты
report-email-hint = Сюда мы пришлём результат.
report-good-faith = Добросовестно заявляю, что сведения в этом уведомлении точны и полны.
report-login-instead = Есть аккаунт?
report-sent = Спасибо. Жалоба отправлена, модератор её рассмотрит.
report-duplicate = Вы уже жаловались на это. Прежняя жалоба по-прежнему действует, отправлять её снова не нужно.
report-receipt-intro = Сохраните эту квитанцию: по ней можно узнать, какое решение принято.
report-receipt = Ваша квитанция
report-receipt-hint = Жалоба № { $id }
report-receipt-copy = Копировать квитанцию
report-receipt-copied = Квитанция скопирована.
report-check-later = Проверить эту жалобу позже
report-follow-up = Вам сообщат о результате. Следить за ним можно также в разделе
report-outcome = Решение от { $date }: { $action }
report-outcome-policy = Применённое правило: { $policy }
report-state-open = Ожидает рассмотрения
report-state-decided = Решение принято
comment-report = Пожаловаться на комментарий { $handle }
profile-report = Пожаловаться
profile-withheld = Этот аккаунт недоступен в вашем регионе.
label-panel = Информация
label-more = Подробнее
video-age-restricted = Возрастное ограничение
video-held = Задержано
video-held-own = Ваше видео задержано: оно совпадает с ранее удалённым контентом. Модератор его проверит.
video-removed-own = Ваше видео удалено модератором. Это уведомление видите только вы.
video-reduced-own = После решения модератора ваше видео не рекомендуется в лентах. Это уведомление видите только вы.
video-withheld = Это видео недоступно в вашем регионе.
status-link = Узнать почему и как обжаловать

## Moderation: actions, targets, grounds
action-no_violation = Нарушений нет
action-remove = Удалено
action-age_restrict = Возрастное ограничение
action-restrict_regions = Ограничено в некоторых регионах
action-label = Добавлена информационная метка
action-reduce_distribution = Охват снижен
action-suspend = Аккаунт приостановлен
action-terminate = Аккаунт закрыт
target-video = Видео
target-comment = Комментарий
target-account = Аккаунт
ground-illegal = Незаконный контент
ground-incompatible = Нарушение правил сообщества
source-notice = Жалоба от человека, который об этом сообщил
source-trusted-flagger = Жалоба от доверенного заявителя
source-own-initiative = Собственная проверка Spool
decision-reversed = Отменено

## Account status and statements of reasons
status-title = Статус аккаунта
settings-status-intro = Решения о вашем контенте, ваши апелляции и отправленные вами жалобы.
settings-about = О Spool
status-standing = Ваш аккаунт
status-good = С вашим аккаунтом всё в порядке.
status-suspended = Ваш аккаунт приостановлен.
status-suspended-until = Ваш аккаунт приостановлен до { $date }.
status-terminated = Ваш аккаунт закрыт. Вы по-прежнему можете читать решения и обжаловать их.
status-strikes = { $count ->
    [one] { $count } предупреждение из { $threshold }
    [few] { $count } предупреждения из { $threshold }
    [many] { $count } предупреждений из { $threshold }
   *[other] { $count } предупреждения из { $threshold }
}
status-strikes-hint = Каждое решение против вашего контента — предупреждение. При достижении предела аккаунт приостанавливается. Старые предупреждения истекают.
status-history = Прежние решения
status-statements = Решения и их обоснования
status-statements-intro = По каждому решению мы присылаем обоснование: что решено, по какому правилу и как обжаловать.
status-no-statements = Решений о вашем контенте нет.
status-my-reports = Мои жалобы
status-no-reports = Вы ни на что не жаловались.
status-receipt-title = Ваша жалоба
statement-heading = { $action } · { $date }
statement-decision = Решение
statement-content = Контент
statement-facts = Что мы установили
statement-policy = Правило
statement-ground-illegal = Мы считаем этот контент незаконным.
statement-ground-incompatible = Контент нарушает правила нашего сообщества.
statement-legal-ground = Правовое основание: { $ground }
statement-policy-ground = Правило сообщества: { $ground }
statement-label = Показанная метка
statement-detection = Как обнаружено
statement-detected-auto = Автоматическими средствами
statement-detected-human = Без автоматических средств
statement-automated = Как принято решение
statement-decided-auto = Автоматической системой
statement-decided-human = Человеком, не автоматически
statement-source = Что стало поводом для проверки
statement-scope = Где действует
statement-scope-everywhere = Везде
statement-duration = Как долго
statement-duration-until = С { $from } по { $until }
statement-duration-open = С { $from }, без даты окончания
statement-account-suspended = Ваш аккаунт приостановлен.
statement-account-terminated = Ваш аккаунт закрыт.
statement-appeal = Апелляция
statement-appeal-until = Обжаловать можно до { $date }. Апелляцию рассмотрит другой модератор.
statement-appeal-possible = Решение можно обжаловать. Апелляцию рассмотрит другой модератор.
statement-appeal-closed = Обжаловать это решение здесь больше нельзя. Вы по-прежнему можете обратиться в сертифицированный орган внесудебного урегулирования споров или в суд.
statement-appeal-open = Ваша апелляция рассматривается.
statement-appeal-upheld = Ваша апелляция удовлетворена: решение отменено.
statement-appeal-rejected = Ваша апелляция рассмотрена, решение остаётся в силе.
statement-technical = Технические подробности (в том виде, в каком они отправлены в базу данных прозрачности ЕС)
appeal-text = Почему решение следует изменить?
appeal-text-hint = Объясните, что модератор мог упустить. Можно добавить контекст или ссылки.
appeal-send = Отправить апелляцию
appeal-sent = Апелляция отправлена. Её рассмотрит другой модератор, и вы получите новое обоснование.
appeal-exists = У вас уже есть открытая апелляция на это решение.

## Moderator console
mod-title = Модерация
mod-region = Регион
mod-region-hint = Очередь региона, который вы модерируете.
mod-not-moderator = Вы не модератор этого региона.
queue-title = Очередь на проверку: { $region }
queue-refresh = Обновить
queue-empty = Очередь пуста.
queue-count = { $count ->
    [one] { $count } элемент, сначала самые срочные
    [few] { $count } элемента, сначала самые срочные
    [many] { $count } элементов, сначала самые срочные
   *[other] { $count } элемента, сначала самые срочные
}
queue-kind-notice = Жалоба
queue-kind-appeal = Апелляция
queue-kind-match = Совпадение
queue-severity = Серьёзность
queue-notices = Жалобы
queue-reach = Просмотры (24 ч)
queue-detection = Кем обнаружено
queue-automated = Автоматическое обнаружение
queue-human = Люди
queue-due = Срок { $time }
queue-overdue = Просрочено: срок был { $time }
queue-claimed-mine = Взято вами; истекает { $time }
queue-claimed-other = Взято другим модератором
queue-claim = Взять
queue-claim-done = Взято. Ближайшие минуты это ваше.
queue-open = Проверить
item-title = Проверка
item-heading = Проверка: { $category }
item-back = Назад к очереди
item-decided = Решение принято
item-context = Контент
item-player = Видео, на которое пожаловались
item-caption = Подпись
item-sound = Звук
item-state = Состояние
item-remixes = Ремиксы
item-none = Нет
item-open-video = Страница видео
item-open-video-link = Открыть видео
item-comment-text = Комментарий
item-comment-video = К видео
item-account = Аккаунт
item-detection = Автоматическое обнаружение
item-notices = { $count ->
    [one] { $count } жалоба
    [few] { $count } жалобы
    [many] { $count } жалоб
   *[other] { $count } жалобы
}
item-history = Прежние решения по этому аккаунту
item-history-none = Прежних решений нет.
item-appeal = Апелляция
item-appeal-decision = Обжалуемое решение
decide-title = Решение
decide-action = Мера
decide-policy = Правило
decide-policy-category = Общее правило: { $category }
decide-legal-ground = Правовое основание: { $ground }
decide-facts = Факты
decide-facts-hint = Что вы установили, простыми словами. Автор это прочитает.
decide-restrict = Где ограничить
decide-restrict-hint = Выберите регионы, страны или то и другое. Для предписания нужен его номер.
decide-regions = Регионы
decide-countries = Страны
decide-countries-hint = Двухбуквенные коды стран через запятую (DE, AT).
decide-reference = Номер (предписание суда или органа власти)
decide-reference-hint = Необязательно. Показывается зрителям, которым контент недоступен.
decide-restrict-empty = Выберите хотя бы один регион или страну.
decide-label = Информационная метка
decide-label-text = Текст метки
decide-label-url = Ссылка на подробности
decide-suspend = Приостановка
decide-days = Дни
decide-days-hint = От 1 до 365.
decide-submit = Принять решение
decide-done = Решение записано: { $action }. Обоснование отправлено.
appeal-decide-title = Решение по апелляции
appeal-outcome = Итог
appeal-outcome-upheld = Удовлетворить апелляцию
appeal-outcome-upheld-hint = Решение сразу отменяется, контент или аккаунт восстанавливается.
appeal-outcome-rejected = Отклонить апелляцию
appeal-outcome-rejected-hint = Решение остаётся в силе.
appeal-decide-submit = Вынести решение по апелляции
appeal-decided-upheld = Апелляция удовлетворена: решение отменено. Отправлено новое обоснование.
appeal-decided-rejected = Апелляция отклонена: решение остаётся в силе. Отправлено новое обоснование.
error-claimed = Этот элемент взял другой модератор.
error-same_moderator = Модератор, принявший решение, не может рассматривать апелляцию на него.

## Transparency report
transparency-title = Прозрачность
transparency-intro = Как устроена модерация в Spool, в цифрах: жалобы, решения, скорость их принятия, апелляции и отмены. Персональные данные не показываются.
transparency-region = Регион
transparency-all-regions = Все регионы
transparency-period = Период
transparency-period-days = Последние 30 дней, по дням
transparency-period-weeks = Последние 12 недель, по неделям
transparency-period-months = Последние 12 месяцев, по месяцам
transparency-range = С { $from } по { $to }
transparency-csv = Скачать CSV
transparency-summary = Всего: { $region }
transparency-notices = Жалобы
transparency-decisions = Решения
transparency-median = Медианное время до решения
transparency-p90 = 90-й процентиль
transparency-hours = { $hours } ч
transparency-hours-unit = ч
transparency-deadline-misses = Пропущенные сроки
transparency-automated-detection = Обнаружено автоматически
transparency-automated-decision = Решено автоматически
transparency-suspensions = Приостановки
transparency-appeals = Апелляции
transparency-reversals = Отмены
transparency-over-time = Динамика
transparency-chart-volume = Жалобы и решения
transparency-chart-speed = Время до решения (часы)
transparency-breakdown = Разбивка
transparency-chart-notices-category = Жалобы по категориям
transparency-chart-decisions-action = Решения по мерам
transparency-chart-decisions-category = Решения по категориям
transparency-chart-ground = Решения по основаниям
transparency-chart-source = Жалобы по источникам
transparency-appeals-title = Апелляции
transparency-chart-appeals = Итоги апелляций
transparency-chart-appeals-time = Апелляции и отмены во времени
transparency-appeals-upheld = Удовлетворены
transparency-appeals-rejected = Отклонены
transparency-appeals-open = Открыты
transparency-orders = Предписания и автоматическая проверка
transparency-chart-orders = Предписания по регионам
transparency-screening-flagged = Отмечено проверкой
transparency-screening-decided = Рассмотрено
transparency-screening-confirmed = Подтверждено
transparency-screening-precision = Точность
transparency-none = За этот период ничего нет.
transparency-yes = Да
transparency-no = Нет
transparency-log = Журнал решений
transparency-log-intro = Все решения без данных заявителей, авторов и модераторов.
transparency-log-date = Дата
transparency-log-action = Решение
transparency-log-category = Категория
transparency-log-ground = Основание
transparency-log-content = Контент
transparency-log-detected = Автоматическое обнаружение
transparency-log-automated = Автоматическое решение
transparency-log-scope = Где
transparency-log-source = Источник
transparency-log-reversed = Отменено
transparency-log-more = Ещё решения
transparency-log-empty = Решений пока нет.
chart-show-table = Показать числа таблицей
chart-summary-line = С { $from } по { $to }. Итого: { $totals }
chart-period = Период
chart-item = Пункт
chart-value = Количество
notif-statement = По вашему контенту принято решение модерации. Узнайте почему и как обжаловать.
notif-report_outcome = По вашей жалобе принято решение.

## Moderation: more codes from the server
action-hold = Задержано до проверки
action-reversed = Отменено по апелляции
action-upheld_decision = Оставлено в силе по апелляции
action-appeal_upheld = Апелляция удовлетворена
action-appeal_rejected = Апелляция отклонена
notice-source-account = Жалоба от аккаунта
notice-source-anonymous = Жалоба без аккаунта (ст. 16 DSA)
notice-source-screening = Автоматическая проверка
notice-source-fingerprint = Совпадение с удалённым контентом
notice-source-legal_order = Предписание
source-complaint = Апелляция
statement-scope-eea = ЕС и ЕЭЗ (30 стран)
statement-regions = Регионы
statement-reference = Номер предписания
statement-outcome-heading = { $action } · { $date }
error-already_decided = Решение уже принято.
error-appeal_open = На это решение уже подана апелляция.
error-appeal_closed = Это решение больше нельзя обжаловать.
error-account_suspended = Ваш аккаунт приостановлен, поэтому сейчас это недоступно.
error-account_terminated = Ваш аккаунт закрыт.
error-not_moderator = Вы не модератор этого региона.
video-withheld-own = Ваше видео недоступно в: { $places }. Это уведомление видите только вы.
item-restrictions = Действующие ограничения

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Войдите, чтобы продолжить
signin-sheet-intro = Войдите, чтобы ставить отметки «нравится», комментировать, подписываться и получать ленту под себя.
feed-caught-up = Вы всё посмотрели
feed-caught-up-hint = Пока вы видели все клипы. Больше — в разделе «Обзор».
feed-explore = Обзор
clip-creator-profile = Профиль { $handle }
unfollow-handle = Отписаться от { $handle }
clip-progress = Позиция воспроизведения
clip-progress-value = { $at } из { $length }
video-edit = Редактировать видео
video-edit-save = Сохранить
video-edit-done = Изменения сохранены
video-delete = Удалить видео
video-delete-confirm = Удалить это видео навсегда? Вместе с ним исчезнут комментарии и отметки «нравится».
video-delete-done = Видео удалено
back = Назад
cancel = Отмена
discover-trending = Сейчас в тренде
discover-trending-tags = Популярные хештеги

## How the feed works: its stages and parameters
algo-stage-events = На чём учится лента
algo-stage-model = Модель предпочтений
algo-stage-candidates = Откуда берутся кандидаты
algo-stage-exploration = Шанс для новых видео
algo-stage-ranking = Ранжирование
algo-stage-filters = Что отсеивается
algo-stage-diversity = Разнообразие
algo-stage-non_personalized = Неперсональная лента
algo-technical = Техническое описание (на английском)
algo-param-bias-learning-rate = Как быстро определяется собственная привлекательность видео
algo-param-expiry-secs = Забывается после простоя длительностью
algo-param-history-len = Сколько недавних просмотров учитывается
algo-param-history-weight = Вес недавних просмотров
algo-param-init-scale = Начальный разброс новых строк
algo-param-item-min-count = Взаимодействий до того, как видео получит свою строку
algo-param-learning-rate = Как быстро изучаются предпочтения
algo-param-margin = Разрыв между понравившимися и пропущенными видео
algo-param-negative-trials = Видео, перебираемые при поиске контрпримера
algo-param-negatives-per-positive = Контрпримеров на один положительный сигнал
algo-param-regularization = Регуляризация (не даёт модели переобучиться)
algo-param-seed = Начальное значение генератора (для воспроизводимости)
algo-param-max-age-hours = Новые видео пробуют в течение
algo-param-min-completion-rate = Досмотрено до конца не менее
algo-param-min-engagement-rate = Отметок, комментариев и репостов на просмотр не менее
algo-param-slots-per-page = Мест на странице для новых видео
algo-param-stages = Размеры аудитории на этапах теста
algo-param-freshness-hours = Видео считается свежим в течение
algo-param-trending-half-life-hours = Популярность учитывается вполовину через
algo-param-weights = Веса в оценке ранжирования
algo-param-engagement = Ожидаемая вовлечённость
algo-param-exploration = Исследование
algo-param-following = Аккаунты, на которые вы подписаны
algo-param-freshness = Свежесть
algo-param-trending = Популярность
algo-param-creator-spacing = Клипов до повтора того же автора
algo-param-sound-spacing = Клипов до повтора того же звука
algo-param-catalog-videos = Видео в каталоге
algo-param-viewers-with-state = Зрители, известные модели

tile-views = { $count ->
    [one] { $count } просмотр
    [few] { $count } просмотра
    [many] { $count } просмотров
   *[other] { $count } просмотра
}

## Long press: speed
clip-options = Параметры
speed-title = Скорость воспроизведения
speed-normal = Обычная
speed-value = { $rate }×
speed-set = Скорость: { $rate }×

## Upload: preview, cover, draft
upload-preview = Предпросмотр клипа
upload-cover = Обложка
upload-cover-hint = Сдвиньте к кадру, который увидят до начала воспроизведения.
upload-draft-restored = Черновик восстановлен: подпись и настройки такие, какими вы их оставили.
error-invalid_cover = Обложка должна быть кадром из клипа.

# Captions and profile photos
clip-captions-on = Включить субтитры
clip-captions-off = Выключить субтитры
captions-on = Субтитры включены
captions-off = Субтитры выключены
captions-title = Субтитры
captions-file = Файл субтитров (.vtt)
captions-hint = Файл WebVTT, по одному на каждый язык. Все фрагменты субтитров должны укладываться в длительность клипа.
captions-language = Язык субтитров
captions-add = Добавить субтитры
captions-remove = Удалить субтитры: { $language }
captions-remove-short = Удалить
captions-none = Субтитров пока нет.
captions-added = Субтитры добавлены: { $language }.
captions-removed = Субтитры удалены: { $language }.
captions-failed = Клип опубликован, но субтитры не добавлены: { $reason } Их можно добавить в окне редактирования клипа.
captions-pick-file = Сначала выберите файл .vtt.
error-invalid_webvtt = Это не корректный файл субтитров WebVTT.
error-invalid_language = Выберите язык субтитров.
profile-photo-choose = Фото профиля
profile-photo-hint = JPEG, PNG или WebP, до 8 МБ. Фото обрезается до квадрата; сведения о том, где и чем оно снято, удаляются.
profile-photo-remove = Удалить фото
profile-photo-type = Выберите изображение JPEG, PNG или WebP.
profile-edit-save = Сохранить профиль
profile-edit-done = Профиль сохранён.
error-invalid_photo = Этот файл не удаётся прочитать как изображение.
error-photo_too_small = Фото слишком маленькое: выберите снимок не меньше 64 пикселей по каждой стороне.
error-photo_too_large = Фото слишком большое: не более 8192 пикселей по каждой стороне.
error-invalid_crop = Сохраняемая часть фото должна быть квадратом внутри него.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Другие серверы
fed-intro = Подписывайтесь на людей с других серверов, поддерживающих ActivityPub, например с других серверов Spool. Их видео появятся в вашей ленте «Подписки».
fed-teen = Аккаунты подростков остаются на этом сервере: они не могут подписываться на аккаунты с других серверов, и оттуда на них подписаться нельзя.
fed-address = Адрес на другом сервере
fed-address-hint = В виде имя@сервер, например alex@example.org
fed-follow = Подписаться
fed-address-invalid = Введите адрес в виде имя@сервер, например alex@example.org.
fed-address-local = Этот аккаунт находится на этом сервере: подпишитесь на него в его профиле.
fed-not-found = Аккаунт { $handle } не найден. Проверьте адрес.
fed-requested = Запрос на подписку отправлен { $handle }.
fed-following = Ваши подписки там
fed-following-empty = Вы пока ни на кого не подписаны на других серверах.
fed-pending = Запрос отправлен
fed-followers = Ваши подписчики оттуда
fed-followers-empty = С других серверов на вас пока никто не подписан.
fed-wants-to-follow = Хочет подписаться на вас
fed-unfollow = Отписаться
fed-accept = Принять
fed-accept-label = Принять запрос на подписку от { $handle }
fed-decline = Отклонить
fed-decline-label = Отклонить запрос на подписку от { $handle }
fed-remove = Удалить
fed-remove-label = Удалить { $handle } из подписчиков
fed-accepted = { $handle } теперь подписан(а) на вас.
fed-declined = Вы отклонили запрос от { $handle }.
fed-removed = { $handle } больше не подписан(а) на вас.
fed-from = С сервера { $host }
fed-open = Открыть на { $host }
fed-cannot-play = Это видео нельзя воспроизвести здесь.
comment-remote-remove = Удалить ответ от { $handle }
fed-shared-by = Поделился { $handle }
reason-remote_instance = С { $host }, сервера, где люди отсюда подписаны на аккаунты
fed-like = Нравится
