// The moderator console: a region's review queue (/moderation?region=R), one item with
// its context (/moderation/items/{id}), the claim, the decision under a named policy,
// and the outcome of an appeal. Every route answers 403 to anyone who is not a moderator
// of the item's region; the page says so in those words.
import { t, formatAgo, formatCount, formatDate } from './i18n';
import { get, post, errorText, session, enc, ApiError } from './api';
import { h, field, formAlert, showError, toast, id, handle as handleEl } from './dom';
import { setTitle, navigate, type PageContext } from './router';
import { attach, type Source } from './player';
import { regionName } from './auth';
import {
  ACTIONS_FOR, actionName, categoryName, targetName, groundName, targetHref, policyTitle, describeValue, sourceName, loadPolicies,
  type Item, type ItemDetail, type Decision, type Action,
} from './decisions';

const REGION_KEY = 'spool.modRegion';

/** A 403 for want of the region's moderator role (`not_moderator`), not for another reason
 * (`same_moderator`, a suspended account). */
function notModerator(e: unknown): boolean {
  return e instanceof ApiError && e.status === 403 && !['same_moderator', 'account_suspended', 'account_terminated'].includes(e.code);
}

/** The error of a moderation call as a sentence: a 403 is "not a moderator here". */
function modError(e: unknown): string {
  return notModerator(e) ? t('mod-not-moderator') : errorText(e);
}

function kindPill(kind: string): HTMLElement {
  const label = kind === 'appeal' ? t('queue-kind-appeal') : kind === 'match' ? t('queue-kind-match') : t('queue-kind-notice');
  return h('span', { class: `pill kind kind-${kind}` }, label);
}

/** Time left until the deadline, or how long ago it passed (highlighted). */
function deadline(item: Item): HTMLElement {
  const overdue = item.overdue || item.seconds_left < 0;
  return h('p', { class: overdue ? 'deadline overdue' : 'deadline' },
    h('time', { datetime: item.deadline_at },
      overdue ? t('queue-overdue', { time: formatAgo(item.deadline_at) }) : t('queue-due', { time: formatAgo(item.deadline_at) })));
}

function claimText(item: Item): string | null {
  if (!item.claim) return null;
  return item.claim.mine ? t('queue-claimed-mine', { time: formatAgo(item.claim.expires_at) }) : t('queue-claimed-other');
}

function targetLabel(item: Item): (Node | string)[] {
  return [targetName(item.target.kind), item.target.handle ? ' ' : '', item.target.handle ? handleEl(item.target.handle) : ''];
}

function facts(item: Item): HTMLElement {
  const pair = (term: string, value: Node | string) => h('div', {}, h('dt', {}, term), h('dd', {}, value));
  return h('dl', { class: 'item-facts' },
    pair(t('queue-severity'), String(item.severity)),
    pair(t('queue-notices'), formatCount(item.notice_count)),
    pair(t('queue-reach'), formatCount(item.reach_24h)),
    pair(t('queue-detection'), t(item.automated ? 'queue-automated' : 'queue-human')));
}

async function claim(item: Item): Promise<Item> {
  const r = await post<{ item: Item }>(`/api/v1/moderation/items/${enc(item.id)}/claim`);
  return r.item;
}

function claimButton(item: Item, onClaimed: (i: Item) => void, status: HTMLElement): HTMLButtonElement | null {
  if (item.state !== 'open' || item.claim?.mine) return null;
  const b = h('button', { type: 'button', class: 'claim', disabled: item.claim ? true : false }, t('queue-claim'));
  b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      const claimed = await claim(item);
      toast(t('queue-claim-done'));
      onClaimed(claimed);
    } catch (e) {
      b.disabled = false;
      status.textContent = modError(e);
    }
  });
  return b;
}

async function regionPicker(region: string, path: string): Promise<HTMLElement> {
  const regions = await get<{ regions: string[] }>('/api/v1/regions').then((r) => r.regions).catch(() => [] as string[]);
  if (!regions.includes(region)) regions.unshift(region);
  const select = h('select', { name: 'region' }, ...regions.map((r) => h('option', { value: r, selected: r === region }, regionName(r))));
  select.addEventListener('change', () => {
    localStorage.setItem(REGION_KEY, select.value);
    navigate(`${path}?region=${enc(select.value)}`);
  });
  return h('div', { class: 'region-picker' }, field(t('mod-region'), select, t('mod-region-hint')));
}

function chosenRegion(ctx: PageContext): string {
  return ctx.query.get('region') || localStorage.getItem(REGION_KEY) || session.account?.region || '';
}

function needLogin(ctx: PageContext, next: string): boolean {
  if (session.account) return false;
  ctx.main.append(h('p', {}, h('a', { href: `/login?next=${enc(next)}`, class: 'text-link' }, t('login-title'))));
  return true;
}

export async function moderationPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page moderation';
  setTitle(t('mod-title'));
  ctx.main.append(h('h1', {}, t('mod-title')));
  if (needLogin(ctx, '/moderation')) return;
  const region = chosenRegion(ctx);
  const status = h('p', { class: 'hint', role: 'status' });
  const list = h('ol', { class: 'queue', 'aria-labelledby': 'queue-heading' });
  const refresh = h('button', { type: 'button' }, t('queue-refresh'));
  ctx.main.append(await regionPicker(region, '/moderation'),
    h('div', { class: 'row queue-head' }, h('h2', { id: 'queue-heading' }, t('queue-title', { region: regionName(region) })), refresh),
    status, list);

  function card(item: Item): HTMLLIElement {
    const href = `/moderation/items/${enc(item.id)}?region=${enc(region)}`;
    const titleId = `item-${item.id}`;
    const claimed = claimText(item);
    const li: HTMLLIElement = h('li', { class: item.overdue ? 'card queue-item overdue' : 'card queue-item', 'data-item-id': item.id, 'data-kind': item.kind, 'data-target-id': item.target.id, 'aria-labelledby': titleId },
      h('div', { class: 'row' }, kindPill(item.kind), h('h3', { id: titleId, class: 'item-title' },
        h('a', { href }, categoryName(item.category), ' · ', ...targetLabel(item)))),
      deadline(item),
      facts(item),
      claimed ? h('p', { class: 'hint claim-state' }, claimed) : null,
      h('div', { class: 'row' },
        claimButton(item, (c) => { li.replaceWith(card(c)); }, status),
        h('a', { href, class: 'button' }, t('queue-open'))));
    return li;
  }

  async function load(): Promise<void> {
    list.setAttribute('aria-busy', 'true');
    status.textContent = t('loading');
    try {
      const q = await get<{ region: string; items: Item[] }>(`/api/v1/moderation/queue?region=${enc(region)}&limit=50`);
      localStorage.setItem(REGION_KEY, region);
      list.replaceChildren(...q.items.map(card));
      status.textContent = q.items.length ? t('queue-count', { count: q.items.length }) : t('queue-empty');
    } catch (e) {
      list.replaceChildren();
      status.textContent = modError(e);
      status.classList.toggle('error', notModerator(e));
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  }
  refresh.addEventListener('click', () => void load());
  await load();
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v ? v : null;
}

/** The reviewed content: a video with its player, a comment with its video, an account. */
function contextView(item: ItemDetail, ctx: PageContext): HTMLElement {
  const c = (item.context ?? {}) as Record<string, unknown>;
  const section = h('section', { class: 'card', 'aria-labelledby': 'item-context' }, h('h2', { id: 'item-context' }, t('item-context')));
  const nested = (k: string) => (c[k] && typeof c[k] === 'object' ? c[k] as Record<string, unknown> : null);
  const dl = h('dl', { class: 'facts' });
  const add = (term: string, ...value: (Node | string | null)[]) => dl.append(h('dt', {}, term), h('dd', {}, ...value));
  if (item.target.kind === 'video') {
    const v = nested('video') ?? c;
    const playlist = str(v.playlist_url);
    const poster = str(v.poster_url);
    if (playlist || poster) {
      const video = h('video', { class: 'review-player', controls: true, playsinline: true, preload: 'metadata', poster: poster ?? undefined, 'aria-label': t('item-player') });
      section.append(video);
      if (playlist) {
        let source: Source | null = attach(video, playlist, true);
        ctx.onLeave(() => { source?.detach(); source = null; });
      }
    }
    add(t('item-caption'), h('span', { class: 'pre-line' }, str(v.caption) ?? '—'));
    const sound = v.sound as Record<string, unknown> | string | null | undefined;
    const soundId = str(v.sound_id) ?? (typeof sound === 'string' ? sound : sound ? str(sound.id) : null);
    if (soundId) add(t('item-sound'), h('a', { href: `/sound/${enc(soundId)}`, class: 'text-link' }, t('sound-title')));
    if (str(v.state)) add(t('item-state'), String(v.state));
    if (v.moderation && typeof v.moderation === 'object' && Object.keys(v.moderation).length) add(t('item-restrictions'), describeValue(v.moderation));
    // Remixes of the clip (the server sends them beside the video; older shapes inside it).
    const remixes = (Array.isArray(c.remixes) ? c.remixes : Array.isArray(v.remixes) ? v.remixes : []) as unknown[];
    add(t('item-remixes'), remixes.length
      ? h('ul', { class: 'plain' }, ...remixes.map((r) => {
        const o = (r && typeof r === 'object' ? r : {}) as Record<string, unknown>;
        const rid = typeof r === 'string' ? r : str(o.id);
        const remix = o.remix && typeof o.remix === 'object' ? o.remix as Record<string, unknown> : null;
        const kind = str(remix?.kind) ?? str(o.kind);
        const text = [kind, str(o.caption) ?? rid].filter(Boolean).join(' · ');
        return h('li', {}, rid ? h('a', { href: `/v/${enc(rid)}`, class: 'text-link' }, text) : describeValue(r));
      }))
      : t('item-none'));
    add(t('item-open-video'), h('a', { href: `/v/${enc(item.target.id)}`, class: 'text-link' }, t('item-open-video-link')));
  } else if (item.target.kind === 'comment') {
    const cm = nested('comment') ?? c;
    add(t('item-comment-text'), h('span', { class: 'pre-line' }, str(cm.text) ?? '—'));
    const video = nested('video') ?? (cm.video && typeof cm.video === 'object' ? cm.video as Record<string, unknown> : null);
    const videoId = str(cm.video_id) ?? (video ? str(video.id) : null);
    if (videoId) add(t('item-comment-video'), h('a', { href: `/v/${enc(videoId)}`, class: 'text-link' }, video && str(video.caption) ? String(video.caption) : t('item-open-video-link')));
  } else {
    const a = nested('account') ?? c;
    const handle = str(a.handle) ?? item.target.handle ?? null;
    add(t('item-account'), handle ? h('a', { href: `/u/${enc(handle)}`, class: 'text-link' }, handleEl(handle)) : item.target.id);
    add(t('field-bio'), h('span', { class: 'pre-line' }, str(a.bio) ?? '—'));
  }
  section.append(dl);
  if (item.detection && Object.keys(item.detection).length) {
    section.append(h('h3', {}, t('item-detection')), describeValue(item.detection));
  }
  return section;
}

function noticesView(item: ItemDetail): HTMLElement {
  const notices = item.notices ?? [];
  return h('section', { class: 'card', 'aria-labelledby': 'item-notices' },
    h('h2', { id: 'item-notices' }, t('item-notices', { count: notices.length })),
    notices.length
      ? h('ul', { class: 'list' }, ...notices.map((n) => h('li', { class: 'list-item notice-item' },
        h('div', {}, h('strong', {}, categoryName(n.category)), n.source ? h('span', { class: 'pill' }, sourceName(n.source)) : null,
          n.note ? h('p', { class: 'pre-line' }, n.note) : null),
        h('time', { datetime: n.created_at, class: 'hint' }, formatDate(n.created_at)))))
      : h('p', { class: 'hint' }, t('item-none')));
}

function decisionLine(d: Decision): HTMLElement {
  const when = d.decided_at ?? d.created_at;
  const policy = policyTitle(d.policy);
  return h('li', { class: 'list-item' },
    h('div', {}, h('strong', {}, actionName(d.action)), policy ? ` · ${policy}` : '',
      d.reversed ? h('span', { class: 'pill' }, t('decision-reversed')) : null,
      d.facts ? h('p', { class: 'hint pre-line' }, d.facts) : null),
    when ? h('time', { datetime: when, class: 'hint' }, formatDate(when)) : null);
}

function historyView(item: ItemDetail): HTMLElement {
  const history = item.history ?? [];
  return h('section', { class: 'card', 'aria-labelledby': 'item-history' },
    h('h2', { id: 'item-history' }, t('item-history')),
    history.length ? h('ul', { class: 'list' }, ...history.map(decisionLine)) : h('p', { class: 'hint' }, t('item-history-none')));
}

function checkboxes(name: string, values: string[], label: (v: string) => string, labelledBy: string): HTMLElement {
  return h('div', { class: 'checks', role: 'group', 'aria-labelledby': labelledBy }, ...values.map((v) => {
    const cid = id(name);
    return h('div', { class: 'choice' }, h('input', { type: 'checkbox', name, value: v, id: cid }), h('label', { for: cid }, label(v)));
  }));
}

/** The decision form: action, policy clause, facts, and the fields the action needs. */
async function decisionForm(item: ItemDetail, region: string, onDone: (text: string) => void): Promise<HTMLElement> {
  const [policies, regions] = await Promise.all([
    loadPolicies(),
    get<{ regions: string[] }>('/api/v1/regions').then((r) => r.regions).catch(() => [region]),
  ]);
  const actions: Action[] = ACTIONS_FOR[item.target.kind] ?? ['no_violation'];
  const action = h('select', { name: 'action', required: true }, ...actions.map((a) => h('option', { value: a }, actionName(a))));
  // The item's own category first (its general rule), then its clauses, then the rest.
  const ordered = [...policies].sort((a, b) => Number(b.category === item.category) - Number(a.category === item.category));
  const policy = h('select', { name: 'policy', required: true },
    h('option', { value: item.category }, t('decide-policy-category', { category: categoryName(item.category) })),
    ...ordered.map((p) => h('option', { value: p.id }, `${p.title} (${groundName(p.ground)})`)));
  // The category's own default clause is what the first option means; say which it is.
  const fallback = policies.find((p) => p.category === item.category && p.default);
  const policyText = h('p', { class: 'hint policy-text', 'aria-live': 'polite' });
  const showPolicy = () => {
    const p = policies.find((x) => x.id === policy.value) ?? (policy.value === item.category ? fallback : undefined);
    policyText.textContent = p ? [p.text, p.legal_ground ? t('decide-legal-ground', { ground: p.legal_ground }) : ''].filter(Boolean).join(' ') : '';
  };
  policy.addEventListener('change', showPolicy);
  const factsInput = h('textarea', { name: 'facts', rows: 4, required: true, maxlength: 5000 });

  const countries = h('input', { name: 'countries', autocapitalize: 'characters', spellcheck: 'false', placeholder: 'DE, AT' });
  const reference = h('input', { name: 'reference', maxlength: 200 });
  const regionsLabel = id('regions');
  const restrict = h('fieldset', { class: 'action-fields', 'data-for': 'restrict_regions' },
    h('legend', {}, t('decide-restrict')),
    h('p', { class: 'hint' }, t('decide-restrict-hint')),
    h('p', { class: 'field-label', id: regionsLabel }, t('decide-regions')), checkboxes('regions', regions, regionName, regionsLabel),
    field(t('decide-countries'), countries, t('decide-countries-hint')),
    field(t('decide-reference'), reference, t('decide-reference-hint')));
  const labelText = h('input', { name: 'label_text', required: true, maxlength: 200 });
  const labelUrl = h('input', { name: 'label_url', type: 'url', required: true, placeholder: 'https://' });
  const label = h('fieldset', { class: 'action-fields', 'data-for': 'label' },
    h('legend', {}, t('decide-label')), field(t('decide-label-text'), labelText), field(t('decide-label-url'), labelUrl));
  const days = h('input', { name: 'days', type: 'number', min: 1, max: 365, value: 7, required: true, inputmode: 'numeric' });
  const suspend = h('fieldset', { class: 'action-fields', 'data-for': 'suspend' },
    h('legend', {}, t('decide-suspend')), field(t('decide-days'), days, t('decide-days-hint')));
  const extra = [restrict, label, suspend];
  const sync = () => {
    // Hidden fields are disabled too, so that their `required` does not block the form.
    for (const fs of extra) {
      const on = fs.dataset.for === action.value;
      fs.hidden = !on;
      fs.disabled = !on;
    }
  };
  action.addEventListener('change', sync);
  const submit = h('button', { type: 'submit', class: 'primary' }, t('decide-submit'));
  const f: HTMLFormElement = h('form', { class: 'stack decision-form' },
    field(t('decide-action'), action),
    field(t('decide-policy'), policy), policyText,
    field(t('decide-facts'), factsInput, t('decide-facts-hint')),
    ...extra.filter((fs) => actions.includes(fs.dataset.for as Action)),
    formAlert(), submit);
  sync();
  showPolicy();
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const key = item.target.kind === 'video' ? 'video_id' : item.target.kind === 'comment' ? 'comment_id' : 'account';
    const body: Record<string, unknown> = {
      [key]: item.target.kind === 'account' ? item.target.handle ?? item.target.id : item.target.id,
      action: action.value, policy: policy.value, facts: factsInput.value.trim(), item_id: item.id,
    };
    if (action.value === 'restrict_regions') {
      const picked = [...f.querySelectorAll<HTMLInputElement>('input[name=regions]:checked')].map((i) => i.value);
      const cs = countries.value.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
      if (!picked.length && !cs.length) { showError(f, t('decide-restrict-empty'), 'countries'); return; }
      if (picked.length) body.regions = picked;
      if (cs.length) body.countries = cs;
      if (reference.value.trim()) body.reference = reference.value.trim();
    } else if (action.value === 'label') {
      body.label = { text: labelText.value.trim(), url: labelUrl.value.trim() };
    } else if (action.value === 'suspend') {
      body.days = Number(days.value);
    }
    submit.disabled = true;
    try {
      const r = await post<{ decision: Decision; statement_id: string }>('/api/v1/moderation/decisions', body);
      onDone(t('decide-done', { action: actionName(r.decision?.action ?? action.value) }));
    } catch (err) {
      submit.disabled = false;
      // The API names its fields; the label's live in the form as label_text/label_url.
      const fieldName = err instanceof ApiError ? ({ label: 'label_text', 'label.text': 'label_text', 'label.url': 'label_url' } as Record<string, string>)[err.field ?? ''] ?? err.field : undefined;
      showError(f, modError(err), fieldName);
    }
  });
  return f;
}

/** The outcome of an appeal (decided by a moderator other than the first one). */
function appealForm(item: ItemDetail, onDone: (text: string) => void): HTMLElement {
  const name = id('outcome');
  const radio = (value: string, label: string, hint: string) => {
    const rid = id('outcome');
    return h('div', { class: 'choice' },
      h('input', { type: 'radio', name, value, id: rid, required: true, 'aria-describedby': `${rid}-hint` }),
      h('label', { for: rid }, label), h('p', { class: 'hint', id: `${rid}-hint` }, hint));
  };
  const factsInput = h('textarea', { name: 'facts', rows: 4, required: true, maxlength: 5000 });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('appeal-decide-submit'));
  const f: HTMLFormElement = h('form', { class: 'stack appeal-decision-form' },
    h('fieldset', {}, h('legend', {}, t('appeal-outcome')),
      radio('upheld', t('appeal-outcome-upheld'), t('appeal-outcome-upheld-hint')),
      radio('rejected', t('appeal-outcome-rejected'), t('appeal-outcome-rejected-hint'))),
    field(t('decide-facts'), factsInput, t('decide-facts-hint')),
    formAlert(), submit);
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const outcome = f.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
    if (!outcome) return;
    submit.disabled = true;
    const appealId = item.appeal_id ?? item.appeal?.id ?? item.id;
    try {
      await post(`/api/v1/moderation/appeals/${enc(appealId)}/decision`, { outcome, facts: factsInput.value.trim() });
      onDone(t(outcome === 'upheld' ? 'appeal-decided-upheld' : 'appeal-decided-rejected'));
    } catch (err) {
      submit.disabled = false;
      showError(f, modError(err), err instanceof ApiError && err.field === 'facts' ? 'facts' : undefined);
    }
  });
  return f;
}

export async function moderationItemPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page moderation';
  setTitle(t('item-title'));
  const region = chosenRegion(ctx);
  const back = h('a', { href: `/moderation?region=${enc(region)}`, class: 'text-link' }, t('item-back'));
  ctx.main.append(h('p', {}, back));
  if (needLogin(ctx, location.pathname)) { ctx.main.prepend(h('h1', {}, t('item-title'))); return; }
  let item: ItemDetail;
  try {
    [item] = await Promise.all([get<ItemDetail>(`/api/v1/moderation/items/${enc(ctx.params.id)}`), loadPolicies()]);
  } catch (e) {
    ctx.main.append(h('h1', {}, t('item-title')), h('p', { class: notModerator(e) ? 'empty error' : 'empty' }, modError(e)));
    return;
  }
  const status = h('p', { class: 'hint', role: 'status' });
  const claimArea = h('div', { class: 'row claim-area' });
  const showClaim = (i: Item) => {
    item = { ...item, claim: i.claim, state: i.state };
    const text = claimText(item);
    claimArea.replaceChildren(text ? h('p', { class: 'hint claim-state' }, text) : h('span'),
      claimButton(item, showClaim, status) ?? h('span'));
  };
  showClaim(item);
  const href = targetHref(item.target);
  ctx.main.append(
    h('h1', {}, t('item-heading', { category: categoryName(item.category) })),
    h('div', { class: 'card item-summary' },
      h('div', { class: 'row' }, kindPill(item.kind), href ? h('a', { href, class: 'text-link' }, ...targetLabel(item)) : h('span', {}, ...targetLabel(item)),
        item.state === 'decided' ? h('span', { class: 'pill' }, t('item-decided')) : null),
      deadline(item), facts(item), claimArea, status),
    contextView(item, ctx),
    noticesView(item),
    historyView(item));
  if (item.kind === 'appeal' && item.appeal) {
    ctx.main.append(h('section', { class: 'card', 'aria-labelledby': 'item-appeal' },
      h('h2', { id: 'item-appeal' }, t('item-appeal')),
      h('p', { class: 'pre-line appeal-text' }, item.appeal.text),
      item.appeal.decision ? h('div', {}, h('h3', {}, t('item-appeal-decision')), h('ul', { class: 'list' }, decisionLine(item.appeal.decision))) : null));
  }
  if (item.state !== 'open') return;
  const decideId = 'item-decide';
  const decide = h('section', { class: 'card', 'aria-labelledby': decideId },
    h('h2', { id: decideId }, t(item.kind === 'appeal' ? 'appeal-decide-title' : 'decide-title')));
  ctx.main.append(decide);
  const onDone = (text: string) => {
    const done = h('div', { class: 'notice', role: 'status', tabindex: -1 }, h('p', {}, text),
      h('a', { href: `/moderation?region=${enc(region)}`, class: 'text-link' }, t('item-back')));
    decide.replaceChildren(h('h2', { id: decideId }, t('item-decided')), done);
    done.focus();
  };
  decide.append(item.kind === 'appeal' ? appealForm(item, onDone) : await decisionForm(item, region, onDone));
}

