// The account status page (/settings/status): the account's standing and strikes, every
// statement of reasons it received (with an appeal form while an appeal is possible),
// and the reports it sent with their outcomes. Visitors who reported without an account
// look their notice up here with its receipt.
import { t, formatDate } from './i18n';
import { get, post, errorText, session, enc, ApiError } from './api';
import { h, field, formAlert, showError } from './dom';
import { setTitle, type PageContext } from './router';
import {
  statementView, actionName, categoryName, targetName, targetHref, policyTitle, loadPolicies,
  type Statement, type Decision, type MyReport,
} from './decisions';

interface Status {
  state: 'good' | 'suspended' | 'terminated'; suspended_until?: string | null;
  strikes: number; strike_threshold: number; history: Decision[]; statements?: Statement[];
}

function appealForm(s: Statement): HTMLElement {
  const text = h('textarea', { name: 'text', rows: 4, maxlength: 5000, required: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('appeal-send'));
  const f: HTMLFormElement = h('form', { class: 'stack appeal-form' },
    field(t('appeal-text'), text, t('appeal-text-hint')), formAlert(), submit);
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    try {
      await post<{ id: string; state: string }>('/api/v1/appeals', { statement_id: s.id, text: text.value.trim() });
      const done = h('p', { class: 'notice', role: 'status', tabindex: -1 }, t('appeal-sent'));
      f.replaceWith(done);
      done.focus();
    } catch (err) {
      submit.disabled = false;
      const already = err instanceof ApiError && err.status === 409;
      showError(f, already ? t('appeal-exists') : errorText(err), err instanceof ApiError && err.field === 'text' ? 'text' : undefined);
    }
  });
  return f;
}

function stateText(s: Status): string {
  if (s.state === 'terminated') return t('status-terminated');
  if (s.state === 'suspended') return s.suspended_until ? t('status-suspended-until', { date: formatDate(s.suspended_until) }) : t('status-suspended');
  return t('status-good');
}

function decisionItem(d: Decision): HTMLElement {
  const when = d.decided_at ?? d.created_at;
  const policy = policyTitle(d.policy);
  return h('li', { class: 'list-item decision' },
    h('span', {}, h('strong', {}, actionName(d.action)), policy ? ` · ${policy}` : '',
      d.reversed ? h('span', { class: 'pill' }, t('decision-reversed')) : null),
    when ? h('time', { datetime: when, class: 'hint' }, formatDate(when)) : null);
}

export function reportItem(r: MyReport): HTMLElement {
  const href = targetHref(r.target);
  const target = href ? h('a', { href, class: 'text-link' }, targetName(r.target.kind)) : targetName(r.target.kind);
  return h('li', { class: 'card report-item', 'data-report-id': r.id },
    h('p', {}, h('strong', {}, categoryName(r.category)), ' · ', target, ' · ',
      h('time', { datetime: r.created_at, class: 'hint' }, formatDate(r.created_at))),
    r.outcome
      ? h('div', { class: 'outcome' },
        h('p', {}, t('report-outcome', { action: actionName(r.outcome.action), date: formatDate(r.outcome.decided_at) })),
        r.outcome.policy_title ? h('p', { class: 'hint' }, t('report-outcome-policy', { policy: r.outcome.policy_title })) : null,
        r.outcome.summary ? h('p', { class: 'pre-line' }, r.outcome.summary) : null)
      : h('p', { class: 'hint' }, t(r.state === 'decided' ? 'report-state-decided' : 'report-state-open')));
}

/** One notice looked up with its receipt (for visitors without an account). */
async function receiptLookup(main: HTMLElement, reportId: string, receipt: string): Promise<void> {
  const box = h('section', { class: 'card', 'aria-labelledby': 'receipt-report' }, h('h2', { id: 'receipt-report' }, t('status-receipt-title')));
  main.append(box);
  try {
    const r = await get<MyReport>(`/api/v1/reports/${enc(reportId)}?receipt=${enc(receipt)}`);
    box.append(h('ul', { class: 'list' }, reportItem(r)));
  } catch (e) {
    box.append(h('p', { class: 'empty' }, errorText(e)));
  }
}

export async function statusPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page';
  setTitle(t('status-title'));
  ctx.main.append(h('h1', {}, t('status-title')));
  const reportId = ctx.query.get('report');
  const receipt = ctx.query.get('receipt');
  if (reportId && receipt) await receiptLookup(ctx.main, reportId, receipt);
  if (!session.account) {
    ctx.main.append(h('p', {}, h('a', { href: '/login?next=/settings/status', class: 'text-link' }, t('login-title'))));
    return;
  }
  const head = h('section', { class: 'card', 'aria-labelledby': 'status-standing' }, h('h2', { id: 'status-standing' }, t('status-standing')));
  const statements = h('section', { 'aria-labelledby': 'status-statements' }, h('h2', { id: 'status-statements' }, t('status-statements')),
    h('p', { class: 'hint' }, t('status-statements-intro')));
  const reports = h('section', { id: 'my-reports', 'aria-labelledby': 'status-reports', tabindex: -1 }, h('h2', { id: 'status-reports' }, t('status-my-reports')));
  ctx.main.append(head, statements, reports);
  await loadPolicies();
  const [status, list, mine] = await Promise.allSettled([
    get<Status>('/api/v1/me/status'),
    get<{ items: Statement[] }>('/api/v1/me/statements'),
    get<{ items: MyReport[] } | MyReport[]>('/api/v1/me/reports'),
  ]);
  if (status.status === 'fulfilled') {
    const s = status.value;
    head.append(
      h('p', { class: `standing standing-${s.state}` }, stateText(s)),
      h('p', {}, t('status-strikes', { count: s.strikes, threshold: s.strike_threshold })),
      h('p', { class: 'hint' }, t('status-strikes-hint')));
    if (s.history?.length) {
      head.append(h('h3', {}, t('status-history')), h('ul', { class: 'list' }, ...s.history.map(decisionItem)));
    }
  } else {
    head.append(h('p', { class: 'empty' }, errorText(status.reason)));
  }
  const items = list.status === 'fulfilled' ? list.value.items
    : status.status === 'fulfilled' ? status.value.statements ?? [] : [];
  if (list.status === 'rejected' && status.status !== 'fulfilled') statements.append(h('p', { class: 'empty' }, errorText(list.reason)));
  else if (!items.length) statements.append(h('p', { class: 'empty' }, t('status-no-statements')));
  else statements.append(...items.map((s) => statementView(s, appealForm)));
  if (mine.status === 'fulfilled') {
    const rs = Array.isArray(mine.value) ? mine.value : mine.value.items ?? [];
    reports.append(rs.length ? h('ul', { class: 'list stack' }, ...rs.map(reportItem)) : h('p', { class: 'empty' }, t('status-no-reports')));
  } else {
    reports.append(h('p', { class: 'empty' }, errorText(mine.reason)));
  }
  // A link from a notification (#my-reports, #statement-…) lands on its part.
  if (location.hash.length > 1) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      target.tabIndex = -1;
      target.scrollIntoView({ block: 'start' });
      // After the router has focused the page's heading.
      setTimeout(() => target.focus({ preventScroll: true }), 0);
    }
  }
}
