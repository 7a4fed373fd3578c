# Тексти інтерфейсу Spool: українська (Project Fluent). Ті самі повідомлення, що в en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — короткі відео
app-description = Дивіться, знімайте й діліться короткими відео. Ваші дані залишаються у вашому регіоні.
skip-to-content = Перейти до вмісту
loading = Завантаження…
noscript = Для відтворення відео Spool потрібен JavaScript. Увімкніть його або використовуйте API напряму.
assets-missing = Вебклієнт не вбудовано в цей сервер. Зберіть його командою «npm ci && npm run build» у теці web/, а потім знову зберіть Spool.
title-page = { $page } · Spool
title-not-found = Не знайдено · Spool
not-found = Такої сторінки немає.
close = Закрити

## Navigation
nav-label = Головне меню
nav-home = Головна
nav-discover = Огляд
nav-upload = Завантажити
nav-inbox = Вхідні
nav-profile = Профіль
nav-unread = { $count ->
    [one] { $count } непрочитане сповіщення
    [few] { $count } непрочитані сповіщення
    [many] { $count } непрочитаних сповіщень
   *[other] { $count } непрочитаного сповіщення
}

## Feed
feed-tabs = Стрічки
feed-for-you = Для вас
feed-following = Підписки
feed-personalized = Персональна
feed-mode-hint = Коли вимкнено, стрічка не використовує профілювання: вона показує популярне й нове у вашому регіоні та вашою мовою.
feed-mode-personalized = Персональну стрічку ввімкнено
feed-mode-non-personalized = Персональну стрічку вимкнено: профілювання не використовується
feed-empty = Поки що нічого дивитися. Завантажте перший кліп або знайдіть щось.
feed-following-empty = Немає нових кліпів від акаунтів, на які ви підписані.
feed-login = Увійдіть, щоб бачити кліпи акаунтів, на які ви підписані.
feed-unavailable = Стрічка на цьому сервері поки недоступна. Спробуйте пошук або профіль.
video-title = Відео
video-processing = Обробка…
video-failed = Не вдалося обробити
clip-video-label = Відео від { $handle }
clip-loading = Відео завантажується
clip-unmute = Увімкнути звук
clip-mute = Вимкнути звук
clip-play = Відтворити
clip-pause = Пауза
clip-actions = Дії з відео від { $handle }
clip-like = { $count ->
    [one] Подобається ({ $count } вподобання)
    [few] Подобається ({ $count } вподобання)
    [many] Подобається ({ $count } вподобань)
   *[other] Подобається ({ $count } вподобання)
}
clip-comments = { $count ->
    [one] Коментарі ({ $count } коментар)
    [few] Коментарі ({ $count } коментарі)
    [many] Коментарі ({ $count } коментарів)
   *[other] Коментарі ({ $count } коментаря)
}
clip-share = { $count ->
    [one] Поділитися ({ $count } поширення)
    [few] Поділитися ({ $count } поширення)
    [many] Поділитися ({ $count } поширень)
   *[other] Поділитися ({ $count } поширення)
}
clip-more = Інші дії
clip-sound = Оригінальний звук – { $handle }
clip-duet-of = Дует: дивитися оригінал
clip-stitch-of = Стіч: дивитися оригінал
follow-handle = Підписатися на { $handle }
follow-requested = Запит надіслано
follow-done = Ви підписалися на { $handle }
unfollow-done = Ви відписалися від { $handle }
login-needed = Спершу увійдіть.
share-title = Поділитися
share-link = Посилання на це відео
share-copy = Копіювати посилання
share-copied = Посилання скопійовано
not-interested = Не цікаво
not-interested-done = Зрозуміло: таких кліпів буде менше.
open-sound = Відкрити звук
make-duet = Зняти дует
make-stitch = Зробити стіч із цього відео
why-title = Чому це відео?
why-none = Цей кліп відкрито напряму, його не вибрала стрічка.
why-explainer = Стрічка вибирає кліпи за опублікованими правилами. Персоналізацію можна вимкнути будь-коли.
algorithm-link = Як працює стрічка

## Reasons
reason-follows_creator = Ви підписані на { $handle }
reason-topic = Ви дивитеся кліпи на тему { $hashtag }
reason-similar_to_liked = Схоже на кліпи, які вам сподобалися
reason-taste_match = Відповідає тому, що ви зазвичай дивитеся
reason-trending_region = Популярне у вашому регіоні ({ $region })
reason-trending_language = Популярне вашою мовою ({ $language })
reason-new_video_test_audience = Новий кліп, який показують невеликій тестовій аудиторії
reason-fresh = Нещодавно опубліковано
reason-sound = Використовує звук «{ $sound }»
reason-seen_before = Ви переглянули всі нові кліпи; перегляньте цей ще раз

## Comments
comments-title = { $count ->
    [one] { $count } коментар
    [few] { $count } коментарі
    [many] { $count } коментарів
   *[other] { $count } коментаря
}
comments-empty = Коментарів поки немає. Будьте першим.
comments-more = Більше коментарів
comments-off = Коментарі до цього відео вимкнено.
comment-add = Додати коментар
comment-send = Надіслати
comment-sent = Коментар опубліковано
comment-reply = Відповісти
comment-reply-to = Відповідь для { $handle }
comment-cancel-reply = Скасувати відповідь
comment-replies = { $count ->
    [one] Показати { $count } відповідь
    [few] Показати { $count } відповіді
    [many] Показати { $count } відповідей
   *[other] Показати { $count } відповіді
}
comment-like = { $count ->
    [one] Подобається коментар ({ $count } вподобання)
    [few] Подобається коментар ({ $count } вподобання)
    [many] Подобається коментар ({ $count } вподобань)
   *[other] Подобається коментар ({ $count } вподобання)
}
comment-pinned = Закріплено
comment-login = Увійдіть, щоб коментувати

## Reports
report = Поскаржитися
report-intro = Розкажіть, що не так. Модератор перевіряє кожну скаргу, і ви отримаєте відповідь.
report-category = Причина
report-note = Подробиці (необов'язково)
report-note-hint = На що модераторові варто звернути увагу?
report-send = Надіслати скаргу

## Upload
upload-title = Завантаження
upload-file = Відеофайл
upload-file-hint = Від 1 секунди до 10 хвилин. Завантаження починається одразу й продовжиться, якщо зв'язок обірветься.
upload-progress-label = Перебіг завантаження
upload-progress = { $percent } % ({ $sent } з { $total } байтів)
upload-done = Завантаження завершено
upload-error = Не вдалося завантажити. Спробуйте ще раз.
upload-pause = Пауза
upload-resume = Продовжити
upload-caption = Підпис
upload-caption-hint = Введіть # для хештегів і @, щоб згадати когось.
upload-visibility = Хто може дивитися
visibility-public = Усі
visibility-followers = Підписники
visibility-private = Лише я
upload-allow = Дозволити іншим
upload-allow-comments = Коментувати
upload-allow-duet = Знімати дуети
upload-allow-stitch = Робити стічі
upload-sound = Звук (необов'язково)
upload-sound-search = Знайти звук
upload-sound-none = У кліпі залишиться його власний звук.
upload-sound-chosen = Звук: { $title }
upload-sound-clear = Використати свій звук
upload-duet = Дует з { $handle }
upload-stitch = Стіч відео { $handle }
upload-post = Опублікувати
upload-pick-first = Спершу виберіть відеофайл.
upload-waiting = Завершуємо завантаження…
upload-processing = Відео обробляється… Це триває приблизно стільки, скільки кліп.
upload-ready = Ваше відео готове!
upload-watch = Переглянути
upload-to-profile = До вашого профілю
suggestions = Підказки
suggestions-count = { $count ->
    [one] { $count } підказка. Вибирайте стрілками вгору та вниз.
    [few] { $count } підказки. Вибирайте стрілками вгору та вниз.
    [many] { $count } підказок. Вибирайте стрілками вгору та вниз.
   *[other] { $count } підказки. Вибирайте стрілками вгору та вниз.
}

## Profiles, hashtags, sounds
profile-not-found = Такого акаунта немає.
profile-edit = Редагувати профіль
profile-follow = Підписатися
profile-following = Ви підписані
profile-private = Закритий
profile-private-body = Це закритий акаунт. Підпишіться, щоб бачити його відео.
profile-following-count = Підписки
profile-followers-count = Підписники
profile-likes-count = Вподобання
profile-videos-count = Відео
profile-videos = Відео
profile-empty = Відео поки немає.
profile-empty-own = Ви ще нічого не опублікували. Ваші кліпи з'являться тут.
tile-label = { $caption } — автор { $handle }
tile-label-plain = Відео від { $handle }
hashtag-count = { $count ->
    [one] { $count } відео
    [few] { $count } відео
    [many] { $count } відео
   *[other] { $count } відео
}
hashtag-empty = З цим хештегом поки немає публічних відео.
sound-title = Звук
sound-listen = Слухати «{ $title }»
sound-meta = { $duration } · { $count ->
    [one] { $count } відео
    [few] { $count } відео
    [many] { $count } відео
   *[other] { $count } відео
}
sound-use = Використати цей звук
sound-original = Оригінальне відео
sound-sort = Сортувати відео
sound-newest = Нові
sound-popular = Популярні
sound-empty = Цей звук поки не використано в жодному відео.

## Search
search-title = Огляд
search-label = Пошук
search-placeholder = Шукайте акаунти, відео, #хештеги, звуки
search-submit = Шукати
search-types = Що шукати
search-videos = Відео
search-accounts = Акаунти
search-hashtags = Хештеги
search-sounds = Звуки
search-results = Результати
search-hint = Введіть слово, #хештег або @ім'я.
search-empty = За запитом «{ $query }» нічого не знайдено.
search-followers = { $count ->
    [one] { $count } підписник
    [few] { $count } підписники
    [many] { $count } підписників
   *[other] { $count } підписника
}

## Inbox
inbox-title = Вхідні
inbox-requests = Запити на підписку
inbox-activity = Активність
inbox-empty = Сповіщень поки немає.
inbox-unread = Непрочитані:
request-accept = Прийняти
request-decline = Відхилити
request-accepted = Тепер { $handle } бачить ваші відео
request-declined = Запит від { $handle } відхилено
notif-like = { $count ->
    [one] Ваше відео сподобалося { $actor }
    [few] Ваше відео сподобалося { $count } людям
    [many] Ваше відео сподобалося { $count } людям
   *[other] Ваше відео сподобалося { $count } людини
}
notif-comment = { $others ->
    [0] { $actor } прокоментував(-ла) ваше відео
    [one] { $actor } та ще { $others } людина прокоментували ваше відео
    [few] { $actor } та ще { $others } людини прокоментували ваше відео
    [many] { $actor } та ще { $others } людей прокоментували ваше відео
   *[other] { $actor } та ще { $others } людини прокоментували ваше відео
}
notif-reply = { $actor } відповів(-ла) на ваш коментар
notif-mention = { $actor } згадав(-ла) вас
notif-follow = { $count ->
    [one] { $actor } підписався(-лася) на вас
    [few] { $count } нові підписники
    [many] { $count } нових підписників
   *[other] { $count } нового підписника
}
notif-follow_request = { $actor } хоче підписатися на вас
notif-follow_accepted = { $actor } прийняв(-ла) ваш запит на підписку
notif-comment_like = { $others ->
    [0] Ваш коментар сподобався { $actor }
    [one] Ваш коментар сподобався { $actor } та ще { $others } людині
    [few] Ваш коментар сподобався { $actor } та ще { $others } людям
    [many] Ваш коментар сподобався { $actor } та ще { $others } людям
   *[other] Ваш коментар сподобався { $actor } та ще { $others } людини
}
notif-duet = { $actor } зняв(-ла) дует із вашим відео
notif-stitch = { $actor } зробив(-ла) стіч із вашого відео

## Settings
settings-title = Налаштування
settings-save = Зберегти
settings-saved = Збережено
settings-profile = Профіль
settings-privacy = Приватність
settings-private = Закритий акаунт
settings-private-hint = Ваші відео бачать лише схвалені вами підписники.
settings-who-comment = Хто може коментувати ваші відео
settings-who-duet = Хто може знімати дуети з вашими відео
settings-who-stitch = Хто може робити стічі з ваших відео
policy-everyone = Усі
policy-followers = Підписники
policy-nobody = Ніхто
settings-liked-public = Показувати в профілі відео, які мені сподобалися
settings-teen = У вас акаунт підлітка: деякі налаштування суворіші.
settings-feed = Стрічка
settings-reset-recommendations = Скинути мої рекомендації
settings-reset-done = Ваші рекомендації скинуто.
settings-language = Мова
settings-language-label = Мова інтерфейсу
settings-language-hint = Типово Spool використовує мову вашого браузера.
settings-data = Ваші дані
settings-data-intro = Завантажте все, що Spool зберігає про вас, і подивіться, хто з працівників це переглядав і навіщо.
settings-export = Завантажити мої дані
settings-region = Домашній регіон
settings-region-now = Ваші дані зберігаються в регіоні: { $region }
settings-region-intro = Ваші персональні дані зберігаються лише в домашньому регіоні. Їх можна перенести до іншого.
settings-move-to = Новий домашній регіон
settings-move = Перенести мої дані
settings-move-confirm = Перенести всі ваші персональні дані до регіону { $region }?
settings-move-done = Ваші дані перенесено.
settings-account = Акаунт
settings-signed-in = Ви увійшли як { $handle }
settings-logout = Вийти
settings-delete = Видалити акаунт
settings-delete-intro = Акаунт, відео та всі ваші дані буде видалено назавжди. Скасувати це неможливо.
settings-delete-confirm = Видалити акаунт і все, що в ньому є, назавжди?
settings-sessions = Сеанси
settings-sessions-intro = Пристрої, на яких виконано вхід. Вийдіть на тих, яких ви не впізнаєте.
settings-sessions-logout-others = Вийти на всіх інших пристроях
settings-sessions-ended = { $count ->
    [one] Завершено { $count } інший сеанс.
    [few] Завершено { $count } інші сеанси.
    [many] Завершено { $count } інших сеансів.
   *[other] Завершено { $count } іншого сеансу.
}
session-device = { $browser } на { $os }
session-device-unknown = Невідомий пристрій
session-current = Цей пристрій
session-times = Вхід { $created } · остання активність { $used }
session-logout = Вийти
session-logout-label = Завершити сеанс: { $device }
settings-password = Змінити пароль
settings-password-done = Пароль змінено. Усі інші сеанси завершено.
field-current-password = Поточний пароль
field-new-password = Новий пароль
access-title = Доступ до моїх даних
access-intro = Щоразу, коли працівник відкриває ваші персональні дані, це записується з письмовим обґрунтуванням. Ось повний список.
access-empty = Жоден працівник не звертався до ваших даних.
access-unavailable = Журнал доступу на цьому сервері поки недоступний.
access-when = Коли
access-staff = Працівник
access-role = Роль
access-action = Що зробив
access-justification = Обґрунтування
access-reference = Номер
algorithm-title = Як працює стрічка
algorithm-intro = Стрічка «Для вас» у Spool відкрита для перевірки: код, його ваги й причини показу кожного кліпу опубліковано.
algorithm-sources = Кандидати беруться з акаунтів, на які ви підписані, з кліпів, схожих на ті, що вам сподобалися, з популярного у вашому регіоні та вашою мовою, а також з нових кліпів, які показують невеликій тестовій аудиторії.
algorithm-signals = Вона вчиться на ваших діях: скільки ви дивитеся, повтори, пропуски, вподобання, поширення, коментарі, підписки й «Не цікаво».
algorithm-filters = Вона виключає те, що ви вже бачили, заблоковані акаунти й видалені відео та чергує теми й авторів.
algorithm-control = Ви можете вимкнути персоналізацію, скинути те, чого вона навчилася, і запитати «чому це відео?» в будь-якого кліпу.
algorithm-published = Опублікований опис
algorithm-unavailable = Опублікований опис на цьому сервері поки недоступний.

## Log in and sign up
login-title = Вхід
login-submit = Увійти
login-no-account = Ще немає акаунта?
signup-title = Реєстрація
signup-intro = Ваші персональні дані зберігаються лише у вибраному вами домашньому регіоні.
signup-submit = Створити акаунт
signup-have-account = Уже маєте акаунт?
field-handle = Ім'я користувача
field-handle-hint = Від 2 до 24 літер, цифр, _ або .
field-display-name = Показуване ім'я (необов'язково)
field-password = Пароль
field-password-hint = Щонайменше 8 символів.
field-birth-date = Дата народження
field-birth-date-hint = Вам має бути щонайменше 13 років. Акаунти осіб до 18 років типово закриті.
field-region = Домашній регіон
field-region-hint = Де зберігаються ваші персональні дані.
field-email = Ел. пошта (необов'язково)
field-email-hint = Використовується лише для відновлення акаунта.
field-bio = Про себе

## Errors
error-network = Не вдається зв'язатися із сервером. Перевірте з'єднання.
error-internal = Щось пішло не так. Спробуйте ще раз.
error-unauthenticated = Спершу увійдіть.
error-invalid_credentials = Неправильне ім'я користувача або пароль.
error-too_young = Щоб користуватися Spool, вам має бути щонайменше 13 років.
error-csrf_rejected = Сеанс завершився. Оновіть сторінку.
error-forbidden = Ви не маєте права на цю дію.
error-comments_off = Коментарі до цього відео вимкнено.
error-remix_off = Автор цього не дозволяє.
error-not_found = Не знайдено.
error-handle_taken = Це ім'я користувача вже зайняте.
error-rate_limited = Забагато спроб. Зачекайте трохи й спробуйте знову.
error-invalid_handle = Використовуйте від 2 до 24 літер, цифр, _ або .
error-handle_reserved = Це ім'я користувача зарезервоване.
error-invalid_password = Пароль має містити від 8 до 128 символів.
error-invalid_email = Ця адреса ел. пошти виглядає неправильною.
error-invalid_birth_date = Вкажіть правильну дату народження.
error-invalid_display_name = Показуване ім'я — не більше 50 символів.
error-invalid_bio = Поле «Про себе» — не більше 160 символів.
error-invalid_caption = Підпис — не більше 2200 символів.
error-invalid_comment = Коментар — від 1 до 500 символів.
error-unknown_region = Виберіть один із наведених регіонів.
error-empty_file = Файл порожній.
error-not_media = Цей файл не є відео.
error-no_video_stream = У цьому файлі немає відео.
error-still_image = Це статичне зображення, а не відео.
error-too_short = Відео надто коротке (щонайменше 1 секунда).
error-too_long = Відео надто довге (щонайбільше 10 хвилин).
error-too_large = Відео надто велике.
error-unsupported_codec = Цей формат відео не підтримується.
error-transcode_failed = Не вдалося обробити відео.
error-wrong_password = Поточний пароль неправильний.
error-quota_exceeded = Сховище заповнено. Видаліть відео або незавершені завантаження, щоб звільнити місце.
error-bad_request = Не вдалося прочитати запит.

## Moderation: reports
report-title-video = Поскаржитися на відео
report-title-comment = Поскаржитися на коментар
report-title-account = Поскаржитися на акаунт
report-category-choose = Виберіть причину
report-category-hate_speech = Мова ворожнечі
report-category-harassment = Цькування та залякування
report-category-violent_extremism = Насильницький екстремізм
report-category-disinformation = Оманлива інформація та дезінформація
report-category-child_safety = Безпека дітей
report-category-self_harm = Самоушкодження та розлади харчової поведінки
report-category-illegal_goods = Незаконні товари й послуги
report-category-scams = Шахрайство
report-category-spam = Спам
report-category-intellectual_property = Інтелектуальна власність
report-category-other = Інше
report-dsa-legend = Про вас
report-dsa-intro = Ви не ввійшли, тож це повідомлення за статтею 16 Закону ЄС про цифрові послуги. Щоб його розглянути, нам потрібні ваше ім'я та адреса ел. пошти; людині, на яку ви скаржитеся, ніколи не скажуть, хто ви.
report-name = Ваше ім'я
report-email = Ваша адреса ел. пошти
report-email-hint = Сюди ми надішлемо результат.
report-good-faith = Сумлінно заявляю, що відомості в цьому повідомленні точні й повні.
report-login-instead = Маєте акаунт?
report-sent = Дякуємо. Скаргу надіслано, модератор її розгляне.
report-duplicate = Ви вже скаржилися на це. Попередня скарга досі чинна, надсилати її знову не потрібно.
report-receipt-intro = Збережіть цю квитанцію: за нею можна дізнатися, яке рішення ухвалено.
report-receipt = Ваша квитанція
report-receipt-hint = Скарга № { $id }
report-receipt-copy = Копіювати квитанцію
report-receipt-copied = Квитанцію скопійовано.
report-check-later = Перевірити цю скаргу пізніше
report-follow-up = Вам повідомлять про результат. Стежити за ним можна також у розділі
report-outcome = Рішення від { $date }: { $action }
report-outcome-policy = Застосоване правило: { $policy }
report-state-open = Очікує розгляду
report-state-decided = Рішення ухвалено
comment-report = Поскаржитися на коментар { $handle }
profile-report = Поскаржитися
profile-withheld = Цей акаунт недоступний у вашому регіоні.
label-panel = Інформація
label-more = Докладніше
video-age-restricted = Вікове обмеження
video-held = Затримано
video-held-own = Ваше відео затримано: воно збігається з раніше видаленим вмістом. Модератор його перевірить.
video-removed-own = Ваше відео видалив модератор. Це сповіщення бачите лише ви.
video-reduced-own = Після рішення модератора ваше відео не рекомендується в стрічках. Це сповіщення бачите лише ви.
video-withheld = Це відео недоступне у вашому регіоні.
status-link = Дізнатися чому і як оскаржити

## Moderation: actions, targets, grounds
action-no_violation = Порушень немає
action-remove = Видалено
action-age_restrict = Вікове обмеження
action-restrict_regions = Обмежено в деяких регіонах
action-label = Додано інформаційну позначку
action-reduce_distribution = Охоплення знижено
action-suspend = Акаунт призупинено
action-terminate = Акаунт закрито
target-video = Відео
target-comment = Коментар
target-account = Акаунт
ground-illegal = Незаконний вміст
ground-incompatible = Порушення правил спільноти
source-notice = Скарга від людини, яка про це повідомила
source-trusted-flagger = Скарга від довіреного заявника
source-own-initiative = Власна перевірка Spool
decision-reversed = Скасовано

## Account status and statements of reasons
status-title = Стан акаунта
settings-status-intro = Рішення щодо вашого вмісту, ваші оскарження та надіслані вами скарги.
settings-about = Про Spool
status-standing = Ваш акаунт
status-good = З вашим акаунтом усе гаразд.
status-suspended = Ваш акаунт призупинено.
status-suspended-until = Ваш акаунт призупинено до { $date }.
status-terminated = Ваш акаунт закрито. Ви й надалі можете читати рішення та оскаржувати їх.
status-strikes = { $count ->
    [one] { $count } попередження з { $threshold }
    [few] { $count } попередження з { $threshold }
    [many] { $count } попереджень з { $threshold }
   *[other] { $count } попередження з { $threshold }
}
status-strikes-hint = Кожне рішення проти вашого вмісту — це попередження. Коли досягнуто межі, акаунт призупиняється. Старі попередження спливають.
status-history = Попередні рішення
status-statements = Рішення та їх обґрунтування
status-statements-intro = Щодо кожного рішення ми надсилаємо обґрунтування: що вирішено, за яким правилом і як оскаржити.
status-no-statements = Рішень щодо вашого вмісту немає.
status-my-reports = Мої скарги
status-no-reports = Ви ні на що не скаржилися.
status-receipt-title = Ваша скарга
statement-heading = { $action } · { $date }
statement-decision = Рішення
statement-content = Вміст
statement-facts = Що ми встановили
statement-policy = Правило
statement-ground-illegal = Ми вважаємо цей вміст незаконним.
statement-ground-incompatible = Вміст порушує правила нашої спільноти.
statement-legal-ground = Правова підстава: { $ground }
statement-policy-ground = Правило спільноти: { $ground }
statement-label = Показана позначка
statement-detection = Як виявлено
statement-detected-auto = Автоматизованими засобами
statement-detected-human = Без автоматизованих засобів
statement-automated = Як ухвалено рішення
statement-decided-auto = Автоматизованою системою
statement-decided-human = Людиною, не автоматично
statement-source = Що стало приводом для перевірки
statement-scope = Де діє
statement-scope-everywhere = Усюди
statement-duration = Як довго
statement-duration-until = З { $from } до { $until }
statement-duration-open = З { $from }, без дати завершення
statement-account-suspended = Ваш акаунт призупинено.
statement-account-terminated = Ваш акаунт закрито.
statement-appeal = Оскарження
statement-appeal-until = Оскаржити можна до { $date }. Скаргу розгляне інший модератор.
statement-appeal-possible = Рішення можна оскаржити. Скаргу розгляне інший модератор.
statement-appeal-closed = Оскаржити це рішення тут уже не можна. Ви й надалі можете звернутися до сертифікованого органу позасудового врегулювання спорів або до суду.
statement-appeal-open = Ваше оскарження розглядається.
statement-appeal-upheld = Ваше оскарження задоволено: рішення скасовано.
statement-appeal-rejected = Ваше оскарження розглянуто, рішення залишається чинним.
statement-technical = Технічні подробиці (у вигляді, надісланому до бази даних прозорості ЄС)
appeal-text = Чому рішення слід змінити?
appeal-text-hint = Поясніть, що модератор міг не помітити. Можна додати контекст або посилання.
appeal-send = Надіслати оскарження
appeal-sent = Оскарження надіслано. Його розгляне інший модератор, і ви отримаєте нове обґрунтування.
appeal-exists = У вас уже є відкрите оскарження цього рішення.

## Moderator console
mod-title = Модерація
mod-region = Регіон
mod-region-hint = Черга регіону, який ви модеруєте.
mod-not-moderator = Ви не модератор цього регіону.
queue-title = Черга на перевірку: { $region }
queue-refresh = Оновити
queue-empty = Черга порожня.
queue-count = { $count ->
    [one] { $count } елемент, спершу найтерміновіші
    [few] { $count } елементи, спершу найтерміновіші
    [many] { $count } елементів, спершу найтерміновіші
   *[other] { $count } елемента, спершу найтерміновіші
}
queue-kind-notice = Скарга
queue-kind-appeal = Оскарження
queue-kind-match = Збіг
queue-severity = Серйозність
queue-notices = Скарги
queue-reach = Перегляди (24 год)
queue-detection = Ким виявлено
queue-automated = Автоматичне виявлення
queue-human = Люди
queue-due = Термін { $time }
queue-overdue = Прострочено: термін був { $time }
queue-claimed-mine = Взято вами; спливає { $time }
queue-claimed-other = Взято іншим модератором
queue-claim = Взяти
queue-claim-done = Взято. Найближчі хвилини це ваше.
queue-open = Перевірити
item-title = Перевірка
item-heading = Перевірка: { $category }
item-back = Назад до черги
item-decided = Рішення ухвалено
item-context = Вміст
item-player = Відео, на яке поскаржилися
item-caption = Підпис
item-sound = Звук
item-state = Стан
item-remixes = Ремікси
item-none = Немає
item-open-video = Сторінка відео
item-open-video-link = Відкрити відео
item-comment-text = Коментар
item-comment-video = До відео
item-account = Акаунт
item-detection = Автоматичне виявлення
item-notices = { $count ->
    [one] { $count } скарга
    [few] { $count } скарги
    [many] { $count } скарг
   *[other] { $count } скарги
}
item-history = Попередні рішення щодо цього акаунта
item-history-none = Попередніх рішень немає.
item-appeal = Оскарження
item-appeal-decision = Оскаржуване рішення
decide-title = Рішення
decide-action = Захід
decide-policy = Правило
decide-policy-category = Загальне правило: { $category }
decide-legal-ground = Правова підстава: { $ground }
decide-facts = Факти
decide-facts-hint = Що ви встановили, простими словами. Автор це прочитає.
decide-restrict = Де обмежити
decide-restrict-hint = Виберіть регіони, країни або і те, й інше. Для припису потрібен його номер.
decide-regions = Регіони
decide-countries = Країни
decide-countries-hint = Дволітерні коди країн через кому (DE, AT).
decide-reference = Номер (припис суду або органу влади)
decide-reference-hint = Необов'язково. Показується глядачам, яким вміст недоступний.
decide-restrict-empty = Виберіть принаймні один регіон або країну.
decide-label = Інформаційна позначка
decide-label-text = Текст позначки
decide-label-url = Посилання на докладнішу інформацію
decide-suspend = Призупинення
decide-days = Дні
decide-days-hint = Від 1 до 365.
decide-submit = Ухвалити рішення
decide-done = Рішення записано: { $action }. Обґрунтування надіслано.
appeal-decide-title = Рішення щодо оскарження
appeal-outcome = Підсумок
appeal-outcome-upheld = Задовольнити оскарження
appeal-outcome-upheld-hint = Рішення одразу скасовується, вміст або акаунт відновлюється.
appeal-outcome-rejected = Відхилити оскарження
appeal-outcome-rejected-hint = Рішення залишається чинним.
appeal-decide-submit = Ухвалити рішення щодо оскарження
appeal-decided-upheld = Оскарження задоволено: рішення скасовано. Надіслано нове обґрунтування.
appeal-decided-rejected = Оскарження відхилено: рішення залишається чинним. Надіслано нове обґрунтування.
error-claimed = Цей елемент узяв інший модератор.
error-same_moderator = Модератор, який ухвалив рішення, не може розглядати його оскарження.

## Transparency report
transparency-title = Прозорість
transparency-intro = Як працює модерація в Spool, у цифрах: скарги, рішення, швидкість їх ухвалення, оскарження та скасування. Персональні дані не показуються.
transparency-region = Регіон
transparency-all-regions = Усі регіони
transparency-period = Період
transparency-period-days = Останні 30 днів, по днях
transparency-period-weeks = Останні 12 тижнів, по тижнях
transparency-period-months = Останні 12 місяців, по місяцях
transparency-range = З { $from } до { $to }
transparency-csv = Завантажити CSV
transparency-summary = Разом: { $region }
transparency-notices = Скарги
transparency-decisions = Рішення
transparency-median = Медіанний час до рішення
transparency-p90 = 90-й процентиль
transparency-hours = { $hours } год
transparency-hours-unit = год
transparency-deadline-misses = Пропущені терміни
transparency-automated-detection = Виявлено автоматично
transparency-automated-decision = Вирішено автоматично
transparency-suspensions = Призупинення
transparency-appeals = Оскарження
transparency-reversals = Скасування
transparency-over-time = У динаміці
transparency-chart-volume = Скарги та рішення
transparency-chart-speed = Час до рішення (години)
transparency-breakdown = Розподіл
transparency-chart-notices-category = Скарги за категоріями
transparency-chart-decisions-action = Рішення за заходами
transparency-chart-decisions-category = Рішення за категоріями
transparency-chart-ground = Рішення за підставами
transparency-chart-source = Скарги за джерелами
transparency-appeals-title = Оскарження
transparency-chart-appeals = Підсумки оскаржень
transparency-chart-appeals-time = Оскарження та скасування в часі
transparency-appeals-upheld = Задоволено
transparency-appeals-rejected = Відхилено
transparency-appeals-open = Відкриті
transparency-orders = Приписи та автоматична перевірка
transparency-chart-orders = Приписи за регіонами
transparency-screening-flagged = Позначено перевіркою
transparency-screening-decided = Розглянуто
transparency-screening-confirmed = Підтверджено
transparency-screening-precision = Точність
transparency-none = За цей період нічого немає.
transparency-yes = Так
transparency-no = Ні
transparency-log = Журнал рішень
transparency-log-intro = Усі рішення без даних заявників, авторів і модераторів.
transparency-log-date = Дата
transparency-log-action = Рішення
transparency-log-category = Категорія
transparency-log-ground = Підстава
transparency-log-content = Вміст
transparency-log-detected = Автоматичне виявлення
transparency-log-automated = Автоматичне рішення
transparency-log-scope = Де
transparency-log-source = Джерело
transparency-log-reversed = Скасовано
transparency-log-more = Більше рішень
transparency-log-empty = Рішень поки немає.
chart-show-table = Показати числа таблицею
chart-summary-line = З { $from } до { $to }. Разом: { $totals }
chart-period = Період
chart-item = Пункт
chart-value = Кількість
notif-statement = Щодо вашого вмісту ухвалено рішення модерації. Дізнайтеся чому і як оскаржити.
notif-report_outcome = Щодо вашої скарги ухвалено рішення.

## Moderation: more codes from the server
action-hold = Затримано до перевірки
action-reversed = Скасовано за оскарженням
action-upheld_decision = Залишено чинним за оскарженням
action-appeal_upheld = Оскарження задоволено
action-appeal_rejected = Оскарження відхилено
notice-source-account = Скарга від акаунта
notice-source-anonymous = Скарга без акаунта (ст. 16 DSA)
notice-source-screening = Автоматична перевірка
notice-source-fingerprint = Збіг із видаленим вмістом
notice-source-legal_order = Припис
source-complaint = Оскарження
statement-scope-eea = ЄС і ЄЕП (30 країн)
statement-regions = Регіони
statement-reference = Номер припису
statement-outcome-heading = { $action } · { $date }
error-already_decided = Рішення вже ухвалено.
error-appeal_open = Це рішення вже оскаржується.
error-appeal_closed = Це рішення більше не можна оскаржити.
error-account_suspended = Ваш акаунт призупинено, тож зараз це недоступно.
error-account_terminated = Ваш акаунт закрито.
error-not_moderator = Ви не модератор цього регіону.
video-withheld-own = Ваше відео недоступне в: { $places }. Це сповіщення бачите лише ви.
item-restrictions = Чинні обмеження

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Увійдіть, щоб продовжити
signin-sheet-intro = Увійдіть, щоб ставити вподобання, коментувати, підписуватися й отримувати стрічку для себе.
feed-caught-up = Ви все переглянули
feed-caught-up-hint = Поки ви бачили всі кліпи. Більше — у розділі «Огляд».
feed-explore = Огляд
clip-creator-profile = Профіль { $handle }
unfollow-handle = Відписатися від { $handle }
clip-progress = Позиція відтворення
clip-progress-value = { $at } з { $length }
video-edit = Редагувати відео
video-edit-save = Зберегти
video-edit-done = Зміни збережено
video-delete = Видалити відео
video-delete-confirm = Видалити це відео назавжди? Разом із ним зникнуть коментарі та вподобання.
video-delete-done = Відео видалено
back = Назад
cancel = Скасувати
discover-trending = Зараз у тренді
discover-trending-tags = Популярні хештеги

## How the feed works: its stages and parameters
algo-stage-events = На чому вчиться стрічка
algo-stage-model = Модель уподобань
algo-stage-candidates = Звідки беруться кандидати
algo-stage-exploration = Шанс для нових відео
algo-stage-ranking = Ранжування
algo-stage-filters = Що відсіюється
algo-stage-diversity = Різноманітність
algo-stage-non_personalized = Неперсональна стрічка
algo-technical = Технічний опис (англійською)
algo-param-bias-learning-rate = Як швидко визначається власна привабливість відео
algo-param-expiry-secs = Забувається після простою тривалістю
algo-param-history-len = Скільки недавніх переглядів ураховується
algo-param-history-weight = Вага недавніх переглядів
algo-param-init-scale = Початковий розкид нових рядків
algo-param-item-min-count = Взаємодій до того, як відео отримає свій рядок
algo-param-learning-rate = Як швидко вивчаються вподобання
algo-param-margin = Розрив між вподобаними та пропущеними відео
algo-param-negative-trials = Відео, що перебираються під час пошуку контрприкладу
algo-param-negatives-per-positive = Контрприкладів на один позитивний сигнал
algo-param-regularization = Регуляризація (не дає моделі перенавчитися)
algo-param-seed = Початкове значення генератора (для відтворюваності)
algo-param-max-age-hours = Нові відео випробовують протягом
algo-param-min-completion-rate = Переглянуто до кінця щонайменше
algo-param-min-engagement-rate = Вподобань, коментарів і поширень на перегляд щонайменше
algo-param-slots-per-page = Місць на сторінці для нових відео
algo-param-stages = Розміри аудиторії на етапах тесту
algo-param-freshness-hours = Відео вважається свіжим протягом
algo-param-trending-half-life-hours = Популярність ураховується наполовину через
algo-param-weights = Ваги в оцінці ранжування
algo-param-engagement = Очікувана залученість
algo-param-exploration = Дослідження
algo-param-following = Акаунти, на які ви підписані
algo-param-freshness = Свіжість
algo-param-trending = Популярність
algo-param-creator-spacing = Кліпів до повтору того самого автора
algo-param-sound-spacing = Кліпів до повтору того самого звуку
algo-param-catalog-videos = Відео в каталозі
algo-param-viewers-with-state = Глядачі, відомі моделі

tile-views = { $count ->
    [one] { $count } перегляд
    [few] { $count } перегляди
    [many] { $count } переглядів
   *[other] { $count } перегляду
}

## Long press: speed
clip-options = Параметри
speed-title = Швидкість відтворення
speed-normal = Звичайна
speed-value = { $rate }×
speed-set = Швидкість: { $rate }×

## Upload: preview, cover, draft
upload-preview = Попередній перегляд кліпу
upload-cover = Обкладинка
upload-cover-hint = Посуньте до кадру, який побачать до початку відтворення.
upload-draft-restored = Чернетку відновлено: підпис і налаштування такі, якими ви їх залишили.
error-invalid_cover = Обкладинка має бути кадром із кліпу.

# Captions and profile photos
clip-captions-on = Увімкнути субтитри
clip-captions-off = Вимкнути субтитри
captions-on = Субтитри увімкнено
captions-off = Субтитри вимкнено
captions-title = Субтитри
captions-file = Файл субтитрів (.vtt)
captions-hint = Файл WebVTT, по одному для кожної мови. Усі фрагменти субтитрів мають вкладатися в тривалість кліпу.
captions-language = Мова субтитрів
captions-add = Додати субтитри
captions-remove = Видалити субтитри: { $language }
captions-remove-short = Видалити
captions-none = Субтитрів ще немає.
captions-added = Субтитри додано: { $language }.
captions-removed = Субтитри видалено: { $language }.
captions-failed = Кліп опубліковано, але субтитри не додано: { $reason } Їх можна додати у вікні редагування кліпу.
captions-pick-file = Спершу виберіть файл .vtt.
error-invalid_webvtt = Це не коректний файл субтитрів WebVTT.
error-invalid_language = Виберіть мову субтитрів.
profile-photo-choose = Фото профілю
profile-photo-hint = JPEG, PNG або WebP, до 8 МБ. Фото обрізається до квадрата; відомості про те, де й чим його знято, видаляються.
profile-photo-remove = Видалити фото
profile-photo-type = Виберіть зображення JPEG, PNG або WebP.
profile-edit-save = Зберегти профіль
profile-edit-done = Профіль збережено.
error-invalid_photo = Цей файл не вдається прочитати як зображення.
error-photo_too_small = Фото надто маленьке: виберіть знімок щонайменше 64 пікселі з кожного боку.
error-photo_too_large = Фото надто велике: щонайбільше 8192 пікселі з кожного боку.
error-invalid_crop = Частина фото, яку треба залишити, має бути квадратом у його межах.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Інші сервери
fed-intro = Підписуйтеся на людей з інших серверів, що підтримують ActivityPub, наприклад з інших серверів Spool. Їхні відео з'являться у вашій стрічці «Підписки».
fed-teen = Акаунти підлітків залишаються на цьому сервері: вони не можуть підписуватися на акаунти з інших серверів, і звідти на них підписатися не можна.
fed-address = Адреса на іншому сервері
fed-address-hint = У вигляді ім'я@сервер, наприклад alex@example.org
fed-follow = Підписатися
fed-address-invalid = Введіть адресу у вигляді ім'я@сервер, наприклад alex@example.org.
fed-address-local = Цей акаунт на цьому сервері: підпишіться на нього в його профілі.
fed-not-found = Акаунт { $handle } не знайдено. Перевірте адресу.
fed-requested = Запит на підписку надіслано { $handle }.
fed-following = Ваші підписки там
fed-following-empty = Ви поки ні на кого не підписані на інших серверах.
fed-pending = Запит надіслано
fed-followers = Ваші підписники звідти
fed-followers-empty = З інших серверів на вас поки ніхто не підписаний.
fed-wants-to-follow = Хоче підписатися на вас
fed-unfollow = Відписатися
fed-accept = Прийняти
fed-accept-label = Прийняти запит на підписку від { $handle }
fed-decline = Відхилити
fed-decline-label = Відхилити запит на підписку від { $handle }
fed-remove = Видалити
fed-remove-label = Видалити { $handle } з підписників
fed-accepted = { $handle } тепер підписаний(-а) на вас.
fed-declined = Ви відхилили запит від { $handle }.
fed-removed = { $handle } більше не підписаний(-а) на вас.
fed-from = З сервера { $host }
fed-open = Відкрити на { $host }
fed-cannot-play = Це відео не можна відтворити тут.
comment-remote-remove = Вилучити відповідь від { $handle }
fed-shared-by = Поширив { $handle }
reason-remote_instance = З { $host }, сервера, де люди звідси стежать за акаунтами
fed-like = Подобається
