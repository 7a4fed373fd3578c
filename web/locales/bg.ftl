# Текстове на интерфейса на Spool: български (Project Fluent). Същите съобщения като en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — кратки видеоклипове
app-description = Гледайте, създавайте и споделяйте кратки видеоклипове. Данните ви остават във вашия домашен регион.
skip-to-content = Към съдържанието
loading = Зареждане…
noscript = Spool се нуждае от JavaScript, за да възпроизвежда видеоклипове. Включете го или използвайте директно API.
assets-missing = Уеб клиентът не е вграден в този сървър. Компилирайте го с „npm ci && npm run build“ в папката web/, след това компилирайте Spool отново.
title-page = { $page } · Spool
title-not-found = Не е намерено · Spool
not-found = Тази страница не съществува.
close = Затваряне

## Navigation
nav-label = Основно меню
nav-home = Начало
nav-discover = Откриване
nav-upload = Качване
nav-inbox = Известия
nav-profile = Профил
nav-unread = { $count ->
    [one] { $count } непрочетено известие
   *[other] { $count } непрочетени известия
}

## Feed
feed-tabs = Емисии
feed-for-you = За вас
feed-following = Следвани
feed-personalized = Персонализирана
feed-mode-hint = Когато е изключена, емисията не използва профилиране: показва популярното и новото във вашия регион и език.
feed-mode-personalized = Персонализираната емисия е включена
feed-mode-non-personalized = Персонализираната емисия е изключена: без профилиране
feed-empty = Все още няма какво да гледате. Качете първия клип или потърсете нещо.
feed-following-empty = Няма нови клипове от профилите, които следвате.
feed-login = Влезте, за да виждате клипове от профилите, които следвате.
feed-unavailable = Емисията все още не е налична на този сървър. Опитайте търсенето или някой профил.
video-title = Видео
video-processing = Обработва се…
video-failed = Обработката не успя
clip-video-label = Видео от { $handle }
clip-loading = Видеото се зарежда
clip-unmute = Включване на звука
clip-mute = Изключване на звука
clip-play = Пускане
clip-pause = Пауза
clip-actions = Действия за видеото на { $handle }
clip-like = { $count ->
    [one] Харесване ({ $count } харесване)
   *[other] Харесване ({ $count } харесвания)
}
clip-comments = { $count ->
    [one] Коментари ({ $count } коментар)
   *[other] Коментари ({ $count } коментара)
}
clip-share = { $count ->
    [one] Споделяне ({ $count } споделяне)
   *[other] Споделяне ({ $count } споделяния)
}
clip-more = Още опции
clip-sound = Оригинален звук – { $handle }
clip-duet-of = Дует: вижте оригинала
clip-stitch-of = Stitch: вижте оригинала
follow-handle = Следване на { $handle }
follow-requested = Заявено
follow-done = Вече следвате { $handle }
unfollow-done = Вече не следвате { $handle }
login-needed = Първо влезте.
share-title = Споделяне
share-link = Връзка към това видео
share-copy = Копиране на връзката
share-copied = Връзката е копирана
not-interested = Не ме интересува
not-interested-done = Разбрахме: ще виждате по-малко такива клипове.
open-sound = Отваряне на звука
make-duet = Направете дует
make-stitch = Направете stitch на това видео
why-title = Защо това видео?
why-none = Този клип е отворен директно, не е избран от емисията.
why-explainer = Емисията избира клипове по публикувани правила. Можете да изключите персонализацията по всяко време.
algorithm-link = Как работи емисията

## Reasons
reason-follows_creator = Следвате { $handle }
reason-topic = Гледате клипове за { $hashtag }
reason-similar_to_liked = Подобно на клипове, които сте харесали
reason-taste_match = Отговаря на това, което обикновено гледате
reason-trending_region = Популярно във вашия регион ({ $region })
reason-trending_language = Популярно на вашия език ({ $language })
reason-new_video_test_audience = Нов клип, показан на малка тестова аудитория
reason-fresh = Публикувано наскоро
reason-sound = Използва звука „{ $sound }“
reason-seen_before = Видяхте всички нови клипове; гледайте този отново

## Comments
comments-title = { $count ->
    [one] { $count } коментар
   *[other] { $count } коментара
}
comments-empty = Все още няма коментари. Бъдете първи.
comments-more = Още коментари
comments-off = Коментарите за това видео са изключени.
comment-add = Добавете коментар
comment-send = Публикуване
comment-sent = Коментарът е публикуван
comment-reply = Отговор
comment-reply-to = Отговор на { $handle }
comment-cancel-reply = Отказ от отговора
comment-replies = { $count ->
    [one] Вижте { $count } отговор
   *[other] Вижте { $count } отговора
}
comment-like = { $count ->
    [one] Харесване на коментара ({ $count } харесване)
   *[other] Харесване на коментара ({ $count } харесвания)
}
comment-pinned = Закачен
comment-login = Влезте, за да коментирате

## Reports
report = Докладване
report-intro = Кажете ни какво не е наред. Модератор преглежда всеки сигнал и ще получите отговор.
report-category = Причина
report-note = Подробности (по избор)
report-note-hint = Какво да провери модераторът?
report-send = Изпращане на сигнала

## Upload
upload-title = Качване
upload-file = Видеофайл
upload-file-hint = От 1 секунда до 10 минути. Качването започва веднага и продължава, ако връзката прекъсне.
upload-progress-label = Напредък на качването
upload-progress = { $percent } % ({ $sent } от { $total } байта)
upload-done = Качването завърши
upload-error = Качването не успя. Опитайте отново.
upload-pause = Пауза
upload-resume = Продължаване
upload-caption = Описание
upload-caption-hint = Въведете # за хаштагове и @, за да споменете някого.
upload-visibility = Кой може да гледа
visibility-public = Всички
visibility-followers = Последователи
visibility-private = Само аз
upload-allow = Разрешете на другите да
upload-allow-comments = Коментират
upload-allow-duet = Правят дуети
upload-allow-stitch = Правят stitch
upload-sound = Звук (по избор)
upload-sound-search = Търсене на звук
upload-sound-none = Клипът ви запазва собствения си звук.
upload-sound-chosen = Звук: { $title }
upload-sound-clear = Използване на моя звук
upload-duet = Дует с { $handle }
upload-stitch = Stitch на видеото на { $handle }
upload-post = Публикуване
upload-pick-first = Първо изберете видеофайл.
upload-waiting = Качването приключва…
upload-processing = Видеото ви се обработва… Отнема приблизително колкото трае клипът.
upload-ready = Видеото ви е готово!
upload-watch = Гледайте го
upload-to-profile = Към профила ви
suggestions = Предложения
suggestions-count = { $count ->
    [one] { $count } предложение. Изберете със стрелките нагоре и надолу.
   *[other] { $count } предложения. Изберете със стрелките нагоре и надолу.
}

## Profiles, hashtags, sounds
profile-not-found = Този профил не съществува.
profile-edit = Редактиране на профила
profile-follow = Следване
profile-following = Следвате
profile-private = Личен
profile-private-body = Този профил е личен. Последвайте го, за да виждате видеоклиповете му.
profile-following-count = Следвани
profile-followers-count = Последователи
profile-likes-count = Харесвания
profile-videos-count = Видеоклипове
profile-videos = Видеоклипове
profile-empty = Все още няма видеоклипове.
profile-empty-own = Още не сте публикували нищо. Клиповете ви ще се появят тук.
tile-label = { $caption } — от { $handle }
tile-label-plain = Видео от { $handle }
hashtag-count = { $count ->
    [one] { $count } видео
   *[other] { $count } видеоклипа
}
hashtag-empty = Все още няма публични видеоклипове с този хаштаг.
sound-title = Звук
sound-listen = Слушане на { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } видео
   *[other] { $count } видеоклипа
}
sound-use = Използване на този звук
sound-original = Оригинално видео
sound-sort = Подреждане на видеоклиповете
sound-newest = Най-нови
sound-popular = Популярни
sound-empty = Все още никое видео не използва този звук.

## Search
search-title = Откриване
search-label = Търсене
search-placeholder = Търсене на профили, видеоклипове, #хаштагове, звуци
search-submit = Търсене
search-types = Какво да се търси
search-videos = Видеоклипове
search-accounts = Профили
search-hashtags = Хаштагове
search-sounds = Звуци
search-results = Резултати
search-hint = Въведете дума, #хаштаг или @потребител.
search-empty = Няма резултати за „{ $query }“.
search-followers = { $count ->
    [one] { $count } последовател
   *[other] { $count } последователи
}

## Inbox
inbox-title = Известия
inbox-requests = Заявки за следване
inbox-activity = Активност
inbox-empty = Все още няма известия.
inbox-unread = Непрочетени:
request-accept = Приемане
request-decline = Отхвърляне
request-accepted = { $handle } вече вижда видеоклиповете ви
request-declined = Заявката от { $handle } е отхвърлена
notif-like = { $count ->
    [one] { $actor } хареса видеото ви
   *[other] { $count } души харесаха видеото ви
}
notif-comment = { $others ->
    [0] { $actor } коментира видеото ви
    [one] { $actor } и още { $others } човек коментираха видеото ви
   *[other] { $actor } и още { $others } души коментираха видеото ви
}
notif-reply = { $actor } отговори на коментара ви
notif-mention = { $actor } ви спомена
notif-follow = { $count ->
    [one] { $actor } започна да ви следва
   *[other] { $count } нови последователи
}
notif-follow_request = { $actor } поиска да ви следва
notif-follow_accepted = { $actor } прие заявката ви за следване
notif-comment_like = { $others ->
    [0] { $actor } хареса коментара ви
    [one] { $actor } и още { $others } човек харесаха коментара ви
   *[other] { $actor } и още { $others } души харесаха коментара ви
}
notif-duet = { $actor } направи дует с видеото ви
notif-stitch = { $actor } направи stitch на видеото ви

## Settings
settings-title = Настройки
settings-save = Запазване
settings-saved = Запазено
settings-profile = Профил
settings-privacy = Поверителност
settings-private = Личен профил
settings-private-hint = Само последователите, които одобрите, могат да виждат видеоклиповете ви.
settings-who-comment = Кой може да коментира видеоклиповете ви
settings-who-duet = Кой може да прави дуети с видеоклиповете ви
settings-who-stitch = Кой може да прави stitch на видеоклиповете ви
policy-everyone = Всички
policy-followers = Последователи
policy-nobody = Никой
settings-liked-public = Показване на харесаните от мен видеоклипове в профила ми
settings-teen = Профилът ви е тийнейджърски: някои настройки са по-строги.
settings-feed = Емисия
settings-reset-recommendations = Нулиране на препоръките ми
settings-reset-done = Препоръките ви бяха нулирани.
settings-language = Език
settings-language-label = Език на интерфейса
settings-language-hint = По подразбиране Spool използва езика на браузъра ви.
settings-data = Вашите данни
settings-data-intro = Изтеглете всичко, което Spool съхранява за вас, и вижте кои служители са го преглеждали и защо.
settings-export = Изтегляне на данните ми
settings-region = Домашен регион
settings-region-now = Данните ви се съхраняват в: { $region }
settings-region-intro = Личните ви данни се намират само във вашия домашен регион. Можете да ги преместите в друг.
settings-move-to = Нов домашен регион
settings-move = Преместване на данните ми
settings-move-confirm = Да се преместят ли всичките ви лични данни в { $region }?
settings-move-done = Данните ви бяха преместени.
settings-account = Профил
settings-signed-in = Влезли сте като { $handle }
settings-logout = Изход
settings-delete = Изтриване на профила
settings-delete-intro = Това изтрива завинаги профила, видеоклиповете и всичките ви данни. Не може да бъде отменено.
settings-delete-confirm = Да се изтрие ли завинаги профилът ви и всичко в него?
settings-sessions = Сесии
settings-sessions-intro = Устройствата, на които сте влезли. Излезте от тези, които не разпознавате.
settings-sessions-logout-others = Изход от всички други места
settings-sessions-ended = { $count ->
    [one] Излязохте от { $count } друга сесия.
   *[other] Излязохте от { $count } други сесии.
}
session-device = { $browser } на { $os }
session-device-unknown = Неизвестно устройство
session-current = Това устройство
session-times = Вход { $created } · последна активност { $used }
session-logout = Изход
session-logout-label = Изход от { $device }
settings-password = Смяна на паролата
settings-password-done = Паролата ви беше сменена. Всички други сесии бяха прекратени.
field-current-password = Текуща парола
field-new-password = Нова парола
access-title = Достъп до данните ми
access-intro = Всеки път, когато служител отвори личните ви данни, това се записва с писмена обосновка. Това е пълният списък.
access-empty = Нито един служител не е достъпвал данните ви.
access-unavailable = Дневникът на достъпа все още не е наличен на този сървър.
access-when = Кога
access-staff = Служител
access-role = Роля
access-action = Какво е направил
access-justification = Обосновка
access-reference = Референтен номер
algorithm-title = Как работи емисията
algorithm-intro = Емисията „За вас“ на Spool е отворена за проверка: кодът, теглата му и причините за всеки клип са публикувани.
algorithm-sources = Кандидатите идват от профилите, които следвате, от клипове, подобни на харесаните от вас, от популярното във вашия регион и език и от нови клипове, показвани на малка тестова аудитория.
algorithm-signals = Учи се от това, което правите: колко дълго гледате, повторения, прескачания, харесвания, споделяния, коментари, следвания и „Не ме интересува“.
algorithm-filters = Изключва видяното вече, блокираните профили и премахнатите видеоклипове и разнообразява темите и авторите.
algorithm-control = Можете да изключите персонализацията, да нулирате наученото и да попитате „защо това видео?“ за всеки клип.
algorithm-published = Публикувано описание
algorithm-unavailable = Публикуваното описание все още не е налично на този сървър.

## Log in and sign up
login-title = Вход
login-submit = Вход
login-no-account = Нямате профил?
signup-title = Регистрация
signup-intro = Личните ви данни се съхраняват само в избрания от вас домашен регион.
signup-submit = Създаване на профил
signup-have-account = Вече имате профил?
field-handle = Потребителско име
field-handle-hint = От 2 до 24 букви, цифри, _ или .
field-display-name = Показвано име (по избор)
field-password = Парола
field-password-hint = Поне 8 знака.
field-birth-date = Дата на раждане
field-birth-date-hint = Трябва да сте поне на 13 години. Профилите на лица под 18 години са лични по подразбиране.
field-region = Домашен регион
field-region-hint = Къде се съхраняват личните ви данни.
field-email = Имейл (по избор)
field-email-hint = Използва се само за възстановяване на профила ви.
field-bio = Биография

## Errors
error-network = Сървърът е недостъпен. Проверете връзката си.
error-internal = Нещо се обърка. Опитайте отново.
error-unauthenticated = Първо влезте.
error-invalid_credentials = Грешно потребителско име или парола.
error-too_young = Трябва да сте поне на 13 години, за да използвате Spool.
error-csrf_rejected = Сесията ви изтече. Презаредете страницата.
error-forbidden = Нямате право да направите това.
error-comments_off = Коментарите за това видео са изключени.
error-remix_off = Авторът не разрешава това.
error-not_found = Не е намерено.
error-handle_taken = Това потребителско име вече е заето.
error-rate_limited = Твърде много опити. Изчакайте малко и опитайте отново.
error-invalid_handle = Използвайте от 2 до 24 букви, цифри, _ или .
error-handle_reserved = Това потребителско име е запазено.
error-invalid_password = Паролата трябва да е от 8 до 128 знака.
error-invalid_email = Този имейл адрес не изглежда правилен.
error-invalid_birth_date = Въведете валидна дата на раждане.
error-invalid_display_name = Показваното име е най-много 50 знака.
error-invalid_bio = Биографията е най-много 160 знака.
error-invalid_caption = Описанието е най-много 2200 знака.
error-invalid_comment = Коментарът е от 1 до 500 знака.
error-unknown_region = Изберете един от изброените региони.
error-empty_file = Файлът е празен.
error-not_media = Този файл не е видео.
error-no_video_stream = Този файл няма видео.
error-still_image = Това е неподвижно изображение, а не видео.
error-too_short = Видеото е твърде кратко (поне 1 секунда).
error-too_long = Видеото е твърде дълго (най-много 10 минути).
error-too_large = Видеото е твърде голямо.
error-unsupported_codec = Този видеоформат не се поддържа.
error-transcode_failed = Видеото не можа да бъде обработено.
error-wrong_password = Текущата парола е грешна.
error-quota_exceeded = Хранилището ви е пълно. Изтрийте видеоклипове или незавършени качвания, за да освободите място.
error-bad_request = Заявката не можа да бъде прочетена.

## Moderation: reports
report-title-video = Докладване на това видео
report-title-comment = Докладване на този коментар
report-title-account = Докладване на този профил
report-category-choose = Изберете причина
report-category-hate_speech = Реч на омразата
report-category-harassment = Тормоз и заплахи
report-category-violent_extremism = Насилствен екстремизъм
report-category-disinformation = Подвеждаща информация и дезинформация
report-category-child_safety = Безопасност на децата
report-category-self_harm = Самонараняване и хранителни разстройства
report-category-illegal_goods = Незаконни стоки и услуги
report-category-scams = Измами
report-category-spam = Спам
report-category-intellectual_property = Интелектуална собственост
report-category-other = Нещо друго
report-dsa-legend = За вас
report-dsa-intro = Не сте влезли, затова това е уведомление по член 16 от Акта за цифровите услуги на ЕС. Нуждаем се от името и имейл адреса ви, за да го обработим; на докладваното лице никога не се съобщава кой сте.
report-name = Вашето име
report-email = Вашият имейл адрес
report-email-hint = Ще изпратим резултата тук.
report-good-faith = Добросъвестно заявявам, че информацията в това уведомление е точна и пълна.
report-login-instead = Имате профил?
report-sent = Благодарим ви. Сигналът ви беше изпратен и модератор ще го прегледа.
report-duplicate = Вече сте докладвали това. Предишният ви сигнал продължава да важи; не е нужно да го изпращате отново.
report-receipt-intro = Запазете тази разписка: с нея можете да проверите какво е решено.
report-receipt = Вашата разписка
report-receipt-hint = Сигнал номер { $id }
report-receipt-copy = Копиране на разписката
report-receipt-copied = Разписката е копирана.
report-check-later = Проверете този сигнал по-късно
report-follow-up = Ще ви уведомим за резултата. Можете да го следите и в
report-outcome = Решено на { $date }: { $action }
report-outcome-policy = Приложено правило: { $policy }
report-state-open = Очаква преглед
report-state-decided = Решено
comment-report = Докладване на коментара на { $handle }
profile-report = Докладване
profile-withheld = Този профил не е достъпен там, където се намирате.
label-panel = Информация
label-more = Научете повече
video-age-restricted = С възрастово ограничение
video-held = Задържано
video-held-own = Видеото ви е задържано: съвпада със съдържание, премахнато по-рано. Модератор ще го прегледа.
video-removed-own = Видеото ви беше премахнато от модератор. Само вие виждате това известие.
video-reduced-own = След решение на модератор видеото ви не се препоръчва в емисиите. Само вие виждате това известие.
video-withheld = Това видео не е достъпно там, където се намирате.
status-link = Вижте защо и как да обжалвате

## Moderation: actions, targets, grounds
action-no_violation = Няма нарушение
action-remove = Премахнато
action-age_restrict = С възрастово ограничение
action-restrict_regions = Ограничено в някои региони
action-label = Добавен информационен етикет
action-reduce_distribution = Ограничено разпространение
action-suspend = Профилът е спрян
action-terminate = Профилът е закрит
target-video = Видео
target-comment = Коментар
target-account = Профил
ground-illegal = Незаконно съдържание
ground-incompatible = В противоречие с правилата на общността
source-notice = Уведомление от човек, който го е докладвал
source-trusted-flagger = Уведомление от доверен подател на сигнали
source-own-initiative = Собствена проверка на Spool
decision-reversed = Отменено

## Account status and statements of reasons
status-title = Състояние на профила
settings-status-intro = Решенията за вашето съдържание, обжалванията ви и изпратените от вас сигнали.
settings-about = За Spool
status-standing = Вашият профил
status-good = Профилът ви е в добро състояние.
status-suspended = Профилът ви е спрян.
status-suspended-until = Профилът ви е спрян до { $date }.
status-terminated = Профилът ви беше закрит. Все още можете да четете решенията и да обжалвате.
status-strikes = { $count ->
    [one] { $count } нарушение от { $threshold }
   *[other] { $count } нарушения от { $threshold }
}
status-strikes-hint = Всяко решение срещу вашето съдържание е нарушение. При достигане на границата профилът се спира. Старите нарушения изтичат.
status-history = Предишни решения
status-statements = Решения и мотивите за тях
status-statements-intro = За всяко решение изпращаме изложение на мотивите: какво е решено, по кое правило и как да обжалвате.
status-no-statements = Няма решения за вашето съдържание.
status-my-reports = Моите сигнали
status-no-reports = Не сте докладвали нищо.
status-receipt-title = Вашият сигнал
statement-heading = { $action } · { $date }
statement-decision = Решение
statement-content = Съдържание
statement-facts = Какво установихме
statement-policy = Правило
statement-ground-illegal = Смятаме съдържанието за незаконно.
statement-ground-incompatible = Съдържанието противоречи на правилата на общността ни.
statement-legal-ground = Правно основание: { $ground }
statement-policy-ground = Правило на общността: { $ground }
statement-label = Показан етикет
statement-detection = Как е открито
statement-detected-auto = С автоматизирани инструменти
statement-detected-human = Без автоматизирани инструменти
statement-automated = Как е решено
statement-decided-auto = От автоматизирана система
statement-decided-human = От човек, не автоматично
statement-source = Какво започна проверката
statement-scope = Къде важи
statement-scope-everywhere = Навсякъде
statement-duration = Колко дълго
statement-duration-until = От { $from } до { $until }
statement-duration-open = От { $from }, без крайна дата
statement-account-suspended = Профилът ви беше спрян.
statement-account-terminated = Профилът ви беше закрит.
statement-appeal = Обжалване
statement-appeal-until = Можете да обжалвате до { $date }. Друг модератор ще разгледа жалбата.
statement-appeal-possible = Можете да обжалвате. Друг модератор ще разгледа жалбата.
statement-appeal-closed = Това решение вече не може да се обжалва тук. Все още можете да се обърнете към сертифициран орган за извънсъдебно уреждане на спорове или към съд.
statement-appeal-open = Жалбата ви се разглежда.
statement-appeal-upheld = Жалбата ви беше уважена: решението беше отменено.
statement-appeal-rejected = Жалбата ви беше разгледана и решението остава в сила.
statement-technical = Технически подробности (както са изпратени до базата данни на ЕС за прозрачност)
appeal-text = Защо решението трябва да бъде променено?
appeal-text-hint = Обяснете какво може да е пропуснал модераторът. Можете да добавите контекст или връзки.
appeal-send = Изпращане на жалбата
appeal-sent = Жалбата ви беше изпратена. Друг модератор ще я разгледа и ще получите ново изложение на мотивите.
appeal-exists = Вече имате отворена жалба срещу това решение.

## Moderator console
mod-title = Модериране
mod-region = Регион
mod-region-hint = Опашката на региона, който модерирате.
mod-not-moderator = Не сте модератор на този регион.
queue-title = Опашка за преглед: { $region }
queue-refresh = Опресняване
queue-empty = Опашката е празна.
queue-count = { $count ->
    [one] { $count } елемент, най-спешните първи
   *[other] { $count } елемента, най-спешните първи
}
queue-kind-notice = Уведомление
queue-kind-appeal = Жалба
queue-kind-match = Съвпадение
queue-severity = Тежест
queue-notices = Уведомления
queue-reach = Гледания (24 ч)
queue-detection = Открито от
queue-automated = Автоматично откриване
queue-human = Хора
queue-due = Срок { $time }
queue-overdue = Просрочено: срокът беше { $time }
queue-claimed-mine = Поето от вас; поемането изтича { $time }
queue-claimed-other = Поето от друг модератор
queue-claim = Поемане
queue-claim-done = Поето. Ваше е за следващите минути.
queue-open = Преглед
item-title = Преглед
item-heading = Преглед: { $category }
item-back = Обратно към опашката
item-decided = Решено
item-context = Съдържанието
item-player = Докладваното видео
item-caption = Описание
item-sound = Звук
item-state = Състояние
item-remixes = Ремикси
item-none = Няма
item-open-video = Страница на видеото
item-open-video-link = Отваряне на видеото
item-comment-text = Коментар
item-comment-video = Към видеото
item-account = Профил
item-detection = Автоматично откриване
item-notices = { $count ->
    [one] { $count } уведомление
   *[other] { $count } уведомления
}
item-history = Предишни решения за този профил
item-history-none = Няма предишни решения.
item-appeal = Жалбата
item-appeal-decision = Обжалваното решение
decide-title = Решение
decide-action = Мярка
decide-policy = Правило
decide-policy-category = Общо правило: { $category }
decide-legal-ground = Правно основание: { $ground }
decide-facts = Факти
decide-facts-hint = Какво установихте, с прости думи. Авторът ще прочете това.
decide-restrict = Къде да се ограничи
decide-restrict-hint = Изберете региони, държави или и двете. Правното разпореждане изисква своя референтен номер.
decide-regions = Региони
decide-countries = Държави
decide-countries-hint = Двубуквени кодове на държави, разделени със запетаи (DE, AT).
decide-reference = Референтен номер (разпореждане на съд или орган)
decide-reference-hint = По избор. Показва се на зрителите, които не могат да видят съдържанието.
decide-restrict-empty = Изберете поне един регион или държава.
decide-label = Информационен етикет
decide-label-text = Текст на етикета
decide-label-url = Връзка към повече информация
decide-suspend = Спиране
decide-days = Дни
decide-days-hint = От 1 до 365.
decide-submit = Решаване
decide-done = Решението е записано: { $action }. Изложението на мотивите беше изпратено.
appeal-decide-title = Решаване на жалбата
appeal-outcome = Резултат
appeal-outcome-upheld = Уважаване на жалбата
appeal-outcome-upheld-hint = Решението се отменя веднага и съдържанието или профилът се възстановява.
appeal-outcome-rejected = Отхвърляне на жалбата
appeal-outcome-rejected-hint = Решението остава в сила.
appeal-decide-submit = Решаване на жалбата
appeal-decided-upheld = Жалбата е уважена: решението беше отменено. Изпратено е ново изложение на мотивите.
appeal-decided-rejected = Жалбата е отхвърлена: решението остава в сила. Изпратено е ново изложение на мотивите.
error-claimed = Друг модератор е поел този елемент.
error-same_moderator = Модераторът, взел решението, не може да решава жалбата срещу него.

## Transparency report
transparency-title = Прозрачност
transparency-intro = Как работи модерирането в Spool, в цифри: уведомления, решения, колко бързо са взети, жалби и отмени. Не се показват лични данни.
transparency-region = Регион
transparency-all-regions = Всички региони
transparency-period = Период
transparency-period-days = Последните 30 дни, по дни
transparency-period-weeks = Последните 12 седмици, по седмици
transparency-period-months = Последните 12 месеца, по месеци
transparency-range = { $from } – { $to }
transparency-csv = Изтегляне като CSV
transparency-summary = Общо: { $region }
transparency-notices = Уведомления
transparency-decisions = Решения
transparency-median = Медианно време до решение
transparency-p90 = 90-и процентил
transparency-hours = { $hours } ч
transparency-hours-unit = ч
transparency-deadline-misses = Пропуснати срокове
transparency-automated-detection = Открити с автоматизирани инструменти
transparency-automated-decision = Решени автоматично
transparency-suspensions = Спирания
transparency-appeals = Жалби
transparency-reversals = Отмени
transparency-over-time = Във времето
transparency-chart-volume = Уведомления и решения
transparency-chart-speed = Време до решение (часове)
transparency-breakdown = Разпределение
transparency-chart-notices-category = Уведомления по категория
transparency-chart-decisions-action = Решения по мярка
transparency-chart-decisions-category = Решения по категория
transparency-chart-ground = Решения по основание
transparency-chart-source = Уведомления по източник
transparency-appeals-title = Жалби
transparency-chart-appeals = Резултати от жалбите
transparency-chart-appeals-time = Жалби и отмени във времето
transparency-appeals-upheld = Уважени
transparency-appeals-rejected = Отхвърлени
transparency-appeals-open = Отворени
transparency-orders = Правни разпореждания и автоматична проверка
transparency-chart-orders = Правни разпореждания по регион
transparency-screening-flagged = Отбелязани от проверката
transparency-screening-decided = Прегледани
transparency-screening-confirmed = Потвърдени
transparency-screening-precision = Точност
transparency-none = Нищо през този период.
transparency-yes = Да
transparency-no = Не
transparency-log = Регистър на решенията
transparency-log-intro = Всяко решение, без данните на подателите на сигнали, авторите или модераторите.
transparency-log-date = Дата
transparency-log-action = Решение
transparency-log-category = Категория
transparency-log-ground = Основание
transparency-log-content = Съдържание
transparency-log-detected = Автоматично откриване
transparency-log-automated = Автоматично решение
transparency-log-scope = Къде
transparency-log-source = Източник
transparency-log-reversed = Отменено
transparency-log-more = Още решения
transparency-log-empty = Все още няма решения.
chart-show-table = Показване на числата като таблица
chart-summary-line = От { $from } до { $to }. Общо: { $totals }
chart-period = Период
chart-item = Елемент
chart-value = Брой
notif-statement = Взето е решение при модериране за вашето съдържание. Прочетете защо и как да обжалвате.
notif-report_outcome = Изпратен от вас сигнал е решен.

## Moderation: more codes from the server
action-hold = Задържано за преглед
action-reversed = Отменено след жалба
action-upheld_decision = Потвърдено след жалба
action-appeal_upheld = Жалбата е уважена
action-appeal_rejected = Жалбата е отхвърлена
notice-source-account = Уведомление от профил
notice-source-anonymous = Уведомление без профил (чл. 16 от DSA)
notice-source-screening = Автоматична проверка
notice-source-fingerprint = Съвпадение с премахнато съдържание
notice-source-legal_order = Правно разпореждане
source-complaint = Жалба
statement-scope-eea = ЕС и ЕИП (30 държави)
statement-regions = Региони
statement-reference = Референтен номер на разпореждането
statement-outcome-heading = { $action } · { $date }
error-already_decided = Това вече е решено.
error-appeal_open = Вече има отворена жалба срещу това решение.
error-appeal_closed = Това решение вече не може да се обжалва.
error-account_suspended = Профилът ви е спрян, затова не можете да направите това сега.
error-account_terminated = Профилът ви е закрит.
error-not_moderator = Не сте модератор на този регион.
video-withheld-own = Видеото ви е недостъпно в: { $places }. Само вие виждате това известие.
item-restrictions = Текущи ограничения

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Влезте, за да продължите
signin-sheet-intro = Влезте, за да харесвате, коментирате, следвате и да имате емисия, направена за вас.
feed-caught-up = Видяхте всичко
feed-caught-up-hint = Засега сте видели всички клипове. Открийте още в „Откриване“.
feed-explore = Разглеждане
clip-creator-profile = Профил на { $handle }
unfollow-handle = Спиране на следването на { $handle }
clip-progress = Позиция на възпроизвеждане
clip-progress-value = { $at } от { $length }
video-edit = Редактиране на видеото
video-edit-save = Запазване
video-edit-done = Промените са запазени
video-delete = Изтриване на видеото
video-delete-confirm = Да се изтрие ли завинаги това видео? Коментарите и харесванията му също ще изчезнат.
video-delete-done = Видеото е изтрито
back = Назад
cancel = Отказ
discover-trending = Популярно сега
discover-trending-tags = Популярни хаштагове

## How the feed works: its stages and parameters
algo-stage-events = От какво се учи емисията
algo-stage-model = Моделът на вкуса
algo-stage-candidates = Откъде идват кандидатите
algo-stage-exploration = Шанс за новите видеоклипове
algo-stage-ranking = Класиране
algo-stage-filters = Какво се филтрира
algo-stage-diversity = Разнообразие
algo-stage-non_personalized = Неперсонализираната емисия
algo-technical = Техническо описание (на английски)
algo-param-bias-learning-rate = Колко бързо се научава собствената привлекателност на видеото
algo-param-expiry-secs = Забравя се след бездействие от
algo-param-history-len = Скорошни гледания, които се броят
algo-param-history-weight = Тежест на скорошните гледания
algo-param-init-scale = Начален разброс на новите редове
algo-param-item-min-count = Взаимодействия, преди видеото да получи собствен ред
algo-param-learning-rate = Колко бързо се научава вкусът
algo-param-margin = Разлика между харесаните и прескочените видеоклипове
algo-param-negative-trials = Видеоклипове, пробвани при търсене на контрапример
algo-param-negatives-per-positive = Контрапримери за всеки положителен сигнал
algo-param-regularization = Регуларизация (пази модела от преобучение)
algo-param-seed = Случайно начално число (за възпроизводимост)
algo-param-max-age-hours = Новите видеоклипове се изпробват в продължение на
algo-param-min-completion-rate = Изгледани докрай поне
algo-param-min-engagement-rate = Харесвания, коментари и споделяния на гледане поне
algo-param-slots-per-page = Места на страница за нови видеоклипове
algo-param-stages = Размер на аудиторията в тестовите етапи
algo-param-freshness-hours = Видеото се смята за ново в продължение на
algo-param-trending-half-life-hours = Популярността тежи наполовина след
algo-param-weights = Тегла на оценката за класиране
algo-param-engagement = Очаквана ангажираност
algo-param-exploration = Изследване
algo-param-following = Профили, които следвате
algo-param-freshness = Новост
algo-param-trending = Популярност
algo-param-creator-spacing = Клипове, преди същият автор да се появи отново
algo-param-sound-spacing = Клипове, преди същият звук да се появи отново
algo-param-catalog-videos = Видеоклипове в каталога
algo-param-viewers-with-state = Зрители, които моделът познава

tile-views = { $count ->
    [one] { $count } гледане
   *[other] { $count } гледания
}

## Long press: speed
clip-options = Опции
speed-title = Скорост на възпроизвеждане
speed-normal = Нормална
speed-value = { $rate }×
speed-set = Възпроизвеждане при { $rate }×

## Upload: preview, cover, draft
upload-preview = Преглед на клипа ви
upload-cover = Корица
upload-cover-hint = Плъзнете до кадъра, който хората виждат, преди клипът да започне.
upload-draft-restored = Черновата ви е върната: описание и настройки, както сте ги оставили.
error-invalid_cover = Корицата трябва да е момент от клипа.

# Субтитри и профилни снимки
clip-captions-on = Включване на субтитрите
clip-captions-off = Изключване на субтитрите
captions-on = Субтитрите са включени
captions-off = Субтитрите са изключени
captions-title = Субтитри
captions-file = Файл със субтитри (.vtt)
captions-hint = Файл WebVTT, по един за всеки език. Всички реплики трябва да се вписват в продължителността на клипа.
captions-language = Език на субтитрите
captions-add = Добавяне на субтитри
captions-remove = Премахване на субтитрите на { $language }
captions-remove-short = Премахване
captions-none = Още няма субтитри.
captions-added = Субтитрите на { $language } са добавени.
captions-removed = Субтитрите на { $language } са премахнати.
captions-failed = Клипът ви е публикуван, но субтитрите не бяха добавени: { $reason } Можете да ги добавите, когато редактирате клипа.
captions-pick-file = Първо изберете файл .vtt.
error-invalid_webvtt = Това не е валиден файл със субтитри WebVTT.
error-invalid_language = Изберете езика на субтитрите.
profile-photo-choose = Профилна снимка
profile-photo-hint = JPEG, PNG или WebP, до 8 MB. Изрязва се във формата на квадрат, а данните къде и с какво е направена се премахват.
profile-photo-remove = Премахване на снимката
profile-photo-type = Изберете изображение във формат JPEG, PNG или WebP.
profile-edit-save = Запазване на профила
profile-edit-done = Профилът е запазен.
error-invalid_photo = Този файл не е изображение, което може да бъде прочетено.
error-photo_too_small = Снимката е твърде малка: изберете такава с поне 64 пиксела от всяка страна.
error-photo_too_large = Снимката е твърде голяма: най-много 8192 пиксела от всяка страна.
error-invalid_crop = Частта от снимката, която да се запази, трябва да е квадрат в рамките на снимката.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Други инстанции
fed-intro = Следвайте хора в други инстанции, които използват ActivityPub, например други сървъри на Spool. Видеоклиповете им се появяват във вашата лента „Следвани“.
fed-teen = Тийнейджърските профили остават в тази инстанция: не могат да следват профили от други инстанции, нито да бъдат следвани оттам.
fed-address = Адрес в друга инстанция
fed-address-hint = Във вида име@хост, например alex@example.org
fed-follow = Следване
fed-address-invalid = Въведете адреса във вида име@хост, например alex@example.org.
fed-address-local = Този профил е в тази инстанция: последвайте го от профила му.
fed-not-found = Не е намерен профил { $handle }. Проверете адреса.
fed-requested = Заявката за следване е изпратена до { $handle }.
fed-following = Профили, които следвате там
fed-following-empty = Все още не следвате никого в друга инстанция.
fed-pending = Заявката е изпратена
fed-followers = Вашите последователи оттам
fed-followers-empty = Все още никой от друга инстанция не ви следва.
fed-wants-to-follow = Иска да ви следва
fed-unfollow = Спиране на следването
fed-accept = Приемане
fed-accept-label = Приемане на заявката за следване от { $handle }
fed-decline = Отказ
fed-decline-label = Отказ на заявката за следване от { $handle }
fed-remove = Премахване
fed-remove-label = Премахване на { $handle } от последователите ви
fed-accepted = { $handle } вече ви следва.
fed-declined = Отказахте заявката на { $handle }.
fed-removed = { $handle } вече не ви следва.
fed-from = От { $host }
fed-open = Отваряне в { $host }
fed-cannot-play = Този видеоклип не може да се пусне тук.
comment-remote-remove = Премахване на отговора от { $handle }
fed-shared-by = Споделено от { $handle }
reason-remote_instance = От { $host }, инстанция, на която хора оттук следват акаунти
fed-like = Харесване
