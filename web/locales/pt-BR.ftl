# Spool: português (Brasil)

## Page shell (server-rendered)
app-name = Spool
app-title = Spool – vídeos curtos
app-description = Assista, crie e compartilhe vídeos curtos. Seus dados ficam na sua região de origem.
skip-to-content = Pular para o conteúdo
loading = Carregando…
noscript = O Spool precisa de JavaScript para reproduzir vídeos. Ative-o ou use a API diretamente.
assets-missing = O cliente web não foi incluído neste servidor. Gere-o com “npm ci && npm run build” na pasta web/ e compile o Spool de novo.
title-page = { $page } · Spool
title-not-found = Não encontrado · Spool
not-found = Esta página não existe.
close = Fechar

## Navigation
nav-label = Principal
nav-home = Início
nav-discover = Descobrir
nav-upload = Enviar
nav-inbox = Caixa de entrada
nav-profile = Perfil
nav-unread = { $count ->
    [one] { $count } notificação não lida
   *[other] { $count } notificações não lidas
}

## Feed
feed-tabs = Feeds
feed-for-you = Para você
feed-following = Seguindo
feed-personalized = Personalizado
feed-mode-hint = Desligado, o feed não usa nenhum perfilamento: mostra o que é popular e novo na sua região e no seu idioma.
feed-mode-personalized = Feed personalizado ligado
feed-mode-non-personalized = Feed personalizado desligado: sem perfilamento
feed-empty = Ainda não há nada para assistir. Envie o primeiro clipe ou faça uma busca.
feed-following-empty = Nenhum clipe novo das contas que você segue.
feed-login = Entre para ver clipes das contas que você segue.
feed-unavailable = O feed ainda não está disponível neste servidor. Tente a busca ou um perfil.
video-title = Vídeo
video-processing = Processando…
video-failed = Falha no processamento
clip-video-label = Vídeo de { $handle }
clip-unmute = Ligar o som
clip-mute = Desligar o som
clip-play = Reproduzir
clip-pause = Pausar
clip-actions = Ações do vídeo de { $handle }
clip-like = { $count ->
    [one] Curtir ({ $count } curtida)
   *[other] Curtir ({ $count } curtidas)
}
clip-comments = { $count ->
    [one] Comentários ({ $count } comentário)
   *[other] Comentários ({ $count } comentários)
}
clip-share = { $count ->
    [one] Compartilhar ({ $count } compartilhamento)
   *[other] Compartilhar ({ $count } compartilhamentos)
}
clip-more = Mais opções
clip-sound = Som original – { $handle }
clip-duet-of = Dueto: ver o original
clip-stitch-of = Stitch: ver o original
follow-handle = Seguir { $handle }
follow-requested = Solicitado
follow-done = Agora você segue { $handle }
unfollow-done = Você deixou de seguir { $handle }
login-needed = Entre primeiro.
share-title = Compartilhar
share-link = Link para este vídeo
share-copy = Copiar link
share-copied = Link copiado
not-interested = Não tenho interesse
not-interested-done = Entendido: você verá menos clipes assim.
open-sound = Abrir o som
make-duet = Fazer um dueto
make-stitch = Fazer stitch deste vídeo
why-title = Por que este vídeo?
why-none = Este clipe foi aberto diretamente, não escolhido pelo feed.
why-explainer = O feed escolhe clipes com regras publicadas. Você pode desligar a personalização a qualquer momento.
algorithm-link = Como o feed funciona

## Reasons
reason-follows_creator = Você segue { $handle }
reason-topic = Você assiste a clipes sobre { $hashtag }
reason-similar_to_liked = Parecido com clipes que você curtiu
reason-taste_match = Combina com o que você costuma assistir
reason-trending_region = Popular na sua região ({ $region })
reason-trending_language = Popular no seu idioma ({ $language })
reason-new_video_test_audience = Um clipe novo mostrado a um pequeno público de teste
reason-fresh = Publicado recentemente
reason-sound = Usa o som “{ $sound }”

## Comments
comments-title = { $count ->
    [one] { $count } comentário
   *[other] { $count } comentários
}
comments-empty = Ainda não há comentários. Seja o primeiro.
comments-more = Mais comentários
comments-off = Os comentários estão desativados neste vídeo.
comment-add = Adicione um comentário
comment-send = Publicar
comment-sent = Comentário publicado
comment-reply = Responder
comment-reply-to = Responder a { $handle }
comment-cancel-reply = Cancelar resposta
comment-replies = { $count ->
    [one] Ver { $count } resposta
   *[other] Ver { $count } respostas
}
comment-like = { $count ->
    [one] Curtir comentário ({ $count } curtida)
   *[other] Curtir comentário ({ $count } curtidas)
}
comment-pinned = Fixado
comment-login = Entre para comentar

## Reports
report = Denunciar
report-title = Denunciar este vídeo
report-intro = Conte o que está errado. Um moderador analisa cada denúncia, e você receberá uma resposta.
report-category = Motivo
report-note = Detalhes (opcional)
report-note-hint = No que o moderador deve prestar atenção?
report-send = Enviar denúncia
report-sent = Obrigado. Sua denúncia foi enviada.
report-category-hate_speech = Discurso de ódio
report-category-harassment = Assédio ou bullying
report-category-violence = Violência ou ameaças
report-category-sexual_content = Conteúdo sexual
report-category-child_safety = Segurança infantil
report-category-self_harm = Suicídio ou automutilação
report-category-disinformation = Informação falsa
report-category-spam = Spam ou golpe
report-category-illegal = Conteúdo ilegal
report-category-other = Outro motivo

## Upload
upload-title = Enviar
upload-file = Arquivo de vídeo
upload-file-hint = De 1 segundo a 10 minutos. O envio começa na hora e continua se a conexão cair.
upload-progress-label = Progresso do envio
upload-progress = { $percent } % ({ $sent } de { $total } bytes)
upload-done = Envio concluído
upload-error = O envio falhou. Tente de novo.
upload-pause = Pausar
upload-resume = Continuar
upload-caption = Legenda
upload-caption-hint = Digite # para hashtags e @ para mencionar alguém.
upload-visibility = Quem pode assistir
visibility-public = Todos
visibility-followers = Seguidores
visibility-private = Só eu
upload-allow = Permitir que outros
upload-allow-comments = Comentem
upload-allow-duet = Façam dueto
upload-allow-stitch = Façam stitch
upload-sound = Som (opcional)
upload-sound-search = Buscar um som
upload-sound-none = Seu clipe mantém o próprio som.
upload-sound-chosen = Som: { $title }
upload-sound-clear = Usar meu próprio som
upload-duet = Dueto com { $handle }
upload-stitch = Stitch do vídeo de { $handle }
upload-post = Publicar
upload-pick-first = Escolha um arquivo de vídeo primeiro.
upload-waiting = Concluindo o envio…
upload-processing = Processando seu vídeo… Leva mais ou menos o tempo do clipe.
upload-ready = Seu vídeo está pronto!
upload-watch = Assistir
upload-to-profile = Ir para o seu perfil
suggestions = Sugestões
suggestions-count = { $count ->
    [one] { $count } sugestão. Use as setas para cima e para baixo para escolher.
   *[other] { $count } sugestões. Use as setas para cima e para baixo para escolher.
}

## Profiles, hashtags, sounds
profile-not-found = Esta conta não existe.
profile-edit = Editar perfil
profile-follow = Seguir
profile-following = Seguindo
profile-private = Privada
profile-private-body = Esta conta é privada. Siga-a para ver os vídeos.
profile-following-count = Seguindo
profile-followers-count = Seguidores
profile-likes-count = Curtidas
profile-videos-count = Vídeos
profile-videos = Vídeos
profile-empty = Ainda não há vídeos.
profile-empty-own = Você ainda não publicou nada. Seus clipes vão aparecer aqui.
tile-label = { $caption } – de { $handle }
tile-label-plain = Vídeo de { $handle }
hashtag-count = { $count ->
    [one] { $count } vídeo
   *[other] { $count } vídeos
}
hashtag-empty = Ainda não há vídeos públicos com esta hashtag.
sound-title = Som
sound-listen = Ouvir { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } vídeo
   *[other] { $count } vídeos
}
sound-use = Usar este som
sound-original = Vídeo original
sound-sort = Ordenar vídeos
sound-newest = Mais recentes
sound-popular = Populares
sound-empty = Nenhum vídeo usa este som ainda.

## Search
search-title = Descobrir
search-label = Buscar
search-placeholder = Busque contas, vídeos, #hashtags, sons
search-submit = Buscar
search-types = O que buscar
search-videos = Vídeos
search-accounts = Contas
search-hashtags = Hashtags
search-sounds = Sons
search-results = Resultados
search-hint = Digite uma palavra, uma #hashtag ou um @usuário.
search-empty = Nada encontrado para “{ $query }”.
search-followers = { $count ->
    [one] { $count } seguidor
   *[other] { $count } seguidores
}

## Inbox
inbox-title = Caixa de entrada
inbox-requests = Pedidos para seguir
inbox-activity = Atividade
inbox-empty = Ainda não há notificações.
inbox-unread = Não lida:
request-accept = Aceitar
request-decline = Recusar
request-accepted = { $handle } agora pode ver seus vídeos
request-declined = Pedido de { $handle } recusado
notif-like = { $count ->
    [one] { $actor } curtiu seu vídeo
   *[other] { $count } pessoas curtiram seu vídeo
}
notif-comment = { $others ->
    [0] { $actor } comentou no seu vídeo
   *[other] { $actor } e mais { $others } comentaram no seu vídeo
}
notif-reply = { $actor } respondeu ao seu comentário
notif-mention = { $actor } mencionou você
notif-follow = { $count ->
    [one] { $actor } começou a seguir você
   *[other] { $count } novos seguidores
}
notif-follow_request = { $actor } pediu para seguir você
notif-follow_accepted = { $actor } aceitou seu pedido
notif-comment_like = { $others ->
    [0] { $actor } curtiu seu comentário
   *[other] { $actor } e mais { $others } curtiram seu comentário
}
notif-duet = { $actor } fez um dueto com seu vídeo
notif-stitch = { $actor } fez stitch do seu vídeo

## Settings
settings-title = Configurações
settings-save = Salvar
settings-saved = Salvo
settings-profile = Perfil
settings-privacy = Privacidade
settings-private = Conta privada
settings-private-hint = Só os seguidores que você aprovar veem seus vídeos.
settings-who-comment = Quem pode comentar nos seus vídeos
settings-who-duet = Quem pode fazer dueto com seus vídeos
settings-who-stitch = Quem pode fazer stitch dos seus vídeos
policy-everyone = Todos
policy-followers = Seguidores
policy-nobody = Ninguém
settings-liked-public = Mostrar no meu perfil os vídeos que curti
settings-teen = Sua conta é de adolescente: algumas configurações são mais rígidas.
settings-feed = Feed
settings-reset-recommendations = Redefinir minhas recomendações
settings-reset-done = Suas recomendações foram redefinidas.
settings-language = Idioma
settings-language-label = Idioma da interface
settings-language-hint = Por padrão, o Spool segue o idioma do seu navegador.
settings-data = Seus dados
settings-data-intro = Baixe tudo o que o Spool guarda sobre você e veja quais membros da equipe acessaram esses dados e por quê.
settings-export = Baixar meus dados
settings-region = Região de origem
settings-region-now = Seus dados ficam em: { $region }
settings-region-intro = Seus dados pessoais ficam só na sua região de origem. Você pode transferi-los para outra.
settings-move-to = Nova região de origem
settings-move = Transferir meus dados
settings-move-confirm = Transferir todos os seus dados pessoais para { $region }?
settings-move-done = Seus dados foram transferidos.
settings-account = Conta
settings-signed-in = Conectado como { $handle }
settings-logout = Sair
settings-delete = Excluir conta
settings-delete-intro = Isso exclui para sempre sua conta, seus vídeos e todos os seus dados. Não dá para desfazer.
settings-delete-confirm = Excluir para sempre sua conta e tudo o que há nela?
settings-sessions = Sessões
settings-sessions-intro = Os dispositivos em que você está conectado. Saia dos que você não reconhece.
settings-sessions-logout-others = Sair de todos os outros
settings-sessions-ended = { $count ->
    [one] { $count } outra sessão foi encerrada.
   *[other] { $count } outras sessões foram encerradas.
}
session-device = { $browser } no { $os }
session-device-unknown = Dispositivo desconhecido
session-current = Este dispositivo
session-times = Conectado { $created } · ativo por último { $used }
session-logout = Sair
session-logout-label = Sair de { $device }
settings-password = Alterar a senha
settings-password-done = Sua senha foi alterada. Todas as outras sessões foram encerradas.
field-current-password = Senha atual
field-new-password = Nova senha
access-title = Acesso aos meus dados
access-intro = Sempre que alguém da equipe abre seus dados pessoais, isso é registrado com uma justificativa por escrito. Esta é a lista completa.
access-empty = Ninguém da equipe acessou seus dados.
access-unavailable = O registro de acessos ainda não está disponível neste servidor.
access-when = Quando
access-staff = Membro da equipe
access-role = Função
access-action = O que foi feito
access-justification = Justificativa
access-reference = Referência
algorithm-title = Como o feed funciona
algorithm-intro = O feed Para você do Spool é aberto à inspeção: o código, os pesos e os motivos de cada clipe são públicos.
algorithm-sources = Os candidatos vêm das contas que você segue, de clipes parecidos com os que você curtiu, do que é popular na sua região e no seu idioma e de clipes novos mostrados a um pequeno público de teste.
algorithm-signals = Ele aprende com o que você faz: quanto tempo assiste, repetições, pulos, curtidas, compartilhamentos, comentários, seguidas e “Não tenho interesse”.
algorithm-filters = Ele deixa de fora o que você já viu, contas bloqueadas e vídeos removidos, e mistura temas e criadores.
algorithm-control = Você pode desligar a personalização, apagar o que ele aprendeu e perguntar “Por que este vídeo?” em cada clipe.
algorithm-published = Descrição publicada
algorithm-unavailable = A descrição publicada ainda não está disponível neste servidor.

## Log in and sign up
login-title = Entrar
login-submit = Entrar
login-no-account = Ainda não tem conta?
signup-title = Criar conta
signup-intro = Seus dados pessoais ficam guardados só na região de origem que você escolher.
signup-submit = Criar conta
signup-have-account = Já tem uma conta?
field-handle = Nome de usuário
field-handle-hint = De 2 a 24 letras, números, _ ou .
field-display-name = Nome de exibição (opcional)
field-password = Senha
field-password-hint = Pelo menos 8 caracteres.
field-birth-date = Data de nascimento
field-birth-date-hint = Você precisa ter pelo menos 13 anos. Contas de menores de 18 são privadas por padrão.
field-region = Região de origem
field-region-hint = Onde seus dados pessoais ficam guardados.
field-email = E-mail (opcional)
field-email-hint = Usado só para recuperar sua conta.
field-bio = Bio

## Errors
error-network = Não foi possível falar com o servidor. Verifique sua conexão.
error-internal = Algo deu errado. Tente de novo.
error-unauthenticated = Entre primeiro.
error-invalid_credentials = Usuário ou senha incorretos.
error-too_young = Você precisa ter pelo menos 13 anos para usar o Spool.
error-csrf_rejected = Sua sessão expirou. Recarregue a página.
error-forbidden = Você não tem permissão para isso.
error-comments_off = Os comentários estão desativados neste vídeo.
error-remix_off = Quem criou o vídeo não permite isso.
error-not_found = Não encontrado.
error-handle_taken = Esse nome de usuário já está em uso.
error-rate_limited = Tentativas demais. Espere um pouco e tente de novo.
error-invalid_handle = Use de 2 a 24 letras, números, _ ou .
error-handle_reserved = Esse nome de usuário é reservado.
error-invalid_password = A senha precisa ter de 8 a 128 caracteres.
error-invalid_email = Esse endereço de e-mail não parece correto.
error-invalid_birth_date = Informe uma data de nascimento válida.
error-invalid_display_name = O nome de exibição tem no máximo 50 caracteres.
error-invalid_bio = A bio tem no máximo 160 caracteres.
error-invalid_caption = A legenda tem no máximo 2.200 caracteres.
error-invalid_comment = Um comentário tem de 1 a 500 caracteres.
error-unknown_region = Escolha uma das regiões da lista.
error-empty_file = O arquivo está vazio.
error-not_media = Este arquivo não é um vídeo.
error-no_video_stream = Este arquivo não tem vídeo.
error-still_image = Isto é uma imagem parada, não um vídeo.
error-too_short = O vídeo é curto demais (pelo menos 1 segundo).
error-too_long = O vídeo é longo demais (no máximo 10 minutos).
error-too_large = O vídeo é grande demais.
error-unsupported_codec = Este formato de vídeo não é compatível.
error-transcode_failed = Não foi possível processar o vídeo.
error-wrong_password = A senha atual está incorreta.
error-quota_exceeded = Seu armazenamento está cheio. Exclua vídeos ou envios inacabados para liberar espaço.
error-bad_request = Não foi possível ler a solicitação.
