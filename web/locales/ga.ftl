# Téacsanna comhéadain Spool: Gaeilge (Project Fluent). Na teachtaireachtaí céanna le en.ftl.

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — físeáin ghearra
app-description = Féach ar fhíseáin ghearra, déan iad agus roinn iad. Fanann do shonraí i do réigiún baile.
skip-to-content = Téigh chuig an ábhar
loading = Á lódáil…
noscript = Teastaíonn JavaScript ó Spool chun físeáin a sheinm. Cas air é, nó úsáid an API go díreach.
assets-missing = Níor cuireadh an cliant gréasáin isteach sa fhreastalaí seo. Tóg é le “npm ci && npm run build” san fhillteán web/, ansin tóg Spool arís.
title-page = { $page } · Spool
title-not-found = Gan aimsiú · Spool
not-found = Níl an leathanach seo ann.
close = Dún

## Navigation
nav-label = Príomhroghchlár
nav-home = Baile
nav-discover = Aimsigh
nav-upload = Uaslódáil
nav-inbox = Bosca isteach
nav-profile = Próifíl
nav-unread = { $count ->
    [one] { $count } fhógra gan léamh
    [two] { $count } fhógra gan léamh
    [few] { $count } fhógra gan léamh
    [many] { $count } bhfógra gan léamh
   *[other] { $count } fógra gan léamh
}

## Feed
feed-tabs = Fothaí
feed-for-you = Duitse
feed-following = Á leanúint
feed-personalized = Pearsantaithe
feed-mode-hint = Nuair atá sé múchta, ní úsáideann an fotha próifíliú: taispeánann sé a bhfuil coitianta agus nua i do réigiún agus i do theanga.
feed-mode-personalized = Fotha pearsantaithe ar siúl
feed-mode-non-personalized = Fotha pearsantaithe múchta: ní úsáidtear próifíliú
feed-empty = Níl aon rud le feiceáil fós. Uaslódáil an chéad ghearrthóg, nó cuardaigh rud éigin.
feed-following-empty = Níl gearrthóga nua ó na cuntais a leanann tú.
feed-login = Logáil isteach chun gearrthóga ó na cuntais a leanann tú a fheiceáil.
feed-unavailable = Níl an fotha ar fáil ar an bhfreastalaí seo fós. Bain triail as cuardach nó as próifíl.
video-title = Físeán
video-processing = Á phróiseáil…
video-failed = Theip ar an bpróiseáil
clip-video-label = Físeán le { $handle }
clip-loading = An físeán á lódáil
clip-unmute = Cas air an fhuaim
clip-mute = Múch an fhuaim
clip-play = Seinn
clip-pause = Cuir ar sos
clip-actions = Gníomhartha don fhíseán le { $handle }
clip-like = { $count ->
    [one] Is maith liom (líon: { $count })
    [two] Is maith liom (líon: { $count })
    [few] Is maith liom (líon: { $count })
    [many] Is maith liom (líon: { $count })
   *[other] Is maith liom (líon: { $count })
}
clip-comments = { $count ->
    [one] Tráchtanna ({ $count } trácht)
    [two] Tráchtanna ({ $count } thrácht)
    [few] Tráchtanna ({ $count } thrácht)
    [many] Tráchtanna ({ $count } dtrácht)
   *[other] Tráchtanna ({ $count } trácht)
}
clip-share = { $count ->
    [one] Roinn ({ $count } chomhroinnt)
    [two] Roinn ({ $count } chomhroinnt)
    [few] Roinn ({ $count } chomhroinnt)
    [many] Roinn ({ $count } gcomhroinnt)
   *[other] Roinn ({ $count } comhroinnt)
}
clip-more = Tuilleadh roghanna
clip-sound = Fuaim bhunaidh – { $handle }
clip-duet-of = Díséad: féach ar an mbunleagan
clip-stitch-of = Stitch: féach ar an mbunleagan
follow-handle = Lean { $handle }
follow-requested = Iarrtha
follow-done = Leanann tú { $handle } anois
unfollow-done = Ní leanann tú { $handle } a thuilleadh
login-needed = Logáil isteach ar dtús.
share-title = Roinn
share-link = Nasc chuig an bhfíseán seo
share-copy = Cóipeáil an nasc
share-copied = Cóipeáladh an nasc
not-interested = Níl suim agam ann
not-interested-done = Tuigim: feicfidh tú níos lú gearrthóg mar seo.
open-sound = Oscail an fhuaim
make-duet = Déan díséad
make-stitch = Déan stitch den fhíseán seo
why-title = Cén fáth an físeán seo?
why-none = Osclaíodh an ghearrthóg seo go díreach; níor roghnaigh an fotha í.
why-explainer = Roghnaíonn an fotha gearrthóga de réir rialacha foilsithe. Is féidir leat an pearsantú a mhúchadh am ar bith.
algorithm-link = Conas a oibríonn an fotha

## Reasons
reason-follows_creator = Leanann tú { $handle }
reason-topic = Féachann tú ar ghearrthóga faoi { $hashtag }
reason-similar_to_liked = Cosúil le gearrthóga ar thaitin siad leat
reason-taste_match = Oireann sé don rud a mbíonn tú ag féachaint air de ghnáth
reason-trending_region = Coitianta i do réigiún ({ $region })
reason-trending_language = Coitianta i do theanga ({ $language })
reason-new_video_test_audience = Gearrthóg nua á taispeáint do lucht féachana beag tástála
reason-fresh = Postáilte le déanaí
reason-sound = Úsáideann sé an fhuaim “{ $sound }”
reason-seen_before = Chonaic tú gach gearrthóg nua; féach ar an gceann seo arís

## Comments
comments-title = { $count ->
    [one] { $count } trácht
    [two] { $count } thrácht
    [few] { $count } thrácht
    [many] { $count } dtrácht
   *[other] { $count } trácht
}
comments-empty = Níl aon tráchtanna fós. Bí ar an gcéad duine.
comments-more = Tuilleadh tráchtanna
comments-off = Tá tráchtanna múchta don fhíseán seo.
comment-add = Cuir trácht leis
comment-send = Postáil
comment-sent = Postáladh an trácht
comment-reply = Freagair
comment-reply-to = Freagra ar { $handle }
comment-cancel-reply = Cealaigh an freagra
comment-replies = { $count ->
    [one] Féach ar { $count } fhreagra
    [two] Féach ar { $count } fhreagra
    [few] Féach ar { $count } fhreagra
    [many] Féach ar { $count } bhfreagra
   *[other] Féach ar { $count } freagra
}
comment-like = { $count ->
    [one] Is maith liom an trácht (líon: { $count })
    [two] Is maith liom an trácht (líon: { $count })
    [few] Is maith liom an trácht (líon: { $count })
    [many] Is maith liom an trácht (líon: { $count })
   *[other] Is maith liom an trácht (líon: { $count })
}
comment-pinned = Pionnáilte
comment-login = Logáil isteach chun trácht a dhéanamh

## Reports
report = Tuairiscigh
report-intro = Inis dúinn cad atá mícheart. Déanann modhnóir athbhreithniú ar gach tuairisc, agus cloisfidh tú ar ais uainn.
report-category = Fáth
report-note = Sonraí (roghnach)
report-note-hint = Cad ba cheart don mhodhnóir breathnú air?
report-send = Seol an tuairisc

## Upload
upload-title = Uaslódáil
upload-file = Comhad físe
upload-file-hint = Ó 1 soicind go 10 nóiméad. Tosaíonn an uaslódáil láithreach agus leanann sí ar aghaidh má thiteann an ceangal.
upload-progress-label = Dul chun cinn na huaslódála
upload-progress = { $percent } % ({ $sent } as { $total } beart)
upload-done = Uaslódáil críochnaithe
upload-error = Theip ar an uaslódáil. Bain triail eile as.
upload-pause = Cuir ar sos
upload-resume = Lean ar aghaidh
upload-caption = Fotheideal
upload-caption-hint = Clóscríobh # le haghaidh haischlibeanna agus @ chun duine a lua.
upload-visibility = Cé atá in ann féachaint air
visibility-public = Gach duine
visibility-followers = Leantóirí
visibility-private = Mise amháin
upload-allow = Lig do dhaoine eile
upload-allow-comments = Trácht a dhéanamh
upload-allow-duet = Díséad a dhéanamh
upload-allow-stitch = Stitch a dhéanamh
upload-sound = Fuaim (roghnach)
upload-sound-search = Cuardaigh fuaim
upload-sound-none = Coinníonn do ghearrthóg a fuaim féin.
upload-sound-chosen = Fuaim: { $title }
upload-sound-clear = Úsáid m’fhuaim féin
upload-duet = Díséad le { $handle }
upload-stitch = Stitch d’fhíseán { $handle }
upload-post = Postáil
upload-pick-first = Roghnaigh comhad físe ar dtús.
upload-waiting = An uaslódáil á críochnú…
upload-processing = Do fhíseán á phróiseáil… Tógann sé thart ar chomh fada leis an ngearrthóg.
upload-ready = Tá d’fhíseán réidh!
upload-watch = Féach air
upload-to-profile = Téigh chuig do phróifíl
suggestions = Moltaí
suggestions-count = { $count ->
    [one] { $count } mholadh. Úsáid na saigheada suas agus síos chun roghnú.
    [two] { $count } mholadh. Úsáid na saigheada suas agus síos chun roghnú.
    [few] { $count } mholadh. Úsáid na saigheada suas agus síos chun roghnú.
    [many] { $count } moladh. Úsáid na saigheada suas agus síos chun roghnú.
   *[other] { $count } moladh. Úsáid na saigheada suas agus síos chun roghnú.
}

## Profiles, hashtags, sounds
profile-not-found = Níl an cuntas seo ann.
profile-edit = Cuir an phróifíl in eagar
profile-follow = Lean
profile-following = Á leanúint
profile-private = Príobháideach
profile-private-body = Tá an cuntas seo príobháideach. Lean é chun a chuid físeán a fheiceáil.
profile-following-count = Á leanúint
profile-followers-count = Leantóirí
profile-likes-count = Taitneamh
profile-videos-count = Físeáin
profile-videos = Físeáin
profile-empty = Níl aon fhíseáin fós.
profile-empty-own = Níor phostáil tú aon rud fós. Beidh do ghearrthóga le feiceáil anseo.
tile-label = { $caption } — le { $handle }
tile-label-plain = Físeán le { $handle }
hashtag-count = { $count ->
    [one] { $count } físeán
    [two] { $count } fhíseán
    [few] { $count } fhíseán
    [many] { $count } bhfíseán
   *[other] { $count } físeán
}
hashtag-empty = Níl aon fhíseáin phoiblí leis an haischlib seo fós.
sound-title = Fuaim
sound-listen = Éist le { $title }
sound-meta = { $duration } · { $count ->
    [one] { $count } físeán
    [two] { $count } fhíseán
    [few] { $count } fhíseán
    [many] { $count } bhfíseán
   *[other] { $count } físeán
}
sound-use = Úsáid an fhuaim seo
sound-original = Bunfhíseán
sound-sort = Sórtáil na físeáin
sound-newest = Is nuaí
sound-popular = Coitianta
sound-empty = Níl aon fhíseán ag úsáid na fuaime seo fós.

## Search
search-title = Aimsigh
search-label = Cuardaigh
search-placeholder = Cuardaigh cuntais, físeáin, #haischlibeanna, fuaimeanna
search-submit = Cuardaigh
search-types = Cad atá á chuardach
search-videos = Físeáin
search-accounts = Cuntais
search-hashtags = Haischlibeanna
search-sounds = Fuaimeanna
search-results = Torthaí
search-hint = Clóscríobh focal, #haischlib nó @leasainm.
search-empty = Níor aimsíodh aon rud do “{ $query }”.
search-followers = { $count ->
    [one] { $count } leantóir
    [two] { $count } leantóir
    [few] { $count } leantóir
    [many] { $count } leantóir
   *[other] { $count } leantóir
}

## Inbox
inbox-title = Bosca isteach
inbox-requests = Iarratais leanúna
inbox-activity = Gníomhaíocht
inbox-empty = Níl aon fhógraí fós.
inbox-unread = Gan léamh:
request-accept = Glac leis
request-decline = Diúltaigh
request-accepted = Is féidir le { $handle } do chuid físeán a fheiceáil anois
request-declined = Diúltaíodh don iarratas ó { $handle }
notif-like = { $count ->
    [one] Thaitin d’fhíseán le { $actor }
    [two] Thaitin d’fhíseán le { $count } duine
    [few] Thaitin d’fhíseán le { $count } duine
    [many] Thaitin d’fhíseán le { $count } duine
   *[other] Thaitin d’fhíseán le { $count } duine
}
notif-comment = { $others ->
    [0] Rinne { $actor } trácht ar d’fhíseán
    [one] Rinne { $actor } agus { $others } duine eile trácht ar d’fhíseán
    [two] Rinne { $actor } agus { $others } dhuine eile trácht ar d’fhíseán
    [few] Rinne { $actor } agus { $others } dhuine eile trácht ar d’fhíseán
    [many] Rinne { $actor } agus { $others } nduine eile trácht ar d’fhíseán
   *[other] Rinne { $actor } agus { $others } duine eile trácht ar d’fhíseán
}
notif-reply = D’fhreagair { $actor } do thrácht
notif-mention = Luaigh { $actor } thú
notif-follow = { $count ->
    [one] Thosaigh { $actor } ag leanúint ort
    [two] { $count } leantóir nua
    [few] { $count } leantóir nua
    [many] { $count } leantóir nua
   *[other] { $count } leantóir nua
}
notif-follow_request = D’iarr { $actor } thú a leanúint
notif-follow_accepted = Ghlac { $actor } le d’iarratas leanúna
notif-comment_like = { $others ->
    [0] Thaitin do thrácht le { $actor }
    [one] Thaitin do thrácht le { $actor } agus { $others } duine eile
    [two] Thaitin do thrácht le { $actor } agus { $others } dhuine eile
    [few] Thaitin do thrácht le { $actor } agus { $others } dhuine eile
    [many] Thaitin do thrácht le { $actor } agus { $others } nduine eile
   *[other] Thaitin do thrácht le { $actor } agus { $others } duine eile
}
notif-duet = Rinne { $actor } díséad le d’fhíseán
notif-stitch = Rinne { $actor } stitch de d’fhíseán

## Settings
settings-title = Socruithe
settings-save = Sábháil
settings-saved = Sábháilte
settings-profile = Próifíl
settings-privacy = Príobháideachas
settings-private = Cuntas príobháideach
settings-private-hint = Ní fheiceann do chuid físeán ach na leantóirí a cheadaíonn tú.
settings-who-comment = Cé atá in ann trácht a dhéanamh ar do chuid físeán
settings-who-duet = Cé atá in ann díséad a dhéanamh le do chuid físeán
settings-who-stitch = Cé atá in ann stitch a dhéanamh de do chuid físeán
policy-everyone = Gach duine
policy-followers = Leantóirí
policy-nobody = Duine ar bith
settings-liked-public = Taispeáin ar mo phróifíl na físeáin a thaitin liom
settings-teen = Is cuntas déagóra do chuntas: tá roinnt socruithe níos déine.
settings-feed = Fotha
settings-reset-recommendations = Athshocraigh mo mholtaí
settings-reset-done = Athshocraíodh do mholtaí.
settings-language = Teanga
settings-language-label = Teanga an chomhéadain
settings-language-hint = De réir réamhshocraithe leanann Spool teanga do bhrabhsálaí.
settings-data = Do shonraí
settings-data-intro = Íoslódáil gach a stórálann Spool fút, agus féach cé de na baill foirne a d’fhéach air agus cén fáth.
settings-export = Íoslódáil mo shonraí
settings-region = Réigiún baile
settings-region-now = Stóráiltear do shonraí i: { $region }
settings-region-intro = Ní bhíonn do shonraí pearsanta ach i do réigiún baile. Is féidir leat iad a bhogadh go réigiún eile.
settings-move-to = Réigiún baile nua
settings-move = Bog mo shonraí
settings-move-confirm = Do shonraí pearsanta go léir a bhogadh go { $region }?
settings-move-done = Bogadh do shonraí.
settings-account = Cuntas
settings-signed-in = Logáilte isteach mar { $handle }
settings-logout = Logáil amach
settings-delete = Scrios an cuntas
settings-delete-intro = Scriosann sé seo do chuntas, do chuid físeán agus do shonraí go léir go buan. Ní féidir é a chealú.
settings-delete-confirm = Do chuntas agus gach a bhfuil ann a scriosadh go buan?
settings-sessions = Seisiúin
settings-sessions-intro = Na gléasanna ina bhfuil tú logáilte isteach. Logáil amach as aon cheann nach n-aithníonn tú.
settings-sessions-logout-others = Logáil amach i ngach áit eile
settings-sessions-ended = { $count ->
    [one] Logáladh amach as { $count } seisiún eile.
    [two] Logáladh amach as { $count } sheisiún eile.
    [few] Logáladh amach as { $count } sheisiún eile.
    [many] Logáladh amach as { $count } seisiún eile.
   *[other] Logáladh amach as { $count } seisiún eile.
}
session-device = { $browser } ar { $os }
session-device-unknown = Gléas anaithnid
session-current = An gléas seo
session-times = Logáilte isteach { $created } · gníomhach go deireanach { $used }
session-logout = Logáil amach
session-logout-label = Logáil amach { $device }
settings-password = Athraigh an focal faire
settings-password-done = Athraíodh d’fhocal faire. Logáladh amach gach seisiún eile.
field-current-password = Focal faire reatha
field-new-password = Focal faire nua
access-title = Rochtain ar mo shonraí
access-intro = Gach uair a osclaíonn ball foirne do shonraí pearsanta, logáiltear é le fírinniú scríofa. Seo an liosta iomlán.
access-empty = Níor rochtain aon bhall foirne do shonraí.
access-unavailable = Níl an loga rochtana ar fáil ar an bhfreastalaí seo fós.
access-when = Cathain
access-staff = Ball foirne
access-role = Ról
access-action = Cad a rinne siad
access-justification = Fírinniú
access-reference = Tagairt
algorithm-title = Conas a oibríonn an fotha
algorithm-intro = Tá fotha Duitse Spool oscailte le hiniúchadh: foilsítear an cód, a chuid ualaí agus na fáthanna le gach gearrthóg.
algorithm-sources = Tagann iarrthóirí ó chuntais a leanann tú, ó ghearrthóga cosúil leo siúd a thaitin leat, ón rud atá coitianta i do réigiún agus i do theanga, agus ó ghearrthóga nua a thaispeántar do lucht féachana beag tástála.
algorithm-signals = Foghlaimíonn sé ón méid a dhéanann tú: cé chomh fada a fhéachann tú, athsheinmeanna, scipeanna, taitneamh, comhroinntí, tráchtanna, leanúintí agus “Níl suim agam ann”.
algorithm-filters = Fágann sé ar lár a bhfaca tú cheana, cuntais bhlocáilte agus físeáin bainte, agus measctar ábhair agus cruthaitheoirí.
algorithm-control = Is féidir leat an pearsantú a mhúchadh, a bhfuil foghlamtha aige a athshocrú, agus “cén fáth an físeán seo?” a fhiafraí ar gach gearrthóg.
algorithm-published = Cur síos foilsithe
algorithm-unavailable = Níl an cur síos foilsithe ar fáil ar an bhfreastalaí seo fós.

## Log in and sign up
login-title = Logáil isteach
login-submit = Logáil isteach
login-no-account = Gan cuntas fós?
signup-title = Cláraigh
signup-intro = Ní stóráiltear do shonraí pearsanta ach sa réigiún baile a roghnaíonn tú.
signup-submit = Cruthaigh cuntas
signup-have-account = An bhfuil cuntas agat cheana?
field-handle = Leasainm
field-handle-hint = Idir 2 agus 24 litir, digit, _ nó .
field-display-name = Ainm taispeána (roghnach)
field-password = Focal faire
field-password-hint = 8 gcarachtar ar a laghad.
field-birth-date = Dáta breithe
field-birth-date-hint = Caithfidh tú a bheith 13 bliana d’aois ar a laghad. Bíonn cuntais daoine faoi 18 príobháideach de réir réamhshocraithe.
field-region = Réigiún baile
field-region-hint = An áit a stóráiltear do shonraí pearsanta.
field-email = Ríomhphost (roghnach)
field-email-hint = Ní úsáidtear é ach chun cabhrú leat do chuntas a aisghabháil.
field-bio = Beathaisnéis

## Errors
error-network = Ní féidir teacht ar an bhfreastalaí. Seiceáil do cheangal.
error-internal = Chuaigh rud éigin amú. Bain triail eile as.
error-unauthenticated = Logáil isteach ar dtús.
error-invalid_credentials = Leasainm nó focal faire mícheart.
error-too_young = Caithfidh tú a bheith 13 bliana d’aois ar a laghad chun Spool a úsáid.
error-csrf_rejected = Chuaigh do sheisiún in éag. Athlódáil an leathanach.
error-forbidden = Níl cead agat é sin a dhéanamh.
error-comments_off = Tá tráchtanna múchta don fhíseán seo.
error-remix_off = Ní cheadaíonn an cruthaitheoir é seo.
error-not_found = Gan aimsiú.
error-handle_taken = Tá an leasainm seo tógtha cheana.
error-rate_limited = An iomarca iarrachtaí. Fan nóiméad agus bain triail eile as.
error-invalid_handle = Úsáid idir 2 agus 24 litir, digit, _ nó .
error-handle_reserved = Tá an leasainm seo curtha in áirithe.
error-invalid_password = Caithfidh idir 8 agus 128 carachtar a bheith san fhocal faire.
error-invalid_email = Ní cosúil go bhfuil an seoladh ríomhphoist seo ceart.
error-invalid_birth_date = Cuir isteach dáta breithe bailí.
error-invalid_display_name = Ní féidir níos mó ná 50 carachtar a bheith san ainm taispeána.
error-invalid_bio = Ní féidir níos mó ná 160 carachtar a bheith sa bheathaisnéis.
error-invalid_caption = Ní féidir níos mó ná 2,200 carachtar a bheith san fhotheideal.
error-invalid_comment = Bíonn idir 1 agus 500 carachtar i dtrácht.
error-unknown_region = Roghnaigh ceann de na réigiúin liostaithe.
error-empty_file = Tá an comhad folamh.
error-not_media = Ní físeán é an comhad seo.
error-no_video_stream = Níl aon fhís sa chomhad seo.
error-still_image = Íomhá shocair í seo, ní físeán.
error-too_short = Tá an físeán róghearr (1 soicind ar a laghad).
error-too_long = Tá an físeán rófhada (10 nóiméad ar a mhéad).
error-too_large = Tá an físeán rómhór.
error-unsupported_codec = Ní thacaítear leis an bhformáid físe seo.
error-transcode_failed = Níorbh fhéidir an físeán a phróiseáil.
error-wrong_password = Tá an focal faire reatha mícheart.
error-quota_exceeded = Tá do spás stórála lán. Scrios físeáin nó uaslódálacha neamhchríochnaithe chun spás a dhéanamh.
error-bad_request = Níorbh fhéidir an t-iarratas a léamh.

## Moderation: reports
report-title-video = Tuairiscigh an físeán seo
report-title-comment = Tuairiscigh an trácht seo
report-title-account = Tuairiscigh an cuntas seo
report-category-choose = Roghnaigh fáth
report-category-hate_speech = Fuathchaint
report-category-harassment = Ciapadh agus bulaíocht
report-category-violent_extremism = Antoisceachas foréigneach
report-category-disinformation = Mífhaisnéis agus bréagaisnéis
report-category-child_safety = Sábháilteacht leanaí
report-category-self_harm = Féindochar agus neamhoird itheacháin
report-category-illegal_goods = Earraí agus seirbhísí neamhdhleathacha
report-category-scams = Caimiléireacht agus calaois
report-category-spam = Turscar
report-category-intellectual_property = Maoin intleachtúil
report-category-other = Rud éigin eile
report-dsa-legend = Fútsa
report-dsa-intro = Níl tú logáilte isteach, mar sin is fógra é seo faoi Airteagal 16 d’Acht an AE um Sheirbhísí Digiteacha. Teastaíonn d’ainm agus do sheoladh ríomhphoist uainn chun é a láimhseáil; ní insítear riamh don duine a dtuairiscíonn tú é cé thú féin.
report-name = D’ainm
report-email = Do sheoladh ríomhphoist
report-email-hint = Seolfaimid an toradh anseo.
report-good-faith = Creidim de mheon macánta go bhfuil an fhaisnéis san fhógra seo cruinn agus iomlán.
report-login-instead = An bhfuil cuntas agat?
report-sent = Go raibh maith agat. Seoladh do thuairisc, agus déanfaidh modhnóir athbhreithniú uirthi.
report-duplicate = Thuairiscigh tú é seo cheana. Tá do thuairisc roimhe seo fós i bhfeidhm; ní gá í a sheoladh arís.
report-receipt-intro = Coinnigh an admháil seo: leis is féidir leat féachaint cad a socraíodh.
report-receipt = D’admháil
report-receipt-hint = Uimhir thuairisce { $id }
report-receipt-copy = Cóipeáil an admháil
report-receipt-copied = Cóipeáladh an admháil.
report-check-later = Seiceáil an tuairisc seo níos déanaí
report-follow-up = Cuirfear an toradh in iúl duit. Is féidir leat é a leanúint freisin in
report-outcome = Socraithe ar { $date }: { $action }
report-outcome-policy = Riail a cuireadh i bhfeidhm: { $policy }
report-state-open = Ag fanacht ar athbhreithniú
report-state-decided = Socraithe
comment-report = Tuairiscigh an trácht le { $handle }
profile-report = Tuairiscigh
profile-withheld = Níl an cuntas seo ar fáil san áit ina bhfuil tú.
label-panel = Eolas
label-more = Tuilleadh eolais
video-age-restricted = Srianta de réir aoise
video-held = Coinnithe siar
video-held-own = Tá d’fhíseán coinnithe siar: meaitseálann sé ábhar a baineadh roimhe seo. Déanfaidh modhnóir athbhreithniú air.
video-removed-own = Bhain modhnóir d’fhíseán. Is tusa amháin a fheiceann an fógra seo.
video-reduced-own = Ní mholtar d’fhíseán i bhfothaí tar éis cinneadh modhnóireachta. Is tusa amháin a fheiceann an fógra seo.
video-withheld = Níl an físeán seo ar fáil san áit ina bhfuil tú.
status-link = Féach cén fáth, agus conas achomharc a dhéanamh

## Moderation: actions, targets, grounds
action-no_violation = Gan sárú
action-remove = Bainte
action-age_restrict = Srianta de réir aoise
action-restrict_regions = Srianta i roinnt réigiún
action-label = Lipéad faisnéise curtha leis
action-reduce_distribution = Scaipeadh laghdaithe
action-suspend = Cuntas ar fionraí
action-terminate = Cuntas dúnta
target-video = Físeán
target-comment = Trácht
target-account = Cuntas
ground-illegal = Ábhar neamhdhleathach
ground-incompatible = In aghaidh threoirlínte an phobail
source-notice = Fógra ó dhuine a thuairiscigh é
source-trusted-flagger = Fógra ó bhratóir iontaofa
source-own-initiative = Athbhreithniú Spool féin
decision-reversed = Aisiompaithe

## Account status and statements of reasons
status-title = Stádas an chuntais
settings-status-intro = Cinntí faoi d’ábhar, d’achomhairc, agus na tuairiscí a sheol tú.
settings-about = Faoi Spool
status-standing = Do chuntas
status-good = Tá do chuntas i ndea-sheasamh.
status-suspended = Tá do chuntas ar fionraí.
status-suspended-until = Tá do chuntas ar fionraí go dtí { $date }.
status-terminated = Dúnadh do chuntas. Is féidir leat na cinntí a léamh agus achomharc a dhéanamh fós.
status-strikes = { $count ->
    [one] Rabhaidh: { $count } as { $threshold }
    [two] Rabhaidh: { $count } as { $threshold }
    [few] Rabhaidh: { $count } as { $threshold }
    [many] Rabhaidh: { $count } as { $threshold }
   *[other] Rabhaidh: { $count } as { $threshold }
}
status-strikes-hint = Is rabhadh gach cinneadh in aghaidh d’ábhair. Ag an teorainn, cuirtear an cuntas ar fionraí. Téann seanrabhaidh in éag.
status-history = Cinntí roimhe seo
status-statements = Cinntí agus a bhfáthanna
status-statements-intro = Le haghaidh gach cinnidh seolaimid ráiteas fáthanna: cad a socraíodh, faoi cén riail, agus conas achomharc a dhéanamh.
status-no-statements = Níl aon chinntí faoi d’ábhar.
status-my-reports = Mo thuairiscí
status-no-reports = Níor thuairiscigh tú aon rud.
status-receipt-title = Do thuairisc
statement-heading = { $action } · { $date }
statement-decision = Cinneadh
statement-content = Ábhar
statement-facts = An méid a fuaireamar
statement-policy = Riail
statement-ground-illegal = Measaimid go bhfuil an t-ábhar neamhdhleathach.
statement-ground-incompatible = Tá an t-ábhar in aghaidh threoirlínte ár bpobail.
statement-legal-ground = Forais dlí: { $ground }
statement-policy-ground = Treoirlíne: { $ground }
statement-label = Lipéad a taispeánadh
statement-detection = Conas a aimsíodh é
statement-detected-auto = Le huirlisí uathoibrithe
statement-detected-human = Gan uirlisí uathoibrithe
statement-automated = Conas a socraíodh é
statement-decided-auto = Ag córas uathoibrithe
statement-decided-human = Ag duine, ní go huathoibríoch
statement-source = Cad a chuir tús leis an athbhreithniú
statement-scope = Cá bhfuil feidhm leis
statement-scope-everywhere = I ngach áit
statement-duration = Cé chomh fada
statement-duration-until = Ó { $from } go { $until }
statement-duration-open = Ó { $from }, gan dáta deiridh
statement-account-suspended = Cuireadh do chuntas ar fionraí.
statement-account-terminated = Dúnadh do chuntas.
statement-appeal = Achomharc
statement-appeal-until = Is féidir leat achomharc a dhéanamh go dtí { $date }. Déanfaidh modhnóir eile athbhreithniú air.
statement-appeal-possible = Is féidir leat achomharc a dhéanamh. Déanfaidh modhnóir eile athbhreithniú air.
statement-appeal-closed = Ní féidir achomharc a dhéanamh anseo a thuilleadh in aghaidh an chinnidh seo. Is féidir leat dul chuig comhlacht deimhnithe um réiteach díospóidí lasmuigh den chúirt nó chuig cúirt fós.
statement-appeal-open = Tá d’achomharc á athbhreithniú.
statement-appeal-upheld = Glacadh le d’achomharc: aisiompaíodh an cinneadh.
statement-appeal-rejected = Rinneadh athbhreithniú ar d’achomharc agus seasann an cinneadh.
statement-technical = Sonraí teicniúla (mar a seoladh chuig bunachar sonraí trédhearcachta an AE iad)
appeal-text = Cén fáth ar cheart an cinneadh a athrú?
appeal-text-hint = Mínigh cad a d’fhéadfadh a bheith caillte ag an modhnóir. Is féidir leat comhthéacs nó naisc a chur leis.
appeal-send = Seol an t-achomharc
appeal-sent = Seoladh d’achomharc. Déanfaidh modhnóir eile athbhreithniú air, agus gheobhaidh tú ráiteas nua.
appeal-exists = Tá achomharc oscailte agat cheana in aghaidh an chinnidh seo.

## Moderator console
mod-title = Modhnóireacht
mod-region = Réigiún
mod-region-hint = Scuaine an réigiúin a ndéanann tú modhnóireacht air.
mod-not-moderator = Ní modhnóir den réigiún seo thú.
queue-title = Scuaine athbhreithnithe: { $region }
queue-refresh = Athnuaigh
queue-empty = Tá an scuaine folamh.
queue-count = { $count ->
    [one] { $count } mhír, an ceann is práinní ar dtús
    [two] { $count } mhír, na cinn is práinní ar dtús
    [few] { $count } mhír, na cinn is práinní ar dtús
    [many] { $count } mír, na cinn is práinní ar dtús
   *[other] { $count } mír, na cinn is práinní ar dtús
}
queue-kind-notice = Fógra
queue-kind-appeal = Achomharc
queue-kind-match = Meaitseáil
queue-severity = Déine
queue-notices = Fógraí
queue-reach = Amharcanna (24 u)
queue-detection = Aimsithe ag
queue-automated = Brath uathoibríoch
queue-human = Daoine
queue-due = Dlite { $time }
queue-overdue = Thar téarma: ba é an spriocdháta { $time }
queue-claimed-mine = Glactha agatsa; críochnaíonn sé { $time }
queue-claimed-other = Glactha ag modhnóir eile
queue-claim = Glac é
queue-claim-done = Glactha. Is leatsa é don chéad chúpla nóiméad eile.
queue-open = Athbhreithnigh
item-title = Athbhreithniú
item-heading = Athbhreithniú: { $category }
item-back = Ar ais chuig an scuaine
item-decided = Socraithe
item-context = An t-ábhar
item-player = An físeán a tuairiscíodh
item-caption = Fotheideal
item-sound = Fuaim
item-state = Staid
item-remixes = Athmheascanna
item-none = Dada
item-open-video = Leathanach an fhíseáin
item-open-video-link = Oscail an físeán
item-comment-text = Trácht
item-comment-video = Ar an bhfíseán
item-account = Cuntas
item-detection = Brath uathoibríoch
item-notices = { $count ->
    [one] { $count } fhógra
    [two] { $count } fhógra
    [few] { $count } fhógra
    [many] { $count } bhfógra
   *[other] { $count } fógra
}
item-history = Cinntí roimhe seo faoin gcuntas seo
item-history-none = Gan chinntí roimhe seo.
item-appeal = An t-achomharc
item-appeal-decision = An cinneadh faoi achomharc
decide-title = Cinneadh
decide-action = Gníomh
decide-policy = Riail
decide-policy-category = Riail ghinearálta: { $category }
decide-legal-ground = Forais dlí: { $ground }
decide-facts = Fíricí
decide-facts-hint = An méid a fuair tú, i bhfocail shimplí. Léann an cruthaitheoir é seo.
decide-restrict = Cá háit le srian a chur
decide-restrict-hint = Roghnaigh réigiúin, tíortha nó an dá cheann. Teastaíonn a thagairt ó ordú dlí.
decide-regions = Réigiúin
decide-countries = Tíortha
decide-countries-hint = Cóid tíre dhá litir, scartha le camóga (DE, AT).
decide-reference = Tagairt (ordú cúirte nó údaráis)
decide-reference-hint = Roghnach. Taispeántar é do lucht féachana nach bhfeiceann an t-ábhar.
decide-restrict-empty = Roghnaigh réigiún nó tír amháin ar a laghad.
decide-label = Lipéad faisnéise
decide-label-text = Téacs an lipéid
decide-label-url = Nasc chuig tuilleadh eolais
decide-suspend = Fionraí
decide-days = Laethanta
decide-days-hint = Idir 1 agus 365.
decide-submit = Socraigh
decide-done = Taifeadadh an cinneadh: { $action }. Seoladh an ráiteas fáthanna.
appeal-decide-title = Socraigh an t-achomharc
appeal-outcome = Toradh
appeal-outcome-upheld = Glac leis an achomharc
appeal-outcome-upheld-hint = Aisiompaítear an cinneadh láithreach agus athbhunaítear an t-ábhar nó an cuntas.
appeal-outcome-rejected = Diúltaigh don achomharc
appeal-outcome-rejected-hint = Seasann an cinneadh.
appeal-decide-submit = Socraigh an t-achomharc
appeal-decided-upheld = Glacadh leis an achomharc: aisiompaíodh an cinneadh. Seoladh ráiteas nua.
appeal-decided-rejected = Diúltaíodh don achomharc: seasann an cinneadh. Seoladh ráiteas nua.
error-claimed = Tá an mhír seo glactha ag modhnóir eile.
error-same_moderator = Ní féidir leis an modhnóir a rinne an cinneadh an t-achomharc air a shocrú.

## Transparency report
transparency-title = Trédhearcacht
transparency-intro = Conas a oibríonn modhnóireacht ar Spool, i bhfigiúirí: fógraí, cinntí, cé chomh tapa a rinneadh iad, achomhairc agus aisiompuithe. Ní thaispeántar aon sonraí pearsanta.
transparency-region = Réigiún
transparency-all-regions = Gach réigiún
transparency-period = Tréimhse
transparency-period-days = Na 30 lá deireanacha, in aghaidh an lae
transparency-period-weeks = Na 12 seachtaine deireanacha, in aghaidh na seachtaine
transparency-period-months = Na 12 mhí dheireanacha, in aghaidh na míosa
transparency-range = { $from } go { $to }
transparency-csv = Íoslódáil mar CSV
transparency-summary = San iomlán: { $region }
transparency-notices = Fógraí
transparency-decisions = Cinntí
transparency-median = Am airmheánach go cinneadh
transparency-p90 = 90ú peirceintíl
transparency-hours = { $hours } u
transparency-hours-unit = u
transparency-deadline-misses = Spriocdhátaí caillte
transparency-automated-detection = Aimsithe le huirlisí uathoibrithe
transparency-automated-decision = Socraithe go huathoibríoch
transparency-suspensions = Fionraithe
transparency-appeals = Achomhairc
transparency-reversals = Aisiompuithe
transparency-over-time = Thar am
transparency-chart-volume = Fógraí agus cinntí
transparency-chart-speed = Am go cinneadh (uaireanta)
transparency-breakdown = Miondealú
transparency-chart-notices-category = Fógraí de réir catagóire
transparency-chart-decisions-action = Cinntí de réir gnímh
transparency-chart-decisions-category = Cinntí de réir catagóire
transparency-chart-ground = Cinntí de réir forais
transparency-chart-source = Fógraí de réir foinse
transparency-appeals-title = Achomhairc
transparency-chart-appeals = Torthaí achomharc
transparency-chart-appeals-time = Achomhairc agus aisiompuithe thar am
transparency-appeals-upheld = Glactha leo
transparency-appeals-rejected = Diúltaithe
transparency-appeals-open = Oscailte
transparency-orders = Orduithe dlí agus scagadh
transparency-chart-orders = Orduithe dlí de réir réigiúin
transparency-screening-flagged = Bratach curtha ag an scagadh
transparency-screening-decided = Athbhreithnithe
transparency-screening-confirmed = Deimhnithe
transparency-screening-precision = Beachtas
transparency-none = Faic sa tréimhse seo.
transparency-yes = Tá
transparency-no = Níl
transparency-log = Loga cinntí
transparency-log-intro = Gach cinneadh, gan sonraí na dtuairisceoirí, na gcruthaitheoirí ná na modhnóirí.
transparency-log-date = Dáta
transparency-log-action = Cinneadh
transparency-log-category = Catagóir
transparency-log-ground = Foras
transparency-log-content = Ábhar
transparency-log-detected = Brath uathoibríoch
transparency-log-automated = Cinneadh uathoibríoch
transparency-log-scope = Cá háit
transparency-log-source = Foinse
transparency-log-reversed = Aisiompaithe
transparency-log-more = Tuilleadh cinntí
transparency-log-empty = Gan chinntí fós.
chart-show-table = Taispeáin na figiúirí mar thábla
chart-summary-line = Ó { $from } go { $to }. Iomláin: { $totals }
chart-period = Tréimhse
chart-item = Mír
chart-value = Líon
notif-statement = Rinneadh cinneadh modhnóireachta faoi d’ábhar. Léigh cén fáth, agus conas achomharc a dhéanamh.
notif-report_outcome = Socraíodh tuairisc a sheol tú.

## Moderation: more codes from the server
action-hold = Coinnithe siar le haghaidh athbhreithnithe
action-reversed = Aisiompaithe ar achomharc
action-upheld_decision = Seasta ar achomharc
action-appeal_upheld = Glacadh leis an achomharc
action-appeal_rejected = Diúltaíodh don achomharc
notice-source-account = Fógra ó chuntas
notice-source-anonymous = Fógra gan chuntas (DSA airt. 16)
notice-source-screening = Scagadh uathoibríoch
notice-source-fingerprint = Meaitseáil le hábhar bainte
notice-source-legal_order = Ordú dlí
source-complaint = Achomharc
statement-scope-eea = An AE agus an LEE (30 tír)
statement-regions = Réigiúin
statement-reference = Tagairt an ordaithe
statement-outcome-heading = { $action } · { $date }
error-already_decided = Socraíodh é seo cheana.
error-appeal_open = Tá achomharc oscailte cheana in aghaidh an chinnidh seo.
error-appeal_closed = Ní féidir achomharc a dhéanamh in aghaidh an chinnidh seo a thuilleadh.
error-account_suspended = Tá do chuntas ar fionraí, mar sin ní féidir leat é seo a dhéanamh anois.
error-account_terminated = Tá do chuntas dúnta.
error-not_moderator = Ní modhnóir den réigiún seo thú.
video-withheld-own = Tá d’fhíseán coinnithe siar i: { $places }. Is tusa amháin a fheiceann an fógra seo.
item-restrictions = Srianta reatha

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = Logáil isteach chun leanúint ar aghaidh
signin-sheet-intro = Logáil isteach chun taitneamh a léiriú, trácht a dhéanamh, leanúint agus fotha a fháil atá déanta duitse.
feed-caught-up = Tá gach rud feicthe agat
feed-caught-up-hint = Tá gach gearrthóg feicthe agat faoi láthair. Faigh tuilleadh ar Aimsigh.
feed-explore = Taiscéal
clip-creator-profile = Próifíl { $handle }
unfollow-handle = Stop ag leanúint { $handle }
clip-progress = Suíomh athsheinme
clip-progress-value = { $at } as { $length }
video-edit = Cuir an físeán in eagar
video-edit-save = Sábháil
video-edit-done = Sábháladh na hathruithe
video-delete = Scrios an físeán
video-delete-confirm = An físeán seo a scriosadh go buan? Imeoidh a chuid tráchtanna agus taitneamh leis.
video-delete-done = Scriosadh an físeán
back = Ar ais
cancel = Cealaigh
discover-trending = Ag treochtáil anois
discover-trending-tags = Haischlibeanna ag treochtáil

## How the feed works: its stages and parameters
algo-stage-events = Cad as a bhfoghlaimíonn an fotha
algo-stage-model = An tsamhail blais
algo-stage-candidates = Cá as a dtagann iarrthóirí
algo-stage-exploration = Deis d’fhíseáin nua
algo-stage-ranking = Rangú
algo-stage-filters = Cad a scagtar amach
algo-stage-diversity = Éagsúlacht
algo-stage-non_personalized = An fotha neamhphearsantaithe
algo-technical = Cur síos teicniúil (i mBéarla)
algo-param-bias-learning-rate = Cé chomh tapa a fhoghlaimítear tarraingt fhíseáin féin
algo-param-expiry-secs = Déantar dearmad air tar éis díomhaoine de
algo-param-history-len = Féachaintí le déanaí a áirítear
algo-param-history-weight = Ualach na bhféachaintí le déanaí
algo-param-init-scale = Scaipeadh tosaigh na sraitheanna nua
algo-param-item-min-count = Idirghníomhaíochtaí sula bhfaigheann físeán a shraith féin
algo-param-learning-rate = Cé chomh tapa a fhoghlaimítear blas
algo-param-margin = Corrlach idir físeáin a thaitin agus físeáin a scipeáladh
algo-param-negative-trials = Físeáin a thriailtear agus frithshampla á lorg
algo-param-negatives-per-positive = Frithshamplaí in aghaidh an chomhartha dhearfaigh
algo-param-regularization = Rialtachtú (coinníonn sé an tsamhail ó róoiriúint)
algo-param-seed = Síol randamach (le haghaidh in-atáirgtheachta)
algo-param-max-age-hours = Déantar físeáin nua a thaiscéaladh ar feadh
algo-param-min-completion-rate = Féachadh go deireadh ar a laghad
algo-param-min-engagement-rate = Taitneamh, tráchtanna agus comhroinntí in aghaidh an amhairc ar a laghad
algo-param-slots-per-page = Spásanna in aghaidh an leathanaigh d’fhíseáin nua
algo-param-stages = Méideanna lucht féachana na gcéimeanna tástála
algo-param-freshness-hours = Áirítear físeán úr ar feadh
algo-param-trending-half-life-hours = Áirítear treochtáil leath tar éis
algo-param-weights = Ualaí an scóir rangaithe
algo-param-engagement = Rannpháirtíocht ionchais
algo-param-exploration = Taiscéalaíocht
algo-param-following = Cuntais a leanann tú
algo-param-freshness = Úire
algo-param-trending = Treochtáil
algo-param-creator-spacing = Gearrthóga sula dtagann an cruthaitheoir céanna arís
algo-param-sound-spacing = Gearrthóga sula dtagann an fhuaim chéanna arís
algo-param-catalog-videos = Físeáin sa chatalóg
algo-param-viewers-with-state = Lucht féachana a bhfuil aithne ag an tsamhail orthu

tile-views = { $count ->
    [one] { $count } amharc
    [two] { $count } amharc
    [few] { $count } amharc
    [many] { $count } n-amharc
   *[other] { $count } amharc
}

## Long press: speed
clip-options = Roghanna
speed-title = Luas athsheinme
speed-normal = Gnáthluas
speed-value = { $rate }×
speed-set = Á sheinm ag { $rate }×

## Upload: preview, cover, draft
upload-preview = Réamhamharc ar do ghearrthóg
upload-cover = Clúdach
upload-cover-hint = Sleamhnaigh chuig an bhfráma a fheiceann daoine sula seinntear an ghearrthóg.
upload-draft-restored = Tá do dhréacht ar ais: fotheideal agus socruithe mar a d’fhág tú iad.
error-invalid_cover = Caithfidh an clúdach a bheith ina nóiméad den ghearrthóg.

# Fotheidil agus grianghraif phróifíle
clip-captions-on = Cas air na fotheidil
clip-captions-off = Múch na fotheidil
captions-on = Fotheidil ar siúl
captions-off = Fotheidil múchta
captions-title = Fotheidil
captions-file = Comhad fotheideal (.vtt)
captions-hint = Comhad WebVTT amháin in aghaidh na teanga. Caithfidh gach fotheideal a bheith laistigh d’fhad na gearrthóige.
captions-language = Teanga na bhfotheideal
captions-add = Cuir fotheidil leis
captions-remove = Bain na fotheidil ({ $language })
captions-remove-short = Bain
captions-none = Níl aon fhotheidil ann fós.
captions-added = Cuireadh na fotheidil leis ({ $language }).
captions-removed = Baineadh na fotheidil ({ $language }).
captions-failed = Tá do ghearrthóg postáilte, ach níor cuireadh na fotheidil leis: { $reason } Is féidir leat iad a chur leis ó phainéal eagarthóireachta na gearrthóige.
captions-pick-file = Roghnaigh comhad .vtt ar dtús.
error-invalid_webvtt = Ní comhad fotheideal WebVTT bailí é seo.
error-invalid_language = Roghnaigh teanga na bhfotheideal.
profile-photo-choose = Grianghraf próifíle
profile-photo-hint = JPEG, PNG nó WebP, suas le 8 MB. Bearrtar é ina chearnóg; baintear an t-eolas faoin áit inar tógadh é agus faoin ngléas lenar tógadh é.
profile-photo-remove = Bain an grianghraf
profile-photo-type = Roghnaigh pictiúr JPEG, PNG nó WebP.
profile-edit-save = Sábháil an phróifíl
profile-edit-done = Sábháladh an phróifíl.
error-invalid_photo = Ní pictiúr inléite é an comhad seo.
error-photo_too_small = Tá an grianghraf róbheag: roghnaigh ceann atá 64 picteilín ar a laghad ar gach taobh.
error-photo_too_large = Tá an grianghraf rómhór: 8192 picteilín ar a mhéad ar gach taobh.
error-invalid_crop = Caithfidh an chuid den ghrianghraf a choinneofar a bheith ina cearnóg laistigh de.

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = Freastalaithe eile
fed-intro = Lean daoine ar fhreastalaithe eile a labhraíonn ActivityPub, mar shampla freastalaithe Spool eile. Beidh a gcuid físeán le feiceáil i d'fhotha Á leanúint.
fed-teen = Fanann cuntais déagóirí ar an bhfreastalaí seo: ní féidir leo cuntais ar fhreastalaithe eile a leanúint ná a bheith á leanúint uathu.
fed-address = Seoladh ar fhreastalaí eile
fed-address-hint = Mar ainm@óstach, mar shampla alex@example.org
fed-follow = Lean
fed-address-invalid = Cuir isteach an seoladh mar ainm@óstach, mar shampla alex@example.org.
fed-address-local = Tá an cuntas sin ar an bhfreastalaí seo: lean é óna phróifíl.
fed-not-found = Níor aimsíodh aon chuntas { $handle }. Seiceáil an seoladh.
fed-requested = Seoladh iarratas leanúna chuig { $handle }.
fed-following = Cuntais a leanann tú ansin
fed-following-empty = Níl aon duine á leanúint agat ar fhreastalaí eile fós.
fed-pending = Iarratas seolta
fed-followers = Do leantóirí as sin
fed-followers-empty = Níl aon duine ar fhreastalaí eile do do leanúint fós.
fed-wants-to-follow = Ba mhaith leis tú a leanúint
fed-unfollow = Stop ag leanúint
fed-accept = Glac leis
fed-accept-label = Glac leis an iarratas leanúna ó { $handle }
fed-decline = Diúltaigh
fed-decline-label = Diúltaigh don iarratas leanúna ó { $handle }
fed-remove = Bain
fed-remove-label = Bain { $handle } de do leantóirí
fed-accepted = Leanann { $handle } tú anois.
fed-declined = Dhiúltaigh tú don iarratas ó { $handle }.
fed-removed = Ní leanann { $handle } tú a thuilleadh.
fed-from = Ó { $host }
fed-open = Oscail ar { $host }
fed-cannot-play = Ní féidir an físeán seo a sheinm anseo.
comment-remote-remove = Bain an freagra ó { $handle }
fed-shared-by = Roinnte ag { $handle }
reason-remote_instance = Ó { $host }, ásc ar a leanann daoine anseo cuntais
fed-like = Is maith liom
