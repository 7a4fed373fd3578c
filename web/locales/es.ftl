# Spool: español

## Page shell (server-rendered)
app-name = Spool
app-title = Spool: vídeos cortos
app-description = Mira, crea y comparte vídeos cortos. Tus datos se quedan en tu región de origen.
skip-to-content = Saltar al contenido
loading = Cargando…
noscript = Spool necesita JavaScript para reproducir vídeos. Actívalo o usa la API directamente.
assets-missing = El cliente web no se incluyó en este servidor. Compílalo con «npm ci && npm run build» en la carpeta web/ y vuelve a compilar Spool.
title-page = { $page } · Spool
title-not-found = No encontrado · Spool
not-found = Esta página no existe.
close = Cerrar

## Navigation
nav-label = Principal
nav-home = Inicio
nav-discover = Descubrir
nav-upload = Subir
nav-inbox = Bandeja
nav-profile = Perfil
nav-unread = { $count ->
    [one] { $count } notificación sin leer
   *[other] { $count } notificaciones sin leer
}

## Feed
feed-tabs = Feeds
feed-for-you = Para ti
feed-following = Siguiendo
feed-personalized = Personalizado
feed-mode-hint = Desactivado, el feed no usa ningún perfilado: muestra lo popular y lo nuevo en tu región e idioma.
feed-mode-personalized = Feed personalizado activado
feed-mode-non-personalized = Feed personalizado desactivado: sin perfilado
feed-empty = Todavía no hay nada que ver. Sube el primer clip o busca algo.
feed-following-empty = No hay clips nuevos de las cuentas que sigues.
feed-login = Inicia sesión para ver clips de las cuentas que sigues.
feed-unavailable = El feed aún no está disponible en este servidor. Prueba la búsqueda o un perfil.
video-title = Vídeo
video-processing = Procesando…
video-failed = Error al procesar
clip-video-label = Vídeo de { $handle }
clip-loading = Cargando el vídeo
clip-unmute = Activar el sonido
clip-mute = Silenciar
clip-play = Reproducir
clip-pause = Pausar
clip-actions = Acciones del vídeo de { $handle }
clip-like = { $count ->
    [one] Me gusta ({ $count } me gusta)
   *[other] Me gusta ({ $count } me gusta)
}
clip-comments = { $count ->
    [one] Comentarios ({ $count } comentario)
   *[other] Comentarios ({ $count } comentarios)
}
clip-share = { $count ->
    [one] Compartir ({ $count } vez compartido)
   *[other] Compartir ({ $count } veces compartido)
}
clip-more = Más opciones
clip-sound = Sonido original – { $handle }
clip-duet-of = Dúo: ver el original
clip-stitch-of = Stitch: ver el original
follow-handle = Seguir a { $handle }
follow-requested = Solicitado
follow-done = Ahora sigues a { $handle }
unfollow-done = Ya no sigues a { $handle }
login-needed = Inicia sesión primero.
share-title = Compartir
share-link = Enlace a este vídeo
share-copy = Copiar enlace
share-copied = Enlace copiado
not-interested = No me interesa
not-interested-done = Entendido: verás menos clips como este.
open-sound = Abrir el sonido
make-duet = Hacer un dúo
make-stitch = Hacer stitch de este vídeo
why-title = ¿Por qué este vídeo?
why-none = Este clip se abrió directamente; no lo eligió el feed.
why-explainer = El feed elige los clips con reglas publicadas. Puedes desactivar la personalización cuando quieras.
algorithm-link = Cómo funciona el feed

## Reasons
reason-follows_creator = Sigues a { $handle }
reason-topic = Ves clips sobre { $hashtag }
reason-similar_to_liked = Parecido a clips que te gustaron
reason-taste_match = Encaja con lo que sueles ver
reason-trending_region = Popular en tu región ({ $region })
reason-trending_language = Popular en tu idioma ({ $language })
reason-new_video_test_audience = Un clip nuevo mostrado a un pequeño público de prueba
reason-fresh = Publicado hace poco
reason-sound = Usa el sonido «{ $sound }»
reason-seen_before = Has visto todos los clips nuevos; vuelve a ver este

## Comments
comments-title = { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
}
comments-empty = Aún no hay comentarios. Sé el primero.
comments-more = Más comentarios
comments-off = Los comentarios están desactivados en este vídeo.
comment-add = Añade un comentario
comment-send = Publicar
comment-sent = Comentario publicado
comment-reply = Responder
comment-reply-to = Responder a { $handle }
comment-cancel-reply = Cancelar respuesta
comment-replies = { $count ->
    [one] Ver { $count } respuesta
   *[other] Ver { $count } respuestas
}
comment-like = { $count ->
    [one] Me gusta el comentario ({ $count } me gusta)
   *[other] Me gusta el comentario ({ $count } me gusta)
}
comment-pinned = Fijado
comment-login = Inicia sesión para comentar

## Reports
report = Denunciar
report-intro = Cuéntanos qué pasa. Un moderador revisa cada denuncia y recibirás una respuesta.
report-category = Motivo
report-note = Detalles (opcional)
report-note-hint = ¿En qué debería fijarse el moderador?
report-send = Enviar denuncia

## Upload
upload-title = Subir
upload-file = Archivo de vídeo
upload-file-hint = De 1 segundo a 10 minutos. La subida empieza enseguida y se reanuda si se corta la conexión.
upload-progress-label = Progreso de la subida
upload-progress = { $percent } % ({ $sent } de { $total } bytes)
upload-done = Subida completada
upload-error = La subida ha fallado. Inténtalo de nuevo.
upload-pause = Pausar
upload-resume = Reanudar
upload-caption = Descripción
upload-caption-hint = Escribe # para hashtags y @ para mencionar a alguien.
upload-visibility = Quién puede verlo
visibility-public = Todos
visibility-followers = Seguidores
visibility-private = Solo yo
upload-allow = Permitir a otros
upload-allow-comments = Comentar
upload-allow-duet = Hacer dúos
upload-allow-stitch = Hacer stitch
upload-sound = Sonido (opcional)
upload-sound-search = Buscar un sonido
upload-sound-none = Tu clip conserva su propio sonido.
upload-sound-chosen = Sonido: { $title }
upload-sound-clear = Usar mi propio sonido
upload-duet = Dúo con { $handle }
upload-stitch = Stitch del vídeo de { $handle }
upload-post = Publicar
upload-pick-first = Elige primero un archivo de vídeo.
upload-waiting = Terminando la subida…
upload-processing = Procesando tu vídeo… Tarda más o menos lo que dura el clip.
upload-ready = ¡Tu vídeo está listo!
upload-watch = Verlo
upload-to-profile = Ir a tu perfil
suggestions = Sugerencias
suggestions-count = { $count ->
    [one] { $count } sugerencia. Usa las flechas arriba y abajo para elegir.
   *[other] { $count } sugerencias. Usa las flechas arriba y abajo para elegir.
}

## Profiles, hashtags, sounds
profile-not-found = Esta cuenta no existe.
profile-edit = Editar perfil
profile-follow = Seguir
profile-following = Siguiendo
profile-private = Privada
profile-private-body = Esta cuenta es privada. Síguela para ver sus vídeos.
profile-following-count = Siguiendo
profile-followers-count = Seguidores
profile-likes-count = Me gusta
profile-videos-count = Vídeos
profile-videos = Vídeos
profile-empty = Todavía no hay vídeos.
profile-empty-own = Aún no has publicado nada. Tus clips aparecerán aquí.
tile-label = { $caption }, de { $handle }
tile-label-plain = Vídeo de { $handle }
hashtag-count = { $count ->
    [one] { $count } vídeo
   *[other] { $count } vídeos
}
hashtag-empty = Aún no hay vídeos públicos con este hashtag.
sound-title = Sonido
sound-listen = Escuchar { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } vídeo
   *[other] { $count } vídeos
}
sound-use = Usar este sonido
sound-original = Vídeo original
sound-sort = Ordenar vídeos
sound-newest = Más recientes
sound-popular = Populares
sound-empty = Ningún vídeo usa este sonido todavía.

## Search
search-title = Descubrir
search-label = Buscar
search-placeholder = Busca cuentas, vídeos, #hashtags, sonidos
search-submit = Buscar
search-types = Qué buscar
search-videos = Vídeos
search-accounts = Cuentas
search-hashtags = Hashtags
search-sounds = Sonidos
search-results = Resultados
search-hint = Escribe una palabra, un #hashtag o un @usuario.
search-empty = No se encontró nada para «{ $query }».
search-followers = { $count ->
    [one] { $count } seguidor
   *[other] { $count } seguidores
}

## Inbox
inbox-title = Bandeja
inbox-requests = Solicitudes de seguimiento
inbox-activity = Actividad
inbox-empty = Aún no hay notificaciones.
inbox-unread = Sin leer:
request-accept = Aceptar
request-decline = Rechazar
request-accepted = { $handle } ya puede ver tus vídeos
request-declined = Solicitud de { $handle } rechazada
notif-like = { $count ->
    [one] A { $actor } le gustó tu vídeo
   *[other] A { $count } personas les gustó tu vídeo
}
notif-comment = { $others ->
    [0] { $actor } comentó tu vídeo
   *[other] { $actor } y { $others } más comentaron tu vídeo
}
notif-reply = { $actor } respondió a tu comentario
notif-mention = { $actor } te mencionó
notif-follow = { $count ->
    [one] { $actor } empezó a seguirte
   *[other] { $count } seguidores nuevos
}
notif-follow_request = { $actor } quiere seguirte
notif-follow_accepted = { $actor } aceptó tu solicitud
notif-comment_like = { $others ->
    [0] A { $actor } le gustó tu comentario
   *[other] A { $actor } y { $others } más les gustó tu comentario
}
notif-duet = { $actor } hizo un dúo con tu vídeo
notif-stitch = { $actor } hizo stitch de tu vídeo

## Settings
settings-title = Ajustes
settings-save = Guardar
settings-saved = Guardado
settings-profile = Perfil
settings-privacy = Privacidad
settings-private = Cuenta privada
settings-private-hint = Solo los seguidores que apruebes pueden ver tus vídeos.
settings-who-comment = Quién puede comentar tus vídeos
settings-who-duet = Quién puede hacer dúos con tus vídeos
settings-who-stitch = Quién puede hacer stitch de tus vídeos
policy-everyone = Todos
policy-followers = Seguidores
policy-nobody = Nadie
settings-liked-public = Mostrar en mi perfil los vídeos que me gustan
settings-teen = Tu cuenta es de adolescente: algunos ajustes son más estrictos.
settings-feed = Feed
settings-reset-recommendations = Restablecer mis recomendaciones
settings-reset-done = Se han restablecido tus recomendaciones.
settings-language = Idioma
settings-language-label = Idioma de la interfaz
settings-language-hint = Por defecto, Spool usa el idioma de tu navegador.
settings-data = Tus datos
settings-data-intro = Descarga todo lo que Spool guarda sobre ti y mira qué miembros del equipo lo consultaron y por qué.
settings-export = Descargar mis datos
settings-region = Región de origen
settings-region-now = Tus datos se guardan en: { $region }
settings-region-intro = Tus datos personales solo están en tu región de origen. Puedes trasladarlos a otra.
settings-move-to = Nueva región de origen
settings-move = Trasladar mis datos
settings-move-confirm = ¿Trasladar todos tus datos personales a { $region }?
settings-move-done = Tus datos se han trasladado.
settings-account = Cuenta
settings-signed-in = Sesión iniciada como { $handle }
settings-logout = Cerrar sesión
settings-delete = Eliminar cuenta
settings-delete-intro = Esto elimina para siempre tu cuenta, tus vídeos y todos tus datos. No se puede deshacer.
settings-delete-confirm = ¿Eliminar para siempre tu cuenta y todo lo que contiene?
settings-sessions = Sesiones
settings-sessions-intro = Los dispositivos en los que has iniciado sesión. Cierra la sesión en los que no reconozcas.
settings-sessions-logout-others = Cerrar sesión en todos los demás
settings-sessions-ended = { $count ->
    [one] Se cerró { $count } sesión más.
   *[other] Se cerraron { $count } sesiones más.
}
session-device = { $browser } en { $os }
session-device-unknown = Dispositivo desconocido
session-current = Este dispositivo
session-times = Sesión iniciada { $created } · última actividad { $used }
session-logout = Cerrar sesión
session-logout-label = Cerrar la sesión de { $device }
settings-password = Cambiar la contraseña
settings-password-done = Tu contraseña se cambió. Se cerraron todas las demás sesiones.
field-current-password = Contraseña actual
field-new-password = Contraseña nueva
access-title = Acceso a mis datos
access-intro = Cada vez que alguien del equipo abre tus datos personales, queda registrado con una justificación por escrito. Esta es la lista completa.
access-empty = Nadie del equipo ha accedido a tus datos.
access-unavailable = El registro de accesos aún no está disponible en este servidor.
access-when = Cuándo
access-staff = Miembro del equipo
access-role = Rol
access-action = Qué hizo
access-justification = Justificación
access-reference = Referencia
algorithm-title = Cómo funciona el feed
algorithm-intro = El feed Para ti de Spool se puede inspeccionar: el código, sus pesos y los motivos de cada clip son públicos.
algorithm-sources = Los candidatos salen de las cuentas que sigues, de clips parecidos a los que te gustaron, de lo popular en tu región e idioma y de clips nuevos mostrados a un pequeño público de prueba.
algorithm-signals = Aprende de lo que haces: cuánto tiempo miras, repeticiones, saltos, me gusta, compartidos, comentarios, seguimientos y «No me interesa».
algorithm-filters = Deja fuera lo que ya viste, las cuentas bloqueadas y los vídeos retirados, y mezcla temas y creadores.
algorithm-control = Puedes desactivar la personalización, borrar lo aprendido y preguntar «¿Por qué este vídeo?» en cada clip.
algorithm-published = Descripción publicada
algorithm-unavailable = La descripción publicada aún no está disponible en este servidor.

## Log in and sign up
login-title = Iniciar sesión
login-submit = Iniciar sesión
login-no-account = ¿Aún no tienes cuenta?
signup-title = Registrarse
signup-intro = Tus datos personales solo se guardan en la región de origen que elijas.
signup-submit = Crear cuenta
signup-have-account = ¿Ya tienes cuenta?
field-handle = Nombre de usuario
field-handle-hint = De 2 a 24 letras, cifras, _ o .
field-display-name = Nombre visible (opcional)
field-password = Contraseña
field-password-hint = Al menos 8 caracteres.
field-birth-date = Fecha de nacimiento
field-birth-date-hint = Debes tener al menos 13 años. Las cuentas de menores de 18 son privadas por defecto.
field-region = Región de origen
field-region-hint = Dónde se guardan tus datos personales.
field-email = Correo electrónico (opcional)
field-email-hint = Solo sirve para recuperar tu cuenta.
field-bio = Biografía

## Errors
error-network = No se puede conectar con el servidor. Revisa tu conexión.
error-internal = Algo salió mal. Inténtalo de nuevo.
error-unauthenticated = Inicia sesión primero.
error-invalid_credentials = Usuario o contraseña incorrectos.
error-too_young = Debes tener al menos 13 años para usar Spool.
error-csrf_rejected = Tu sesión ha caducado. Recarga la página.
error-forbidden = No tienes permiso para hacer eso.
error-comments_off = Los comentarios están desactivados en este vídeo.
error-remix_off = Quien creó el vídeo no lo permite.
error-not_found = No encontrado.
error-handle_taken = Ese nombre de usuario ya está ocupado.
error-rate_limited = Demasiados intentos. Espera un momento y vuelve a intentarlo.
error-invalid_handle = Usa de 2 a 24 letras, cifras, _ o .
error-handle_reserved = Ese nombre de usuario está reservado.
error-invalid_password = La contraseña debe tener entre 8 y 128 caracteres.
error-invalid_email = Esa dirección de correo no parece correcta.
error-invalid_birth_date = Introduce una fecha de nacimiento válida.
error-invalid_display_name = El nombre visible tiene como máximo 50 caracteres.
error-invalid_bio = La biografía tiene como máximo 160 caracteres.
error-invalid_caption = La descripción tiene como máximo 2200 caracteres.
error-invalid_comment = Un comentario tiene de 1 a 500 caracteres.
error-unknown_region = Elige una de las regiones de la lista.
error-empty_file = El archivo está vacío.
error-not_media = Este archivo no es un vídeo.
error-no_video_stream = Este archivo no contiene vídeo.
error-still_image = Es una imagen fija, no un vídeo.
error-too_short = El vídeo es demasiado corto (mínimo 1 segundo).
error-too_long = El vídeo es demasiado largo (máximo 10 minutos).
error-too_large = El vídeo es demasiado grande.
error-unsupported_codec = Este formato de vídeo no es compatible.
error-transcode_failed = No se pudo procesar el vídeo.
error-wrong_password = La contraseña actual no es correcta.
error-quota_exceeded = Tu almacenamiento está lleno. Elimina vídeos o subidas sin terminar para liberar espacio.
error-bad_request = No se pudo leer la solicitud.

## Moderation: reports
report-title-video = Denunciar este vídeo
report-title-comment = Denunciar este comentario
report-title-account = Denunciar esta cuenta
report-category-choose = Elige un motivo
report-category-hate_speech = Discurso de odio
report-category-harassment = Acoso e intimidación
report-category-violent_extremism = Extremismo violento
report-category-disinformation = Información errónea y desinformación
report-category-child_safety = Seguridad infantil
report-category-self_harm = Autolesiones y trastornos alimentarios
report-category-illegal_goods = Bienes y servicios ilegales
report-category-scams = Estafas y fraude
report-category-spam = Spam
report-category-intellectual_property = Propiedad intelectual
report-category-other = Otro motivo
report-dsa-legend = Sobre ti
report-dsa-intro = No has iniciado sesión, así que esta es una notificación según el artículo 16 del Reglamento de Servicios Digitales (DSA) de la UE. Necesitamos tu nombre y tu correo electrónico para tramitarla; la persona denunciada nunca sabrá quién eres.
report-name = Tu nombre
report-email = Tu correo electrónico
report-email-hint = Te enviaremos aquí el resultado.
report-good-faith = Declaro de buena fe que la información de esta notificación es exacta y completa.
report-login-instead = ¿Tienes una cuenta?
report-sent = Gracias. Tu denuncia se ha enviado y la revisará un moderador.
report-duplicate = Ya lo denunciaste. Tu denuncia anterior sigue contando; no hace falta enviarla otra vez.
report-receipt-intro = Guarda este justificante: con él podrás consultar qué se decidió.
report-receipt = Tu justificante
report-receipt-hint = Denuncia número { $id }
report-receipt-copy = Copiar justificante
report-receipt-copied = Justificante copiado.
report-check-later = Consultar esta denuncia más tarde
report-follow-up = Te informaremos del resultado. También puedes seguirlo en
report-outcome = Decidido el { $date }: { $action }
report-outcome-policy = Norma aplicada: { $policy }
report-state-open = Pendiente de revisión
report-state-decided = Decidida
comment-report = Denunciar el comentario de { $handle }
profile-report = Denunciar
profile-withheld = Esta cuenta no está disponible donde te encuentras.
label-panel = Información
label-more = Más información
video-age-restricted = Restringido por edad
video-held = Retenido
video-held-own = Tu vídeo está retenido: coincide con contenido que se eliminó antes. Un moderador lo revisará.
video-removed-own = Un moderador ha eliminado tu vídeo. Solo tú ves este aviso.
video-reduced-own = Tras una decisión de moderación, tu vídeo no se recomienda en los feeds. Solo tú ves este aviso.
video-withheld = Este vídeo no está disponible donde te encuentras.
status-link = Ver el motivo y cómo recurrir

## Moderation: actions, targets, grounds
action-no_violation = Sin infracción
action-remove = Eliminado
action-age_restrict = Restringido por edad
action-restrict_regions = Restringido en algunas regiones
action-label = Etiqueta informativa añadida
action-reduce_distribution = Difusión reducida
action-suspend = Cuenta suspendida
action-terminate = Cuenta cerrada
target-video = Vídeo
target-comment = Comentario
target-account = Cuenta
ground-illegal = Contenido ilegal
ground-incompatible = Contrario a las normas de la comunidad
source-notice = Una denuncia de alguien
source-trusted-flagger = Una denuncia de un alertador fiable
source-own-initiative = Revisión propia de Spool
decision-reversed = Revocada

## Account status and statements of reasons
status-title = Estado de la cuenta
settings-status-intro = Las decisiones sobre tu contenido, tus recursos y las denuncias que enviaste.
settings-about = Acerca de Spool
status-standing = Tu cuenta
status-good = Tu cuenta está en regla.
status-suspended = Tu cuenta está suspendida.
status-suspended-until = Tu cuenta está suspendida hasta el { $date }.
status-terminated = Tu cuenta se ha cerrado. Aún puedes leer las decisiones y recurrirlas.
status-strikes = { $count ->
    [one] { $count } falta de { $threshold }
   *[other] { $count } faltas de { $threshold }
}
status-strikes-hint = Cada decisión contra tu contenido es una falta. Al llegar al límite, la cuenta se suspende. Las faltas antiguas caducan.
status-history = Decisiones anteriores
status-statements = Decisiones y sus motivos
status-statements-intro = Por cada decisión te enviamos una exposición de motivos: qué se decidió, según qué norma y cómo recurrir.
status-no-statements = No hay decisiones sobre tu contenido.
status-my-reports = Mis denuncias
status-no-reports = No has denunciado nada.
status-receipt-title = Tu denuncia
statement-heading = { $action } · { $date }
statement-decision = Decisión
statement-content = Contenido
statement-facts = Lo que encontramos
statement-policy = Norma
statement-ground-illegal = Consideramos que el contenido es ilegal.
statement-ground-incompatible = El contenido incumple nuestras normas de la comunidad.
statement-legal-ground = Fundamento jurídico: { $ground }
statement-policy-ground = Norma: { $ground }
statement-label = Etiqueta mostrada
statement-detection = Cómo se detectó
statement-detected-auto = Con herramientas automatizadas
statement-detected-human = Sin herramientas automatizadas
statement-automated = Cómo se decidió
statement-decided-auto = Por un sistema automatizado
statement-decided-human = Por una persona, no de forma automática
statement-source = Qué inició la revisión
statement-scope = Dónde se aplica
statement-scope-everywhere = En todas partes
statement-duration = Duración
statement-duration-until = Del { $from } al { $until }
statement-duration-open = Desde el { $from }, sin fecha de fin
statement-account-suspended = Tu cuenta se ha suspendido.
statement-account-terminated = Tu cuenta se ha cerrado.
statement-appeal = Recurso
statement-appeal-until = Puedes recurrir hasta el { $date }. Lo revisará otro moderador.
statement-appeal-possible = Puedes recurrir. Lo revisará otro moderador.
statement-appeal-closed = Ya no se puede recurrir esta decisión aquí. Aún puedes acudir a un órgano certificado de resolución extrajudicial de litigios o a un tribunal.
statement-appeal-open = Tu recurso se está revisando.
statement-appeal-upheld = Tu recurso fue aceptado: la decisión se ha revocado.
statement-appeal-rejected = Tu recurso se revisó y la decisión se mantiene.
statement-technical = Detalles técnicos (tal como se envían a la base de datos de transparencia de la UE)
appeal-text = ¿Por qué debería cambiarse la decisión?
appeal-text-hint = Explica qué pudo pasar por alto el moderador. Puedes añadir contexto o enlaces.
appeal-send = Enviar recurso
appeal-sent = Tu recurso se ha enviado. Lo revisará otro moderador y recibirás una nueva exposición de motivos.
appeal-exists = Ya tienes un recurso abierto contra esta decisión.

## Moderator console
mod-title = Moderación
mod-region = Región
mod-region-hint = La cola de la región que moderas.
mod-not-moderator = No eres moderador de esta región.
queue-title = Cola de revisión: { $region }
queue-refresh = Actualizar
queue-empty = La cola está vacía.
queue-count = { $count ->
    [one] { $count } elemento, el más urgente primero
   *[other] { $count } elementos, los más urgentes primero
}
queue-kind-notice = Denuncia
queue-kind-appeal = Recurso
queue-kind-match = Coincidencia
queue-severity = Gravedad
queue-notices = Denuncias
queue-reach = Vistas (24 h)
queue-detection = Detectado por
queue-automated = Detección automática
queue-human = Personas
queue-due = Vence { $time }
queue-overdue = Vencido: el plazo terminó { $time }
queue-claimed-mine = Asignado a ti; la asignación termina { $time }
queue-claimed-other = Asignado a otro moderador
queue-claim = Asignármelo
queue-claim-done = Asignado. Es tuyo durante los próximos minutos.
queue-open = Revisar
item-title = Revisión
item-heading = Revisión: { $category }
item-back = Volver a la cola
item-decided = Decidido
item-context = El contenido
item-player = El vídeo denunciado
item-caption = Descripción
item-sound = Sonido
item-state = Estado
item-remixes = Remezclas
item-none = Ninguno
item-open-video = Página del vídeo
item-open-video-link = Abrir el vídeo
item-comment-text = Comentario
item-comment-video = En el vídeo
item-account = Cuenta
item-detection = Detección automática
item-notices = { $count ->
    [one] { $count } denuncia
   *[other] { $count } denuncias
}
item-history = Decisiones anteriores sobre esta cuenta
item-history-none = No hay decisiones anteriores.
item-appeal = El recurso
item-appeal-decision = La decisión recurrida
decide-title = Decisión
decide-action = Medida
decide-policy = Norma
decide-policy-category = Norma general: { $category }
decide-legal-ground = Fundamento jurídico: { $ground }
decide-facts = Hechos
decide-facts-hint = Lo que encontraste, con palabras sencillas. La persona afectada lo leerá.
decide-restrict = Dónde restringir
decide-restrict-hint = Elige regiones, países o ambos. Una orden legal necesita su referencia.
decide-regions = Regiones
decide-countries = Países
decide-countries-hint = Códigos de país de dos letras, separados por comas (DE, AT).
decide-reference = Referencia (orden judicial o de una autoridad)
decide-reference-hint = Opcional. Se muestra a quien no puede ver el contenido.
decide-restrict-empty = Elige al menos una región o un país.
decide-label = Etiqueta informativa
decide-label-text = Texto de la etiqueta
decide-label-url = Enlace a más información
decide-suspend = Suspensión
decide-days = Días
decide-days-hint = De 1 a 365.
decide-submit = Decidir
decide-done = Decisión registrada: { $action }. Se ha enviado la exposición de motivos.
appeal-decide-title = Decidir el recurso
appeal-outcome = Resultado
appeal-outcome-upheld = Estimar el recurso
appeal-outcome-upheld-hint = La decisión se revoca al instante y el contenido o la cuenta se restablecen.
appeal-outcome-rejected = Desestimar el recurso
appeal-outcome-rejected-hint = La decisión se mantiene.
appeal-decide-submit = Decidir el recurso
appeal-decided-upheld = Recurso estimado: la decisión se ha revocado. Se ha enviado una nueva exposición de motivos.
appeal-decided-rejected = Recurso desestimado: la decisión se mantiene. Se ha enviado una nueva exposición de motivos.
error-claimed = Otro moderador ya se ha asignado este elemento.
error-same_moderator = Quien tomó la decisión no puede decidir su recurso.

## Transparency report
transparency-title = Transparencia
transparency-intro = Cómo funciona la moderación en Spool, en cifras: denuncias, decisiones, su rapidez, recursos y revocaciones. No se muestran datos personales.
transparency-region = Región
transparency-all-regions = Todas las regiones
transparency-period = Periodo
transparency-period-days = Últimos 30 días, por día
transparency-period-weeks = Últimas 12 semanas, por semana
transparency-period-months = Últimos 12 meses, por mes
transparency-range = Del { $from } al { $to }
transparency-csv = Descargar en CSV
transparency-summary = En total: { $region }
transparency-notices = Denuncias
transparency-decisions = Decisiones
transparency-median = Tiempo mediano hasta la decisión
transparency-p90 = Percentil 90
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Plazos incumplidos
transparency-automated-detection = Detectado con herramientas automatizadas
transparency-automated-decision = Decidido automáticamente
transparency-suspensions = Suspensiones
transparency-appeals = Recursos
transparency-reversals = Revocaciones
transparency-over-time = A lo largo del tiempo
transparency-chart-volume = Denuncias y decisiones
transparency-chart-speed = Tiempo hasta la decisión (horas)
transparency-breakdown = Desglose
transparency-chart-notices-category = Denuncias por categoría
transparency-chart-decisions-action = Decisiones por medida
transparency-chart-decisions-category = Decisiones por categoría
transparency-chart-ground = Decisiones por fundamento
transparency-chart-source = Denuncias por origen
transparency-appeals-title = Recursos
transparency-chart-appeals = Resultados de los recursos
transparency-chart-appeals-time = Recursos y revocaciones a lo largo del tiempo
transparency-appeals-upheld = Estimados
transparency-appeals-rejected = Desestimados
transparency-appeals-open = Abiertos
transparency-orders = Órdenes legales y análisis automático
transparency-chart-orders = Órdenes legales por región
transparency-screening-flagged = Marcados por el análisis
transparency-screening-decided = Revisados
transparency-screening-confirmed = Confirmados
transparency-screening-precision = Precisión
transparency-none = Nada en este periodo.
transparency-yes = Sí
transparency-no = No
transparency-log = Registro de decisiones
transparency-log-intro = Todas las decisiones, sin datos de denunciantes, creadores ni moderadores.
transparency-log-date = Fecha
transparency-log-action = Decisión
transparency-log-category = Categoría
transparency-log-ground = Fundamento
transparency-log-content = Contenido
transparency-log-detected = Detección automática
transparency-log-automated = Decisión automática
transparency-log-scope = Dónde
transparency-log-source = Origen
transparency-log-reversed = Revocada
transparency-log-more = Más decisiones
transparency-log-empty = Aún no hay decisiones.
chart-show-table = Ver las cifras en una tabla
chart-summary-line = Del { $from } al { $to }. Totales: { $totals }
chart-period = Periodo
chart-item = Elemento
chart-value = Cantidad
notif-statement = Se ha tomado una decisión de moderación sobre tu contenido. Lee el motivo y cómo recurrir.
notif-report_outcome = Se ha decidido sobre una denuncia que enviaste.

## Moderation: more codes from the server
action-hold = Retenido para revisión
action-reversed = Revocada tras recurso
action-upheld_decision = Confirmada tras recurso
action-appeal_upheld = Recurso estimado
action-appeal_rejected = Recurso desestimado
notice-source-account = Denuncia desde una cuenta
notice-source-anonymous = Denuncia sin cuenta (art. 16 DSA)
notice-source-screening = Análisis automático
notice-source-fingerprint = Coincidencia con contenido eliminado
notice-source-legal_order = Orden legal
source-complaint = Un recurso
statement-scope-eea = La UE y el EEE (30 países)
statement-regions = Regiones
statement-reference = Referencia de la orden
statement-outcome-heading = { $action } · { $date }
error-already_decided = Esto ya se ha decidido.
error-appeal_open = Ya hay un recurso abierto contra esta decisión.
error-appeal_closed = Ya no se puede recurrir esta decisión.
error-account_suspended = Tu cuenta está suspendida, así que ahora no puedes hacerlo.
error-account_terminated = Tu cuenta está cerrada.
error-not_moderator = No eres moderador de esta región.
video-withheld-own = Tu vídeo está bloqueado en: { $places }. Solo tú ves este aviso.
item-restrictions = Restricciones actuales

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Inicia sesión para continuar
signin-sheet-intro = Inicia sesión para dar me gusta, comentar, seguir y tener un feed hecho para ti.
feed-caught-up = Ya lo has visto todo
feed-caught-up-hint = Por ahora has visto todos los clips. Encuentra más en Descubrir.
feed-explore = Explorar
clip-creator-profile = Perfil de { $handle }
unfollow-handle = Dejar de seguir a { $handle }
clip-progress = Posición de reproducción
clip-progress-value = { $at } de { $length }
video-edit = Editar vídeo
video-edit-save = Guardar
video-edit-done = Cambios guardados
video-delete = Eliminar vídeo
video-delete-confirm = ¿Eliminar este vídeo para siempre? Sus comentarios y me gusta se eliminan con él.
video-delete-done = Vídeo eliminado
back = Atrás
cancel = Cancelar
discover-trending = Tendencias
discover-trending-tags = Hashtags en tendencia

## How the feed works: its stages and parameters
algo-stage-events = De qué aprende el feed
algo-stage-model = El modelo de gustos
algo-stage-candidates = De dónde salen los candidatos
algo-stage-exploration = Una oportunidad para los vídeos nuevos
algo-stage-ranking = Orden
algo-stage-filters = Qué se filtra
algo-stage-diversity = Variedad
algo-stage-non_personalized = El feed no personalizado
algo-technical = Descripción técnica (en inglés)
algo-param-bias-learning-rate = Rapidez con que se aprende el atractivo propio de un vídeo
algo-param-expiry-secs = Se olvida tras estar inactivo durante
algo-param-history-len = Visualizaciones recientes que cuentan
algo-param-history-weight = Peso de las visualizaciones recientes
algo-param-init-scale = Dispersión inicial de las filas nuevas
algo-param-item-min-count = Interacciones antes de que un vídeo tenga fila propia
algo-param-learning-rate = Rapidez con que se aprenden los gustos
algo-param-margin = Margen entre vídeos que gustan y vídeos saltados
algo-param-negative-trials = Vídeos probados al buscar un contraejemplo
algo-param-negatives-per-positive = Contraejemplos por cada señal positiva
algo-param-regularization = Regularización (evita el sobreajuste)
algo-param-seed = Semilla aleatoria (para reproducibilidad)
algo-param-max-age-hours = Los vídeos nuevos se prueban durante
algo-param-min-completion-rate = Vistos hasta el final como mínimo
algo-param-min-engagement-rate = Me gusta, comentarios y compartidos por vista como mínimo
algo-param-slots-per-page = Huecos por página para vídeos nuevos
algo-param-stages = Tamaño del público en cada fase de prueba
algo-param-freshness-hours = Un vídeo cuenta como reciente durante
algo-param-trending-half-life-hours = La tendencia cuenta la mitad tras
algo-param-weights = Pesos de la puntuación
algo-param-engagement = Interacción esperada
algo-param-exploration = Exploración
algo-param-following = Cuentas que sigues
algo-param-freshness = Novedad
algo-param-trending = Tendencia
algo-param-creator-spacing = Clips antes de repetir creador
algo-param-sound-spacing = Clips antes de repetir sonido
algo-param-catalog-videos = Vídeos en el catálogo
algo-param-viewers-with-state = Espectadores que conoce el modelo

tile-views = { $count ->
    [one] { $count } visualización
   *[other] { $count } visualizaciones
}

## Long press: speed
clip-options = Opciones
speed-title = Velocidad de reproducción
speed-normal = Normal
speed-value = { $rate }×
speed-set = Reproduciendo a { $rate }×

## Upload: preview, cover, draft
upload-preview = Vista previa de tu clip
upload-cover = Portada
upload-cover-hint = Desliza hasta el fotograma que se ve antes de reproducir el clip.
upload-draft-restored = Tu borrador ha vuelto: descripción y ajustes como los dejaste.
error-invalid_cover = La portada debe ser un momento del clip.

# Subtítulos y fotos de perfil
clip-captions-on = Activar los subtítulos
clip-captions-off = Desactivar los subtítulos
captions-on = Subtítulos activados
captions-off = Subtítulos desactivados
captions-title = Subtítulos
captions-file = Archivo de subtítulos (.vtt)
captions-hint = Un archivo WebVTT por idioma. Cada subtítulo debe quedar dentro de la duración del clip.
captions-language = Idioma de los subtítulos
captions-add = Añadir subtítulos
captions-remove = Eliminar los subtítulos en { $language }
captions-remove-short = Eliminar
captions-none = Aún no hay subtítulos.
captions-added = Subtítulos en { $language } añadidos.
captions-removed = Subtítulos en { $language } eliminados.
captions-failed = Tu clip está publicado, pero no se añadieron los subtítulos: { $reason } Puedes añadirlos al editar el clip.
captions-pick-file = Elige primero un archivo .vtt.
error-invalid_webvtt = Este no es un archivo de subtítulos WebVTT válido.
error-invalid_language = Elige el idioma de los subtítulos.
profile-photo-choose = Foto de perfil
profile-photo-hint = JPEG, PNG o WebP, hasta 8 MB. Se recorta en forma de cuadrado y se elimina la información de dónde y con qué se tomó.
profile-photo-remove = Eliminar foto
profile-photo-type = Elige una imagen JPEG, PNG o WebP.
profile-edit-save = Guardar perfil
profile-edit-done = Perfil guardado.
error-invalid_photo = Este archivo no es una imagen que se pueda leer.
error-photo_too_small = La foto es demasiado pequeña: elige una de al menos 64 píxeles por lado.
error-photo_too_large = La foto es demasiado grande: como máximo 8192 píxeles por lado.
error-invalid_crop = La parte de la foto que se conserva debe ser un cuadrado dentro de ella.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Otras instancias
fed-intro = Sigue a personas de otras instancias que hablan ActivityPub, como otros servidores de Spool. Sus vídeos aparecen en tu feed Siguiendo.
fed-teen = Las cuentas de adolescentes se quedan en esta instancia: no pueden seguir ni ser seguidas desde otras instancias.
fed-address = Dirección en otra instancia
fed-address-hint = Con el formato nombre@host, por ejemplo alex@example.org
fed-follow = Seguir
fed-address-invalid = Escribe la dirección como nombre@host, por ejemplo alex@example.org.
fed-address-local = Esa cuenta está en esta instancia: síguela desde su perfil.
fed-not-found = No se encontró la cuenta { $handle }. Comprueba la dirección.
fed-requested = Solicitud de seguimiento enviada a { $handle }.
fed-following = Cuentas que sigues allí
fed-following-empty = Aún no sigues a nadie en otra instancia.
fed-pending = Solicitud enviada
fed-followers = Tus seguidores de allí
fed-followers-empty = Aún no te sigue nadie de otra instancia.
fed-wants-to-follow = Quiere seguirte
fed-unfollow = Dejar de seguir
fed-accept = Aceptar
fed-accept-label = Aceptar la solicitud de seguimiento de { $handle }
fed-decline = Rechazar
fed-decline-label = Rechazar la solicitud de seguimiento de { $handle }
fed-remove = Eliminar
fed-remove-label = Eliminar a { $handle } de tus seguidores
fed-accepted = { $handle } ya te sigue.
fed-declined = Rechazaste la solicitud de { $handle }.
fed-removed = { $handle } ya no te sigue.
fed-from = Desde { $host }
fed-open = Abrir en { $host }
fed-cannot-play = Este vídeo no se puede reproducir aquí.
comment-remote-remove = Quitar la respuesta de { $handle }
fed-shared-by = Compartido por { $handle }
reason-remote_instance = De { $host }, una instancia en la que gente de aquí sigue cuentas
fed-like = Me gusta
