// The shapes of the moderation API (docs/moderation.md) and their words: categories,
// actions, grounds, sources, and a statement of reasons as a person reads it.
import { t, tOr, msg, lang, formatDate } from './i18n';
import { h, id } from './dom';
import { regionName } from './auth';
import { enc, get } from './api';

/** The notice categories, in the order the report dialog offers them. */
export const CATEGORIES = [
  'hate_speech', 'harassment', 'violent_extremism', 'disinformation', 'child_safety', 'self_harm',
  'illegal_goods', 'scams', 'spam', 'intellectual_property', 'other',
] as const;

export const ACTIONS = [
  'no_violation', 'remove', 'age_restrict', 'restrict_regions', 'label', 'reduce_distribution', 'suspend', 'terminate',
] as const;
export type Action = typeof ACTIONS[number];

export type TargetKind = 'video' | 'comment' | 'account';

/** Which actions the server takes for each kind of target. */
export const ACTIONS_FOR: Record<TargetKind, Action[]> = {
  video: ['no_violation', 'remove', 'age_restrict', 'restrict_regions', 'label', 'reduce_distribution'],
  comment: ['no_violation', 'remove'],
  account: ['no_violation', 'restrict_regions', 'reduce_distribution', 'suspend', 'terminate'],
};

export interface Target { kind: TargetKind; id: string; handle?: string }

export interface Item {
  id: string; region?: string; kind: 'notice' | 'appeal' | 'match'; target: Target; appeal_id?: string | null;
  category: string; severity: number | string; notice_count: number; reach_24h: number;
  automated: boolean; detection?: Record<string, unknown> | null;
  created_at: string; deadline_at: string; seconds_left: number; overdue: boolean;
  state: 'open' | 'decided'; claim: null | { mine: boolean; expires_at: string };
}

export interface Notice { category: string; note?: string | null; source?: string; created_at: string }

/** A decision as the API returns it. The contract does not spell its fields out, so the
 * pages read the likely ones and leave the rest alone. */
export interface Decision {
  id: string; action: string; category?: string; created_at?: string; decided_at?: string;
  /** A clause id (the server's DecisionView), or the clause itself. */
  policy?: { id: string; title: string } | string | null; facts?: string; reversed?: boolean;
  in_force?: boolean; ends_at?: string | null; target?: Target;
}

export interface ItemDetail extends Item {
  context?: Record<string, unknown> | null;
  notices?: Notice[];
  history?: Decision[];
  appeal?: { id?: string; text: string; state?: string; decision?: Decision | null } | null;
}

export interface Policy { id: string; title: string; text: string; ground: 'incompatible' | 'illegal'; legal_ground?: string | null; category: string; default?: boolean }

export interface Statement {
  id: string; decision_id: string; created_at: string; action: string; target: { kind: TargetKind; id: string };
  /** `decision`, or `appeal_outcome` (the statement that answers an appeal: no DSA fields). */
  kind?: string; in_force?: boolean; outcome?: string;
  decision_visibility?: string[]; decision_monetary?: string | null; decision_provision?: string | null;
  decision_account?: string | null; decision_ground?: string;
  end_date_visibility_restriction?: string | null; end_date_account_restriction?: string | null;
  regions?: string[]; order_reference?: string | null; ends_at?: string | null;
  illegal_content_legal_ground?: string; illegal_content_explanation?: string;
  incompatible_content_ground?: string; incompatible_content_explanation?: string;
  category?: string; content_type?: string[]; territorial_scope?: string[];
  application_date?: string | null; end_date?: string | null; decision_facts: string;
  automated_detection?: 'Yes' | 'No'; automated_decision?: string; source_type?: string;
  policy?: { id: string; title: string } | null; label?: { text: string; url: string } | null;
  appeal?: { possible: boolean; until?: string; state?: 'open' | 'upheld' | 'rejected' | null; id?: string | null } | null;
}

export interface MyReport {
  id: string; category: string; target: { kind: TargetKind; id: string }; created_at: string;
  state: 'open' | 'decided';
  outcome?: { action: string; decided_at: string; policy_title: string; summary: string } | null;
}

export function categoryName(code: string): string {
  return tOr(`report-category-${code}`, code.replace(/_/g, ' '));
}

export function actionName(code: string): string {
  return tOr(`action-${code}`, code.replace(/_/g, ' '));
}

export function targetName(kind: string): string {
  return tOr(`target-${kind}`, kind);
}

export function groundName(code: string): string {
  const g = code.toLowerCase();
  return t(g.includes('illegal') ? 'ground-illegal' : 'ground-incompatible');
}

/** Both vocabularies: the DSA database's (statements, the public log) and the notices'
 * own (`account`, `anonymous`, `screening`, ...: the console, the report's breakdown). */
const SOURCES: Record<string, string> = {
  SOURCE_ARTICLE_16: msg('source-notice'),
  SOURCE_TRUSTED_FLAGGER: msg('source-trusted-flagger'),
  SOURCE_VOLUNTARY: msg('source-own-initiative'),
  SOURCE_COMPLAINT: msg('source-complaint'),
  account: msg('notice-source-account'),
  anonymous: msg('notice-source-anonymous'),
  screening: msg('notice-source-screening'),
  fingerprint: msg('notice-source-fingerprint'),
  legal_order: msg('notice-source-legal_order'),
};

export function sourceName(code: string): string {
  const known = SOURCES[code];
  return known ? t(known) : code.replace(/^SOURCE_(TYPE_)?/, '').replace(/_/g, ' ').toLowerCase();
}

/** The EU and EEA countries: a statement that applies everywhere names all of them. */
const EEA = new Set(['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE',
  'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO']);

/** Country or region codes as a list of names in the interface language ("everywhere"
 * when there are none). */
export function scopeText(codes: string[] | undefined): string {
  if (!codes || codes.length === 0) return t('statement-scope-everywhere');
  if (codes.length === EEA.size && codes.every((c) => EEA.has(c.toUpperCase()))) return t('statement-scope-eea');
  let names: string[];
  try {
    const dn = new Intl.DisplayNames([lang], { type: 'region' });
    names = codes.map((c) => dn.of(c.toUpperCase()) ?? c);
  } catch {
    names = codes;
  }
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

export function formatDay(day: string): string {
  // A calendar day (YYYY-MM-DD), shown without a time of day and without shifting zones.
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

let policyBook: Map<string, Policy> | null = null;

/** The policy book (public), fetched once: decisions name their clause by id only. */
export async function loadPolicies(): Promise<Policy[]> {
  if (!policyBook) {
    const r = await get<{ policies: Policy[] }>('/api/v1/moderation/policies').catch(() => ({ policies: [] as Policy[] }));
    policyBook = new Map(r.policies.map((p) => [p.id, p]));
  }
  return [...policyBook.values()];
}

export function policyTitle(p: Decision['policy']): string {
  if (!p) return '';
  if (typeof p !== 'string') return p.title || p.id;
  return policyBook?.get(p)?.title ?? p;
}

/** Where a target can be seen (null for accounts we only know by id). */
export function targetHref(target: { kind: string; id: string; handle?: string }): string | null {
  if (target.kind === 'video') return `/v/${enc(target.id)}`;
  if (target.kind === 'account' && target.handle) return `/u/${enc(target.handle)}`;
  return null;
}

function row(term: string, ...value: (Node | string | null)[]): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, ...value)];
}

/** A statement of reasons, readable: what was decided and why, on which rule, whether a
 * machine was involved, where and for how long, and how to appeal (`appealForm` draws
 * the form while an appeal is possible). */
export function statementView(s: Statement, appealForm: (s: Statement) => HTMLElement | null): HTMLElement {
  if (s.kind === 'appeal_outcome') return outcomeView(s);
  const headingId = id('stmt');
  const illegal = (s.decision_ground ?? '').includes('ILLEGAL');
  const endDate = s.end_date ?? s.end_date_visibility_restriction ?? s.end_date_account_restriction ?? null;
  const start = s.application_date ?? s.created_at.slice(0, 10);
  const href = targetHref(s.target);
  const account = s.decision_account ? tOr(`statement-account-${s.decision_account.replace(/^DECISION_ACCOUNT_/, '').toLowerCase()}`, s.decision_account) : null;
  const until = endDate ? t('statement-duration-until', { from: formatDay(start), until: formatDay(endDate) })
    : t('statement-duration-open', { from: formatDay(start) });
  const ground = illegal
    ? [h('p', {}, t('statement-ground-illegal')),
      s.illegal_content_legal_ground ? h('p', {}, t('statement-legal-ground', { ground: s.illegal_content_legal_ground })) : null,
      s.illegal_content_explanation ? h('p', {}, s.illegal_content_explanation) : null]
    : [h('p', {}, t('statement-ground-incompatible')),
      s.incompatible_content_ground ? h('p', {}, t('statement-policy-ground', { ground: s.incompatible_content_ground })) : null,
      s.incompatible_content_explanation ? h('p', {}, s.incompatible_content_explanation) : null];
  const appeal = s.appeal;
  let appealPart: (Node | null)[];
  if (appeal?.state === 'open') appealPart = [h('p', { class: 'notice' }, t('statement-appeal-open'))];
  else if (appeal?.state === 'upheld') appealPart = [h('p', { class: 'notice' }, t('statement-appeal-upheld'))];
  else if (appeal?.state === 'rejected') appealPart = [h('p', { class: 'notice' }, t('statement-appeal-rejected'))];
  else appealPart = [];
  if (appeal?.possible && appeal.state !== 'open') {
    appealPart.push(h('p', {}, appeal.until ? t('statement-appeal-until', { date: formatDate(appeal.until) }) : t('statement-appeal-possible')), appealForm(s));
  } else if (!appeal?.possible && !appeal?.state) {
    appealPart.push(h('p', { class: 'hint' }, t('statement-appeal-closed')));
  }
  return h('article', { class: 'card statement', id: `statement-${s.id}`, 'aria-labelledby': headingId, 'data-statement-id': s.id },
    h('h3', { id: headingId }, t('statement-heading', { action: actionName(s.action), date: formatDate(s.created_at) }),
      s.in_force === false ? h('span', { class: 'pill' }, t('decision-reversed')) : null),
    h('dl', { class: 'facts' },
      ...row(t('statement-decision'), actionName(s.action), account ? h('span', { class: 'block' }, account) : null),
      ...row(t('statement-content'), href ? h('a', { href, class: 'text-link' }, targetName(s.target.kind)) : targetName(s.target.kind)),
      ...row(t('statement-facts'), h('span', { class: 'pre-line' }, s.decision_facts)),
      ...row(t('statement-policy'), s.policy?.title ?? '', ...ground),
      s.label ? row(t('statement-label'), s.label.text, ' ', h('a', { href: s.label.url, class: 'text-link', rel: 'noopener', target: '_blank' }, t('label-more'))) : [],
      ...row(t('statement-detection'), t(s.automated_detection === 'Yes' ? 'statement-detected-auto' : 'statement-detected-human')),
      ...row(t('statement-automated'), t(s.automated_decision === 'AUTOMATED_DECISION_NOT_AUTOMATED' ? 'statement-decided-human' : 'statement-decided-auto')),
      ...row(t('statement-source'), sourceName(s.source_type ?? '')),
      ...row(t('statement-scope'), scopeText(s.territorial_scope)),
      s.regions?.length ? row(t('statement-regions'), s.regions.map(regionName).join(', ')) : [],
      s.order_reference ? row(t('statement-reference'), s.order_reference) : [],
      ...row(t('statement-duration'), until)),
    h('div', { class: 'appeal' }, h('h4', {}, t('statement-appeal')), ...appealPart),
    h('details', {},
      h('summary', {}, t('statement-technical')),
      h('dl', { class: 'plain' },
        ...row('category', s.category ?? ''),
        ...row('decision_ground', s.decision_ground ?? ''),
        ...row('decision_visibility', (s.decision_visibility ?? []).join(', ')),
        s.decision_account ? row('decision_account', s.decision_account) : [],
        ...row('content_type', (s.content_type ?? []).join(', ')),
        ...row('decision_id', s.decision_id))));
}

/** The statement that answers an appeal: its outcome, the reviewer's facts, and (when
 * rejected) where else one can turn. */
function outcomeView(s: Statement): HTMLElement {
  const headingId = id('stmt');
  const upheld = s.action === 'appeal_upheld';
  return h('article', { class: 'card statement appeal-outcome', id: `statement-${s.id}`, 'aria-labelledby': headingId, 'data-statement-id': s.id },
    h('h3', { id: headingId }, t('statement-outcome-heading', { action: actionName(s.action), date: formatDate(s.created_at) })),
    h('p', { class: 'notice' }, t(upheld ? 'statement-appeal-upheld' : 'statement-appeal-rejected')),
    h('dl', { class: 'facts' },
      ...row(t('statement-content'), targetHref(s.target) ? h('a', { href: targetHref(s.target) ?? '', class: 'text-link' }, targetName(s.target.kind)) : targetName(s.target.kind)),
      ...row(t('statement-facts'), h('span', { class: 'pre-line' }, s.decision_facts)),
      s.policy?.title ? row(t('statement-policy'), s.policy.title) : [],
      ...row(t('statement-automated'), t('statement-decided-human'))),
    upheld ? null : h('p', { class: 'hint' }, t('statement-appeal-closed')));
}

/** Any JSON value as nested lists (for detection details, whose shape varies by detector). */
export function describeValue(value: unknown, depth = 0): Node {
  if (value === null || value === undefined) return document.createTextNode('—');
  if (typeof value !== 'object') return document.createTextNode(String(value));
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return document.createTextNode(value.join(', '));
    return h('ul', { class: 'plain' }, ...value.map((v) => h('li', {}, describeValue(v, depth + 1))));
  }
  return h('dl', { class: depth ? 'plain nested' : 'plain' }, ...Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    [h('dt', {}, k.replace(/_/g, ' ')), h('dd', {}, describeValue(v, depth + 1))]));
}
