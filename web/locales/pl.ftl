# Teksty interfejsu Spool: polski (Project Fluent). Te same komunikaty co en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — krótkie filmy
app-description = Oglądaj, twórz i udostępniaj krótkie filmy. Twoje dane zostają w Twoim regionie.
skip-to-content = Przejdź do treści
loading = Ładowanie…
noscript = Spool potrzebuje JavaScriptu do odtwarzania filmów. Włącz go albo korzystaj bezpośrednio z API.
assets-missing = Klient webowy nie został wbudowany w ten serwer. Zbuduj go poleceniem „npm ci && npm run build” w folderze web/, a potem przebuduj Spool.
title-page = { $page } · Spool
title-not-found = Nie znaleziono · Spool
not-found = Ta strona nie istnieje.
close = Zamknij

## Navigation
nav-label = Główne
nav-home = Start
nav-discover = Odkrywaj
nav-upload = Prześlij
nav-inbox = Skrzynka
nav-profile = Profil
nav-unread = { $count ->
    [one] { $count } nieprzeczytane powiadomienie
    [few] { $count } nieprzeczytane powiadomienia
    [many] { $count } nieprzeczytanych powiadomień
   *[other] { $count } nieprzeczytanego powiadomienia
}

## Feed
feed-tabs = Kanały
feed-for-you = Dla Ciebie
feed-following = Obserwowani
feed-personalized = Spersonalizowany
feed-mode-hint = Gdy jest wyłączony, kanał nie korzysta z profilowania: pokazuje to, co popularne i nowe w Twoim regionie i języku.
feed-mode-personalized = Spersonalizowany kanał włączony
feed-mode-non-personalized = Spersonalizowany kanał wyłączony: bez profilowania
feed-empty = Na razie nie ma nic do obejrzenia. Prześlij pierwszy klip albo coś wyszukaj.
feed-following-empty = Brak nowych klipów od obserwowanych kont.
feed-login = Zaloguj się, aby zobaczyć klipy obserwowanych kont.
feed-unavailable = Kanał nie jest jeszcze dostępny na tym serwerze. Spróbuj wyszukiwania albo profilu.
video-title = Film
video-processing = Przetwarzanie…
video-failed = Przetwarzanie nie powiodło się
clip-video-label = Film użytkownika { $handle }
clip-loading = Wczytywanie filmu
clip-unmute = Włącz dźwięk
clip-mute = Wyłącz dźwięk
clip-play = Odtwórz
clip-pause = Wstrzymaj
clip-actions = Działania dla filmu użytkownika { $handle }
clip-like = { $count ->
    [one] Polub ({ $count } polubienie)
    [few] Polub ({ $count } polubienia)
    [many] Polub ({ $count } polubień)
   *[other] Polub ({ $count } polubienia)
}
clip-comments = { $count ->
    [one] Komentarze ({ $count } komentarz)
    [few] Komentarze ({ $count } komentarze)
    [many] Komentarze ({ $count } komentarzy)
   *[other] Komentarze ({ $count } komentarza)
}
clip-share = { $count ->
    [one] Udostępnij ({ $count } udostępnienie)
    [few] Udostępnij ({ $count } udostępnienia)
    [many] Udostępnij ({ $count } udostępnień)
   *[other] Udostępnij ({ $count } udostępnienia)
}
clip-more = Więcej opcji
clip-sound = Oryginalny dźwięk – { $handle }
clip-duet-of = Duet: zobacz oryginał
clip-stitch-of = Stitch: zobacz oryginał
follow-handle = Obserwuj { $handle }
follow-requested = Wysłano prośbę
follow-done = Obserwujesz teraz { $handle }
unfollow-done = Nie obserwujesz już { $handle }
login-needed = Najpierw się zaloguj.
share-title = Udostępnij
share-link = Link do tego filmu
share-copy = Kopiuj link
share-copied = Skopiowano link
not-interested = Nie interesuje mnie to
not-interested-done = Rozumiemy: zobaczysz mniej takich klipów.
open-sound = Otwórz dźwięk
make-duet = Nagraj duet
make-stitch = Zrób stitch tego filmu
why-title = Dlaczego ten film?
why-none = Ten klip otwarto bezpośrednio, nie wybrał go kanał.
why-explainer = Kanał wybiera klipy według opublikowanych zasad. Personalizację możesz wyłączyć w każdej chwili.
algorithm-link = Jak działa kanał

## Reasons
reason-follows_creator = Obserwujesz { $handle }
reason-topic = Oglądasz klipy o { $hashtag }
reason-similar_to_liked = Podobne do klipów, które polubiłeś(-aś)
reason-taste_match = Pasuje do tego, co zwykle oglądasz
reason-trending_region = Popularne w Twoim regionie ({ $region })
reason-trending_language = Popularne w Twoim języku ({ $language })
reason-new_video_test_audience = Nowy klip pokazywany małej grupie testowej
reason-fresh = Niedawno opublikowane
reason-sound = Używa dźwięku „{ $sound }”
reason-seen_before = Obejrzałeś wszystkie nowe klipy; obejrzyj ten jeszcze raz

## Comments
comments-title = { $count ->
    [one] { $count } komentarz
    [few] { $count } komentarze
    [many] { $count } komentarzy
   *[other] { $count } komentarza
}
comments-empty = Nie ma jeszcze komentarzy. Bądź pierwszy.
comments-more = Więcej komentarzy
comments-off = Komentarze do tego filmu są wyłączone.
comment-add = Dodaj komentarz
comment-send = Opublikuj
comment-sent = Opublikowano komentarz
comment-reply = Odpowiedz
comment-reply-to = Odpowiedź dla { $handle }
comment-cancel-reply = Anuluj odpowiedź
comment-replies = { $count ->
    [one] Pokaż { $count } odpowiedź
    [few] Pokaż { $count } odpowiedzi
    [many] Pokaż { $count } odpowiedzi
   *[other] Pokaż { $count } odpowiedzi
}
comment-like = { $count ->
    [one] Polub komentarz ({ $count } polubienie)
    [few] Polub komentarz ({ $count } polubienia)
    [many] Polub komentarz ({ $count } polubień)
   *[other] Polub komentarz ({ $count } polubienia)
}
comment-pinned = Przypięty
comment-login = Zaloguj się, aby komentować

## Reports
report = Zgłoś
report-intro = Powiedz nam, co jest nie tak. Moderator sprawdza każde zgłoszenie i otrzymasz odpowiedź.
report-category = Powód
report-note = Szczegóły (opcjonalnie)
report-note-hint = Na co moderator powinien zwrócić uwagę?
report-send = Wyślij zgłoszenie

## Upload
upload-title = Prześlij
upload-file = Plik wideo
upload-file-hint = Od 1 sekundy do 10 minut. Przesyłanie zaczyna się od razu i wznawia się po zerwaniu połączenia.
upload-progress-label = Postęp przesyłania
upload-progress = { $percent } % ({ $sent } z { $total } bajtów)
upload-done = Przesyłanie zakończone
upload-error = Przesyłanie nie powiodło się. Spróbuj ponownie.
upload-pause = Wstrzymaj
upload-resume = Wznów
upload-caption = Opis
upload-caption-hint = Wpisz #, aby dodać hashtag, i @, aby oznaczyć kogoś.
upload-visibility = Kto może oglądać
visibility-public = Wszyscy
visibility-followers = Obserwujący
visibility-private = Tylko ja
upload-allow = Pozwól innym
upload-allow-comments = Komentować
upload-allow-duet = Nagrywać duety
upload-allow-stitch = Robić stitch
upload-sound = Dźwięk (opcjonalnie)
upload-sound-search = Szukaj dźwięku
upload-sound-none = Twój klip zachowa własny dźwięk.
upload-sound-chosen = Dźwięk: { $title }
upload-sound-clear = Użyj mojego dźwięku
upload-duet = Duet z { $handle }
upload-stitch = Stitch filmu użytkownika { $handle }
upload-post = Opublikuj
upload-pick-first = Najpierw wybierz plik wideo.
upload-waiting = Kończenie przesyłania…
upload-processing = Przetwarzanie filmu… Trwa to mniej więcej tyle, ile sam klip.
upload-ready = Twój film jest gotowy!
upload-watch = Obejrzyj
upload-to-profile = Przejdź do profilu
suggestions = Podpowiedzi
suggestions-count = { $count ->
    [one] { $count } podpowiedź. Wybierz strzałkami w górę i w dół.
    [few] { $count } podpowiedzi. Wybierz strzałkami w górę i w dół.
    [many] { $count } podpowiedzi. Wybierz strzałkami w górę i w dół.
   *[other] { $count } podpowiedzi. Wybierz strzałkami w górę i w dół.
}

## Profiles, hashtags, sounds
profile-not-found = To konto nie istnieje.
profile-edit = Edytuj profil
profile-follow = Obserwuj
profile-following = Obserwujesz
profile-private = Prywatne
profile-private-body = To konto jest prywatne. Zaobserwuj je, aby zobaczyć filmy.
profile-following-count = Obserwowani
profile-followers-count = Obserwujący
profile-likes-count = Polubienia
profile-videos-count = Filmy
profile-videos = Filmy
profile-empty = Nie ma jeszcze filmów.
profile-empty-own = Niczego jeszcze nie opublikowałeś(-aś). Tu pojawią się Twoje klipy.
tile-label = { $caption } — autor: { $handle }
tile-label-plain = Film użytkownika { $handle }
hashtag-count = { $count ->
    [one] { $count } film
    [few] { $count } filmy
    [many] { $count } filmów
   *[other] { $count } filmu
}
hashtag-empty = Nie ma jeszcze publicznych filmów z tym hashtagiem.
sound-title = Dźwięk
sound-listen = Posłuchaj: { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } film
    [few] { $count } filmy
    [many] { $count } filmów
   *[other] { $count } filmu
}
sound-use = Użyj tego dźwięku
sound-original = Oryginalny film
sound-sort = Sortuj filmy
sound-newest = Najnowsze
sound-popular = Popularne
sound-empty = Żaden film nie używa jeszcze tego dźwięku.

## Search
search-title = Odkrywaj
search-label = Szukaj
search-placeholder = Szukaj kont, filmów, #hashtagów, dźwięków
search-submit = Szukaj
search-types = Czego szukać
search-videos = Filmy
search-accounts = Konta
search-hashtags = Hashtagi
search-sounds = Dźwięki
search-results = Wyniki
search-hint = Wpisz słowo, #hashtag albo @nazwę.
search-empty = Nic nie znaleziono dla „{ $query }”.
search-followers = { $count ->
    [one] { $count } obserwujący
    [few] { $count } obserwujących
    [many] { $count } obserwujących
   *[other] { $count } obserwującego
}

## Inbox
inbox-title = Skrzynka
inbox-requests = Prośby o obserwowanie
inbox-activity = Aktywność
inbox-empty = Nie ma jeszcze powiadomień.
inbox-unread = Nieprzeczytane:
request-accept = Akceptuj
request-decline = Odrzuć
request-accepted = { $handle } widzi teraz Twoje filmy
request-declined = Odrzucono prośbę od { $handle }
notif-like = { $count ->
    [one] { $actor } polubił(a) Twój film
    [few] { $count } osoby polubiły Twój film
    [many] { $count } osób polubiło Twój film
   *[other] { $count } osoby polubiło Twój film
}
notif-comment = { $others ->
    [0] { $actor } skomentował(a) Twój film
    [one] { $actor } i jeszcze { $others } osoba skomentowali Twój film
    [few] { $actor } i jeszcze { $others } osoby skomentowali Twój film
    [many] { $actor } i jeszcze { $others } osób skomentowało Twój film
   *[other] { $actor } i jeszcze { $others } osoby skomentowali Twój film
}
notif-reply = { $actor } odpowiedział(a) na Twój komentarz
notif-mention = { $actor } oznaczył(a) Cię
notif-follow = { $count ->
    [one] { $actor } zaczął(-ęła) Cię obserwować
    [few] { $count } nowych obserwujących
    [many] { $count } nowych obserwujących
   *[other] { $count } nowego obserwującego
}
notif-follow_request = { $actor } prosi o możliwość obserwowania Cię
notif-follow_accepted = { $actor } zaakceptował(a) Twoją prośbę o obserwowanie
notif-comment_like = { $others ->
    [0] { $actor } polubił(a) Twój komentarz
    [one] { $actor } i jeszcze { $others } osoba polubili Twój komentarz
    [few] { $actor } i jeszcze { $others } osoby polubili Twój komentarz
    [many] { $actor } i jeszcze { $others } osób polubiło Twój komentarz
   *[other] { $actor } i jeszcze { $others } osoby polubili Twój komentarz
}
notif-duet = { $actor } nagrał(a) duet z Twoim filmem
notif-stitch = { $actor } zrobił(a) stitch Twojego filmu

## Settings
settings-title = Ustawienia
settings-save = Zapisz
settings-saved = Zapisano
settings-profile = Profil
settings-privacy = Prywatność
settings-private = Konto prywatne
settings-private-hint = Twoje filmy widzą tylko zaakceptowani przez Ciebie obserwujący.
settings-who-comment = Kto może komentować Twoje filmy
settings-who-duet = Kto może nagrywać duety z Twoimi filmami
settings-who-stitch = Kto może robić stitch Twoich filmów
policy-everyone = Wszyscy
policy-followers = Obserwujący
policy-nobody = Nikt
settings-liked-public = Pokazuj na moim profilu filmy, które polubiłem(-am)
settings-teen = Twoje konto jest kontem nastolatka: niektóre ustawienia są bardziej rygorystyczne.
settings-feed = Kanał
settings-reset-recommendations = Zresetuj moje rekomendacje
settings-reset-done = Twoje rekomendacje zostały zresetowane.
settings-language = Język
settings-language-label = Język interfejsu
settings-language-hint = Domyślnie Spool używa języka przeglądarki.
settings-data = Twoje dane
settings-data-intro = Pobierz wszystko, co Spool o Tobie przechowuje, i zobacz, którzy pracownicy to przeglądali i dlaczego.
settings-export = Pobierz moje dane
settings-region = Region macierzysty
settings-region-now = Twoje dane są przechowywane w: { $region }
settings-region-intro = Twoje dane osobowe znajdują się tylko w Twoim regionie macierzystym. Możesz je przenieść do innego.
settings-move-to = Nowy region macierzysty
settings-move = Przenieś moje dane
settings-move-confirm = Przenieść wszystkie Twoje dane osobowe do regionu { $region }?
settings-move-done = Twoje dane zostały przeniesione.
settings-account = Konto
settings-signed-in = Zalogowano jako { $handle }
settings-logout = Wyloguj się
settings-delete = Usuń konto
settings-delete-intro = Spowoduje to trwałe usunięcie konta, filmów i wszystkich danych. Tego nie można cofnąć.
settings-delete-confirm = Trwale usunąć konto i całą jego zawartość?
settings-sessions = Sesje
settings-sessions-intro = Urządzenia, na których jesteś zalogowany(-a). Wyloguj się z tych, których nie rozpoznajesz.
settings-sessions-logout-others = Wyloguj wszędzie indziej
settings-sessions-ended = { $count ->
    [one] Wylogowano z { $count } innej sesji.
    [few] Wylogowano z { $count } innych sesji.
    [many] Wylogowano z { $count } innych sesji.
   *[other] Wylogowano z { $count } innej sesji.
}
session-device = { $browser } w systemie { $os }
session-device-unknown = Nieznane urządzenie
session-current = To urządzenie
session-times = Zalogowano { $created } · ostatnia aktywność { $used }
session-logout = Wyloguj
session-logout-label = Wyloguj: { $device }
settings-password = Zmień hasło
settings-password-done = Hasło zostało zmienione. Wszystkie inne sesje zostały wylogowane.
field-current-password = Obecne hasło
field-new-password = Nowe hasło
access-title = Dostęp do moich danych
access-intro = Za każdym razem, gdy pracownik otwiera Twoje dane osobowe, zostaje to zapisane wraz z pisemnym uzasadnieniem. To jest pełna lista.
access-empty = Żaden pracownik nie uzyskał dostępu do Twoich danych.
access-unavailable = Dziennik dostępu nie jest jeszcze dostępny na tym serwerze.
access-when = Kiedy
access-staff = Pracownik
access-role = Rola
access-action = Co zrobił(a)
access-justification = Uzasadnienie
access-reference = Sygnatura
algorithm-title = Jak działa kanał
algorithm-intro = Kanał Dla Ciebie w Spool jest jawny: kod, jego wagi i powody wyboru każdego klipu są opublikowane.
algorithm-sources = Kandydaci pochodzą z obserwowanych kont, klipów podobnych do polubionych, tego, co popularne w Twoim regionie i języku, oraz nowych klipów pokazywanych małej grupie testowej.
algorithm-signals = Uczy się z tego, co robisz: jak długo oglądasz, powtórzeń, pominięć, polubień, udostępnień, komentarzy, obserwacji i „Nie interesuje mnie to”.
algorithm-filters = Pomija to, co już widziałeś(-aś), zablokowane konta i usunięte filmy, a także miesza tematy i twórców.
algorithm-control = Możesz wyłączyć personalizację, zresetować to, czego się nauczył, i przy każdym klipie zapytać „dlaczego ten film?”.
algorithm-published = Opublikowany opis
algorithm-unavailable = Opublikowany opis nie jest jeszcze dostępny na tym serwerze.

## Log in and sign up
login-title = Zaloguj się
login-submit = Zaloguj się
login-no-account = Nie masz jeszcze konta?
signup-title = Zarejestruj się
signup-intro = Twoje dane osobowe są przechowywane tylko w wybranym przez Ciebie regionie macierzystym.
signup-submit = Utwórz konto
signup-have-account = Masz już konto?
field-handle = Nazwa użytkownika
field-handle-hint = Od 2 do 24 liter, cyfr, _ lub .
field-display-name = Wyświetlana nazwa (opcjonalnie)
field-password = Hasło
field-password-hint = Co najmniej 8 znaków.
field-birth-date = Data urodzenia
field-birth-date-hint = Musisz mieć co najmniej 13 lat. Konta osób poniżej 18 lat są domyślnie prywatne.
field-region = Region macierzysty
field-region-hint = Gdzie są przechowywane Twoje dane osobowe.
field-email = E-mail (opcjonalnie)
field-email-hint = Używany tylko do odzyskania konta.
field-bio = Bio

## Errors
error-network = Nie można połączyć się z serwerem. Sprawdź połączenie.
error-internal = Coś poszło nie tak. Spróbuj ponownie.
error-unauthenticated = Najpierw się zaloguj.
error-invalid_credentials = Nieprawidłowa nazwa użytkownika lub hasło.
error-too_young = Aby korzystać ze Spool, musisz mieć co najmniej 13 lat.
error-csrf_rejected = Sesja wygasła. Odśwież stronę.
error-forbidden = Nie masz uprawnień, aby to zrobić.
error-comments_off = Komentarze do tego filmu są wyłączone.
error-remix_off = Twórca na to nie pozwala.
error-not_found = Nie znaleziono.
error-handle_taken = Ta nazwa użytkownika jest już zajęta.
error-rate_limited = Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.
error-invalid_handle = Użyj od 2 do 24 liter, cyfr, _ lub .
error-handle_reserved = Ta nazwa użytkownika jest zarezerwowana.
error-invalid_password = Hasło musi mieć od 8 do 128 znaków.
error-invalid_email = Ten adres e-mail wygląda na nieprawidłowy.
error-invalid_birth_date = Podaj prawidłową datę urodzenia.
error-invalid_display_name = Wyświetlana nazwa może mieć najwyżej 50 znaków.
error-invalid_bio = Bio może mieć najwyżej 160 znaków.
error-invalid_caption = Opis może mieć najwyżej 2200 znaków.
error-invalid_comment = Komentarz ma od 1 do 500 znaków.
error-unknown_region = Wybierz jeden z wymienionych regionów.
error-empty_file = Plik jest pusty.
error-not_media = Ten plik nie jest filmem.
error-no_video_stream = Ten plik nie zawiera obrazu wideo.
error-still_image = To jest nieruchomy obraz, a nie film.
error-too_short = Film jest za krótki (co najmniej 1 sekunda).
error-too_long = Film jest za długi (najwyżej 10 minut).
error-too_large = Film jest za duży.
error-unsupported_codec = Ten format wideo nie jest obsługiwany.
error-transcode_failed = Nie udało się przetworzyć filmu.
error-wrong_password = Obecne hasło jest nieprawidłowe.
error-quota_exceeded = Miejsce na dane jest pełne. Usuń filmy lub niedokończone przesyłania, aby zwolnić miejsce.
error-bad_request = Nie udało się odczytać żądania.

## Moderation: reports
report-title-video = Zgłoś ten film
report-title-comment = Zgłoś ten komentarz
report-title-account = Zgłoś to konto
report-category-choose = Wybierz powód
report-category-hate_speech = Mowa nienawiści
report-category-harassment = Nękanie i prześladowanie
report-category-violent_extremism = Brutalny ekstremizm
report-category-disinformation = Wprowadzające w błąd informacje i dezinformacja
report-category-child_safety = Bezpieczeństwo dzieci
report-category-self_harm = Samookaleczenia i zaburzenia odżywiania
report-category-illegal_goods = Nielegalne towary i usługi
report-category-scams = Oszustwa i wyłudzenia
report-category-spam = Spam
report-category-intellectual_property = Własność intelektualna
report-category-other = Coś innego
report-dsa-legend = O Tobie
report-dsa-intro = Nie jesteś zalogowany(-a), więc to jest zgłoszenie na podstawie art. 16 unijnego aktu o usługach cyfrowych. Aby je rozpatrzyć, potrzebujemy Twojego imienia i nazwiska oraz adresu e-mail; zgłoszona osoba nigdy nie dowie się, kim jesteś.
report-name = Imię i nazwisko
report-email = Twój adres e-mail
report-email-hint = Tu wyślemy rozstrzygnięcie.
report-good-faith = W dobrej wierze oświadczam, że informacje w tym zgłoszeniu są dokładne i kompletne.
report-login-instead = Masz konto?
report-sent = Dziękujemy. Zgłoszenie zostało wysłane, a moderator je sprawdzi.
report-duplicate = Już to zgłosiłeś(-aś). Wcześniejsze zgłoszenie nadal się liczy; nie trzeba wysyłać go ponownie.
report-receipt-intro = Zachowaj to potwierdzenie: dzięki niemu sprawdzisz, co postanowiono.
report-receipt = Twoje potwierdzenie
report-receipt-hint = Numer zgłoszenia { $id }
report-receipt-copy = Kopiuj potwierdzenie
report-receipt-copied = Skopiowano potwierdzenie.
report-check-later = Sprawdź to zgłoszenie później
report-follow-up = Poinformujemy Cię o rozstrzygnięciu. Możesz je też śledzić w sekcji
report-outcome = Rozstrzygnięto { $date }: { $action }
report-outcome-policy = Zastosowana zasada: { $policy }
report-state-open = Czeka na rozpatrzenie
report-state-decided = Rozstrzygnięte
comment-report = Zgłoś komentarz użytkownika { $handle }
profile-report = Zgłoś
profile-withheld = To konto nie jest dostępne w Twojej lokalizacji.
label-panel = Informacja
label-more = Dowiedz się więcej
video-age-restricted = Ograniczenie wiekowe
video-held = Wstrzymany
video-held-own = Twój film jest wstrzymany: pasuje do treści usuniętych wcześniej. Moderator go sprawdzi.
video-removed-own = Twój film został usunięty przez moderatora. Tylko Ty widzisz ten komunikat.
video-reduced-own = Po decyzji moderacyjnej Twój film nie jest polecany w kanałach. Tylko Ty widzisz ten komunikat.
video-withheld = Ten film nie jest dostępny w Twojej lokalizacji.
status-link = Zobacz dlaczego i jak się odwołać

## Moderation: actions, targets, grounds
action-no_violation = Brak naruszenia
action-remove = Usunięto
action-age_restrict = Ograniczenie wiekowe
action-restrict_regions = Ograniczono w niektórych regionach
action-label = Dodano etykietę informacyjną
action-reduce_distribution = Ograniczono zasięg
action-suspend = Konto zawieszone
action-terminate = Konto zamknięte
target-video = Film
target-comment = Komentarz
target-account = Konto
ground-illegal = Treść nielegalna
ground-incompatible = Niezgodne z zasadami społeczności
source-notice = Zgłoszenie od osoby, która to zgłosiła
source-trusted-flagger = Zgłoszenie od zaufanego podmiotu sygnalizującego
source-own-initiative = Własna kontrola Spool
decision-reversed = Cofnięto

## Account status and statements of reasons
status-title = Stan konta
settings-status-intro = Decyzje dotyczące Twoich treści, Twoje odwołania i wysłane przez Ciebie zgłoszenia.
settings-about = O Spool
status-standing = Twoje konto
status-good = Twoje konto jest w dobrym stanie.
status-suspended = Twoje konto jest zawieszone.
status-suspended-until = Twoje konto jest zawieszone do { $date }.
status-terminated = Twoje konto zostało zamknięte. Nadal możesz czytać decyzje i się odwołać.
status-strikes = { $count ->
    [one] { $count } ostrzeżenie z { $threshold }
    [few] { $count } ostrzeżenia z { $threshold }
    [many] { $count } ostrzeżeń z { $threshold }
   *[other] { $count } ostrzeżenia z { $threshold }
}
status-strikes-hint = Każda decyzja przeciw Twoim treściom to ostrzeżenie. Po osiągnięciu limitu konto zostaje zawieszone. Stare ostrzeżenia wygasają.
status-history = Wcześniejsze decyzje
status-statements = Decyzje i ich uzasadnienia
status-statements-intro = Przy każdej decyzji wysyłamy uzasadnienie: co postanowiono, na podstawie której zasady i jak się odwołać.
status-no-statements = Brak decyzji dotyczących Twoich treści.
status-my-reports = Moje zgłoszenia
status-no-reports = Niczego nie zgłaszałeś(-aś).
status-receipt-title = Twoje zgłoszenie
statement-heading = { $action } · { $date }
statement-decision = Decyzja
statement-content = Treść
statement-facts = Co ustaliliśmy
statement-policy = Zasada
statement-ground-illegal = Uznajemy tę treść za nielegalną.
statement-ground-incompatible = Treść jest niezgodna z naszymi zasadami społeczności.
statement-legal-ground = Podstawa prawna: { $ground }
statement-policy-ground = Zasada: { $ground }
statement-label = Wyświetlana etykieta
statement-detection = Jak to wykryto
statement-detected-auto = Za pomocą narzędzi automatycznych
statement-detected-human = Bez narzędzi automatycznych
statement-automated = Jak podjęto decyzję
statement-decided-auto = Przez system automatyczny
statement-decided-human = Przez człowieka, nie automatycznie
statement-source = Co zapoczątkowało weryfikację
statement-scope = Gdzie obowiązuje
statement-scope-everywhere = Wszędzie
statement-duration = Jak długo
statement-duration-until = Od { $from } do { $until }
statement-duration-open = Od { $from }, bez daty końcowej
statement-account-suspended = Twoje konto zostało zawieszone.
statement-account-terminated = Twoje konto zostało zamknięte.
statement-appeal = Odwołanie
statement-appeal-until = Możesz się odwołać do { $date }. Rozpatrzy je inny moderator.
statement-appeal-possible = Możesz się odwołać. Rozpatrzy je inny moderator.
statement-appeal-closed = Od tej decyzji nie można już się tu odwołać. Nadal możesz zwrócić się do certyfikowanego organu pozasądowego rozstrzygania sporów lub do sądu.
statement-appeal-open = Twoje odwołanie jest rozpatrywane.
statement-appeal-upheld = Twoje odwołanie zostało uwzględnione: decyzję cofnięto.
statement-appeal-rejected = Twoje odwołanie zostało rozpatrzone, a decyzja pozostaje w mocy.
statement-technical = Szczegóły techniczne (w postaci wysłanej do unijnej bazy danych przejrzystości)
appeal-text = Dlaczego decyzja powinna zostać zmieniona?
appeal-text-hint = Wyjaśnij, co moderator mógł przeoczyć. Możesz dodać kontekst lub linki.
appeal-send = Wyślij odwołanie
appeal-sent = Odwołanie zostało wysłane. Rozpatrzy je inny moderator, a Ty otrzymasz nowe uzasadnienie.
appeal-exists = Masz już otwarte odwołanie od tej decyzji.

## Moderator console
mod-title = Moderacja
mod-region = Region
mod-region-hint = Kolejka regionu, który moderujesz.
mod-not-moderator = Nie jesteś moderatorem tego regionu.
queue-title = Kolejka do przeglądu: { $region }
queue-refresh = Odśwież
queue-empty = Kolejka jest pusta.
queue-count = { $count ->
    [one] { $count } element, najpilniejsze najpierw
    [few] { $count } elementy, najpilniejsze najpierw
    [many] { $count } elementów, najpilniejsze najpierw
   *[other] { $count } elementu, najpilniejsze najpierw
}
queue-kind-notice = Zgłoszenie
queue-kind-appeal = Odwołanie
queue-kind-match = Dopasowanie
queue-severity = Waga
queue-notices = Zgłoszenia
queue-reach = Wyświetlenia (24 h)
queue-detection = Wykryte przez
queue-automated = Automatyczne wykrywanie
queue-human = Ludzie
queue-due = Termin { $time }
queue-overdue = Po terminie: termin upłynął { $time }
queue-claimed-mine = Przejęte przez Ciebie; przejęcie wygasa { $time }
queue-claimed-other = Przejęte przez innego moderatora
queue-claim = Przejmij
queue-claim-done = Przejęto. Przez najbliższe minuty należy do Ciebie.
queue-open = Przejrzyj
item-title = Przegląd
item-heading = Przegląd: { $category }
item-back = Wróć do kolejki
item-decided = Rozstrzygnięte
item-context = Treść
item-player = Zgłoszony film
item-caption = Opis
item-sound = Dźwięk
item-state = Stan
item-remixes = Remiksy
item-none = Brak
item-open-video = Strona filmu
item-open-video-link = Otwórz film
item-comment-text = Komentarz
item-comment-video = Pod filmem
item-account = Konto
item-detection = Automatyczne wykrywanie
item-notices = { $count ->
    [one] { $count } zgłoszenie
    [few] { $count } zgłoszenia
    [many] { $count } zgłoszeń
   *[other] { $count } zgłoszenia
}
item-history = Wcześniejsze decyzje dotyczące tego konta
item-history-none = Brak wcześniejszych decyzji.
item-appeal = Odwołanie
item-appeal-decision = Decyzja, od której się odwołano
decide-title = Decyzja
decide-action = Działanie
decide-policy = Zasada
decide-policy-category = Zasada ogólna: { $category }
decide-legal-ground = Podstawa prawna: { $ground }
decide-facts = Fakty
decide-facts-hint = Co ustaliłeś(-aś), prostymi słowami. Twórca to przeczyta.
decide-restrict = Gdzie ograniczyć
decide-restrict-hint = Wybierz regiony, kraje lub jedno i drugie. Nakaz prawny wymaga sygnatury.
decide-regions = Regiony
decide-countries = Kraje
decide-countries-hint = Dwuliterowe kody krajów oddzielone przecinkami (DE, AT).
decide-reference = Sygnatura (nakaz sądu lub organu)
decide-reference-hint = Opcjonalnie. Pokazywana widzom, którzy nie mogą zobaczyć treści.
decide-restrict-empty = Wybierz co najmniej jeden region lub kraj.
decide-label = Etykieta informacyjna
decide-label-text = Tekst etykiety
decide-label-url = Link do dalszych informacji
decide-suspend = Zawieszenie
decide-days = Dni
decide-days-hint = Od 1 do 365.
decide-submit = Zdecyduj
decide-done = Zapisano decyzję: { $action }. Uzasadnienie zostało wysłane.
appeal-decide-title = Rozstrzygnij odwołanie
appeal-outcome = Wynik
appeal-outcome-upheld = Uwzględnij odwołanie
appeal-outcome-upheld-hint = Decyzja zostaje natychmiast cofnięta, a treść lub konto przywrócone.
appeal-outcome-rejected = Odrzuć odwołanie
appeal-outcome-rejected-hint = Decyzja pozostaje w mocy.
appeal-decide-submit = Rozstrzygnij odwołanie
appeal-decided-upheld = Odwołanie uwzględnione: decyzję cofnięto. Wysłano nowe uzasadnienie.
appeal-decided-rejected = Odwołanie odrzucone: decyzja pozostaje w mocy. Wysłano nowe uzasadnienie.
error-claimed = Ten element przejął inny moderator.
error-same_moderator = Moderator, który podjął decyzję, nie może rozstrzygać odwołania od niej.

## Transparency report
transparency-title = Przejrzystość
transparency-intro = Jak działa moderacja w Spool, w liczbach: zgłoszenia, decyzje, czas ich podejmowania, odwołania i cofnięcia. Nie pokazujemy żadnych danych osobowych.
transparency-region = Region
transparency-all-regions = Wszystkie regiony
transparency-period = Okres
transparency-period-days = Ostatnie 30 dni, dziennie
transparency-period-weeks = Ostatnie 12 tygodni, tygodniowo
transparency-period-months = Ostatnie 12 miesięcy, miesięcznie
transparency-range = Od { $from } do { $to }
transparency-csv = Pobierz jako CSV
transparency-summary = Łącznie: { $region }
transparency-notices = Zgłoszenia
transparency-decisions = Decyzje
transparency-median = Mediana czasu do decyzji
transparency-p90 = 90. percentyl
transparency-hours = { $hours } godz.
transparency-hours-unit = godz.
transparency-deadline-misses = Przekroczone terminy
transparency-automated-detection = Wykryte narzędziami automatycznymi
transparency-automated-decision = Rozstrzygnięte automatycznie
transparency-suspensions = Zawieszenia
transparency-appeals = Odwołania
transparency-reversals = Cofnięcia
transparency-over-time = W czasie
transparency-chart-volume = Zgłoszenia i decyzje
transparency-chart-speed = Czas do decyzji (godziny)
transparency-breakdown = Podział
transparency-chart-notices-category = Zgłoszenia według kategorii
transparency-chart-decisions-action = Decyzje według działania
transparency-chart-decisions-category = Decyzje według kategorii
transparency-chart-ground = Decyzje według podstawy
transparency-chart-source = Zgłoszenia według źródła
transparency-appeals-title = Odwołania
transparency-chart-appeals = Wyniki odwołań
transparency-chart-appeals-time = Odwołania i cofnięcia w czasie
transparency-appeals-upheld = Uwzględnione
transparency-appeals-rejected = Odrzucone
transparency-appeals-open = Otwarte
transparency-orders = Nakazy prawne i kontrola automatyczna
transparency-chart-orders = Nakazy prawne według regionu
transparency-screening-flagged = Oznaczone przez kontrolę
transparency-screening-decided = Sprawdzone
transparency-screening-confirmed = Potwierdzone
transparency-screening-precision = Precyzja
transparency-none = Nic w tym okresie.
transparency-yes = Tak
transparency-no = Nie
transparency-log = Rejestr decyzji
transparency-log-intro = Każda decyzja, bez danych zgłaszających, twórców i moderatorów.
transparency-log-date = Data
transparency-log-action = Decyzja
transparency-log-category = Kategoria
transparency-log-ground = Podstawa
transparency-log-content = Treść
transparency-log-detected = Wykrycie automatyczne
transparency-log-automated = Decyzja automatyczna
transparency-log-scope = Gdzie
transparency-log-source = Źródło
transparency-log-reversed = Cofnięta
transparency-log-more = Więcej decyzji
transparency-log-empty = Nie ma jeszcze decyzji.
chart-show-table = Pokaż liczby w tabeli
chart-summary-line = Od { $from } do { $to }. Łącznie: { $totals }
chart-period = Okres
chart-item = Pozycja
chart-value = Liczba
notif-statement = Podjęto decyzję moderacyjną dotyczącą Twoich treści. Przeczytaj dlaczego i jak się odwołać.
notif-report_outcome = Rozstrzygnięto wysłane przez Ciebie zgłoszenie.

## Moderation: more codes from the server
action-hold = Wstrzymane do przeglądu
action-reversed = Cofnięte po odwołaniu
action-upheld_decision = Utrzymane po odwołaniu
action-appeal_upheld = Odwołanie uwzględnione
action-appeal_rejected = Odwołanie odrzucone
notice-source-account = Zgłoszenie z konta
notice-source-anonymous = Zgłoszenie bez konta (art. 16 DSA)
notice-source-screening = Kontrola automatyczna
notice-source-fingerprint = Dopasowanie do usuniętej treści
notice-source-legal_order = Nakaz prawny
source-complaint = Odwołanie
statement-scope-eea = UE i EOG (30 krajów)
statement-regions = Regiony
statement-reference = Sygnatura nakazu
statement-outcome-heading = { $action } · { $date }
error-already_decided = To już zostało rozstrzygnięte.
error-appeal_open = Od tej decyzji jest już otwarte odwołanie.
error-appeal_closed = Od tej decyzji nie można się już odwołać.
error-account_suspended = Twoje konto jest zawieszone, więc nie możesz teraz tego zrobić.
error-account_terminated = Twoje konto jest zamknięte.
error-not_moderator = Nie jesteś moderatorem tego regionu.
video-withheld-own = Twój film jest niedostępny w: { $places }. Tylko Ty widzisz ten komunikat.
item-restrictions = Obecne ograniczenia

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Zaloguj się, aby kontynuować
signin-sheet-intro = Zaloguj się, aby polubiać, komentować, obserwować i mieć kanał dopasowany do siebie.
feed-caught-up = Jesteś na bieżąco
feed-caught-up-hint = Na razie obejrzałeś(-aś) wszystkie klipy. Więcej znajdziesz w Odkrywaj.
feed-explore = Odkrywaj
clip-creator-profile = Profil { $handle }
unfollow-handle = Przestań obserwować { $handle }
clip-progress = Pozycja odtwarzania
clip-progress-value = { $at } z { $length }
video-edit = Edytuj film
video-edit-save = Zapisz
video-edit-done = Zapisano zmiany
video-delete = Usuń film
video-delete-confirm = Trwale usunąć ten film? Jego komentarze i polubienia też znikną.
video-delete-done = Film usunięty
back = Wstecz
cancel = Anuluj
discover-trending = Teraz na topie
discover-trending-tags = Popularne hashtagi

## How the feed works: its stages and parameters
algo-stage-events = Z czego uczy się kanał
algo-stage-model = Model upodobań
algo-stage-candidates = Skąd pochodzą kandydaci
algo-stage-exploration = Szansa dla nowych filmów
algo-stage-ranking = Ranking
algo-stage-filters = Co jest odfiltrowywane
algo-stage-diversity = Różnorodność
algo-stage-non_personalized = Kanał bez personalizacji
algo-technical = Opis techniczny (po angielsku)
algo-param-bias-learning-rate = Jak szybko poznaje się atrakcyjność samego filmu
algo-param-expiry-secs = Zapominane po bezczynności trwającej
algo-param-history-len = Liczba ostatnich obejrzeń, które się liczą
algo-param-history-weight = Waga ostatnich obejrzeń
algo-param-init-scale = Początkowy rozrzut nowych wierszy
algo-param-item-min-count = Interakcje, zanim film dostanie własny wiersz
algo-param-learning-rate = Jak szybko poznaje się upodobania
algo-param-margin = Margines między polubionymi a pominiętymi filmami
algo-param-negative-trials = Filmy sprawdzane przy szukaniu kontrprzykładu
algo-param-negatives-per-positive = Kontrprzykłady na jeden sygnał pozytywny
algo-param-regularization = Regularyzacja (chroni model przed nadmiernym dopasowaniem)
algo-param-seed = Ziarno losowości (dla powtarzalności)
algo-param-max-age-hours = Nowe filmy są testowane przez
algo-param-min-completion-rate = Obejrzane do końca co najmniej
algo-param-min-engagement-rate = Polubienia, komentarze i udostępnienia na wyświetlenie co najmniej
algo-param-slots-per-page = Miejsca na stronie dla nowych filmów
algo-param-stages = Wielkość widowni w etapach testowych
algo-param-freshness-hours = Film uchodzi za świeży przez
algo-param-trending-half-life-hours = Popularność liczy się w połowie po
algo-param-weights = Wagi wyniku rankingu
algo-param-engagement = Oczekiwane zaangażowanie
algo-param-exploration = Eksploracja
algo-param-following = Obserwowane konta
algo-param-freshness = Świeżość
algo-param-trending = Popularność
algo-param-creator-spacing = Klipy, zanim znów pojawi się ten sam twórca
algo-param-sound-spacing = Klipy, zanim znów pojawi się ten sam dźwięk
algo-param-catalog-videos = Filmy w katalogu
algo-param-viewers-with-state = Widzowie znani modelowi

tile-views = { $count ->
    [one] { $count } wyświetlenie
    [few] { $count } wyświetlenia
    [many] { $count } wyświetleń
   *[other] { $count } wyświetlenia
}

## Long press: speed
clip-options = Opcje
speed-title = Prędkość odtwarzania
speed-normal = Normalna
speed-value = { $rate }×
speed-set = Odtwarzanie z prędkością { $rate }×

## Upload: preview, cover, draft
upload-preview = Podgląd klipu
upload-cover = Okładka
upload-cover-hint = Przesuń do klatki, którą ludzie zobaczą przed odtworzeniem klipu.
upload-draft-restored = Twój szkic wrócił: opis i ustawienia takie, jak je zostawiłeś(-aś).
error-invalid_cover = Okładka musi być momentem z klipu.

# Captions and profile photos
clip-captions-on = Włącz napisy
clip-captions-off = Wyłącz napisy
captions-on = Napisy włączone
captions-off = Napisy wyłączone
captions-title = Napisy
captions-file = Plik z napisami (.vtt)
captions-hint = Plik WebVTT, jeden na każdy język. Wszystkie napisy muszą mieścić się w czasie trwania klipu.
captions-language = Język napisów
captions-add = Dodaj napisy
captions-remove = Usuń napisy ({ $language })
captions-remove-short = Usuń
captions-none = Nie ma jeszcze napisów.
captions-added = Dodano napisy ({ $language }).
captions-removed = Usunięto napisy ({ $language }).
captions-failed = Twój klip został opublikowany, ale nie dodano napisów: { $reason } Możesz je dodać w oknie edycji klipu.
captions-pick-file = Najpierw wybierz plik .vtt.
error-invalid_webvtt = To nie jest prawidłowy plik napisów WebVTT.
error-invalid_language = Wybierz język napisów.
profile-photo-choose = Zdjęcie profilowe
profile-photo-hint = JPEG, PNG lub WebP, do 8 MB. Zdjęcie zostanie przycięte do kwadratu, a informacje o tym, gdzie i czym je zrobiono, zostaną usunięte.
profile-photo-remove = Usuń zdjęcie
profile-photo-type = Wybierz obraz JPEG, PNG lub WebP.
profile-edit-save = Zapisz profil
profile-edit-done = Zapisano profil.
error-invalid_photo = Ten plik nie jest obrazem, który da się odczytać.
error-photo_too_small = Zdjęcie jest za małe: wybierz takie, które ma co najmniej 64 piksele z każdej strony.
error-photo_too_large = Zdjęcie jest za duże: może mieć najwyżej 8192 piksele z każdej strony.
error-invalid_crop = Zachowywana część zdjęcia musi być kwadratem mieszczącym się w jego obrębie.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Inne instancje
fed-intro = Obserwuj osoby z innych instancji, które obsługują ActivityPub, na przykład z innych serwerów Spool. Ich filmy pojawiają się w Twoim kanale Obserwowani.
fed-teen = Konta nastolatków pozostają na tej instancji: nie mogą obserwować kont z innych instancji ani być przez nie obserwowane.
fed-address = Adres na innej instancji
fed-address-hint = W postaci nazwa@host, na przykład alex@example.org
fed-follow = Obserwuj
fed-address-invalid = Wpisz adres w postaci nazwa@host, na przykład alex@example.org.
fed-address-local = To konto jest na tej instancji: obserwuj je z jego profilu.
fed-not-found = Nie znaleziono konta { $handle }. Sprawdź adres.
fed-requested = Wysłano prośbę o obserwowanie do { $handle }.
fed-following = Konta, które tam obserwujesz
fed-following-empty = Nie obserwujesz jeszcze nikogo na innej instancji.
fed-pending = Prośba wysłana
fed-followers = Twoi obserwujący stamtąd
fed-followers-empty = Nikt z innej instancji jeszcze Cię nie obserwuje.
fed-wants-to-follow = Chce Cię obserwować
fed-unfollow = Przestań obserwować
fed-accept = Akceptuj
fed-accept-label = Akceptuj prośbę o obserwowanie od { $handle }
fed-decline = Odrzuć
fed-decline-label = Odrzuć prośbę o obserwowanie od { $handle }
fed-remove = Usuń
fed-remove-label = Usuń { $handle } z obserwujących
fed-accepted = { $handle } obserwuje Cię teraz.
fed-declined = Odrzucono prośbę od { $handle }.
fed-removed = { $handle } już Cię nie obserwuje.
fed-from = Z { $host }
fed-open = Otwórz na { $host }
fed-cannot-play = Tego filmu nie można tu odtworzyć.
comment-remote-remove = Usuń odpowiedź od { $handle }
fed-shared-by = Udostępnione przez { $handle }
reason-remote_instance = Z { $host }, instancji, na której ludzie stąd obserwują konta
fed-like = Lubię to
