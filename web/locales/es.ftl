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
report-title = Denunciar este vídeo
report-intro = Cuéntanos qué pasa. Un moderador revisa cada denuncia y recibirás una respuesta.
report-category = Motivo
report-note = Detalles (opcional)
report-note-hint = ¿En qué debería fijarse el moderador?
report-send = Enviar denuncia
report-sent = Gracias. Tu denuncia se ha enviado.
report-category-hate_speech = Discurso de odio
report-category-harassment = Acoso o intimidación
report-category-violence = Violencia o amenazas
report-category-sexual_content = Contenido sexual
report-category-child_safety = Seguridad infantil
report-category-self_harm = Suicidio o autolesiones
report-category-disinformation = Información falsa
report-category-spam = Spam o estafa
report-category-illegal = Contenido ilegal
report-category-other = Otro motivo

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
