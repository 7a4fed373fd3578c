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
clip-loading = Carregando o vídeo
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
reason-seen_before = Você viu todos os clipes novos; assista a este de novo

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
report-intro = Conte o que está errado. Um moderador analisa cada denúncia, e você receberá uma resposta.
report-category = Motivo
report-note = Detalhes (opcional)
report-note-hint = No que o moderador deve prestar atenção?
report-send = Enviar denúncia

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

## Moderation: reports
report-title-video = Denunciar este vídeo
report-title-comment = Denunciar este comentário
report-title-account = Denunciar esta conta
report-category-choose = Escolha um motivo
report-category-hate_speech = Discurso de ódio
report-category-harassment = Assédio e bullying
report-category-violent_extremism = Extremismo violento
report-category-disinformation = Informação incorreta e desinformação
report-category-child_safety = Segurança infantil
report-category-self_harm = Automutilação e transtornos alimentares
report-category-illegal_goods = Produtos e serviços ilegais
report-category-scams = Golpes e fraudes
report-category-spam = Spam
report-category-intellectual_property = Propriedade intelectual
report-category-other = Outro motivo
report-dsa-legend = Sobre você
report-dsa-intro = Você não está conectado, então esta é uma notificação nos termos do artigo 16 do Regulamento dos Serviços Digitais (DSA) da UE. Precisamos do seu nome e e-mail para tratá-la; a pessoa denunciada nunca saberá quem você é.
report-name = Seu nome
report-email = Seu e-mail
report-email-hint = Enviaremos o resultado para este endereço.
report-good-faith = Declaro de boa-fé que as informações desta notificação são corretas e completas.
report-login-instead = Tem uma conta?
report-sent = Obrigado. Sua denúncia foi enviada e será analisada por um moderador.
report-duplicate = Você já denunciou isto. Sua denúncia anterior continua valendo; não é preciso enviá-la de novo.
report-receipt-intro = Guarde este comprovante: com ele você pode consultar o que foi decidido.
report-receipt = Seu comprovante
report-receipt-hint = Denúncia número { $id }
report-receipt-copy = Copiar comprovante
report-receipt-copied = Comprovante copiado.
report-check-later = Consultar esta denúncia depois
report-follow-up = Você será informado do resultado. Também pode acompanhar em
report-outcome = Decidido em { $date }: { $action }
report-outcome-policy = Regra aplicada: { $policy }
report-state-open = Aguardando análise
report-state-decided = Decidida
comment-report = Denunciar o comentário de { $handle }
profile-report = Denunciar
profile-withheld = Esta conta não está disponível onde você está.
label-panel = Informação
label-more = Saiba mais
video-age-restricted = Restrito por idade
video-held = Retido
video-held-own = Seu vídeo está retido: ele corresponde a um conteúdo removido antes. Um moderador vai analisá-lo.
video-removed-own = Seu vídeo foi removido por um moderador. Só você vê este aviso.
video-reduced-own = Após uma decisão de moderação, seu vídeo não é recomendado nos feeds. Só você vê este aviso.
video-withheld = Este vídeo não está disponível onde você está.
status-link = Veja o motivo e como recorrer

## Moderation: actions, targets, grounds
action-no_violation = Sem violação
action-remove = Removido
action-age_restrict = Restrito por idade
action-restrict_regions = Restrito em algumas regiões
action-label = Rótulo informativo adicionado
action-reduce_distribution = Distribuição reduzida
action-suspend = Conta suspensa
action-terminate = Conta encerrada
target-video = Vídeo
target-comment = Comentário
target-account = Conta
ground-illegal = Conteúdo ilegal
ground-incompatible = Contra as diretrizes da comunidade
source-notice = Uma denúncia de alguém
source-trusted-flagger = Uma denúncia de um sinalizador de confiança
source-own-initiative = Análise do próprio Spool
decision-reversed = Revertida

## Account status and statements of reasons
status-title = Status da conta
settings-status-intro = As decisões sobre seu conteúdo, seus recursos e as denúncias que você enviou.
settings-about = Sobre o Spool
status-standing = Sua conta
status-good = Sua conta está em situação regular.
status-suspended = Sua conta está suspensa.
status-suspended-until = Sua conta está suspensa até { $date }.
status-terminated = Sua conta foi encerrada. Você ainda pode ler as decisões e recorrer.
status-strikes = { $count ->
    [one] { $count } advertência de { $threshold }
   *[other] { $count } advertências de { $threshold }
}
status-strikes-hint = Cada decisão contra seu conteúdo é uma advertência. No limite, a conta é suspensa. Advertências antigas expiram.
status-history = Decisões anteriores
status-statements = Decisões e seus motivos
status-statements-intro = Para cada decisão enviamos uma declaração de motivos: o que foi decidido, com base em qual regra e como recorrer.
status-no-statements = Nenhuma decisão sobre seu conteúdo.
status-my-reports = Minhas denúncias
status-no-reports = Você não denunciou nada.
status-receipt-title = Sua denúncia
statement-heading = { $action } · { $date }
statement-decision = Decisão
statement-content = Conteúdo
statement-facts = O que encontramos
statement-policy = Regra
statement-ground-illegal = Consideramos o conteúdo ilegal.
statement-ground-incompatible = O conteúdo viola nossas diretrizes da comunidade.
statement-legal-ground = Fundamento legal: { $ground }
statement-policy-ground = Diretriz: { $ground }
statement-label = Rótulo exibido
statement-detection = Como foi encontrado
statement-detected-auto = Com ferramentas automatizadas
statement-detected-human = Sem ferramentas automatizadas
statement-automated = Como foi decidido
statement-decided-auto = Por um sistema automatizado
statement-decided-human = Por uma pessoa, não automaticamente
statement-source = O que iniciou a análise
statement-scope = Onde se aplica
statement-scope-everywhere = Em todos os lugares
statement-duration = Duração
statement-duration-until = De { $from } até { $until }
statement-duration-open = A partir de { $from }, sem data de término
statement-account-suspended = Sua conta foi suspensa.
statement-account-terminated = Sua conta foi encerrada.
statement-appeal = Recurso
statement-appeal-until = Você pode recorrer até { $date }. Outro moderador vai analisar.
statement-appeal-possible = Você pode recorrer. Outro moderador vai analisar.
statement-appeal-closed = Não é mais possível recorrer desta decisão aqui. Você ainda pode procurar um órgão certificado de resolução extrajudicial de litígios ou a Justiça.
statement-appeal-open = Seu recurso está em análise.
statement-appeal-upheld = Seu recurso foi aceito: a decisão foi revertida.
statement-appeal-rejected = Seu recurso foi analisado e a decisão foi mantida.
statement-technical = Detalhes técnicos (como enviados ao banco de dados de transparência da UE)
appeal-text = Por que a decisão deveria mudar?
appeal-text-hint = Explique o que o moderador pode ter deixado passar. Você pode adicionar contexto ou links.
appeal-send = Enviar recurso
appeal-sent = Seu recurso foi enviado. Outro moderador vai analisá-lo, e você receberá uma nova declaração de motivos.
appeal-exists = Você já tem um recurso aberto contra esta decisão.

## Moderator console
mod-title = Moderação
mod-region = Região
mod-region-hint = A fila da região que você modera.
mod-not-moderator = Você não é moderador desta região.
queue-title = Fila de análise: { $region }
queue-refresh = Atualizar
queue-empty = A fila está vazia.
queue-count = { $count ->
    [one] { $count } item, o mais urgente primeiro
   *[other] { $count } itens, os mais urgentes primeiro
}
queue-kind-notice = Denúncia
queue-kind-appeal = Recurso
queue-kind-match = Correspondência
queue-severity = Gravidade
queue-notices = Denúncias
queue-reach = Visualizações (24 h)
queue-detection = Encontrado por
queue-automated = Detecção automática
queue-human = Pessoas
queue-due = Prazo { $time }
queue-overdue = Atrasado: o prazo terminou { $time }
queue-claimed-mine = Assumido por você; termina { $time }
queue-claimed-other = Assumido por outro moderador
queue-claim = Assumir
queue-claim-done = Assumido. É seu pelos próximos minutos.
queue-open = Analisar
item-title = Análise
item-heading = Análise: { $category }
item-back = Voltar à fila
item-decided = Decidido
item-context = O conteúdo
item-player = O vídeo denunciado
item-caption = Legenda
item-sound = Som
item-state = Estado
item-remixes = Remixes
item-none = Nenhum
item-open-video = Página do vídeo
item-open-video-link = Abrir o vídeo
item-comment-text = Comentário
item-comment-video = No vídeo
item-account = Conta
item-detection = Detecção automática
item-notices = { $count ->
    [one] { $count } denúncia
   *[other] { $count } denúncias
}
item-history = Decisões anteriores sobre esta conta
item-history-none = Nenhuma decisão anterior.
item-appeal = O recurso
item-appeal-decision = A decisão contestada
decide-title = Decisão
decide-action = Medida
decide-policy = Regra
decide-policy-category = Regra geral: { $category }
decide-legal-ground = Fundamento legal: { $ground }
decide-facts = Fatos
decide-facts-hint = O que você encontrou, em palavras simples. A pessoa afetada vai ler isto.
decide-restrict = Onde restringir
decide-restrict-hint = Escolha regiões, países ou ambos. Uma ordem legal precisa da sua referência.
decide-regions = Regiões
decide-countries = Países
decide-countries-hint = Códigos de país de duas letras, separados por vírgulas (DE, AT).
decide-reference = Referência (ordem judicial ou de autoridade)
decide-reference-hint = Opcional. Exibida a quem não pode ver o conteúdo.
decide-restrict-empty = Escolha pelo menos uma região ou um país.
decide-label = Rótulo informativo
decide-label-text = Texto do rótulo
decide-label-url = Link para mais informações
decide-suspend = Suspensão
decide-days = Dias
decide-days-hint = De 1 a 365.
decide-submit = Decidir
decide-done = Decisão registrada: { $action }. A declaração de motivos foi enviada.
appeal-decide-title = Decidir o recurso
appeal-outcome = Resultado
appeal-outcome-upheld = Aceitar o recurso
appeal-outcome-upheld-hint = A decisão é revertida na hora e o conteúdo ou a conta é restaurado.
appeal-outcome-rejected = Rejeitar o recurso
appeal-outcome-rejected-hint = A decisão é mantida.
appeal-decide-submit = Decidir o recurso
appeal-decided-upheld = Recurso aceito: a decisão foi revertida. Uma nova declaração foi enviada.
appeal-decided-rejected = Recurso rejeitado: a decisão foi mantida. Uma nova declaração foi enviada.
error-claimed = Outro moderador já assumiu este item.
error-same_moderator = Quem tomou a decisão não pode decidir o recurso contra ela.

## Transparency report
transparency-title = Transparência
transparency-intro = Como a moderação funciona no Spool, em números: denúncias, decisões, rapidez, recursos e reversões. Nenhum dado pessoal é exibido.
transparency-region = Região
transparency-all-regions = Todas as regiões
transparency-period = Período
transparency-period-days = Últimos 30 dias, por dia
transparency-period-weeks = Últimas 12 semanas, por semana
transparency-period-months = Últimos 12 meses, por mês
transparency-range = De { $from } a { $to }
transparency-csv = Baixar em CSV
transparency-summary = No total: { $region }
transparency-notices = Denúncias
transparency-decisions = Decisões
transparency-median = Tempo mediano até a decisão
transparency-p90 = Percentil 90
transparency-hours = { $hours } h
transparency-hours-unit = h
transparency-deadline-misses = Prazos perdidos
transparency-automated-detection = Encontrado com ferramentas automatizadas
transparency-automated-decision = Decidido automaticamente
transparency-suspensions = Suspensões
transparency-appeals = Recursos
transparency-reversals = Reversões
transparency-over-time = Ao longo do tempo
transparency-chart-volume = Denúncias e decisões
transparency-chart-speed = Tempo até a decisão (horas)
transparency-breakdown = Detalhamento
transparency-chart-notices-category = Denúncias por categoria
transparency-chart-decisions-action = Decisões por medida
transparency-chart-decisions-category = Decisões por categoria
transparency-chart-ground = Decisões por fundamento
transparency-chart-source = Denúncias por origem
transparency-appeals-title = Recursos
transparency-chart-appeals = Resultados dos recursos
transparency-chart-appeals-time = Recursos e reversões ao longo do tempo
transparency-appeals-upheld = Aceitos
transparency-appeals-rejected = Rejeitados
transparency-appeals-open = Em aberto
transparency-orders = Ordens legais e triagem automática
transparency-chart-orders = Ordens legais por região
transparency-screening-flagged = Sinalizados pela triagem
transparency-screening-decided = Analisados
transparency-screening-confirmed = Confirmados
transparency-screening-precision = Precisão
transparency-none = Nada neste período.
transparency-yes = Sim
transparency-no = Não
transparency-log = Registro de decisões
transparency-log-intro = Todas as decisões, sem dados de denunciantes, criadores ou moderadores.
transparency-log-date = Data
transparency-log-action = Decisão
transparency-log-category = Categoria
transparency-log-ground = Fundamento
transparency-log-content = Conteúdo
transparency-log-detected = Detecção automática
transparency-log-automated = Decisão automática
transparency-log-scope = Onde
transparency-log-source = Origem
transparency-log-reversed = Revertida
transparency-log-more = Mais decisões
transparency-log-empty = Ainda não há decisões.
chart-show-table = Mostrar os números em uma tabela
chart-summary-line = De { $from } a { $to }. Totais: { $totals }
chart-period = Período
chart-item = Item
chart-value = Quantidade
notif-statement = Uma decisão de moderação foi tomada sobre seu conteúdo. Leia o motivo e como recorrer.
notif-report_outcome = Uma denúncia que você enviou foi decidida.

## Moderation: more codes from the server
action-hold = Retido para análise
action-reversed = Revertida após recurso
action-upheld_decision = Mantida após recurso
action-appeal_upheld = Recurso aceito
action-appeal_rejected = Recurso rejeitado
notice-source-account = Denúncia de uma conta
notice-source-anonymous = Denúncia sem conta (art. 16 do DSA)
notice-source-screening = Triagem automática
notice-source-fingerprint = Correspondência com conteúdo removido
notice-source-legal_order = Ordem legal
source-complaint = Um recurso
statement-scope-eea = A UE e o EEE (30 países)
statement-regions = Regiões
statement-reference = Referência da ordem
statement-outcome-heading = { $action } · { $date }
error-already_decided = Isto já foi decidido.
error-appeal_open = Já existe um recurso aberto contra esta decisão.
error-appeal_closed = Não é mais possível recorrer desta decisão.
error-account_suspended = Sua conta está suspensa, então você não pode fazer isso agora.
error-account_terminated = Sua conta foi encerrada.
error-not_moderator = Você não é moderador desta região.
video-withheld-own = Seu vídeo está bloqueado em: { $places }. Só você vê este aviso.
item-restrictions = Restrições atuais

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Entre para continuar
signin-sheet-intro = Entre para curtir, comentar, seguir e ter um feed feito para você.
feed-caught-up = Você está em dia
feed-caught-up-hint = Você já viu todos os clipes por enquanto. Encontre mais em Descobrir.
feed-explore = Explorar
clip-creator-profile = Perfil de { $handle }
unfollow-handle = Deixar de seguir { $handle }
clip-progress = Posição da reprodução
clip-progress-value = { $at } de { $length }
video-edit = Editar vídeo
video-edit-save = Salvar
video-edit-done = Alterações salvas
video-delete = Excluir vídeo
video-delete-confirm = Excluir este vídeo para sempre? Os comentários e curtidas vão junto.
video-delete-done = Vídeo excluído
back = Voltar
cancel = Cancelar
discover-trending = Em alta
discover-trending-tags = Hashtags em alta

## How the feed works: its stages and parameters
algo-stage-events = Com o que o feed aprende
algo-stage-model = O modelo de gostos
algo-stage-candidates = De onde vêm os candidatos
algo-stage-exploration = Uma chance para vídeos novos
algo-stage-ranking = Ordenação
algo-stage-filters = O que é filtrado
algo-stage-diversity = Variedade
algo-stage-non_personalized = O feed não personalizado
algo-technical = Descrição técnica (em inglês)
algo-param-bias-learning-rate = Velocidade com que o apelo próprio de um vídeo é aprendido
algo-param-expiry-secs = Esquecido após ficar inativo por
algo-param-history-len = Visualizações recentes que contam
algo-param-history-weight = Peso das visualizações recentes
algo-param-init-scale = Dispersão inicial das novas linhas
algo-param-item-min-count = Interações até um vídeo ter linha própria
algo-param-learning-rate = Velocidade com que os gostos são aprendidos
algo-param-margin = Margem entre vídeos curtidos e pulados
algo-param-negative-trials = Vídeos testados ao buscar um contraexemplo
algo-param-negatives-per-positive = Contraexemplos por sinal positivo
algo-param-regularization = Regularização (evita sobreajuste)
algo-param-seed = Semente aleatória (para reprodutibilidade)
algo-param-max-age-hours = Vídeos novos são testados por
algo-param-min-completion-rate = Assistidos até o fim no mínimo
algo-param-min-engagement-rate = Curtidas, comentários e compartilhamentos por visualização no mínimo
algo-param-slots-per-page = Vagas por página para vídeos novos
algo-param-stages = Tamanho do público em cada etapa de teste
algo-param-freshness-hours = Um vídeo conta como recente por
algo-param-trending-half-life-hours = A tendência vale metade após
algo-param-weights = Pesos da pontuação
algo-param-engagement = Engajamento esperado
algo-param-exploration = Exploração
algo-param-following = Contas que você segue
algo-param-freshness = Novidade
algo-param-trending = Em alta
algo-param-creator-spacing = Clipes até o mesmo criador de novo
algo-param-sound-spacing = Clipes até o mesmo som de novo
algo-param-catalog-videos = Vídeos no catálogo
algo-param-viewers-with-state = Espectadores que o modelo conhece

tile-views = { $count ->
    [one] { $count } visualização
   *[other] { $count } visualizações
}

## Long press: speed
clip-options = Opções
speed-title = Velocidade de reprodução
speed-normal = Normal
speed-value = { $rate }×
speed-set = Reproduzindo a { $rate }×

## Upload: preview, cover, draft
upload-preview = Prévia do seu clipe
upload-cover = Capa
upload-cover-hint = Deslize até o quadro que as pessoas veem antes de o clipe tocar.
upload-draft-restored = Seu rascunho voltou: legenda e configurações como você deixou.
error-invalid_cover = A capa precisa ser um momento do clipe.

# Captions and profile photos
clip-captions-on = Ativar legendas
clip-captions-off = Desativar legendas
captions-on = Legendas ativadas
captions-off = Legendas desativadas
captions-title = Legendas
captions-file = Arquivo de legendas (.vtt)
captions-hint = Um arquivo WebVTT por idioma. Todas as legendas precisam caber na duração do clipe.
captions-language = Idioma das legendas
captions-add = Adicionar legendas
captions-remove = Remover as legendas em { $language }
captions-remove-short = Remover
captions-none = Ainda não há legendas.
captions-added = Legendas em { $language } adicionadas.
captions-removed = Legendas em { $language } removidas.
captions-failed = Seu clipe foi publicado, mas as legendas não foram adicionadas: { $reason } Você pode adicioná-las na tela de edição do clipe.
captions-pick-file = Escolha um arquivo .vtt primeiro.
error-invalid_webvtt = Este não é um arquivo de legendas WebVTT válido.
error-invalid_language = Escolha o idioma das legendas.
profile-photo-choose = Foto do perfil
profile-photo-hint = JPEG, PNG ou WebP, até 8 MB. A foto é cortada em formato quadrado, e as informações de onde e com o que ela foi tirada são removidas.
profile-photo-remove = Remover foto
profile-photo-type = Escolha uma imagem JPEG, PNG ou WebP.
profile-edit-save = Salvar perfil
profile-edit-done = Perfil salvo.
error-invalid_photo = Este arquivo não é uma imagem que possa ser lida.
error-photo_too_small = A foto é pequena demais: escolha uma com pelo menos 64 pixels de cada lado.
error-photo_too_large = A foto é grande demais: no máximo 8192 pixels de cada lado.
error-invalid_crop = A parte da foto a ser mantida precisa ser um quadrado dentro dela.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Outras instâncias
fed-intro = Siga pessoas em outras instâncias que falam ActivityPub, como outros servidores Spool. Os vídeos delas aparecem no seu feed Seguindo.
fed-teen = Contas de adolescentes ficam nesta instância: não podem seguir nem ser seguidas a partir de outras instâncias.
fed-address = Endereço em outra instância
fed-address-hint = No formato nome@host, por exemplo alex@example.org
fed-follow = Seguir
fed-address-invalid = Digite o endereço no formato nome@host, por exemplo alex@example.org.
fed-address-local = Essa conta está nesta instância: siga-a pelo perfil dela.
fed-not-found = Nenhuma conta { $handle } foi encontrada. Confira o endereço.
fed-requested = Pedido para seguir enviado para { $handle }.
fed-following = Contas que você segue lá
fed-following-empty = Você ainda não segue ninguém em outra instância.
fed-pending = Pedido enviado
fed-followers = Seus seguidores de lá
fed-followers-empty = Ninguém de outra instância segue você ainda.
fed-wants-to-follow = Quer seguir você
fed-unfollow = Deixar de seguir
fed-accept = Aceitar
fed-accept-label = Aceitar o pedido para seguir de { $handle }
fed-decline = Recusar
fed-decline-label = Recusar o pedido para seguir de { $handle }
fed-remove = Remover
fed-remove-label = Remover { $handle } dos seus seguidores
fed-accepted = { $handle } agora segue você.
fed-declined = Você recusou o pedido de { $handle }.
fed-removed = { $handle } não segue mais você.
fed-from = De { $host }
fed-open = Abrir em { $host }
fed-cannot-play = Este vídeo não pode ser reproduzido aqui.
comment-remote-remove = Remover a resposta de { $handle }
fed-shared-by = Compartilhado por { $handle }
reason-remote_instance = De { $host }, uma instância em que pessoas daqui seguem contas
fed-like = Curtir
